import type { DataSource } from 'typeorm';
import { loadCatalogs, publishCatalog } from '../libs/persistence/src';
import { seedCatalog } from './catalog.seed';

/**
 * Applies the seed data: published defaults an admin can republish. Idempotent: a database
 * that already has a catalog is left as it is.
 */
export async function applySeeds(dataSource: DataSource): Promise<string[]> {
  const applied: string[] = [];
  if ((await loadCatalogs(dataSource)).length === 0) {
    await publishCatalog(dataSource, seedCatalog, new Date(seedCatalog.effectiveFrom));
    applied.push('catalog v1');
  }
  return applied;
}

import type { DataSource } from 'typeorm';

/**
 * Applies the seed data (published defaults an admin can republish). Each seed is idempotent:
 * applying seeds to a database that has them changes nothing.
 */
export async function applySeeds(dataSource: DataSource): Promise<void> {
  void dataSource;
}

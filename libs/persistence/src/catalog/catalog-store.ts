import type { DataSource } from 'typeorm';
import {
  catalogDraftSchema,
  catalogInForce,
  catalogProblems,
  type Catalog,
  type CatalogDraft,
  type CatalogProblem,
} from '../../../domain/src/catalog/catalog';

/** A draft that is well formed but incomplete or unsafe: every problem, each with its path and rule. */
export class CatalogRejectedError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(`The catalog cannot be published: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}
import { appendToStream, readStream } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';

export const CATALOG_STREAM = 'catalog';

export async function loadCatalogs(dataSource: DataSource): Promise<Catalog[]> {
  const events = await readStream(dataSource, CATALOG_STREAM);
  return events.map((e) => (e.data as { catalog: Catalog }).catalog);
}

export async function catalogAt(dataSource: DataSource, at: Date): Promise<Catalog> {
  const catalog = catalogInForce(await loadCatalogs(dataSource), at);
  if (!catalog) throw new Error(`No catalog is in force at ${at.toISOString()}: publish one first (seeds do).`);
  return catalog;
}

/** One published version, as it was published (versions never change once published). */
export async function catalogVersion(dataSource: DataSource, version: number): Promise<Catalog> {
  const [row]: { document: Catalog }[] = await dataSource.query(
    'SELECT document FROM catalog_versions WHERE version = $1',
    [version],
  );
  if (row) return row.document;
  const catalog = (await loadCatalogs(dataSource)).find((c) => c.version === version);
  if (!catalog) throw new Error(`No catalog version ${version} is published.`);
  return catalog;
}

/**
 * Publishes a new catalog version. Running applications keep the version pinned at their
 * submission; only later submissions see this one. Throws on a malformed draft, and
 * CatalogRejectedError on an incomplete or unsafe one (catalogProblems, as of `publishedAt`).
 */
export async function publishCatalog(dataSource: DataSource, draft: CatalogDraft, publishedAt: Date): Promise<Catalog> {
  const valid = catalogDraftSchema.parse(draft);
  const problems = catalogProblems(valid, publishedAt);
  if (problems.length) throw new CatalogRejectedError(problems);
  const current = await readStream(dataSource, CATALOG_STREAM);
  const version = current.length + 1;
  const catalog: Catalog = { ...valid, version, publishedAt: publishedAt.toISOString() };
  await appendToStream(
    dataSource,
    CATALOG_STREAM,
    current.length,
    [{ eventId: deterministicEventId(CATALOG_STREAM, version), type: 'CatalogPublished', data: { catalog } }],
    project,
  );
  return catalog;
}

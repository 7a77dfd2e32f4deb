import type { DataSource } from 'typeorm';
import type { Catalog, CatalogDraft } from '../libs/domain/src/catalog/catalog';
import { publishCatalog } from '../libs/persistence/src/catalog/catalog-store';

export function createCatalogActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    async publishCatalog(input: { draft: CatalogDraft; publishedAt: string }): Promise<Catalog> {
      return publishCatalog(dataSource, input.draft, new Date(input.publishedAt));
    },
  };
}

import type { Utility } from '../form/utilities';
import { AGENCIES, type Catalog } from './catalog';

/**
 * What one utility's connection needs of a pinned catalog: its own limits and compensation rules,
 * the agencies' permit limits and its provider. The rest (other utilities, the window, service
 * terms, documents) stays with the application, so each child's history carries only its part.
 */
export function connectionCatalog(catalog: Catalog, utility: Utility): Catalog {
  const scopes = new Set<string>([utility, ...AGENCIES]);
  return {
    version: catalog.version,
    effectiveFrom: catalog.effectiveFrom,
    publishedAt: catalog.publishedAt,
    notes: '',
    providers: { [utility]: catalog.providers[utility] } as Catalog['providers'],
    limits: catalog.limits.filter((l) => scopes.has(l.scope)),
    compensation: catalog.compensation.filter((c) => c.scope === utility),
  };
}

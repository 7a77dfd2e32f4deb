import { useQuery } from '@tanstack/react-query';
import { api, ok } from './api/client';
import { useI18n } from './i18n';

interface CatalogProvider {
  id: string;
  name: string;
  nameZh?: string;
}

/**
 * Names people read instead of codes: providers as the current catalog names them, in the user's
 * language (a provider the catalog no longer names keeps its id, never a blank).
 */
export function useNames() {
  const { lang } = useI18n();
  const { data } = useQuery({
    queryKey: ['catalog'],
    staleTime: 5 * 60_000,
    queryFn: () => ok(api.GET('/api/v1/catalog', {})),
  });
  const providers = Object.values(
    ((data as { providers?: Record<string, CatalogProvider> } | undefined)?.providers ?? {}) as Record<
      string,
      CatalogProvider
    >,
  );
  return {
    provider(id: string | null | undefined): string {
      if (!id) return '—';
      const found = providers.find((p) => p.id === id);
      if (!found) return id;
      return lang === 'zh' ? (found.nameZh ?? found.name) : found.name;
    },
  };
}

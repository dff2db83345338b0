import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { scopeRightsQuery } from '../../api/scope-rights';

/**
 * The language the segments are translated from: the host's word when it gives one, else the
 * scope's source language from its rights (asked only then; the upload section asks the same).
 */
export function useSourceLocale(scope: string, given: string | undefined): string | null {
  const client = useApiClient();
  const rights = useQuery({ ...scopeRightsQuery(client, scope), enabled: !given });
  return given ?? rights.data?.locales.find((locale) => locale.issrc)?.loc ?? null;
}

import { userMessage } from '../domain/messages';
import { queryOptions } from '@tanstack/react-query';
import { parseScope } from '../domain/scope';
import { ApiError } from './errors';
import type { ApiClient } from './client';
import { rightsKeys } from './query-keys';

export interface ScopeLocale {
  loc: string;
  name: string;
  issrc: boolean;
  istrg: boolean;
  canEdit: boolean;
  loc_rtl: boolean;
}

export interface ScopeRights {
  scope: unknown;
  properties: { title?: string; name?: string };
  locales: ScopeLocale[];
  /**
   * May the user add assets here? Only an explicit `canAddAssets: false` says no (the mock's
   * view-only project); a server that does not say is taken at its word when an attach answers.
   */
  canAddAssets: boolean;
}

function parseLocale(value: unknown): ScopeLocale | null {
  const item = value as Partial<ScopeLocale> | null;
  if (!item || typeof item.loc !== 'string' || !item.loc) return null;
  return {
    loc: item.loc,
    name: typeof item.name === 'string' && item.name ? item.name : item.loc,
    issrc: item.issrc === true,
    istrg: item.istrg === true,
    canEdit: item.canEdit === true,
    loc_rtl: item.loc_rtl === true,
  };
}

/** `POST /api/resources/segments/rights` with the scope object: what the user may do, and the languages. */
export async function getScopeRights(client: ApiClient, scopeCode: string, signal?: AbortSignal): Promise<ScopeRights> {
  const scope = parseScope(scopeCode);
  if (!scope) throw new ApiError({ kind: 'invalid', status: 0, userMessage: userMessage('error.notAScope', { value: scopeCode }) });
  const answer = await client.json<Partial<ScopeRights> | null>({ method: 'POST', path: 'resources/segments/rights', json: scope, signal });
  const locales = Array.isArray(answer?.locales) ? answer.locales.map(parseLocale).filter((l): l is ScopeLocale => l !== null) : [];
  const properties = answer?.properties && typeof answer.properties === 'object' ? answer.properties : {};
  return { scope: answer?.scope ?? scope, properties, locales, canAddAssets: answer?.canAddAssets !== false };
}

export function scopeRightsQuery(client: ApiClient, scope: string) {
  return queryOptions({
    queryKey: rightsKeys.scope(scope),
    queryFn: ({ signal }) => getScopeRights(client, scope, signal),
    staleTime: 5 * 60_000,
  });
}

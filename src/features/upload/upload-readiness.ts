import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { isApiError } from '../../api/errors';
import { segmentAssetsQuery } from '../../api/list-assets';
import { scopeRightsQuery, type ScopeLocale } from '../../api/scope-rights';
import { sameLocale } from '../../domain/locale';
import { checkRelativePath, type PathRefusal } from '../../domain/paths';

/**
 * Whether a drop may go out, decided before a byte is sent: the scope's rights say which
 * languages exist and that the user may add to its reference material (403: no access at all;
 * `canAddAssets: false`: view only), the segment's list says the segment exists (404 otherwise),
 * the folder field is checked as the server would. Both answers are the gallery's own queries
 * (one cache): no call of its own.
 */
export type UploadReadiness =
  | { state: 'checking' }
  | { state: 'ready' }
  | { state: 'blocked'; reason: 'no-segment' | 'no-right' | 'view-only' }
  | { state: 'blocked'; reason: 'folder'; refusal: PathRefusal }
  | { state: 'blocked'; reason: 'unchecked'; error: unknown; retry: () => void };

export interface UploadTargetCheck {
  readiness: UploadReadiness;
  /** The scope's languages the upload may use (narrowed to what a host offers). */
  languages: ScopeLocale[];
}

function kindOf(error: unknown): string | null {
  return isApiError(error) ? error.kind : null;
}

export function useUploadReadiness(
  scope: string, segmentId: number, folder: string, allowed: readonly string[] | null,
): UploadTargetCheck {
  const client = useApiClient();
  const rights = useQuery(scopeRightsQuery(client, scope));
  const list = useQuery(segmentAssetsQuery(client, scope, segmentId));
  const all = rights.data?.locales ?? [];
  const languages = allowed ? all.filter((l) => allowed.some((code) => sameLocale(code, l.loc))) : all;
  return { readiness: readinessOf(), languages };

  function readinessOf(): UploadReadiness {
    // Known answers first: a failed refresh of data already there changes nothing.
    const failures = [rights.data ? null : rights.error, list.data ? null : list.error].map(kindOf);
    if (failures.includes('forbidden')) return { state: 'blocked', reason: 'no-right' };
    if (failures.includes('not-found')) return { state: 'blocked', reason: 'no-segment' };
    if (rights.data && !rights.data.canAddAssets) return { state: 'blocked', reason: 'view-only' };
    const refusal = folder ? checkRelativePath(folder) : null;
    if (refusal) return { state: 'blocked', reason: 'folder', refusal };
    if (!rights.data && rights.error) {
      return { state: 'blocked', reason: 'unchecked', error: rights.error, retry: () => void rights.refetch() };
    }
    // A list that fails for another reason (the network) says nothing about the segment:
    // the upload goes, and the queue deals with the network.
    if (!rights.data || (!list.data && !list.error)) return { state: 'checking' };
    return { state: 'ready' };
  }
}

/** The upload language: one of the scope's languages, in its spelling, or null (language-neutral). */
export function scopeUploadLocale(locale: string | null, languages: readonly ScopeLocale[]): string | null {
  if (!locale) return null;
  return languages.find((l) => sameLocale(l.loc, locale))?.loc ?? null;
}

import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

/** Reads are retried twice when the failure is transient (network, 5xx); never on a refusal. */
export function createPanelQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && isApiError(error) && error.transient,
        retryDelay: (attempt) => Math.min(1000 * 3 ** attempt, 10_000),
      },
      mutations: { retry: false },
    },
  });
}

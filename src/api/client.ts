import { ApiError, apiErrorFromResponse, networkError } from './errors';
import { apiRootOf, buildQuery, readJson, type Query } from './http';
import type { Session } from './session';

export interface ApiClientOptions {
  /** The platform URL (`https://team.eu.wordbee-translator.com`), with or without `/api`. */
  baseUrl: string;
  session: Session;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  /** Below `/api/`, e.g. `resources/assets/27665601/list`. */
  path: string;
  query?: Query;
  json?: unknown;
  signal?: AbortSignal;
  /** Outlives the page (sent as it goes away); bodies up to 64 KB. */
  keepalive?: boolean;
}

export type AuthHeaders = Record<'X-Auth-Token' | 'X-Auth-AccountId', string>;

export interface ApiClient {
  /** `https://host/api`, without a trailing slash. */
  readonly apiRoot: string;
  readonly apiOrigin: string;
  readonly session: Session;
  readonly fetch: typeof fetch;
  url(path: string, query?: Query): string;
  /** Runs `send` with auth headers; when the server says the token is invalid or expired,
   * renews it once and runs `send` again. */
  withAuth<T>(send: (headers: AuthHeaders) => Promise<T>): Promise<T>;
  request(options: RequestOptions): Promise<Response>;
  json<T>(options: RequestOptions): Promise<T>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const apiRoot = apiRootOf(options.baseUrl);
  const apiOrigin = new URL(apiRoot, globalThis.location?.href).origin;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { session } = options;

  async function withAuth<T>(send: (headers: AuthHeaders) => Promise<T>): Promise<T> {
    const token = await session.getToken();
    try {
      return await send({ 'X-Auth-Token': token, 'X-Auth-AccountId': session.accountId });
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'auth') throw error;
      const renewed = await session.renew(token).catch((renewal: unknown) => {
        // No way to renew (a host gave a bare token): the server's own answer says it best.
        throw renewal instanceof ApiError && renewal.status === 0 ? error : renewal;
      });
      return send({ 'X-Auth-Token': renewed, 'X-Auth-AccountId': session.accountId });
    }
  }

  function url(path: string, query?: Query): string {
    return `${apiRoot}/${path.replace(/^\/+/, '')}${buildQuery(query)}`;
  }

  async function request({ method = 'GET', path, query, json, signal, keepalive }: RequestOptions): Promise<Response> {
    return withAuth(async (auth) => {
      const headers: Record<string, string> = { ...auth, Accept: 'application/json' };
      if (json !== undefined) headers['Content-Type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchImpl(url(path, query), {
          method,
          headers,
          body: json === undefined ? undefined : JSON.stringify(json),
          signal,
          keepalive,
          credentials: 'omit',
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw networkError(error);
      }
      if (!response.ok) throw await apiErrorFromResponse(response);
      session.touch();
      return response;
    });
  }

  async function json<T>(options: RequestOptions): Promise<T> {
    const response = await request(options);
    return readJson<T>(response);
  }

  return { apiRoot, apiOrigin, session, fetch: fetchImpl, url, withAuth, request, json };
}

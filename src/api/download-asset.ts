import { userMessage } from '../domain/messages';
import type { Asset } from '../domain/asset';
import { checkServerUrl } from '../domain/safe-url';
import { ApiError, apiErrorFromResponse, networkError } from './errors';
import type { ApiClient } from './client';

/** A download URL from the server that is not http(s) on the API's origin is never fetched. */
export function unsafeUrlError(): ApiError {
  return new ApiError({
    kind: 'invalid', status: 0, title: 'The server gave a download address that is not safe to open.', userMessage: userMessage('error.unsafeDownload'),
  });
}

/** The checked download URL of an asset, or null when it must not be used. */
export function assetDownloadUrl(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>): URL | null {
  return checkServerUrl(asset.downloadUrl, client.apiOrigin);
}

/**
 * `GET /api/resources/assets/{segmentId}?scope=&filename=&locale=&relativePath=&v=`, with the
 * auth headers (an `<img src>` could not send them). Uses the server's own download URL.
 */
export async function downloadAsset(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>, signal?: AbortSignal): Promise<Blob> {
  const url = assetDownloadUrl(client, asset);
  if (!url) throw unsafeUrlError();
  return client.withAuth(async (headers) => {
    let response: Response;
    try {
      response = await client.fetch(url.href, { headers, signal, credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw networkError(error);
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    client.session.touch();
    return response.blob().catch((error: unknown) => {
      throw signal?.aborted ? error : networkError(error);
    });
  });
}

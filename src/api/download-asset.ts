import { userMessage } from '../domain/messages';
import type { Asset } from '../domain/asset';
import { checkServerUrl } from '../domain/safe-url';
import { ApiError, apiErrorFromResponse, networkError } from './errors';
import type { ApiClient } from './client';

/** A download URL from the server that is not http(s) on the API's origin is never fetched. */
export function unsafeUrlError(): ApiError {
  return new ApiError({ kind: 'invalid', status: 0, userMessage: userMessage('error.unsafeDownload') });
}

/** The checked download URL of an asset, or null when it must not be used. */
export function assetDownloadUrl(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>): URL | null {
  return checkServerUrl(asset.downloadUrl, client.apiOrigin);
}

async function send(client: ApiClient, url: URL, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await client.fetch(url.href, { ...init, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError(error);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return response;
}

function readBlob(response: Response, signal?: AbortSignal): Promise<Blob> {
  return response.blob().catch((error: unknown) => {
    throw signal?.aborted ? error : networkError(error);
  });
}

/**
 * `GET /api/resources/assets/{segmentId}?scope=&filename=&locale=&relativePath=&v=`, with the
 * auth headers (an `<img src>` could not send them). Uses the server's own download URL.
 * The blob's type is the server's `Content-Type`: the caller types it from the bytes.
 */
export async function downloadAsset(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>, signal?: AbortSignal): Promise<Blob> {
  const url = assetDownloadUrl(client, asset);
  if (!url) throw unsafeUrlError();
  return client.withAuth(async (headers) => {
    const response = await send(client, url, { headers, credentials: 'omit' }, signal);
    client.session.touch();
    return readBlob(response, signal);
  });
}

/** The same download authenticated by the host's session cookie (`previewAuth: 'cookie'`). */
export async function downloadAssetByCookie(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>, signal?: AbortSignal): Promise<Blob> {
  const url = assetDownloadUrl(client, asset);
  if (!url) throw unsafeUrlError();
  return readBlob(await send(client, url, { credentials: 'include' }, signal), signal);
}

/** The asset's bytes, authenticated as the host said: auth headers, or its session cookie (`cookie`). */
export function fetchAssetBytes(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>, auth: 'headers' | 'cookie', signal?: AbortSignal): Promise<Blob> {
  return auth === 'cookie' ? downloadAssetByCookie(client, asset, signal) : downloadAsset(client, asset, signal);
}

/**
 * The first `length` bytes of an asset, authenticated by the host's cookie: a `Range` request,
 * and the body cut off there when a server ignores the range and sends the whole file.
 */
export async function downloadAssetHead(client: ApiClient, asset: Pick<Asset, 'downloadUrl'>, length: number, signal?: AbortSignal): Promise<Uint8Array> {
  const url = assetDownloadUrl(client, asset);
  if (!url) throw unsafeUrlError();
  const response = await send(client, url, { headers: { Range: `bytes=0-${length - 1}` }, credentials: 'include' }, signal);
  const head = new Uint8Array(length);
  let filled = 0;
  const reader = response.body?.getReader();
  try {
    while (reader && filled < length) {
      const { done, value } = await reader.read();
      if (done) break;
      const part = value.subarray(0, length - filled);
      head.set(part, filled);
      filled += part.length;
    }
  } catch (error) {
    throw signal?.aborted ? error : networkError(error);
  } finally {
    void reader?.cancel().catch(() => {});
  }
  return head.subarray(0, filled);
}

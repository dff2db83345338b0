import { attachAsset } from '../../src/api/attach-asset';
import type { ApiClient } from '../../src/api/client';
import { uploadMedia } from '../../src/api/upload-media';

export const SCOPE = 'pr7214';
export const SEGMENT = 27665601;

export function bytes(size: number, type = 'image/png'): Blob {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) data[i] = (i * 31) % 256;
  return new Blob([data], { type });
}

export async function addAsset(
  client: ApiClient, filename: string,
  target: { segmentId?: number; locale?: string | null; relativePath?: string; size?: number } = {},
) {
  const media = await uploadMedia(client, bytes(target.size ?? 16), { filename });
  return attachAsset(client, {
    scope: SCOPE, segmentId: target.segmentId ?? SEGMENT, fileToken: media.token, locale: target.locale, relativePath: target.relativePath,
  });
}

export async function failure(promise: Promise<unknown>): Promise<import('../../src/api/errors').ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as import('../../src/api/errors').ApiError;
  }
  throw new Error('expected the call to fail');
}

import type { Asset } from '../domain/asset';
import { parseAsset } from './asset-schema';
import type { ApiClient } from './client';

export interface AttachAssetInput {
  scope: string;
  segmentId: number;
  /** From step 1; can be used again when this step fails. */
  fileToken: string;
  /** null or absent: language-neutral. */
  locale?: string | null;
  /** Sub-folder of the segment's folder; wins over a folder inside the file name. */
  relativePath?: string | null;
  signal?: AbortSignal;
}

/** Step 2: `POST /api/resources/assets/{segmentId}?scope=` stores the uploaded file on the segment. */
export async function attachAsset(client: ApiClient, input: AttachAssetInput): Promise<Asset> {
  const body: Record<string, string> = { filetoken: input.fileToken };
  if (input.locale) body.locale = input.locale;
  if (input.relativePath) body.relativePath = input.relativePath;
  const answer = await client.json<unknown>({
    method: 'POST',
    path: `resources/assets/${input.segmentId}`,
    query: { scope: input.scope },
    json: body,
    signal: input.signal,
  });
  return parseAsset(answer);
}

import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { assetDownloadUrl, fetchAssetBytes } from '../../api/download-asset';
import { marksKeys } from '../../api/query-keys';
import type { Asset } from '../../domain/asset';
import { MAX_MARKS_FILE_BYTES, readMarksFile, type MarksReadResult } from '../../domain/marks';
import { useGalleryOptions } from './gallery-options';

export type MarksState =
  | { status: 'none' | 'loading' }
  | { status: 'ready'; read: MarksReadResult }
  | { status: 'error'; error: unknown };

/**
 * An image's marks, read like a preview: only once its tile is near the view (`wanted`), cached
 * by the marks file's download URL (a new `v` is a new file). A file over the size limit is
 * refused unread; a file that does not parse is "could not be read", never an error of the
 * gallery.
 */
export function useAssetMarks(marks: Asset | null | undefined, wanted: boolean): MarksState {
  const client = useApiClient();
  const { previewAuth } = useGalleryOptions();
  const url = marks ? assetDownloadUrl(client, marks) : null;
  const tooLarge = !!marks && marks.size > MAX_MARKS_FILE_BYTES;
  const query = useQuery({
    queryKey: marksKeys.url(url?.href ?? ''),
    queryFn: async ({ signal }) => {
      const blob = await fetchAssetBytes(client, marks!, previewAuth, signal);
      return readMarksFile(new Uint8Array(await blob.slice(0, MAX_MARKS_FILE_BYTES + 1).arrayBuffer()));
    },
    enabled: wanted && !!url && !tooLarge,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  if (!marks) return { status: 'none' };
  if (!url) return { status: 'ready', read: { ok: false, problem: 'invalid', detail: 'download address not safe' } };
  if (tooLarge) return { status: 'ready', read: { ok: false, problem: 'too-large', detail: `${marks.size} bytes` } };
  if (query.data) return { status: 'ready', read: query.data };
  if (query.isError) return { status: 'error', error: query.error };
  return { status: 'loading' };
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../api/client-context';
import { assetDownloadUrl } from '../../api/download-asset';
import { marksKeys } from '../../api/query-keys';
import type { Asset } from '../../domain/asset';
import { marksFileName, readMarksFile, writeMarksFile, type Mark } from '../../domain/marks';
import { assetVersion } from '../../domain/marks-index';
import { useMarking } from './marking-context';

interface SaveInput {
  image: Asset;
  /** The image's size in pixels, as decoded now. */
  width: number;
  height: number;
  marks: readonly Mark[];
  /** The image's marks file as it is now, if any: no marks left deletes it. */
  current: Asset | null;
}

/**
 * Saving what the editor drew: the marks file through the upload queue, then its parsed marks
 * put in the cache under the new file's download URL, so the tile shows them without reading
 * them back. No marks deletes the file.
 */
export function useSaveMarks() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const marking = useMarking();
  const [state, setState] = useState<{ saving: boolean; error: unknown }>({ saving: false, error: null });

  async function save({ image, width, height, marks, current }: SaveInput): Promise<boolean> {
    if (!marking) return false;
    const name = marksFileName(image.name);
    const v = assetVersion(image);
    if (!name || !v) return false;
    setState({ saving: true, error: null });
    try {
      if (marks.length === 0) {
        await marking.clear(image, current);
      } else {
        const text = writeMarksFile({ name: image.name, v, width, height }, marks);
        const stored = await marking.save(image, name, text, marks);
        const url = assetDownloadUrl(client, stored);
        if (url) queryClient.setQueryData(marksKeys.url(url.href), readMarksFile(text));
      }
      setState({ saving: false, error: null });
      return true;
    } catch (error) {
      setState({ saving: false, error });
      return false;
    }
  }

  return { available: !!marking, save, ...state };
}

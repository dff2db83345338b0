import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useApiClient } from '../api/client-context';
import { deleteAsset } from '../api/delete-asset';
import { isApiError } from '../api/errors';
import { listSegmentAssets } from '../api/list-assets';
import { assetKeys } from '../api/query-keys';
import type { Asset } from '../domain/asset';
import type { Mark } from '../domain/marks';
import { normalizeRelativePath } from '../domain/paths';
import { useEventCallback } from '../ui/use-event-callback';
import { MarkingProvider, type MarkingApi } from '../features/gallery/marking-context';
import type { UploadStore } from '../features/upload/core/store';
import type { UploadRecord } from '../features/upload/core/types';
import { useUploadKit } from '../features/upload/upload-context';
import type { MarksSaved } from './options';

/** Resolves when the queued upload `id` is attached; rejects when it fails or is canceled. */
function whenAttached(store: UploadStore, id: string): Promise<Asset> {
  return new Promise<Asset>((resolve, reject) => {
    // A failure that "Retry" can mend is not the end: the marks follow once it is attached.
    const settle = (record: UploadRecord | undefined): boolean => {
      if (record?.status === 'done' && record.asset) resolve(record.asset);
      else if (!record || record.status === 'canceled' || (record.status === 'failed' && !record.error?.retryable)) {
        reject(new Error(record?.error?.title ?? 'The upload was removed.'));
      } else return false;
      return true;
    };
    if (settle(store.getState().records.get(id))) return;
    const stop = store.subscribe((state) => {
      if (settle(state.records.get(id))) stop();
    });
  });
}

/**
 * Marks files written by the upload queue: the gallery's marking tools meet the uploads here, in
 * the layer that composes both. A saved marks file is an upload like any other (progress, retry,
 * 429 pause, kept across a reload) and resolves when it is attached; the host hears marks-saved.
 */
export function MarksSaving({ scope, onSaved, children }: { scope: string; onSaved?: (saved: MarksSaved) => void; children: ReactNode }) {
  const { runner, store } = useUploadKit();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const saved = useEventCallback(onSaved);
  const api = useMemo<MarkingApi>(() => {
    const tell = (image: Asset, marks: readonly Mark[]) => saved({
      scope, segmentId: image.segmentId, assetName: image.name, locale: image.locale, relativePath: normalizeRelativePath(image.relativePath), marks: [...marks],
    });
    /** Where an image's files go: its segment (or another), language and folder. */
    const targetOf = (image: Asset, segmentId = image.segmentId) => ({
      scope, segmentId, locale: image.locale, relativePath: normalizeRelativePath(image.relativePath),
    });
    /** A marks file beside `image`, through the queue; resolves once attached. */
    const queueMarks = (image: Asset, name: string, text: string) => {
      const [id] = runner.enqueue([{ file: new Blob([text], { type: 'application/json' }), name, target: targetOf(image) }]);
      return whenAttached(store, id!);
    };
    return {
      async save(image, name, text, marks) {
        const stored = await queueMarks(image, name, text);
        tell(image, marks);
        return stored;
      },
      async copyTo(image, bytes, size, copies) {
        // Each copy carries its marks: the queue writes them once the copy is attached (its
        // version is known then), also after a reload.
        const ids = runner.enqueue(copies.map((copy) => ({
          file: bytes, name: image.name, target: targetOf(image, copy.segmentId),
          marks: { marks: [...copy.marks], width: size.width, height: size.height },
        })));
        await Promise.all(ids.map(async (id, i) => {
          const stored = await whenAttached(store, id);
          const marksUpload = store.getState().records.get(id)?.marksUpload;
          if (!marksUpload) return;
          await whenAttached(store, marksUpload);
          tell(stored, copies[i]!.marks);
        }));
      },
      async unknownSegments(ids) {
        const found = await Promise.all(ids.map((id) => listSegmentAssets(client, scope, id).then(
          () => null,
          (error: unknown) => {
            if (isApiError(error) && error.kind === 'not-found') return id;
            throw error;
          },
        )));
        return found.filter((id): id is number => id !== null);
      },
      async clear(image, marksFile) {
        if (marksFile) await deleteAsset(client, scope, marksFile);
        await queryClient.invalidateQueries({ queryKey: assetKeys.segment(scope, image.segmentId) });
        tell(image, []);
      },
    };
  }, [runner, store, scope, client, queryClient, saved]);
  return <MarkingProvider value={api}>{children}</MarkingProvider>;
}

import { useCallback } from 'react';
import { joinFolders, pastedImageName } from './core/file-names';
import { takeDropped, takePicked, yieldToMain, type PickedFile } from './intake';
import type { UploadTarget } from './core/types';
import { useUploads } from './upload-context';

/** What a drop is aimed at, read when the files arrive (not when they finish). */
export interface DropAim {
  scope: string;
  segmentId: number;
  locale: string | null;
  folder: string;
}

/** Files are queued this many at a time, with a pause for the browser between: a drop of 1,000
 * never holds the page for long (reading each file's size costs a call to the browser). */
const BATCH = 100;

/** Turns dropped, picked or pasted files into upload records, each with its own captured target. */
export function useUploadFiles(aim: DropAim) {
  const { runner } = useUploads();
  const { scope, segmentId, locale, folder } = aim;

  const addFiles = useCallback(async (files: readonly PickedFile[]) => {
    for (let start = 0; start < files.length; start += BATCH) {
      if (start > 0) await yieldToMain();
      runner.enqueue(files.slice(start, start + BATCH).map(({ file, folder: inDrop }) => {
        const target: UploadTarget = { scope, segmentId, locale, relativePath: joinFolders(folder, inDrop) };
        return { file, name: file.name, target };
      }));
    }
  }, [runner, scope, segmentId, locale, folder]);

  /** For react-dropzone's getFilesFromEvent: the files go to the queue here, react-dropzone gets none. */
  // Async only for react-dropzone's signature: everything it must do during the event it does before any await.
  const intake = useCallback(async (event: unknown): Promise<File[]> => {
    const e = event as DragEvent & { target: EventTarget | null };
    if (e.type === 'drop' && e.dataTransfer) {
      const { files, folders } = takeDropped(e.dataTransfer);
      void addFiles(files);
      void folders.then((more) => addFiles(more));
    } else if (e.type === 'change' && e.target instanceof HTMLInputElement) {
      void addFiles(takePicked(e.target));
    }
    return [];
  }, [addFiles]);

  const addPasted = useCallback((files: readonly File[]) => {
    const now = new Date();
    runner.enqueue(files.map((file, index) => ({
      file,
      name: pastedImageName(now, file.type, index),
      target: { scope, segmentId, locale, relativePath: joinFolders(folder) },
    })));
  }, [runner, scope, segmentId, locale, folder]);

  return { addFiles, addPasted, intake };
}

/** Images on the clipboard (a screenshot tool puts one there); other clipboard content is left alone. */
export function clipboardImages(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((file) => file.type.startsWith('image/'));
}

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

/**
 * Files are queued in slices of a few milliseconds, with the page free between them: reading a
 * dropped file's size asks the browser (a quarter of a millisecond a file), so a drop of 1,000
 * queued at once would hold the page for a quarter of a second. The first slice runs inside the
 * drop event, which Chromium already makes long: it gets the least.
 */
const SLICE_MS = 8;
const FIRST_SLICE_MS = 3;
const CHUNK = 8;

/** Turns dropped, picked or pasted files into upload records, each with its own captured target. */
export function useUploadFiles(aim: DropAim) {
  const { runner } = useUploads();
  const { scope, segmentId, locale, folder } = aim;

  const addFiles = useCallback(async (files: readonly PickedFile[]) => {
    const upload = ({ file, folder: inDrop }: PickedFile) => {
      const target: UploadTarget = { scope, segmentId, locale, relativePath: joinFolders(folder, inDrop) };
      return { file, name: file.name, target };
    };
    let start = 0;
    for (let budget = FIRST_SLICE_MS; start < files.length; budget = SLICE_MS) {
      if (start > 0) await yieldToMain();
      const began = performance.now();
      do {
        runner.enqueue(files.slice(start, start + CHUNK).map(upload));
        start += CHUNK;
      } while (start < files.length && performance.now() - began < budget);
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

  return { addPasted, intake };
}

/** Images on the clipboard (a screenshot tool puts one there); other clipboard content is left alone. */
export function clipboardImages(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((file) => file.type.startsWith('image/'));
}

import { useCallback } from 'react';
import { droppedFolder, joinFolders, pastedImageName } from './core/file-names';
import type { UploadTarget } from './core/types';
import { useUploads } from './upload-context';

/** What a drop is aimed at, read when the files arrive (not when they finish). */
export interface DropAim {
  scope: string;
  segmentId: number;
  locale: string | null;
  folder: string;
}

type FileWithPath = File & { path?: string; relativePath?: string };

/** Turns dropped, picked or pasted files into upload records, each with its own captured target. */
export function useUploadFiles(aim: DropAim) {
  const { runner } = useUploads();
  const { scope, segmentId, locale, folder } = aim;

  const addFiles = useCallback((files: readonly FileWithPath[]) => {
    runner.enqueue(files.map((file) => {
      const target: UploadTarget = {
        scope, segmentId, locale, relativePath: joinFolders(folder, droppedFolder(file.path ?? file.webkitRelativePath, file.name)),
      };
      return { file, name: file.name, target };
    }));
  }, [runner, scope, segmentId, locale, folder]);

  const addPasted = useCallback((files: readonly File[]) => {
    const now = new Date();
    runner.enqueue(files.map((file, index) => ({
      file,
      name: pastedImageName(now, file.type, index),
      target: { scope, segmentId, locale, relativePath: joinFolders(folder) },
    })));
  }, [runner, scope, segmentId, locale, folder]);

  return { addFiles, addPasted };
}

/** Images on the clipboard (a screenshot tool puts one there); other clipboard content is left alone. */
export function clipboardImages(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((file) => file.type.startsWith('image/'));
}

import { useCallback, useEffect, useRef } from 'react';
import { joinFolders, pastedImageName } from './core/file-names';
import { takeDropped, takePicked, yieldToMain, type PickedFile } from './intake';
import type { UploadTarget } from './core/types';
import { useUploads } from './upload-context';
import { useI18n } from '../../ui/i18n/i18n';

/** What a drop is aimed at, read when the files arrive (not when they finish). */
export interface DropAim {
  scope: string;
  segmentId: number;
  locale: string | null;
  folder: string;
  /** `checking`: files wait (unsent) for the target's checks; `blocked`: they are not taken. */
  status: 'ready' | 'checking' | 'blocked';
}

/** Files held while their target is checked, with the segment they were dropped on. */
type Held = ({ picked: readonly PickedFile[] } | { pasted: readonly File[]; at: Date }) & { target: string };

const heldCount = (item: Held) => ('picked' in item ? item.picked.length : item.pasted.length);

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
  const { runner, announcer } = useUploads();
  const { t } = useI18n();
  const { scope, segmentId, locale, folder, status } = aim;
  const targetKey = `${scope}|${segmentId}`;
  // Files that came while the target was being checked: they go once it is ready, with its
  // language and folder then; a target found wrong takes none of them. (A dropped folder is
  // read after its drop: its files may come when the check is over, hence the latest callbacks.)
  const held = useRef<Held[]>([]);
  const latest = useRef<{ status: DropAim['status']; target: string; take(item: Held): void } | null>(null);
  const flush = useCallback(() => {
    const now = latest.current;
    if (!now) return;
    // Files dropped on another segment (the person moved on before its checks ended) or on a
    // target found wrong go nowhere, and the live region says how many.
    const here = (item: Held) => item.target === now.target;
    const dropped = held.current.filter((item) => !here(item) || now.status === 'blocked');
    if (now.status === 'checking') {
      held.current = held.current.filter(here);
    } else {
      const waiting = held.current.filter(here);
      held.current = [];
      if (now.status === 'ready') for (const item of waiting) now.take(item);
    }
    const count = dropped.reduce((sum, item) => sum + heldCount(item), 0);
    if (count > 0) announcer.say(t('upload.heldDropped', { count }));
  }, [announcer, t]);

  const addFiles = useCallback(async (files: readonly PickedFile[]) => {
    if (status === 'blocked' || files.length === 0) return;
    if (status === 'checking') {
      held.current.push({ picked: files, target: targetKey });
      flush();
      return;
    }
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
  }, [runner, scope, segmentId, locale, folder, status, flush, targetKey]);

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

  const addPasted = useCallback((files: readonly File[], now = new Date()) => {
    if (status === 'blocked') return;
    if (status === 'checking') {
      held.current.push({ pasted: files, at: now, target: targetKey });
      flush();
      return;
    }
    runner.enqueue(files.map((file, index) => ({
      file,
      name: pastedImageName(now, file.type, index),
      target: { scope, segmentId, locale, relativePath: joinFolders(folder) },
    })));
  }, [runner, scope, segmentId, locale, folder, status, flush, targetKey]);

  useEffect(() => {
    latest.current = {
      status,
      target: targetKey,
      take: (item) => ('picked' in item ? void addFiles(item.picked) : addPasted(item.pasted, item.at)),
    };
    flush();
  }, [status, targetKey, addFiles, addPasted, flush]);

  return { addPasted, intake };
}

/** Images on the clipboard (a screenshot tool puts one there); other clipboard content is left alone. */
export function clipboardImages(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((file) => file.type.startsWith('image/'));
}

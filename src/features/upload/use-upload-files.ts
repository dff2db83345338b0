import { useCallback, useEffect, useRef } from 'react';
import { useEventCallback } from '../../ui/use-event-callback';
import { joinFolders, pastedImageName } from './core/file-names';
import { takeDropped, takePicked, yieldToMain, type PickedFile } from './intake';
import type { UploadTarget } from './core/types';
import { useUploadKit } from './upload-context';
import { useI18n } from '../../ui/i18n/i18n';

/**
 * Where a drop goes, read when the files arrive (not when they finish): the upload target of a
 * loose file (a dropped folder's files go below its `relativePath`), and whether it may go yet.
 */
export interface DropTarget extends UploadTarget {
  /** `checking`: files wait (unsent) for the target's checks; `blocked`: they are not taken. */
  status: 'ready' | 'checking' | 'blocked';
}

/** Files held while their target is checked, with the segment they were dropped on. */
type Held = ({ picked: readonly PickedFile[] } | { pasted: readonly File[]; at: Date }) & { segment: string };

const heldCount = (item: Held) => ('picked' in item ? item.picked.length : item.pasted.length);

/**
 * Files are queued in slices of a few milliseconds, with the page free between them: reading a
 * dropped file's size asks the browser (a quarter of a millisecond a file), so a drop of 1,000
 * queued at once would hold the page for a quarter of a second. None is queued inside the drop
 * event, which Chromium already makes long (queueing starts the first uploads too).
 */
const SLICE_MS = 8;
const CHUNK = 8;

/** Turns dropped, picked or pasted files into upload records, each with its own captured target. */
export function useUploadFiles(drop: DropTarget) {
  const { runner, announcer } = useUploadKit();
  const { t } = useI18n();
  const { scope, segmentId, locale, relativePath, status } = drop;
  const segmentKey = `${scope}|${segmentId}`;
  // Files that came while the target was being checked: they go once it is ready, with its
  // language and folder then; a target found wrong takes none of them. (A dropped folder is
  // read after its drop: its files may come when the check is over, hence the latest render's
  // target and intake, read when held files are looked at.)
  const held = useRef<Held[]>([]);

  /** Queues files for the target as it is now. */
  const send = useCallback(async (files: readonly PickedFile[]) => {
    const upload = ({ file, folder: inDrop }: PickedFile) => {
      const target: UploadTarget = { scope, segmentId, locale, relativePath: joinFolders(relativePath, inDrop) };
      return { file, name: file.name, target };
    };
    let start = 0;
    while (start < files.length) {
      await yieldToMain();
      const began = performance.now();
      do {
        runner.enqueue(files.slice(start, start + CHUNK).map(upload));
        start += CHUNK;
      } while (start < files.length && performance.now() - began < SLICE_MS);
    }
  }, [runner, scope, segmentId, locale, relativePath]);

  const sendPasted = useCallback((files: readonly File[], now: Date) => {
    runner.enqueue(files.map((file, index) => ({
      file,
      name: pastedImageName(now, file.type, index),
      target: { scope, segmentId, locale, relativePath: joinFolders(relativePath) },
    })));
  }, [runner, scope, segmentId, locale, relativePath]);

  const flush = useEventCallback(() => {
    // Files dropped on another segment (the person moved on before its checks ended) or on a
    // target found wrong go nowhere, and the live region says how many.
    const here = (item: Held) => item.segment === segmentKey;
    const dropped = held.current.filter((item) => !here(item) || status === 'blocked');
    if (status === 'checking') {
      held.current = held.current.filter(here);
    } else {
      const waiting = held.current.filter(here);
      held.current = [];
      if (status === 'ready') {
        for (const item of waiting) {
          if ('picked' in item) void send(item.picked);
          else sendPasted(item.pasted, item.at);
        }
      }
    }
    const count = dropped.reduce((sum, item) => sum + heldCount(item), 0);
    if (count > 0) announcer.say(t('upload.heldDropped', { count }));
  });
  // Held files are looked at again whenever the target changes or its checks end.
  useEffect(() => flush(), [status, segmentKey, send, sendPasted, flush]);

  const addFiles = useCallback(async (files: readonly PickedFile[]) => {
    if (status === 'blocked' || files.length === 0) return;
    if (status === 'checking') {
      held.current.push({ picked: files, segment: segmentKey });
      flush();
      return;
    }
    await send(files);
  }, [status, segmentKey, flush, send]);

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
      held.current.push({ pasted: files, at: now, segment: segmentKey });
      flush();
      return;
    }
    sendPasted(files, now);
  }, [status, segmentKey, flush, sendPasted]);

  return { addPasted, intake };
}

/** Images on the clipboard (a screenshot tool puts one there); other clipboard content is left alone. */
export function clipboardImages(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((file) => file.type.startsWith('image/'));
}

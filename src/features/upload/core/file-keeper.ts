import { englishText, userMessage, type UserMessageKey } from '../../../domain/messages';
import type { UploadStore } from './store';
import { isInProgress, type UploadError, type UploadRecord } from './types';
import { UploadDbUnavailable, writeTransaction, type FileKeeping, type Lane, type NotKept, type UploadDb } from './upload-db';

/**
 * A file this far back in the line (this many unfinished files before it) is kept at once: it
 * will wait anyway. The ones near their turn are kept only if still unfinished after
 * `keepFileAfterMs`: a quick drop of a few screenshots never touches the disk.
 */
const KEEP_AT_ONCE_BEHIND = 8;
/** One transaction keeps up to this many files or bytes: few transactions, none long. */
const KEEP_BATCH_FILES = 250;
const KEEP_BATCH_BYTES = 16 * 1024 * 1024;

const NOT_KEPT: Record<NotKept, UserMessageKey> = {
  waiting: 'refusal.notKept.closed',
  'too-large': 'refusal.notKept.tooLarge',
  quota: 'refusal.notKept.quota',
  failed: 'refusal.notKept.failed',
};

/** Why a restored upload has no file: the true reason, and that the user can choose it again. */
export function notKeptError(reason: NotKept, size: number, max: number): UploadError {
  const params = reason === 'too-large' ? { size, max } : undefined;
  const message = userMessage(NOT_KEPT[reason], params, params && ['size', 'max']);
  return {
    title: englishText(message),
    message,
    retryable: false,
    step: 'check',
  };
}

/** Worth keeping the bytes of: what may still be sent. */
function needsBytes(record: UploadRecord): boolean {
  return !!record.file && (record.status !== 'failed' || !!record.error?.retryable);
}

export interface FileKeeperOptions {
  database(): Promise<UploadDb>;
  /** Where file writes run, one after another, never in the way of the records' writes. */
  lane: Lane;
  maxStoredFileSize: number;
  keepFileAfterMs: number;
  /** A file's keeping changed for good (kept, or why not): its record is written again. */
  changed(id: string): void;
}

/**
 * Copies the files of waiting uploads into the `files` store: a batch per transaction, those
 * furthest from their turn first (the ones about to go may never need it), soon after a drop.
 */
export function createFileKeeper({ database, lane, maxStoredFileSize, keepFileAfterMs, changed }: FileKeeperOptions) {
  const keeping = new Map<string, FileKeeping>();
  let waitingFiles = 0;
  /** When the oldest file still waiting began waiting. */
  let waitingSince: number | null = null;
  let store: UploadStore | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAtOnce = false;
  let running: Promise<void> | null = null;
  let deletes = new Set<string>();
  /** Times the database was lost (deleted): a batch that began before went into the old one. */
  let losses = 0;

  function set(id: string, state: FileKeeping | null) {
    if (keeping.get(id) === 'waiting') waitingFiles -= 1;
    if (state === null) keeping.delete(id);
    else keeping.set(id, state);
    if (state === 'waiting') {
      waitingFiles += 1;
      waitingSince ??= Date.now();
      soon();
    }
  }

  function deleteFile(id: string) {
    const first = deletes.size === 0;
    deletes.add(id);
    if (!first) return;
    void lane.run(async () => {
      await Promise.resolve();
      const ids = deletes;
      deletes = new Set();
      await writeTransaction(await database(), ['files'], (tx) => {
        for (const gone of ids) tx.objectStore('files').delete(gone);
      });
    });
  }

  function soon() {
    if (running || waitingSince === null || !store) return;
    const atOnce = waitingFiles > KEEP_AT_ONCE_BEHIND;
    if (timer) {
      if (!atOnce || timerAtOnce) return;
      clearTimeout(timer);
    }
    timerAtOnce = atOnce;
    timer = setTimeout(() => {
      timer = null;
      void keepAll();
    }, atOnce ? 0 : Math.max(0, waitingSince + keepFileAfterMs - Date.now()));
  }

  /** The next files to keep, furthest from their turn first, up to a batch's size; those near
   * their turn only once `due`. */
  function nextBatch(due: boolean): UploadRecord[] {
    const { order, records } = store!.getState();
    let from = 0;
    if (!due) {
      let ahead = 0;
      from = order.length;
      for (let i = 0; i < order.length; i += 1) {
        const record = records.get(order[i]!)!;
        if (!isInProgress(record)) continue;
        if (ahead >= KEEP_AT_ONCE_BEHIND) {
          from = i;
          break;
        }
        ahead += 1;
      }
    }
    const picked: UploadRecord[] = [];
    let bytes = 0;
    for (let i = order.length - 1; i >= from; i -= 1) {
      const record = records.get(order[i]!)!;
      if (keeping.get(record.id) !== 'waiting') continue;
      const size = record.file!.size;
      if (picked.length > 0 && (picked.length >= KEEP_BATCH_FILES || bytes + size > KEEP_BATCH_BYTES)) break;
      picked.push(record);
      bytes += size;
    }
    return picked;
  }

  async function keepBatch(records: UploadRecord[]): Promise<void> {
    const lossesBefore = losses;
    const failure = await lane.run(async () => {
      await writeTransaction(await database(), ['files'], (tx) => {
        // Gone meanwhile (finished, canceled, dismissed): nothing to keep.
        for (const record of records) if (keeping.get(record.id) === 'waiting') tx.objectStore('files').put(record.file, record.id);
      });
    }, false).then(() => null, (error: unknown) => error ?? new Error('The transaction was aborted.'));
    // Kept in a database deleted meanwhile: they still wait, to be kept in the new one.
    if (losses !== lossesBefore) return;
    if (failure instanceof UploadDbUnavailable) {
      // No database for this page any more (a newer panel upgraded it): one warning, not one a file.
      console.warn('Files cannot be kept for after a reload', failure);
      for (const { id } of records) {
        if (keeping.get(id) !== 'waiting') continue;
        set(id, 'failed');
        changed(id);
      }
      return;
    }
    if (!failure) {
      for (const { id } of records) {
        if (keeping.get(id) === 'waiting') {
          set(id, 'kept');
          changed(id);
        } else if (keeping.get(id) !== 'kept') {
          // Gone, or no longer needing its bytes (it failed for good meanwhile): give them back.
          deleteFile(id);
        }
      }
      return;
    }
    // One file may be the one that does not fit: try them one by one, and say which failed
    // (not once the keeper is stopped: its panel is leaving).
    if (records.length > 1) {
      for (const record of records) if (store && keeping.get(record.id) === 'waiting') await keepBatch([record]);
      return;
    }
    const { id } = records[0]!;
    if (keeping.get(id) !== 'waiting') return;
    console.warn('A file could not be kept for after a reload', failure);
    set(id, (failure as { name?: unknown }).name === 'QuotaExceededError' ? 'quota' : 'failed');
    changed(id);
  }

  /** Keeps what may be kept now (all, `force`), a batch per transaction; then waits for the rest to be due. */
  function keepAll(force = false): Promise<void> {
    running ??= (async () => {
      while (store && waitingSince !== null) {
        const picked = nextBatch(force || Date.now() >= waitingSince + keepFileAfterMs);
        if (picked.length === 0) break;
        await keepBatch(picked);
      }
      running = null;
      if (waitingFiles === 0) waitingSince = null;
      else soon();
    })();
    return running;
  }

  return {
    state: (id: string) => keeping.get(id),
    /** Read back after a reload: the file is in the store, or there is nothing to keep. */
    restored(id: string, kept: boolean) {
      set(id, kept ? 'kept' : 'none');
    },
    /** A record changed: does its file wait to be kept, or is there nothing (more) to do? */
    update(record: UploadRecord) {
      const before = keeping.get(record.id);
      if (before === 'kept' && !needsBytes(record)) {
        // Kept bytes a record no longer needs (it failed for good): freed now, not at the next load.
        deleteFile(record.id);
        set(record.id, 'none');
        return;
      }
      if (before === 'kept' || before === 'quota' || before === 'failed') return;
      const want: FileKeeping = !needsBytes(record) ? 'none' : record.file!.size > maxStoredFileSize ? 'too-large' : 'waiting';
      if (want !== before) set(record.id, want);
    },
    /** The record is finished or gone: so is its file (one being kept now goes when that is done). */
    forget(id: string) {
      if (keeping.get(id) === 'kept') deleteFile(id);
      set(id, null);
    },
    /** Keeps the files of `watched`'s waiting uploads from now on. */
    start(watched: UploadStore) {
      store = watched;
      soon();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      store = null;
    },
    /** Resolves when the batch being kept (if any) is done; after `stop`, no other starts. */
    settled: (): Promise<void> => running ?? Promise.resolve(),
    /** The database was deleted: kept files are no longer kept, and wait to be kept again. */
    lost() {
      losses += 1;
      for (const [id, state] of keeping) if (state === 'kept') set(id, 'waiting');
    },
    /** Resolves when the files due (or all waiting, `keepNow`) are kept, and every file write landed. */
    async flush({ keepNow = false } = {}) {
      await running;
      if (store && waitingSince !== null && (keepNow || Date.now() >= waitingSince + keepFileAfterMs)) {
        if (timer) clearTimeout(timer);
        timer = null;
        await keepAll(true);
      }
      await lane.idle();
    },
  };
}


import { singleChange, type UploadState } from './store';
import type { UploadRecord } from './types';

/** Worth keeping until the user dismisses it: anything not finished or canceled. */
export function keeps(record: UploadRecord): boolean {
  return record.status !== 'done' && record.status !== 'canceled';
}

/** The fields whose change is worth a write. Progress is not, nor starting to send (after a
 * reload an upload that was running waits again): one write per file for its token, one when it
 * is done, not five. */
export function signature(record: UploadRecord): string {
  const status = record.status === 'uploading' || record.status === 'finishing' ? 'queued' : record.status;
  return [status, record.fileToken, record.error?.title, record.attempts, record.file ? 1 : 0, record.size].join('|');
}

export interface RecordChanges {
  /** Whether the record is mirrored now (so that its leaving matters). */
  mirrored(id: string): boolean;
  /** A mirrored record left the store, or finished: it goes from the disk. */
  gone(id: string): void;
  /** A record worth keeping changed in some way (its progress, maybe). */
  changed(record: UploadRecord): void;
}

/**
 * What changed between two states of the store. Called on every change of the store (each
 * progress event of each file): no work per record that did not change, and no arrays of a
 * 2,000-file queue's IDs.
 */
export function diffRecords(state: UploadState, previous: UploadState, changes: RecordChanges): void {
  if (state.records === previous.records) return;
  // Records leave the store only with a change of `order` (dismissed, cleared).
  if (state.order !== previous.order) {
    for (const { id } of previous.records.values()) if (!state.records.has(id) && changes.mirrored(id)) changes.gone(id);
  }
  const one = state.order === previous.order ? singleChange(state.records, previous.records) : undefined;
  if (one !== undefined) return changedRecord(state.records.get(one)!, changes);
  for (const record of state.records.values()) {
    if (record !== previous.records.get(record.id)) changedRecord(record, changes);
  }
}

function changedRecord(record: UploadRecord, changes: RecordChanges): void {
  const { id } = record;
  if (!keeps(record)) {
    if (changes.mirrored(id)) changes.gone(id);
    return;
  }
  changes.changed(record);
}

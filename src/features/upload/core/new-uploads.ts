import type { Asset } from '../../../domain/asset';
import { marksFileName, writeMarksFile } from '../../../domain/marks';
import { assetVersion } from '../../../domain/marks-index';
import { canonicalFileName } from '../../../domain/names';
import { checkUpload } from './checks';
import type { NewUpload } from './runner-contract';
import type { UploadRecord } from './types';

/** The records of new files with their targets: what the server would refuse fails at once, the rest queue. */
export function newRecords(
  uploads: readonly NewUpload[], { newId, now, maxFileSize }: { newId(): string; now(): number; maxFileSize: number },
): UploadRecord[] {
  return uploads.map(({ file, name: given, target, marks }): UploadRecord => {
    const name = canonicalFileName(given);
    const problem = checkUpload(name, file.size, target.relativePath, maxFileSize);
    return {
      id: newId(), name, size: file.size, type: file.type, file: problem ? null : file, target,
      status: problem ? 'failed' : 'queued', sent: 0, fileToken: null, attempts: 0, retryAt: null,
      error: problem ? { ...problem, retryable: false, step: 'check' } : null, asset: null, createdAt: now(),
      ...(marks ? { marks } : {}),
    };
  });
}

/** The marks file an attached image was waiting for, as an upload beside it (none without marks). */
export function marksUploadOf(record: UploadRecord, asset: Asset): NewUpload | null {
  const { marks } = record;
  const v = assetVersion(asset);
  const name = marksFileName(asset.name);
  if (!marks || marks.marks.length === 0 || !v || !name) return null;
  const text = writeMarksFile({ name: asset.name, v, width: marks.width, height: marks.height }, marks.marks);
  return { file: new Blob([text], { type: 'application/json' }), name, target: record.target };
}

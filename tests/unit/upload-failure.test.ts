import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from '../../src/api/errors';
import { failureOutcome } from '../../src/features/upload/core/failure';
import type { UploadRecord } from '../../src/features/upload/core/types';

const record: UploadRecord = {
  id: 'u1', name: 'shot.png', size: 16, type: 'image/png', file: new Blob([new Uint8Array(16)]),
  target: { scope: 'pr7214', segmentId: 27665601, locale: null, relativePath: '' },
  status: 'attaching', sent: 16, fileToken: 'token', attempts: 0, retryAt: null, error: null, asset: null, createdAt: 0,
};

const refused = (kind: ApiErrorKind, status: number) => failureOutcome(record, new ApiError({ kind, status }), 'attach', 0, () => 0.5);

describe('a refused attach offers "Retry" only where trying again can help', () => {
  it('no Retry for a segment that does not exist (404) or a right that is missing (403)', () => {
    for (const [kind, status] of [['not-found', 404], ['forbidden', 403]] as const) {
      const outcome = refused(kind, status);
      expect(outcome.kind).toBe('failed');
      expect(outcome.change.error).toMatchObject({ retryable: false, step: 'attach' });
    }
  });

  it('Retry for a refused token (400): it uploads again under a new one', () => {
    const outcome = refused('invalid', 400);
    expect(outcome.change.error).toMatchObject({ retryable: true, step: 'attach' });
    expect(outcome.change.fileToken).toBeNull();
  });
});

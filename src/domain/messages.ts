import type { PathProblem } from './paths';

type NameKey = `refusal.name.${PathProblem}`;
type FolderKey = `refusal.folder.${Exclude<PathProblem, 'empty'>}`;

/** Every sentence the panel says itself, as a key of the UI catalog (src/ui/i18n). */
export type UserMessageKey =
  | NameKey
  | FolderKey
  | 'refusal.tooLarge'
  | 'refusal.directionControls'
  | 'refusal.chooseAgain'
  | 'refusal.notKept.closed'
  | 'refusal.notKept.tooLarge'
  | 'refusal.notKept.quota'
  | 'refusal.notKept.failed'
  | 'error.auth'
  | 'error.forbidden'
  | 'error.not-found'
  | 'error.throttled'
  | 'error.invalid'
  | 'error.server'
  | 'error.serverStatus'
  | 'error.network'
  | 'error.signedOut'
  | 'error.unsafeDownload'
  | 'error.unreadable'
  | 'error.notAScope'
  | 'error.uploadFailed';

/**
 * A sentence of the panel's own (not the server's words): its catalog key and the values it
 * takes. The screen says it in the user's language; the English `title` beside it is what
 * events and logs carry. Plain data, so it survives IndexedDB with the upload it explains.
 */
export interface UserMessage {
  key: UserMessageKey;
  params?: Record<string, string | number>;
  /** Params that are byte counts: written as "12.5 MB" in the user's language when said. */
  bytes?: string[];
}

export function userMessage(key: UserMessageKey, params?: Record<string, string | number>, bytes?: string[]): UserMessage {
  return { key, ...(params && { params }), ...(bytes && { bytes }) };
}

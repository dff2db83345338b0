import { formatBytes } from './file-size';

/** Why a file name or folder is refused (the rules are in paths.ts). */
export type PathProblem =
  | 'empty'
  | 'traversal'
  | 'absolute'
  | 'control-character'
  | 'reserved-character'
  | 'reserved-name'
  | 'too-long'
  | 'trailing-dot-or-space'
  | 'path-too-long';

type NameKey = `refusal.name.${PathProblem}`;
type FolderKey = `refusal.folder.${Exclude<PathProblem, 'empty'>}`;

/**
 * The English text of every sentence that the domain, the API client and the upload core say
 * themselves (never the server's words). It is part of the English catalog (src/ui/i18n/en.ts
 * takes it in whole; de.ts and fr.ts translate these keys like any other), written here once so
 * that code below ui/ can say it in English too: the `title` of errors and refusals, which hosts
 * get in their events, logs show, and the mock answers as the server would.
 */
export const USER_MESSAGES = {
  'refusal.name.empty': 'The file name is empty.',
  'refusal.name.traversal': 'The file name must not contain ".." folders.',
  'refusal.name.absolute': 'The file name must not be an absolute path.',
  'refusal.name.control-character': 'The file name contains control characters.',
  'refusal.name.reserved-character': 'The file name must not contain any of these characters: {characters}',
  'refusal.name.reserved-name': '"{reserved}" is a reserved name and cannot be used in a file name.',
  'refusal.name.too-long': 'The file name has a name longer than {max} characters.',
  'refusal.name.trailing-dot-or-space': 'The file name must not end in a dot or a space, nor be made only of dots and spaces.',
  'refusal.name.path-too-long': 'The file name is longer than {max} characters.',
  'refusal.folder.traversal': 'The folder must not contain ".." folders.',
  'refusal.folder.absolute': 'The folder must be inside the segment\u2019s folder, not a drive or network path.',
  'refusal.folder.control-character': 'The folder contains control characters.',
  'refusal.folder.reserved-character': 'The folder must not contain any of these characters: {characters}',
  'refusal.folder.reserved-name': '"{reserved}" is a reserved name and cannot be used in a folder.',
  'refusal.folder.too-long': 'The folder has a name longer than {max} characters.',
  'refusal.folder.trailing-dot-or-space': 'A folder name must not end in a dot or a space, nor be made only of dots and spaces.',
  'refusal.folder.path-too-long': 'The folder is longer than {max} characters.',
  'refusal.tooLarge': '{name} is {size}, more than the {max} a file may have.',
  'refusal.directionControls': 'The file name contains direction controls ({characters}) that can disguise what the file is: rename it.',
  'refusal.chooseAgain': 'Choose this file again: it was too large to keep across a reload.',
  'refusal.notKept.closed': 'Choose this file again: the page was closed before it could be kept.',
  'refusal.notKept.tooLarge': 'Choose this file again: at {size} it is larger than the {max} kept across a reload.',
  'refusal.notKept.quota': 'Choose this file again: the browser had no room left to keep it across a reload.',
  'refusal.notKept.failed': 'Choose this file again: the browser could not keep it across a reload.',

  'error.auth': 'Your session has expired. Sign in again.',
  'error.forbidden': 'You do not have access to this project\u2019s reference material.',
  'error.not-found': 'The requested item does not exist.',
  'error.throttled': 'The server is receiving too many requests. Trying again shortly.',
  'error.invalid': 'The server refused the request.',
  'error.server': 'The server had a problem. Try again in a moment.',
  'error.serverStatus': 'The server had a problem (HTTP {status}). Try again in a moment.',
  'error.network': 'The server could not be reached. Check your connection.',
  'error.signedOut': 'You are signed out.',
  'error.unsafeDownload': 'The server gave a download address that is not safe to open.',
  'error.unreadable': 'The server\u2019s answer could not be read.',
  'error.notAScope': '"{value}" is not a scope code (pr\u2026, jbs\u2026 or jbc\u2026).',
  'error.uploadFailed': 'The upload failed.',
} as const satisfies Record<string, string> & Record<NameKey | FolderKey, string>;

/** Every sentence the panel says itself below ui/: a key of the catalogs (a wrong key fails tsc). */
export type UserMessageKey = keyof typeof USER_MESSAGES;

/**
 * A sentence of the panel's own (not the server's words): its catalog key and the values it
 * takes. The screen says it in the user's language (ui/user-message.ts); `englishText` gives the
 * English `title` that events and logs carry. Plain data, so it survives IndexedDB with the
 * upload it explains.
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

/**
 * The sentence in English, as events, logs and the mock's refusals carry it: parameters as given
 * (numbers as bare digits, "1024 characters", the way the server writes them), byte counts as
 * sizes ("2.5 MB"). The screen says it through the catalog of the user's language instead.
 */
export function englishText({ key, params, bytes }: UserMessage): string {
  return USER_MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!params || !(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'number' && bytes?.includes(name) ? formatBytes(value) : String(value);
  });
}

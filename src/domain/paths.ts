/**
 * File-name and folder rules shared by the client (checks before sending) and the mock (refusals).
 * Separators `/` and `\` are equivalent; the real server answers folders with `\`.
 */
import { userMessage, type UserMessage, type UserMessageKey } from './messages';

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

export interface PathRefusal {
  problem: PathProblem;
  /** Written for end users: it becomes the server's `error.title` in the mock. */
  message: string;
  /** The same, for the panel's catalog (the user's language). */
  userMessage: UserMessage;
}

export const MAX_NAME_LENGTH = 255;
/** A `relativePath`, or a file name with its folders, as given (before separators are normalized). */
export const MAX_PATH_LENGTH = 1024;
export const RESERVED_CHARACTERS = '< > : " | ? *';

const SEPARATORS = /[/\\]+/;
// Cc: C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const RESERVED = /[<>:"|?*]/;
const DRIVE = /^[a-z]:/i;
const UNC = /^[/\\]{2}/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Windows-backed storage drops trailing dots and spaces: `a.png.` would land on `a.png`, and a
// name of only dots and spaces on nothing. (`.` alone is the current folder, dropped as such.)
const TRAILING_DOT_OR_SPACE = /[. ]$/;

/** Path segments, without empty and `.` segments. */
export function splitPath(path: string): string[] {
  return path.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.');
}

/** `\public\\views\` -> `public/views`; `""` for the segment's root. */
export function normalizeRelativePath(path: string | null | undefined): string {
  return path ? splitPath(path).join('/') : '';
}

/** Folder as the user reads it, whatever separator the server used. */
export function displayRelativePath(path: string | null | undefined): string {
  return normalizeRelativePath(path);
}

export function sameRelativePath(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeRelativePath(a).toLowerCase() === normalizeRelativePath(b).toLowerCase();
}

type Subject = 'name' | 'folder';
const SUBJECT_TEXT: Record<Subject, string> = { name: 'file name', folder: 'folder' };
const TRAILING_TEXT: Record<Subject, string> = {
  name: 'The file name must not end in a dot or a space, nor be made only of dots and spaces.',
  folder: 'A folder name must not end in a dot or a space, nor be made only of dots and spaces.',
};

function refuse(
  subject: Subject, problem: PathProblem, message: string, params?: Record<string, string | number>,
): PathRefusal {
  return { problem, message, userMessage: userMessage(`refusal.${subject}.${problem}` as UserMessageKey, params) };
}

function checkSegments(path: string, subject: Subject): PathRefusal | null {
  const what = SUBJECT_TEXT[subject];
  if (path.length > MAX_PATH_LENGTH) {
    return refuse(subject, 'path-too-long', `The ${what} is longer than ${MAX_PATH_LENGTH} characters.`, { max: MAX_PATH_LENGTH });
  }
  if (CONTROL.test(path)) return refuse(subject, 'control-character', `The ${what} contains control characters.`);
  if (RESERVED.test(path)) {
    return refuse(subject, 'reserved-character', `The ${what} must not contain any of these characters: ${RESERVED_CHARACTERS}`,
      { characters: RESERVED_CHARACTERS });
  }
  for (const segment of path.split(SEPARATORS)) {
    if (segment === '..') return refuse(subject, 'traversal', `The ${what} must not contain ".." folders.`);
    if (segment.length > MAX_NAME_LENGTH) {
      return refuse(subject, 'too-long', `The ${what} has a name longer than ${MAX_NAME_LENGTH} characters.`, { max: MAX_NAME_LENGTH });
    }
    const stem = segment.split('.')[0]!.trimEnd();
    if (WINDOWS_RESERVED.test(stem)) {
      const reserved = stem.toUpperCase();
      return refuse(subject, 'reserved-name', `"${reserved}" is a reserved name and cannot be used in a ${what}.`, { reserved });
    }
    if (segment !== '.' && TRAILING_DOT_OR_SPACE.test(segment)) return refuse(subject, 'trailing-dot-or-space', TRAILING_TEXT[subject]);
  }
  return null;
}

/**
 * A file name as given to the media upload; it may hold a folder (`subfolder/image.jpg`),
 * but no absolute or drive path.
 */
export function checkFileName(name: string): PathRefusal | null {
  if (DRIVE.test(name) || UNC.test(name) || /^[/\\]/.test(name)) {
    return refuse('name', 'absolute', 'The file name must not be an absolute path.');
  }
  const problem = checkSegments(name, 'name');
  if (problem) return problem;
  if (splitPath(name).length === 0) return refuse('name', 'empty', 'The file name is empty.');
  return null;
}

/**
 * A `relativePath` (a sub-folder of the segment's folder). A single leading separator is
 * allowed: the documentation's own example is `/public/images`. Drive and network paths are not.
 */
export function checkRelativePath(path: string): PathRefusal | null {
  if (DRIVE.test(path) || UNC.test(path)) {
    return refuse('folder', 'absolute', 'The folder must be inside the segment\u2019s folder, not a drive or network path.');
  }
  return checkSegments(path, 'folder');
}

export interface AssetLocation {
  name: string;
  /** Normalized with `/`, `""` at the segment's root. */
  relativePath: string;
}

/**
 * Where an upload lands: a folder inside the file name counts unless `relativePath` is given,
 * which wins. Both are checked in full, even the part that loses.
 */
export function resolveAssetLocation(
  fileName: string,
  relativePath?: string | null,
): AssetLocation | PathRefusal {
  const nameProblem = checkFileName(fileName);
  if (nameProblem) return nameProblem;
  const segments = splitPath(fileName);
  const name = segments.pop()!;
  if (relativePath) {
    const folderProblem = checkRelativePath(relativePath);
    if (folderProblem) return folderProblem;
    return { name, relativePath: normalizeRelativePath(relativePath) };
  }
  return { name, relativePath: segments.join('/') };
}

export function isPathRefusal(value: AssetLocation | PathRefusal): value is PathRefusal {
  return 'problem' in value;
}

/** The last segment of a path, whichever separator it uses. */
export function baseName(path: string): string {
  return splitPath(path).pop() ?? '';
}

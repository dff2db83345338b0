/**
 * File-name and folder rules shared by the client (checks before sending) and the mock (refusals).
 * Separators `/` and `\` are equivalent; the real server answers folders with `\`.
 */
import { englishText, userMessage, type PathProblem, type UserMessage, type UserMessageKey } from './messages';

export interface PathRefusal {
  problem: PathProblem;
  /** In English (`englishText` of `userMessage`): it becomes the server's `error.title` in the mock. */
  message: string;
  /** The sentence as a catalog key, for the panel to say it in the user's language. */
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

/** The refusal as a catalog key (`refusal.name.too-long`) and its parameters; its English text from there. */
function refuse(subject: Subject, problem: PathProblem, params?: Record<string, string | number>): PathRefusal {
  const said = userMessage(`refusal.${subject}.${problem}` as UserMessageKey, params);
  return { problem, message: englishText(said), userMessage: said };
}

function checkSegments(path: string, subject: Subject): PathRefusal | null {
  if (path.length > MAX_PATH_LENGTH) return refuse(subject, 'path-too-long', { max: MAX_PATH_LENGTH });
  if (CONTROL.test(path)) return refuse(subject, 'control-character');
  if (RESERVED.test(path)) return refuse(subject, 'reserved-character', { characters: RESERVED_CHARACTERS });
  for (const segment of path.split(SEPARATORS)) {
    if (segment === '..') return refuse(subject, 'traversal');
    if (segment.length > MAX_NAME_LENGTH) return refuse(subject, 'too-long', { max: MAX_NAME_LENGTH });
    const stem = segment.split('.')[0]!.trimEnd();
    if (WINDOWS_RESERVED.test(stem)) return refuse(subject, 'reserved-name', { reserved: stem.toUpperCase() });
    if (segment !== '.' && TRAILING_DOT_OR_SPACE.test(segment)) return refuse(subject, 'trailing-dot-or-space');
  }
  return null;
}

/**
 * A file name as given to the media upload; it may hold a folder (`subfolder/image.jpg`),
 * but no absolute or drive path.
 */
export function checkFileName(name: string): PathRefusal | null {
  if (DRIVE.test(name) || UNC.test(name) || /^[/\\]/.test(name)) {
    return refuse('name', 'absolute');
  }
  const problem = checkSegments(name, 'name');
  if (problem) return problem;
  if (splitPath(name).length === 0) return refuse('name', 'empty');
  return null;
}

/**
 * A `relativePath` (a sub-folder of the segment's folder). A single leading separator is
 * allowed: the documentation's own example is `/public/images`. Drive and network paths are not.
 */
export function checkRelativePath(path: string): PathRefusal | null {
  if (DRIVE.test(path) || UNC.test(path)) {
    return refuse('folder', 'absolute');
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

/**
 * File-name and folder rules shared by the client (checks before sending) and the mock (refusals).
 * Separators `/` and `\` are equivalent; the real server answers folders with `\`.
 */
export type PathProblem =
  | 'empty'
  | 'traversal'
  | 'absolute'
  | 'control-character'
  | 'reserved-character'
  | 'reserved-name'
  | 'too-long';

export interface PathRefusal {
  problem: PathProblem;
  /** Written for end users: it becomes the server's `error.title` in the mock. */
  message: string;
}

export const MAX_NAME_LENGTH = 255;
export const RESERVED_CHARACTERS = '< > : " | ? *';

const SEPARATORS = /[/\\]+/;
// Cc: C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const RESERVED = /[<>:"|?*]/;
const DRIVE = /^[a-z]:/i;
const UNC = /^[/\\]{2}/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

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

function refuse(problem: PathProblem, message: string): PathRefusal {
  return { problem, message };
}

function checkSegments(path: string, what: string): PathRefusal | null {
  if (CONTROL.test(path)) return refuse('control-character', `The ${what} contains control characters.`);
  if (RESERVED.test(path)) {
    return refuse('reserved-character', `The ${what} must not contain any of these characters: ${RESERVED_CHARACTERS}`);
  }
  for (const segment of path.split(SEPARATORS)) {
    if (segment === '..') return refuse('traversal', `The ${what} must not contain ".." folders.`);
    if (segment.length > MAX_NAME_LENGTH) {
      return refuse('too-long', `The ${what} has a name longer than ${MAX_NAME_LENGTH} characters.`);
    }
    const stem = segment.split('.')[0]!.trimEnd();
    if (WINDOWS_RESERVED.test(stem)) {
      return refuse('reserved-name', `"${stem.toUpperCase()}" is a reserved name and cannot be used in a ${what}.`);
    }
  }
  return null;
}

/**
 * A file name as given to the media upload; it may hold a folder (`subfolder/image.jpg`),
 * but no absolute or drive path.
 */
export function checkFileName(name: string): PathRefusal | null {
  if (DRIVE.test(name) || UNC.test(name) || /^[/\\]/.test(name)) {
    return refuse('absolute', 'The file name must not be an absolute path.');
  }
  const problem = checkSegments(name, 'file name');
  if (problem) return problem;
  if (splitPath(name).length === 0) return refuse('empty', 'The file name is empty.');
  return null;
}

/**
 * A `relativePath` (a sub-folder of the segment's folder). A single leading separator is
 * allowed: the documentation's own example is `/public/images`. Drive and network paths are not.
 */
export function checkRelativePath(path: string): PathRefusal | null {
  if (DRIVE.test(path) || UNC.test(path)) {
    return refuse('absolute', 'The folder must be inside the segment\u2019s folder, not a drive or network path.');
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

/**
 * The marks file: where a segment's string is on a screenshot, stored beside the image as
 * `<image name>.marks.json` (same segment, language and folder). Wordbee stores files only, so
 * the marks travel as a small JSON asset written with the same two calls as any upload.
 *
 * {
 *   "format": "segment-asset-marks", "version": 1,
 *   "image": { "name": "checkout.png", "v": "638892287138999983", "width": 1400, "height": 900 },
 *   "marks": [ { "x": 0.12, "y": 0.4, "width": 0.2, "height": 0.05, "label": "Place order" } ]
 * }
 *
 * Coordinates are fractions (0–1) of the image's natural size. `v` is the image's version when
 * it was marked: the `v` of its download URL, .NET ticks, written as a string (ticks pass 2^53).
 */
export const MARKS_FORMAT = 'segment-asset-marks';
export const MARKS_VERSION = 1;
export const MARKS_SUFFIX = '.marks.json';
export const MAX_MARKS = 50;
export const MAX_MARKS_FILE_BYTES = 64 * 1024;
export const MAX_MARK_LABEL = 200;
/** A stored name may have 255 characters: an image name longer than this leaves no room for the suffix. */
export const MAX_MARKABLE_NAME = 255 - MARKS_SUFFIX.length;

export interface Mark {
  x: number;
  y: number;
  width: number;
  height: number;
  label?: string;
}

export interface MarkedImage {
  name: string;
  /** The image's version (ticks, digits only) when it was marked. */
  v: string;
  width: number;
  height: number;
}

export interface MarksFile {
  format: typeof MARKS_FORMAT;
  version: typeof MARKS_VERSION;
  image: MarkedImage;
  marks: Mark[];
}

/** Why a marks file is not shown: each is a quiet "marks could not be read" on the tile. */
export type MarksProblem = 'too-large' | 'not-json' | 'other-format' | 'newer-version' | 'invalid';

export type MarksReadResult = { ok: true; file: MarksFile } | { ok: false; problem: MarksProblem; detail: string };

/** The marks file's name for an image, or null when the name is too long to carry the suffix. */
export function marksFileName(imageName: string): string | null {
  return imageName.length > MAX_MARKABLE_NAME ? null : `${imageName}${MARKS_SUFFIX}`;
}

export function isMarksFileName(name: string): boolean {
  return name.toLowerCase().endsWith(MARKS_SUFFIX) && name.length > MARKS_SUFFIX.length;
}

/** The image a marks file belongs to, by name. */
export function imageNameOfMarks(marksName: string): string {
  return marksName.slice(0, marksName.length - MARKS_SUFFIX.length);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFraction = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
/** Sums of two fractions may land a hair over 1 in binary floating point. */
const EPSILON = 1e-9;

function fail(problem: MarksProblem, detail: string): MarksReadResult {
  return { ok: false, problem, detail };
}

function readImage(value: unknown): MarkedImage | string {
  if (!isObject(value)) return 'image is not an object';
  const { name, v, width, height } = value;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_MARKABLE_NAME) return 'image.name is not a file name';
  if (typeof v !== 'string' || !/^\d{1,20}$/.test(v)) return 'image.v is not a version (digits, as a string)';
  for (const [key, size] of [['width', width], ['height', height]] as const) {
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 100_000) return `image.${key} is not a pixel size`;
  }
  return { name, v, width: width as number, height: height as number };
}

function readMark(value: unknown, index: number): Mark | string {
  if (!isObject(value)) return `marks[${index}] is not an object`;
  const { x, y, width, height, label } = value;
  if (!isFraction(x) || !isFraction(y)) return `marks[${index}] x and y must be fractions from 0 to 1`;
  if (!isFraction(width) || !isFraction(height) || width === 0 || height === 0) return `marks[${index}] width and height must be fractions above 0`;
  if (x + width > 1 + EPSILON || y + height > 1 + EPSILON) return `marks[${index}] reaches outside the image`;
  if (label !== undefined && (typeof label !== 'string' || [...label].length > MAX_MARK_LABEL)) return `marks[${index}].label must be a text of at most ${MAX_MARK_LABEL} characters`;
  return label === undefined || label === '' ? { x, y, width, height } : { x, y, width, height, label };
}

/**
 * Strict reading: anything off (not JSON, another format, a newer version, a coordinate out of
 * range, too many marks, too many bytes) is refused whole, so that a broken or hostile file can
 * never draw boxes in the wrong place. Unknown extra properties are ignored (additive changes
 * stay version 1).
 */
export function readMarksFile(bytes: Uint8Array | string): MarksReadResult {
  const size = typeof bytes === 'string' ? new TextEncoder().encode(bytes).length : bytes.byteLength;
  if (size > MAX_MARKS_FILE_BYTES) return fail('too-large', `over ${MAX_MARKS_FILE_BYTES} bytes`);
  let data: unknown;
  try {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    data = JSON.parse(text);
  } catch {
    return fail('not-json', 'not UTF-8 JSON');
  }
  if (!isObject(data)) return fail('other-format', 'not a JSON object');
  if (data.format !== MARKS_FORMAT) return fail('other-format', `format is not "${MARKS_FORMAT}"`);
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('invalid', 'version is not a whole number from 1');
  if (version > MARKS_VERSION) return fail('newer-version', `version ${version} is newer than ${MARKS_VERSION}`);
  const image = readImage(data.image);
  if (typeof image === 'string') return fail('invalid', image);
  if (!Array.isArray(data.marks)) return fail('invalid', 'marks is not a list');
  if (data.marks.length > MAX_MARKS) return fail('invalid', `more than ${MAX_MARKS} marks`);
  const marks: Mark[] = [];
  for (const [index, value] of data.marks.entries()) {
    const mark = readMark(value, index);
    if (typeof mark === 'string') return fail('invalid', mark);
    marks.push(mark);
  }
  return { ok: true, file: { format: MARKS_FORMAT, version: MARKS_VERSION, image, marks } };
}

/** Rounded to 6 decimals: a millionth of the image is below a pixel of any screenshot. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** The file to write; marks are rounded and checked the way they will be read. */
export function writeMarksFile(image: MarkedImage, marks: readonly Mark[]): string {
  const file: MarksFile = {
    format: MARKS_FORMAT,
    version: MARKS_VERSION,
    image: { name: image.name, v: image.v, width: image.width, height: image.height },
    marks: marks.map((m) => {
      const x = round(m.x);
      const y = round(m.y);
      const label = m.label?.trim();
      return {
        x, y, width: round(Math.min(m.width, 1 - x)), height: round(Math.min(m.height, 1 - y)),
        ...(label ? { label: [...label].slice(0, MAX_MARK_LABEL).join('') } : {}),
      };
    }),
  };
  const text = JSON.stringify(file, null, 2);
  const check = readMarksFile(text);
  if (!check.ok) throw new Error(`These marks cannot be saved: ${check.detail}.`);
  return text;
}

/** The marks were drawn on another version of the image (it was replaced since). */
export function marksAreStale(file: MarksFile, imageVersion: string | null): boolean {
  return imageVersion !== null && file.image.v !== imageVersion;
}

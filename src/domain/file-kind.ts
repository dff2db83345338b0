/** What the gallery can preview: images and videos the browser decodes; everything else is a file. */
export type FileKind = 'image' | 'video' | 'other';

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  psd: 'image/vnd.adobe.photoshop',
  fig: 'application/octet-stream',
};

// Browsers decode these in <img>; TIFF and PSD they do not.
const PREVIEWABLE_IMAGES = new Set([
  'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/bmp', 'image/svg+xml', 'image/x-icon',
]);
const PREVIEWABLE_VIDEOS = new Set(['video/mp4', 'video/webm', 'video/ogg', 'video/quicktime']);

export function fileExtension(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function contentTypeFromName(name: string): string {
  return CONTENT_TYPES[fileExtension(name)] ?? 'application/octet-stream';
}

function isGeneric(contentType: string | null | undefined): boolean {
  return !contentType || contentType === 'application/octet-stream' || contentType === 'binary/octet-stream';
}

/** The content type to trust: the declared one unless it is generic, else the extension's. */
export function effectiveContentType(contentType: string | null | undefined, name: string): string {
  const declared = contentType?.split(';')[0]?.trim().toLowerCase();
  return declared && !isGeneric(declared) ? declared : contentTypeFromName(name);
}

export function fileKind(contentType: string | null | undefined, name: string): FileKind {
  const type = effectiveContentType(contentType, name);
  if (PREVIEWABLE_IMAGES.has(type)) return 'image';
  if (PREVIEWABLE_VIDEOS.has(type)) return 'video';
  return 'other';
}

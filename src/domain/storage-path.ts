import { splitPath } from './paths';

export interface StorageLocation {
  documentId: number;
  segmentId: number;
  locale: string | null;
  relativePath: string;
  name: string;
}

/**
 * Where the server keeps an asset inside the project's reference material:
 * `assets/{documentId}/{segmentId % 1000}/{segmentId}/{locale}/{relativePath}/{name}`.
 */
export function storagePath(location: StorageLocation): string {
  const parts = [
    'assets',
    String(location.documentId),
    String(location.segmentId % 1000),
    String(location.segmentId),
  ];
  if (location.locale) parts.push(location.locale);
  parts.push(...splitPath(location.relativePath));
  parts.push(location.name);
  return parts.join('/');
}

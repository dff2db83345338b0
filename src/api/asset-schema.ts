import type { Asset } from '../domain/asset';
import { unreadableAnswer } from './http';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * Checks the shape of an Asset from the server and tolerates small differences of a real
 * server (an empty locale for neutral, a null folder). The download URL is checked where used.
 */
export function parseAsset(value: unknown): Asset {
  if (!isRecord(value)) throw unreadableAnswer();
  const { projectId, documentId, segmentId, size, name, contentType, createdDate, modifiedDate, downloadUrl } = value;
  const locale = typeof value.locale === 'string' && value.locale !== '' ? value.locale : null;
  const relativePath = typeof value.relativePath === 'string' ? value.relativePath : '';
  if (
    int(segmentId) === null || int(size) === null || typeof name !== 'string' || !name
    || typeof downloadUrl !== 'string' || typeof modifiedDate !== 'string'
  ) {
    throw unreadableAnswer();
  }
  return {
    projectId: int(projectId) ?? 0,
    documentId: int(documentId) ?? 0,
    segmentId: segmentId as number,
    locale,
    relativePath,
    name,
    size: size as number,
    contentType: typeof contentType === 'string' ? contentType : 'application/octet-stream',
    createdDate: typeof createdDate === 'string' ? createdDate : modifiedDate,
    modifiedDate,
    downloadUrl,
  };
}

export function parseAssetList(value: unknown): Asset[] {
  if (!Array.isArray(value)) throw unreadableAnswer();
  return value.map(parseAsset);
}

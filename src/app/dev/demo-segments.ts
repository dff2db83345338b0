import type { SegmentText } from '../../domain/segment-text';

function isSegmentText(value: unknown): value is SegmentText {
  const item = value as Partial<SegmentText> | null;
  return typeof item === 'object' && item !== null
    && typeof item.segmentId === 'number' && Number.isInteger(item.segmentId) && item.segmentId > 0
    && typeof item.texts === 'object' && item.texts !== null
    && Object.values(item.texts).every((text) => typeof text === 'string');
}

/**
 * The demo document's segment texts, from the mock's control call `GET /__mock/segments`
 * (`[]` for a scope it has no texts for). `origin` is the connected server's: the app's own
 * for the built-in mock, the mock HTTP server's for `?server=`. A real server has no such
 * call: the request fails and the app shows no segment list.
 */
export async function fetchDemoSegments(origin: string, scope: string, signal?: AbortSignal): Promise<SegmentText[]> {
  const response = await fetch(`${origin}/__mock/segments?scope=${encodeURIComponent(scope)}`, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`No segment texts at ${origin} (HTTP ${response.status})`);
  const answer: unknown = await response.json();
  if (!Array.isArray(answer) || !answer.every(isSegmentText)) throw new Error(`No segment texts at ${origin}: unexpected answer`);
  return answer;
}

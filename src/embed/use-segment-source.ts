import { useEffect, useState } from 'react';
import type { SegmentText } from '../domain/segment-text';
import type { SegmentSource } from './options';

/**
 * The document's segments with their texts, from the host's `segmentSource`, asked once per scope
 * (again when the host gives another function). A source that fails or answers something else
 * leaves the panel as without one: no text to find, IDs typed for "Use for other segments".
 */
export function useSegmentSource(source: SegmentSource | null | undefined, scope: string): readonly SegmentText[] | null {
  const [loaded, setLoaded] = useState<{ source: SegmentSource; scope: string; segments: readonly SegmentText[] } | null>(null);
  useEffect(() => {
    if (!source) return;
    let current = true;
    Promise.resolve()
      .then(() => source(scope))
      .then((segments) => {
        if (current && Array.isArray(segments)) setLoaded({ source, scope, segments: segments.filter(isSegmentText) });
      })
      .catch((error: unknown) => console.warn('The host\'s segmentSource failed:', error));
    return () => {
      current = false;
    };
  }, [source, scope]);
  return loaded && loaded.source === source && loaded.scope === scope ? loaded.segments : null;
}

function isSegmentText(value: unknown): value is SegmentText {
  const item = value as Partial<SegmentText> | null;
  return !!item && Number.isSafeInteger(item.segmentId) && !!item.texts && typeof item.texts === 'object';
}

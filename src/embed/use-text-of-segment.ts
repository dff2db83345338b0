import { useState } from 'react';
import type { SegmentStrings } from '../domain/string-to-find';

/**
 * The host's `segmentText` holds for the segment it came with. A host that moves to another
 * segment first and sends its text after (the iframe's two messages, an element's attribute then
 * property) shows no text in between, never the last segment's string on the next one's image.
 */
export function useTextOfSegment(text: SegmentStrings | null, segmentId: number): SegmentStrings | null {
  const [given, setGiven] = useState({ text, segmentId });
  if (given.text !== text) {
    setGiven({ text, segmentId });
    return text;
  }
  return given.segmentId === segmentId ? text : null;
}

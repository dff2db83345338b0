import { findString, type OcrPage, type StringOccurrence } from './find-string';

export interface SegmentString {
  segmentId: number;
  text: string;
}

export interface SegmentProposal {
  segmentId: number;
  text: string;
  occurrence: StringOccurrence;
}

/**
 * Which segments' strings a screenshot shows, each with its place: every segment is looked for,
 * then each recognized word goes to one string only, the one that covers most words first (so
 * "Password" is not proposed where the screen says "Forgot your password?" and that is a
 * segment too), and a string found only inside longer text is not proposed. Several places of
 * one segment are all kept.
 */
export function findAllStrings(page: OcrPage, segments: readonly SegmentString[]): SegmentProposal[] {
  const candidates: SegmentProposal[] = [];
  for (const { segmentId, text } of segments) {
    if (!text.trim()) continue;
    for (const occurrence of findString(page, text)) {
      if (!occurrence.embedded) candidates.push({ segmentId, text, occurrence });
    }
  }
  candidates.sort((a, b) => b.occurrence.words.length - a.occurrence.words.length || b.occurrence.confidence - a.occurrence.confidence);
  const taken = new Set<number>();
  const chosen: SegmentProposal[] = [];
  for (const candidate of candidates) {
    if (candidate.occurrence.words.some((w) => taken.has(w))) continue;
    for (const w of candidate.occurrence.words) taken.add(w);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.occurrence.box.y - b.occurrence.box.y || a.occurrence.box.x - b.occurrence.box.x);
}

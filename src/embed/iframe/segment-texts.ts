import type { SegmentText } from '../../domain/segment-text';
import type { SegmentStrings } from '../../domain/string-to-find';

/** A segment's text may be long, not endless; a document, large, not endless. */
const MAX_TEXT = 20_000;
const MAX_SEGMENTS = 20_000;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isOptionalText = (v: unknown) => v === undefined || v === null || isText(v);

/** `{source, target?, targetLocale?}` from a message, or undefined when it is anything else. */
export function parseSegmentStrings(value: unknown): SegmentStrings | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { source, target, targetLocale } = value as Record<string, unknown>;
  if (!isText(source) || !isOptionalText(target) || !isOptionalText(targetLocale)) return undefined;
  return { source, target: (target as string | null | undefined) ?? null, targetLocale: (targetLocale as string | null | undefined) ?? null };
}

/** `[{segmentId, texts: {code: text}}]` from a message, or null when it is anything else. */
export function parseSegmentTexts(value: unknown): SegmentText[] | null {
  if (!Array.isArray(value) || value.length > MAX_SEGMENTS) return null;
  const segments: SegmentText[] = [];
  for (const item of value) {
    const { segmentId, texts } = (item ?? {}) as Record<string, unknown>;
    if (typeof segmentId !== 'number' || !Number.isSafeInteger(segmentId) || segmentId <= 0 || !texts || typeof texts !== 'object') return null;
    const entries = Object.entries(texts);
    if (entries.length > 50 || !entries.every(([code, text]) => code.length <= 35 && isText(text))) return null;
    segments.push({ segmentId, texts: Object.fromEntries(entries) as Record<string, string> });
  }
  return segments;
}

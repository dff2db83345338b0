import { sameLocale } from '../../domain/locale';
import type { LocaleCount } from './asset-counts';
import { SegmentCounts } from './segment-counts';
import { sourceTextOf, textIn, type SegmentText } from '../../domain/segment-text';

interface SegmentOptionProps {
  id: string;
  segment: SegmentText;
  selected: boolean;
  sourceLocale: string | null;
  targetLocale: string | null;
  /** undefined while the page's counts are not known: no badges rather than wrong ones. */
  counts: readonly LocaleCount[] | undefined;
  onSelect: (segmentId: number) => void;
}

/** One segment of the list: its ID, its source text (and target text), its asset counts. */
export function SegmentOption({ id, segment, selected, sourceLocale, targetLocale, counts, onSelect }: SegmentOptionProps) {
  const source = sourceTextOf(segment, sourceLocale);
  const target = targetLocale && !sameLocale(targetLocale, source?.locale) ? textIn(segment, targetLocale) : null;
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="sap-segment"
      onClick={() => onSelect(segment.segmentId)}
    >
      {/* The spaces between the parts are not shown (grid) but keep the option's name readable. */}
      <span className="sap-segment-id">{segment.segmentId}</span>{' '}
      <span className="sap-segment-texts">
        {source && <bdi className="sap-segment-source" lang={source.locale}>{source.text}</bdi>}{' '}
        {target !== null && <bdi className="sap-segment-target" lang={targetLocale ?? undefined}>{target}</bdi>}
      </span>{' '}
      {counts && <SegmentCounts counts={counts} />}
    </li>
  );
}

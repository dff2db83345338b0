import { useId, useState, type CSSProperties } from 'react';
import type { Asset } from '../../../domain/asset';
import type { SegmentProposal } from '../../../domain/find-all-strings';
import { clampMark, type Rect } from '../../../domain/mark-geometry';
import type { Mark } from '../../../domain/marks';
import type { SegmentText } from '../../../domain/segment-text';
import { stringToFind } from '../../../domain/string-to-find';
import { useI18n } from '../../../ui/i18n/i18n';
import { useGalleryOptions } from '../gallery-options';
import { SearchControls } from './search-controls';
import { useTextSearch } from './use-find-string';
import { usePicture } from './use-picture';

/** Marks to copy to another segment of the document ("Use for other segments"). */
export interface SegmentCopy {
  segmentId: number;
  marks: Mark[];
}

interface FindAllToolProps {
  image: Asset;
  src: string;
  natural: { width: number; height: number };
  /** The document's other segments. */
  segments: readonly SegmentText[];
  onSubmit(copies: SegmentCopy[]): void;
}

/** Proposals this sure are checked from the start. */
const SURE = 0.6;

/** The box's part of the image, as a small picture (CSS: the image scaled and shifted). */
function crop(src: string, box: Rect, natural: { width: number; height: number }): CSSProperties {
  const aspect = (box.width * natural.width) / Math.max(1, box.height * natural.height);
  const at = (start: number, size: number) => (size >= 1 ? 0 : (start / (1 - size)) * 100);
  return {
    backgroundImage: `url("${src}")`, backgroundSize: `${100 / box.width}% ${100 / box.height}%`,
    backgroundPosition: `${at(box.x, box.width)}% ${at(box.y, box.height)}%`, width: '10rem', height: `${Math.max(1, Math.min(4, 10 / aspect))}rem`,
  };
}

/**
 * "Find all strings of this document": reads the screenshot once and proposes every other segment
 * whose text it shows (its text in the image's language), each with its place, how sure, and a
 * checkbox; "Attach" gives each checked segment its copy of the screenshot with its mark, through
 * the upload queue (the "Use for other segments" path).
 */
export function FindAllTool({ image, src, natural, segments, onSubmit }: FindAllToolProps) {
  const { t } = useI18n();
  const { sourceLocale = null } = useGalleryOptions();
  const helpId = useId();
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const wanted = segments.flatMap((segment) => {
    const found = stringToFind(image.locale, sourceLocale, { segment });
    return found ? [{ segmentId: segment.segmentId, text: found.text }] : [];
  });
  const locale = image.locale ?? sourceLocale;
  const picture = usePicture(image, src);
  const find = useTextSearch<SegmentProposal>(picture, locale, async (page) => {
    const { findAllStrings } = await import('../../../domain/find-all-strings');
    const proposals = findAllStrings(page, wanted);
    setUnchecked(new Set(proposals.flatMap((p, i) => (p.occurrence.confidence < SURE ? [`${i}`] : []))));
    return proposals;
  });
  const { state } = find;
  const proposals = state.kind === 'found' ? state.occurrences : [];
  const checked = proposals.filter((_, i) => !unchecked.has(`${i}`));
  const copies = [...new Set(checked.map((p) => p.segmentId))].map((segmentId) => ({
    segmentId, marks: checked.filter((p) => p.segmentId === segmentId).map((p) => clampMark({ ...p.occurrence.box })),
  }));
  const outcome = state.kind !== 'found' ? '' : proposals.length ? t('ocr.foundAll', { count: new Set(proposals.map((p) => p.segmentId)).size }) : t('ocr.noneAll');
  const toggle = (key: string) => setUnchecked((set) => (set.has(key) ? new Set([...set].filter((k) => k !== key)) : new Set([...set, key])));

  return (
    <div className="sap-ocr" role="group" aria-label={t('ocr.findAll')}>
      <p id={helpId} className="sap-small sap-muted">{t('ocr.findAllHelp')}</p>
      <SearchControls state={state} label={t('ocr.findAll')} describedBy={helpId} onStart={() => void find.start()} onCancel={find.cancel} outcome={outcome} />
      {proposals.length > 0 && (
        <>
          <ul className="sap-ocr-found" aria-label={t('ocr.foundList')}>
            {proposals.map((p, i) => (
              <li key={i}>
                <label>
                  <input type="checkbox" checked={!unchecked.has(`${i}`)} onChange={() => toggle(`${i}`)} />
                  <span className="sap-muted">{t('ocr.segmentFound', { segment: p.segmentId, percent: Math.round(p.occurrence.confidence * 100) })}</span>
                  {' '}<bdi>{p.text}</bdi>
                </label>
                <span className="sap-ocr-crop" style={crop(src, p.occurrence.box, natural)} aria-hidden="true" />
              </li>
            ))}
          </ul>
          <button type="button" className="sap-primary" aria-disabled={copies.length === 0} onClick={() => copies.length > 0 && onSubmit(copies)}>
            {t('ocr.attach', { count: copies.length })}
          </button>
        </>
      )}
    </div>
  );
}

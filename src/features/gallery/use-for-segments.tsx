import { useId, useState } from 'react';
import type { Asset } from '../../domain/asset';
import { parseSegmentId } from '../../domain/scope';
import { sourceTextOf, textIn, type SegmentText } from '../../domain/segment-text';
import { useI18n } from '../../ui/i18n/i18n';
import { MarksEditor } from './marks-editor';
import { useMarking } from './marking-context';
import { FindAllTool, type SegmentCopy } from './ocr/find-all-tool';

interface UseForSegmentsProps {
  image: Asset;
  src: string;
  naturalWidth: number;
  naturalHeight: number;
  /** The document's segments with their texts, when a segment source gives them; else IDs are typed. */
  segments: readonly SegmentText[] | null;
  onSubmit: (copies: SegmentCopy[]) => void;
  onCancel: () => void;
}

/** The text a person marks for `segmentId`: in the image's language, else the source. */
function segmentText(segments: readonly SegmentText[] | null, segmentId: number, locale: string | null): string | undefined {
  const segment = segments?.find((s) => s.segmentId === segmentId);
  if (!segment) return undefined;
  return textIn(segment, locale) ?? sourceTextOf(segment, null)?.text;
}

/** Segment IDs typed as a list ("27665602, 27665603 27665604"): the IDs, or the first word that is none. */
export function parseSegmentIds(text: string): { ids: number[] } | { bad: string } {
  const ids: number[] = [];
  for (const word of text.split(/[\s,;]+/).filter(Boolean)) {
    const id = parseSegmentId(word);
    if (!id) return { bad: word };
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids };
}

/**
 * "Use for other segments": choose the segments a screenshot shows (from the segment list, with
 * their texts, or by typing IDs), then draw each segment's own mark on the same image while its
 * text is shown. What comes out is one copy per segment, each with its marks.
 */
export function UseForSegments({ image, src, naturalWidth, naturalHeight, segments, onSubmit, onCancel }: UseForSegmentsProps) {
  const { t } = useI18n();
  const idsId = useId();
  const problemId = useId();
  const [chosen, setChosen] = useState<number[]>([]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [step, setStep] = useState<number | null>(null);
  const [copies, setCopies] = useState<SegmentCopy[]>([]);
  const [checking, setChecking] = useState(false);
  const marking = useMarking();
  const others = (segments ?? []).filter((s) => s.segmentId !== image.segmentId);

  async function start() {
    let ids = chosen;
    if (others.length === 0) {
      const parsed = parseSegmentIds(typed);
      if ('bad' in parsed) return setProblem(t('share.badId', { value: parsed.bad }));
      ids = parsed.ids.filter((id) => id !== image.segmentId);
      if (ids.length === 0) return setProblem(t('share.none'));
      // Typed IDs are asked about first: no copy goes to a segment the server does not know.
      setChecking(true);
      const unknown = await (marking?.unknownSegments(ids) ?? Promise.resolve([])).catch(() => null);
      setChecking(false);
      if (unknown === null) return setProblem(t('share.checkFailed'));
      if (unknown.length > 0) return setProblem(t('share.unknown', { ids: unknown.join(', ') }));
    }
    if (ids.length === 0) return setProblem(t('share.none'));
    setProblem(null);
    setChosen(ids);
    setCopies([]);
    setStep(0);
  }

  if (step !== null) {
    const segmentId = chosen[step]!;
    const text = segmentText(segments, segmentId, image.locale);
    return (
      <div className="sap-share-step">
        <p className="sap-share-progress" role="status">{t('share.step', { index: step + 1, count: chosen.length, segment: segmentId })}</p>
        <MarksEditor
          key={segmentId}
          src={src}
          alt={image.name}
          naturalWidth={naturalWidth}
          naturalHeight={naturalHeight}
          initial={[]}
          hint={text}
          onCancel={() => setStep(null)}
          onSave={(marks) => {
            const next = [...copies, { segmentId, marks }];
            if (step + 1 < chosen.length) {
              setCopies(next);
              setStep(step + 1);
            } else {
              onSubmit(next);
            }
          }}
        />
      </div>
    );
  }

  return (
    <div className="sap-share" role="group" aria-labelledby={`${idsId}-title`}>
      <h3 id={`${idsId}-title`} className="sap-marking-title">{t('share.title')}</h3>
      {others.length > 0 && <FindAllTool image={image} src={src} natural={{ width: naturalWidth, height: naturalHeight }} segments={others} onSubmit={onSubmit} />}
      {others.length > 0 ? (
        <fieldset className="sap-share-list">
          <legend>{t('share.choose')}</legend>
          {others.map((segment) => {
            const text = segmentText(segments, segment.segmentId, image.locale);
            return (
              <label key={segment.segmentId} className="sap-share-option">
                <input
                  type="checkbox"
                  checked={chosen.includes(segment.segmentId)}
                  onChange={(e) => setChosen((list) => (e.target.checked ? [...list, segment.segmentId] : list.filter((id) => id !== segment.segmentId)))}
                />
                <span className="sap-muted">{segment.segmentId}</span> <bdi>{text}</bdi>
              </label>
            );
          })}
        </fieldset>
      ) : (
        <div className="sap-field">
          <label htmlFor={idsId}>{t('share.ids')}</label>
          <input
            id={idsId} type="text" inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)}
            aria-describedby={`${idsId}-hint${problem ? ` ${problemId}` : ''}`} aria-invalid={problem ? true : undefined}
          />
          <span id={`${idsId}-hint`} className="sap-small sap-muted">{t('share.idsHint')}</span>
        </div>
      )}
      {problem && <p id={problemId} role="alert" className="sap-field-error">{problem}</p>}
      <div className="sap-actions">
        <button type="button" onClick={onCancel}>{t('marking.cancel')}</button>
        <button type="button" className="sap-primary" aria-disabled={checking} onClick={() => void (checking || start())}>{t('share.next')}</button>
      </div>
    </div>
  );
}

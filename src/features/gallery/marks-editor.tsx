import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { HANDLES, centeredMark, clampMark, markPercentages, moveMark, type Rect } from '../../domain/mark-geometry';
import { MAX_MARK_LABEL, MAX_MARKS, type Mark } from '../../domain/marks';
import { useI18n, type Translate } from '../../ui/i18n/i18n';
import { markAfterKey } from './mark-keys';
import { useMarkDrag } from './use-mark-drag';

export interface MarksEditorProps {
  /** The image to mark (an object URL or data URL the caller already has). */
  src: string;
  alt: string;
  naturalWidth: number;
  naturalHeight: number;
  initial: readonly Mark[];
  /** Shown while drawing, e.g. the segment's text, so the person knows what to mark. */
  hint?: string;
  /** The marks were drawn on an earlier version of the image: shown dashed, with the notice and "Keep marks" / "Clear marks" (both end in onSave). */
  stale?: boolean;
  saving?: boolean;
  onSave(marks: Mark[]): void;
  onCancel(): void;
  /** Tools that propose marks (e.g. "Find the string"): places drawn dashed until accepted as marks (answers their numbers) or dropped. */
  proposer?: (tools: MarkProposals) => ReactNode;
}

export interface MarkProposals {
  propose(places: readonly Rect[]): void;
  accept(places: readonly Rect[]): number[];
}

/** What a screen reader hears for a mark: on focus (its name) and after each change. */
export function describeMark(t: Translate, mark: Mark, index: number, count: number): string {
  const { left, top, width, height } = markPercentages(mark);
  const text = t('marking.describe', { index: index + 1, count, left, top, width, height });
  const label = mark.label?.trim();
  return label ? t('marking.describeLabel', { mark: text, label }) : text;
}

/** Inside the image, at least the minimum size, an empty label left out: what the marks file gets. */
function finished(marks: readonly Mark[]): Mark[] {
  return marks.map((mark) => {
    const { label, ...rect } = clampMark(mark);
    const text = label?.trim();
    return text ? { ...rect, label: text } : rect;
  });
}

/** A new mark at the centre; a step down and right of it while that place is taken, so none hides another. */
function newMark(marks: readonly Mark[]): Mark {
  const taken = (m: Rect) => marks.some((o) => Math.abs(o.x - m.x) < 0.005 && Math.abs(o.y - m.y) < 0.005);
  let mark = centeredMark();
  for (let step = 1; step < 10 && taken(mark); step++) mark = moveMark(centeredMark(), 0.03 * step, 0.03 * step);
  return mark;
}

const percent = (value: number) => `${value * 100}%`;
const boxStyle = (r: Rect): CSSProperties => ({ left: percent(r.x), top: percent(r.y), width: percent(r.width), height: percent(r.height) });

/**
 * Drawing where a segment's string is on a screenshot: rectangles by pointer (draw, move, resize
 * by 8 handles) or by keyboard (New mark, arrows, Alt+arrows, Delete), each change said in a live
 * region. Fills the box it is given; the image keeps its aspect inside it.
 */
export function MarksEditor({ src, alt, naturalWidth, naturalHeight, initial, hint, stale = false, saving = false, onSave, onCancel, proposer }: MarksEditorProps) {
  const { t } = useI18n();
  const [marks, setMarks] = useState<Mark[]>(() => initial.map((mark) => ({ ...mark })));
  const [selected, setSelected] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [proposed, setProposed] = useState<readonly Rect[]>([]);
  const image = useRef<HTMLImageElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const boxes = useRef<(HTMLDivElement | null)[]>([]);
  /** Where the focus goes once the marks on screen match the state: a mark, or New mark when none is left. */
  const focusAfterRender = useRef<number | 'add' | null>(null);
  const titleId = useId();
  const instructionsId = useId();
  const staleId = useId();
  const labelId = useId();
  const labelHelpId = useId();
  const atLimit = marks.length >= MAX_MARKS;
  const current = selected === null ? undefined : marks[selected];

  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    if (target === null) return;
    focusAfterRender.current = null;
    (target === 'add' ? addButton.current : boxes.current[target])?.focus({ preventScroll: true });
  });

  // The editor takes the place of what had the focus; without this, it falls to the page and the
  // next Esc would close a surrounding dialog instead of leaving marking.
  useEffect(() => {
    (stale ? keepButton.current : boxes.current[0] ?? addButton.current)?.focus({ preventScroll: true });
    // Only when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refuse = () => setAnnouncement(t('marking.limit', { max: MAX_MARKS }));

  function replace(index: number, mark: Mark, announce: boolean) {
    const next = marks.map((m, i) => (i === index ? mark : m));
    setMarks(next);
    if (announce) setAnnouncement(describeMark(t, mark, index, next.length));
  }

  function add(rect: Rect) {
    if (atLimit) return refuse();
    const next = [...marks, { x: rect.x, y: rect.y, width: rect.width, height: rect.height }];
    setMarks(next);
    setSelected(next.length - 1);
    focusAfterRender.current = next.length - 1;
    setAnnouncement(describeMark(t, next[next.length - 1]!, next.length - 1, next.length));
  }

  function remove(index: number, keepFocus: boolean) {
    const next = marks.filter((_, i) => i !== index);
    setMarks(next);
    const after = next.length === 0 ? null : Math.min(index, next.length - 1);
    setSelected(after);
    if (!keepFocus) focusAfterRender.current = after ?? 'add';
    setAnnouncement(t('marking.deleted', { index: index + 1 }));
  }

  function accept(places: readonly Rect[]): number[] {
    const room = places.slice(0, Math.max(0, MAX_MARKS - marks.length)).map((p) => clampMark({ x: p.x, y: p.y, width: p.width, height: p.height }));
    if (room.length < places.length) refuse();
    setMarks([...marks, ...room]);
    return room.map((_, k) => marks.length + k + 1);
  }

  const drag = useMarkDrag({
    image,
    marks,
    canDraw: !atLimit,
    onPress: (index) => boxes.current[index]?.focus({ preventScroll: true }),
    onPressEmpty: () => {
      setSelected(null);
      // A place inside the editor for the focus, so that Esc during the drag reaches it.
      surface.current?.focus({ preventScroll: true });
    },
    onChange: (index, mark) => setMarks((list) => list.map((m, i) => (i === index ? mark : m))),
    onMoved: (index, mark) => setAnnouncement(describeMark(t, mark, index, marks.length)),
    onDrawn: add,
    onRefused: refuse,
  });

  function onMarkKeyDown(event: KeyboardEvent, index: number) {
    const mark = marks[index];
    if (!mark) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(index, false);
      return;
    }
    const next = markAfterKey(mark, event.key, event);
    if (!next) return;
    event.preventDefault();
    replace(index, next, true);
  }

  function onKeyDown(event: KeyboardEvent) {
    // The editor owns its keys while it is open: a surrounding lightbox's arrows and zoom keys
    // must not act on the image being marked (nor take the digits typed in a label).
    event.stopPropagation();
    if (event.key !== 'Escape') return;
    // preventDefault: a surrounding modal <dialog> would close on this Esc.
    event.preventDefault();
    if (!drag.cancel()) onCancel();
  }

  function onLabelKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' && event.key !== 'Enter') return;
    // Esc or Enter ends typing the label, not marking: back to the mark.
    event.preventDefault();
    event.stopPropagation();
    if (selected !== null) boxes.current[selected]?.focus();
  }

  const save = (list: readonly Mark[]) => {
    if (!saving) onSave(finished(list));
  };
  const aspect = naturalWidth > 0 && naturalHeight > 0 ? naturalWidth / naturalHeight : 4 / 3;

  return (
    <div className={`sap-marking${stale ? ' sap-marking-stale' : ''}`} role="group" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h3 id={titleId} className="sap-marking-title">{t('marking.title')}</h3>
      <p id={instructionsId} className="sap-marking-instructions sap-muted">{t('marking.instructions')}</p>
      {hint && (
        <p className="sap-marking-hint">
          <span className="sap-muted">{t('marking.hint')}</span> <bdi>{hint}</bdi>
        </p>
      )}
      {stale && (
        <div className="sap-notice sap-notice-warn sap-marking-notice">
          <p id={staleId}><strong>{t('marking.stale')}</strong> {t('marking.staleHint')}</p>
          <div className="sap-actions">
            <button ref={keepButton} type="button" aria-describedby={staleId} aria-disabled={saving} onClick={() => save(marks)}>{t('marking.keep')}</button>
            <button type="button" aria-disabled={saving} onClick={() => save([])}>{t('marking.clear')}</button>
          </div>
        </div>
      )}
      <div className="sap-marking-stage">
        <div className="sap-marking-frame" style={{ '--sap-marking-aspect': aspect } as CSSProperties}>
          <img ref={image} src={src} alt={alt} draggable={false} />
          <div
            ref={surface}
            className="sap-marking-surface"
            role="group"
            aria-label={t('marking.marks')}
            aria-describedby={instructionsId}
            tabIndex={-1}
            {...drag.handlers}
          >
            {marks.map((mark, index) => (
              <div
                key={index}
                ref={(element) => {
                  boxes.current[index] = element;
                }}
                role="button"
                tabIndex={0}
                className={`sap-marking-box${index === selected ? ' sap-marking-selected' : ''}`}
                style={boxStyle(mark)}
                data-mark-index={index}
                aria-label={describeMark(t, mark, index, marks.length)}
                onFocus={() => setSelected(index)}
                onKeyDown={(event) => onMarkKeyDown(event, index)}
              >
                <span className="sap-marking-number" aria-hidden="true">{index + 1}</span>
                {index === selected && HANDLES.map((handle) => <span key={handle} className="sap-marking-handle" data-handle={handle} aria-hidden="true" />)}
              </div>
            ))}
            {proposed.map((place, index) => <div key={`p${index}`} className="sap-marking-box sap-marking-proposal" style={boxStyle(place)} aria-hidden="true" />)}
            {drag.draft && <div className="sap-marking-box sap-marking-draft" style={boxStyle(drag.draft)} aria-hidden="true" />}
          </div>
        </div>
      </div>
      <div className="sap-marking-tools">
        <div className="sap-actions">
          <button ref={addButton} type="button" aria-disabled={atLimit} onClick={() => add(newMark(marks))}>{t('marking.add')}</button>
          <button type="button" aria-disabled={selected === null} onClick={() => selected !== null && remove(selected, true)}>{t('marking.delete')}</button>
          {atLimit && <span className="sap-muted">{t('marking.limit', { max: MAX_MARKS })}</span>}
        </div>
        <div className="sap-field sap-marking-label">
          <label htmlFor={labelId}>{t('marking.label')}</label>
          <input
            id={labelId}
            type="text"
            value={current?.label ?? ''}
            maxLength={MAX_MARK_LABEL}
            disabled={selected === null}
            aria-describedby={labelHelpId}
            onChange={(event) => selected !== null && current && replace(selected, { ...current, label: event.target.value }, false)}
            onKeyDown={onLabelKeyDown}
          />
          <span id={labelHelpId} className="sap-small sap-muted">
            {selected === null ? t('marking.labelNone') : t('marking.labelFor', { index: selected + 1 })}
          </span>
        </div>
      </div>
      {proposer?.({ propose: setProposed, accept })}
      <div className="sap-actions sap-marking-actions">
        <button type="button" onClick={onCancel}>{t('marking.cancel')}</button>
        <button type="button" className="sap-primary" aria-disabled={saving} onClick={() => save(marks)}>
          {saving ? t('marking.saving') : t('marking.save')}
        </button>
      </div>
      <p role="status" className="sap-visually-hidden">{announcement}</p>
    </div>
  );
}

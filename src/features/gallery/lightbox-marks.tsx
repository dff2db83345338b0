import type { MarksFile } from '../../domain/marks';
import { useI18n } from '../../ui/i18n/i18n';

interface LightboxMarksProps {
  file: MarksFile;
  stale: boolean;
  /** The mark the view is framed on, or null for the whole image. */
  current: number | null;
  onFrame: (index: number | null) => void;
}

/**
 * The marks of the image in the lightbox, as text: each label (a button that frames its mark),
 * "Next mark" and "Whole image". What a screen reader hears of the boxes drawn over the image.
 */
export function LightboxMarks({ file, stale, current, onFrame }: LightboxMarksProps) {
  const { t } = useI18n();
  const count = file.marks.length;
  return (
    <div className="sap-lightbox-marks">
      {stale && <p className="sap-warn sap-small">{t('marks.staleNotice')}</p>}
      <ol aria-label={t('marks.listLabel')} className="sap-mark-list">
        {file.marks.map((mark, i) => (
          <li key={i}>
            <button type="button" aria-pressed={current === i} onClick={() => onFrame(i)}>
              {t('marks.item', { index: i + 1, label: mark.label ?? t('marks.unlabelled', { index: i + 1 }) })}
            </button>
          </li>
        ))}
      </ol>
      {count > 1 && <button type="button" onClick={() => onFrame(current === null ? 0 : (current + 1) % count)}>{t('lightbox.nextMark')}</button>}
      <button type="button" aria-pressed={current === null} onClick={() => onFrame(null)}>{t('lightbox.wholeImage')}</button>
    </div>
  );
}

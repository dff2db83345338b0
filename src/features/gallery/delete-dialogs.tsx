import { useId, useState } from 'react';
import type { Asset } from '../../domain/asset';
import { ConfirmDialog } from '../../ui/dialog';
import { useI18n } from '../../ui/i18n/i18n';
import { countByLocale } from './filter';

/** Above this many files, delete-all asks for their number to be typed. */
export const TYPED_CONFIRM_ABOVE = 10;

/** One asset (with its marks file, which goes with it) or all of a segment's. */
export type DeleteRequest = { asset: Asset; marks?: Asset | null } | { all: Asset[] };

interface DeleteDialogsProps {
  request: DeleteRequest | null;
  segmentId: number;
  languageNames: Record<string, string>;
  onCancel: () => void;
  onConfirm: (request: DeleteRequest) => void;
}

/** Asks before deleting: one file by name, or all of a segment's, saying how many in which languages. */
export function DeleteDialogs({ request, segmentId, languageNames, onCancel, onConfirm }: DeleteDialogsProps) {
  const { t } = useI18n();
  if (!request) return null;
  if ('asset' in request) {
    return (
      <ConfirmDialog
        open
        title={t('gallery.deleteTitle', { name: request.asset.name })}
        message={<p>{t('gallery.deleteMessage', { segment: segmentId })}</p>}
        confirmLabel={t('gallery.delete')}
        cancelLabel={t('gallery.cancel')}
        onCancel={onCancel}
        onConfirm={() => onConfirm(request)}
      />
    );
  }
  const counts = countByLocale(request.all);
  const parts = Object.entries(counts.byLocale)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => t('gallery.countInLanguage', { count, language: languageNames[code] ?? code }));
  if (counts.neutral) parts.push(t('gallery.countNeutral', { count: counts.neutral }));
  return (
    <DeleteAllDialog
      count={counts.all} title={t('gallery.deleteAllTitle', { count: counts.all, segment: segmentId })} parts={parts}
      onCancel={onCancel} onConfirm={() => onConfirm(request)}
    />
  );
}

interface DeleteAllDialogProps {
  count: number;
  title: string;
  parts: string[];
  onCancel: () => void;
  onConfirm: () => void;
}

/** With more than TYPED_CONFIRM_ABOVE files, the number must be typed first: no deleting a thousand by a reflex. */
function DeleteAllDialog({ count, title, parts, onCancel, onConfirm }: DeleteAllDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const asked = count > TYPED_CONFIRM_ABOVE;
  // "1,000", "1.000" and "1 000" are the number as written in each language: separators do not count.
  const matches = !asked || typed.replace(/[\s.,'\u00a0\u202f]/g, '') === String(count);
  const confirm = () => {
    if (matches) onConfirm();
  };
  return (
    <ConfirmDialog
      open
      title={title}
      message={(
        <>
          <ul className="sap-delete-summary">{parts.map((part) => <li key={part}>{part}</li>)}</ul>
          <p>{t('gallery.deleteAllMessage')}</p>
          {asked && (
            <div className="sap-field">
              <label htmlFor={id}>{t('gallery.typeCount', { count })}</label>
              <input
                id={id} value={typed} inputMode="numeric" autoComplete="off" spellCheck={false}
                onChange={(e) => setTyped(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && confirm()}
              />
            </div>
          )}
        </>
      )}
      confirmLabel={t('gallery.deleteAllConfirm', { count })}
      cancelLabel={t('gallery.cancel')}
      confirmDisabled={!matches}
      onCancel={onCancel}
      onConfirm={confirm}
    />
  );
}

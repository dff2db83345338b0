import type { Asset } from '../../domain/asset';
import { ConfirmDialog } from '../../ui/dialog';
import { useI18n } from '../../ui/i18n/i18n';
import { countByLocale } from './filter';

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
    <ConfirmDialog
      open
      title={counts.all === 1 ? t('gallery.deleteAllTitleOne', { segment: segmentId }) : t('gallery.deleteAllTitle', { count: counts.all, segment: segmentId })}
      message={(
        <>
          <ul className="sap-delete-summary">{parts.map((part) => <li key={part}>{part}</li>)}</ul>
          <p>{t('gallery.deleteAllMessage')}</p>
        </>
      )}
      confirmLabel={t('gallery.deleteAllConfirm', { count: counts.all })}
      cancelLabel={t('gallery.cancel')}
      onCancel={onCancel}
      onConfirm={() => onConfirm(request)}
    />
  );
}

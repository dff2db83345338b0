import { useI18n } from '../../ui/i18n/i18n';

/**
 * Where "Show language-neutral assets" hides something, says how much, with a way back: hidden
 * context is never silent. The button's name starts with its visible word ("Show").
 */
export function NeutralHiddenNote({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <p className="sap-muted sap-neutral-hidden">
      {t('gallery.neutralHidden', { count })}
      {' \u00b7 '}
      <button type="button" className="sap-link" aria-label={t('gallery.showNeutral')} onClick={onShow}>{t('gallery.showHidden')}</button>
    </p>
  );
}

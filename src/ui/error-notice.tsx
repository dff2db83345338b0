import { useI18n } from './i18n/i18n';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shows the server's own `error.title` (ApiError.title) or the error's message, as an alert. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t } = useI18n();
  const title = (error as { title?: unknown })?.title;
  const message = typeof title === 'string' ? title : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="sap-error">
      <p>{message}</p>
      {onRetry && <button type="button" onClick={onRetry}>{t('assets.retry')}</button>}
    </div>
  );
}

import { useI18n } from './i18n/i18n';
import { errorText } from './user-message';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
}

/** Trying again cannot make a missing segment exist or grant a right (404, 403): no "Try again" then. */
function worthRetrying(error: unknown): boolean {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind !== 'not-found' && kind !== 'forbidden';
}

/** Shows the server's own `error.title`, or the panel's own sentence in the user's language, as an alert. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t, language } = useI18n();
  const message = errorText(t, language, error);
  if (!worthRetrying(error)) onRetry = undefined;
  return (
    <div role="alert" className="sap-error">
      <p>{message}</p>
      {onRetry && <button type="button" onClick={onRetry}>{t('assets.retry')}</button>}
    </div>
  );
}

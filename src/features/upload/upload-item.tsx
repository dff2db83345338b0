import { memo, useRef } from 'react';
import { useStore } from 'zustand';
import { displayRelativePath } from '../../domain/paths';
import { formatBytes } from '../../ui/format';
import { useI18n, type Translate, type UiLanguage } from '../../ui/i18n/i18n';
import type { UploadRecord } from './core/types';
import { needsFileAgain } from './core/keeping';
import { useSecondsUntil } from './queue-notices';
import { useUploadKit } from './upload-context';
import { uploadErrorText } from './upload-error-text';

function percentOf(record: UploadRecord): number {
  if (record.status === 'done' || record.fileToken) return 100;
  return record.size === 0 ? 0 : Math.floor((record.sent / record.size) * 100);
}

function statusText(t: Translate, language: UiLanguage, record: UploadRecord, seconds: number): string {
  const reason = () => uploadErrorText(t, language, record.error);
  switch (record.status) {
    case 'queued':
      return record.retryAt && record.error ? t('upload.status.retrying', { seconds, reason: reason() }) : t('upload.status.queued');
    case 'uploading':
      return t('upload.status.uploading', { percent: percentOf(record) });
    case 'failed':
      return t('upload.status.failed', { reason: reason() });
    default:
      return t(`upload.status.${record.status}`);
  }
}

/** Whether `element` has focus, in the document or in the shadow root it lives in. */
function focused(element: Element): boolean {
  return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
}

/** One file: name, size, where it goes, a progress bar, what is happening, and what can be done. */
export const UploadItem = memo(function UploadItem({ id, position, count }: { id: string; position: number; count: number }) {
  const { t, language } = useI18n();
  const { throttledStore, runner } = useUploadKit();
  const record = useStore(throttledStore, (s) => s.records.get(id));
  const seconds = useSecondsUntil(record?.retryAt ?? null);
  const fileInput = useRef<HTMLInputElement>(null);
  const row = useRef<HTMLLIElement>(null);
  if (!record) return null;

  // An action takes its own button away (Cancel becomes Dismiss, Retry becomes Cancel): focus on
  // it would fall to the page, and a keyboard user would start again from the top. It goes to the
  // row instead (which says the file's new state), the next Tab to the row's new button; not to
  // that button itself, where a second Enter would undo or finish what the first one did.
  const act = (action: () => void) => (event: React.MouseEvent<HTMLButtonElement>) => {
    const hadFocus = focused(event.currentTarget);
    action();
    if (hadFocus) row.current?.focus();
  };
  // Dismiss takes the row away too: focus to the row after it, or else the one before.
  const dismiss = (event: React.MouseEvent<HTMLButtonElement>) => {
    const hadFocus = focused(event.currentTarget);
    const neighbour = (row.current?.nextElementSibling ?? row.current?.previousElementSibling) as HTMLElement | null;
    runner.dismiss(id);
    if (hadFocus) neighbour?.focus();
  };

  const { name, target, status } = record;
  const folder = displayRelativePath(target.relativePath);
  const percent = percentOf(record);
  const needsFile = needsFileAgain(record);
  const canCancel = status === 'queued' || status === 'uploading' || status === 'finishing';
  const canRetry = status === 'failed' && !!record.error?.retryable;
  const finished = status === 'done' || status === 'failed' || status === 'canceled';
  const text = statusText(t, language, record, seconds);

  return (
    <li
      ref={row}
      tabIndex={-1}
      className={`sap-upload sap-upload-${status}`}
      aria-busy={status === 'uploading' || status === 'finishing' || status === 'attaching'}
      aria-setsize={count}
      aria-posinset={position}
    >
      {/* One line whatever the width (the list is windowed by a fixed row height): the name and
          the details shorten with an ellipsis, the name keeping the larger share. */}
      <div className="sap-upload-line">
        <bdi className="sap-upload-name" title={name}>{name}</bdi>
        <span className="sap-upload-meta sap-muted">
          {formatBytes(record.size, language)}{' '}
          <span className="sap-badge">{target.locale ?? t('assets.neutral')}</span>{' '}
          {folder && <>{t('assets.folder', { folder })}{' '}</>}
          #{target.segmentId}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={t('upload.progressLabel', { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="sap-progress"
      >
        <div className="sap-progress-bar" style={{ ['--sap-progress' as string]: percent / 100 }} />
      </div>
      <div className="sap-upload-line">
        <span className={`sap-upload-status ${status === 'failed' ? 'sap-danger' : 'sap-muted'}`} role={status === 'failed' ? 'alert' : undefined} title={text}>
          {text}
        </span>
        <span className="sap-actions sap-upload-actions">
          {canCancel && <button type="button" aria-label={t('upload.cancelName', { name })} onClick={act(() => runner.cancel(id))}>{t('upload.cancel')}</button>}
          {canRetry && <button type="button" aria-label={t('upload.retryName', { name })} onClick={act(() => runner.retry(id))}>{t('upload.retry')}</button>}
          {needsFile && (
            <>
              <button type="button" aria-label={t('upload.chooseAgainName', { name })} onClick={() => fileInput.current?.click()}>
                {t('upload.chooseAgain')}
              </button>
              <input
                ref={fileInput} type="file" hidden aria-hidden
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) runner.provideFile(id, file);
                }}
              />
            </>
          )}
          {finished && <button type="button" aria-label={t('upload.dismissName', { name })} onClick={dismiss}>{t('upload.dismiss')}</button>}
        </span>
      </div>
    </li>
  );
});

import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { formatBytes } from '../../ui/format';
import { useI18n } from '../../ui/i18n/i18n';
import { uploadTotals } from './core/store';
import { useUploads } from './upload-context';
import { UploadItem } from './upload-item';

/** The uploads of this panel: an overall line, then one item per file. */
export function UploadList() {
  const { t, language } = useI18n();
  const { view, runner } = useUploads();
  const order = useStore(view, (s) => s.order);
  const totals = useStore(view, useShallow(uploadTotals));
  if (order.length === 0) return null;

  return (
    <div className="sap-uploads">
      <div className="sap-uploads-head">
        <p className="sap-uploads-summary">
          {t('upload.summary', {
            done: totals.done, files: totals.files, sent: formatBytes(totals.sentBytes, language), total: formatBytes(totals.bytes, language),
          })}
          {totals.failed > 0 && <> · <span className="sap-danger">{t('upload.summaryFailed', { count: totals.failed })}</span></>}
        </p>
        <div className="sap-actions">
          {totals.failed > 0 && <button type="button" onClick={() => runner.retryAllFailed()}>{t('upload.retryAll')}</button>}
          <button type="button" onClick={() => runner.clearFinished()}>{t('upload.clearFinished')}</button>
        </div>
      </div>
      <ul aria-label={t('upload.list')} className="sap-upload-list">
        {order.map((id) => <UploadItem key={id} id={id} />)}
      </ul>
    </div>
  );
}

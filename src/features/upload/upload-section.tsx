import { useId, useState, type ReactNode } from 'react';
import { useDropzone } from 'react-dropzone';
import { ErrorNotice } from '../../ui/error-notice';
import { useI18n } from '../../ui/i18n/i18n';
import { sayMessage } from '../../ui/user-message';
import { UploadAnnouncer } from './upload-announcer';
import { UploadDropzone } from './upload-dropzone';
import { UploadList } from './upload-list';
import { QueueNotices } from './queue-notices';
import { scopeUploadLocale, useUploadReadiness, type UploadReadiness } from './upload-readiness';
import { clipboardImages, useUploadFiles, type DropAim } from './use-upload-files';

interface UploadSectionProps {
  scope: string;
  segmentId: number;
  /** The language the gallery shows: the default upload language (null: all languages). */
  galleryLocale: string | null;
  /** The scope's languages to offer; all of them when null. */
  languages?: readonly string[] | null;
  children?: ReactNode;
}

/**
 * Everything about adding context: where it goes (language, folder), the drop target, pasting,
 * and the uploads list, below the gallery it wraps (`children`). The whole section takes drops
 * and pastes, so files dropped on the gallery land too.
 */
export function UploadSection({ scope, segmentId, galleryLocale, languages: allowed = null, children }: UploadSectionProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [locale, setLocale] = useState<string | null>(galleryLocale);
  const [followed, setFollowed] = useState(galleryLocale);
  const [folder, setFolder] = useState('');

  // Follows the gallery's language; the user's own choice holds until the gallery changes.
  if (followed !== galleryLocale) {
    setFollowed(galleryLocale);
    setLocale(galleryLocale);
  }

  // The upload language is always one of the scope's languages or none: a `?locale=` the scope
  // does not have is never offered, and files wait (unsent) until the scope's languages are known.
  const { readiness, languages } = useUploadReadiness(scope, segmentId, folder, allowed);
  const uploadLocale = scopeUploadLocale(locale, languages);
  const aim: DropAim = { scope, segmentId, locale: uploadLocale, folder, status: readiness.state };
  const { intake, addPasted } = useUploadFiles(aim);
  const panelDrop = useDropzone({ getFilesFromEvent: intake, noClick: true, noKeyboard: true, noPaste: true });
  const folderRefusal = readiness.state === 'blocked' && readiness.reason === 'folder' ? readiness.refusal : null;

  return (
    <div
      {...panelDrop.getRootProps({
        className: `sap-upload-section${panelDrop.isDragActive ? ' sap-drag-over' : ''}`,
        role: undefined,
        tabIndex: -1,
      })}
      // After the spread: with noPaste, react-dropzone would drop an onPaste given to getRootProps.
      onPaste={(event) => {
        const images = clipboardImages(event.clipboardData);
        if (images.length === 0) return;
        event.preventDefault();
        addPasted(images);
      }}
    >
      <input {...panelDrop.getInputProps({ 'aria-hidden': true })} />
      {children}
      <h3 className="sap-section-title">{t('upload.heading')}</h3>
      <div className="sap-upload-controls">
        <div className="sap-field">
          <label htmlFor={`${id}-locale`}>{t('upload.language')}</label>
          <select id={`${id}-locale`} value={uploadLocale ?? ''} onChange={(e) => setLocale(e.target.value || null)}>
            <option value="">{t('upload.neutral')}</option>
            {languages.map((l) => <option key={l.loc} value={l.loc}>{l.name} ({l.loc})</option>)}
          </select>
        </div>
        <div className="sap-field">
          <label htmlFor={`${id}-folder`}>{t('upload.folder')}</label>
          <input
            id={`${id}-folder`} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false}
            placeholder="screens/checkout" aria-describedby={`${id}-folder-hint`} aria-invalid={!!folderRefusal}
          />
          <span id={`${id}-folder-hint`} className={folderRefusal ? 'sap-field-error sap-small' : 'sap-muted sap-small'}>
            {folderRefusal ? sayMessage(t, language, folderRefusal.userMessage, folderRefusal.message) : t('upload.folderHint')}
          </span>
        </div>
      </div>
      <UploadDropzone
        segmentId={segmentId} intake={intake} blocked={readiness.state === 'blocked' && <BlockedReason readiness={readiness} scope={scope} segmentId={segmentId} />}
      />
      <QueueNotices />
      <UploadList />
      <UploadAnnouncer />
      {panelDrop.isDragActive && readiness.state !== 'blocked' && (
        <div className="sap-drop-overlay" aria-hidden="true">{t('upload.dropzoneActive', { segment: segmentId })}</div>
      )}
    </div>
  );
}

type Blocked = Extract<UploadReadiness, { state: 'blocked' }>;

/** What the drop target says instead of taking files. */
function BlockedReason({ readiness, scope, segmentId }: { readiness: Blocked; scope: string; segmentId: number }) {
  const { t } = useI18n();
  switch (readiness.reason) {
    case 'no-segment': return <p className="sap-field-error">{t('upload.blockedNoSegment', { segment: segmentId, scope })}</p>;
    case 'no-right': return <p className="sap-field-error">{t('upload.blockedNoRight', { scope })}</p>;
    case 'folder': return <p className="sap-field-error">{t('upload.blockedFolder')}</p>;
    case 'unchecked': return (
      <>
        <p className="sap-field-error">{t('upload.blockedUnchecked')}</p>
        <ErrorNotice error={readiness.error} onRetry={readiness.retry} />
      </>
    );
  }
}

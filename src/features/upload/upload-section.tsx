import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useDropzone } from 'react-dropzone';
import { useApiClient } from '../../api/client-context';
import { scopeRightsQuery } from '../../api/scope-rights';
import { sameLocale } from '../../domain/locale';
import { useI18n } from '../../ui/i18n/i18n';
import { UploadAnnouncer } from './upload-announcer';
import { UploadDropzone } from './upload-dropzone';
import { UploadList } from './upload-list';
import { QueueNotices } from './queue-notices';
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
  const { t } = useI18n();
  const id = useId();
  const client = useApiClient();
  const rights = useQuery(scopeRightsQuery(client, scope));
  const [locale, setLocale] = useState<string | null>(galleryLocale);
  const [followed, setFollowed] = useState(galleryLocale);
  const [folder, setFolder] = useState('');

  // Follows the gallery's language; the user's own choice holds until the gallery changes.
  if (followed !== galleryLocale) {
    setFollowed(galleryLocale);
    setLocale(galleryLocale);
  }

  const aim: DropAim = { scope, segmentId, locale, folder };
  const { intake, addPasted } = useUploadFiles(aim);
  const panelDrop = useDropzone({ getFilesFromEvent: intake, noClick: true, noKeyboard: true, noPaste: true });
  const all = rights.data?.locales ?? [];
  const languages = allowed ? all.filter((l) => allowed.some((code) => sameLocale(code, l.loc))) : all;
  const offered = locale && !languages.some((l) => l.loc === locale) ? [{ loc: locale, name: locale }, ...languages] : languages;

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
          <select id={`${id}-locale`} value={locale ?? ''} onChange={(e) => setLocale(e.target.value || null)}>
            <option value="">{t('upload.neutral')}</option>
            {offered.map((l) => <option key={l.loc} value={l.loc}>{l.name} ({l.loc})</option>)}
          </select>
        </div>
        <div className="sap-field">
          <label htmlFor={`${id}-folder`}>{t('upload.folder')}</label>
          <input
            id={`${id}-folder`} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false}
            placeholder="screens/checkout" aria-describedby={`${id}-folder-hint`}
          />
          <span id={`${id}-folder-hint`} className="sap-muted sap-small">{t('upload.folderHint')}</span>
        </div>
      </div>
      <UploadDropzone aim={aim} />
      <QueueNotices />
      <UploadList />
      <UploadAnnouncer />
      {panelDrop.isDragActive && (
        <div className="sap-drop-overlay" aria-hidden="true">{t('upload.dropzoneActive', { segment: segmentId })}</div>
      )}
    </div>
  );
}

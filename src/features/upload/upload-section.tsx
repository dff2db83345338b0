import { useState, type ReactNode } from 'react';
import { useDropzone } from 'react-dropzone';
import { useI18n } from '../../ui/i18n/i18n';
import { AddContext } from './add-context';
import { BlockedReason, blockedText } from './blocked-reason';
import { PasteHint, usePagePaste } from './paste-reach';
import { UploadAnnouncer } from './upload-announcer';
import { UploadList } from './upload-list';
import { UploadWhere } from './upload-where';
import { QueueNotices } from './queue-notices';
import { KeepingNotice } from './keeping-notice';
import { scopeUploadLocale, useUploadReadiness } from './upload-readiness';
import { clipboardImages, useUploadFiles, type DropTarget } from './use-upload-files';

interface UploadSectionProps {
  scope: string;
  segmentId: number;
  /** The language the gallery shows: the default upload language (null: all languages). */
  galleryLocale: string | null;
  /** The scope's languages to offer; all of them when null. */
  languages?: readonly string[] | null;
  /** What comes first: the segment's header and its gallery. */
  children?: ReactNode;
  /** Settings about what follows a drop, shown under "Add context" (see AddContext). */
  settings?: ReactNode;
}

/**
 * Everything about adding context, around the panel's content (`children`): the whole section is
 * the drop target (while files are dragged over it, an overlay says where they go) and takes
 * pastes; under the content, "Add context" with the pickers and where files go, then the uploads.
 */
export function UploadSection({ scope, segmentId, galleryLocale, languages: allowed = null, children, settings }: UploadSectionProps) {
  const { t } = useI18n();
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
  // The folder field as typed; a dropped folder's files go below it.
  const drop: DropTarget = { scope, segmentId, locale: uploadLocale, relativePath: folder, status: readiness.state };
  const { intake, addPasted } = useUploadFiles(drop);
  // Not react-dropzone's `disabled`: that would leave a drop to the browser, which opens the file.
  // The intake takes nothing while the target is blocked.
  const panelDrop = useDropzone({ getFilesFromEvent: intake, multiple: true, noClick: true, noKeyboard: true, noPaste: true });
  const blocked = readiness.state === 'blocked' ? readiness : null;
  usePagePaste(addPasted);

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
      <input {...panelDrop.getInputProps({ 'aria-hidden': true })} data-testid="file-input" />
      {children}
      <AddContext
        onPick={panelDrop.open}
        intake={intake}
        settings={settings}
        blocked={blocked && <BlockedReason readiness={blocked} scope={scope} segmentId={segmentId} />}
        where={(
          <UploadWhere
            locale={uploadLocale} languages={languages} onLocaleChange={setLocale}
            folder={folder} onFolderChange={setFolder} folderRefusal={blocked?.reason === 'folder' ? blocked.refusal : null}
          />
        )}
      />
      {!blocked && <PasteHint root={panelDrop.rootRef} />}
      <QueueNotices />
      <KeepingNotice />
      <UploadList />
      <UploadAnnouncer />
      {panelDrop.isDragActive && (
        // Visible only: the section announces the drop's result.
        <div className={`sap-drop-overlay${blocked ? ' sap-drop-overlay-blocked' : ''}`} aria-hidden="true">
          <p className="sap-drop-caption">
            {blocked ? blockedText(t, blocked, scope, segmentId) : t('upload.dropzoneActive', { segment: segmentId })}
          </p>
        </div>
      )}
    </div>
  );
}

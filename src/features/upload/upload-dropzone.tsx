import { useId, useRef } from 'react';
import { useDropzone } from 'react-dropzone';
import { useI18n } from '../../ui/i18n/i18n';
import { useUploadFiles, type DropAim } from './use-upload-files';

/**
 * The drop target: drag and drop, or click / Enter / Space for the file picker, plus a folder
 * picker. A button-like element whose name says what it does.
 */
export function UploadDropzone({ aim }: { aim: DropAim }) {
  const { t } = useI18n();
  const id = useId();
  const { intake } = useUploadFiles(aim);
  const folderInput = useRef<HTMLInputElement>(null);
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    // The files reach the queue through intake (see intake.ts); react-dropzone keeps the drag states.
    getFilesFromEvent: intake,
    multiple: true,
    // Every file is accepted here; the upload core says which ones the server would refuse, and why.
    noDragEventsBubbling: true,
    // Pastes are the section's: they need a readable name, which react-dropzone would not give.
    noPaste: true,
  });

  return (
    <div className="sap-dropzone-wrap">
      <div
        {...getRootProps({
          role: 'button',
          'aria-label': t('upload.dropzone'),
          'aria-describedby': `${id}-hint`,
          className: `sap-dropzone${isDragActive ? ' sap-dropzone-active' : ''}`,
        })}
      >
        <input {...getInputProps({ 'aria-hidden': true })} />
        <span className="sap-dropzone-title" aria-hidden="true">
          {isDragActive ? t('upload.dropzoneActive', { segment: aim.segmentId }) : t('upload.dropzone')}
        </span>
        <span id={`${id}-hint`} className="sap-muted">{t('upload.dropzoneHint')}</span>
      </div>
      <button type="button" className="sap-link" onClick={() => folderInput.current?.click()}>{t('upload.chooseFolder')}</button>
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        aria-hidden
        data-testid="folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(event) => {
          intake(event.nativeEvent);
          event.target.value = '';
        }}
      />
    </div>
  );
}

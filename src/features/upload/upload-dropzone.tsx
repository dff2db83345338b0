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

  // The name is the visible title (what a speech user says to press it); the hint describes it.
  // Neither the hint nor the file input sits inside the button: a button holds no other control,
  // and its name holds all of its visible text. While files are dragged over it, it also says
  // where they will go: visible only (the name stays what the button does; the section announces
  // the drop's result).
  return (
    <div className="sap-dropzone-wrap">
      <div
        {...getRootProps({
          role: 'button',
          'aria-labelledby': `${id}-title`,
          'aria-describedby': `${id}-hint`,
          className: `sap-dropzone${isDragActive ? ' sap-dropzone-active' : ''}`,
        })}
      >
        <span id={`${id}-title`} className="sap-dropzone-title">{t('upload.dropzone')}</span>
        <span className="sap-dropzone-where" aria-hidden="true">
          {isDragActive ? t('upload.dropzoneActive', { segment: aim.segmentId }) : '\u00a0'}
        </span>
      </div>
      <input {...getInputProps({ 'aria-hidden': true })} />
      <span id={`${id}-hint`} className="sap-muted sap-dropzone-hint">{t('upload.dropzoneHint')}</span>
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

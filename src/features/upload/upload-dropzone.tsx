import { useId, useRef, type ReactNode } from 'react';
import { useDropzone } from 'react-dropzone';
import { useI18n } from '../../ui/i18n/i18n';

interface UploadDropzoneProps {
  segmentId: number;
  /** The section's intake (see useUploadFiles): one queue of held files for all its targets. */
  intake: (event: unknown) => Promise<File[]>;
  /** Why this target takes no file: said here instead of offering a picker. */
  blocked?: ReactNode;
}

/**
 * The drop target: drag and drop, or click / Enter / Space for the file picker, plus a folder
 * picker. A button-like element whose name says what it does.
 */
export function UploadDropzone({ segmentId, intake, blocked }: UploadDropzoneProps) {
  const { t } = useI18n();
  const id = useId();
  const folderInput = useRef<HTMLInputElement>(null);
  // Not react-dropzone's `disabled`: that would leave a drop to the browser, which opens the file.
  // The intake takes nothing while the target is blocked.
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    // The files reach the queue through intake (see intake.ts); react-dropzone keeps the drag states.
    getFilesFromEvent: intake,
    multiple: true,
    // Every file is accepted here; the upload core says which ones the server would refuse, and why.
    noDragEventsBubbling: true,
    // Pastes are the section's: they need a readable name, which react-dropzone would not give.
    noPaste: true,
    noClick: !!blocked,
    noKeyboard: !!blocked,
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
          'aria-describedby': blocked ? `${id}-blocked` : `${id}-hint`,
          'aria-disabled': blocked ? true : undefined,
          className: `sap-dropzone${blocked ? ' sap-dropzone-blocked' : isDragActive ? ' sap-dropzone-active' : ''}`,
        })}
      >
        <span id={`${id}-title`} className="sap-dropzone-title">{t('upload.dropzone')}</span>
        <span className="sap-dropzone-where" aria-hidden="true">
          {isDragActive && !blocked ? t('upload.dropzoneActive', { segment: segmentId }) : '\u00a0'}
        </span>
      </div>
      <input {...getInputProps({ 'aria-hidden': true })} />
      {blocked
        ? <div id={`${id}-blocked`} className="sap-dropzone-blocked-reason">{blocked}</div>
        : <span id={`${id}-hint`} className="sap-muted sap-dropzone-hint">{t('upload.dropzoneHint')}</span>}
      <button type="button" className="sap-link" disabled={!!blocked} onClick={() => folderInput.current?.click()}>{t('upload.chooseFolder')}</button>
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

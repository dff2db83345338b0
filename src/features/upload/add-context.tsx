import { useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../ui/i18n/i18n';

interface AddContextProps {
  /** Opens the file picker (the section's: picked files go like dropped ones). */
  onPick: () => void;
  /** The section's intake (see useUploadFiles), for the folder picker. */
  intake: (event: unknown) => Promise<File[]>;
  /** Why this target takes no file: said here, and the pickers offer nothing. */
  blocked: ReactNode;
  /** Where the files go (language, folder): see UploadWhere. */
  where: ReactNode;
  /** What follows a drop (the panel's "Find my segment's string" setting), under where files go. */
  settings?: ReactNode;
}

/**
 * The compact way in under the gallery: "Add files", a folder picker, and where the files go.
 * Drops and pastes are the whole panel's (see UploadSection), so this needs no big target.
 */
export function AddContext({ onPick, intake, blocked, where, settings }: AddContextProps) {
  const { t } = useI18n();
  const id = useId();
  const folderInput = useRef<HTMLInputElement>(null);
  // aria-disabled, not disabled: the button stays focusable and its description says why.
  return (
    <section className="sap-add" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="sap-section-title">{t('upload.heading')}</h3>
      <div className="sap-add-row">
        <button
          type="button"
          className="sap-primary"
          aria-disabled={blocked ? true : undefined}
          aria-describedby={blocked ? `${id}-blocked` : `${id}-hint`}
          onClick={() => {
            if (!blocked) onPick();
          }}
        >
          {t('upload.addFiles')}
        </button>
        <button type="button" className="sap-link" disabled={!!blocked} onClick={() => folderInput.current?.click()}>{t('upload.chooseFolder')}</button>
        <input
          // A property, not an attribute: React writes an unknown attribute, preact/compat (the
          // element's and the iframe's renderer) the property when there is one, and '' is false.
          ref={(input) => {
            folderInput.current = input;
            if (input) input.webkitdirectory = true;
          }}
          type="file"
          hidden
          multiple
          aria-hidden
          data-testid="folder-input"
          onChange={(event) => {
            void intake(event.nativeEvent);
            event.target.value = '';
          }}
        />
      </div>
      {blocked
        ? <div id={`${id}-blocked`} className="sap-add-blocked">{blocked}</div>
        : <p id={`${id}-hint`} className="sap-muted sap-small sap-add-hint">{t('upload.dropzoneHint')}</p>}
      {where}
      {!blocked && settings}
    </section>
  );
}

import { useId } from 'react';
import type { ScopeLocale } from '../../api/scope-rights';
import type { PathRefusal } from '../../domain/paths';
import { useI18n } from '../../ui/i18n/i18n';
import { sayMessage } from '../../ui/user-message';

interface UploadWhereProps {
  /** The upload language (null: language-neutral) and the languages it may be. */
  locale: string | null;
  languages: readonly ScopeLocale[];
  onLocaleChange: (locale: string | null) => void;
  folder: string;
  folderRefusal: PathRefusal | null;
  onFolderChange: (folder: string) => void;
}

/**
 * Where the next files go: language and folder behind a disclosure whose summary says both, so
 * the panel stays compact and nobody uploads to a place they cannot see.
 */
export function UploadWhere({ locale, languages, onLocaleChange, folder, folderRefusal, onFolderChange }: UploadWhereProps) {
  const { t, language } = useI18n();
  const id = useId();
  const name = locale === null ? t('upload.neutral') : languages.find((l) => l.loc === locale)?.name ?? locale;
  return (
    <details className="sap-upload-where">
      <summary>
        {folder ? t('upload.whereFolder', { language: name, folder }) : t('upload.where', { language: name })}
      </summary>
      <div className="sap-upload-controls">
        <div className="sap-field">
          <label htmlFor={`${id}-locale`}>{t('upload.language')}</label>
          <select id={`${id}-locale`} value={locale ?? ''} onChange={(e) => onLocaleChange(e.target.value || null)}>
            <option value="">{t('upload.neutral')}</option>
            {languages.map((l) => <option key={l.loc} value={l.loc}>{l.name} ({l.loc})</option>)}
          </select>
        </div>
        <div className="sap-field">
          <label htmlFor={`${id}-folder`}>{t('upload.folder')}</label>
          <input
            id={`${id}-folder`} value={folder} onChange={(e) => onFolderChange(e.target.value)} spellCheck={false}
            placeholder="screens/checkout" aria-describedby={`${id}-folder-hint`} aria-invalid={!!folderRefusal}
          />
          <span id={`${id}-folder-hint`} className={folderRefusal ? 'sap-field-error sap-small' : 'sap-muted sap-small'}>
            {folderRefusal ? sayMessage(t, language, folderRefusal.userMessage, folderRefusal.message) : t('upload.folderHint')}
          </span>
        </div>
      </div>
    </details>
  );
}

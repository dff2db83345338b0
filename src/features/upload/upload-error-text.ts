import type { Translate, UiLanguage } from '../../ui/i18n/i18n';
import { sayMessage } from '../../ui/user-message';
import type { UploadError } from './core/types';

/** Why an upload failed, for the screen: the server's `error.title`, or the panel's own sentence in the user's language. */
export function uploadErrorText(t: Translate, language: UiLanguage, error: UploadError | null): string {
  return error ? sayMessage(t, language, error.message, error.title) : '';
}

import type { UserMessage } from '../domain/messages';
import { formatBytes } from './format';
import type { Translate, UiLanguage } from './i18n/i18n';

/** The panel's own sentence in the user's language; `fallback` (the server's words) when there is none. */
export function sayMessage(t: Translate, language: UiLanguage, message: UserMessage | null | undefined, fallback: string): string {
  if (!message) return fallback;
  const params = message.params && { ...message.params };
  for (const name of message.bytes ?? []) {
    if (params && typeof params[name] === 'number') params[name] = formatBytes(params[name], language);
  }
  return t(message.key, params);
}

/**
 * What an error tells the user: its `userMessage` in the user's language (the panel's own
 * sentence), else its `title` (the server's `error.title`, as it came), else its message.
 */
export function errorText(t: Translate, language: UiLanguage, error: unknown): string {
  const { userMessage, title } = (error ?? {}) as { userMessage?: UserMessage | null; title?: unknown };
  if (userMessage) return sayMessage(t, language, userMessage, '');
  if (typeof title === 'string') return title;
  return error instanceof Error ? error.message : String(error);
}

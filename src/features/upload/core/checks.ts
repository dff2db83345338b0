import { describeHiddenCharacters, hasDirectionControls } from '../../../domain/names';
import { englishText, userMessage, type UserMessage } from '../../../domain/messages';
import { checkFileName, checkRelativePath } from '../../../domain/paths';

export const DEFAULT_MAX_FILE_SIZE = 500 * 1024 * 1024;

interface UploadRefusal {
  /** In English (from the catalog), as events and logs carry it. */
  title: string;
  /** The sentence as a catalog key, for the screen to say it in the user's language. */
  message: UserMessage;
}

function refusal(message: UserMessage): UploadRefusal {
  return { title: englishText(message), message };
}

/** What the server would refuse, said before a byte is sent; null when the file may go. */
export function checkUpload(name: string, size: number, relativePath: string, maxFileSize: number): UploadRefusal | null {
  if (size > maxFileSize) {
    return refusal(userMessage('refusal.tooLarge', { name, size, max: maxFileSize }, ['size', 'max']));
  }
  const nameProblem = checkFileName(name);
  if (nameProblem) return { title: nameProblem.message, message: nameProblem.userMessage };
  if (hasDirectionControls(name)) return refusal(userMessage('refusal.directionControls', { characters: describeHiddenCharacters(name) }));
  if (relativePath) {
    const folderProblem = checkRelativePath(relativePath);
    if (folderProblem) return { title: folderProblem.message, message: folderProblem.userMessage };
  }
  return null;
}

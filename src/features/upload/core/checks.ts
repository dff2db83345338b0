import { describeHiddenCharacters, hasDirectionControls } from '../../../domain/names';
import { userMessage, type UserMessage } from '../../../domain/messages';
import { checkFileName, checkRelativePath } from '../../../domain/paths';
import { formatBytes } from '../../../ui/format';

export const DEFAULT_MAX_FILE_SIZE = 500 * 1024 * 1024;

interface UploadRefusal {
  /** In English, as events and logs carry it. */
  title: string;
  /** The same for the screen, in the user's language. */
  message: UserMessage;
}

/** What the server would refuse, said before a byte is sent; null when the file may go. */
export function checkUpload(name: string, size: number, relativePath: string, maxFileSize: number): UploadRefusal | null {
  if (size > maxFileSize) {
    return {
      title: `${name} is ${formatBytes(size)}, more than the ${formatBytes(maxFileSize)} a file may have.`,
      message: userMessage('refusal.tooLarge', { name, size, max: maxFileSize }, ['size', 'max']),
    };
  }
  const nameProblem = checkFileName(name);
  if (nameProblem) return { title: nameProblem.message, message: nameProblem.userMessage };
  if (hasDirectionControls(name)) {
    const characters = describeHiddenCharacters(name);
    return {
      title: `The file name contains direction controls (${characters}) that can disguise what the file is: rename it.`,
      message: userMessage('refusal.directionControls', { characters }),
    };
  }
  if (relativePath) {
    const folderProblem = checkRelativePath(relativePath);
    if (folderProblem) return { title: folderProblem.message, message: folderProblem.userMessage };
  }
  return null;
}

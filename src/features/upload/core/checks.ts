import { describeHiddenCharacters, hasDirectionControls } from '../../../domain/names';
import { checkFileName, checkRelativePath } from '../../../domain/paths';
import { formatBytes } from '../../../ui/format';

export const DEFAULT_MAX_FILE_SIZE = 500 * 1024 * 1024;

/** What the server would refuse, said before a byte is sent; null when the file may go. */
export function checkUpload(name: string, size: number, relativePath: string, maxFileSize: number): string | null {
  if (size > maxFileSize) {
    return `${name} is ${formatBytes(size)}, more than the ${formatBytes(maxFileSize)} a file may have.`;
  }
  const nameProblem = checkFileName(name);
  if (nameProblem) return nameProblem.message;
  if (hasDirectionControls(name)) {
    return `The file name contains direction controls (${describeHiddenCharacters(name)}) that can disguise what the file is: rename it.`;
  }
  if (relativePath) {
    const folderProblem = checkRelativePath(relativePath);
    if (folderProblem) return folderProblem.message;
  }
  return null;
}

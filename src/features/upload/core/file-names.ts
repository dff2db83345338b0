import { splitPath } from '../../../domain/paths';

const pad = (n: number) => String(n).padStart(2, '0');

/** `screenshot-20261127-143005.png`: pasted images have no name of their own. */
export function pastedImageName(date: Date, type: string, index = 0): string {
  const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  const extension = type.split('/')[1]?.replace('jpeg', 'jpg').replace(/[^a-z0-9]/g, '') || 'png';
  return `screenshot-${stamp}${index ? `-${index + 1}` : ''}.${extension}`;
}

/** The folder field of a drop, then the dropped file's own folders. */
export function joinFolders(...parts: (string | null | undefined)[]): string {
  return parts.flatMap((part) => (part ? splitPath(part) : [])).join('/');
}

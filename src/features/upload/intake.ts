/**
 * Files out of a drop or a file input, fast. react-dropzone's own reading (file-selector) asks
 * the browser for an entry and a file-system handle per item and checks each file's size: about
 * 2 ms a file, two seconds in one task for a drop of 1,000. Here a named file costs nothing; only
 * items that may be folders (no extension) are asked for their entry, and folders are read after
 * the event, by their entries. (A folder named like a file, "v4.2", is then taken for a file:
 * the browser cannot read it, and the upload says so; "Choose a folder…" handles it.)
 */
export interface PickedFile {
  file: File;
  /** The folders above the file inside the drop (`shots/de`), '' for a loose file. */
  folder: string;
}

const HAS_EXTENSION = /\.[a-z0-9]{1,10}$/i;

function parentOf(fullPath: string): string {
  const parts = fullPath.split('/').filter(Boolean);
  parts.pop();
  return parts.join('/');
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every file below a dropped folder, with its folders (the dropped folder's own name first). */
async function readFolder(entry: FileSystemDirectoryEntry): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  const reader = entry.createReader();
  // readEntries answers in batches (100 in Chromium) until an empty one.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) {
      if (child.isDirectory) out.push(...(await readFolder(child as FileSystemDirectoryEntry)));
      else out.push({ file: await fileOf(child as FileSystemFileEntry), folder: parentOf(child.fullPath) });
    }
  }
  return out;
}

/**
 * Must run while the drop event is dispatched (a DataTransfer is empty afterwards); the folders
 * it found are read later, by the promise.
 */
export function takeDropped(data: DataTransfer): { files: PickedFile[]; folders: Promise<PickedFile[]> } {
  const files: PickedFile[] = [];
  const folders: FileSystemDirectoryEntry[] = [];
  // The file list in one call (a folder is in it too, as a file), not an item and a File per
  // file: the items are read only when a name may be a folder's.
  const dropped = data.files;
  let items: DataTransferItem[] | null = null;
  for (let i = 0; i < dropped.length; i += 1) {
    const file = dropped[i]!;
    // A name with an extension is taken for a file, no entry needed. (Not `file.type` or
    // `file.size`: each asks the browser, a fifth of a millisecond a file, in this one task.)
    if (HAS_EXTENSION.test(file.name)) {
      files.push({ file, folder: '' });
      continue;
    }
    // The files are the items of kind `file`, in the same order.
    items ??= Array.from(data.items).filter((item) => item.kind === 'file');
    const entry = items[i]?.webkitGetAsEntry?.();
    if (entry?.isDirectory) folders.push(entry as FileSystemDirectoryEntry);
    else files.push({ file, folder: '' });
  }
  return { files, folders: Promise.all(folders.map(readFolder)).then((lists) => lists.flat()) };
}

/** From a file input; a folder picker (webkitdirectory) gives each file its path. */
export function takePicked(input: HTMLInputElement): PickedFile[] {
  return Array.from(input.files ?? [], (file) => ({ file, folder: parentOf(file.webkitRelativePath ?? '') }));
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the browser paint and handle input between slices of work. `scheduler.yield()` where
 * there is one (the work goes on first thing after); else a message, which, unlike a chain of
 * timeouts, is not held back 4 ms a turn after the fifth.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

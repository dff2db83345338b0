import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const BENCH_DIR = join(tmpdir(), 'segment-asset-panel-bench');

/** A file of `bytes` on disk (sparse, so 1 GB costs nothing to make); the browser reads it as a real File. */
export function sizedFile(name: string, bytes: number): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, name);
  if (!existsSync(path) || statSync(path).size !== bytes) {
    const fd = openSync(path, 'w');
    ftruncateSync(fd, bytes);
    closeSync(fd);
  }
  return path;
}

/** `count` files of `bytes` each, with a little content so they are not all alike. */
export function manyFiles(prefix: string, count: number, bytes: number, extension = 'bin'): string[] {
  const dir = join(BENCH_DIR, `${prefix}-${count}x${bytes}-${extension}`);
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${prefix}-${String(i + 1).padStart(4, '0')}.${extension}`);
    if (!existsSync(path) || statSync(path).size !== bytes) {
      const data = Buffer.alloc(bytes);
      data.writeUInt32LE(i, 0);
      writeFileSync(path, data);
    }
    return path;
  });
}

import { describe, expect, it } from 'vitest';
import {
  checkFileName, checkRelativePath, displayRelativePath, isPathRefusal, MAX_PATH_LENGTH, normalizeRelativePath, resolveAssetLocation,
  sameRelativePath,
} from '../../src/domain/paths';

function problemOf(name: string) {
  return checkFileName(name)?.problem ?? null;
}

describe('file names', () => {
  it('accepts ordinary names, with or without a folder', () => {
    for (const name of ['pexels-gons3.jpg', 'Screenshot 2026-11-27 at 14.30.05.png', 'subfolder/image.jpg',
      'a\\b\\c.pdf', '日本語のスクリーンショット.png', '.hidden', 'con-tract.pdf', 'console.png', '%2e%2e%2f']) {
      expect(checkFileName(name), name).toBeNull();
    }
  });

  it('refuses every name CONTRACT.md lists', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('/')).toBe('absolute');
    expect(problemOf('../secret.txt')).toBe('traversal');
    expect(problemOf('a/../../b.png')).toBe('traversal');
    expect(problemOf('a\\..\\b.png')).toBe('traversal');
    expect(problemOf('/etc/passwd')).toBe('absolute');
    expect(problemOf('\\windows\\win.ini')).toBe('absolute');
    expect(problemOf('C:\\Windows\\win.ini')).toBe('absolute');
    expect(problemOf('c:/x.png')).toBe('absolute');
    expect(problemOf('\\\\server\\share\\x.png')).toBe('absolute');
    expect(problemOf('a\u0000.jpg')).toBe('control-character');
    expect(problemOf('line\nbreak.png')).toBe('control-character');
    expect(problemOf('del\u007f.png')).toBe('control-character');
    for (const c of ['<', '>', ':', '"', '|', '?', '*']) expect(problemOf(`ab${c}c.png`), c).toBe('reserved-character');
    for (const reserved of ['CON', 'con.txt', 'NUL', 'nul.tar.gz', 'PRN', 'AUX', 'COM1', 'com9.png', 'LPT1', 'folder/aux/x.png']) {
      expect(problemOf(reserved), reserved).toBe('reserved-name');
    }
    expect(problemOf(`${'a'.repeat(252)}.png`)).toBe('too-long');
    expect(problemOf(`${'a'.repeat(251)}.png`)).toBeNull();
  });

  it('refuses a name that ends in a dot or a space, or is only dots and spaces (Windows storage would fold it)', () => {
    for (const name of ['a.png.', 'a.png ', 'a.png. .', '...', '   ', '. .', ' .', 'shots./a.png', 'shots /a.png', 'a/.../b.png']) {
      expect(problemOf(name), JSON.stringify(name)).toBe('trailing-dot-or-space');
    }
    // A leading dot or space is kept as it is; `.` alone is the current folder.
    for (const name of ['.hidden', ' leading.png', 'a/./b.png', 'v4.2/a.png']) expect(problemOf(name), name).toBeNull();
    expect(checkFileName('a.png.')?.message).toBe('The file name must not end in a dot or a space, nor be made only of dots and spaces.');
  });

  it('refuses a name with folders over 1,024 characters', () => {
    const long = `${'d/'.repeat(509)}x.png`;
    expect(long.length).toBe(1023);
    expect(problemOf(long)).toBeNull();
    expect(problemOf(`dd${long}`)).toBe('path-too-long');
    expect(checkFileName(`dd${long}`)?.message).toBe('The file name is longer than 1024 characters.');
  });

  it('explains each refusal in words a user reads', () => {
    expect(checkFileName('../x')?.message).toBe('The file name must not contain ".." folders.');
    expect(checkFileName('CON.png')?.message).toBe('"CON" is a reserved name and cannot be used in a file name.');
  });
});

describe('relative paths', () => {
  it('accepts both separators and the documented leading slash', () => {
    for (const path of ['/public/images', 'documents/pdfs', 'public\\views', '', 'a/./b']) {
      expect(checkRelativePath(path), path).toBeNull();
    }
  });

  it('refuses traversal, drive and network paths, reserved names and characters', () => {
    expect(checkRelativePath('../up')?.problem).toBe('traversal');
    expect(checkRelativePath('a/b/../../..')?.problem).toBe('traversal');
    expect(checkRelativePath('C:\\temp')?.problem).toBe('absolute');
    expect(checkRelativePath('\\\\host\\share')?.problem).toBe('absolute');
    expect(checkRelativePath('docs/nul')?.problem).toBe('reserved-name');
    expect(checkRelativePath('a|b')?.problem).toBe('reserved-character');
    expect(checkRelativePath('tab\there')?.problem).toBe('control-character');
  });

  it('refuses every network path, whichever separators it uses', () => {
    for (const path of ['\\\\host\\share', '//host/share', '/\\host\\share', '\\/host', '\\\\?\\C:\\x', '//']) {
      expect(checkRelativePath(path)?.problem, path).toBe('absolute');
    }
    expect(checkRelativePath('//host/share')?.message).toBe('The folder must be inside the segment\u2019s folder, not a drive or network path.');
  });

  it('refuses a folder that ends in a dot or a space, or is only dots and spaces', () => {
    for (const path of ['shots.', 'shots ', '...', ' ', 'a/ /b', 'a/b./c', '. .']) {
      expect(checkRelativePath(path)?.problem, JSON.stringify(path)).toBe('trailing-dot-or-space');
    }
    for (const path of ['.cache', ' leading', 'a/./b', 'v4.2']) expect(checkRelativePath(path), path).toBeNull();
  });

  it('caps a relativePath at 1,024 characters', () => {
    expect(MAX_PATH_LENGTH).toBe(1024);
    expect(checkRelativePath('a/'.repeat(512))).toBeNull();
    expect(checkRelativePath(`${'a/'.repeat(512)}b`)?.problem).toBe('path-too-long');
    expect(checkRelativePath('a/'.repeat(5120))?.message).toBe('The folder is longer than 1024 characters.');
  });

  it('normalizes separators for storage and display', () => {
    expect(normalizeRelativePath('\\public\\views\\')).toBe('public/views');
    expect(normalizeRelativePath('//a///b/')).toBe('a/b');
    expect(normalizeRelativePath(null)).toBe('');
    expect(displayRelativePath('public\\views')).toBe('public/views');
    expect(sameRelativePath('public\\Views', '/public/views/')).toBe(true);
  });
});

describe('where an upload lands', () => {
  it('takes the folder from the file name', () => {
    expect(resolveAssetLocation('subfolder/image.jpg')).toEqual({ name: 'image.jpg', relativePath: 'subfolder' });
    expect(resolveAssetLocation('a\\b\\image.jpg', '')).toEqual({ name: 'image.jpg', relativePath: 'a/b' });
    expect(resolveAssetLocation('image.jpg')).toEqual({ name: 'image.jpg', relativePath: '' });
  });

  it('lets relativePath win when both are given', () => {
    expect(resolveAssetLocation('subfolder/image.jpg', '/public/images')).toEqual({ name: 'image.jpg', relativePath: 'public/images' });
    expect(resolveAssetLocation('image.jpg', 'documents\\pdfs')).toEqual({ name: 'image.jpg', relativePath: 'documents/pdfs' });
  });

  it('checks both parts, even the one that loses', () => {
    const losing = resolveAssetLocation('../image.jpg', 'public');
    expect(isPathRefusal(losing) && losing.problem).toBe('traversal');
    const folder = resolveAssetLocation('image.jpg', '../../etc');
    expect(isPathRefusal(folder) && folder.problem).toBe('traversal');
  });
});

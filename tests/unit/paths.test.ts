import { describe, expect, it } from 'vitest';
import {
  checkFileName, checkRelativePath, displayRelativePath, isPathRefusal, normalizeRelativePath, resolveAssetLocation,
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

import { describe, expect, it } from 'vitest';
import { contentTypeFromName, effectiveContentType, fileExtension, fileKind } from '../../src/domain/file-kind';

describe('file kind', () => {
  it('trusts a specific MIME type', () => {
    expect(fileKind('image/jpeg', 'x.bin')).toBe('image');
    expect(fileKind('video/webm', 'clip')).toBe('video');
    expect(fileKind('application/pdf', 'spec.pdf')).toBe('other');
    expect(fileKind('image/png; charset=binary', 'x')).toBe('image');
  });

  it('falls back to the extension for generic or missing types', () => {
    expect(fileKind('application/octet-stream', 'shot.PNG')).toBe('image');
    expect(fileKind('', 'flow.mp4')).toBe('video');
    expect(fileKind(undefined, 'notes.txt')).toBe('other');
    expect(effectiveContentType(null, 'Spec.PDF')).toBe('application/pdf');
  });

  it('does not preview what browsers cannot decode', () => {
    expect(fileKind('image/tiff', 'scan.tif')).toBe('other');
    expect(fileKind('image/vnd.adobe.photoshop', 'mock.psd')).toBe('other');
  });

  it('reads extensions from names with folders', () => {
    expect(fileExtension('a\\b.c/d.JPEG')).toBe('jpeg');
    expect(fileExtension('.gitignore')).toBe('');
    expect(fileExtension('README')).toBe('');
    expect(contentTypeFromName('x.unknown')).toBe('application/octet-stream');
  });
});

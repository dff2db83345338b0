import { describe, expect, it } from 'vitest';
import { storagePath } from '../../src/domain/storage-path';

describe('storage path', () => {
  it('puts segment 27665601 in folder 601 of document 19641', () => {
    expect(storagePath({ documentId: 19641, segmentId: 27665601, locale: 'en', relativePath: '', name: 'a.jpg' }))
      .toBe('assets/19641/601/27665601/en/a.jpg');
  });

  it('leaves out the locale when neutral and normalizes the folder', () => {
    expect(storagePath({ documentId: 19641, segmentId: 27665601, locale: null, relativePath: '\\public\\views\\', name: 'b.png' }))
      .toBe('assets/19641/601/27665601/public/views/b.png');
    expect(storagePath({ documentId: 1, segmentId: 27665001, locale: 'de', relativePath: 'docs/pdfs', name: 'c.pdf' }))
      .toBe('assets/1/1/27665001/de/docs/pdfs/c.pdf');
  });
});

import { describe, expect, it } from 'vitest';
import { needsNameInQuery } from '../../src/api/upload-media';

describe('where an upload names its file', () => {
  it('a printable ASCII name travels in the multipart part alone: one URL for the batch, one CORS preflight', () => {
    for (const name of ['screen-0001.png', 'shot (1) final.png', "it's a_b+c=d~[e]{f}!@#$&^,.png"]) expect(needsNameInQuery(name)).toBe(false);
  });

  it('a name the part could alter also goes in the URL', () => {
    // Browsers send part names as raw UTF-8 and escape `"` as %22; a server may decode a `%`,
    // keep only what follows a folder separator, or split the header at a `;`.
    for (const name of ['Übersicht.png', 'naïve.png', '截图.png', '😀.png', '100% zoom.png', 'a"b.png', 'sub/x.png', 'sub\\x.png', 'tab\there.png', 'a;filename=evil.exe']) {
      expect(needsNameInQuery(name)).toBe(true);
    }
  });
});

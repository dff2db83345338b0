import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../mocks/handlers/content-disposition';

describe('Content-Disposition of the mock', () => {
  it('never puts a name into the header raw', () => {
    const header = contentDisposition('inline', 'a";filename=evil.exe');
    expect(header).toBe('inline; filename="a__filename=evil.exe"; filename*=UTF-8\'\'a%22%3Bfilename%3Devil.exe');
    expect(header.match(/filename=/g)).toHaveLength(2);
  });

  it('keeps the exact Unicode name in filename*', () => {
    const header = contentDisposition('attachment', '日本語 (1).png');
    expect(header).toBe('attachment; filename="___ (1).png"; filename*=UTF-8\'\'%E6%97%A5%E6%9C%AC%E8%AA%9E%20%281%29.png');
    expect(decodeURIComponent(header.split("''")[1]!)).toBe('日本語 (1).png');
  });

  it('keeps line breaks and control characters out', () => {
    expect(contentDisposition('inline', 'a\r\nSet-Cookie: x=1')).not.toMatch(/[\r\n]/);
  });
});

import { describe, expect, it } from 'vitest';
import { attachAsset } from '../../src/api/attach-asset';
import { downloadAsset } from '../../src/api/download-asset';
import { listSegmentAssets } from '../../src/api/list-assets';
import { uploadMedia } from '../../src/api/upload-media';
import { rawFetch, TARGETS, useMockTarget, type MockTarget } from './harness';
import { addAsset, bytes, failure, SCOPE } from './helpers';

const SEGMENT = 27665620;

/** Straight to the mock, no checks of the panel's in between: what does the server side make of it? */
async function tryName(mock: MockTarget, filename: string) {
  try {
    return { stored: await addAsset(mock.client, filename, { segmentId: SEGMENT, size: 32 }) };
  } catch (error) {
    return { refused: (error as { title?: string }).title ?? String(error) };
  }
}

// Each case ends in a clear refusal, or in a name stored as the literal text it is.
const STORED_LITERALLY = ['%2e%2e%2f', '..%2f', '%2e%2e%2fetc%2fpasswd', 'a.php%00.jpg', 'sho\u200Bt.png', 'invoice\u202Egpj.exe'];
const REFUSED: [string, string][] = [
  ['a.php\u0000.jpg', 'The file name contains control characters.'],
  [`${'x'.repeat(252)}.png`, 'The file name has a name longer than 255 characters.'],
  ['<img src=x onerror=alert(1)>.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['a";filename=evil.exe', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['..', 'The file name must not contain ".." folders.'],
  ['../../etc/passwd', 'The file name must not contain ".." folders.'],
  ['invoice.pdf.', 'The file name must not end in a dot or a space, nor be made only of dots and spaces.'],
  ['invoice.pdf ', 'The file name must not end in a dot or a space, nor be made only of dots and spaces.'],
  ['. .', 'The file name must not end in a dot or a space, nor be made only of dots and spaces.'],
  ['//host/share/x.png', 'The file name must not be an absolute path.'],
  [`${'deep/'.repeat(205)}x.png`, 'The file name is longer than 1024 characters.'],
];

describe.each(TARGETS)('bad input straight to the mock (%s)', (name) => {
  const mock = useMockTarget(name);

  it.each(STORED_LITERALLY)('stores %j as the literal name it is, downloadable under it', async (filename) => {
    const { stored } = await tryName(mock, filename);
    expect(stored?.name).toBe(filename);
    expect(stored?.relativePath).toBe('');
    const url = new URL(stored!.downloadUrl);
    expect(url.origin).toBe(new URL(mock.baseUrl).origin);
    expect(url.pathname).toBe(`/api/resources/assets/${SEGMENT}`);
    expect(url.searchParams.get('filename')).toBe(filename);
    expect((await downloadAsset(mock.client, stored!)).size).toBe(32);
  });

  it.each(REFUSED)('refuses %j with a clear title, storing nothing', async (filename, title) => {
    expect(await tryName(mock, filename)).toEqual({ refused: title });
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toEqual([]);
  });

  it('keeps the same name in NFC and NFD apart (two files that look alike: the panel sends NFC)', async () => {
    await tryName(mock, 'Caf\u00e9.png');
    await tryName(mock, 'Cafe\u0301.png');
    const names = (await listSegmentAssets(mock.client, SCOPE, SEGMENT)).map((a) => a.name);
    expect(names.sort()).toEqual(['Caf\u00e9.png', 'Cafe\u0301.png'].sort());
  });

  it('a batch with every bad name still stores the good ones', async () => {
    const results = [];
    for (const filename of ['good-1.png', ...REFUSED.map(([n]) => n), 'good-2.png', ...STORED_LITERALLY]) results.push(await tryName(mock, filename));
    const names = (await listSegmentAssets(mock.client, SCOPE, SEGMENT)).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['good-1.png', 'good-2.png', ...STORED_LITERALLY]));
    expect(names).toHaveLength(2 + STORED_LITERALLY.length);
    expect(results.filter((r) => 'refused' in r)).toHaveLength(REFUSED.length);
  });

  it('never puts a name into Content-Disposition raw', async () => {
    // A quote cannot get in (refused on upload, and on download as well).
    const quoted = await rawFetch(mock, `/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=${encodeURIComponent('a";filename=evil.exe')}`);
    expect(quoted.status).toBe(400);
    // A name the rules allow, with a semicolon and an equals sign, stays inside the quotes.
    const { stored } = await tryName(mock, 'a;filename=evil.exe');
    const url = new URL(stored!.downloadUrl);
    const response = await rawFetch(mock, url.pathname + url.search);
    expect(response.headers.get('Content-Disposition')).toBe(
      'inline; filename="a_filename=evil.exe"; filename*=UTF-8\'\'a%3Bfilename%3Devil.exe',
    );
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Security-Policy')).toMatch(/^sandbox/);
  });

  it('refuses a percent-encoded traversal in relativePath only when it decodes to one', async () => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: 'x.png' });
    // The query string is decoded once by the server: %2e%2e%2f arrives as "../" and is refused.
    const decoded = await rawFetch(mock, `/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=x.png&relativePath=%2e%2e%2fetc`, { method: 'DELETE' });
    expect(decoded.status).toBe(400);
    // In a JSON body nothing is decoded: "%2e%2e%2f" is a folder of that literal name.
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, relativePath: '%2e%2e%2f' });
    expect(asset.relativePath).toBe('%2e%2e%2f');
    expect((await failure(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token }))).status).toBe(400);
  });
});

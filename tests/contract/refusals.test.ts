import { describe, expect, it } from 'vitest';
import { attachAsset } from '../../src/api/attach-asset';
import { listSegmentAssets } from '../../src/api/list-assets';
import { uploadMedia } from '../../src/api/upload-media';
import { rawFetch, TARGETS, useMockTarget } from './harness';
import { bytes, failure, SCOPE, SEGMENT } from './helpers';

const TRAILING_NAME = 'The file name must not end in a dot or a space, nor be made only of dots and spaces.';
const TRAILING_FOLDER = 'A folder name must not end in a dot or a space, nor be made only of dots and spaces.';
const NETWORK_FOLDER = 'The folder must be inside the segment\u2019s folder, not a drive or network path.';

const REFUSED_NAMES: [string, string][] = [
  ['../secret.png', 'The file name must not contain ".." folders.'],
  ['a/../../b.png', 'The file name must not contain ".." folders.'],
  ['..\\..\\win.ini', 'The file name must not contain ".." folders.'],
  ['/etc/passwd', 'The file name must not be an absolute path.'],
  ['C:\\Windows\\win.ini', 'The file name must not be an absolute path.'],
  ['\\\\server\\share\\x.png', 'The file name must not be an absolute path.'],
  ['nul\u0000byte.png', 'The file name contains control characters.'],
  ['bell\u0007.png', 'The file name contains control characters.'],
  ['what?.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['<img src=x onerror=alert(1)>.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['a|b.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['star*.png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['quote".png', 'The file name must not contain any of these characters: < > : " | ? *'],
  ['CON', '"CON" is a reserved name and cannot be used in a file name.'],
  ['nul.png', '"NUL" is a reserved name and cannot be used in a file name.'],
  ['com1.txt', '"COM1" is a reserved name and cannot be used in a file name.'],
  ['LPT9.pdf', '"LPT9" is a reserved name and cannot be used in a file name.'],
  [`${'n'.repeat(252)}.png`, 'The file name has a name longer than 255 characters.'],
  ['a.png.', TRAILING_NAME],
  ['a.png ', TRAILING_NAME],
  ['...', TRAILING_NAME],
  ['   ', TRAILING_NAME],
  ['shots./a.png', TRAILING_NAME],
  [`${'d/'.repeat(600)}x.png`, 'The file name is longer than 1024 characters.'],
];

const REFUSED_FOLDERS: [string, string][] = [
  ['../outside', 'The folder must not contain ".." folders.'],
  ['public/../../..', 'The folder must not contain ".." folders.'],
  ['C:\\temp', 'The folder must be inside the segment\u2019s folder, not a drive or network path.'],
  ['\\\\host\\share', NETWORK_FOLDER],
  ['//host/share', NETWORK_FOLDER],
  ['/\\host\\share', NETWORK_FOLDER],
  ['docs/aux', '"AUX" is a reserved name and cannot be used in a folder.'],
  ['tab\there', 'The folder contains control characters.'],
  ['a:b', 'The folder must be inside the segment\u2019s folder, not a drive or network path.'],
  ['x>y', 'The folder must not contain any of these characters: < > : " | ? *'],
  ['shots.', TRAILING_FOLDER],
  ['shots ', TRAILING_FOLDER],
  [' ', TRAILING_FOLDER],
  ['...', TRAILING_FOLDER],
  ['a/ /b', TRAILING_FOLDER],
  ['a/'.repeat(5120), 'The folder is longer than 1024 characters.'],
];

describe.each(TARGETS)('refusals: a clear 400 and nothing stored (%s)', (name) => {
  const mock = useMockTarget(name);

  it.each(REFUSED_NAMES)('refuses the file name %j', async (filename, title) => {
    const error = await failure(uploadMedia(mock.client, bytes(8), { filename }));
    expect([error.status, error.kind, error.title]).toEqual([400, 'invalid', title]);
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toEqual([]);
  });

  it('accepts a name of exactly 255 characters', async () => {
    const filename = `${'n'.repeat(251)}.png`;
    const media = await uploadMedia(mock.client, bytes(8), { filename });
    await expect(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token })).resolves.toMatchObject({ name: filename });
  });

  it('accepts a relativePath of exactly 1,024 characters', async () => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: 'ok.png' });
    const relativePath = 'a/'.repeat(512);
    await expect(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, relativePath }))
      .resolves.toMatchObject({ name: 'ok.png' });
  });

  it.each(REFUSED_FOLDERS)('refuses the relativePath %j', async (relativePath, title) => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: 'ok.png' });
    const error = await failure(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, relativePath }));
    expect([error.status, error.title]).toEqual([400, title]);
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toEqual([]);
  });

  it.each([
    ['english', '"english" is not a language code.'],
    ['en_GB', '"en_GB" is not a language code.'],
    ['../de', '"../de" is not a language code.'],
    ['../../', '"../../" is not a language code.'],
    ['<img src=x onerror=alert(1)>', '"<img src=x onerror=alert(1)>" is not a language code.'],
    ['xx', 'The language "xx" is not a language of this project.'],
    ['it', 'The language "it" is not a language of this project.'],
  ])('refuses the locale %j', async (locale, title) => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: 'ok.png' });
    const error = await failure(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, locale }));
    expect([error.status, error.title]).toEqual([400, title]);
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toEqual([]);
  });

  it('stores a locale in the scope\u2019s own spelling', async () => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: 'ok.png' });
    await expect(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, locale: 'DE' }))
      .resolves.toMatchObject({ locale: 'de' });
  });

  it('refuses a segment that is not in the scope with 404, keeping the token', async () => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: 'ok.png' });
    const error = await failure(attachAsset(mock.client, { scope: SCOPE, segmentId: 29990001, fileToken: media.token }));
    expect(error.status).toBe(404);
    await expect(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token })).resolves.toBeTruthy();
  });

  it('refuses the download and delete of a traversal path', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await rawFetch(mock, `/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=x.png&relativePath=..%2F..%2Fetc`, { method });
      expect(response.status).toBe(400);
      expect((await response.json()).error.title).toBe('The folder must not contain ".." folders.');
    }
  });

  it('stores a percent-encoded traversal as the harmless literal name it is', async () => {
    const media = await uploadMedia(mock.client, bytes(8), { filename: '%2e%2e%2fpasswd' });
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token });
    expect([asset.name, asset.relativePath]).toEqual(['%2e%2e%2fpasswd', '']);
  });
});

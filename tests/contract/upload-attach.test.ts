import { describe, expect, it } from 'vitest';
import { attachAsset } from '../../src/api/attach-asset';
import { ApiError } from '../../src/api/errors';
import { listSegmentAssets } from '../../src/api/list-assets';
import { needsNameInQuery, uploadMedia } from '../../src/api/upload-media';
import { fixture, rawFetch, TARGETS, useMockTarget } from './harness';

const SCOPE = 'pr7214';
const SEGMENT = 27665601;

function bytes(size: number, type = 'image/jpeg'): Blob {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) data[i] = i % 251;
  return new Blob([data], { type });
}

describe.each(TARGETS)('media upload and attach (%s)', (name) => {
  const mock = useMockTarget(name);

  it('answers the documented example field for field', async () => {
    mock.clock.set('2025-07-27T15:58:33.8999983Z');
    const file = bytes(2_268_156);
    const media = await uploadMedia(mock.client, file, { filename: 'pexels-gons3.jpg' });
    expect(media).toEqual({ token: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'pexels-gons3.jpg' });
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, locale: 'en' });
    expect(asset).toEqual({
      projectId: 7214,
      documentId: 19641,
      segmentId: 27665601,
      locale: 'en',
      relativePath: '',
      name: 'pexels-gons3.jpg',
      size: 2268156,
      contentType: 'image/jpeg',
      createdDate: '2025-07-27T15:58:33.8999983Z',
      modifiedDate: '2025-07-27T15:58:33.8999983Z',
      downloadUrl: `${mock.baseUrl}/api/resources/assets/27665601?locale=en&scope=pr7214&filename=pexels-gons3.jpg&v=638892287138999983`,
    });
  });

  it('stores real bytes that download unchanged', async () => {
    const jpeg = await fixture('pexels-gons3.jpg');
    const media = await uploadMedia(mock.client, jpeg, { filename: 'photo.jpg' });
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token });
    const response = await rawFetch(mock, new URL(asset.downloadUrl).pathname + new URL(asset.downloadUrl).search);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(await jpeg.arrayBuffer()));
  });

  it('takes the folder from the file name, or from relativePath when both are given', async () => {
    const inName = await uploadMedia(mock.client, bytes(10), { filename: 'subfolder/image.jpg' });
    const a = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: inName.token });
    expect([a.relativePath, a.name]).toEqual(['subfolder', 'image.jpg']);

    const both = await uploadMedia(mock.client, bytes(10), { filename: 'subfolder\\image.jpg' });
    const b = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: both.token, relativePath: '/public/images' });
    expect([b.relativePath, b.name]).toEqual(['public\\images', 'image.jpg']);

    const backslashes = await uploadMedia(mock.client, bytes(10), { filename: 'x.png' });
    const c = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: backslashes.token, relativePath: 'public\\views' });
    expect(c.relativePath).toBe('public\\views');
    expect(new URL(c.downloadUrl).searchParams.get('relativePath')).toBe('public\\views');
  });

  it('replacing a file keeps createdDate and changes modifiedDate and v', async () => {
    const first = await uploadMedia(mock.client, bytes(100), { filename: 'shot.png' });
    const original = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: first.token, locale: 'de' });
    mock.clock.advance(90_000.0123);
    const second = await uploadMedia(mock.client, bytes(200), { filename: 'shot.png' });
    const replaced = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: second.token, locale: 'de' });
    expect(replaced.createdDate).toBe(original.createdDate);
    expect(replaced.modifiedDate).not.toBe(original.modifiedDate);
    expect(new URL(replaced.downloadUrl).searchParams.get('v')).not.toBe(new URL(original.downloadUrl).searchParams.get('v'));
    expect(replaced.size).toBe(200);
    const list = await listSegmentAssets(mock.client, SCOPE, SEGMENT);
    expect(list.filter((a) => a.name === 'shot.png')).toHaveLength(1);
  });

  it('keeps the same name in another language or folder apart', async () => {
    for (const target of [{ locale: 'de' }, { locale: 'fr' }, { locale: null }, { locale: 'de', relativePath: 'a' }]) {
      const media = await uploadMedia(mock.client, bytes(5), { filename: 'same.png' });
      await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, ...target });
    }
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toHaveLength(4);
  });

  it('a file token can be attached once; a failed attach leaves it usable for a retry', async () => {
    const media = await uploadMedia(mock.client, bytes(10), { filename: 'retry.png' });
    mock.runtime.faults.set('attach:500:1');
    const failure = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token }).catch((e: unknown) => e);
    expect((failure as ApiError).kind).toBe('server');
    await expect(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token })).resolves.toMatchObject({ name: 'retry.png' });
    const used = await attachAsset(mock.client, { scope: SCOPE, segmentId: 27665602, fileToken: media.token }).catch((e: unknown) => e);
    expect((used as ApiError).title).toBe('The file token is unknown, expired or already used: upload the file again.');
  });

  it('a refused attach (bad locale) does not use up the token', async () => {
    const media = await uploadMedia(mock.client, bytes(10), { filename: 'keep.png' });
    const refused = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, locale: 'it' }).catch((e: unknown) => e);
    expect((refused as ApiError).title).toBe('The language "it" is not a language of this project.');
    await expect(attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token, locale: 'fr' })).resolves.toMatchObject({ locale: 'fr' });
  });

  it('a file token lives one hour', async () => {
    const media = await uploadMedia(mock.client, bytes(10), { filename: 'late.png' });
    mock.clock.advance(60 * 60_000 + 1);
    const late = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token }).catch((e: unknown) => e);
    expect((late as ApiError).status).toBe(400);
    expect((late as ApiError).title).toMatch(/unknown, expired or already used/);
  });

  it('refuses an unknown file token and a missing one', async () => {
    for (const fileToken of ['0123456789abcdef0123456789abcdef', '']) {
      const error = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken }).catch((e: unknown) => e);
      expect((error as ApiError).kind).toBe('invalid');
    }
  });

  it('enforces maxsize and accepts an empty file', async () => {
    const big = await uploadMedia(mock.client, bytes(2048), { filename: 'big.png', maxsize: 1024 }).catch((e: unknown) => e);
    expect((big as ApiError).status).toBe(400);
    expect((big as ApiError).title).toBe('The file is 2048 bytes, more than the maximum of 1024 bytes.');
    await expect(uploadMedia(mock.client, bytes(1024), { filename: 'exact.png', maxsize: 1024 })).resolves.toBeTruthy();
    const empty = await uploadMedia(mock.client, new Blob([]), { filename: 'empty.txt' });
    const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: empty.token });
    expect(asset).toMatchObject({ size: 0, contentType: 'text/plain' });
  });

  it('uses the multipart file name unless filename overrides it, and refuses a raw body', async () => {
    const form = new FormData();
    form.append('file', bytes(3, 'video/webm'), 'flow.webm');
    const multipart = await rawFetch(mock, '/api/media/upload', { method: 'POST', body: form });
    expect((await multipart.json()).result.name).toBe('flow.webm');

    const raw = await rawFetch(mock, '/api/media/upload?filename=raw.png', {
      method: 'POST', body: bytes(10), headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(raw.status).toBe(400);
    expect((await raw.json()).error.title).toBe('Send the file as multipart/form-data with one file part.');
  });

  it('a plain name arrives the same in the multipart part alone as with the filename parameter', async () => {
    // What uploadMedia sends without the parameter (needsNameInQuery false), against the parameter.
    const upload = async (filename: string, inQuery: boolean) => {
      const form = new FormData();
      form.append('file', bytes(3), filename);
      const query = inQuery ? `?filename=${encodeURIComponent(filename)}` : '';
      const answer = await (await rawFetch(mock, `/api/media/upload${query}`, { method: 'POST', body: form })).json();
      const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: answer.result.token });
      return [answer.result.name, asset.name];
    };
    for (const filename of ['shot (1) final.png', "it's-a_b+c=d~[e]{f}!@#$&^,.png"]) {
      expect(needsNameInQuery(filename)).toBe(false);
      expect(await upload(filename, false)).toEqual([filename, filename]);
      expect(await upload(filename, true)).toEqual([filename, filename]);
    }
    // Through uploadMedia, a name the part could alter goes in the query too, and arrives intact.
    for (const filename of ['Übersicht; 100%.png', 'naïve 😀.png', 'a;filename=evil.exe']) {
      expect(needsNameInQuery(filename)).toBe(true);
      const media = await uploadMedia(mock.client, bytes(3), { filename });
      const asset = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: media.token });
      expect([media.name, asset.name]).toEqual([filename, filename]);
    }
  });

  it('reads the content type from the upload, else from the extension', async () => {
    const typed = await uploadMedia(mock.client, bytes(3, 'video/webm'), { filename: 'clip.webm' });
    const generic = await uploadMedia(mock.client, bytes(3, ''), { filename: 'spec.pdf' });
    const a = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: typed.token });
    const b = await attachAsset(mock.client, { scope: SCOPE, segmentId: SEGMENT, fileToken: generic.token });
    expect([a.contentType, b.contentType]).toEqual(['video/webm', 'application/pdf']);
  });

  it('works through job scopes too, answering the scope it was asked with', async () => {
    for (const scope of ['jbs9926', 'jbc9927']) {
      const media = await uploadMedia(mock.client, bytes(3), { filename: `${scope}.png` });
      const asset = await attachAsset(mock.client, { scope, segmentId: SEGMENT, fileToken: media.token });
      expect(asset.projectId).toBe(7214);
      expect(new URL(asset.downloadUrl).searchParams.get('scope')).toBe(scope);
    }
    expect(await listSegmentAssets(mock.client, 'pr7214', SEGMENT)).toHaveLength(2);
  });
});

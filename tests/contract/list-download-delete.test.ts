import { describe, expect, it } from 'vitest';
import { deleteAllAssets, deleteAsset } from '../../src/api/delete-asset';
import { downloadAsset } from '../../src/api/download-asset';
import { listAssetsOfSegments, listSegmentAssets } from '../../src/api/list-assets';
import { rawFetch, TARGETS, useMockTarget } from './harness';
import { addAsset, bytes, failure, SCOPE, SEGMENT } from './helpers';

describe.each(TARGETS)('list, download, delete (%s)', (name) => {
  const mock = useMockTarget(name);

  it('lists one segment in every locale and folder', async () => {
    await addAsset(mock.client, 'a.png', { locale: 'en' });
    await addAsset(mock.client, 'b.png', { locale: null, relativePath: 'x/y' });
    await addAsset(mock.client, 'c.png', { segmentId: 27665602 });
    const list = await listSegmentAssets(mock.client, SCOPE, SEGMENT);
    expect(list.map((a) => [a.name, a.locale, a.relativePath])).toEqual([['b.png', null, 'x\\y'], ['a.png', 'en', '']]);
  });

  it('lists several segments in one call', async () => {
    await addAsset(mock.client, 'a.png');
    await addAsset(mock.client, 'b.png', { segmentId: 27665602 });
    await addAsset(mock.client, 'c.png', { segmentId: 27665603 });
    const list = await listAssetsOfSegments(mock.client, SCOPE, [27665601, 27665602]);
    expect(list.map((a) => a.segmentId).sort()).toEqual([27665601, 27665602]);
    const status = await failure(listAssetsOfSegments(mock.client, SCOPE, [27665601, 12345]));
    expect([status.status, status.kind]).toEqual([404, 'not-found']);
  });

  it('downloads with Content-Type, Content-Length and an encoded Content-Disposition', async () => {
    const asset = await addAsset(mock.client, 'Übersicht; 100%.png', { locale: 'de', size: 321 });
    const url = new URL(asset.downloadUrl);
    const response = await rawFetch(mock, url.pathname + url.search);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(response.headers.get('Content-Length')).toBe('321');
    expect(response.headers.get('Content-Disposition')).toBe(
      'inline; filename="_bersicht_ 100_.png"; filename*=UTF-8\'\'%C3%9Cbersicht%3B%20100%25.png',
    );
    const blob = await downloadAsset(mock.client, asset);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(await bytes(321).arrayBuffer()));
  });

  it('answers 404 for a file that is not there', async () => {
    const response = await rawFetch(mock, `/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=nothing.png`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.title).toBe('The requested file does not exist.');
  });

  it('deletes one asset, and a second delete is still 200', async () => {
    const keep = await addAsset(mock.client, 'same.png', { locale: 'en' });
    const gone = await addAsset(mock.client, 'same.png', { locale: 'de', relativePath: 'public\\views' });
    await deleteAsset(mock.client, SCOPE, gone);
    await deleteAsset(mock.client, SCOPE, gone);
    const list = await listSegmentAssets(mock.client, SCOPE, SEGMENT);
    expect(list).toEqual([keep]);
    expect((await failure(downloadAsset(mock.client, gone))).status).toBe(404);
  });

  it('finds a folder whichever separator the delete uses', async () => {
    await addAsset(mock.client, 'a.png', { relativePath: 'public/views' });
    await deleteAsset(mock.client, SCOPE, { segmentId: SEGMENT, name: 'a.png', locale: null, relativePath: '/public\\views/' });
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toEqual([]);
  });

  it('delete-all clears every locale and folder of that segment only', async () => {
    await addAsset(mock.client, 'a.png', { locale: 'en' });
    await addAsset(mock.client, 'b.png', { locale: 'ja', relativePath: 'deep/er' });
    await addAsset(mock.client, 'c.png', { locale: null });
    const other = await addAsset(mock.client, 'd.png', { segmentId: 27665602 });
    await deleteAllAssets(mock.client, SCOPE, SEGMENT);
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toEqual([]);
    expect(await listSegmentAssets(mock.client, SCOPE, 27665602)).toEqual([other]);
  });

  it('refuses an empty filename on delete rather than deleting everything', async () => {
    await addAsset(mock.client, 'a.png');
    const response = await rawFetch(mock, `/api/resources/assets/${SEGMENT}?scope=${SCOPE}&filename=`, { method: 'DELETE' });
    expect(response.status).toBe(400);
    expect(await listSegmentAssets(mock.client, SCOPE, SEGMENT)).toHaveLength(1);
  });
});

describe.each(TARGETS)('seeded demo data (%s)', (name) => {
  const mock = useMockTarget(name, { seed: true });

  it('holds the demo segment with its English photo and neutral screenshot', async () => {
    const list = await listSegmentAssets(mock.client, SCOPE, SEGMENT);
    expect(list.map((a) => `${a.locale ?? '*'} ${a.name} ${a.contentType}`)).toEqual(expect.arrayContaining([
      'en pexels-gons3.jpg image/jpeg',
      '* checkout-screen.png image/png',
    ]));
    const demo = list.find((a) => a.name === 'pexels-gons3.jpg')!;
    expect(new URL(demo.downloadUrl).searchParams.get('v')).toBe('638892287138999983');
  });

  it('holds a real video and a PDF on other segments', async () => {
    const list = await listAssetsOfSegments(mock.client, SCOPE, [27665602, 27665603]);
    const video = list.find((a) => a.contentType === 'video/webm')!;
    const pdf = list.find((a) => a.contentType === 'application/pdf')!;
    const webm = new Uint8Array(await (await downloadAsset(mock.client, video)).arrayBuffer());
    expect([...webm.slice(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    const head = new TextDecoder().decode((await (await downloadAsset(mock.client, pdf)).arrayBuffer()).slice(0, 5));
    expect(head).toBe('%PDF-');
    expect(pdf.relativePath).toBe('documents\\pdfs');
  });
});

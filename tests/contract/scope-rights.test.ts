import { describe, expect, it } from 'vitest';
import { attachAsset } from '../../src/api/attach-asset';
import { getScopeRights } from '../../src/api/scope-rights';
import { listSegmentAssets } from '../../src/api/list-assets';
import { uploadMedia } from '../../src/api/upload-media';
import { TARGETS, useMockTarget } from './harness';
import { bytes, failure } from './helpers';

describe.each(TARGETS)('scopes and rights (%s)', (name) => {
  const mock = useMockTarget(name);

  it('answers the scope, its properties and its languages', async () => {
    const rights = await getScopeRights(mock.client, 'pr7214');
    expect(rights.scope).toEqual({ type: 'Project', projectid: 7214 });
    expect(rights.properties).toEqual({ title: 'Web shop 4.2 \u2014 user interface', name: 'WEBSHOP-4.2' });
    expect(rights.locales.map((l) => [l.loc, l.name, l.issrc])).toEqual([
      ['en', 'English', true], ['de', 'Deutsch', false], ['fr', 'Fran\u00e7ais', false], ['ja', '\u65e5\u672c\u8a9e', false],
    ]);
  });

  it('maps the standard and the Codyt job to their project', async () => {
    const standard = await getScopeRights(mock.client, 'jbs9926');
    const codyt = await getScopeRights(mock.client, 'jbc9927');
    expect(standard.scope).toEqual({ type: 'Job', jobid: 9926, jobcdyt: false });
    expect(codyt.scope).toEqual({ type: 'Job', jobid: 9927, jobcdyt: true });
    expect(codyt.locales).toHaveLength(4);
  });

  it('refuses pr9999 with 403 on every call', async () => {
    const rights = await failure(getScopeRights(mock.client, 'pr9999'));
    expect([rights.status, rights.kind, rights.title]).toEqual([
      403, 'forbidden', 'You do not have the right to access the reference material of this project.',
    ]);
    const list = await failure(listSegmentAssets(mock.client, 'pr9999', 29990001));
    expect(list.status).toBe(403);
  });

  it('says where the account may only see (pr7301: canAddAssets false), and refuses an attach there with 403', async () => {
    expect((await getScopeRights(mock.client, 'pr7214')).canAddAssets).toBe(true);
    const viewOnly = await getScopeRights(mock.client, 'pr7301');
    expect(viewOnly.canAddAssets).toBe(false);
    expect(await listSegmentAssets(mock.client, 'pr7301', 27730101)).toEqual([]);
    const media = await uploadMedia(mock.client, bytes(16), { filename: 'shot.png' });
    const refused = await failure(attachAsset(mock.client, { scope: 'pr7301', segmentId: 27730101, fileToken: media.token }));
    expect([refused.status, refused.kind, refused.title]).toEqual([
      403, 'forbidden', 'You may see the reference material of this project, but not add to it.',
    ]);
    expect(await listSegmentAssets(mock.client, 'pr7301', 27730101)).toEqual([]);
  });

  it('answers 404 for an unknown segment, or one of another scope', async () => {
    for (const segmentId of [12345, 29990001]) {
      const error = await failure(listSegmentAssets(mock.client, 'pr7214', segmentId));
      expect([error.status, error.kind]).toEqual([404, 'not-found']);
      expect(error.title).toBe(`The segment ${segmentId} does not exist in pr7214.`);
    }
    expect((await failure(listSegmentAssets(mock.client, 'pr4242', 27665601))).status).toBe(404);
    expect((await failure(listSegmentAssets(mock.client, 'jbs4242', 27665601))).status).toBe(404);
  });

  it('refuses a malformed scope with a clear 400', async () => {
    const response = await fetch(`${mock.baseUrl}/api/resources/assets/27665601/list?scope=project7214`, {
      headers: { 'X-Auth-Token': await mock.login(), 'X-Auth-AccountId': 'demo' },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.title).toBe('"project7214" is not a scope: use pr{projectId}, jbs{jobId} or jbc{jobId}.');
  });
});

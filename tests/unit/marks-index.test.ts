import { describe, expect, it } from 'vitest';
import { assetKey, type Asset } from '../../src/domain/asset';
import { assetVersion, isMarksAsset, separateMarks } from '../../src/domain/marks-index';

function asset(name: string, change: Partial<Asset> = {}): Asset {
  return {
    projectId: 7214, documentId: 19641, segmentId: 27665601, locale: 'de', relativePath: '', name, size: 10, contentType: 'image/png',
    createdDate: '2026-11-01T10:00:00.0000000Z', modifiedDate: '2026-11-01T10:00:00.0000000Z', downloadUrl: `http://x/api/${name}`, ...change,
  };
}

describe('marks files beside their images', () => {
  it('takes marks files out of the list and finds each one its image', () => {
    const shot = asset('shot.png');
    const marks = asset('shot.png.marks.json', { contentType: 'application/json' });
    const { assets, marksOf } = separateMarks([shot, marks, asset('video.webm')]);
    expect(assets.map((a) => a.name)).toEqual(['shot.png', 'video.webm']);
    expect(marksOf.get(assetKey(shot))).toBe(marks);
    expect(isMarksAsset(marks)).toBe(true);
  });

  it('matches language, folder (either separator) and segment; names without case', () => {
    const shot = asset('Shot.PNG', { relativePath: 'ui\\dialogs' });
    const { marksOf } = separateMarks([
      shot,
      asset('shot.png.marks.json', { relativePath: 'ui/dialogs' }),
    ]);
    expect(marksOf.size).toBe(1);
    const other = separateMarks([shot, asset('Shot.PNG.marks.json', { locale: 'fr', relativePath: 'ui/dialogs' }), asset('Shot.PNG.marks.json', { segmentId: 1, relativePath: 'ui/dialogs' })]);
    expect(other.marksOf.size).toBe(0);
  });

  it('ignores a marks file whose image is gone, and keeps the newer of two', () => {
    expect(separateMarks([asset('gone.png.marks.json')])).toEqual({ assets: [], marksOf: new Map() });
    const shot = asset('shot.png');
    const older = asset('shot.png.marks.json', { modifiedDate: '2026-11-01T10:00:00.0000000Z' });
    const newer = asset('SHOT.png.marks.json', { modifiedDate: '2026-11-02T10:00:00.0000000Z' });
    expect(separateMarks([shot, newer, older]).marksOf.get(assetKey(shot))).toBe(newer);
  });

  it('reads an image version from its download URL, else from its date', () => {
    expect(assetVersion(asset('a.png', { downloadUrl: 'https://x/api/resources/assets/1?filename=a.png&v=638892287138999983' }))).toBe('638892287138999983');
    expect(assetVersion(asset('a.png', { downloadUrl: 'not a url', modifiedDate: '2025-07-27T15:58:33.8999983Z' }))).toBe('638892287138999983');
    expect(assetVersion(asset('a.png', { downloadUrl: 'x', modifiedDate: 'yesterday' }))).toBeNull();
  });
});

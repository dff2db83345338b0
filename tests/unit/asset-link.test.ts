import { describe, expect, it } from 'vitest';
import type { Asset } from '../../src/domain/asset';
import { findLinkedAsset, formatAssetParam, parseAssetParam } from '../../src/domain/asset-link';

const asset = (name: string, locale: string | null, relativePath = ''): Asset => ({
  projectId: 7214, documentId: 19641, segmentId: 27665601, locale, relativePath, name, size: 1, contentType: 'image/png',
  createdDate: '2025-07-27T15:58:33.8999983Z', modifiedDate: '2025-07-27T15:58:33.8999983Z', downloadUrl: 'https://x/api/a',
});

describe('the asset parameter of a panel link', () => {
  it('names language, folder (either separator) and name, and reads back the same', () => {
    expect(formatAssetParam(asset('checkout.png', 'de', 'screens\\checkout'))).toBe('de:screens/checkout/checkout.png');
    expect(formatAssetParam(asset('shot.png', null))).toBe(':shot.png');
    expect(parseAssetParam('de:screens/checkout/checkout.png')).toEqual({ locale: 'de', relativePath: 'screens/checkout', name: 'checkout.png' });
    expect(parseAssetParam(':shot.png')).toEqual({ locale: null, relativePath: '', name: 'shot.png' });
  });

  it('refuses what is not an address', () => {
    for (const value of [null, '', 'shot.png', 'de:', 'de:screens/', '../..:x.png', 'x'.repeat(3000)]) {
      expect(parseAssetParam(value), String(value).slice(0, 20)).toBeNull();
    }
  });

  it('finds the asset as the server compares names: without case, whatever the separator', () => {
    const list = [asset('Shot.png', 'de', 'a\\b'), asset('shot.png', null, 'a/b'), asset('other.png', 'de')];
    expect(findLinkedAsset(list, 27665601, parseAssetParam('de:A/B/shot.PNG')!)).toBe(list[0]);
    expect(findLinkedAsset(list, 27665601, parseAssetParam(':a/b/shot.png')!)).toBe(list[1]);
    expect(findLinkedAsset(list, 27665601, parseAssetParam('fr:a/b/shot.png')!)).toBeNull();
    expect(findLinkedAsset(list, 27665602, parseAssetParam('de:a/b/shot.png')!)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { envelope, parseHostMessage, parsePanelMessage } from '../../src/embed/iframe/protocol';

describe('the iframe protocol: links to assets', () => {
  it('init says whether the host answers need-link', () => {
    expect(parseHostMessage(envelope({ type: 'init', token: 't', assetLinks: true }))).toMatchObject({ type: 'init', assetLinks: true });
    expect(parseHostMessage(envelope({ type: 'init', token: 't' }))).toMatchObject({ type: 'init', assetLinks: false });
    expect(parseHostMessage({ ...envelope({ type: 'init', token: 't' }), assetLinks: 'yes' })).toBeNull();
  });

  it('the host answers need-link with a link or null; anything else is ignored', () => {
    expect(parseHostMessage(envelope({ type: 'link', requestId: 3, url: 'https://editor.example/a' }))).toEqual({ type: 'link', requestId: 3, url: 'https://editor.example/a' });
    expect(parseHostMessage(envelope({ type: 'link', requestId: 3, url: null }))).toEqual({ type: 'link', requestId: 3, url: null });
    expect(parseHostMessage({ ...envelope({ type: 'link', requestId: 3, url: null }), url: 42 })).toBeNull();
    expect(parseHostMessage({ ...envelope({ type: 'link', requestId: 3, url: null }), requestId: 0 })).toBeNull();
  });

  it('need-link carries the asset', () => {
    const asset = { name: 'shot.png', segmentId: 1 };
    expect(parsePanelMessage(envelope({ type: 'need-link', requestId: 1, asset }))).toEqual({ type: 'need-link', requestId: 1, asset });
    expect(parsePanelMessage({ ...envelope({ type: 'need-link', requestId: 1, asset }), asset: 'shot.png' })).toBeNull();
  });
});

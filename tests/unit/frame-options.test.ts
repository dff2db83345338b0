import { describe, expect, it } from 'vitest';
import { frameOptionsFromUrl } from '../../src/embed/iframe/frame-options';

const base = '?apiBaseUrl=https://wb.example&accountId=demo&scope=pr7214&segmentId=27665601&parentOrigin=https://editor.example';

describe('the iframe panel\'s options from its URL', () => {
  it('takes "Find my segment\'s string on screenshots I drop" on only when asked (proposeAfterDrop=true)', () => {
    expect(frameOptionsFromUrl(base)).toMatchObject({ proposeAfterDrop: false, marking: true });
    expect(frameOptionsFromUrl(`${base}&proposeAfterDrop=true`)).toMatchObject({ proposeAfterDrop: true });
    expect(frameOptionsFromUrl(`${base}&proposeAfterDrop=yes`)).toMatchObject({ proposeAfterDrop: false });
  });
});

/**
 * A bare host page for the end-to-end tests of the embedding APIs: it loads the library entry and
 * the custom element as an integrator would, and hands them to the test (window.panelLib).
 * Object URLs are counted so a test can tell whether destroy() left any alive.
 */
import * as lib from '../../../src/embed/index';
import '../../../src/embed/element';
import { envelope } from '../../../src/embed/iframe/protocol';

const live = new Set<string>();
const create = URL.createObjectURL.bind(URL);
const revoke = URL.revokeObjectURL.bind(URL);
URL.createObjectURL = (object: Blob | MediaSource) => {
  const url = create(object);
  live.add(url);
  return url;
};
URL.revokeObjectURL = (url: string) => {
  live.delete(url);
  revoke(url);
};

async function signIn(apiBaseUrl: string): Promise<string> {
  const response = await fetch(`${apiBaseUrl}/api/auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountid: 'demo', key: 'demo-key' }),
  });
  return response.json() as Promise<string>;
}

Object.assign(window, { panelLib: { ...lib, envelope, signIn, liveObjectUrls: () => [...live] }, hostReady: true });

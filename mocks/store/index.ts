import type { Asset } from '../../src/domain/asset';
import { systemClock, type MockClock } from '../clock';
import * as assets from './assets';
import * as auth from './auth';
import * as media from './media';
import * as scope from './scope';
import type { MediaRecord, MockPersistence, MockState, MockWorld, StoredAsset, ThrottleRule } from './state';

export interface MockStoreOptions {
  world: MockWorld;
  clock?: MockClock;
  persistence?: MockPersistence | null;
}

/**
 * The contract (CONTRACT.md) as plain functions over in-memory state: the handlers translate
 * HTTP to these calls, so the browser worker, msw/node and the HTTP server share every rule.
 */
export function createMockStore({ world, clock = systemClock(), persistence = null }: MockStoreOptions) {
  const state: MockState = {
    world,
    clock,
    sessions: new Map(),
    media: new Map(),
    assets: new Map(),
    throttle: null,
    calls: new Map(),
  };

  // Writes go through in the background; a failed write only costs persistence, not the answer.
  const persist = (write: (p: MockPersistence) => Promise<void>) => {
    if (persistence) write(persistence).catch((error: unknown) => console.warn('[mock] could not persist', error));
  };

  return {
    state,
    clock,

    login: (body: unknown) => auth.login(state, body),
    logout: (token: string | null) => auth.logout(state, token),
    authenticate: (token: string | null, accountId: string | null) => auth.authenticate(state, token, accountId),
    expireAllSessions: () => auth.expireAllSessions(state),
    setThrottle(rule: ThrottleRule | null) {
      state.throttle = rule;
      state.calls.clear();
    },

    rights(accountId: string, body: unknown) {
      return scope.rightsOf(scope.resolveScope(state, accountId, scope.parseScopeObject(body)));
    },

    receiveMedia(input: media.MediaInput): MediaRecord {
      const record = media.receiveMedia(state, input);
      persist((p) => p.putMedia(record));
      return record;
    },

    attach(accountId: string, scopeCode: string | null, segmentParam: string, body: assets.AttachBody, origin: string): Asset {
      const resolved = scope.resolveScopeCode(state, accountId, scopeCode);
      const segmentId = scope.parseSegmentParam(segmentParam);
      const token = typeof body.filetoken === 'string' ? body.filetoken : '';
      const { key, stored } = assets.attach(state, accountId, resolved, segmentId, body);
      persist(async (p) => {
        await p.putAsset(key, stored);
        await p.deleteMedia(token);
      });
      return assets.toAsset(stored, origin, resolved.code);
    },

    list(accountId: string, scopeCode: string | null, segmentIds: number[], origin: string): Asset[] {
      const resolved = scope.resolveScopeCode(state, accountId, scopeCode);
      return assets.listAssets(state, resolved, segmentIds).map((a) => assets.toAsset(a, origin, resolved.code));
    },

    download(accountId: string, scopeCode: string | null, segmentParam: string, address: assets.AssetAddressParams): StoredAsset {
      const resolved = scope.resolveScopeCode(state, accountId, scopeCode);
      return assets.findAsset(state, resolved, scope.parseSegmentParam(segmentParam), address);
    },

    deleteOne(accountId: string, scopeCode: string | null, segmentParam: string, address: assets.AssetAddressParams): void {
      const resolved = scope.resolveScopeCode(state, accountId, scopeCode);
      const key = assets.deleteAsset(state, resolved, scope.parseSegmentParam(segmentParam), address);
      if (key) persist((p) => p.deleteAsset(key));
    },

    deleteAll(accountId: string, scopeCode: string | null, segmentParam: string): number {
      const resolved = scope.resolveScopeCode(state, accountId, scopeCode);
      const keys = assets.deleteAllAssets(state, resolved, scope.parseSegmentParam(segmentParam));
      persist(async (p) => {
        for (const key of keys) await p.deleteAsset(key);
      });
      return keys.length;
    },

    /** Seeding and restoring bypass the HTTP rules but not the storage. */
    putStored(key: string, stored: StoredAsset, save = true): void {
      state.assets.set(key, stored);
      if (save) persist((p) => p.putAsset(key, stored));
    },
    restoreMedia(record: MediaRecord): void {
      state.media.set(record.token, record);
    },
    clearData(): void {
      state.assets.clear();
      state.media.clear();
      state.sessions.clear();
      state.calls.clear();
    },
  };
}

export type MockStore = ReturnType<typeof createMockStore>;
export type { MockWorld, StoredAsset, MediaRecord, MockPersistence } from './state';

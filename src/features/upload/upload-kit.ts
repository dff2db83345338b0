import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { attachAsset } from '../../api/attach-asset';
import { getScopeRights } from '../../api/scope-rights';
import { uploadMedia } from '../../api/upload-media';
import type { Asset } from '../../domain/asset';
import type { Translate, UiLanguage } from '../../ui/i18n/i18n';
import { createAnnouncer, type Announcer } from './core/announcer';
import { createKeepingStatus, type KeepingStatus } from './core/keeping-status';
import type { UploadPersistence } from './core/persistence';
import { createUploadRunner, type UploadRunner } from './core/runner';
import { createUploadStore, type UploadState, type UploadStore } from './core/store';
import { throttledStore, type ThrottledStore } from './core/throttled-store';
import type { UploadRecord } from './core/types';
import { createArrivals, createListRefresher, findAttachedAsset } from './cache';
import { guardLeaving } from './leave-guard';
import { uploadErrorText } from './upload-error-text';

/** One panel's uploads: what the components around the queue read and call. */
export interface UploadKit {
  store: UploadStore;
  /** The store for the screen: wakes React at most every 100 ms, every 300 ms once changes keep coming (at once when the queue is done). */
  throttledStore: ThrottledStore<UploadState>;
  runner: UploadRunner;
  announcer: Announcer;
  /** Whether uploads would survive a reload, when the panel was asked to keep them. */
  keeping: KeepingStatus;
}

/** What the kit asks of the panel around it, at each event: the language and the host's callbacks may change. */
export interface UploadKitHost {
  words(): { t: Translate; language: UiLanguage };
  onUploaded(asset: Asset, record: UploadRecord): void;
  onUploadFailed(record: UploadRecord): void;
  /** The session could not be renewed: the queue waits. */
  onError(error: unknown): void;
}

/** Where unfinished uploads are kept across a reload (see core/persistence). */
export interface KeepAcrossReload {
  namespace: string;
  owner: string;
  maxStoredFileSize: number;
}

/** An attach waits this long at most for its file token to be saved (IndexedDB may hang). */
const SAVE_WAIT_MS = 2000;

function describeTarget(t: Translate, record: UploadRecord): string {
  return record.target.locale
    ? t('upload.targetLocale', { segment: record.target.segmentId, locale: record.target.locale })
    : t('upload.targetNeutral', { segment: record.target.segmentId });
}

/** Resolves when `saved` does, or after `ms` at the latest. */
function atMost(saved: Promise<void>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void saved.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The store, runner and announcer of one panel, wired to the server and the query cache. Made
 * once per panel; `start` runs it (and keeps it across reloads) until the function it returns.
 */
export function createUploadKit(
  client: ApiClient, queryClient: QueryClient, limits: { concurrency: number; maxFileSize: number }, host: UploadKitHost,
): UploadKit & { start(keep: KeepAcrossReload | null): () => void } {
  const store = createUploadStore(limits.concurrency);
  const announcer = createAnnouncer();
  const keeping = createKeepingStatus();
  // Streaming from 300 ms on, not 1 s: a batch of 100 files of 1 MB is over in about a second,
  // and rendered at 10 Hz all through it (measured: 4 % of its time on a two-core machine).
  const throttled = throttledStore(store, { ms: 100, streamMs: 300, streamAfterMs: 300 });
  const lists = createListRefresher(queryClient);
  const arrivals = createArrivals(queryClient);
  /** The persistence that mirrors the store while the kit runs, if any. */
  let persistence: UploadPersistence | null = null;

  const runner = createUploadRunner({
    store,
    ...limits,
    beforeAttach(record) {
      const saved = persistence?.saved(record.id);
      return saved && atMost(saved, SAVE_WAIT_MS);
    },
    transport: {
      upload: (file, uploadOptions) => uploadMedia(client, file, uploadOptions),
      attach: (input) => attachAsset(client, input),
      findAttached: (record) => findAttachedAsset(client, record),
      // Authenticated, small, and answered by every Wordbee server: if it answers, so will uploads.
      probe: (scope, signal) => getScopeRights(client, scope, signal),
    },
    events: {
      attached(record, asset, more) {
        arrivals.add(record.target.scope, asset, more);
        lists.touched(record.target.scope);
        const { t } = host.words();
        announcer.done(
          t('upload.announceDone', { name: record.name, target: describeTarget(t, record) }),
          (count) => host.words().t('upload.announceDoneMany', { count }),
        );
        host.onUploaded(asset, record);
      },
      failed(record) {
        const { t, language } = host.words();
        announcer.say(t('upload.announceFailed', { name: record.name, reason: uploadErrorText(t, language, record.error) }));
        host.onUploadFailed(record);
      },
      idle: () => {
        // The last file just finished: show it now rather than at the next throttled tick.
        throttled.flush();
        arrivals.flush();
        lists.flush();
      },
      sessionExpired(error) {
        announcer.say(host.words().t('upload.sessionExpired'));
        host.onError(error);
      },
      offline: () => announcer.say(host.words().t('upload.offline')),
      online: () => announcer.say(host.words().t('upload.backOnline')),
    },
  });

  function start(keep: KeepAcrossReload | null): () => void {
    let kept: UploadPersistence | null = null;
    let live = true;
    runner.start();
    const offline = () => runner.browserOffline();
    const online = () => runner.tryNow();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    const stopGuarding = guardLeaving({ live: store, settled: throttled }, (record) => !!persistence?.survivesReload(record));
    if (keep) keeping.ask(keep.maxStoredFileSize);
    if (keep && typeof indexedDB === 'undefined') keeping.unavailable();
    else if (keep) {
      // Its code (IndexedDB, the file keeper) loads here, for a panel told to keep uploads only:
      // reading the records kept before a reload is asynchronous anyway, and what is dropped
      // meanwhile is written when mirroring begins.
      void import('./core/persistence').then(({ createUploadPersistence }) => {
        if (!live) return;
        const mine = createUploadPersistence(keep);
        kept = mine;
        keeping.use(mine);
        void mine.load().then((records) => {
          if (!live) return;
          mine.mirror(store);
          persistence = mine;
          runner.restore(records);
        });
      }, (error: unknown) => {
        console.warn('Uploads cannot be kept across a reload: their code did not load', error);
        if (live) keeping.unavailable();
      });
    }
    return () => {
      live = false;
      persistence = null;
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      stopGuarding();
      keeping.stop();
      runner.stop();
      void kept?.close();
    };
  }

  return { store, throttledStore: throttled, runner, announcer, keeping, start };
}

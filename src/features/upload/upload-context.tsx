import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../api/client';
import { useApiClient } from '../../api/client-context';
import { attachAsset } from '../../api/attach-asset';
import { getScopeRights } from '../../api/scope-rights';
import { uploadMedia } from '../../api/upload-media';
import type { Asset } from '../../domain/asset';
import { createAnnouncer, type Announcer } from './core/announcer';
import { DEFAULT_MAX_FILE_SIZE } from './core/checks';
import { createUploadPersistence, DEFAULT_MAX_STORED_FILE_SIZE } from './core/persistence';
import { createUploadRunner, type UploadRunner } from './core/runner';
import { createUploadStore, type UploadState, type UploadStore } from './core/store';
import { throttledStore, type ThrottledStore } from './core/throttled-store';
import type { UploadRecord } from './core/types';
import { createListRefresher, findAttachedAsset, putAssetsInCache } from './cache';
import { useI18n, type Translate, type UiLanguage } from '../../ui/i18n/i18n';
import { uploadErrorText } from './upload-error-text';
import type { PasteScope } from './paste-reach';

export interface UploadOptions {
  concurrency?: number;
  maxFileSize?: number;
  /** Files up to this size survive a reload in IndexedDB (default 200 MB). */
  maxStoredFileSize?: number;
  /** Separates this panel's saved uploads from another panel's; absent, null or empty: keep nothing. */
  persistKey?: string | null;
  onUploaded?: (asset: Asset, record: UploadRecord) => void;
  onUploadFailed?: (record: UploadRecord) => void;
  /** The session could not be renewed: the queue waits. */
  onError?: (error: unknown) => void;
  /** Where an image paste is taken (see paste-reach.tsx); default `panel`. */
  paste?: PasteScope;
}

interface UploadContextValue {
  store: UploadStore;
  /** The store for the screen: wakes React at most every 100 ms (at once when a file finishes). */
  view: ThrottledStore<UploadState>;
  runner: UploadRunner;
  announcer: Announcer;
  paste: PasteScope;
}

/** What the runner's events call: replaced on every render, read when an event happens. */
interface Listeners {
  t: Translate;
  language: UiLanguage;
  onUploaded?: UploadOptions['onUploaded'];
  onUploadFailed?: UploadOptions['onUploadFailed'];
  onError?: UploadOptions['onError'];
}

const UploadContext = createContext<UploadContextValue | null>(null);

function describeTarget(t: Translate, record: UploadRecord): string {
  return record.target.locale
    ? t('upload.targetLocale', { segment: record.target.segmentId, locale: record.target.locale })
    : t('upload.targetNeutral', { segment: record.target.segmentId });
}

const DEFAULT_CONCURRENCY = 4;

/** An attach waits this long at most for its file token to be saved (IndexedDB may hang). */
const SAVE_WAIT_MS = 2000;

/** Where the runner asks whether a record's latest state is saved; set once persistence is attached. */
interface Saving {
  saved: ((id: string) => Promise<void>) | null;
}

function createUploadKit(
  client: ApiClient, queryClient: QueryClient, options: UploadOptions, listeners: Listeners,
): Omit<UploadContextValue, 'paste'> & { saving: Saving } {
  const saving: Saving = { saved: null };
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const store = createUploadStore(concurrency);
  const announcer = createAnnouncer();
  const view = throttledStore(store, 100);
  const lists = createListRefresher(queryClient);
  // Finished files reach the gallery together, a few times a second, not one render each.
  let arrived: { scope: string; asset: Asset }[] = [];
  let arrivalTimer: ReturnType<typeof setTimeout> | null = null;
  const showArrived = () => {
    arrivalTimer = null;
    const batch = arrived;
    arrived = [];
    putAssetsInCache(queryClient, batch);
  };
  const runner = createUploadRunner({
    store,
    concurrency,
    maxFileSize,
    beforeAttach(record) {
      const saved = saving.saved?.(record.id);
      return saved && new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, SAVE_WAIT_MS);
        void saved.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    transport: {
      upload: (file, uploadOptions) => uploadMedia(client, file, uploadOptions),
      attach: (input) => attachAsset(client, input),
      findAttached: (record) => findAttachedAsset(client, record),
      // Authenticated, small, and answered by every Wordbee server: if it answers, so will uploads.
      probe: (scope, signal) => getScopeRights(client, scope, signal),
    },
    events: {
      attached(record, asset) {
        arrived.push({ scope: record.target.scope, asset });
        arrivalTimer ??= setTimeout(showArrived, 150);
        lists.touched(record.target.scope);
        announcer.done(
          listeners.t('upload.announceDone', { name: record.name, target: describeTarget(listeners.t, record) }),
          (count) => listeners.t('upload.announceDoneMany', { count }),
        );
        listeners.onUploaded?.(asset, record);
      },
      failed(record) {
        announcer.say(listeners.t('upload.announceFailed', { name: record.name, reason: uploadErrorText(listeners.t, listeners.language, record.error) }));
        listeners.onUploadFailed?.(record);
      },
      idle: () => {
        // The last file just finished: show it now rather than at the next throttled tick.
        view.flush();
        if (arrivalTimer) {
          clearTimeout(arrivalTimer);
          showArrived();
        }
        lists.flush();
      },
      sessionExpired(error) {
        announcer.say(listeners.t('upload.sessionExpired'));
        listeners.onError?.(error);
      },
      offline: () => announcer.say(listeners.t('upload.offline')),
      online: () => announcer.say(listeners.t('upload.backOnline')),
    },
  });
  return { store, view, runner, announcer, saving };
}

/** One upload queue per panel: its store, runner and saved state are created here, never shared. */
export function UploadProvider({ children, ...options }: UploadOptions & { children: ReactNode }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { t, language } = useI18n();
  const [listeners] = useState<Listeners>(() => ({ t, language }));
  const [value] = useState(() => createUploadKit(client, queryClient, options, listeners));
  const { onUploaded, onUploadFailed, onError } = options;
  useEffect(() => {
    Object.assign(listeners, { t, language, onUploaded, onUploadFailed, onError });
  }, [listeners, t, language, onUploaded, onUploadFailed, onError]);

  // The kit is made once; limits a host changes later (`update()`) reach its runner here.
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  useEffect(() => {
    value.runner.configure({ concurrency, maxFileSize });
  }, [value, concurrency, maxFileSize]);

  // Off when absent or empty, whichever entry point the panel came through.
  const persistKey = options.persistKey?.trim() ? options.persistKey : null;
  const { maxStoredFileSize = DEFAULT_MAX_STORED_FILE_SIZE } = options;
  useEffect(() => {
    const { store, runner, saving } = value;
    let detach: (() => void) | null = null;
    let live = true;
    runner.start();
    const offline = () => runner.browserOffline();
    const online = () => runner.tryNow();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    if (persistKey !== null && typeof indexedDB !== 'undefined') {
      const persistence = createUploadPersistence({
        namespace: persistKey, owner: `${client.apiRoot}|${client.session.accountId}`, maxStoredFileSize,
      });
      void persistence.load().then((records) => {
        if (!live) return;
        detach = persistence.attach(store);
        saving.saved = persistence.saved;
        runner.restore(records);
      });
    }
    return () => {
      live = false;
      saving.saved = null;
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      runner.stop();
      detach?.();
    };
  }, [value, client, persistKey, maxStoredFileSize]);

  const paste = options.paste ?? 'panel';
  const provided = useMemo(() => ({ ...value, paste }), [value, paste]);
  return <UploadContext.Provider value={provided}>{children}</UploadContext.Provider>;
}

export function useUploads(): UploadContextValue {
  const value = useContext(UploadContext);
  if (!value) throw new Error('useUploads needs an <UploadProvider> above it');
  return value;
}

import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApiClient } from '../../api/client-context';
import type { Asset } from '../../domain/asset';
import { useI18n } from '../../ui/i18n/i18n';
import { useEventCallback } from '../../ui/use-event-callback';
import { DEFAULT_MAX_FILE_SIZE } from './core/checks';
import { DEFAULT_MAX_STORED_FILE_SIZE } from './core/keeping';
import type { UploadRecord } from './core/types';
import type { PasteScope } from './paste-scope';
import { createUploadKit, type UploadKit } from './upload-kit';

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

type UploadContextValue = UploadKit & { paste: PasteScope };

const UploadContext = createContext<UploadContextValue | null>(null);

const DEFAULT_CONCURRENCY = 4;

/** One upload queue per panel: its store, runner and saved state are created here, never shared. */
export function UploadProvider({ children, ...options }: UploadOptions & { children: ReactNode }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { t, language } = useI18n();
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // The kit is made once; what it tells goes through these, which call the latest render's.
  const words = useEventCallback(() => ({ t, language }));
  const onUploaded = useEventCallback(options.onUploaded);
  const onUploadFailed = useEventCallback(options.onUploadFailed);
  const onError = useEventCallback(options.onError);
  const [kit] = useState(() => createUploadKit(client, queryClient, { concurrency, maxFileSize }, {
    words, onUploaded, onUploadFailed, onError,
  }));

  // Limits a host changes later (`update()`) reach the runner here.
  useEffect(() => {
    kit.runner.configure({ concurrency, maxFileSize });
  }, [kit, concurrency, maxFileSize]);

  // Off when absent or empty, whichever entry point the panel came through.
  const persistKey = options.persistKey?.trim() ? options.persistKey : null;
  const { maxStoredFileSize = DEFAULT_MAX_STORED_FILE_SIZE } = options;
  useEffect(() => kit.start(persistKey === null ? null : {
    namespace: persistKey, owner: `${client.apiRoot}|${client.session.accountId}`, maxStoredFileSize,
  }), [kit, client, persistKey, maxStoredFileSize]);

  const paste = options.paste ?? 'panel';
  const provided = useMemo<UploadContextValue>(() => {
    const { store, throttledStore, runner, announcer, keeping } = kit;
    return { store, throttledStore, runner, announcer, keeping, paste };
  }, [kit, paste]);
  return <UploadContext.Provider value={provided}>{children}</UploadContext.Provider>;
}

/** The panel's upload kit: its store (and the throttled one for the screen), runner and announcer. */
export function useUploadKit(): UploadContextValue {
  const value = useContext(UploadContext);
  if (!value) throw new Error('useUploadKit needs an <UploadProvider> above it');
  return value;
}

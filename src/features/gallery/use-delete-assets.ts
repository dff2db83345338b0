import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { beforeSignOut } from '../../api/before-sign-out';
import { useApiClient } from '../../api/client-context';
import { isApiError } from '../../api/errors';
import { assetKeys } from '../../api/query-keys';
import type { Asset } from '../../domain/asset';
import { isMarksAsset } from '../../domain/marks-index';
import { useI18n } from '../../ui/i18n/i18n';
import { useToasts } from '../../ui/toasts';
import { errorText } from '../../ui/user-message';
import { createDeleteQueue, type PendingDelete } from './delete-queue';
import type { DeleteRequest } from './delete-dialogs';
import { finishUnsent, unsentDeletes } from './unsent-deletes';

/** How long a confirmed delete waits for an Undo before its calls go out. */
export const UNDO_WINDOW_MS = 10_000;

interface DeleteCallbacks {
  /** The calls went out and succeeded. `all`: the segment's delete-all, not one file. */
  onDeleted?: (assets: Asset[], all: boolean) => void;
  onFailed?: (error: unknown, assets: Asset[], all: boolean) => void;
  /** Milliseconds a delete waits for an Undo (tests shorten it). */
  windowMs?: number;
}

const deletedAssets = (request: DeleteRequest) => ('asset' in request ? [request.asset] : request.all);

/**
 * Deletes one asset or all of a segment's, deliberately: the tiles leave at once, a toast offers
 * Undo for `windowMs` (paused while hovered or focused), then the calls go out. Closing the toast
 * sends them at once; so does leaving the page or unmounting the panel (keepalive requests, noted
 * down until answered: see unsent-deletes). A failed delete puts the tiles back and says why.
 */
export function useDeleteAssets(callbacks: DeleteCallbacks = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const { t, language } = useI18n();
  const latest = useRef({ callbacks, t, language });
  useEffect(() => {
    latest.current = { callbacks, t, language };
  });
  // Each waiting delete's toast, by the delete's id.
  const [{ queue, toastOf }] = useState(() => {
    const toastIds = new Map<number, number>();
    const withdraw = (p: PendingDelete) => {
      const toast = toastIds.get(p.id);
      if (toast !== undefined) toasts.withdraw(toast);
    };
    return { toastOf: toastIds, queue: createDeleteQueue(queryClient, client, withdraw) };
  });

  const owner = `${client.apiRoot}|${client.session.accountId}`;

  /** `keepalive`: the page (or the panel) is going away; written down until known to have gone out. */
  function send(p: PendingDelete, keepalive = false): Promise<void> {
    const toast = toastOf.get(p.id);
    toastOf.delete(p.id);
    if (toast !== undefined) toasts.withdraw(toast);
    const all = !('asset' in p.request);
    const note = keepalive ? `${Date.now()}-${p.id}-${Math.random().toString(36).slice(2)}` : null;
    if (note) {
      const assets = [...p.hidden.values()].map(({ segmentId, locale, relativePath, name, downloadUrl }) => ({ segmentId, locale, relativePath, name, downloadUrl }));
      unsentDeletes.remember(owner, { id: note, scope: p.scope, segmentId: p.segmentId, assets, at: Date.now() });
    }
    return queue.send(p.id, keepalive).then(
      (sent) => {
        if (note) unsentDeletes.forget(owner, note);
        if (sent) latest.current.callbacks.onDeleted?.(deletedAssets(p.request), all);
      },
      (error: unknown) => {
        // The server said no: nothing to finish later. No answer (a page going away cuts the
        // request off): the note stays for the next load.
        if (note && isApiError(error) && error.status > 0) unsentDeletes.forget(owner, note);
        const { t: say, language: lang } = latest.current;
        const what = 'asset' in p.request ? say('gallery.deleteFailed', { name: p.request.asset.name }) : say('gallery.deleteAllFailed');
        toasts.show({ tone: 'error', text: `${what} ${errorText(say, lang, error)}`, keepOnSegmentChange: true });
        latest.current.callbacks.onFailed?.(error, deletedAssets(p.request), all);
      },
    );
  }

  // Leaving the page (or the panel going away) sends what waits: nothing is left undecided. At
  // pagehide, the one event that means the page really goes (bfcache and mobile included): at
  // beforeunload a host's "Leave this page?" may still keep the user here, Undo toast and all.
  // Keepalive requests started at pagehide are delivered.
  useEffect(() => {
    const stop = queue.watch();
    // What an earlier page of this server and account sent as it went, and may not have delivered.
    for (const entry of unsentDeletes.take(owner)) {
      finishUnsent(client, entry).then((gone) => {
        if (gone.length === 0) return;
        void queryClient.invalidateQueries({ queryKey: assetKeys.scope(entry.scope) });
        latest.current.callbacks.onDeleted?.(gone.filter((a) => !isMarksAsset(a)), false);
      }, () => unsentDeletes.remember(owner, entry));
    }
    const sendWaiting = () => Promise.all(queue.waiting().map((p) => send(p, true)));
    const leave = () => void sendWaiting();
    window.addEventListener('pagehide', leave);
    // Signing out inside the Undo window: the deletes go out (and are answered) before the logout.
    const offSignOut = beforeSignOut(client, sendWaiting);
    return () => {
      offSignOut();
      window.removeEventListener('pagehide', leave);
      leave();
      stop();
    };
  }, [queue]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    schedule(scope: string, segmentId: number, request: DeleteRequest) {
      const { t: say, callbacks: { windowMs = UNDO_WINDOW_MS } } = latest.current;
      const p = queue.hide(scope, segmentId, request);
      const name = 'asset' in request ? request.asset.name : null;
      const toast = toasts.show({
        text: 'asset' in request ? say('gallery.deleted', { name: request.asset.name }) : say('gallery.deletedAll', { count: request.all.length }),
        duration: windowMs,
        keepOnSegmentChange: true,
        action: {
          label: say('toast.undo'),
          name: name ? say('gallery.undoDelete', { name }) : say('gallery.undoDeleteAll'),
          run: () => {
            toastOf.delete(p.id);
            if (queue.restore(p.id)) toasts.show({ text: name ? say('gallery.restored', { name }) : say('gallery.restoredAll') });
          },
        },
        onExit: (exit) => {
          if (exit !== 'action') send(p);
        },
      });
      toastOf.set(p.id, toast);
    },
  };
}

import type { Asset } from '../../domain/asset';
import { mountAssetPanel, type AssetPanelHandle, type MountOptions } from '../mount';
import { EVENT_NAMES, type AssetPanelEvents } from '../options';
import { envelope, parseHostMessage, type PanelMessage } from './protocol';

interface BridgeOptions {
  element: Element;
  options: Omit<MountOptions, 'token' | 'getToken'>;
  allowedOrigins: readonly string[];
  /** The window that may talk to us: the parent. */
  parent: Window;
  self: Window;
}

const TOKEN_TIMEOUT_MS = 15_000;

/**
 * The iframe side: listens to the parent (only from an allowed origin, only that window, only
 * well-formed messages), mounts the panel on `init`, asks the parent for fresh tokens, and sends
 * the panel's events back to the origin that initialized it.
 */
export function startFrameBridge({ element, options, allowedOrigins, parent, self }: BridgeOptions) {
  let handle: AssetPanelHandle | null = null;
  let parentOrigin: string | null = null;
  let pending: Partial<MountOptions> = {};
  let nextRequest = 1;
  const waiting = new Map<number, (token: string) => void>();
  const linkAnswers = new Map<number, (url: string | null) => void>();

  const post = (message: PanelMessage, origin = parentOrigin) => {
    if (origin) parent.postMessage(envelope(message), origin);
  };

  /** Asks the host (a request ID in the message), answered through `answers`, or fails after a while. */
  function ask<T>(answers: Map<number, (value: T) => void>, message: (requestId: number) => PanelMessage, unanswered: string): Promise<T> {
    const requestId = nextRequest++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        answers.delete(requestId);
        reject(new Error(unanswered));
      }, TOKEN_TIMEOUT_MS);
      answers.set(requestId, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      post(message(requestId));
    });
  }

  const getToken = () => ask(waiting, (requestId) => ({ type: 'need-token', requestId }), 'The host did not answer with a new token.');

  /** "Copy link": the host knows its own URLs, so the frame asks it (the user's click is still fresh when it answers). */
  const askLink = (asset: Asset) => ask(
    linkAnswers, (requestId) => ({ type: 'need-link', requestId, asset: JSON.parse(JSON.stringify(asset)) as Asset }), 'The host did not answer with a link.',
  );

  const events = Object.fromEntries(Object.entries(EVENT_NAMES).map(([callback, name]) => [
    callback,
    // Structured clone of plain data only: events carry assets and titles, nothing else.
    (detail: unknown) => post({ type: 'event', name, detail: JSON.parse(JSON.stringify(detail ?? null)) }),
  ])) as AssetPanelEvents;

  // Names this page load in every `ready`: the host answers each load's first one only.
  const instance = crypto.randomUUID();

  function onMessage(event: MessageEvent) {
    if (event.source !== parent || !allowedOrigins.includes(event.origin)) return;
    if (parentOrigin && event.origin !== parentOrigin) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'hello':
        // The host connected after our `ready` went out (it was still busy, say signing in).
        if (!handle) post({ type: 'ready', instance }, event.origin);
        return;
      case 'init':
        if (handle) return;
        parentOrigin = event.origin;
        handle = mountAssetPanel(element, {
          ...options, ...pending, ...events,
          accountId: message.accountId ?? options.accountId,
          token: message.token ?? null,
          getToken,
          assetLink: message.assetLinks ? askLink : null,
          // The frame's page is the panel: a paste anywhere in it is the panel's.
          paste: 'page',
        });
        return;
      case 'set-token':
        handle?.update({ token: message.token });
        return;
      case 'token':
        waiting.get(message.requestId)?.(message.token);
        waiting.delete(message.requestId);
        return;
      case 'link':
        linkAnswers.get(message.requestId)?.(message.url);
        linkAnswers.delete(message.requestId);
        return;
      case 'set-segment':
        if (handle) handle.setSegment(message.segmentId, message.scope);
        else pending = { ...pending, segmentId: message.segmentId, ...(message.scope ? { scope: message.scope } : {}) };
        return;
      case 'set-locale':
        if (handle) handle.setLocale(message.locale);
        else pending = { ...pending, locale: message.locale };
        return;
      case 'set-segment-text':
        if (handle) handle.update({ segmentText: message.segmentText });
        else pending = { ...pending, segmentText: message.segmentText };
        return;
      case 'set-segments': {
        const { segments } = message;
        const segmentSource = () => segments;
        if (handle) handle.update({ segmentSource });
        else pending = { ...pending, segmentSource };
      }
    }
  }

  self.addEventListener('message', onMessage);
  // Said to each allowed origin: postMessage delivers it only to the one the parent really has.
  for (const origin of allowedOrigins) post({ type: 'ready', instance }, origin);

  return () => {
    self.removeEventListener('message', onMessage);
    handle?.destroy();
  };
}

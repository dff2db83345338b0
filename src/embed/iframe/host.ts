import type { Asset } from '../../domain/asset';
import type { SegmentText } from '../../domain/segment-text';
import type { SegmentStrings } from '../../domain/string-to-find';
import { EVENT_NAMES, type AssetPanelEvents, type AssetPanelOptions } from '../options';
import { envelope, parsePanelMessage, parseOrigin, type HostMessage } from './protocol';

export interface FrameConnectionOptions extends AssetPanelEvents {
  /** The origin of the panel's iframe (embed.html): messages go only there, and come only from there. */
  panelOrigin: string;
  token?: string | null;
  getToken?: (() => Promise<string> | string) | null;
  accountId?: string;
  /**
   * What the panel's "Copy link" copies for an asset (a link into this editor). The frame asks
   * with `need-link` and copies the answer; without it the panel offers no "Copy link".
   */
  assetLink?: AssetPanelOptions['assetLink'];
  /** The shown segment's texts, for "Find the string" (also later with `setSegmentText`). */
  segmentText?: SegmentStrings | null;
  /** The document's segments with their texts (also later with `setSegments`); the host calls its own segment source. */
  segments?: readonly SegmentText[] | null;
}

export interface FrameConnection {
  setSegment(segmentId: number, scope?: string): void;
  setLocale(locale: string | null): void;
  setToken(token: string): void;
  setSegmentText(segmentText: SegmentStrings | null): void;
  setSegments(segments: readonly SegmentText[]): void;
  /** Stops listening (the iframe itself stays: remove it to end the panel). */
  disconnect(): void;
}

/** Event name -> the callback it calls: EVENT_NAMES the other way round. */
const CALLBACKS = new Map<string, keyof AssetPanelEvents>(
  Object.entries(EVENT_NAMES).map(([callback, name]) => [name, callback as keyof AssetPanelEvents]),
);

/**
 * The host side of the iframe protocol, for editors that embed `embed.html`: it answers the
 * frame's `ready` with the token, hands over fresh tokens, and turns the frame's events into
 * callbacks. Messages from anywhere but that iframe and origin are ignored.
 */
export function connectAssetPanelFrame(iframe: HTMLIFrameElement, options: FrameConnectionOptions): FrameConnection {
  const origin = parseOrigin(options.panelOrigin);
  if (!origin) throw new Error(`panelOrigin must be an origin like https://panel.example.com, not "${options.panelOrigin}"`);
  let ready = false;
  let initialized: string | null = null;
  let queue: HostMessage[] = [];

  const send = (message: HostMessage) => {
    if (!ready) {
      queue.push(message);
      return;
    }
    iframe.contentWindow?.postMessage(envelope(message), origin);
  };

  async function onMessage(event: MessageEvent) {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const message = parsePanelMessage(event.data);
    if (!message) return;
    if (message.type === 'ready') {
      // One init per page load of the frame: its own `ready` and the answer to `hello` may both come.
      if (message.instance && message.instance === initialized) return;
      initialized = message.instance ?? null;
      ready = true;
      const token = options.token ?? (options.getToken ? await options.getToken() : undefined);
      send({ type: 'init', token: token ?? undefined, accountId: options.accountId, assetLinks: !!options.assetLink });
      if (options.segmentText) send({ type: 'set-segment-text', segmentText: options.segmentText });
      if (options.segments) send({ type: 'set-segments', segments: [...options.segments] });
      const waiting = queue;
      queue = [];
      waiting.forEach(send);
    } else if (message.type === 'need-token' && options.getToken) {
      send({ type: 'token', requestId: message.requestId, token: await options.getToken() });
    } else if (message.type === 'need-link' && options.assetLink) {
      const url = await Promise.resolve(options.assetLink(message.asset as Asset)).catch(() => null);
      send({ type: 'link', requestId: message.requestId, url: typeof url === 'string' && url ? url : null });
    } else if (message.type === 'event') {
      const name = CALLBACKS.get(message.name);
      if (!name) return;
      const callback = options[name] as ((detail: unknown) => void) | undefined;
      callback?.(message.detail);
    }
  }

  window.addEventListener('message', onMessage);
  // A frame that loaded before this call said `ready` to nobody: hello asks it again, now and
  // whenever the iframe (re)loads. A frame not on the panel's origin yet never gets it.
  const hello = () => iframe.contentWindow?.postMessage(envelope({ type: 'hello' }), origin);
  if (!ready) hello();
  iframe.addEventListener('load', hello);
  return {
    setSegment: (segmentId, scope) => send({ type: 'set-segment', segmentId, scope }),
    setLocale: (locale) => send({ type: 'set-locale', locale }),
    setToken: (token) => send({ type: 'set-token', token }),
    setSegmentText: (segmentText) => send({ type: 'set-segment-text', segmentText }),
    setSegments: (segments) => send({ type: 'set-segments', segments: [...segments] }),
    disconnect: () => {
      window.removeEventListener('message', onMessage);
      iframe.removeEventListener('load', hello);
    },
  };
}

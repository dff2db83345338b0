import { EVENT_NAMES, type AssetPanelEvents } from '../options';
import { envelope, parsePanelMessage, parseOrigin, type HostMessage } from './protocol';

export interface FrameConnectionOptions extends AssetPanelEvents {
  /** The origin of the panel's iframe (embed.html): messages go only there, and come only from there. */
  panelOrigin: string;
  token?: string | null;
  getToken?: (() => Promise<string> | string) | null;
  accountId?: string;
}

export interface FrameConnection {
  setSegment(segmentId: number, scope?: string): void;
  setLocale(locale: string | null): void;
  setToken(token: string): void;
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
      send({ type: 'init', token: token ?? undefined, accountId: options.accountId });
      const waiting = queue;
      queue = [];
      waiting.forEach(send);
    } else if (message.type === 'need-token' && options.getToken) {
      send({ type: 'token', requestId: message.requestId, token: await options.getToken() });
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
    disconnect: () => {
      window.removeEventListener('message', onMessage);
      iframe.removeEventListener('load', hello);
    },
  };
}

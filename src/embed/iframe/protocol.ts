/**
 * The iframe's postMessage protocol, version 1. Every message is an object with `source`
 * ('segment-asset-panel'), `version` (1) and `type`; anything else is ignored. The token travels
 * only in messages (never in the iframe's URL), and only to and from an allowed origin.
 */
import { parseSegmentStrings, parseSegmentTexts } from './segment-texts';
import type { SegmentText } from '../../domain/segment-text';
import type { SegmentStrings } from '../../domain/string-to-find';

export const PROTOCOL_SOURCE = 'segment-asset-panel';
export const PROTOCOL_VERSION = 1;

export type HostMessage =
  /** The host is listening now: a frame that said `ready` before is asked to say it again. */
  | { type: 'hello' }
  /** `assetLinks`: the host answers `need-link`, so the panel offers "Copy link". */
  | { type: 'init'; token?: string; accountId?: string; assetLinks?: boolean }
  | { type: 'set-token'; token: string }
  | { type: 'token'; requestId: number; token: string }
  /** The answer to `need-link`: the host's link to the asset, or null for none. */
  | { type: 'link'; requestId: number; url: string | null }
  | { type: 'set-segment'; segmentId: number; scope?: string }
  | { type: 'set-locale'; locale: string | null }
  /** The shown segment's texts, for "Find the string" (null: none). */
  | { type: 'set-segment-text'; segmentText: SegmentStrings | null }
  /** The document's segments with their texts (the host called its segment source). */
  | { type: 'set-segments'; segments: SegmentText[] };

export type PanelMessage =
  /** `instance`: the same for every `ready` of one page load, so a host inits each load once. */
  | { type: 'ready'; instance?: string }
  | { type: 'need-token'; requestId: number }
  /** "Copy link" was pressed: the host says what to copy for this asset. */
  | { type: 'need-link'; requestId: number; asset: unknown }
  | { type: 'event'; name: string; detail: unknown };

type Envelope<T> = T & { source: typeof PROTOCOL_SOURCE; version: typeof PROTOCOL_VERSION };

export function envelope<T extends PanelMessage | HostMessage>(message: T): Envelope<T> {
  return { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, ...message };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 4096;
const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/** The message when it is a well-formed host message of this protocol, else null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.source !== PROTOCOL_SOURCE || m.version !== PROTOCOL_VERSION) return null;
  switch (m.type) {
    case 'hello':
      return { type: 'hello' };
    case 'init':
      if (m.token !== undefined && !isString(m.token)) return null;
      if (m.accountId !== undefined && !isString(m.accountId)) return null;
      if (m.assetLinks !== undefined && typeof m.assetLinks !== 'boolean') return null;
      return { type: 'init', token: m.token as string | undefined, accountId: m.accountId as string | undefined, assetLinks: m.assetLinks === true };
    case 'set-token':
      return isString(m.token) ? { type: 'set-token', token: m.token } : null;
    case 'token':
      return isPositiveInt(m.requestId) && isString(m.token) ? { type: 'token', requestId: m.requestId, token: m.token } : null;
    case 'link':
      return isPositiveInt(m.requestId) && (m.url === null || isString(m.url)) ? { type: 'link', requestId: m.requestId, url: m.url as string | null } : null;
    case 'set-segment':
      if (!isPositiveInt(m.segmentId) || (m.scope !== undefined && !isString(m.scope))) return null;
      return { type: 'set-segment', segmentId: m.segmentId, scope: m.scope as string | undefined };
    case 'set-locale':
      return m.locale === null || isString(m.locale) ? { type: 'set-locale', locale: m.locale as string | null } : null;
    case 'set-segment-text': {
      const segmentText = m.segmentText === null ? null : parseSegmentStrings(m.segmentText);
      return segmentText === undefined ? null : { type: 'set-segment-text', segmentText };
    }
    case 'set-segments': {
      const segments = parseSegmentTexts(m.segments);
      return segments ? { type: 'set-segments', segments } : null;
    }
    default:
      return null;
  }
}

export function parsePanelMessage(data: unknown): PanelMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.source !== PROTOCOL_SOURCE || m.version !== PROTOCOL_VERSION) return null;
  if (m.type === 'ready') return isString(m.instance) ? { type: 'ready', instance: m.instance } : { type: 'ready' };
  if (m.type === 'need-token' && isPositiveInt(m.requestId)) return { type: 'need-token', requestId: m.requestId };
  if (m.type === 'need-link' && isPositiveInt(m.requestId) && m.asset && typeof m.asset === 'object') {
    return { type: 'need-link', requestId: m.requestId, asset: m.asset };
  }
  if (m.type === 'event' && isString(m.name)) return { type: 'event', name: m.name, detail: m.detail };
  return null;
}

/** `https://host[:port]` exactly: the only form an allowlist entry may take. */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, '')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

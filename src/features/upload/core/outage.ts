import { isAbortError, isApiError } from '../../../api/errors';
import { isUnreachable } from './retry';
import { hasWork, type UploadStore } from './store';
import type { UploadError } from './types';

/** While the server cannot be reached it is asked again after 1, 2, 5, 10, 20 s, then every 30 s. */
export const PROBE_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000] as const;
/** A probe that hangs this long counts as no answer. */
export const PROBE_TIMEOUT_MS = 15_000;

/** ±20 %, so that many panels that lost the server together do not all ask at the same instant. */
export function probeDelay(attempt: number, random: () => number = Math.random): number {
  const base = PROBE_DELAYS_MS[Math.min(attempt, PROBE_DELAYS_MS.length - 1)]!;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Any answer says the server is there (a refusal too), except a gateway's "unavailable". */
export function serverAnswered(error: unknown): boolean {
  if (isAbortError(error) || isUnreachable(error)) return false;
  return !(isApiError(error) && (error.status === 502 || error.status === 503 || error.status === 504));
}

export interface OutageOptions {
  store: UploadStore;
  /** A cheap call to the server in `scope` (a waiting upload's); resolves or rejects with what it answered. */
  probe(scope: string, signal: AbortSignal): Promise<unknown>;
  now: () => number;
  random: () => number;
  /** The server answers. `wasOutage`: it had failed a probe. Otherwise only some requests were
   * lost: `unanswered` holds them (record ID -> failure), each the failure of its own file. */
  back(wasOutage: boolean, unanswered: ReadonlyMap<string, UploadError>): void;
  /** A probe failed too: the server is out of reach, not just one request. */
  confirmed(): void;
}

/**
 * The queue's `offline` pause: begun by a request that got no answer (or the browser's `offline`
 * event), ended by the first probe the server answers. Probes back off; the browser's `online`
 * event or the user asks at once.
 */
export function createOutageWatch({ store, probe, now, random, back, confirmed }: OutageOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: AbortController | null = null;
  let attempt = 0;
  let stopped = false;
  let unanswered = new Map<string, UploadError>();

  const offline = () => {
    const { pause } = store.getState();
    return pause?.reason === 'offline' ? pause : null;
  };

  /** Asked where the uploads go: the scope of the first one waiting. */
  function scope(): string {
    const { order, records } = store.getState();
    const id = order.find((key) => records.get(key)!.status === 'queued') ?? order[0];
    return id ? records.get(id)!.target.scope : '';
  }

  function clearTimer() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function later() {
    const at = now() + probeDelay(attempt, random);
    attempt += 1;
    store.setState({ pause: { reason: 'offline', confirmed: true, nextProbeAt: at } });
    clearTimer();
    timer = setTimeout(() => void ask(), at - now());
  }

  async function ask() {
    clearTimer();
    if (running || !offline()) return;
    store.setState({ pause: { ...offline()!, nextProbeAt: null } });
    const controller = new AbortController();
    running = controller;
    const timeout = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
    let answered = true;
    try {
      await probe(scope(), controller.signal);
    } catch (error) {
      answered = serverAnswered(error);
    } finally {
      clearTimeout(timeout);
    }
    // Stopped meanwhile (the panel went away: `start()` asks again), or the pause ended another way.
    const mine = running === controller;
    if (mine) running = null;
    const pause = offline();
    if (!pause) unanswered.clear();
    if (!mine || stopped || !pause) return;
    if (answered) {
      attempt = 0;
      const lostAlone = unanswered;
      unanswered = new Map();
      store.setState({ pause: null });
      back(pause.confirmed, lostAlone);
      return;
    }
    if (!pause.confirmed) becameOutage();
    later();
  }

  function becameOutage() {
    // An outage, not a lost request: the files that met it keep their retries.
    unanswered.clear();
    confirmed();
  }

  return {
    /** The request of record `id` got no answer: the queue pauses and the server is asked at once. */
    lost(id: string, failure: UploadError) {
      // A session pause waits for the person, a throttle pause for its Retry-After: neither is
      // cut short by probing (once it ends, a request that still gets no answer comes back here).
      const other = store.getState().pause?.reason;
      if (other === 'session' || other === 'throttled') return;
      const pause = offline();
      if (pause?.confirmed) return;
      unanswered.set(id, failure);
      if (pause) return;
      attempt = 0;
      store.setState({ pause: { reason: 'offline', confirmed: false, nextProbeAt: null } });
      if (!stopped) void ask();
    },
    /** The browser says it went offline: the queue pauses without asking. */
    browserOffline() {
      if (offline()?.confirmed || store.getState().pause?.reason === 'session' || !hasWork(store.getState())) return;
      attempt = 0;
      store.setState({ pause: { reason: 'offline', nextProbeAt: null, ...offline(), confirmed: true } });
      becameOutage();
      if (!stopped && !running) later();
    },
    /** The browser is online again, or the user asks: probe now, and back off from the start. */
    askNow() {
      if (!offline() || stopped) return;
      attempt = 0;
      void ask();
    },
    start() {
      stopped = false;
      if (offline() && !running && !timer) void ask();
    },
    stop() {
      stopped = true;
      clearTimer();
      running?.abort();
      running = null;
    },
  };
}


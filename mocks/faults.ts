/**
 * Faults the mock can be told to produce, at run time: latency, a dropped connection, an HTTP
 * status, throttling. Written as a short spec so that a URL parameter, the dev menu, a control
 * call and a test can all say it the same way:
 *
 *   latency:600            every call waits 600 ms
 *   attach:500             the next attach answers 500 (count defaults to 1)
 *   upload:network:2       the next two media uploads lose their connection
 *   any:429:1:12           the next call of any kind is throttled, Retry-After 12 s
 *   list:503:*             every list call answers 503 until cleared
 *   rights:expired         the next rights call says the token is invalid or expired
 */
export const FAULT_ROUTES = ['auth', 'rights', 'upload', 'attach', 'list', 'download', 'delete', 'any'] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];
export type RouteName = Exclude<FaultRoute, 'any'>;

export type FaultEffect =
  | { type: 'network' }
  | { type: 'status'; status: number }
  | { type: 'throttle'; retryAfterSeconds: number }
  | { type: 'expired' };

export interface Fault {
  route: FaultRoute;
  effect: FaultEffect;
  /** How many calls it still hits; Infinity until cleared. */
  remaining: number;
}

export interface FaultConfig {
  latencyMs: number;
  faults: Fault[];
}

function parseEffect(text: string, arg: string | undefined): FaultEffect {
  if (text === 'network') return { type: 'network' };
  if (text === 'expired') return { type: 'expired' };
  if (text === '429') return { type: 'throttle', retryAfterSeconds: arg ? Number(arg) : 12 };
  if (/^[45]\d\d$/.test(text)) return { type: 'status', status: Number(text) };
  throw new Error(`Unknown fault "${text}": use network, expired, 429 or an HTTP status`);
}

export function parseFaultSpec(spec: string): FaultConfig {
  const config: FaultConfig = { latencyMs: 0, faults: [] };
  for (const item of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [head, effect, times, arg] = item.split(':');
    if (head === 'latency') {
      config.latencyMs = Math.max(0, Number(effect) || 0);
      continue;
    }
    if (!FAULT_ROUTES.includes(head as FaultRoute)) throw new Error(`Unknown route "${head}" in fault "${item}"`);
    if (!effect) throw new Error(`Fault "${item}" says no effect`);
    const remaining = times === undefined || times === '' ? 1 : times === '*' ? Infinity : Number(times);
    if (!Number.isFinite(remaining) && remaining !== Infinity) throw new Error(`Bad count in fault "${item}"`);
    config.faults.push({ route: head as FaultRoute, effect: parseEffect(effect, arg), remaining });
  }
  return config;
}

export function formatFaults(config: FaultConfig): string {
  const items = config.faults.map(({ route, effect, remaining }) => {
    const name = effect.type === 'status' ? String(effect.status) : effect.type === 'throttle' ? '429' : effect.type;
    const count = remaining === Infinity ? '*' : String(remaining);
    return effect.type === 'throttle' ? `${route}:${name}:${count}:${effect.retryAfterSeconds}` : `${route}:${name}:${count}`;
  });
  if (config.latencyMs) items.unshift(`latency:${config.latencyMs}`);
  return items.join(',');
}

export function createFaults() {
  let config: FaultConfig = { latencyMs: 0, faults: [] };
  return {
    get latencyMs() {
      return config.latencyMs;
    },
    set(spec: string | FaultConfig) {
      config = typeof spec === 'string' ? parseFaultSpec(spec) : spec;
    },
    clear() {
      config = { latencyMs: 0, faults: [] };
    },
    describe: () => formatFaults(config),
    /** The fault that hits this call, if any; counts it down. */
    take(route: RouteName): FaultEffect | null {
      const fault = config.faults.find((f) => f.remaining > 0 && (f.route === route || f.route === 'any'));
      if (!fault) return null;
      fault.remaining -= 1;
      config.faults = config.faults.filter((f) => f.remaining > 0);
      return fault.effect;
    },
  };
}

export type MockFaults = ReturnType<typeof createFaults>;

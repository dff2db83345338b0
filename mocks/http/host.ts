import { hostname, networkInterfaces } from 'node:os';
import { isIPv6 } from 'node:net';

const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]']);

const bracketed = (name: string) => (isIPv6(name) ? `[${name}]` : name.toLowerCase());

/**
 * The `Host` values this server answers to: the loopback's names, and the address it listens
 * on, at its port (bare too on port 80). On every interface (`--host 0.0.0.0`) also the
 * machine's addresses and name. Anything else is refused, so a hostile `Host` (a rebound DNS
 * name, a junk value) never becomes the origin of a `downloadUrl`.
 */
export function serverHostNames(listenHost: string, port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '::1'];
  if (WILDCARDS.has(listenHost)) {
    names.push(hostname());
    for (const addresses of Object.values(networkInterfaces())) names.push(...(addresses ?? []).map((a) => a.address));
  } else {
    names.push(listenHost.replace(/^\[(.*)\]$/, '$1'));
  }
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${bracketed(name)}:${port}`);
    if (port === 80) hosts.add(bracketed(name));
  }
  return hosts;
}

/** `http://{host}` for an allowed `Host` header, else null. */
export function baseUrlFor(hostHeader: string | undefined, allowed: Set<string>): string | null {
  const host = hostHeader?.toLowerCase();
  return host && allowed.has(host) ? `http://${host}` : null;
}

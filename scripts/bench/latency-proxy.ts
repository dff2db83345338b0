import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that holds every chunk for half a round trip, each way: the mock server
 * as if it were across a network, where each request (a CORS preflight too) costs a round trip
 * that loopback does not show. Opening a connection costs none (the handshake is not delayed).
 * Chunks keep their order (timers of one delay fire in order). No backpressure: for the small
 * uploads it carries.
 */
export async function startLatencyProxy(roundTripMs: number) {
  let targetPort = 0;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, roundTripMs / 2);
    timers.add(timer);
  };
  const hold = (from: Socket, to: Socket) => {
    sockets.add(from);
    from.on('data', (chunk) => later(() => to.writable && to.write(chunk)));
    // A half-close goes on after what was sent before it; the other way stays open.
    from.on('end', () => later(() => to.writable && to.end()));
    from.on('error', () => to.destroy());
    from.on('close', () => sockets.delete(from));
  };
  const server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = connect({ port: targetPort, host: '127.0.0.1', allowHalfOpen: true });
    hold(client, upstream);
    hold(upstream, client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    /** `host:port`, for the server's Host check. */
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    forwardTo(port: number) {
      targetPort = port;
    },
    close(): Promise<void> {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that holds every chunk for half a round trip, each way: the mock server
 * as if it were across a network, where each request (a CORS preflight too) costs a round trip
 * that loopback does not show. Chunks keep their order (timers of one delay fire in order). No
 * backpressure: for the small uploads it carries.
 */
export async function startLatencyProxy(roundTripMs: number) {
  let targetPort = 0;
  const sockets = new Set<Socket>();
  const hold = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => setTimeout(() => to.write(chunk), roundTripMs / 2));
    from.on('end', () => setTimeout(() => to.end(), roundTripMs / 2));
    from.on('error', () => to.destroy());
    from.on('close', () => sockets.delete(from));
    sockets.add(from);
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
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
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

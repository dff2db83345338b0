/**
 * What `npm run mock:server` says when it cannot listen: the port, and what to do about it,
 * instead of Node's EADDRINUSE stack. Null for an error that is not about listening.
 */
export function listenProblem(error: unknown, host: string, port: number): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const other = port === 65535 ? port - 1 : port + 1;
  const instead = `Start it on another port: npm run mock:server -- --port ${other}   (or MOCK_PORT=${other} npm run mock:server)`;
  switch (code) {
    case 'EADDRINUSE':
      return [
        `Port ${port} on ${host} is already in use: another mock server (npm run dev starts one), or another program.`,
        `Stop that one, or use it as it is (the demo editor pages take ?api=http://${host}:${port}).`,
        instead,
      ].join('\n');
    case 'EACCES':
      return [`This user may not listen on port ${port} on ${host}.`, instead].join('\n');
    case 'EADDRNOTAVAIL':
      return `${host} is not an address of this computer: pass --host 127.0.0.1 (the default) or one of its own addresses.`;
    default:
      return null;
  }
}

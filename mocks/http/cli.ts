import { parseArgs } from 'node:util';
import { listenProblem } from './listen-error';
import { DEFAULT_PORT, DEV_ORIGINS, startMockHttpServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(process.env.MOCK_PORT ?? DEFAULT_PORT) },
    host: { type: 'string', default: '127.0.0.1' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    empty: { type: 'boolean', default: false },
    faults: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`npm run mock:server -- [--port 8787] [--host 127.0.0.1] [--allow-origin URL]... [--empty] [--faults SPEC]

The Wordbee mock over HTTP. Demo account: demo / demo-key.
  --allow-origin  a page origin allowed to call it (CORS); ${DEV_ORIGINS.join(' and ')} always are
  --empty         start without the demo assets
  --faults        e.g. "latency:300,attach:500:1" (see mocks/faults.ts)
Control calls that change state (/__mock/reset, seed, faults, ...) need the header X-Mock-Control: 1.`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`"${values.port}" is not a port: give --port (or MOCK_PORT) a number from 1 to 65535, e.g. --port ${DEFAULT_PORT}.`);
  process.exit(1);
}

const server = await startMockHttpServer({
  port,
  host: values.host,
  allowedOrigins: [...DEV_ORIGINS, ...values['allow-origin']],
  seed: !values.empty,
}).catch((error: unknown) => {
  const problem = listenProblem(error, values.host, port);
  if (!problem) throw error;
  console.error(problem);
  process.exit(1);
});
if (values.faults) server.runtime.faults.set(values.faults);

console.log(`Wordbee mock listening on ${server.url} (account demo, API key demo-key)`);
console.log(`  token: curl -s -X POST ${server.url}/api/auth/token -H 'Content-Type: application/json' -d '{"accountid":"demo","key":"demo-key"}'`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// `npm run dev`: Vite (the app with MSW's worker) and, beside it, the mock over HTTP on
// 127.0.0.1:8787 for the demo editor pages (/demo/editor.html, /demo/editor-iframe.html) and curl.
// When something already listens on 8787 (a mock server you started), it is used as it is.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';

const MOCK_PORT = Number(process.env.MOCK_PORT ?? 8787);
const args = process.argv.slice(2);

function portTaken(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const children = [];
if (!(await portTaken(MOCK_PORT))) {
  children.push(spawn('npx', ['tsx', 'mocks/http/cli.ts', '--port', String(MOCK_PORT)], { stdio: 'inherit' }));
} else {
  console.log(`Something already listens on 127.0.0.1:${MOCK_PORT}; the demo editor pages will use it.`);
}
const vite = spawn('npx', ['vite', ...args], { stdio: 'inherit' });
children.push(vite);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.once('exit', (code) => {
  stop();
  process.exit(code ?? 0);
});

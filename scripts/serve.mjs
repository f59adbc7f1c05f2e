// Serves the built site (dist/) with `astro preview` on the default address and says where.
import { spawn } from 'node:child_process';

const host = '127.0.0.1';
const port = process.env.PORT ?? '4321';
const child = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', host, '--port', port],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let announced = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /http:\/\//.test(String(chunk))) {
    announced = true;
    console.log(`\nSegment Playbook is running at http://${host}:${port}/  (Ctrl+C to stop)`);
  }
});
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

// Serving the built site for the browser benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Serves a built site (dist/ unless told otherwise) on a port, with the production headers, and resolves once it listens. */
export async function serveDist(port: number, dir = 'dist'): Promise<ChildProcess> {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir}/ is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = spawn(process.execPath, ['tests/support/serve.mjs', dir, String(port), '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready) => server.stdout?.once('data', () => ready()));
  return server;
}

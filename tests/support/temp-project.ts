// A throwaway copy of the project for builds that must not touch the real one:
// the bad-content tests and the benchmark. node_modules is linked, not copied.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PARTS = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'content'];

/** Copies the project into a new temporary folder and returns its path. */
export function makeTempProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const part of PARTS) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Deletes a temporary project. */
export function removeTempProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Result of one build. */
export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` in a project; resolves with its exit status and combined output. */
export function build(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../src/db/free-port.js';

/** The server as it runs in production: compiled by tsc into a private directory, started by node. */

export const root = resolve(import.meta.dirname, '..', '..');

export interface Build {
  dir: string;
  /** A compiled entry point, e.g. `src/main.js`. */
  entry(path: string): string;
  remove(): void;
}

/** tsc may report type errors of work in progress elsewhere and still emit; what matters is that main.js exists. */
export function buildServer(name: string): Build {
  const dir = join(root, 'dist', `${name}-${process.pid}`);
  spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', dir], { cwd: root });
  if (!existsSync(join(dir, 'src', 'main.js'))) throw new Error('tsc did not emit src/main.js');
  return { dir, entry: (path) => join(dir, path), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Exited {
  code: number | null;
  output: string;
}

/** Runs a compiled script to its end with only the given environment (and PATH). */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<Exited> {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, output: output.join('') })));
}

export interface Running {
  process: ChildProcess;
  origin: string;
  output: string[];
  exited: Promise<number | null>;
  /** From spawn to the first healthy answer. */
  startMs: number;
}

/** Every server started here, so none outlives a failed test file. */
const started: ChildProcess[] = [];

export function killStartedServers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Starts `src/main.js` of a build on a free port and waits until /healthz answers 200. */
export async function startBuiltServer(build: Build, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const since = Date.now();
  const child = spawn(process.execPath, [build.entry('src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const origin = `http://127.0.0.1:${port}`;
  for (; ; await sleep(25)) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output.join('')}`);
    if (Date.now() - since > 30_000) throw new Error(`the server did not start: ${output.join('')}`);
    if (await fetch(`${origin}/healthz`).then((r) => r.ok, () => false)) break;
  }
  return { process: child, origin, output, exited, startMs: Date.now() - since };
}

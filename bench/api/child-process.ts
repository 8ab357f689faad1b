/**
 * The two servers of `npm run bench:api` run in processes of their own, so that the CPU time
 * each reports is its own and a profile (`--cpu-prof`) covers only it. This is their side of the
 * conversation with bench/api/run.ts over the IPC channel of `fork`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ToServer = { type: 'usage' } | { type: 'heap' } | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'usage'; cpuMicros: number; rss: number; heapUsed: number; clockMicros: number }
  | { type: 'heap'; heapUsed: number; rss: number };

/** In the server process: announces the port, answers usage questions, stops (and exits, which writes a CPU profile) when asked. */
export function reportTo(http: Server, close: () => Promise<void>): void {
  const send = (message: FromServer) => process.send!(message);
  process.on('message', async (message: ToServer) => {
    if (message.type === 'usage') {
      const { user, system } = process.cpuUsage();
      const { rss, heapUsed } = process.memoryUsage();
      // The monotonic clock V8 stamps profile samples with: the window of a run in a profile.
      send({ type: 'usage', cpuMicros: user + system, rss, heapUsed, clockMicros: Number(process.hrtime.bigint() / 1000n) });
    } else if (message.type === 'heap') {
      // What stays alive: collected first (the servers run with --expose-gc), so runs compare.
      (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      send({ type: 'heap', heapUsed, rss });
    } else {
      await close();
      process.exit(0);
    }
  });
  send({ type: 'ready', port: (http.address() as AddressInfo).port });
}

export interface ServerProcess {
  origin: string;
  /** CPU time (user + system) the process has used so far and its clock, in microseconds, and its memory. */
  usage(): Promise<Omit<Extract<FromServer, { type: 'usage' }>, 'type'>>;
  /** The live heap after a full collection, and the resident set. */
  heap(): Promise<Omit<Extract<FromServer, { type: 'heap' }>, 'type'>>;
  stop(): Promise<void>;
}

/** In the benchmark: starts `script` (a compiled module of this folder) and waits until it listens. */
export async function startServerProcess(script: string, env: Record<string, string>, execArgv: string[] = ['--expose-gc']): Promise<ServerProcess> {
  const child: ChildProcess = fork(new URL(script, import.meta.url), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T extends FromServer['type']>(type: T) =>
    new Promise<Extract<FromServer, { type: T }>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${script} exited (${code}) before answering`));
      child.once('exit', onExit);
      child.once('message', (message: FromServer) => {
        child.off('exit', onExit);
        if (message.type === type) resolve(message as Extract<FromServer, { type: T }>);
        else reject(new Error(`${script} answered ${message.type}, not ${type}`));
      });
    });
  const { port } = await next('ready');
  return {
    origin: `http://127.0.0.1:${port}`,
    async usage() {
      const answer = next('usage');
      child.send({ type: 'usage' } satisfies ToServer);
      const { type: _, ...usage } = await answer;
      return usage;
    },
    async heap() {
      const answer = next('heap');
      child.send({ type: 'heap' } satisfies ToServer);
      const { type: _, ...heap } = await answer;
      return heap;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' } satisfies ToServer);
      await exited;
    },
  };
}

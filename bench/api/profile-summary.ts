/**
 * Self time of a V8 CPU profile (`node --cpu-prof`), summed by where the code comes from: each
 * package under node_modules, Node's own modules, V8's built-ins, the garbage collector, and the
 * project's code by folder. `node dist/bench/api/profile-summary.js FILE.cpuprofile [FROM TO]` prints
 * it (for the samples between two instants of the monotonic clock, in µs, when given);
 * bench/api/run.ts calls it for the measured W1 run of BENCH_PROFILE=1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds of the monotonic clock (that of process.hrtime). */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of the profile, in microseconds of the monotonic clock: the samples of one run. */
export interface Window {
  from: number;
  to: number;
}

/** Where a frame's code comes from; `root` is the folder the project's compiled files live in. */
export function originOf(frame: ProfileNode['callFrame'], root: string): string {
  const { url, functionName } = frame;
  if (!url) {
    // V8's pseudo-frames keep their own names; the rest without a script are built-ins (JSON, RegExp, …).
    if (functionName === '(garbage collector)' || functionName === '(idle)' || functionName === '(program)') return functionName;
    return 'V8 built-ins';
  }
  // node:internal/crypto/cipher → crypto: decryption shows apart from streams and sockets.
  if (url.startsWith('node:')) return `node internals: ${url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  const place = placeOf(url, root);
  if (url.includes('/node_modules/')) {
    const [scope, name] = place.split('/');
    return `node_modules/${scope!.startsWith('@') ? `${scope}/${name}` : scope}`;
  }
  if (place === url) return 'other';
  // Two levels (src/graphql, src/modules/…: three), enough to tell the mechanism from the modules.
  const parts = place.split('/');
  return `project ${parts.slice(0, parts[1] === 'modules' ? 3 : 2).join('/').replace(/\.js$/, '')}`;
}

/** A script's address, short: from the package (or the compiled project's folder) on. */
function placeOf(url: string, root: string): string {
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (path.includes('/node_modules/')) return path.split('/node_modules/').at(-1)!;
  return path.startsWith(root) ? path.slice(root.length).replace(/^\/+/, '') : path;
}

export interface Share {
  origin: string;
  ms: number;
  /** Of the time not idle. */
  percent: number;
}

/** What an origin is part of, for the totals. */
const groupOf = (origin: string) =>
  origin.startsWith('node_modules/') ? 'packages (node_modules)' : origin.startsWith('node internals') ? 'node internals' : origin.startsWith('project ') ? 'project code' : origin;

/** Self time by origin, largest first, and the busiest functions; idle time is counted apart. */
export function summarise(profile: CpuProfile, root: string, window?: Window, topFunctions = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // timeDeltas[i] is the time since the sample before sample i: it is charged to sample i's frame.
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    at += micros;
    if (window && (at < window.from || at > window.to)) return;
    const frame = byId.get(id)!.callFrame;
    const origin = originOf(frame, root);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + micros);
    if (origin === '(idle)') return;
    const key = `${frame.functionName || '(anonymous)'}  ${frame.url ? `${placeOf(frame.url, root)}:${frame.lineNumber + 1}` : origin}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  });
  const idle = byOrigin.get('(idle)') ?? 0;
  byOrigin.delete('(idle)');
  const busy = [...byOrigin.values()].reduce((sum, micros) => sum + micros, 0);
  const shares = (map: Map<string, number>, limit = Infinity): Share[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([origin, micros]) => ({ origin, ms: micros / 1000, percent: (100 * micros) / busy }));
  const byGroup = new Map<string, number>();
  for (const [origin, micros] of byOrigin) byGroup.set(groupOf(origin), (byGroup.get(groupOf(origin)) ?? 0) + micros);
  return { busyMs: busy / 1000, idleMs: idle / 1000, groups: shares(byGroup), origins: shares(byOrigin), functions: shares(byFunction, topFunctions) };
}

export function printSummary(file: string, root: string, window?: Window, print: (line: string) => void = console.log): void {
  const { busyMs, idleMs, groups, origins, functions } = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, root, window);
  const line = (share: Share) => `  ${share.percent.toFixed(1).padStart(5)}%  ${share.ms.toFixed(0).padStart(7)} ms  ${share.origin}`;
  const stretch = window ? ` from ${window.from} to ${window.to} µs` : '';
  print(`CPU profile ${file}${stretch}: ${(busyMs / 1000).toFixed(1)} s busy, ${(idleMs / 1000).toFixed(1)} s idle`);
  print('self time by kind of code (share of busy time):');
  for (const share of groups) print(line(share));
  print('self time by origin:');
  for (const share of origins) if (share.percent >= 0.2) print(line(share));
  print(`busiest functions (self time):`);
  for (const share of functions) print(`  ${share.percent.toFixed(1).padStart(5)}%  ${share.origin}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, from, to] = process.argv.slice(2);
  if (!file) throw new Error('usage: node dist/bench/api/profile-summary.js FILE.cpuprofile [FROM_MICROS TO_MICROS]');
  printSummary(file, fileURLToPath(new URL('../../', import.meta.url)), from && to ? { from: Number(from), to: Number(to) } : undefined);
}

/**
 * Self time of a V8 CPU profile (`node --cpu-prof`), summed by where the code comes from: each
 * package under node_modules, Node's own modules, V8's built-ins, the garbage collector, and the
 * project's code by folder. `node dist/bench/api/profile-summary.js FILE.cpuprofile` prints it;
 * bench/api/run.ts calls it after a profiled W1 run (BENCH_PROFILE=1).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from; `root` is the folder the project's compiled files live in. */
export function originOf(frame: ProfileNode['callFrame'], root: string): string {
  const { url, functionName } = frame;
  if (!url) {
    // V8's pseudo-frames keep their own names; the rest without a script are built-ins (JSON, RegExp, …).
    if (functionName === '(garbage collector)' || functionName === '(idle)' || functionName === '(program)') return functionName;
    return 'V8 built-ins';
  }
  if (url.startsWith('node:')) return 'node internals';
  const packages = url.split('/node_modules/');
  if (packages.length > 1) {
    const [scope, name] = packages.at(-1)!.split('/');
    return `node_modules/${scope!.startsWith('@') ? `${scope}/${name}` : scope}`;
  }
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (path.startsWith(root)) {
    // Two levels (src/graphql, src/modules/…: three), enough to tell the mechanism from the modules.
    const parts = path.slice(root.length).replace(/^\/+/, '').split('/');
    return `project ${parts.slice(0, parts[1] === 'modules' ? 3 : 2).join('/').replace(/\.js$/, '')}`;
  }
  return 'other';
}

export interface Share {
  origin: string;
  ms: number;
  /** Of the time not idle. */
  percent: number;
}

/** Self time by origin, largest first, and the busiest functions; idle time is counted apart. */
export function summarise(profile: CpuProfile, root: string, topFunctions = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // timeDeltas[i] is the time since the sample before sample i: it is charged to sample i's frame.
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const micros = profile.timeDeltas[index] ?? 0;
    const origin = originOf(frame, root);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + micros);
    if (origin === '(idle)') return;
    const key = `${frame.functionName || '(anonymous)'}  ${origin}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
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
  return { busyMs: busy / 1000, idleMs: idle / 1000, origins: shares(byOrigin), functions: shares(byFunction, topFunctions) };
}

export function printSummary(file: string, root: string, print: (line: string) => void = console.log): void {
  const { busyMs, idleMs, origins, functions } = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, root);
  print(`CPU profile ${file}: ${(busyMs / 1000).toFixed(1)} s busy, ${(idleMs / 1000).toFixed(1)} s idle`);
  print('self time by origin (share of busy time):');
  for (const share of origins) if (share.percent >= 0.1) print(`  ${share.percent.toFixed(1).padStart(5)}%  ${share.ms.toFixed(0).padStart(7)} ms  ${share.origin}`);
  print(`busiest functions (self time):`);
  for (const share of functions) print(`  ${share.percent.toFixed(1).padStart(5)}%  ${share.origin}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node dist/bench/api/profile-summary.js FILE.cpuprofile [PROJECT_ROOT]');
  printSummary(file, process.argv[3] ?? process.cwd());
}

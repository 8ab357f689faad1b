import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONSOLE_DIR } from '../../src/http/console-files.js';

/** The JavaScript a first visit to /sign-in loads: the entry module and the chunks it preloads. */
function signInRouteScripts(): string[] {
  const html = readFileSync(join(CONSOLE_DIR, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
}

describe('the built console', () => {
  it('loads at most 300 KB of JavaScript, gzipped, for the sign-in route: each role has its own chunk', () => {
    const scripts = signInRouteScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(CONSOLE_DIR, path)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(300 * 1024);
    const worker = scripts.filter((path) => path.includes('worker-routes'));
    expect(worker).toEqual([]);
  });

  it('keeps the chart library in the supervisor’s chunk, out of the sign-in route', () => {
    const drawsCharts = (path: string) => readFileSync(join(CONSOLE_DIR, path), 'utf8').includes('recharts-wrapper');
    expect(signInRouteScripts().filter(drawsCharts)).toEqual([]);
    const html = readFileSync(join(CONSOLE_DIR, 'index.html'), 'utf8');
    const supervisor = readdirSync(join(CONSOLE_DIR, 'assets')).filter((name) => /^supervisor-routes-.*\.js$/.test(name));
    expect(supervisor).toHaveLength(1);
    expect(drawsCharts(`/assets/${supervisor[0]}`)).toBe(true);
    expect(html).not.toContain(supervisor[0]);
  });
});

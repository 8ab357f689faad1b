import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

// Mantine writes its theme variables into a <style> element, hence 'unsafe-inline' for styles only.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** GraphiQL (development only) embeds its icon fonts as data: URLs. */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("font-src 'self'", "font-src 'self' data:");

/** The project root: the nearest folder above this module holding package.json (source and dist/ alike). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `vite build` writes the console (web/vite.config.ts). */
export const CONSOLE_DIR = join(projectRoot(), 'dist', 'web');

/**
 * Serves the built console: its files by path, and index.html for every other GET so the
 * browser's routes survive a reload. Hashed assets are cached for good, index.html never.
 */
export function serveConsole(request: IncomingMessage, response: ServerResponse, pathname: string, { dir = CONSOLE_DIR, hide = [] as string[], policy = CONTENT_SECURITY_POLICY } = {}): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' });
    return void response.end(JSON.stringify({ error: 'Method not allowed' }));
  }
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    response.writeHead(404, { 'content-type': 'application/json' });
    return void response.end(JSON.stringify({ error: 'The console is not built (npm run build:web); the API is at /graphql' }));
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'application/json' });
    return void response.end(JSON.stringify({ error: 'Malformed path' }));
  }
  let file = normalize(join(dir, decoded));
  // `hide`: built pages that only the server may choose to show (GraphiQL, in development).
  if (hide.some((page) => file === join(dir, page)) || !file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    // A missing asset is a 404; any other path is a route of the console.
    if (extname(pathname)) {
      response.writeHead(404, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ error: 'Not found' }));
    }
    file = index;
  }
  const immutable = file.startsWith(join(dir, 'assets') + sep);
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(extname(file) === '.html' ? { 'content-security-policy': policy } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
}

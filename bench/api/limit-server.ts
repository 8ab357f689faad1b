/**
 * The raw-SQL limit of `npm run bench:api`: plain node:http and pg, one statement per page
 * (bench/api/workloads.ts LIMIT_SQL, prepared once per connection) whose JSON PostgreSQL builds, sent as
 * PostgreSQL wrote it.
 * It checks the bearer token as Shanyraq does (signature, issuer, audience, expiry; the account's
 * token version and state in the same statement), so it pays for authentication and authorization too.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { createTokenService } from '../../src/modules/identity/token.js';
import { reportTo } from './child-process.js';
import { LIMIT_SQL } from './workloads.js';

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 20 });
const tokens = createTokenService(process.env.BENCH_JWT_SECRET!, 3600);

const send = (response: import('node:http').ServerResponse, status: number, body: string) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
};

const http = createServer((request, response) => {
  // The GraphQL body is read and dropped: the path names the page.
  request.resume();
  request.on('end', async () => {
    const sql = LIMIT_SQL[request.url ?? ''];
    if (request.method !== 'POST' || !sql) return send(response, 404, '{"errors":[{"message":"unknown page"}]}');
    const claims = await tokens.verify(request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '');
    if (!claims) return send(response, 401, '{"errors":[{"message":"sign in"}]}');
    try {
      const { rows } = await pool.query<{ body: string }>({ name: request.url, text: sql, values: [claims.userId, claims.tokenVersion] });
      if (!rows[0]) return send(response, 401, '{"errors":[{"message":"sign in"}]}');
      send(response, 200, rows[0].body);
    } catch (error) {
      process.stderr.write(`limit server: ${(error as Error).name} ${(error as { code?: string }).code ?? ''}\n`);
      send(response, 500, '{"errors":[{"message":"failed"}]}');
    }
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
reportTo(http, async () => {
  await new Promise((resolve) => http.close(resolve));
  await pool.end();
});

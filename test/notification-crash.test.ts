import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, withDatabaseName } from '../src/db/databases.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, type Orm } from '../src/db/orm.js';
import { NotificationOutbox, NotificationTemplate } from '../src/modules/notifications/notification-outbox.entity.js';
import { queueNotification } from '../src/modules/notifications/outbox.js';
import { Role } from '../src/shared/enums.js';
import { createUser } from './support/factories.js';
import { startTestSmtp, type TestSmtp } from './support/smtp.js';
import { TEST_ENCRYPTION, testConfig } from './support/test-app.js';

/**
 * The worker process (`node dist/src/worker.js`, built here into a private directory) killed with
 * SIGKILL while a message is in the mail server's hands, unanswered: after a restart every message
 * of the outbox has arrived exactly once.
 */

const root = resolve(import.meta.dirname, '..');
const build = join(root, 'dist', `test-worker-${process.pid}`);
const MESSAGES = 24;

let databaseUrl: string;
let databaseName: string;
let orm: Orm;
let dataDir: string;
let smtp: TestSmtp;
const started: ChildProcess[] = [];

function startWorker(): { process: ChildProcess; output: string[] } {
  const child = spawn(process.execPath, [join(build, 'src', 'worker.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://shanyraq.test',
      JWT_SECRET: testConfig().jwtSecret,
      ENCRYPTION_KEY: TEST_ENCRYPTION.key.toString('base64'),
      IIN_HASH_KEY: TEST_ENCRYPTION.hashKey.toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { process: child, output };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, output: string[], ms = 30_000) {
  for (const since = Date.now(); !(await condition()); await sleep(50)) {
    if (Date.now() - since > ms) throw new Error(`${what} did not happen: ${output.join('')}`);
  }
}

beforeAll(async () => {
  spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', build], { cwd: root });
  if (!existsSync(join(build, 'src', 'worker.js'))) throw new Error('tsc did not emit src/worker.js');
  const baseUrl = inject('databaseUrl');
  databaseName = `shanyraq_mailcrash_${process.pid}`;
  await createDatabaseFromTemplate(baseUrl, databaseName, inject('templateDatabase'));
  databaseUrl = withDatabaseName(baseUrl, databaseName);
  dataDir = mkdtempSync(join(tmpdir(), 'shanyraq-mailcrash-'));
  useEncryptionKeys(TEST_ENCRYPTION);
  orm = await initOrm(databaseUrl);
  smtp = await startTestSmtp();
}, 120_000);

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await smtp?.stop();
  await orm?.close();
  if (databaseName) await dropDatabase(inject('databaseUrl'), databaseName);
  rmSync(build, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGKILL in the middle of sending', () => {
  it('delivers every message exactly once after a restart', { timeout: 120_000 }, async () => {
    const user = await createUser(orm, { email: 'crash.recipient@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const em = orm.em.fork();
    const ids = Array.from({ length: MESSAGES }, (_, n) => queueNotification(em, user, NotificationTemplate.PASSWORD_RESET, { token: `crash-${n}`, expiresAt: new Date().toISOString() }).id);
    await em.flush();

    // The server takes the first messages, then holds one without answering: the worker is killed while it waits.
    let first = startWorker();
    await until(() => smtp.received.length >= 5, 'five deliveries', first.output);
    smtp.answer = { hold: true };
    await until(() => smtp.held > 0, 'a message held in sending', first.output);
    first.process.kill('SIGKILL');
    await new Promise((done) => first.process.once('exit', done));
    const beforeRestart = smtp.received.length;
    expect(beforeRestart).toBeLessThan(MESSAGES);

    smtp.answer = { accept: true };
    first = startWorker();
    await until(async () => (await orm.em.fork().count(NotificationOutbox, { sentAt: null })) === 0, 'every message sent', first.output, 60_000);
    first.process.kill('SIGTERM');
    await new Promise((done) => first.process.once('exit', done));

    const arrived = smtp.received.map((mail) => mail.messageId).sort();
    expect(arrived).toEqual(ids.map((id) => `<${id}@shanyraq>`).sort());
    const tokens = smtp.received.map((mail) => /token=([\w-]+)/.exec(mail.text)?.[1]).sort();
    expect(new Set(tokens).size).toBe(MESSAGES);
  });
});

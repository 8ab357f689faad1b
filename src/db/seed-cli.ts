/**
 * Loads the synthetic population into the development database.
 * Usage: node dist/src/db/seed-cli.js [demo|national] [--scale N]
 * `--scale N` (or SEED_SCALE=N) seeds N times the counts of the scale, same distributions: twice
 * the national seed is `national --scale 2`.
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR (default .data).
 * Prints counts only: the rows are synthetic, but the habit of never printing personal data is not.
 */
import { loadConfigOrExit, openAppDatabase } from './app-database.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { initOrm, migrate } from './orm.js';
import { seedDatabase, type SeedScale } from './seed.js';

const TABLES = ['region', 'child', 'sibling_group', 'family', 'family_applicant', 'family_kinship', 'mentor', 'placement', 'placement_transition', 'mentorship', 'mentorship_meeting', 'app_user'];

const USAGE = 'usage: node dist/src/db/seed-cli.js [demo|national] [--scale N]';
const args = process.argv.slice(2);
const flag = args.indexOf('--scale');
const timesText = flag >= 0 ? args.splice(flag, 2)[1] : process.env.SEED_SCALE;
const times = Number(timesText ?? 1);
const [argument, ...rest] = args;
if ((argument !== undefined && argument !== 'demo' && argument !== 'national') || rest.length > 0 || !Number.isInteger(times) || times < 1) {
  console.error(USAGE);
  process.exit(2);
}
const scale: SeedScale = argument ?? 'demo';
const label = times === 1 ? scale : `${scale} ×${times}`;
const config = loadConfigOrExit();
const started = performance.now();
let embedded: EmbeddedDatabase | undefined;
/** False when the database already held children: nothing was seeded. */
let seeded = true;
try {
  const database = await openAppDatabase(config);
  embedded = database.embedded;
  const orm = await initOrm(database.url);
  try {
    await migrate(orm);
    seeded = await seedDatabase(orm, { scale, times, log: (line) => console.log(line) });
    const connection = orm.em.getConnection();
    for (const table of TABLES) {
      const [row] = await connection.execute<{ count: string }[]>(`select count(*) as count from "${table}"`);
      console.log(`${table.padEnd(22)} ${row!.count}`);
    }
  } finally {
    await orm.close();
  }
  if (seeded) console.log(`seeded (${label}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await embedded?.stop();
}
if (!seeded) {
  console.error(`nothing seeded: the database already holds children (seed ${label} loads an empty database only)`);
  // exit, not exitCode: embedded-postgres's exit hook ends the process with 0 otherwise.
  process.exit(1);
}

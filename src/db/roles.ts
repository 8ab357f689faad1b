import type { Orm } from './orm.js';

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe role name: ${name}`);
  return `"${name}"`;
};

/** The user a connection URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * What the server's role may do: read and write rows, nothing else. It owns no table, so it
 * cannot alter or drop one, nor drop a trigger; it holds no TRUNCATE; and the audit trail it may
 * only append to and read (the append-only triggers stay as a second lock). Run by the owner after
 * every `npm run migrate`; default privileges cover tables the owner creates by any other way too
 * (`npx mikro-orm migration:up`).
 *
 * One exception: the job queue (pg-boss, src/jobs/job-runner.ts) makes its own schema `pgboss` and
 * a table per queue at start, so the role may create schemas in this database. What it creates
 * there is its own; the records and the audit trail in `public` stay out of its reach.
 */
export async function grantApplicationRole(orm: Orm, role: string): Promise<void> {
  const name = ident(role);
  const connection = orm.em.getConnection();
  await connection.execute(`grant usage on schema public to ${name}`);
  await connection.execute(`do $$ begin execute format('grant create on database %I to ${name}', current_database()); end $$`);
  await connection.execute(`revoke all on all tables in schema public from ${name}`);
  await connection.execute(`grant select, insert, update, delete on all tables in schema public to ${name}`);
  await connection.execute(`revoke update, delete on audit_event, mikro_orm_migrations from ${name}`);
  await connection.execute(`revoke insert on mikro_orm_migrations from ${name}`);
  await connection.execute(`grant usage, select on all sequences in schema public to ${name}`);
  await connection.execute(`alter default privileges in schema public grant select, insert, update, delete on tables to ${name}`);
  await connection.execute(`alter default privileges in schema public grant usage, select on sequences to ${name}`);
}

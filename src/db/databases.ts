import pg from 'pg';

/** Administrative statements on a cluster, through its maintenance database. */

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenance<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
};

export function ensureDatabase(url: string, name: string): Promise<void> {
  return onMaintenance(url, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${ident(name)} encoding 'UTF8'`);
  });
}

export function createDatabaseFromTemplate(url: string, name: string, template: string): Promise<void> {
  return onMaintenance(url, async (client) => {
    await client.query(`create database ${ident(name)} template ${ident(template)}`);
  });
}

export function dropDatabase(url: string, name: string): Promise<void> {
  return onMaintenance(url, async (client) => {
    await client.query(`drop database if exists ${ident(name)} with (force)`);
  });
}

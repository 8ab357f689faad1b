import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';

/** What is counted (`sign-in:failure:account`) and whose (an email, an address, an account id). */
export interface Series {
  track: string;
  key: string;
}

/** What one step of a limit does with the times it read. */
export interface Decision<T> {
  result: T;
  /** Series that gain an attempt at the step's time. */
  add?: readonly Series[];
  /** Series whose attempts are all forgotten. */
  clear?: readonly Series[];
  /** Series whose latest attempt is taken back. */
  dropLast?: readonly Series[];
}

/**
 * The times of counted attempts, per series. `step` reads the times after `since` of each series
 * and applies the decision as one step: no other step on these series, on any server instance
 * sharing the log, comes between the read and the write, so parallel attempts cannot slip under a limit.
 */
export interface AttemptLog {
  step<T>(series: readonly Series[], at: number, since: number, decide: (times: number[][]) => Decision<T>): Promise<T>;
}

/** One process's memory, each track keeping at most `maxTracked` keys (the oldest forgotten first): for tests of the rules. */
export function memoryAttemptLog(maxTracked = 100_000): AttemptLog {
  const tracks = new Map<string, Map<string, number[]>>();
  const keysOf = (track: string) => tracks.get(track) ?? tracks.set(track, new Map()).get(track)!;
  return {
    async step(series, at, since, decide) {
      const times = series.map(({ track, key }) => (keysOf(track).get(key) ?? []).filter((time) => time > since));
      const decision = decide(times);
      for (const { track, key } of decision.clear ?? []) keysOf(track).delete(key);
      for (const { track, key } of decision.dropLast ?? []) keysOf(track).get(key)?.pop();
      for (const { track, key } of decision.add ?? []) {
        const keys = keysOf(track);
        const kept = (keys.get(key) ?? []).filter((time) => time > since);
        keys.delete(key);
        for (const [old, seen] of keys) if (seen.every((time) => time <= since)) keys.delete(old);
        // Still full: forget the oldest keys (a Map iterates in insertion order).
        for (const old of keys.keys()) {
          if (keys.size < maxTracked) break;
          keys.delete(old);
        }
        keys.set(key, [...kept, at]);
      }
      return decision.result;
    },
  };
}

/** A series as stored: its track and the SHA-256 of its key, so no email or address is kept in clear. */
const stored = ({ track, key }: Series) => `${track}:${createHash('sha256').update(key).digest('base64url')}`;
const list = (count: number) => Array<string>(count).fill('?').join(', ');

/** Roughly one step in this many also deletes every expired attempt, of whatever series. */
const PRUNE_EVERY = 200;

/**
 * The `limit_attempt` table, through the request's EntityManager: what every instance on the
 * database sees. Each step locks its series (transaction-scoped advisory locks, in one order, so
 * two steps never wait on each other crosswise), reads, writes, and drops what has expired.
 */
export function databaseAttemptLog(em: EntityManager): AttemptLog {
  return {
    step(series, at, since, decide) {
      return em.transactional(async (tx) => {
        const names = series.map(stored);
        const distinct = [...new Set(names)].sort();
        await tx.execute(`select count(pg_advisory_xact_lock(hashtextextended(name, 0))) from (select name from (values ${distinct.map(() => '(?)').join(', ')}) as v(name) order by name) as locked`, distinct);
        const rows = await tx.execute<{ series: string; at: number }[]>(
          `select series, extract(epoch from at) * 1000 as at from limit_attempt where series in (${list(distinct.length)}) and at > ? order by at, id`,
          [...distinct, new Date(since)],
        );
        const times = names.map((name) => rows.filter((row) => row.series === name).map((row) => Number(row.at)));
        const decision = decide(times);
        const cleared = (decision.clear ?? []).map(stored);
        const expired = Math.random() < 1 / PRUNE_EVERY ? [] : distinct;
        await tx.execute(`delete from limit_attempt where at <= ?${expired.length ? ` and series in (${list(expired.length)})` : ''}`, [new Date(since), ...expired]);
        if (cleared.length) await tx.execute(`delete from limit_attempt where series in (${list(cleared.length)})`, cleared);
        for (const name of (decision.dropLast ?? []).map(stored)) {
          await tx.execute('delete from limit_attempt where id = (select id from limit_attempt where series = ? order by at desc, id desc limit 1)', [name]);
        }
        const added = (decision.add ?? []).map(stored);
        if (added.length) await tx.execute(`insert into limit_attempt (series, at) values ${added.map(() => '(?, ?)').join(', ')}`, added.flatMap((name) => [name, new Date(at)]));
        return decision.result;
      });
    },
  };
}

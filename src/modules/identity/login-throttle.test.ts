import { describe, expect, it } from 'vitest';
import { memoryAttemptLog } from './attempt-log.js';
import { addressKey, createLoginThrottle, LOGIN_LIMITS, lockedUntil } from './login-throttle.js';

const MINUTE = 60_000;

/** The throttle over one memory log of its own (the server's counts live in the database: test/login-throttle.test.ts). */
function over(throttle: ReturnType<typeof createLoginThrottle>, log = memoryAttemptLog()) {
  return { begin: (email: string, address: string) => throttle.begin(log, email, address), succeeded: (email: string, address: string) => throttle.succeeded(log, email, address) };
}

function throttleAt(start = 1_000_000) {
  const clock = { now: start };
  const throttle = over(createLoginThrottle('test', LOGIN_LIMITS, () => clock.now));
  /** One failed attempt: begin without success. */
  const fail = (email: string, address: string) => throttle.begin(email, address);
  return { clock, throttle, fail };
}

describe('per account', () => {
  it('locks an email after 5 failures within 15 minutes, from any address, for 15 minutes', async () => {
    const { clock, throttle, fail } = throttleAt();
    for (let i = 0; i < 5; i++) {
      expect(await fail('worker@test.kz', `10.0.0.${i}`)).toBe(0);
      clock.now += MINUTE;
    }
    // The 5th failure was 1 minute ago: 14 minutes remain, from any address and however the email is written.
    expect(await throttle.begin(' Worker@Test.KZ ', '10.9.9.9')).toBe(14 * MINUTE);
    expect(await throttle.begin('other@test.kz', '10.0.0.1')).toBe(0);
    clock.now += 14 * MINUTE - 1;
    expect(await throttle.begin('worker@test.kz', '10.9.9.9')).toBe(1);
    clock.now += 1;
    expect(await throttle.begin('worker@test.kz', '10.9.9.9')).toBe(0);
  });

  it('does not lock failures spread wider than the window', async () => {
    const { clock, fail } = throttleAt();
    for (let i = 0; i < 12; i++) {
      expect(await fail('worker@test.kz', '10.0.0.1')).toBe(0);
      clock.now += 4 * MINUTE; // 4 failures per 16 minutes
    }
  });

  it('counts unknown emails like known ones', async () => {
    const { fail } = throttleAt();
    for (let i = 0; i < 5; i++) await fail('nobody@test.kz', '10.0.0.1');
    expect(await fail('nobody@test.kz', '10.0.0.2')).toBeGreaterThan(0);
  });

  it('forgets the failures of an email that signs in', async () => {
    const { throttle, fail } = throttleAt();
    for (let i = 0; i < 4; i++) await fail('worker@test.kz', '10.0.0.1');
    expect(await throttle.begin('worker@test.kz', '10.0.0.1')).toBe(0);
    await throttle.succeeded('worker@test.kz', '10.0.0.1');
    for (let i = 0; i < 4; i++) expect(await fail('worker@test.kz', '10.0.0.1')).toBe(0);
  });

  it('counts attempts still in flight, so parallel guesses cannot pass the limit', async () => {
    const { throttle } = throttleAt();
    const answers = await Promise.all(Array.from({ length: 50 }, () => throttle.begin('worker@test.kz', '10.0.0.1')));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
  });
});

describe('per address', () => {
  it('locks an address after 20 failures within 15 minutes, whatever the emails, then lets it try again', async () => {
    const { clock, throttle, fail } = throttleAt();
    for (let i = 0; i < 20; i++) expect(await fail(`guess${i}@test.kz`, '203.0.113.7')).toBe(0);
    expect(await throttle.begin('fresh@test.kz', '203.0.113.7')).toBe(15 * MINUTE);
    expect(await throttle.begin('fresh@test.kz', '203.0.113.8')).toBe(0);
    clock.now += 15 * MINUTE;
    expect(await throttle.begin('fresh2@test.kz', '203.0.113.7')).toBe(0);
  });

  it('does not let one good sign-in reset the address', async () => {
    const { throttle, fail } = throttleAt();
    for (let i = 0; i < 19; i++) await fail(`guess${i}@test.kz`, '203.0.113.7');
    expect(await throttle.begin('mine@test.kz', '203.0.113.7')).toBe(0);
    await throttle.succeeded('mine@test.kz', '203.0.113.7');
    expect(await fail('guess-more@test.kz', '203.0.113.7')).toBe(0);
    expect(await throttle.begin('mine@test.kz', '203.0.113.7')).toBeGreaterThan(0);
  });

  it('treats a whole IPv6 /64 as one address', async () => {
    const { throttle, fail } = throttleAt();
    for (let i = 0; i < 20; i++) await fail(`guess${i}@test.kz`, `2001:db8:1:2::${(i + 1).toString(16)}`);
    expect(await throttle.begin('fresh@test.kz', '2001:db8:1:2:ffff::1')).toBeGreaterThan(0);
    expect(await throttle.begin('fresh@test.kz', '2001:db8:1:3::1')).toBe(0);
  });
});

describe('memory', () => {
  it('keeps at most maxTracked emails', async () => {
    const clock = { now: 0 };
    const throttle = over(createLoginThrottle('test', LOGIN_LIMITS, () => clock.now), memoryAttemptLog(3));
    for (const email of ['a@x.kz', 'a@x.kz', 'a@x.kz', 'a@x.kz', 'a@x.kz']) await throttle.begin(email, `10.0.0.${clock.now++}`);
    expect(await throttle.begin('a@x.kz', '10.1.0.0')).toBeGreaterThan(0);
    for (const email of ['b@x.kz', 'c@x.kz', 'd@x.kz']) await throttle.begin(email, '10.2.0.0');
    // a@x.kz was the oldest of four: forgotten.
    expect(await throttle.begin('a@x.kz', '10.1.0.0')).toBe(0);
  });
});

describe('addressKey', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['1::2:3:4:5:1.2.3.4', '1:0:2:3::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});

describe('lockedUntil', () => {
  it.each([
    { failures: [0, 1, 2], until: 0, why: 'fewer failures than the threshold' },
    { failures: [0, 1, 2, 3, 4], until: 4 + 15 * MINUTE, why: 'five within the window: locked from the fifth' },
    { failures: [0, 1, 2, 3, 15 * MINUTE], until: 0, why: 'the fifth comes as the first leaves the window' },
    { failures: [0, 1, 2, 3, 4, 5], until: 5 + 15 * MINUTE, why: 'the latest lock wins' },
  ])('$why', ({ failures, until }) => {
    expect(lockedUntil(failures, 5, 15 * MINUTE, 15 * MINUTE)).toBe(until);
  });
});

describe('successful sign-ins', () => {
  it('locks an email after 10 sign-ins within 15 minutes, from any address, for 15 minutes', async () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 10; i++) {
      expect(await throttle.begin('worker@test.kz', `10.0.0.${i}`)).toBe(0);
      expect(await throttle.succeeded('worker@test.kz', `10.0.0.${i}`)).toBe(0);
      clock.now += MINUTE;
    }
    expect(await throttle.begin('worker@test.kz', '10.9.9.9')).toBe(14 * MINUTE);
    expect(await throttle.begin('other@test.kz', '10.0.0.1')).toBe(0);
    clock.now += 14 * MINUTE;
    expect(await throttle.begin('worker@test.kz', '10.9.9.9')).toBe(0);
  });

  it('refuses a success past the limit even when the attempt began before it was reached', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 9; i++) {
      await throttle.begin('worker@test.kz', '10.0.0.1');
      await throttle.succeeded('worker@test.kz', '10.0.0.1');
    }
    expect([await throttle.begin('worker@test.kz', '10.0.0.1'), await throttle.begin('worker@test.kz', '10.0.0.1')]).toEqual([0, 0]);
    expect(await throttle.succeeded('worker@test.kz', '10.0.0.1')).toBe(0);
    expect(await throttle.succeeded('worker@test.kz', '10.0.0.1')).toBe(15 * MINUTE);
  });

  it('locks an address after 60 sign-ins within 15 minutes, whatever the emails', async () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 60; i++) {
      expect(await throttle.begin(`user${i}@test.kz`, '203.0.113.7')).toBe(0);
      expect(await throttle.succeeded(`user${i}@test.kz`, '203.0.113.7')).toBe(0);
    }
    expect(await throttle.begin('fresh@test.kz', '203.0.113.7')).toBe(15 * MINUTE);
    expect(await throttle.begin('fresh@test.kz', '203.0.113.8')).toBe(0);
    clock.now += 15 * MINUTE;
    expect(await throttle.begin('fresh@test.kz', '203.0.113.7')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { addressKey, createLoginThrottle, LOGIN_LIMITS, lockedUntil } from './login-throttle.js';

const MINUTE = 60_000;

function throttleAt(start = 1_000_000) {
  const clock = { now: start };
  const throttle = createLoginThrottle(LOGIN_LIMITS, () => clock.now);
  /** One failed attempt: begin without success. */
  const fail = (email: string, address: string) => throttle.begin(email, address);
  return { clock, throttle, fail };
}

describe('per account', () => {
  it('locks an email after 5 failures within 15 minutes, from any address, for 15 minutes', () => {
    const { clock, throttle, fail } = throttleAt();
    for (let i = 0; i < 5; i++) {
      expect(fail('worker@test.kz', `10.0.0.${i}`)).toBe(0);
      clock.now += MINUTE;
    }
    // The 5th failure was 1 minute ago: 14 minutes remain, from any address and however the email is written.
    expect(throttle.begin(' Worker@Test.KZ ', '10.9.9.9')).toBe(14 * MINUTE);
    expect(throttle.begin('other@test.kz', '10.0.0.1')).toBe(0);
    clock.now += 14 * MINUTE - 1;
    expect(throttle.begin('worker@test.kz', '10.9.9.9')).toBe(1);
    clock.now += 1;
    expect(throttle.begin('worker@test.kz', '10.9.9.9')).toBe(0);
  });

  it('does not lock failures spread wider than the window', () => {
    const { clock, fail } = throttleAt();
    for (let i = 0; i < 12; i++) {
      expect(fail('worker@test.kz', '10.0.0.1')).toBe(0);
      clock.now += 4 * MINUTE; // 4 failures per 16 minutes
    }
  });

  it('counts unknown emails like known ones', () => {
    const { fail } = throttleAt();
    for (let i = 0; i < 5; i++) fail('nobody@test.kz', '10.0.0.1');
    expect(fail('nobody@test.kz', '10.0.0.2')).toBeGreaterThan(0);
  });

  it('forgets the failures of an email that signs in', () => {
    const { throttle, fail } = throttleAt();
    for (let i = 0; i < 4; i++) fail('worker@test.kz', '10.0.0.1');
    expect(throttle.begin('worker@test.kz', '10.0.0.1')).toBe(0);
    throttle.succeeded('worker@test.kz', '10.0.0.1');
    for (let i = 0; i < 4; i++) expect(fail('worker@test.kz', '10.0.0.1')).toBe(0);
  });

  it('counts attempts still in flight, so parallel guesses cannot pass the limit', () => {
    const { throttle } = throttleAt();
    const answers = Array.from({ length: 50 }, () => throttle.begin('worker@test.kz', '10.0.0.1'));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
  });
});

describe('per address', () => {
  it('locks an address after 20 failures within 15 minutes, whatever the emails, then lets it try again', () => {
    const { clock, throttle, fail } = throttleAt();
    for (let i = 0; i < 20; i++) expect(fail(`guess${i}@test.kz`, '203.0.113.7')).toBe(0);
    expect(throttle.begin('fresh@test.kz', '203.0.113.7')).toBe(15 * MINUTE);
    expect(throttle.begin('fresh@test.kz', '203.0.113.8')).toBe(0);
    clock.now += 15 * MINUTE;
    expect(throttle.begin('fresh2@test.kz', '203.0.113.7')).toBe(0);
  });

  it('does not let one good sign-in reset the address', () => {
    const { throttle, fail } = throttleAt();
    for (let i = 0; i < 19; i++) fail(`guess${i}@test.kz`, '203.0.113.7');
    expect(throttle.begin('mine@test.kz', '203.0.113.7')).toBe(0);
    throttle.succeeded('mine@test.kz', '203.0.113.7');
    expect(fail('guess-more@test.kz', '203.0.113.7')).toBe(0);
    expect(throttle.begin('mine@test.kz', '203.0.113.7')).toBeGreaterThan(0);
  });

  it('treats a whole IPv6 /64 as one address', () => {
    const { throttle, fail } = throttleAt();
    for (let i = 0; i < 20; i++) fail(`guess${i}@test.kz`, `2001:db8:1:2::${(i + 1).toString(16)}`);
    expect(throttle.begin('fresh@test.kz', '2001:db8:1:2:ffff::1')).toBeGreaterThan(0);
    expect(throttle.begin('fresh@test.kz', '2001:db8:1:3::1')).toBe(0);
  });
});

describe('memory', () => {
  it('keeps at most maxTracked emails', () => {
    const clock = { now: 0 };
    const throttle = createLoginThrottle({ ...LOGIN_LIMITS, maxTracked: 3 }, () => clock.now);
    for (const email of ['a@x.kz', 'a@x.kz', 'a@x.kz', 'a@x.kz', 'a@x.kz']) throttle.begin(email, `10.0.0.${clock.now++}`);
    expect(throttle.begin('a@x.kz', '10.1.0.0')).toBeGreaterThan(0);
    for (const email of ['b@x.kz', 'c@x.kz', 'd@x.kz']) throttle.begin(email, '10.2.0.0');
    // a@x.kz was the oldest of four: forgotten.
    expect(throttle.begin('a@x.kz', '10.1.0.0')).toBe(0);
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
  it('locks an email after 10 sign-ins within 15 minutes, from any address, for 15 minutes', () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 10; i++) {
      expect(throttle.begin('worker@test.kz', `10.0.0.${i}`)).toBe(0);
      expect(throttle.succeeded('worker@test.kz', `10.0.0.${i}`)).toBe(0);
      clock.now += MINUTE;
    }
    expect(throttle.begin('worker@test.kz', '10.9.9.9')).toBe(14 * MINUTE);
    expect(throttle.begin('other@test.kz', '10.0.0.1')).toBe(0);
    clock.now += 14 * MINUTE;
    expect(throttle.begin('worker@test.kz', '10.9.9.9')).toBe(0);
  });

  it('refuses a success past the limit even when the attempt began before it was reached', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 9; i++) {
      throttle.begin('worker@test.kz', '10.0.0.1');
      throttle.succeeded('worker@test.kz', '10.0.0.1');
    }
    expect([throttle.begin('worker@test.kz', '10.0.0.1'), throttle.begin('worker@test.kz', '10.0.0.1')]).toEqual([0, 0]);
    expect(throttle.succeeded('worker@test.kz', '10.0.0.1')).toBe(0);
    expect(throttle.succeeded('worker@test.kz', '10.0.0.1')).toBe(15 * MINUTE);
  });

  it('locks an address after 60 sign-ins within 15 minutes, whatever the emails', () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 60; i++) {
      expect(throttle.begin(`user${i}@test.kz`, '203.0.113.7')).toBe(0);
      expect(throttle.succeeded(`user${i}@test.kz`, '203.0.113.7')).toBe(0);
    }
    expect(throttle.begin('fresh@test.kz', '203.0.113.7')).toBe(15 * MINUTE);
    expect(throttle.begin('fresh@test.kz', '203.0.113.8')).toBe(0);
    clock.now += 15 * MINUTE;
    expect(throttle.begin('fresh@test.kz', '203.0.113.7')).toBe(0);
  });
});

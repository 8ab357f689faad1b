import { describe, expect, it } from 'vitest';
import { failureClass, retryDelayMs } from './back-off.js';

describe('retry back-off', () => {
  it('doubles from 30 s and stays at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(10_000)).toBe(3_600_000);
  });
});

describe('failure classes', () => {
  it('keep the reply code or the error code, never the words', () => {
    expect(failureClass(Object.assign(new Error('451 mailbox of child.name@x busy'), { responseCode: 451, code: 'EENVELOPE' }))).toBe('SMTP 451');
    expect(failureClass(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(failureClass(new TypeError('whatever the text says'))).toBe('TypeError');
    expect(failureClass(undefined)).toBe('unknown');
  });
});

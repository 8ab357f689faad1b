import { describe, expect, it } from 'vitest';
import { Locale } from '../../shared/locale.js';
import { CATALOGUE, renderMessage } from './catalogue.js';
import { NotificationTemplate } from './notification-outbox.entity.js';

const payload = { token: 'tok+en/=', expiresAt: '2026-12-06T10:15:00.000Z' };

describe('the message catalogue', () => {
  it.each(Object.values(NotificationTemplate))('words %s in every language, with its link and nothing left unfilled', (template) => {
    const texts = Object.values(Locale).map((language) => renderMessage(template, language, payload, 'https://shanyraq.example/'));
    for (const { subject, text } of texts) {
      expect(subject).not.toBe('');
      expect(text).toContain('https://shanyraq.example/');
      expect(text).toContain('token=tok%2Ben%2F%3D');
      expect(text).toContain('2026-12-06 10:15 UTC');
      expect(text).not.toMatch(/\{\w+\}/);
    }
    // Three languages, three wordings.
    expect(new Set(texts.map((message) => message.text)).size).toBe(3);
  });

  it('has a wording of every template in every language', () => {
    for (const definition of Object.values(CATALOGUE)) expect(Object.keys(definition.wording).sort()).toEqual(Object.values(Locale).sort());
  });
});

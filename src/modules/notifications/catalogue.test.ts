import { describe, expect, it } from 'vitest';
import { Locale } from '../../shared/locale.js';
import { CATALOGUE, renderMessage } from './catalogue.js';
import { NotificationTemplate } from './notification-outbox.entity.js';

const payload = { token: 'tok+en/=', expiresAt: '2026-12-06T10:15:00.000Z' };

describe('the message catalogue', () => {
  it.each([NotificationTemplate.ACCOUNT_ACTIVATION, NotificationTemplate.PASSWORD_RESET])('words %s in every language, with its link and nothing left unfilled', (template) => {
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

  it('words the task digest with its counts and the list\'s link, in every language', () => {
    for (const language of Object.values(Locale)) {
      const { text } = renderMessage(NotificationTemplate.TASK_DIGEST, language, { date: '2026-12-03', dueToday: '4', overdue: '2' }, 'https://shanyraq.example');
      expect(text).toContain('https://shanyraq.example/tasks');
      expect(text).toMatch(/2026-12-03.*4.*2/s);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('has a wording of every template in every language', () => {
    for (const definition of Object.values(CATALOGUE)) expect(Object.keys(definition.wording).sort()).toEqual(Object.values(Locale).sort());
  });
});

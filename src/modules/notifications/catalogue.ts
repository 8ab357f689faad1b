import { Locale } from '../../shared/locale.js';
import { NotificationTemplate } from './notification-outbox.entity.js';

/**
 * Every message the service mails, in each language. A message says what happened and where to
 * look, nothing more: never a child's name or any case detail, since mail leaves the service's
 * protection. The link carries what the page needs (a one-time token), the rest is behind sign-in.
 */

interface Wording {
  subject: string;
  /** `{link}` is replaced by the message's link, `{expiresAt}` by the token's expiry when it has one. */
  body: string;
}

interface TemplateDefinition {
  /** The page the message links to, from the message's payload. */
  link(payload: Readonly<Record<string, string>>): string;
  wording: Record<Locale, Wording>;
}

const withToken = (path: string) => (payload: Readonly<Record<string, string>>) => `${path}?token=${encodeURIComponent(payload.token ?? '')}`;

export const CATALOGUE: Record<NotificationTemplate, TemplateDefinition> = {
  [NotificationTemplate.ACCOUNT_ACTIVATION]: {
    link: withToken('/activate'),
    wording: {
      [Locale.KK]: {
        subject: 'Shanyraq: есептік жазбаңызды іске қосыңыз',
        body: 'Сізге Shanyraq жүйесінде есептік жазба ашылды. Құпиясөз орнату үшін сілтемені ашыңыз:\n{link}\n\nСілтеме {expiresAt} дейін бір рет жарамды.',
      },
      [Locale.RU]: {
        subject: 'Shanyraq: активируйте учётную запись',
        body: 'Для вас создана учётная запись в Shanyraq. Чтобы задать пароль, откройте ссылку:\n{link}\n\nСсылка действует один раз, до {expiresAt}.',
      },
      [Locale.EN]: {
        subject: 'Shanyraq: activate your account',
        body: 'An account has been opened for you in Shanyraq. Open this link to set your password:\n{link}\n\nThe link works once, until {expiresAt}.',
      },
    },
  },
  [NotificationTemplate.PASSWORD_RESET]: {
    link: withToken('/reset-password'),
    wording: {
      [Locale.KK]: {
        subject: 'Shanyraq: құпиясөзді қалпына келтіру',
        body: 'Құпиясөзді қалпына келтіру сұралды. Жаңа құпиясөз орнату үшін сілтемені ашыңыз:\n{link}\n\nСілтеме {expiresAt} дейін бір рет жарамды. Сұрамаған болсаңыз, хатты елемеңіз.',
      },
      [Locale.RU]: {
        subject: 'Shanyraq: сброс пароля',
        body: 'Запрошен сброс пароля. Чтобы задать новый пароль, откройте ссылку:\n{link}\n\nСсылка действует один раз, до {expiresAt}. Если вы не запрашивали сброс, не обращайте внимания на это письмо.',
      },
      [Locale.EN]: {
        subject: 'Shanyraq: password reset',
        body: 'A password reset was requested. Open this link to set a new password:\n{link}\n\nThe link works once, until {expiresAt}. If you did not ask for it, ignore this message.',
      },
    },
  },
  [NotificationTemplate.TASK_DIGEST]: {
    link: () => '/tasks',
    wording: {
      [Locale.KK]: {
        subject: 'Shanyraq: бүгінгі тапсырмалар',
        body: '{date}: бүгін мерзімі жететін тапсырмалар — {dueToday}, мерзімі өткендер — {overdue}. Тізім:\n{link}',
      },
      [Locale.RU]: {
        subject: 'Shanyraq: задачи на сегодня',
        body: '{date}: задач со сроком сегодня — {dueToday}, просроченных — {overdue}. Список:\n{link}',
      },
      [Locale.EN]: {
        subject: 'Shanyraq: your tasks today',
        body: '{date}: {dueToday} tasks due today, {overdue} overdue. Your list:\n{link}',
      },
    },
  },
  [NotificationTemplate.PLACEMENT_STEP]: {
    link: (payload) => `/placements/${encodeURIComponent(payload.placementId ?? '')}`,
    wording: {
      [Locale.KK]: { subject: 'Shanyraq: орналастыру жаңа кезеңде', body: 'Сіздің отбасыңызбен орналастыру жаңа кезеңге өтті: {stepName}. Толығырақ:\n{link}' },
      [Locale.RU]: { subject: 'Shanyraq: новый этап устройства', body: 'Устройство ребёнка в вашу семью перешло на новый этап: {stepName}. Подробнее:\n{link}' },
      [Locale.EN]: { subject: 'Shanyraq: a placement reached a new step', body: 'A placement with your family reached a new step: {stepName}. Details:\n{link}' },
    },
  },
};

/** The steps of a placement as a family reads them. */
const STEP_NAMES: Record<Locale, Record<string, string>> = {
  [Locale.KK]: { INTRODUCTION: 'танысу', TRIAL: 'сынақ кезеңі', APPROVED: 'бекітілді', ACTIVE: 'басталды', ENDED: 'аяқталды' },
  [Locale.RU]: { INTRODUCTION: 'знакомство', TRIAL: 'пробный период', APPROVED: 'одобрено', ACTIVE: 'начато', ENDED: 'завершено' },
  [Locale.EN]: { INTRODUCTION: 'introduction', TRIAL: 'trial period', APPROVED: 'approved', ACTIVE: 'started', ENDED: 'ended' },
};

export interface RenderedMessage {
  subject: string;
  text: string;
}

/** The message as its recipient reads it; `publicUrl` is where the service's pages are. */
export function renderMessage(template: NotificationTemplate, language: Locale, payload: Readonly<Record<string, string>>, publicUrl: string): RenderedMessage {
  const definition = CATALOGUE[template];
  const wording = definition.wording[language] ?? definition.wording[Locale.RU];
  const link = `${publicUrl.replace(/\/+$/, '')}${definition.link(payload)}`;
  // Dates in the message are UTC minutes: the same for every reader, whatever their mail client's zone.
  const expiresAt = payload.expiresAt ? `${payload.expiresAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  // Every other placeholder is a value of the payload: counts and dates, never a person's data.
  const stepName = payload.step ? (STEP_NAMES[language]?.[payload.step] ?? payload.step) : '';
  const text = wording.body.replaceAll('{link}', link).replaceAll('{expiresAt}', expiresAt).replaceAll('{stepName}', stepName).replace(/\{(\w+)\}/g, (whole, key: string) => payload[key] ?? whole);
  return { subject: wording.subject, text };
}

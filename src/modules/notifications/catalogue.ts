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
  [NotificationTemplate.INQUIRY_ANSWERED]: {
    // The family's pages in the console; inquiries have no screen of their own there yet.
    link: () => '/family',
    wording: {
      [Locale.KK]: { subject: 'Shanyraq: сұрауыңызға жауап берілді', body: 'Маманыңыз балаға қатысты сұрауыңызға жауап берді: {decision}{reason}. Толығырақ:\n{link}' },
      [Locale.RU]: { subject: 'Shanyraq: на ваш запрос ответили', body: 'Специалист ответил на ваш запрос о ребёнке: {decision}{reason}. Подробнее:\n{link}' },
      [Locale.EN]: { subject: 'Shanyraq: your inquiry was answered', body: 'Your worker answered your inquiry about a child: {decision}{reason}. Details:\n{link}' },
    },
  },
  [NotificationTemplate.AVAILABILITY_REMINDER]: {
    link: () => '/family',
    wording: {
      [Locale.KK]: {
        subject: 'Shanyraq: бала қабылдауға дайындығыңызды растаңыз',
        body: 'Бала қабылдауға дайындығыңыз бен мүмкіндігіңіз {lapsesOn} күні өз күшін жояды. Мәліметтер өзгермесе, оларды профильде растаңыз; өзгерсе, өзгеріс жіберіңіз:\n{link}',
      },
      [Locale.RU]: {
        subject: 'Shanyraq: подтвердите готовность принять ребёнка',
        body: 'Ваша готовность принимать детей и число мест перестанут учитываться {lapsesOn}. Если ничего не изменилось, подтвердите их в профиле; если изменилось, отправьте изменения:\n{link}',
      },
      [Locale.EN]: {
        subject: 'Shanyraq: confirm you are still accepting children',
        body: 'Your availability to take children and your capacity lapse on {lapsesOn}. If nothing has changed, confirm them in your profile; if something has, send the change:\n{link}',
      },
    },
  },
};

/** An inquiry's answer and the reason of a decline, as a family reads them (the reason after its separator). */
const LABELS: Record<string, Record<Locale, Record<string, string>>> = {
  decision: {
    [Locale.KK]: { ACCEPTED: 'танысуға келісім берілді', DECLINED: 'бас тартылды' },
    [Locale.RU]: { ACCEPTED: 'знакомство одобрено', DECLINED: 'отказ' },
    [Locale.EN]: { ACCEPTED: 'accepted for an introduction', DECLINED: 'declined' },
  },
  reason: {
    [Locale.KK]: {
      CHILD_NO_LONGER_AVAILABLE: ' — бала басқа отбасына ұсынылған немесе орналастырылған',
      RELATIVES_HAVE_PRIORITY: ' — баланың басымдығы бар туыстары табылды',
      SIBLINGS_KEPT_TOGETHER: ' — бауырлар бірге орналастырылады',
      FAMILY_NOT_ELIGIBLE: ' — отбасының қазіргі мәртебесі мүмкіндік бермейді',
      NEEDS_NOT_MET: ' — баланың қажеттіліктері отбасы бағаланған күтімнен тыс',
      CHILD_DID_NOT_CONSENT: ' — бала келісім бермеді',
      OTHER_IN_CHILDS_INTEREST: ' — баланың мүддесі үшін',
    },
    [Locale.RU]: {
      CHILD_NO_LONGER_AVAILABLE: ' — ребёнок уже предложен другой семье или устроен',
      RELATIVES_HAVE_PRIORITY: ' — нашлись родственники ребёнка, у которых приоритет',
      SIBLINGS_KEPT_TOGETHER: ' — братья и сёстры устраиваются вместе',
      FAMILY_NOT_ELIGIBLE: ' — текущий статус семьи этого не позволяет',
      NEEDS_NOT_MET: ' — потребности ребёнка выходят за рамки оценки семьи',
      CHILD_DID_NOT_CONSENT: ' — ребёнок не дал согласия',
      OTHER_IN_CHILDS_INTEREST: ' — в интересах ребёнка',
    },
    [Locale.EN]: {
      CHILD_NO_LONGER_AVAILABLE: ' — the child is already proposed to or placed with another family',
      RELATIVES_HAVE_PRIORITY: ' — relatives of the child, who have priority, came forward',
      SIBLINGS_KEPT_TOGETHER: ' — brothers and sisters are placed together',
      FAMILY_NOT_ELIGIBLE: ' — your family’s standing does not allow it now',
      NEEDS_NOT_MET: ' — the child’s needs go beyond what your family was assessed for',
      CHILD_DID_NOT_CONSENT: ' — the child did not agree',
      OTHER_IN_CHILDS_INTEREST: ' — in the child’s interest',
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
  // Every other placeholder is a value of the payload (counts, dates, codes read as their label), never a person's data.
  const stepName = payload.step ? (STEP_NAMES[language]?.[payload.step] ?? payload.step) : '';
  const text = wording.body.replaceAll('{link}', link).replaceAll('{expiresAt}', expiresAt).replaceAll('{stepName}', stepName).replace(/\{(\w+)\}/g, (whole, key: string) => LABELS[key]?.[language]?.[payload[key] ?? ''] ?? payload[key] ?? whole);
  return { subject: wording.subject, text };
}

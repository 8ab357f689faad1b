import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type ConsoleLanguage = (typeof LANGUAGES)[number];

const KEY = 'shanyraq.language';
const LOCALES: Record<ConsoleLanguage, string> = { ru: 'ru-KZ', kk: 'kk-KZ', en: 'en-GB' };

const isLanguage = (value: unknown): value is ConsoleLanguage => LANGUAGES.includes(value as ConsoleLanguage);

/** The user's choice, else the browser's first language we have, else Russian. */
function initialLanguage(): ConsoleLanguage {
  const saved = localStorage.getItem(KEY);
  if (isLanguage(saved)) return saved;
  return navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage) ?? 'ru';
}

void i18next.use(initReactI18next).init({
  resources: { ru: { translation: ru }, kk: { translation: kk }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export function currentLanguage(): ConsoleLanguage {
  return isLanguage(i18next.language) ? i18next.language : 'ru';
}

export function setLanguage(language: ConsoleLanguage): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

/** Dates and numbers in the language's own format. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], { dateStyle: 'medium' }).format(date);
}

/** A month (YYYY-MM) as the language writes it short: "дек. 2026", "Dec 2026". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], { maximumFractionDigits: digits }).format(value);
}

export default i18next;

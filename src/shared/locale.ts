/** The languages people read the service in: Kazakh (the state language), Russian, English. Stored as ISO 639-1 codes. */
export enum Locale {
  KK = 'kk',
  RU = 'ru',
  EN = 'en',
}

/** A new account's language until its owner chooses: Russian, the language most casework is written in. */
export const DEFAULT_LOCALE = Locale.RU;

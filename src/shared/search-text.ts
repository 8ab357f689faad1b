/**
 * The search key of a name: one spelling for the Kazakh, Russian and Latin ways of writing it, so
 * Нұрғалиева, Нургалиева and Nurgalieva (or Nurgaliyeva) all read `nurgalieva`. Built in the
 * application, not with SQL lower(), because the database's collation may not know Kazakh letters.
 * Kazakh letters fold into their Russian look-alikes (ә→а, ұ/ү→у, і→и …), Cyrillic is romanised,
 * and Latin spellings of one sound are made one (y→i, j→zh, kh→h, ye→e, doubled letters once).
 * The key is stored (`search_name`) and searched by substring through a trigram index.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', і: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u',
  ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters of the Kazakh (2021) and Turkish alphabets whose sound is written with two letters elsewhere. */
const LATIN: Readonly<Record<string, string>> = { ş: 'sh', ç: 'ch', ı: 'y', ğ: 'g', ñ: 'n' };

/** Spellings of one sound within a word, in the order they are applied. */
const SAME_SOUND: readonly [RegExp, string][] = [
  [/kh|x/g, 'h'],
  [/q/g, 'k'],
  [/dzh|dj|j/g, 'zh'],
  [/^ye|(?<=i)ye/g, 'e'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

function romanise(word: string): string {
  let latin = '';
  for (const letter of word) latin += CYRILLIC[letter] ?? LATIN[letter] ?? letter;
  // Letters with diacritics left (ä, ö, ü, ū …) lose them.
  return latin.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The search key of a name given in parts (last, first, middle): lower-case words of Latin letters. */
export function normalizeSearchText(...parts: (string | null | undefined)[]): string {
  const words = parts
    .filter((part): part is string => Boolean(part))
    .join(' ')
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  return words
    .map((word) => SAME_SOUND.reduce((key, [pattern, replacement]) => key.replace(pattern, replacement), romanise(word)))
    .filter(Boolean)
    .join(' ');
}

/** Search words of a query, as keys, each of which must appear in the name's key. */
export function searchTerms(query: string): string[] {
  return normalizeSearchText(query).split(' ').filter(Boolean).slice(0, 5);
}

/**
 * Whether two names are likely one person's, written differently: their search keys are equal or
 * one letter apart (one typed wrong, left out or added). Meant for people of the same birth date.
 */
export function isNearName(a: string, b: string): boolean {
  const [x, y] = [normalizeSearchText(a), normalizeSearchText(b)];
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  // What is left between the common start and end is at most one letter on each side.
  return x.length - start - end <= 1 && y.length - start - end <= 1;
}

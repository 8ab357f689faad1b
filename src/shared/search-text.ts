/**
 * Normalises a name for search: NFC, lower case, ё→е. Done in the application, not with SQL
 * lower(), because the database's collation may not know Kazakh letters (ә ғ қ ң ө ұ ү һ і).
 */
export function normalizeSearchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(' ')
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Search words of a query, each of which must appear in the name. */
export function searchTerms(query: string): string[] {
  return normalizeSearchText(query).split(' ').filter(Boolean).slice(0, 5);
}

import { currentLanguage } from '../i18n';

interface Named {
  nameRu: string;
  nameKk: string;
  nameEn: string;
}

/** A region's or district's name in the user's language. */
export function placeName(place: Named | null | undefined): string {
  if (!place) return '—';
  const language = currentLanguage();
  return language === 'kk' ? place.nameKk : language === 'en' ? place.nameEn : place.nameRu;
}

import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage, type ConsoleLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => setLanguage(value as ConsoleLanguage)}
      data={LANGUAGES.map((language) => ({ value: language, label: <span lang={language}>{language.toUpperCase()}</span> }))}
    />
  );
}

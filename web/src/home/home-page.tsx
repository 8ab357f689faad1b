import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { ConsoleShell } from '../shell/console-shell';

/** The start page of the roles whose screens are still to come. */
export default function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <ConsoleShell sections={[]}>
      <Stack>
        <Title order={2}>{t('home.title', { name: user?.displayName })}</Title>
        {user?.regionCode && <Text>{t('home.region', { region: user.regionCode })}</Text>}
        <Text>{t('home.nothingYet')}</Text>
      </Stack>
    </ConsoleShell>
  );
}

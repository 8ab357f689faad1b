import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { LanguageSwitch } from '../ui/language-switch';

export interface Section {
  to: string;
  label: string;
  /** Matches only this path, not the paths under it. */
  end?: boolean;
}

/** Header, the role's sections and the page; on a phone the sections fold behind a menu button. */
export function ConsoleShell({ sections, children }: { sections: Section[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <Anchor href="#main" className="skip-link">{t('app.skip')}</Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.navigation')} />
            <Title order={1} size="h4">{t('app.name')}</Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button variant="subtle" size="xs" onClick={signOut}>{t('shell.signOut')}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')} component="nav">
        <Stack gap={4}>
          {user && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('shell.signedInAs', { name: user.displayName })} · {t(`role.${user.role}`)}
            </Text>
          )}
          {sections.map((section) => (
            <NavLink
              key={section.to}
              component={RouterLink}
              to={section.to}
              end={section.end}
              label={section.label}
              active={section.end ? pathname === section.to : pathname.startsWith(section.to)}
              variant="filled"
              onClick={close}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>{children}</AppShell.Main>
    </AppShell>
  );
}

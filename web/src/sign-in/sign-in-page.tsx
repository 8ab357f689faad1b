import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/graphql';
import { useSession } from '../api/session';
import { ROLE_HOME } from '../role-home';
import { ApiErrorAlert } from '../ui/api-error';
import { LanguageSwitch } from '../ui/language-switch';

/** Only a path of this console: never another site. */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : undefined;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { user, expired, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (user && !busy) return <Navigate to={next ?? ROLE_HOME[user.role]} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const empty = { email: !email.trim(), password: !password };
    setMissing(empty);
    if (empty.email || empty.password) return;
    setBusy(true);
    setError(undefined);
    try {
      const signedIn = await signIn(email.trim(), password);
      navigate(next ?? ROLE_HOME[signedIn.role], { replace: true });
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1} size="h2">{t('app.name')}</Title>
                <Text c="dimmed" size="sm">{t('app.tagline')}</Text>
              </div>
              <LanguageSwitch />
            </Group>
            <Title order={2} size="h3">{t('signIn.title')}</Title>
            {expired && <Alert variant="filled" color="grape.9">{t('signIn.expired')}</Alert>}
            <ApiErrorAlert error={error} />
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={missing.email ? t('errors.required') : undefined}
              required
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={missing.password ? t('errors.required') : undefined}
              required
            />
            <Button type="submit" loading={busy}>{t('signIn.submit')}</Button>
            <Text size="xs" c="dimmed">{t('signIn.demo')}</Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

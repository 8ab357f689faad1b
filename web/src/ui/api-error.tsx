import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/graphql';

/** An error as the API coded it, in the user's language, with the server's own words under it. */
export function ApiErrorAlert({ error }: { error?: ApiError }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error.problems[0];
  return (
    <Alert color="red" role="alert" title={t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}>
      {problem?.message ? t('errors.detail', { message: problem.message }) : null}
    </Alert>
  );
}

/** The API's message for one input field, to show next to it. */
export function fieldError(error: ApiError | undefined, field: string): string | undefined {
  return error?.fields[field]?.message;
}

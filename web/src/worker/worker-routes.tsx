import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ConsoleShell } from '../shell/console-shell';
import { MyDayPage } from './my-day-page';

/** The social worker's screens (one chunk, loaded after sign-in). */
export default function WorkerRoutes() {
  const { t } = useTranslation();
  const sections = [{ to: '/worker', label: t('worker.myDay.title'), end: true }];
  return (
    <ConsoleShell sections={sections}>
      <Routes>
        <Route index element={<MyDayPage />} />
      </Routes>
    </ConsoleShell>
  );
}

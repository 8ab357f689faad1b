import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ConsoleShell } from '../shell/console-shell';
import { TransfersPage } from '../transfers/transfers-page';
import { ApprovalsPage } from './approvals-page';
import { CaseloadsPage } from './caseloads-page';
import { FiguresPage } from './figures-page';

/** The supervisor's screens (one chunk, with the charts, loaded after sign-in). */
export default function SupervisorRoutes() {
  const { t } = useTranslation();
  const sections = [
    { to: '/supervisor', label: t('supervisor.figures.title'), end: true },
    { to: '/supervisor/caseloads', label: t('supervisor.caseloads.title'), end: true },
    { to: '/supervisor/approvals', label: t('supervisor.approvals.title'), end: true },
    { to: '/supervisor/transfers', label: t('transfers.title'), end: true },
  ];
  return (
    <ConsoleShell sections={sections}>
      <Routes>
        <Route index element={<FiguresPage />} />
        <Route path="caseloads" element={<CaseloadsPage />} />
        <Route path="approvals" element={<ApprovalsPage />} />
        <Route path="transfers" element={<TransfersPage owner="ANY" />} />
      </Routes>
    </ConsoleShell>
  );
}

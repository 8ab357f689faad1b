import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ConsoleShell } from '../shell/console-shell';
import { TransfersPage } from '../transfers/transfers-page';
import { CandidatesPage } from './candidates-page';
import { ChangeRequestsPage } from './change-requests-page';
import { ChildCardPage } from './child-card-page';
import { ChildrenPage } from './children-page';
import { MyDayPage } from './my-day-page';
import { PlacementPage } from './placement-page';
import { RegisterChildPage } from './register-child-page';

/** The social worker's screens (one chunk, loaded after sign-in). */
export default function WorkerRoutes() {
  const { t } = useTranslation();
  const sections = [
    { to: '/worker', label: t('worker.myDay.title'), end: true },
    { to: '/worker/children', label: t('worker.children.title'), end: true },
    { to: '/worker/children/new', label: t('worker.register.title'), end: true },
    { to: '/worker/changes', label: t('worker.changes.title'), end: true },
    { to: '/worker/transfers', label: t('transfers.title'), end: true },
  ];
  return (
    <ConsoleShell sections={sections}>
      <Routes>
        <Route index element={<MyDayPage />} />
        <Route path="children" element={<ChildrenPage />} />
        <Route path="children/new" element={<RegisterChildPage />} />
        <Route path="children/:id" element={<ChildCardPage />} />
        <Route path="children/:id/candidates" element={<CandidatesPage />} />
        <Route path="placements/:id" element={<PlacementPage />} />
        <Route path="changes" element={<ChangeRequestsPage />} />
        <Route path="transfers" element={<TransfersPage owner="ME" />} />
      </Routes>
    </ConsoleShell>
  );
}

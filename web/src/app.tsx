import { Center, Loader, MantineProvider } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { SessionProvider, useSession } from './api/session';
import type { Role } from './gql/graphql';
import { ROLE_HOME } from './role-home';
import { SignInPage } from './sign-in/sign-in-page';
import { cssVariablesResolver, theme } from './theme';

// One chunk per role: the sign-in route loads none of them.
const WorkerRoutes = lazy(() => import('./worker/worker-routes'));
const FamilyRoutes = lazy(() => import('./family/family-routes'));
const CoordinatorRoutes = lazy(() => import('./coordinator/coordinator-routes'));
const AdminRoutes = lazy(() => import('./admin/admin-routes'));
const SupervisorRoutes = lazy(() => import('./supervisor/supervisor-routes'));
const HomePage = lazy(() => import('./home/home-page'));

function Loading() {
  return (
    <Center h="50vh">
      <Loader aria-label="…" />
    </Center>
  );
}

/** Signed out (or expired): to sign-in, which brings the user back here afterwards. */
function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (user.role !== role) return <Navigate to={ROLE_HOME[user.role]} replace />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Start() {
  const { user } = useSession();
  return <Navigate to={user ? ROLE_HOME[user.role] : '/sign-in'} replace />;
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/worker/*" element={<RequireRole role="SOCIAL_WORKER"><WorkerRoutes /></RequireRole>} />
            <Route path="/supervisor/*" element={<RequireRole role="SUPERVISOR"><SupervisorRoutes /></RequireRole>} />
            <Route path="/admin/*" element={<RequireRole role="ADMIN"><AdminRoutes /></RequireRole>} />
            <Route path="/coordinator/*" element={<RequireRole role="MENTOR_COORDINATOR"><CoordinatorRoutes /></RequireRole>} />
            <Route path="/family/*" element={<RequireRole role="FAMILY"><FamilyRoutes /></RequireRole>} />
            <Route path="/mentor/*" element={<RequireRole role="MENTOR"><HomePage /></RequireRole>} />
            <Route path="*" element={<Start />} />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}

import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ConsoleLayout } from './shell/console-layout';
import { HomeRedirect } from './shell/home-redirect';
import { Loading } from './shell/loading';
import { NotFoundPage } from './shell/not-found.page';
import SignInPage from './session/sign-in.page';
import { useMe } from './session/session';

// Each page is its own chunk: the first load is the sign-in page and the layout only.
const DashboardPage = lazy(() => import('./dashboard/dashboard.page'));
const HazardListPage = lazy(() => import('./hazards/hazard-list.page'));
const MyCasesPage = lazy(() => import('./hazards/my-cases.page'));
const ListHazardPage = lazy(() => import('./hazards/list-hazard.page'));
const CasePage = lazy(() => import('./case/case.page'));
const WeeklyDigestPage = lazy(() => import('./digests/weekly-digest.page'));
const NotificationsPage = lazy(() => import('./notifications/notifications.page'));
const UsersPage = lazy(() => import('./users/users.page'));

/** Pages behind the session: without one, the sign-in page, then back here. */
function RequireSession({ children }: { children: ReactNode }) {
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export function ConsoleRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireSession>
            <ConsoleLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="dashboard" element={page(<DashboardPage />)} />
        <Route path="my-cases" element={page(<MyCasesPage />)} />
        <Route path="hazards" element={page(<HazardListPage />)} />
        <Route path="hazards/new" element={page(<ListHazardPage />)} />
        <Route path="hazards/:id" element={page(<CasePage />)} />
        <Route path="digests" element={page(<WeeklyDigestPage />)} />
        <Route path="notifications" element={page(<NotificationsPage />)} />
        <Route path="users" element={page(<UsersPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { capabilitiesQuery } from './api/capabilities';
import { caseEventsQuery, caseQuery } from './case/case.api';
import { hazardListQuery } from './hazards/hazard-list.api';
import { filtersOf } from './hazards/list-filters';
import { ConsoleLayout } from './shell/console-layout';
import { HomeRedirect } from './shell/home-redirect';
import { Loading } from './shell/loading';
import SignInPage from './session/sign-in.page';
import { meQuery, useMe } from './session/session';

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

/**
 * Each page is its own chunk, so the first load is the sign-in page and the layout only.
 * The router loads a page's chunk before showing it (no Suspense fallback, which React holds
 * on screen for a moment), while its loader starts the page's first request in parallel.
 */
const page = (load: () => Promise<{ default: () => ReactNode }>) => async () => ({
  Component: (await load()).default,
});

export function createConsoleRouter(queryClient: QueryClient) {
  // Started, never awaited: the page shows its own loading state, errors and 401s.
  const prefetch = (...requests: Array<Promise<void>>) => {
    void Promise.all(requests);
    return null;
  };
  const routes: RouteObject[] = [
    { path: '/sign-in', element: <SignInPage /> },
    {
      element: (
        <RequireSession>
          <ConsoleLayout />
        </RequireSession>
      ),
      HydrateFallback: Loading,
      loader: () =>
        prefetch(queryClient.prefetchQuery(meQuery), queryClient.prefetchQuery(capabilitiesQuery)),
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'dashboard', lazy: page(() => import('./dashboard/dashboard.page')) },
        { path: 'today', lazy: page(() => import('./today/today.page')) },
        { path: 'my-cases', lazy: page(() => import('./hazards/my-cases.page')) },
        {
          path: 'hazards',
          lazy: page(() => import('./hazards/hazard-list.page')),
          loader: ({ request }: LoaderFunctionArgs) =>
            prefetch(
              queryClient.prefetchQuery(
                hazardListQuery(filtersOf(new URL(request.url).searchParams)),
              ),
            ),
        },
        { path: 'hazards/new', lazy: page(() => import('./hazards/list-hazard.page')) },
        {
          path: 'hazards/:id',
          lazy: page(() => import('./case/case.page')),
          loader: ({ params }: LoaderFunctionArgs) =>
            prefetch(
              queryClient.prefetchQuery(caseQuery(params.id!)),
              queryClient.prefetchQuery(caseEventsQuery(params.id!)),
            ),
        },
        { path: 'digests', lazy: page(() => import('./digests/weekly-digest.page')) },
        { path: 'notifications', lazy: page(() => import('./notifications/notifications.page')) },
        { path: 'users', lazy: page(() => import('./users/users.page')) },
        { path: 'units', lazy: page(() => import('./campaign/units.page')) },
        { path: 'units/import', lazy: page(() => import('./campaign/unit-import.page')) },
        { path: 'units/:id', lazy: page(() => import('./campaign/unit.page')) },
        { path: 'inspections', lazy: page(() => import('./campaign/inspections.page')) },
        { path: 'general-hazards', lazy: page(() => import('./campaign/general-hazards.page')) },
        {
          path: 'general-hazards/:id',
          lazy: page(() => import('./campaign/general-hazard.page')),
        },
        { path: 'lists', lazy: page(() => import('./campaign/hazard-lists.page')) },
        { path: 'registries', lazy: page(() => import('./campaign/registries.page')) },
        { path: '*', lazy: page(() => import('./shell/not-found.page')) },
      ],
    },
  ];
  return createBrowserRouter(routes);
}

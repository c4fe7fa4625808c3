import { Navigate } from 'react-router';
import { hasRole, useSignedIn } from '../session/session';

/** A leader or a department starts with their own cases; everyone else with the dashboard. */
export function HomeRedirect() {
  const me = useSignedIn();
  return <Navigate to={hasRole(me, 'leader', 'department') ? '/my-cases' : '/dashboard'} replace />;
}

import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import type { Dashboard } from '../api/types';

/** The dashboard's figures, within the user's jurisdiction, as the API counts them. */
export const useDashboard = () =>
  useQuery({ queryKey: ['dashboard'], queryFn: () => request<Dashboard>('/api/dashboard') });

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/client';
import type { User } from '../api/types';

export const usersPath = (id: string, tail = '') => `/api/users/${encodeURIComponent(id)}${tail}`;

export const useDirectory = (includeInactive: boolean, enabled: boolean) =>
  useQuery({
    queryKey: ['users', { includeInactive }],
    queryFn: () => request<{ items: User[] }>('/api/users', { query: { includeInactive } }),
    enabled,
  });

/** Every change to a user shows at once in the table and in the leader pickers. */
export function useUsersChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['users'] });
}

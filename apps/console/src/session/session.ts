import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@hazard/domain';
import { ApiError, request } from '../api/client';
import type { Me } from '../api/types';

const ME = ['me'] as const;

/**
 * The signed-in user, or null when there is no session (401) — or no sign-in at all yet
 * (404 from an API without sessions): either way the sign-in page.
 */
export const meQuery = queryOptions({
  queryKey: ME,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await request<Me>('/api/me', { expectUnauthorized: true });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export function useMe(): { me: Me | null | undefined; loading: boolean } {
  const { data, isPending } = useQuery(meQuery);
  return { me: data, loading: isPending };
}

/** The signed-in user; only inside pages behind <RequireSession>. */
export function useSignedIn(): Me {
  const { me } = useMe();
  if (!me) throw new Error('useSignedIn outside a session');
  return me;
}

export const hasRole = (me: Me, ...roles: Role[]): boolean =>
  roles.some((role) => me.roles.includes(role));

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { login: string; password: string }) =>
      request<{ user: Me }>('/api/session', {
        method: 'POST',
        body: credentials,
        expectUnauthorized: true,
      }),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(ME, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>('/api/session', { method: 'DELETE', expectUnauthorized: true }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME, null);
    },
  });
}

/** A 401 anywhere means the session is over (expired or revoked): back to the sign-in page. */
export const sessionLost = (queryClient: ReturnType<typeof useQueryClient>) => (): void => {
  queryClient.setQueryData(ME, null);
};

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/client';
import type { NotificationPage } from '../api/types';

const UNREAD_REFRESH_MS = 60_000;

export const useNotifications = (page: number, pageSize: number) =>
  useQuery({
    queryKey: ['notifications', page, pageSize],
    queryFn: () => request<NotificationPage>('/api/notifications', { query: { page, pageSize } }),
  });

/** Deadlines are reminded and escalated while the console is open: the bell asks again. */
export function useUnreadCount(): number {
  const { data } = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => request<NotificationPage>('/api/notifications', { query: { pageSize: 1 } }),
    refetchInterval: UNREAD_REFRESH_MS,
  });
  return data?.unread ?? 0;
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

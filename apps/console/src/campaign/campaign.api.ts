import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, request } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency-key';
import type {
  CursorPage,
  GeneralHazardDetail,
  GeneralHazardSummary,
  HazardListEntry,
  Inspection,
  Unit,
  UnitDetail,
} from './campaign.types';

export type Query = Record<string, string | number | boolean | undefined>;

const enc = encodeURIComponent;
export const unitPath = (id: string) => `/api/units/${enc(id)}`;
export const generalHazardPath = (id: string) => `/api/hazards/general/${enc(id)}`;

/** One page of a cursor-paged campaign list; the page before stays on screen while loading. */
export const useCursorPage = <T>(path: string, query: Query) =>
  useQuery({
    queryKey: ['campaign', path, query],
    queryFn: () => request<CursorPage<T>>(path, { query: { pageSize: 20, ...query } }),
    placeholderData: keepPreviousData,
  });

export const useUnits = (query: Query) => useCursorPage<Unit>('/api/units', query);
export const useInspections = (query: Query) =>
  useCursorPage<Inspection>('/api/inspections', query);
export const useGeneralHazards = (query: Query) =>
  useCursorPage<GeneralHazardSummary>('/api/hazards/general', query);
export const useHazardListPage = (list: 'hazards' | 'rectifications', query: Query) =>
  useCursorPage<HazardListEntry>(`/api/lists/${list}`, query);

export const useUnit = (id: string) =>
  useQuery({
    queryKey: ['campaign', 'unit', id],
    queryFn: () => request<UnitDetail>(unitPath(id)),
  });

const hazardKey = (id: string) => ['campaign', 'general-hazard', id] as const;

export const useGeneralHazard = (id: string) =>
  useQuery({
    queryKey: hazardKey(id),
    queryFn: () => request<GeneralHazardDetail>(generalHazardPath(id)),
  });

/** After a write: every campaign list and page shows what it changed. */
export const useCampaignChanged = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['campaign'] });
};

const refreshHazard = async (queryClient: QueryClient, id: string) => {
  await queryClient.invalidateQueries({ queryKey: ['campaign'] });
  await queryClient.refetchQueries({ queryKey: hazardKey(id) });
};

/** One command on a general hazard, against the version on screen (If-Match). */
export function useGeneralHazardCommand(view: GeneralHazardDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: string; body: object }) =>
      request<{ version: number; caseId?: string }>(`${generalHazardPath(view.id)}/${action}`, {
        method: 'POST',
        body,
        headers: { 'If-Match': `"${view.version}"`, 'Idempotency-Key': newIdempotencyKey() },
      }),
    onSuccess: () => refreshHazard(queryClient, view.id),
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: hazardKey(view.id) });
      }
    },
  });
}

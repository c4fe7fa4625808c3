import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, request } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency-key';
import type { CaseView, HistoryEntry, HistoryPage } from '../api/types';
import type { CaseCommandRoute } from '@hazard/domain/vocabulary';

const caseKey = (id: string) => ['case', id] as const;
const eventsKey = (id: string) => ['case', id, 'events'] as const;
const casePath = (id: string) => `/api/hazards/${encodeURIComponent(id)}`;

export const caseQuery = (id: string) =>
  queryOptions({ queryKey: caseKey(id), queryFn: () => request<CaseView>(casePath(id)) });

/** The most the API gives a page of history; a case rarely has more events than that. */
const HISTORY_PAGE = 500;

/** The case's whole history: the timeline shows every step, a page of events at a time. */
async function wholeHistory(id: string): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let after: number | null | undefined;
  do {
    const page = await request<HistoryPage>(`${casePath(id)}/events`, {
      query: { after, limit: HISTORY_PAGE },
    });
    entries.push(...page.items);
    after = page.nextCursor;
  } while (after !== null);
  return entries;
}

export const caseEventsQuery = (id: string) =>
  queryOptions({ queryKey: eventsKey(id), queryFn: () => wholeHistory(id) });

export const useCase = (id: string) => useQuery(caseQuery(id));

export const useCaseEvents = (id: string) => useQuery(caseEventsQuery(id));

const READ_MODEL_TRIES = 40;
const READ_MODEL_PAUSE_MS = 50;

/**
 * The case page reads the read model, which follows the events a few milliseconds behind:
 * after a command it waits for the version the command answered, so the page (and its
 * allowed actions) never shows the state before.
 */
async function refreshUntil(queryClient: QueryClient, id: string, version: number) {
  for (let i = 0; i < READ_MODEL_TRIES; i += 1) {
    const view = await request<CaseView>(casePath(id));
    queryClient.setQueryData(caseKey(id), view);
    if (view.version >= version) break;
    await new Promise((resume) => setTimeout(resume, READ_MODEL_PAUSE_MS));
  }
  await queryClient.invalidateQueries({ queryKey: eventsKey(id) });
  await queryClient.invalidateQueries({ queryKey: ['hazards'] });
  await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
}

/** One command on the case, sent against the version on screen (If-Match). */
export function useCaseCommand(view: CaseView) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: CaseCommandRoute; body: object }) =>
      request<{ version: number }>(`${casePath(view.id)}/${action}`, {
        method: 'POST',
        body,
        headers: { 'If-Match': `"${view.version}"`, 'Idempotency-Key': newIdempotencyKey() },
      }),
    onSuccess: ({ version }) => refreshUntil(queryClient, view.id, version),
    onError: (error) => {
      // 412: someone acted first; 409: the state moved on. Either way, show the case as it is.
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: caseKey(view.id) });
      }
    },
  });
}

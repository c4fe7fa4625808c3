import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import type { CaseSummary, ListPage } from '../api/types';

/** The filters of GET /api/hazards as the console keeps them (in the address bar). */
export const FILTER_KEYS = [
  'q',
  'state',
  'town',
  'priority',
  'overdue',
  'industryAuthority',
  'dueWithinDays',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const PAGE_SIZE = 20;

export const filtersOf = (params: URLSearchParams): Filters =>
  Object.fromEntries(
    FILTER_KEYS.flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );

type ListQuery = Filters & { leaderId?: string; cursor?: string };

/** One page of the list; also what the router fetches while the page's code loads. */
export const hazardListQuery = (query: ListQuery) =>
  queryOptions({
    queryKey: ['hazards', query],
    queryFn: () =>
      request<ListPage<CaseSummary>>('/api/hazards', { query: { ...query, pageSize: PAGE_SIZE } }),
  });

export const useHazardList = (query: ListQuery) =>
  useQuery({ ...hazardListQuery(query), placeholderData: keepPreviousData });

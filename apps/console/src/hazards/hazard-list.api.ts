import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import type { CaseSummary, ListPage } from '../api/types';
import type { Filters } from './list-filters';

const PAGE_SIZE = 20;

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

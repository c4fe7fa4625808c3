import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { useCapabilities } from '../api/capabilities';
import type { Capabilities } from '../api/openapi-capabilities';
import type { CaseSummary, Dashboard, ListPage } from '../api/types';
import { LISTED_STATES } from '../hazards/listed-states';

export interface Figures extends Dashboard {
  /** Known when the figures come from the list's totals rather than /api/dashboard. */
  overdueTotal?: number;
}

const total = async (query: Record<string, string>): Promise<number> =>
  (await request<ListPage<CaseSummary>>('/api/hazards', { query: { ...query, pageSize: 1 } }))
    .total;

/**
 * Until the API has /api/dashboard, the figures it can give already: the list's totals per
 * state, overdue and (when the list filters on it) due within 7 days. Real counts, fewer parts.
 */
async function figuresFromList(capabilities: Capabilities): Promise<Figures> {
  const [counts, overdueTotal, dueWithin7Days] = await Promise.all([
    Promise.all(LISTED_STATES.map((state) => total({ state }))),
    total({ overdue: 'true' }),
    capabilities.listParameters.has('dueWithinDays')
      ? total({ dueWithinDays: '7' })
      : Promise.resolve(undefined),
  ]);
  return {
    byState: LISTED_STATES.map((state, i) => ({ state, count: counts[i] })),
    overdueTotal,
    dueWithin7Days,
  };
}

export function useFigures(): { figures?: Figures; full: boolean; error: Error | null } {
  const capabilities = useCapabilities();
  const full = capabilities?.has('get', '/api/dashboard') ?? false;
  const { data, error } = useQuery({
    queryKey: ['dashboard', full],
    queryFn: () =>
      full ? request<Figures>('/api/dashboard') : figuresFromList(capabilities as Capabilities),
    enabled: capabilities !== undefined,
  });
  return { figures: data, full, error };
}

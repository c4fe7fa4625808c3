import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { useI18n } from '../i18n/language';

export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export type FigureName =
  | 'selfInspectionRate'
  | 'supervisionCoverage'
  | 'rectificationRate'
  | 'dueRectificationRate'
  | 'zeroHazardRate';

export type FigureSet = Record<FigureName, Ratio>;

/** Today's report so far, as `GET /api/reports/daily/current` answers it. */
export interface TodayReport {
  date: string;
  cutOff: string;
  headlineText: string;
  spotCheckText: string;
  city: FigureSet;
  byTown: Array<{ key: string; figures: FigureSet }>;
  laggards: {
    towns: Record<FigureName, Array<{ key: string; ratio: Ratio }>>;
    units: Array<{
      unitId: string;
      name: string;
      town: string;
      hazards: number;
      rectified: number;
      overdue: number;
    }>;
  };
  overdue: { count: number };
}

export interface SpotCheckList {
  date: string;
  drawn: boolean;
  items: Array<{
    spotCheckId: string;
    unitId: string;
    name: string;
    town: string;
    weight: number;
    visited: boolean;
    findings: number;
  }>;
}

/** Today's figures, laggards and spot-check results, in the console's language. */
export const useTodayReport = () => {
  const { language } = useI18n();
  return useQuery({
    queryKey: ['today', 'report', language],
    queryFn: () =>
      request<{ report: TodayReport }>('/api/reports/daily/current', { query: { lang: language } }),
  });
};

export const useSpotChecks = () =>
  useQuery({
    queryKey: ['today', 'spot-checks'],
    queryFn: () => request<SpotCheckList>('/api/spot-checks'),
  });

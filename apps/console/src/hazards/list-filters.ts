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
type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const filtersOf = (params: URLSearchParams): Filters =>
  Object.fromEntries(
    FILTER_KEYS.flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );

import type { ReactNode } from 'react';
import { Form } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/language';
import { FilterButtons } from '../forms/filter-buttons';

export type UrlFilters = Record<string, string>;

/** A list's filters kept in the address bar, so a filtered list can be shared and reloaded. */
export function useUrlFilters(): [UrlFilters, (next: UrlFilters) => void] {
  const [params, setParams] = useSearchParams();
  return [Object.fromEntries(params), (next) => setParams(next)];
}

const filled = (values: Record<string, unknown>): UrlFilters =>
  Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) =>
      value === undefined || value === null || value === '' ? [] : [[key, String(value)]],
    ),
  );

/** The filters above a list: its fields, search and reset. */
export function FilterBar({
  filters,
  onChange,
  children,
}: {
  filters: UrlFilters;
  onChange: (next: UrlFilters) => void;
  children: ReactNode;
}) {
  const { m } = useI18n();
  return (
    <section aria-label={m.list.filters} className="filters">
      <Form
        layout="inline"
        initialValues={filters}
        onFinish={(values: Record<string, unknown>) => onChange(filled(values))}
        onReset={() => onChange({})}
      >
        {children}
        <FilterButtons />
      </Form>
    </section>
  );
}

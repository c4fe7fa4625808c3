import { Form, Select } from 'antd';
import { useI18n } from '../i18n/language';
import type { Wording } from '@hazard/domain/vocabulary';
import { GENERAL_HAZARD_STATE_WORDS, HAZARD_SOURCE_WORDS } from '@hazard/domain/vocabulary';
import { generalHazardColumns } from './campaign-columns';
import type { GeneralHazardSummary } from './campaign.types';
import { CursorTable } from './cursor-table';
import { FilterBar, useUrlFilters } from './url-filters';
import { JurisdictionFilters, YesNoFilter } from './filter-fields';

const optionsOf = (
  table: Record<string, Wording>,
  say: (w: Wording) => string,
  skip: string[] = [],
) =>
  Object.entries(table)
    .filter(([value]) => !skip.includes(value))
    .map(([value, word]) => ({ value, label: say(word) }));

/** 一般隐患: every general hazard this user sees, newest found first. */
export default function GeneralHazardsPage() {
  const { language, m, say } = useI18n();
  const h = m.campaign.hazards;
  const [filters, setFilters] = useUrlFilters();
  return (
    <section aria-labelledby="general-title">
      <div className="page-head">
        <h1 id="general-title">{h.title}</h1>
      </div>
      <FilterBar filters={filters} onChange={setFilters}>
        <Form.Item name="state" label={h.state}>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={m.list.any}
            options={optionsOf(GENERAL_HAZARD_STATE_WORDS, say, ['unfound'])}
          />
        </Form.Item>
        <Form.Item name="source" label={h.source}>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={m.list.any}
            options={optionsOf(HAZARD_SOURCE_WORDS, say)}
          />
        </Form.Item>
        <JurisdictionFilters />
        <YesNoFilter
          name="overdue"
          label={m.list.overdue}
          yes={m.list.overdueOnly}
          no={m.list.notOverdue}
        />
      </FilterBar>
      <CursorTable<GeneralHazardSummary>
        key={JSON.stringify(filters)}
        label={h.table}
        path="/api/hazards/general"
        query={filters}
        columns={generalHazardColumns({ m, say, language })}
        rowKey="id"
      />
    </section>
  );
}

import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select } from 'antd';
import { useI18n } from '../i18n/language';
import { hasRole, useSignedIn } from '../session/session';
import { INSPECTION_KIND_WORDS, YES_NO_WORDS } from '@hazard/domain/vocabulary';
import { inspectionColumns } from './campaign-columns';
import type { Inspection } from './campaign.types';
import { INSPECTORS } from './campaign-roles';
import { CursorTable } from './cursor-table';
import { InspectionDialog } from './inspection-dialog';
import { FilterBar, useUrlFilters } from './url-filters';
import { JurisdictionFilters, YesNoFilter } from './filter-fields';

/** 检查记录: every inspection this user sees, newest first; recording one. */
export default function InspectionsPage() {
  const { language, m, say } = useI18n();
  const i = m.campaign.inspections;
  const me = useSignedIn();
  const [filters, setFilters] = useUrlFilters();
  const [recording, setRecording] = useState(false);
  return (
    <section aria-labelledby="inspections-title">
      <div className="page-head">
        <h1 id="inspections-title">{i.title}</h1>
        {hasRole(me, ...INSPECTORS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {i.record}
          </Button>
        )}
      </div>
      <FilterBar filters={filters} onChange={setFilters}>
        <Form.Item name="kind" label={i.kind}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={m.list.any}
            options={Object.entries(INSPECTION_KIND_WORDS).map(([value, word]) => ({
              value,
              label: say(word),
            }))}
          />
        </Form.Item>
        <JurisdictionFilters />
        <YesNoFilter
          name="zeroHazard"
          label={i.zeroHazard}
          yes={say(YES_NO_WORDS.yes)}
          no={say(YES_NO_WORDS.no)}
        />
      </FilterBar>
      <CursorTable<Inspection>
        key={JSON.stringify(filters)}
        label={i.table}
        path="/api/inspections"
        query={filters}
        columns={inspectionColumns({ m, say, language })}
        rowKey="inspectionId"
      />
      {recording && <InspectionDialog onClose={() => setRecording(false)} />}
    </section>
  );
}

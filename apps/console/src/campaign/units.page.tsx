import { useState } from 'react';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { request } from '../api/client';
import { compact } from '../forms/compact';
import { FormDialog } from '../forms/form-dialog';
import { RegistryInput } from '../forms/registry-input';
import { useI18n } from '../i18n/language';
import { hasRole, useSignedIn } from '../session/session';
import { CAMPAIGN_RECORD_COMMAND_WORDS, SUPERVISION_LEVEL_WORDS } from '@hazard/domain/vocabulary';
import { useCampaignChanged } from './campaign.api';
import type { Unit } from './campaign.types';
import { UNIT_KEEPERS } from './campaign-roles';
import { CursorTable } from './cursor-table';
import { UnitFields } from './unit-fields';
import type { UnitValues } from './unit-fields';
import { FilterBar, useUrlFilters } from './url-filters';
import { JurisdictionFilters, YesNoFilter } from './filter-fields';

/** 生产经营单位: the list, filtered and paged; registering one; the way to the import. */
export default function UnitsPage() {
  const { m, say } = useI18n();
  const u = m.campaign.units;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSignedIn();
  const changed = useCampaignChanged();
  const [filters, setFilters] = useUrlFilters();
  const [registering, setRegistering] = useState(false);
  const columns: TableColumnsType<Unit> = [
    {
      key: 'name',
      title: u.name,
      render: (_, unit) => <Link to={`/units/${unit.unitId}`}>{unit.profile.name}</Link>,
    },
    {
      key: 'code',
      title: u.creditCode,
      render: (_, unit) => unit.profile.creditCode ?? unit.profile.otherIdentifier,
    },
    { key: 'town', title: m.list.town, render: (_, unit) => unit.profile.town },
    {
      key: 'authority',
      title: m.list.authority,
      render: (_, unit) => unit.profile.industryAuthority,
    },
    { key: 'category', title: u.category, render: (_, unit) => unit.profile.category },
    {
      key: 'supervision',
      title: u.supervision,
      render: (_, unit) =>
        `${say(SUPERVISION_LEVEL_WORDS[unit.supervision.level])} · ${unit.supervision.by}`,
    },
    {
      key: 'status',
      title: u.status,
      render: (_, unit) => (unit.active ? u.active : <Tag>{u.closed}</Tag>),
    },
  ];
  const keeper = hasRole(me, ...UNIT_KEEPERS);
  return (
    <section aria-labelledby="units-title">
      <div className="page-head">
        <h1 id="units-title">{u.title}</h1>
        {keeper && (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => navigate('/units/import')}>
              {u.import}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {say(CAMPAIGN_RECORD_COMMAND_WORDS.RegisterUnit)}
            </Button>
          </Space>
        )}
      </div>
      <FilterBar filters={filters} onChange={setFilters}>
        <Form.Item name="q" label={u.search}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <JurisdictionFilters />
        <Form.Item name="category" label={u.category}>
          <RegistryInput registry="unit-categories" placeholder={m.list.any} />
        </Form.Item>
        <YesNoFilter name="active" label={u.status} yes={u.active} no={u.closed} />
      </FilterBar>
      <CursorTable<Unit>
        key={JSON.stringify(filters)}
        label={u.table}
        path="/api/units"
        query={filters}
        columns={columns}
        rowKey="unitId"
      />
      {registering && (
        <FormDialog<UnitValues>
          title={say(CAMPAIGN_RECORD_COMMAND_WORDS.RegisterUnit)}
          submitLabel={say(CAMPAIGN_RECORD_COMMAND_WORDS.RegisterUnit)}
          onClose={() => setRegistering(false)}
          onSubmit={async (values) => {
            const { id } = await request<{ id: string }>('/api/units', {
              method: 'POST',
              body: compact(values),
            });
            void message.success(u.registered);
            await changed();
            navigate(`/units/${id}`);
          }}
        >
          <UnitFields isNew />
        </FormDialog>
      )}
    </section>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/language';
import { hasRole, useSignedIn } from '../session/session';
import { ExportButtons } from './export-buttons';
import { HazardFilters } from './hazard-filters';
import { filtersOf } from './list-filters';
import { HazardTable } from './hazard-table';

/** 隐患问题清单: every case within the user's jurisdiction, filtered in the address bar. */
export default function HazardListPage() {
  const { m } = useI18n();
  const me = useSignedIn();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const key = new URLSearchParams(filters).toString();
  return (
    <section aria-labelledby="list-title">
      <div className="page-head">
        <h1 id="list-title">{m.list.title}</h1>
        <Space>
          <ExportButtons filters={filters} />
          {hasRole(me, 'committee') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/hazards/new')}>
              {m.shell.listHazard}
            </Button>
          )}
        </Space>
      </div>
      <HazardFilters key={`f-${key}`} filters={filters} onChange={(f) => setParams(f)} />
      <HazardTable key={`t-${key}`} filters={filters} />
    </section>
  );
}

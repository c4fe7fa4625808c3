import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { withQuery } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import {
  CASE_STATE_WORDS,
  GENERAL_HAZARD_STATE_WORDS,
  HAZARD_KIND_WORDS,
  HAZARD_SOURCE_WORDS,
  LIST_COLUMN_WORDS,
  LIST_WORDS,
  PRIORITY_WORDS,
} from '@hazard/domain/vocabulary';
import type { HazardListEntry } from './campaign.types';
import { CursorTable } from './cursor-table';
import { FilterBar, useUrlFilters } from './url-filters';
import { JurisdictionFilters } from './filter-fields';
import { wordOf } from '../i18n/words';

type ListName = keyof typeof LIST_WORDS;

/** 两个清单: the hazard list and the rectification-and-closure ledger, per town or department. */
export default function HazardListsPage() {
  const { language, m, say } = useI18n();
  const [filters, setFilters] = useUrlFilters();
  const { list = 'hazards', ...scope } = filters;
  const current: ListName = list === 'rectifications' ? 'rectifications' : 'hazards';
  const c = LIST_COLUMN_WORDS;
  const date = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDate(iso, language)}</time> : m.common.none;
  const columns: TableColumnsType<HazardListEntry> = [
    { key: 'kind', title: say(c.kind), render: (_, e) => say(HAZARD_KIND_WORDS[e.kind]) },
    {
      key: 'title',
      title: say(c.title),
      render: (_, e) => (
        <Link to={e.kind === 'general' ? `/general-hazards/${e.id}` : `/hazards/${e.id}`}>
          {e.title}
        </Link>
      ),
    },
    { key: 'unitName', title: say(c.unitName), dataIndex: 'unitName' },
    { key: 'town', title: say(c.town), dataIndex: 'town' },
    { key: 'industryAuthority', title: say(c.industryAuthority), dataIndex: 'industryAuthority' },
    {
      key: 'source',
      title: say(c.source),
      render: (_, e) => (e.source ? say(HAZARD_SOURCE_WORDS[e.source]) : m.common.none),
    },
    { key: 'grading', title: say(c.grading), render: (_, e) => say(PRIORITY_WORDS[e.grading]) },
    {
      key: 'state',
      title: say(c.state),
      render: (_, e) =>
        wordOf(
          e.kind === 'general' ? GENERAL_HAZARD_STATE_WORDS : CASE_STATE_WORDS,
          e.state,
          language,
        ),
    },
    { key: 'foundAt', title: say(c.foundAt), render: (_, e) => date(e.foundAt) },
    ...(current === 'hazards'
      ? [
          {
            key: 'deadline',
            title: say(c.deadline),
            render: (_: unknown, e: HazardListEntry) => (
              <>
                {date(e.deadline)}{' '}
                {e.overdue && <Tag color="error">{m.campaign.hazards.overdue}</Tag>}
              </>
            ),
          },
        ]
      : [
          {
            key: 'closedAt',
            title: say(c.closedAt),
            render: (_: unknown, e: HazardListEntry) => date(e.closedAt),
          },
          { key: 'closedBy', title: say(c.closedBy), dataIndex: 'closedBy' },
        ]),
  ];
  const path = `/api/lists/${current}`;
  return (
    <section aria-labelledby="lists-title">
      <div className="page-head">
        <h1 id="lists-title">{m.campaign.lists.title}</h1>
        <Button
          icon={<DownloadOutlined />}
          href={withQuery(path, { ...scope, format: 'xlsx', lang: language })}
          download
        >
          {`${say(LIST_WORDS[current])} · ${m.campaign.lists.exportXlsx}`}
        </Button>
      </div>
      <Tabs
        activeKey={current}
        onChange={(key) => setFilters({ ...scope, list: key })}
        items={(Object.keys(LIST_WORDS) as ListName[]).map((key) => ({
          key,
          label: say(LIST_WORDS[key]),
        }))}
      />
      <FilterBar filters={scope} onChange={(next) => setFilters({ ...next, list: current })}>
        <JurisdictionFilters />
      </FilterBar>
      <CursorTable<HazardListEntry>
        key={JSON.stringify(filters)}
        label={say(LIST_WORDS[current])}
        path={path}
        query={scope}
        columns={columns}
        rowKey="id"
      />
    </section>
  );
}

import { useState } from 'react';
import { Alert, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { CaseSummary } from '../api/types';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { CursorPager } from '../shell/cursor-pager';
import { DeadlineText, EscalationTag, PriorityTag, StateTag } from './case-tags';
import { useHazardList } from './hazard-list.api';
import type { Filters } from './list-filters';

interface HazardTableProps {
  filters: Filters;
  /** "My cases": the list of this leader's cases. */
  leaderId?: string;
}

/**
 * Twenty cases a page, paged with the API's cursor (fast at any depth): the cursors of the
 * pages seen so far make "previous" possible. New filters start again at page one (the
 * parent gives each filter set its own table).
 */
export function HazardTable({ filters, leaderId }: HazardTableProps) {
  const { language, m } = useI18n();
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const page = cursors.length;
  const { data, error, isFetching } = useHazardList({
    ...filters,
    leaderId,
    cursor: cursors[page - 1],
  });
  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'title',
      title: m.list.title_,
      render: (_, c) => <Link to={`/hazards/${c.id}`}>{c.title}</Link>,
    },
    { key: 'unit', title: m.list.unit, dataIndex: 'unitName' },
    { key: 'town', title: m.list.town, dataIndex: 'town' },
    {
      key: 'priority',
      title: m.list.priority,
      render: (_, c) => <PriorityTag priority={c.priority} />,
    },
    { key: 'state', title: m.list.state, render: (_, c) => <StateTag state={c.state} /> },
    {
      key: 'leader',
      title: m.list.leader,
      render: (_, c) => c.leader?.name ?? m.list.noLeader,
    },
    {
      key: 'deadline',
      title: m.list.deadline,
      render: (_, c) =>
        c.deadlineInForce ? (
          <Space size={4} wrap>
            <DeadlineText deadline={c.deadlineInForce} overdue={c.overdue} />
            {c.overdue && <EscalationTag level={c.escalationLevel} />}
          </Space>
        ) : (
          m.common.none
        ),
    },
    {
      key: 'listedAt',
      title: m.list.listedAt,
      render: (_, c) => <time dateTime={c.listedAt}>{formatDate(c.listedAt, language)}</time>,
    },
  ];
  return (
    <section aria-label={m.list.table} className="wide-table">
      {error && <Alert type="error" role="alert" title={error.message} />}
      <Table<CaseSummary>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        pagination={false}
        locale={{ emptyText: <span className="empty-text">{m.list.empty}</span> }}
      />
      <CursorPager
        cursors={cursors}
        onChange={setCursors}
        nextCursor={data?.nextCursor}
        total={data?.total ?? 0}
      />
    </section>
  );
}

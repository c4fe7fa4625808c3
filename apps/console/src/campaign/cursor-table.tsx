import { useState } from 'react';
import { Alert, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '../i18n/language';
import { CursorPager } from '../shell/cursor-pager';
import { useCursorPage } from './campaign.api';
import type { Query } from './campaign.api';

interface CursorTableProps<T> {
  /** The table's accessible name. */
  label: string;
  path: string;
  query: Query;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
}

/**
 * A campaign list, twenty a page, paged by the API's cursor; the cursors seen so far make
 * "previous" possible. The parent gives each filter set its own table (a `key`).
 */
export function CursorTable<T extends object>({
  label,
  path,
  query,
  columns,
  rowKey,
}: CursorTableProps<T>) {
  const { m } = useI18n();
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const page = cursors.length;
  const { data, error, isFetching } = useCursorPage<T>(path, {
    ...query,
    cursor: cursors[page - 1],
  });
  return (
    <section aria-label={label} className="wide-table">
      {error && <Alert type="error" role="alert" title={error.message} />}
      <Table<T>
        rowKey={rowKey}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="empty-text">{m.list.empty}</span> }}
      />
      <CursorPager
        cursors={cursors}
        onChange={setCursors}
        nextCursor={data?.nextCursor}
        total={data?.total}
      />
    </section>
  );
}

import { useState } from 'react';
import { Alert, Badge, Button, List, Pagination, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { colon, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useMarkRead, useNotifications } from './notifications.api';

const PAGE_SIZE = 20;

export default function NotificationsPage() {
  const { language, m } = useI18n();
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useNotifications(page, PAGE_SIZE);
  const markRead = useMarkRead();
  return (
    <section aria-labelledby="notifications-title">
      <div className="page-head">
        <h1 id="notifications-title">{m.notifications.title}</h1>
      </div>
      {error && <Alert type="error" role="alert" title={error.message} />}
      <List
        loading={isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <span className="empty-text">{m.notifications.empty}</span> }}
        renderItem={(n) => (
          <List.Item
            actions={[
              n.caseId && (
                <Link key="case" to={`/hazards/${n.caseId}`}>
                  {m.notifications.openCase}
                </Link>
              ),
              n.week && (
                <Link key="digest" to={`/digests?week=${encodeURIComponent(n.week)}`}>
                  {m.notifications.openDigest}
                </Link>
              ),
              !n.read && (
                <Button
                  key="read"
                  size="small"
                  aria-label={m.notifications.markRead + colon(language) + n.title}
                  loading={markRead.isPending && markRead.variables === n.id}
                  onClick={() => markRead.mutate(n.id)}
                >
                  {m.notifications.markRead}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Badge status={n.read ? 'default' : 'processing'} />
                  <span className={n.read ? undefined : 'unread'}>{n.title}</span>
                  <Typography.Text type="secondary">
                    {n.read ? m.notifications.read : m.notifications.unread}
                  </Typography.Text>
                </Space>
              }
              description={
                <>
                  <div>{n.body}</div>
                  <time dateTime={n.occurredAt}>{formatDateTime(n.occurredAt, language)}</time>
                </>
              }
            />
          </List.Item>
        )}
      />
      {data && data.total > PAGE_SIZE && (
        <Pagination
          className="pager"
          current={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </section>
  );
}

import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { Link } from 'react-router';
import { useUnreadCount } from '../notifications/notifications.api';
import { useI18n } from '../i18n/language';

/** The unread count, kept fresh while the console is open. */
export function NotificationBell() {
  const { m } = useI18n();
  const unread = useUnreadCount();
  return (
    <Link to="/notifications" className="bell" aria-label={m.shell.bell(unread)}>
      <Badge count={unread} size="small" aria-hidden>
        <BellOutlined className="bell-icon" />
      </Badge>
    </Link>
  );
}

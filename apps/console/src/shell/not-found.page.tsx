import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/language';

export default function NotFoundPage() {
  const { m } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1>{m.common.notFound}</h1>}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {m.common.backHome}
        </Button>
      }
    />
  );
}

import { Spin } from 'antd';
import { useI18n } from '../i18n/language';

export function Loading() {
  const { m } = useI18n();
  return (
    <div className="loading" role="status" aria-label={m.common.loading}>
      <Spin />
    </div>
  );
}

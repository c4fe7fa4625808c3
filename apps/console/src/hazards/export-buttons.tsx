import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { withQuery } from '../api/client';
import { useCapabilities } from '../api/capabilities';
import { useI18n } from '../i18n/language';
import type { Filters } from './list-filters';

const EXPORT_PATH = '/api/hazards/export';

/** The list as filtered, as a file (隐患问题清单); hidden until the API can export. */
export function ExportButtons({ filters }: { filters: Filters }) {
  const { m } = useI18n();
  if (!useCapabilities()?.has('get', EXPORT_PATH)) return null;
  const link = (format: 'csv' | 'xlsx') => withQuery(EXPORT_PATH, { ...filters, format });
  return (
    <Space>
      <Button icon={<DownloadOutlined />} href={link('csv')} download>
        {m.list.exportCsv}
      </Button>
      <Button icon={<DownloadOutlined />} href={link('xlsx')} download>
        {m.list.exportXlsx}
      </Button>
    </Space>
  );
}

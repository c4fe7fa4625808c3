import { useState } from 'react';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Progress, Radio, Space, Statistic, Table, Upload } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { request, withQuery } from '../api/client';
import { showApiErrors } from '../forms/api-errors';
import { useI18n } from '../i18n/language';
import { useCampaignChanged } from './campaign.api';
import type { UnitImport } from './campaign.types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The API reports progress every 500 rows; half a second between looks is plenty. */
const POLL_MS = 500;

/** The spreadsheet's own type, from its name when the browser gives none (often for .csv). */
const typeOf = (file: File): string =>
  file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : file.type || XLSX;

function ImportProgress({ id }: { id: string }) {
  const { m } = useI18n();
  const t = m.campaign.import;
  const changed = useCampaignChanged();
  const { data, error } = useQuery({
    queryKey: ['unit-import', id],
    queryFn: async () => {
      const view = await request<UnitImport>(`/api/units/imports/${encodeURIComponent(id)}`);
      if (view.state === 'finished') void changed();
      return view;
    },
    refetchInterval: (query) => (query.state.data?.state === 'finished' ? false : POLL_MS),
  });
  if (error) return <Alert type="error" role="alert" title={error.message} />;
  if (!data) return null;
  const finished = data.state === 'finished';
  return (
    <Card title={<h2 className="card-title">{finished ? t.outcome : t.running}</h2>}>
      <Progress
        percent={data.total ? Math.floor((100 * data.done) / data.total) : 0}
        status={finished ? 'success' : 'active'}
        aria-label={t.progress(data.done, data.total)}
      />
      <p role="status">{t.progress(data.done, data.total)}</p>
      <Space size="large" wrap>
        <Statistic title={t.created} value={data.created} />
        <Statistic title={t.updated} value={data.updated} />
        <Statistic title={t.unchanged} value={data.unchanged} />
        <Statistic title={t.rejected} value={data.rejected} />
      </Space>
      {finished && data.written === false && <Alert type="warning" title={t.nothingWritten} />}
      {finished && (data.rejectedRows?.length ?? 0) > 0 && (
        <section aria-label={t.rejected}>
          <Table
            rowKey={(r) => `${r.row}-${r.column}`}
            size="small"
            dataSource={data.rejectedRows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { key: 'row', title: t.row, dataIndex: 'row' },
              { key: 'column', title: t.column, dataIndex: 'column' },
              { key: 'reason', title: t.reason, dataIndex: 'reason' },
            ]}
          />
        </section>
      )}
    </Card>
  );
}

/** 批量导入: a town's spreadsheet of units, all or nothing or row by row, with its progress. */
export default function UnitImportPage() {
  const { language, m } = useI18n();
  const t = m.campaign.import;
  const [form] = Form.useForm<{ mode: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const start = async ({ mode }: { mode: string }) => {
    if (!file) return;
    setSending(true);
    setProblems([]);
    try {
      const started = await request<{ id: string }>('/api/units/imports', {
        method: 'POST',
        query: { mode, fileName: file.name },
        file: new Blob([file], { type: typeOf(file) }),
      });
      setImportId(started.id);
    } catch (error) {
      setProblems(showApiErrors(form, error));
    } finally {
      setSending(false);
    }
  };
  const template = (format: 'xlsx' | 'csv') =>
    withQuery('/api/units/imports/template', { format, lang: language });
  return (
    <section aria-labelledby="import-title">
      <div className="page-head">
        <h1 id="import-title">{t.title}</h1>
        <Space>
          <Button icon={<DownloadOutlined />} href={template('xlsx')} download>
            {t.template} (.xlsx)
          </Button>
          <Button icon={<DownloadOutlined />} href={template('csv')} download>
            {t.template} (.csv)
          </Button>
        </Space>
      </div>
      <Card>
        <p>{t.intro}</p>
        {problems.length > 0 && (
          <Alert type="error" role="alert" className="form-problems" title={problems.join('; ')} />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ mode: 'allOrNothing' }}
          onFinish={(v) => void start(v)}
        >
          <Form.Item label={t.file} required>
            <Upload
              accept=".xlsx,.csv"
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                setImportId(null);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />}>{t.choose}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="mode" label={t.mode}>
            <Radio.Group>
              <Space direction="vertical">
                <Radio value="allOrNothing">{t.allOrNothing}</Radio>
                <Radio value="rowByRow">{t.rowByRow}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!file} loading={sending}>
            {t.start}
          </Button>
        </Form>
      </Card>
      {importId && <ImportProgress key={importId} id={importId} />}
    </section>
  );
}

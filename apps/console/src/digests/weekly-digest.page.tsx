import { useRef } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { request, withQuery } from '../api/client';
import { useCapabilities } from '../api/capabilities';
import type { IssuedWeek } from '../api/types';
import { formatDateTime, inParentheses } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { Loading } from '../shell/loading';

const CURRENT = 'current';

/**
 * 每周一报: this week's provisional digest, or an issued week's, as the API renders it in
 * HTML (the same page prints as it shows). The API forbids framing its page (frame-ancestors
 * 'none'), so the console fetches it and frames the text itself: sandboxed without scripts,
 * same-origin only so that 打印 can print the frame.
 */
export default function WeeklyDigestPage() {
  const { language, m } = useI18n();
  const [params, setParams] = useSearchParams();
  const week = params.get('week') ?? CURRENT;
  const frame = useRef<HTMLIFrameElement>(null);
  const listed = useCapabilities()?.has('get', '/api/digests/weekly') ?? false;
  const issued = useQuery({
    queryKey: ['digests'],
    queryFn: () => request<{ items: IssuedWeek[] }>('/api/digests/weekly'),
    enabled: listed,
  });
  const source = withQuery(`/api/digests/weekly/${encodeURIComponent(week)}`, {
    format: 'html',
    lang: language,
  });
  const html = useQuery({
    queryKey: ['digest', week, language],
    queryFn: () => request<string>(source),
  });
  const title = week === CURRENT ? m.digest.current : week;
  const options = [
    { value: CURRENT, label: m.digest.current },
    ...(issued.data?.items ?? []).map((item) => ({
      value: item.week,
      label: `${item.week} ${inParentheses(formatDateTime(item.issuedAt, language), language)}`,
    })),
  ];
  return (
    <section aria-labelledby="digest-title">
      <div className="page-head">
        <h1 id="digest-title">{m.digest.title}</h1>
        <Space wrap>
          <label htmlFor="digest-week">{m.digest.week}</label>
          <Select
            id="digest-week"
            value={week}
            style={{ width: 300 }}
            options={options}
            onChange={(value) => setParams(value === CURRENT ? {} : { week: value })}
          />
          <Button icon={<PrinterOutlined />} onClick={() => frame.current?.contentWindow?.print()}>
            {m.digest.print}
          </Button>
          <Button href={source} target="_blank" rel="noopener">
            {m.digest.openWindow}
          </Button>
        </Space>
      </div>
      {!listed && <Alert type="info" title={m.digest.listUnavailable} className="form-problems" />}
      {[issued.error, html.error].map(
        (error) =>
          error && <Alert key={error.message} type="error" role="alert" title={error.message} />,
      )}
      {listed && issued.data?.items.length === 0 && (
        <Alert type="info" title={m.digest.noIssued} className="form-problems" />
      )}
      <Card>
        {html.data === undefined ? (
          <Loading />
        ) : (
          <iframe
            ref={frame}
            className="digest-frame"
            title={m.digest.preview(title)}
            sandbox="allow-same-origin allow-modals"
            srcDoc={html.data}
          />
        )}
      </Card>
    </section>
  );
}

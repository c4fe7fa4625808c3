import { lazy, Suspense, useMemo } from 'react';
import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import { useI18n } from '../i18n/language';
import { CASE_STATE_WORDS, ESCALATION_LEVEL_WORDS } from '@hazard/domain/vocabulary';
import { wordOf } from '../i18n/words';
import { Loading } from '../shell/loading';
import type { ChartProps } from './chart';
import { useFigures } from './dashboard.api';
import type { Figures } from './dashboard.api';

// ECharts is the largest library here, and only this page draws charts.
const Chart = lazy(() => import('./chart'));

function ChartOf(props: ChartProps) {
  return (
    <Suspense fallback={<div className="chart" />}>
      <Chart {...props} />
    </Suspense>
  );
}

interface Row {
  key: string;
  name: string;
  count: number;
}

function CountTable({ rows, nameTitle, label }: { rows: Row[]; nameTitle: string; label: string }) {
  const { m } = useI18n();
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      aria-label={label}
      columns={[
        { key: 'name', title: nameTitle, dataIndex: 'name' },
        { key: 'count', title: m.dashboard.count, dataIndex: 'count', align: 'right' },
      ]}
    />
  );
}

function Headline({ figures }: { figures: Figures }) {
  const { m } = useI18n();
  const byState = figures.byState ?? [];
  const closed = byState.find((s) => s.state === 'closed')?.count ?? 0;
  const open = byState.reduce((sum, s) => sum + s.count, 0) - closed;
  const overdue =
    figures.overdueTotal ?? figures.overdueByLevel?.reduce((sum, l) => sum + l.count, 0);
  const cards: Array<[string, number | undefined]> = [
    [m.dashboard.open, open],
    [m.dashboard.overdue, overdue],
    [m.dashboard.dueSoon, figures.dueWithin7Days],
    [m.dashboard.closed, closed],
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards
        .filter(([, value]) => value !== undefined)
        .map(([title, value]) => (
          <Col key={title} xs={12} lg={6}>
            <Card>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
    </Row>
  );
}

/** Before the Monday consultation: where the cases stand, within the user's jurisdiction. */
export default function DashboardPage() {
  const { language, m, say } = useI18n();
  const { figures, full, error } = useFigures();
  const parts = useMemo(() => {
    if (!figures) return null;
    const states = (figures.byState ?? []).map((s) => ({
      key: s.state,
      name: wordOf(CASE_STATE_WORDS, s.state, language),
      count: s.count,
    }));
    const levels = (figures.overdueByLevel ?? []).map((l) => ({
      key: l.level ?? 'none',
      name: l.level ? say(ESCALATION_LEVEL_WORDS[l.level]) : m.dashboard.notEscalated,
      count: l.count,
    }));
    const towns = (figures.byTown ?? []).map((t) => ({
      key: t.town,
      name: t.town,
      count: t.count,
    }));
    const authorities = (figures.byIndustryAuthority ?? []).map((a) => ({
      key: a.industryAuthority,
      name: a.industryAuthority,
      count: a.count,
    }));
    const weekly = figures.weekly ?? [];
    return {
      states,
      levels,
      towns,
      authorities,
      weeks: weekly.map((w) => w.week),
      trend: [
        { name: m.dashboard.listedPerWeek, data: weekly.map((w) => w.listed) },
        { name: m.dashboard.closedPerWeek, data: weekly.map((w) => w.closed) },
      ],
    };
  }, [figures, language, m, say]);

  const section = (title: string, rows: Row[], nameTitle: string, chart = true) =>
    rows.length > 0 && (
      <Col xs={24} xl={12}>
        <Card title={<h2 className="card-title">{title}</h2>}>
          {chart && (
            <ChartOf
              title={title}
              kind="bar"
              categories={rows.map((r) => r.name)}
              series={[{ name: m.dashboard.count, data: rows.map((r) => r.count) }]}
            />
          )}
          <CountTable rows={rows} nameTitle={nameTitle} label={title} />
        </Card>
      </Col>
    );

  return (
    <section aria-labelledby="dashboard-title">
      <div className="page-head">
        <h1 id="dashboard-title">{m.dashboard.title}</h1>
      </div>
      {error && <Alert type="error" role="alert" title={error.message} />}
      {!figures && !error && <Loading />}
      {figures && parts && (
        <>
          {!full && <Alert type="info" title={m.dashboard.partial} className="form-problems" />}
          <Headline figures={figures} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            {section(m.dashboard.byState, parts.states, m.list.state)}
            {section(m.dashboard.overdueByLevel, parts.levels, m.case.escalation)}
            {section(m.dashboard.byTown, parts.towns, m.dashboard.town)}
            {section(m.dashboard.byAuthority, parts.authorities, m.dashboard.authority)}
            {parts.weeks.length > 0 && (
              <Col xs={24}>
                <Card title={<h2 className="card-title">{m.dashboard.weekly}</h2>}>
                  <ChartOf
                    title={m.dashboard.weekly}
                    kind="line"
                    categories={parts.weeks}
                    series={parts.trend}
                  />
                  <Table
                    size="small"
                    pagination={false}
                    rowKey="week"
                    dataSource={figures.weekly}
                    columns={[
                      { key: 'week', title: m.digest.week, dataIndex: 'week' },
                      { key: 'listed', title: m.dashboard.listedPerWeek, dataIndex: 'listed' },
                      { key: 'closed', title: m.dashboard.closedPerWeek, dataIndex: 'closed' },
                    ]}
                  />
                </Card>
              </Col>
            )}
          </Row>
        </>
      )}
    </section>
  );
}

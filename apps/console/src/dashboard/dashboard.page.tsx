import { lazy, Suspense, useMemo } from 'react';
import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import { CASE_STATE_WORDS, ESCALATION_LEVEL_WORDS } from '@hazard/domain/vocabulary';
import type { Dashboard, GroupFigures } from '../api/types';
import { useI18n } from '../i18n/language';
import { wordOf } from '../i18n/words';
import { Loading } from '../shell/loading';
import type { ChartProps } from './chart';
import { useDashboard } from './dashboard.api';

// ECharts is the largest library here, and only this page draws charts.
const Chart = lazy(() => import('./chart'));

function ChartOf(props: ChartProps) {
  return (
    <Suspense fallback={<div className="chart" />}>
      <Chart {...props} />
    </Suspense>
  );
}

/** A named row of figures; the first one is charted. */
interface Row {
  key: string;
  name: string;
  figures: number[];
}

function FigureTable({
  rows,
  titles,
  label,
}: {
  rows: Row[];
  /** The name column's title, then one per figure. */
  titles: string[];
  label: string;
}) {
  const [nameTitle, ...figureTitles] = titles;
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      aria-label={label}
      columns={[
        { key: 'name', title: nameTitle, dataIndex: 'name' },
        ...figureTitles.map((title, i) => ({
          key: `figure-${i}`,
          title,
          align: 'right' as const,
          render: (_: unknown, row: Row) => row.figures[i],
        })),
      ]}
    />
  );
}

function Headline({ dashboard }: { dashboard: Dashboard }) {
  const { m } = useI18n();
  const cards: Array<[string, number]> = [
    [m.dashboard.open, dashboard.open],
    [m.dashboard.overdue, dashboard.overdue.total],
    [m.dashboard.dueSoon, dashboard.dueWithin7Days],
    [m.dashboard.closed, dashboard.total - dashboard.open],
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map(([title, value]) => (
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
  const { data: dashboard, error } = useDashboard();
  const parts = useMemo(() => {
    if (!dashboard) return null;
    const groupFigures = (g: GroupFigures) => [g.total, g.open, g.overdue];
    return {
      states: dashboard.byState.map((s) => ({
        key: s.state,
        name: wordOf(CASE_STATE_WORDS, s.state, language),
        figures: [s.count],
      })),
      levels: dashboard.overdue.byEscalationLevel.map((l) => ({
        key: l.level ?? 'none',
        name: l.level ? say(ESCALATION_LEVEL_WORDS[l.level]) : m.dashboard.notEscalated,
        figures: [l.count],
      })),
      towns: dashboard.byTown.map((t) => ({ key: t.town, name: t.town, figures: groupFigures(t) })),
      authorities: dashboard.byIndustryAuthority.map((a) => ({
        key: a.industryAuthority,
        name: a.industryAuthority,
        figures: groupFigures(a),
      })),
      weeks: dashboard.weekly.map((w) => w.week),
      trend: [
        { name: m.dashboard.listedPerWeek, data: dashboard.weekly.map((w) => w.listed) },
        { name: m.dashboard.closedPerWeek, data: dashboard.weekly.map((w) => w.closed) },
      ],
    };
  }, [dashboard, language, m, say]);

  const groupTitles = [m.dashboard.count, m.dashboard.open, m.dashboard.overdue];
  const section = (title: string, rows: Row[], titles: string[]) =>
    rows.length > 0 && (
      <Col xs={24} xl={12}>
        <Card title={<h2 className="card-title">{title}</h2>}>
          <ChartOf
            title={title}
            kind="bar"
            categories={rows.map((r) => r.name)}
            series={[{ name: titles[1], data: rows.map((r) => r.figures[0]) }]}
          />
          <FigureTable rows={rows} titles={titles} label={title} />
        </Card>
      </Col>
    );

  return (
    <section aria-labelledby="dashboard-title">
      <div className="page-head">
        <h1 id="dashboard-title">{m.dashboard.title}</h1>
      </div>
      {error && <Alert type="error" role="alert" title={error.message} />}
      {!dashboard && !error && <Loading />}
      {dashboard && parts && (
        <>
          <Headline dashboard={dashboard} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            {section(m.dashboard.byState, parts.states, [m.list.state, m.dashboard.count])}
            {section(m.dashboard.overdueByLevel, parts.levels, [
              m.case.escalation,
              m.dashboard.count,
            ])}
            {section(m.dashboard.byTown, parts.towns, [m.dashboard.town, ...groupTitles])}
            {section(m.dashboard.byAuthority, parts.authorities, [
              m.dashboard.authority,
              ...groupTitles,
            ])}
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
                    dataSource={dashboard.weekly}
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

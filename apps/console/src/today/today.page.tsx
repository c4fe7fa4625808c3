import { Alert, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { DAILY_FIGURE_WORDS, percent } from '@hazard/domain/vocabulary';
import { useI18n } from '../i18n/language';
import { Loading } from '../shell/loading';
import { useSpotChecks, useTodayReport } from './today.api';
import type { FigureName, Ratio } from './today.api';

const FIGURES = Object.keys(DAILY_FIGURE_WORDS) as FigureName[];

const ratioText = (r: Ratio) => `${percent(r.rate)} (${r.numerator}/${r.denominator})`;

/** 今日: the daily figures so far, the lowest-ranked towns and units, the day's spot checks. */
export default function TodayPage() {
  const { m, say } = useI18n();
  const { data, error } = useTodayReport();
  const spotChecks = useSpotChecks();
  const report = data?.report;
  const figureName = (f: FigureName) => say(DAILY_FIGURE_WORDS[f]);
  return (
    <section aria-labelledby="today-title">
      <div className="page-head">
        <h1 id="today-title">{m.today.title}</h1>
      </div>
      {error && <Alert type="error" role="alert" title={error.message} />}
      {!report && !error && <Loading />}
      {report && (
        <>
          <p className="today-headline">{report.headlineText}</p>
          <Row gutter={[16, 16]}>
            {FIGURES.map((f) => (
              <Col key={f} xs={12} lg={8} xl={4}>
                <Card>
                  <Statistic
                    title={figureName(f)}
                    value={percent(report.city[f].rate)}
                    suffix={
                      <span className="ratio">
                        {report.city[f].numerator}/{report.city[f].denominator}
                      </span>
                    }
                  />
                </Card>
              </Col>
            ))}
            <Col xs={12} lg={8} xl={4}>
              <Card>
                <Statistic title={m.today.overdue} value={report.overdue.count} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <Card title={<h2 className="card-title">{m.today.laggardTowns}</h2>}>
                <Table
                  size="small"
                  pagination={false}
                  aria-label={m.today.laggardTowns}
                  rowKey={(row) => `${row.figure}/${row.key}`}
                  dataSource={FIGURES.flatMap((f) =>
                    report.laggards.towns[f].map((g, i) => ({ figure: f, rank: i + 1, ...g })),
                  )}
                  columns={[
                    {
                      key: 'figure',
                      title: m.today.figure,
                      render: (_, row) => figureName(row.figure),
                    },
                    { key: 'rank', title: m.today.rank, dataIndex: 'rank', align: 'right' },
                    { key: 'town', title: m.today.town, dataIndex: 'key' },
                    {
                      key: 'value',
                      title: m.today.value,
                      align: 'right',
                      render: (_, row) => ratioText(row.ratio),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={<h2 className="card-title">{m.today.laggardUnits}</h2>}>
                <Table
                  size="small"
                  pagination={false}
                  aria-label={m.today.laggardUnits}
                  rowKey="unitId"
                  dataSource={report.laggards.units}
                  columns={[
                    { key: 'name', title: m.today.unit, dataIndex: 'name' },
                    { key: 'town', title: m.today.town, dataIndex: 'town' },
                    {
                      key: 'hazards',
                      title: m.today.hazards,
                      dataIndex: 'hazards',
                      align: 'right',
                    },
                    {
                      key: 'rectified',
                      title: m.today.rectified,
                      dataIndex: 'rectified',
                      align: 'right',
                    },
                    {
                      key: 'overdue',
                      title: m.today.overdue,
                      dataIndex: 'overdue',
                      align: 'right',
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={<h2 className="card-title">{m.today.byTown}</h2>}>
                <Table
                  size="small"
                  pagination={false}
                  aria-label={m.today.byTown}
                  rowKey="key"
                  dataSource={report.byTown}
                  columns={[
                    { key: 'town', title: m.today.town, dataIndex: 'key' },
                    ...FIGURES.map((f) => ({
                      key: f,
                      title: figureName(f),
                      align: 'right' as const,
                      render: (_: unknown, row: (typeof report.byTown)[number]) =>
                        ratioText(row.figures[f]),
                    })),
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={<h2 className="card-title">{m.today.spotChecks}</h2>}>
                <p>{report.spotCheckText}</p>
                {spotChecks.data && !spotChecks.data.drawn && <p>{m.today.notDrawn}</p>}
                <Table
                  size="small"
                  pagination={false}
                  aria-label={m.today.spotChecks}
                  rowKey="spotCheckId"
                  dataSource={spotChecks.data?.items ?? []}
                  columns={[
                    { key: 'id', title: m.today.spotCheck, dataIndex: 'spotCheckId' },
                    { key: 'name', title: m.today.unit, dataIndex: 'name' },
                    { key: 'town', title: m.today.town, dataIndex: 'town' },
                    {
                      key: 'visited',
                      title: m.today.visit,
                      render: (_, row) =>
                        row.visited ? (
                          <Tag color={row.findings > 0 ? 'red' : 'green'}>
                            {m.today.found(row.findings)}
                          </Tag>
                        ) : (
                          <Tag>{m.today.notVisited}</Tag>
                        ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { DeadlineKind } from '@hazard/workflows';
import { useNavigate, useParams } from 'react-router';
import type { CaseView } from '../api/types';
import { colon, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { DEADLINE_KIND_WORDS } from '@hazard/domain/vocabulary';
import { DeadlineText, EscalationTag, PriorityTag, StateTag } from '../hazards/case-tags';
import { Loading } from '../shell/loading';
import { CaseActions } from './case-actions';
import { CaseTimeline } from './case-timeline';
import { useCase } from './case.api';

function ListingCard({ view }: { view: CaseView }) {
  const { language, m } = useI18n();
  const l = view.listing;
  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: m.listing.unitName, children: l.unitName },
    { key: 'town', label: m.listing.town, children: l.town },
    { key: 'authority', label: m.listing.industryAuthority, children: l.industryAuthority },
    { key: 'domain', label: m.listing.professionalDomain, children: l.professionalDomain },
    { key: 'priority', label: m.listing.priority, children: <PriorityTag priority={l.priority} /> },
    {
      key: 'criterion',
      label: m.listing.criterion,
      children: `${l.criterion.standard} ${l.criterion.clause}`,
    },
    { key: 'level', label: m.listing.listingLevel, children: l.listingLevel },
    { key: 'notice', label: m.listing.noticeNumber, children: l.noticeNumber },
    { key: 'listedAt', label: m.case.listedAt, children: formatDateTime(view.listedAt, language) },
    { key: 'description', label: m.listing.description, children: l.description, span: 'filled' },
  ];
  return (
    <Card title={<h2 className="card-title">{m.case.listing}</h2>}>
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}

function LeaderAndPlanCard({ view }: { view: CaseView }) {
  const { language, m } = useI18n();
  const plan = view.plan;
  const items: DescriptionsProps['items'] = plan
    ? [
        { key: 'dept', label: m.case.responsibleDepartment, children: plan.responsibleDepartment },
        { key: 'person', label: m.case.responsiblePerson, children: plan.responsiblePerson },
        {
          key: 'deadline',
          label: m.case.planDeadline,
          children: formatDateTime(plan.deadline, language),
        },
        {
          key: 'measures',
          label: m.case.controlMeasures,
          span: 'filled',
          children: (
            <ol className="measures-list">
              {plan.controlMeasures.map((measure, i) => (
                <li key={i}>{measure}</li>
              ))}
            </ol>
          ),
        },
        {
          key: 'funds',
          label: m.case.fundsAndMaterials,
          children: plan.fundsAndMaterials ?? m.common.none,
        },
        {
          key: 'emergency',
          label: m.case.emergencyPlan,
          children: plan.emergencyPlan ?? m.common.none,
        },
        { key: 'progress', label: m.case.progressReports, children: view.progressReports },
      ]
    : [];
  return (
    <Card title={<h2 className="card-title">{m.case.plan}</h2>}>
      <Typography.Paragraph>
        <strong>{m.case.leader}</strong>
        {colon(language)}
        {view.leader?.name ?? m.case.noLeader}
      </Typography.Paragraph>
      {plan ? <Descriptions column={{ xs: 1, md: 2 }} items={items} /> : <p>{m.case.noPlan}</p>}
    </Card>
  );
}

function DeadlinesCard({ view }: { view: CaseView }) {
  const { language, m, say } = useI18n();
  const kinds = Object.keys(view.deadlines) as DeadlineKind[];
  return (
    <Card title={<h2 className="card-title">{m.case.deadlines}</h2>}>
      {view.deadlineInForce ? (
        <Space orientation="vertical">
          <span>
            <strong>{m.case.inForce}</strong>
            {colon(language)}
            <DeadlineText deadline={view.deadlineInForce} overdue={view.overdue} withKind />
          </span>
          {view.overdue && (
            <span>
              <strong>{m.case.escalation}</strong>
              {colon(language)}
              <EscalationTag level={view.escalationLevel} />
            </span>
          )}
        </Space>
      ) : (
        <p>{m.case.noDeadline}</p>
      )}
      {view.pendingExtension && (
        <Alert
          type="info"
          title={m.case.pendingExtension(formatDateTime(view.pendingExtension.deadline, language))}
          description={view.pendingExtension.reason}
        />
      )}
      {kinds.length > 0 && (
        <ul className="deadline-list">
          {kinds.map((kind) => (
            <li key={kind}>
              {say(DEADLINE_KIND_WORDS[kind])}
              {colon(language)}
              {formatDateTime(view.deadlines[kind]!, language)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One case: what was listed, who leads it, its plan, its deadlines, its history, what to do. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { m } = useI18n();
  const navigate = useNavigate();
  const { data: view, error } = useCase(id);
  if (error) return <Alert type="error" role="alert" title={error.message} />;
  if (!view) return <Loading />;
  return (
    <article aria-labelledby="case-title">
      <div className="page-head">
        <Space orientation="vertical" size={4}>
          <Button
            type="link"
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(-1)}
            style={{ paddingInline: 0 }}
          >
            {m.case.back}
          </Button>
          <h1 id="case-title">{view.listing.title}</h1>
          <Space wrap>
            <StateTag state={view.state} />
            <PriorityTag priority={view.listing.priority} />
            {view.overdue && <EscalationTag level={view.escalationLevel} />}
          </Space>
        </Space>
      </div>
      <CaseActions view={view} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ListingCard view={view} />
            <LeaderAndPlanCard view={view} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <DeadlinesCard view={view} />
            <Card title={<h2 className="card-title">{m.case.timeline}</h2>}>
              <CaseTimeline caseId={view.id} />
            </Card>
          </Space>
        </Col>
      </Row>
    </article>
  );
}

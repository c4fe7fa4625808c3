import { Alert, Card, Descriptions, Tag, Timeline } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { CommandActions } from '../forms/command-actions';
import { formatDateTime, inParentheses } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { Loading } from '../shell/loading';
import {
  GENERAL_DEADLINE_KIND_WORDS,
  GENERAL_HAZARD_COMMAND_WORDS,
  GENERAL_HAZARD_STATE_WORDS,
  HAZARD_SOURCE_WORDS,
  PRIORITY_WORDS,
} from '@hazard/domain/vocabulary';
import type { Wording } from '@hazard/domain/vocabulary';
import { useGeneralHazard, useGeneralHazardCommand } from './campaign.api';
import type { GeneralHazardDetail } from './campaign.types';
import { DeadlineCell } from './campaign-columns';
import { GENERAL_ACTION_FORMS } from './general-hazard-forms';

/** Every command route of a general hazard with its name, in the domain's order. */
const COMMANDS: ReadonlyArray<{ route: string; name: Wording }> = Object.values(
  GENERAL_HAZARD_COMMAND_WORDS,
).flatMap(({ route, name }) => (route === null ? [] : [{ route, name }]));

/** The commands the API allows this user on this hazard now (`allowedActions`). */
function GeneralHazardActions({ view }: { view: GeneralHazardDetail }) {
  const { m, say } = useI18n();
  const navigate = useNavigate();
  const command = useGeneralHazardCommand(view);
  const forms = Object.fromEntries(
    Object.entries(GENERAL_ACTION_FORMS).map(([route, form]) => [
      route,
      { fields: () => form.fields(m, say), body: form.body, danger: form.danger },
    ]),
  );
  return (
    <CommandActions
      commands={COMMANDS}
      allowed={view.allowedActions}
      forms={forms}
      send={async (route, body) => {
        const answer = await command.mutateAsync({ action: route, body });
        // 判定为重大隐患 opens the major case: the committee goes on there.
        if (answer.caseId) navigate(`/hazards/${answer.caseId}`);
      }}
    />
  );
}

/** What happened to the hazard so far, from its own record: found, fixed, verified. */
function GeneralHazardProgress({ view }: { view: GeneralHazardDetail }) {
  const { language, m } = useI18n();
  const h = m.campaign.hazards;
  const at = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, language)}</time>;
  const items = [
    {
      children: (
        <>
          {at(view.foundAt)} · {view.hazard.description}
        </>
      ),
    },
    ...(view.rectification
      ? [
          {
            children: (
              <>
                {h.rectification}: {h.responsiblePerson} {view.rectification.responsiblePerson} ·{' '}
                {view.rectification.measures}
              </>
            ),
          },
        ]
      : []),
    ...(view.rejections > 0
      ? [
          {
            children: (
              <>
                {h.rejections}: {view.rejections}
              </>
            ),
          },
        ]
      : []),
    ...(view.report && view.reportedAt
      ? [
          {
            children: (
              <>
                {at(view.reportedAt)} · {h.report}: {view.report}
              </>
            ),
          },
        ]
      : []),
    ...(view.verifiedAt
      ? [
          {
            children: (
              <>
                {at(view.verifiedAt)} · {h.verified}: {view.verifiedBy}
              </>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={<h2 className="card-title">{h.history}</h2>}>
      <Timeline items={items} />
    </Card>
  );
}

/** 一般隐患: the hazard, its progress, and what this user may do with it now. */
export default function GeneralHazardPage() {
  const { id = '' } = useParams();
  const { language, m, say } = useI18n();
  const h = m.campaign.hazards;
  const { data: view, error } = useGeneralHazard(id);
  if (error) return <Alert type="error" role="alert" title={error.message} />;
  if (!view) return <Loading />;
  const hazard = view.hazard;
  return (
    <article aria-labelledby="hazard-title">
      <Link to="/general-hazards">{h.back}</Link>
      <div className="page-head">
        <h1 id="hazard-title">{hazard.description}</h1>
        <Tag color={view.open ? 'processing' : 'success'}>
          {say(GENERAL_HAZARD_STATE_WORDS[view.state])}
        </Tag>
      </div>
      {view.escalatedTo && (
        <Alert
          type="info"
          title={h.escalatedTo + inParentheses(view.escalatedTo.noticeNumber, language)}
          action={<Link to={`/hazards/${view.escalatedTo.caseId}`}>{h.openCase}</Link>}
        />
      )}
      <Card title={<h2 className="card-title">{h.details}</h2>}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={h.unit}>
            <Link to={`/units/${hazard.unit.unitId}`}>{hazard.unit.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={m.list.town}>{hazard.unit.town}</Descriptions.Item>
          <Descriptions.Item label={m.list.authority}>
            {hazard.unit.industryAuthority}
          </Descriptions.Item>
          <Descriptions.Item label={h.source}>
            {say(HAZARD_SOURCE_WORDS[hazard.source])}
          </Descriptions.Item>
          <Descriptions.Item label={h.grading}>
            {say(PRIORITY_WORDS[hazard.grading])}
          </Descriptions.Item>
          <Descriptions.Item label={h.foundOn}>{hazard.foundOn}</Descriptions.Item>
          <Descriptions.Item
            label={
              view.deadlineInForce
                ? say(GENERAL_DEADLINE_KIND_WORDS[view.deadlineInForce.kind])
                : h.deadline
            }
          >
            <DeadlineCell
              deadline={view.deadlineInForce}
              overdue={view.overdue}
              words={{ m, say, language }}
            />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <GeneralHazardProgress view={view} />
      <GeneralHazardActions view={view} />
    </article>
  );
}

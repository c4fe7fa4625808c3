import { Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import type { Messages } from '../i18n/messages.zh-CN';
import type { Language, Wording } from '@hazard/domain/vocabulary';
import {
  GENERAL_HAZARD_STATE_WORDS,
  HAZARD_SOURCE_WORDS,
  INSPECTION_KIND_WORDS,
  PRIORITY_WORDS,
} from '@hazard/domain/vocabulary';
import type { GeneralHazardSummary, Inspection } from './campaign.types';

interface Words {
  m: Messages;
  say: (word: Wording) => string;
  language: Language;
}

/** A deadline, red and tagged once it has passed (the API's `overdue`, never worked out here). */
export function DeadlineCell({
  deadline,
  overdue,
  words,
}: {
  deadline: { deadline: string } | null;
  overdue: boolean;
  words: Words;
}) {
  if (!deadline) return <>{words.m.common.none}</>;
  return (
    <Space size={4}>
      <time dateTime={deadline.deadline}>{formatDate(deadline.deadline, words.language)}</time>
      {overdue && <Tag color="error">{words.m.campaign.hazards.overdue}</Tag>}
    </Space>
  );
}

export const generalHazardColumns = (
  words: Words,
  { withUnit = true } = {},
): TableColumnsType<GeneralHazardSummary> => {
  const { m, say } = words;
  const h = m.campaign.hazards;
  return [
    {
      key: 'description',
      title: h.description,
      render: (_, g) => <Link to={`/general-hazards/${g.id}`}>{g.description}</Link>,
    },
    ...(withUnit
      ? [
          {
            key: 'unit',
            title: h.unit,
            render: (_: unknown, g: GeneralHazardSummary) => (
              <Link to={`/units/${g.unitId}`}>{g.unitName}</Link>
            ),
          },
          { key: 'town', title: m.list.town, dataIndex: 'town' },
        ]
      : []),
    { key: 'source', title: h.source, render: (_, g) => say(HAZARD_SOURCE_WORDS[g.source]) },
    { key: 'grading', title: h.grading, render: (_, g) => say(PRIORITY_WORDS[g.grading]) },
    {
      key: 'state',
      title: h.state,
      render: (_, g) => <Tag>{say(GENERAL_HAZARD_STATE_WORDS[g.state])}</Tag>,
    },
    {
      key: 'deadline',
      title: h.deadline,
      render: (_, g) => (
        <DeadlineCell deadline={g.deadlineInForce} overdue={g.overdue} words={words} />
      ),
    },
    { key: 'foundOn', title: h.foundOn, dataIndex: 'foundOn' },
  ];
};

export const inspectionColumns = (
  { m, say }: Words,
  { withUnit = true } = {},
): TableColumnsType<Inspection> => {
  const i = m.campaign.inspections;
  return [
    { key: 'inspectedOn', title: i.inspectedOn, dataIndex: 'inspectedOn' },
    ...(withUnit
      ? [
          {
            key: 'unit',
            title: i.unit,
            render: (_: unknown, x: Inspection) => (
              <Link to={`/units/${x.unit.unitId}`}>{x.unit.name}</Link>
            ),
          },
        ]
      : []),
    { key: 'kind', title: i.kind, render: (_, x) => say(INSPECTION_KIND_WORDS[x.kind]) },
    { key: 'inspectors', title: i.inspectors, render: (_, x) => x.inspectors.join('、') },
    { key: 'scope', title: i.scope, dataIndex: 'scope' },
    {
      key: 'findings',
      title: i.findings,
      render: (_, x) =>
        x.zeroHazard ? <Tag color="success">{i.zeroHazard}</Tag> : i.count(x.findings.length),
    },
  ];
};

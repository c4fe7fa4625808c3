import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { CaseView } from '../api/types';
import { DeadlinePicker, toZoned } from '../forms/deadline-picker';
import { formatDateTime } from '../i18n/format';
import type { Messages } from '../i18n/messages.zh-CN';
import type { CaseCommandRoute, Language } from '@hazard/domain/vocabulary';
import { LeaderPicker } from './leader-picker';
import type { PickedLeader } from './leader-picker';
import { PlanFields } from './plan-fields';

type Values = Record<string, unknown>;

interface FormContext {
  view: CaseView;
  m: Messages;
  language: Language;
}

/** The form of one command: its fields, and the request body made of their values. */
interface ActionForm {
  fields: (context: FormContext) => ReactNode;
  body: (values: Values) => object;
  initialValues?: (view: CaseView) => Values;
  /** Refusals and sending back: the submit button warns. */
  danger?: boolean;
}

const text = (
  name: string,
  label: string,
  m: Messages,
  { optional = false, rows = 3 }: { optional?: boolean; rows?: number } = {},
) => (
  <Form.Item
    name={name}
    label={label}
    rules={
      optional ? [] : [{ required: true, whitespace: true, message: m.common.required(label) }]
    }
  >
    <Input.TextArea rows={rows} maxLength={2000} />
  </Form.Item>
);

const leaderField = ({ view, m }: FormContext) => (
  <Form.Item
    name="leaderId"
    label={m.forms.leader}
    rules={[{ required: true, message: m.common.required(m.forms.leader) }]}
  >
    <LeaderPicker town={view.listing.town} />
  </Form.Item>
);

const leaderBody = (values: Values) => {
  const leader = values.leaderId as PickedLeader;
  return { leaderId: leader.value, leaderName: leader.label };
};

const deadlineField = (name: string, label: string, m: Messages, optional = false) => (
  <Form.Item
    name={name}
    label={label}
    rules={optional ? [] : [{ required: true, message: m.common.required(label) }]}
  >
    <DeadlinePicker />
  </Form.Item>
);

/** Only the fields the user filled: an empty optional field is no field at all. */
const filled = (values: Values): Values =>
  Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => {
      if (value === undefined || value === null || value === '') return [];
      return [[key, dayjs.isDayjs(value) ? toZoned(value as Dayjs) : value]];
    }),
  );

export const ACTION_FORMS: Record<CaseCommandRoute, ActionForm> = {
  'assign-leader': { fields: leaderField, body: leaderBody },
  'reassign-leader': {
    fields: (c) => (
      <>
        {leaderField(c)}
        {text('reason', c.m.forms.reasonOptional, c.m, { optional: true, rows: 2 })}
      </>
    ),
    body: (values) => ({ ...leaderBody(values), ...filled({ reason: values.reason }) }),
  },
  'submit-plan': {
    fields: () => <PlanFields />,
    body: filled,
    initialValues: ({ plan, listing }) =>
      plan
        ? { ...plan, deadline: dayjs(plan.deadline) }
        : { responsibleDepartment: listing.industryAuthority, controlMeasures: [''] },
  },
  'approve-plan': {
    fields: ({ m }) => <Typography.Paragraph>{m.forms.approveConfirm}</Typography.Paragraph>,
    body: () => ({}),
  },
  'reject-plan': {
    fields: ({ m }) => text('reason', m.forms.reason, m),
    body: filled,
    danger: true,
  },
  'confirm-controls': { fields: ({ m }) => text('note', m.forms.note, m), body: filled },
  'record-progress': { fields: ({ m }) => text('note', m.forms.note, m), body: filled },
  'report-rectified': { fields: ({ m }) => text('summary', m.forms.summary, m), body: filled },
  'reject-rectification': {
    fields: ({ m }) => text('reason', m.forms.reason, m),
    body: filled,
    danger: true,
  },
  close: { fields: ({ m }) => text('note', m.forms.note, m), body: filled },
  'request-extension': {
    fields: ({ m }) => (
      <>
        {deadlineField('deadline', m.case.requestedDeadline, m)}
        {text('reason', m.forms.reason, m)}
      </>
    ),
    body: filled,
  },
  'approve-extension': {
    fields: ({ view, m, language }) => (
      <>
        {view.pendingExtension && (
          <Typography.Paragraph>
            {m.case.pendingExtension(formatDateTime(view.pendingExtension.deadline, language))}
            {' — '}
            {view.pendingExtension.reason}
          </Typography.Paragraph>
        )}
        {deadlineField('deadline', m.forms.deadlineOptional, m, true)}
        {text('reason', m.forms.reasonOptional, m, { optional: true, rows: 2 })}
      </>
    ),
    body: filled,
  },
  'refuse-extension': {
    fields: ({ m }) => text('reason', m.forms.reason, m),
    body: filled,
    danger: true,
  },
};

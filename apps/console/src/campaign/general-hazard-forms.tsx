import { AutoComplete, Form, Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import type { Dayjs } from 'dayjs';
import { DeadlinePicker, toZoned } from '../forms/deadline-picker';
import { LISTING_LEVELS } from '../forms/listing-levels';
import { RegistryInput } from '../forms/registry-input';
import type { Messages } from '../i18n/messages.zh-CN';
import type { Wording } from '@hazard/domain/vocabulary';
import { PRIORITY_WORDS } from '@hazard/domain/vocabulary';

type Values = Record<string, unknown>;

interface GeneralActionForm {
  fields: (m: Messages, say: (w: Wording) => string) => ReactNode;
  body: (values: Values) => object;
  danger?: boolean;
}

const text = (name: string, label: string, m: Messages, rows = 3) => (
  <Form.Item
    key={name}
    name={name}
    label={label}
    rules={[{ required: true, whitespace: true, message: m.common.required(label) }]}
  >
    {rows > 1 ? <Input.TextArea rows={rows} maxLength={2000} /> : <Input maxLength={200} />}
  </Form.Item>
);

/** The form of each command route of a general hazard (GENERAL_HAZARD_COMMAND_WORDS). */
export const GENERAL_ACTION_FORMS: Record<string, GeneralActionForm> = {
  'start-rectification': {
    fields: (m) => [
      text('responsiblePerson', m.campaign.hazards.responsiblePerson, m, 1),
      text('measures', m.campaign.hazards.measures, m),
    ],
    body: (v) => v,
  },
  'report-rectified': {
    fields: (m) => text('summary', m.campaign.hazards.summary, m),
    body: (v) => v,
  },
  'reject-rectification': {
    fields: (m) => text('reason', m.campaign.hazards.reason, m),
    body: (v) => v,
    danger: true,
  },
  verify: {
    fields: (m) => text('note', m.campaign.hazards.note, m),
    body: (v) => v,
  },
  'extend-deadline': {
    fields: (m) => [
      <Form.Item
        key="deadline"
        name="deadline"
        label={m.campaign.hazards.newDeadline}
        rules={[{ required: true, message: m.common.required(m.campaign.hazards.newDeadline) }]}
      >
        <DeadlinePicker />
      </Form.Item>,
      text('reason', m.campaign.hazards.reason, m),
    ],
    body: ({ deadline, reason }) => ({ deadline: toZoned(deadline as Dayjs), reason }),
  },
  escalate: {
    fields: (m, say) => {
      const l = m.listing;
      const required = (label: string) => [
        { required: true, whitespace: true, message: m.common.required(label) },
      ];
      return (
        <>
          <Form.Item name="title" label={l.hazardTitle}>
            <Input maxLength={200} />
          </Form.Item>
          <fieldset className="criterion">
            <legend>{l.criterion}</legend>
            <Form.Item
              name={['criterion', 'standard']}
              label={l.standard}
              rules={required(l.standard)}
            >
              <RegistryInput registry="criteria" />
            </Form.Item>
            <Form.Item name={['criterion', 'clause']} label={l.clause} rules={required(l.clause)}>
              <Input maxLength={50} />
            </Form.Item>
          </fieldset>
          <Space wrap>
            <Form.Item
              name="professionalDomain"
              label={l.professionalDomain}
              rules={required(l.professionalDomain)}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="priority" label={l.priority}>
              <Select
                allowClear
                style={{ width: 100 }}
                options={Object.entries(PRIORITY_WORDS).map(([value, word]) => ({
                  value,
                  label: say(word),
                }))}
              />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="listingLevel" label={l.listingLevel} rules={required(l.listingLevel)}>
              <AutoComplete
                options={LISTING_LEVELS.map((value) => ({ value }))}
                style={{ width: 200 }}
              />
            </Form.Item>
            <Form.Item name="noticeNumber" label={l.noticeNumber} rules={required(l.noticeNumber)}>
              <Input maxLength={100} />
            </Form.Item>
          </Space>
        </>
      );
    },
    body: (v) => v,
    danger: true,
  },
};

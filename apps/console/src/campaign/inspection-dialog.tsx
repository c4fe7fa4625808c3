import { useState } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { request } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency-key';
import { DeadlinePicker, toZoned } from '../forms/deadline-picker';
import { FormDialog } from '../forms/form-dialog';
import { useI18n } from '../i18n/language';
import { INSPECTION_KIND_WORDS, PRIORITY_WORDS } from '@hazard/domain/vocabulary';
import type { Priority } from '@hazard/workflows';
import { useCampaignChanged } from './campaign.api';
import type { CursorPage, Unit } from './campaign.types';

interface InspectionValues {
  unitId: string;
  kind: string;
  inspectedOn: Dayjs;
  inspectors: string[];
  scope: string;
  findings?: Array<{ description: string; grading: Priority; rectificationDeadline?: Dayjs }>;
}

/** A unit found by name or code, among the units this user sees. */
function UnitPicker(props: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const [q, setQ] = useState('');
  const { data } = useQuery({
    queryKey: ['campaign', 'unit-picker', q],
    queryFn: () =>
      request<CursorPage<Unit>>('/api/units', { query: { q, active: true, pageSize: 20 } }),
  });
  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={(data?.items ?? []).map((u) => ({ value: u.unitId, label: u.profile.name }))}
    />
  );
}

/**
 * 记录检查: a self-inspection, a supervisory inspection or a field-guidance visit with its
 * findings, each one becoming a general hazard; none at all is a zero-hazard report (零隐患).
 */
export function InspectionDialog({ unitId, onClose }: { unitId?: string; onClose: () => void }) {
  const { m, say } = useI18n();
  const i = m.campaign.inspections;
  const { message } = App.useApp();
  const changed = useCampaignChanged();
  const required = (label: string) => [{ required: true, message: m.common.required(label) }];
  return (
    <FormDialog<InspectionValues>
      title={i.record}
      submitLabel={i.record}
      initialValues={{ kind: 'self', inspectedOn: dayjs(), findings: [] }}
      onClose={onClose}
      onSubmit={async ({ inspectedOn, findings = [], ...values }) => {
        await request('/api/inspections', {
          method: 'POST',
          body: {
            ...values,
            // A unit's own page names it; the inspections page has the picker.
            unitId: unitId ?? values.unitId,
            inspectedOn: inspectedOn.format('YYYY-MM-DD'),
            findings: findings.map(({ rectificationDeadline, ...finding }) => ({
              ...finding,
              ...(rectificationDeadline && {
                rectificationDeadline: toZoned(rectificationDeadline),
              }),
            })),
          },
          headers: { 'Idempotency-Key': newIdempotencyKey() },
        });
        void message.success(i.recorded);
        await changed();
      }}
    >
      {!unitId && (
        <Form.Item name="unitId" label={i.unit} rules={required(i.unit)}>
          <UnitPicker />
        </Form.Item>
      )}
      <Space wrap size="large">
        <Form.Item name="kind" label={i.kind} rules={required(i.kind)}>
          <Select
            style={{ width: 160 }}
            options={Object.entries(INSPECTION_KIND_WORDS).map(([value, word]) => ({
              value,
              label: say(word),
            }))}
          />
        </Form.Item>
        <Form.Item name="inspectedOn" label={i.inspectedOn} rules={required(i.inspectedOn)}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Space>
      <Form.Item name="inspectors" label={i.inspectors} rules={required(i.inspectors)}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="scope" label={i.scope} rules={required(i.scope)}>
        <Input maxLength={500} />
      </Form.Item>
      <fieldset className="findings">
        <legend>{i.findings}</legend>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 && <p>{i.noFindings}</p>}
              {fields.map((field, index) => (
                <div key={field.key} className="finding">
                  <Form.Item
                    name={[field.name, 'description']}
                    label={`${i.finding(index + 1)} · ${i.description}`}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: m.common.required(i.description),
                      },
                    ]}
                  >
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                  <Space wrap align="end">
                    <Form.Item
                      name={[field.name, 'grading']}
                      label={`${i.finding(index + 1)} · ${i.grading}`}
                      rules={required(i.grading)}
                    >
                      <Select
                        style={{ width: 100 }}
                        options={Object.entries(PRIORITY_WORDS).map(([value, word]) => ({
                          value,
                          label: say(word),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'rectificationDeadline']}
                      label={`${i.finding(index + 1)} · ${i.deadline}`}
                    >
                      <DeadlinePicker />
                    </Form.Item>
                    <Form.Item>
                      <Button
                        icon={<MinusCircleOutlined />}
                        aria-label={i.removeFinding(index + 1)}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Space>
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ grading: 'serious' })}>
                {i.addFinding}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
    </FormDialog>
  );
}

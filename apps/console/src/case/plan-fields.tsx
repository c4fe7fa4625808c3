import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { DeadlinePicker } from '../forms/deadline-picker';
import { useI18n } from '../i18n/language';

const MAX_MEASURES = 20;

/** 一案一策: responsible department and person, deadline, control measures and the rest. */
export function PlanFields() {
  const { m } = useI18n();
  const required = (label: string) => [
    { required: true, whitespace: true, message: m.common.required(label) },
  ];
  return (
    <>
      <Form.Item
        name="responsibleDepartment"
        label={m.forms.responsibleDepartment}
        rules={required(m.forms.responsibleDepartment)}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="responsiblePerson"
        label={m.forms.responsiblePerson}
        rules={required(m.forms.responsiblePerson)}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={m.forms.planDeadline}
        rules={[{ required: true, message: m.common.required(m.forms.planDeadline) }]}
      >
        <DeadlinePicker />
      </Form.Item>
      <fieldset className="measures">
        <legend>{m.forms.controlMeasures}</legend>
        <Form.List name="controlMeasures">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={field.name}
                    rules={required(m.forms.controlMeasure(index + 1))}
                    style={{ flex: 1, minWidth: 320 }}
                  >
                    <Input maxLength={500} aria-label={m.forms.controlMeasure(index + 1)} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={m.forms.removeMeasure(index + 1)}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Space>
              ))}
              {fields.length < MAX_MEASURES && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                  {m.forms.addMeasure}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </fieldset>
      <Form.Item name="fundsAndMaterials" label={m.forms.fundsAndMaterials}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="emergencyPlan" label={m.forms.emergencyPlan}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

import { App, Form, Input } from 'antd';
import { request } from '../api/client';
import { FormDialog } from '../forms/form-dialog';
import { useI18n } from '../i18n/language';

export const MIN_PASSWORD_LENGTH = 10;

interface Values {
  currentPassword: string;
  password: string;
  repeat: string;
}

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { m } = useI18n();
  const { message } = App.useApp();
  return (
    <FormDialog<Values>
      title={m.password.title}
      submitLabel={m.password.title}
      onClose={onClose}
      onSubmit={async ({ currentPassword, password }) => {
        await request('/api/me/password', { method: 'PUT', body: { currentPassword, password } });
        void message.success(m.password.changed);
      }}
    >
      <Form.Item
        name="currentPassword"
        label={m.password.current}
        rules={[{ required: true, message: m.common.required(m.password.current) }]}
      >
        <Input.Password visibilityToggle={false} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="password"
        label={m.password.next}
        rules={[
          { required: true, message: m.common.required(m.password.next) },
          { min: MIN_PASSWORD_LENGTH, message: m.password.tooShort },
        ]}
      >
        <Input.Password visibilityToggle={false} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={m.password.repeat}
        dependencies={['password']}
        rules={[
          { required: true, message: m.common.required(m.password.repeat) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(m.password.mismatch)),
          }),
        ]}
      >
        <Input.Password visibilityToggle={false} autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}

import { Checkbox, Form, Input } from 'antd';
import type { Role } from '@hazard/domain';
import { RegistryInput } from '../forms/registry-input';
import { useI18n } from '../i18n/language';
import { ROLE_WORDS } from '@hazard/domain/vocabulary';
import { MIN_PASSWORD_LENGTH } from '../session/change-password.dialog';

/** Machines act as the scheduler; no person is given that role. */
const ASSIGNABLE = (Object.keys(ROLE_WORDS) as Role[]).filter((r) => r !== 'scheduler');

export interface UserValues {
  name: string;
  login?: string;
  password?: string;
  roles: Role[];
  towns?: string[];
  departments?: string[];
}

/** Name, roles and jurisdiction; a new user also gets a login name and a first password. */
export function UserFields({ isNew }: { isNew: boolean }) {
  const { m, say } = useI18n();
  return (
    <>
      <Form.Item
        name="name"
        label={m.users.name}
        rules={[{ required: true, whitespace: true, message: m.common.required(m.users.name) }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      {isNew && (
        <>
          <Form.Item name="login" label={m.users.login}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={m.users.password}
            rules={[{ min: MIN_PASSWORD_LENGTH, message: m.password.tooShort }]}
          >
            <Input.Password visibilityToggle={false} autoComplete="new-password" />
          </Form.Item>
        </>
      )}
      <fieldset>
        <legend>{m.users.roles}</legend>
        <Form.Item
          name="roles"
          rules={[{ required: true, message: m.common.required(m.users.roles) }]}
        >
          <Checkbox.Group
            options={ASSIGNABLE.map((role) => ({ value: role, label: say(ROLE_WORDS[role]) }))}
          />
        </Form.Item>
      </fieldset>
      <Form.Item name="towns" label={m.users.towns}>
        <RegistryInput registry="towns" multiple />
      </Form.Item>
      <Form.Item name="departments" label={m.users.departments}>
        <RegistryInput registry="industry-authorities" multiple />
      </Form.Item>
    </>
  );
}

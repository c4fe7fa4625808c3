import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { request } from '../api/client';
import { useCapabilities } from '../api/capabilities';
import type { User } from '../api/types';
import { compact } from '../forms/compact';
import { FormDialog } from '../forms/form-dialog';
import { colon } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { ROLE_WORDS } from '@hazard/domain/vocabulary';
import { MIN_PASSWORD_LENGTH } from '../session/change-password.dialog';
import { UserFields } from './user-fields';
import type { UserValues } from './user-fields';
import { useDirectory, usersPath, useUsersChanged } from './users.api';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User };

/** The administrator's page: people, their roles and jurisdiction, passwords and tokens. */
export default function UsersPage() {
  const { language, m, say } = useI18n();
  const { message, modal } = App.useApp();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  /** A new API token, shown once. */
  const [token, setToken] = useState<string | null>(null);
  const listed = useCapabilities()?.has('get', '/api/users') ?? false;
  const { data, error, isFetching } = useDirectory(includeInactive, listed);
  const changed = useUsersChanged();
  const named = (action: string, user: User) => action + colon(language) + user.name;

  const act = async (done: string, run: () => Promise<unknown>) => {
    try {
      await run();
      void message.success(done);
      await changed();
    } catch (failure) {
      void message.error(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const issueToken = (user: User) =>
    act(m.users.issueToken, async () => {
      const issued = await request<{ token: string }>(usersPath(user.id, '/tokens'), {
        method: 'POST',
      });
      setToken(issued.token);
    });
  const confirm = (title: string, onOk: () => Promise<unknown>) =>
    modal.confirm({ title, okText: title, cancelText: m.common.cancel, onOk });

  const columns: TableColumnsType<User> = [
    { key: 'name', title: m.users.name, dataIndex: 'name' },
    { key: 'login', title: m.users.login, render: (_, u) => u.login ?? m.common.none },
    {
      key: 'roles',
      title: m.users.roles,
      render: (_, u) => u.roles.map((r) => <Tag key={r}>{say(ROLE_WORDS[r])}</Tag>),
    },
    {
      key: 'towns',
      title: m.list.town,
      render: (_, u) => (u.towns.length ? u.towns.join('、') : m.users.wholeCity),
    },
    {
      key: 'departments',
      title: m.users.departments,
      render: (_, u) => u.departments.join('、') || m.common.none,
    },
    {
      key: 'status',
      title: m.users.status,
      render: (_, u) => (u.active ? m.users.active : <Tag>{m.users.inactive}</Tag>),
    },
    {
      key: 'actions',
      title: m.common.actions,
      render: (_, u) => (
        <Space wrap size={4}>
          <Button
            size="small"
            aria-label={named(m.users.edit, u)}
            onClick={() => setDialog({ kind: 'edit', user: u })}
          >
            {m.users.edit}
          </Button>
          <Button
            size="small"
            aria-label={named(m.users.resetPassword, u)}
            onClick={() => setDialog({ kind: 'password', user: u })}
          >
            {m.users.resetPassword}
          </Button>
          <Button
            size="small"
            aria-label={named(m.users.issueToken, u)}
            onClick={() => void issueToken(u)}
          >
            {m.users.issueToken}
          </Button>
          <Button
            size="small"
            aria-label={named(m.users.revokeTokens, u)}
            onClick={() =>
              confirm(named(m.users.revokeTokens, u), () =>
                act(m.users.revoked, () =>
                  request(usersPath(u.id, '/tokens'), { method: 'DELETE' }),
                ),
              )
            }
          >
            {m.users.revokeTokens}
          </Button>
          {u.active ? (
            <Button
              size="small"
              danger
              aria-label={named(m.users.deactivate, u)}
              onClick={() =>
                confirm(named(m.users.deactivate, u), () =>
                  act(m.users.deactivated, () =>
                    request(usersPath(u.id, '/deactivate'), { method: 'POST' }),
                  ),
                )
              }
            >
              {m.users.deactivate}
            </Button>
          ) : (
            <Button
              size="small"
              aria-label={named(m.users.reactivate, u)}
              onClick={() =>
                void act(m.users.reactivated, () =>
                  request(usersPath(u.id, '/reactivate'), { method: 'POST' }),
                )
              }
            >
              {m.users.reactivate}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">{m.users.title}</h1>
        <Space>
          {listed && (
            <label>
              <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} />{' '}
              {m.users.showInactive}
            </label>
          )}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {m.users.create}
          </Button>
        </Space>
      </div>
      {!listed && <Alert type="info" title={m.common.notAvailable} />}
      {error && <Alert type="error" role="alert" title={error.message} />}
      {listed && (
        <section aria-label={m.users.table}>
          <Table<User>
            rowKey="id"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
          />
        </section>
      )}
      {dialog?.kind === 'create' && (
        <FormDialog<UserValues>
          title={m.users.create}
          submitLabel={m.users.create}
          initialValues={{ roles: [] }}
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            const created = await request<User & { token: string }>('/api/users', {
              method: 'POST',
              body: compact(values),
            });
            void message.success(m.users.created);
            await changed();
            setToken(created.token);
          }}
        >
          <UserFields isNew />
        </FormDialog>
      )}
      {dialog?.kind === 'edit' && (
        <FormDialog<UserValues>
          title={named(m.users.edit, dialog.user)}
          submitLabel={m.common.save}
          initialValues={{
            name: dialog.user.name,
            roles: dialog.user.roles,
            towns: dialog.user.towns,
            departments: dialog.user.departments,
          }}
          onClose={() => setDialog(null)}
          onSubmit={async ({ name, roles, towns, departments }) => {
            await request(usersPath(dialog.user.id), {
              method: 'PATCH',
              body: { name, roles, towns: towns ?? [], departments: departments ?? [] },
            });
            void message.success(m.users.saved);
            await changed();
          }}
        >
          <UserFields isNew={false} />
        </FormDialog>
      )}
      {dialog?.kind === 'password' && (
        <FormDialog<{ password: string }>
          title={named(m.users.resetPassword, dialog.user)}
          submitLabel={m.users.resetPassword}
          onClose={() => setDialog(null)}
          onSubmit={async ({ password }) => {
            await request(usersPath(dialog.user.id, '/password'), {
              method: 'PUT',
              body: { password },
            });
            void message.success(m.users.passwordSet);
          }}
        >
          <Form.Item
            name="password"
            label={m.users.newPassword}
            rules={[
              { required: true, message: m.common.required(m.users.newPassword) },
              { min: MIN_PASSWORD_LENGTH, message: m.password.tooShort },
            ]}
          >
            <Input.Password visibilityToggle={false} autoComplete="new-password" />
          </Form.Item>
        </FormDialog>
      )}
      {token && (
        <Modal
          open
          title={m.users.tokenTitle}
          onCancel={() => setToken(null)}
          footer={<Button onClick={() => setToken(null)}>{m.common.close}</Button>}
        >
          <Typography.Paragraph>{m.users.tokenHint}</Typography.Paragraph>
          <Typography.Paragraph code copyable>
            {token}
          </Typography.Paragraph>
        </Modal>
      )}
    </section>
  );
}

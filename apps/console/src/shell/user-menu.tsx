import { useState } from 'react';
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/language';
import { ChangePasswordDialog } from '../session/change-password.dialog';
import { useSignedIn, useSignOut } from '../session/session';

export function UserMenu() {
  const { m } = useI18n();
  const me = useSignedIn();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', label: m.shell.changePassword },
            { key: 'sign-out', label: m.shell.signOut },
          ],
          onClick: ({ key }) => {
            if (key === 'password') setChanging(true);
            else signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') });
          },
        }}
      >
        <Button type="text" aria-label={m.shell.userMenu(me.name)} icon={<UserOutlined />}>
          {me.name} <DownOutlined />
        </Button>
      </Dropdown>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </>
  );
}

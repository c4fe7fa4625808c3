import { Layout, Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import type { Role } from '@hazard/domain';
import { CAMPAIGN_READERS } from '../campaign/campaign-roles';
import { useI18n } from '../i18n/language';
import type { Messages } from '../i18n/messages.zh-CN';
import { hasRole, useSignedIn } from '../session/session';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';

interface Entry {
  path: string;
  label: (m: Messages) => string;
  /** Shown to these roles only (the API still decides); everyone when absent. */
  roles?: Role[];
}

const ENTRIES: Entry[] = [
  { path: '/my-cases', label: (m) => m.shell.myCases, roles: ['leader', 'department'] },
  { path: '/dashboard', label: (m) => m.shell.dashboard },
  {
    path: '/today',
    label: (m) => m.shell.today,
    roles: ['committee', 'hq', 'leader', 'town', 'department', 'admin', 'viewer'],
  },
  { path: '/hazards', label: (m) => m.shell.hazards },
  { path: '/hazards/new', label: (m) => m.shell.listHazard, roles: ['committee'] },
  { path: '/digests', label: (m) => m.shell.digest, roles: ['committee', 'hq'] },
  { path: '/notifications', label: (m) => m.shell.notifications },
  { path: '/users', label: (m) => m.shell.users, roles: ['admin'] },
  { path: '/units', label: (m) => m.campaign.menu.units, roles: CAMPAIGN_READERS },
  { path: '/inspections', label: (m) => m.campaign.menu.inspections, roles: CAMPAIGN_READERS },
  {
    path: '/general-hazards',
    label: (m) => m.campaign.menu.generalHazards,
    roles: CAMPAIGN_READERS,
  },
  { path: '/lists', label: (m) => m.campaign.menu.lists, roles: CAMPAIGN_READERS },
  { path: '/registries', label: (m) => m.campaign.menu.registries, roles: ['admin'] },
];

/** The longest menu path that starts the current one: /hazards/42 lights up the list. */
const selectedOf = (pathname: string, paths: string[]): string[] => {
  const match = paths
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? [match] : [];
};

export function ConsoleLayout() {
  const { m } = useI18n();
  const me = useSignedIn();
  const { pathname } = useLocation();
  const entries = ENTRIES.filter((e) => !e.roles || hasRole(me, ...e.roles));
  const items: MenuProps['items'] = entries.map((e) => ({
    key: e.path,
    label: <Link to={e.path}>{e.label(m)}</Link>,
  }));
  return (
    <Layout className="console">
      <Layout.Sider theme="light" width={208} className="console-sider">
        <div className="brand">{m.appShortName}</div>
        <nav aria-label={m.shell.menu}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selectedOf(
              pathname,
              entries.map((e) => e.path),
            )}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          <span className="console-title">{m.appName}</span>
          <div className="console-tools">
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content className="console-content">
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/language';
import { LanguageSwitch } from '../shell/language-switch';
import { useMe, useSignIn } from './session';

/** Only a path of this console: `next=https://elsewhere` must not send anyone away. */
const safeNext = (next: string | null): string =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

export default function SignInPage() {
  const { m } = useI18n();
  const { me } = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me) return <Navigate to={next} replace />;
  return (
    <div className="sign-in">
      <div className="sign-in-top">
        <LanguageSwitch />
      </div>
      <main className="sign-in-card">
        <Card>
          <Typography.Title level={1} style={{ fontSize: 22 }}>
            {m.appName}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{m.signIn.subtitle}</Typography.Paragraph>
          {signIn.error && (
            <Alert
              type="error"
              role="alert"
              className="form-problems"
              title={signIn.error.message}
            />
          )}
          <Form
            layout="vertical"
            requiredMark={false}
            onFinish={(values: { login: string; password: string }) =>
              signIn.mutate(values, { onSuccess: () => navigate(next, { replace: true }) })
            }
          >
            <Form.Item
              name="login"
              label={m.signIn.login}
              rules={[{ required: true, message: m.common.required(m.signIn.login) }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={m.signIn.password}
              rules={[{ required: true, message: m.common.required(m.signIn.password) }]}
            >
              <Input.Password visibilityToggle={false} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {m.signIn.submit}
            </Button>
          </Form>
        </Card>
      </main>
    </div>
  );
}

import { useState } from 'react';
import type { ReactNode } from 'react';
import { App, Button, Space, Typography } from 'antd';
import type { Wording } from '@hazard/domain/vocabulary';
import { useI18n } from '../i18n/language';
import { FormDialog } from './form-dialog';

type Values = Record<string, unknown>;

/** The form of one command: its fields, and the request body made of their values. */
export interface CommandForm {
  fields: () => ReactNode;
  body: (values: Values) => object;
  initialValues?: () => Values;
  /** Refusals and sending back: the submit button warns. */
  danger?: boolean;
}

interface CommandActionsProps {
  /** Every command route with its name, in the domain's order: the buttons' order. */
  commands: ReadonlyArray<{ route: string; name: Wording }>;
  /** The routes the API allows this user now (`allowedActions`). */
  allowed: readonly string[];
  forms: Readonly<Record<string, CommandForm | undefined>>;
  /** Sends the command; a refusal's messages land on the fields they name. */
  send: (route: string, body: object) => Promise<unknown>;
}

/**
 * One button per command the API allows this user now; the console never works that out
 * itself. A route of a newer API that this console has no form for is left out.
 */
export function CommandActions({ commands, allowed, forms, send }: CommandActionsProps) {
  const { m, say } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<(typeof commands)[number] | null>(null);
  const actions = commands.filter(({ route }) => allowed.includes(route) && forms[route]);
  const form = open && forms[open.route];
  return (
    <section aria-labelledby="actions-title" className="case-actions">
      <Typography.Title level={2} id="actions-title" style={{ fontSize: 16 }}>
        {m.case.actions}
      </Typography.Title>
      {actions.length === 0 ? (
        <Typography.Paragraph>{m.case.noActions}</Typography.Paragraph>
      ) : (
        <Space wrap>
          {actions.map((action) => (
            <Button
              key={action.route}
              type={forms[action.route]?.danger ? 'default' : 'primary'}
              danger={forms[action.route]?.danger}
              onClick={() => setOpen(action)}
            >
              {say(action.name)}
            </Button>
          ))}
        </Space>
      )}
      {open && form && (
        <FormDialog<Values>
          key={open.route}
          title={say(open.name)}
          submitLabel={say(open.name)}
          danger={form.danger}
          initialValues={form.initialValues?.()}
          onClose={() => setOpen(null)}
          onSubmit={async (values) => {
            await send(open.route, form.body(values));
            void message.success(m.common.done(say(open.name)));
          }}
        >
          {form.fields()}
        </FormDialog>
      )}
    </section>
  );
}

import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import type { CaseView } from '../api/types';
import { FormDialog } from '../forms/form-dialog';
import { useI18n } from '../i18n/language';
import { CASE_COMMAND_WORDS } from '@hazard/domain/vocabulary';
import type { CaseCommandRoute, Wording } from '@hazard/domain/vocabulary';
import { ACTION_FORMS } from './action-forms';
import { useCaseCommand } from './case.api';

/** Every command endpoint of a case with its name, in the domain's order: the buttons' order. */
const COMMANDS: ReadonlyArray<{ route: CaseCommandRoute; name: Wording }> = Object.values(
  CASE_COMMAND_WORDS,
).flatMap(({ route, name }) => (route === null ? [] : [{ route, name }]));

/**
 * One button per command the API allows this user now (`allowedActions`); the console never
 * works that out itself.
 */
export function CaseActions({ view }: { view: CaseView }) {
  const { language, m, say } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<(typeof COMMANDS)[number] | null>(null);
  const command = useCaseCommand(view);
  // A route of a newer API that this console has no form for is left out.
  const actions = COMMANDS.filter(({ route }) => view.allowedActions.includes(route));
  const form = open && ACTION_FORMS[open.route];
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
              type={ACTION_FORMS[action.route].danger ? 'default' : 'primary'}
              danger={ACTION_FORMS[action.route].danger}
              onClick={() => setOpen(action)}
            >
              {say(action.name)}
            </Button>
          ))}
        </Space>
      )}
      {open && form && (
        <FormDialog<Record<string, unknown>>
          key={open.route}
          title={say(open.name)}
          submitLabel={say(open.name)}
          danger={form.danger}
          initialValues={form.initialValues?.(view)}
          onClose={() => setOpen(null)}
          onSubmit={async (values) => {
            await command.mutateAsync({ action: open.route, body: form.body(values) });
            void message.success(m.common.done(say(open.name)));
          }}
        >
          {form.fields({ view, m, language })}
        </FormDialog>
      )}
    </section>
  );
}

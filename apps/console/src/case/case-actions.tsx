import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import type { CaseView } from '../api/types';
import { FormDialog } from '../forms/form-dialog';
import { useI18n } from '../i18n/language';
import { ACTION_LABELS, CASE_ACTIONS } from '../i18n/vocabulary';
import type { CaseAction } from '../i18n/vocabulary';
import { ACTION_FORMS } from './action-forms';
import { useCaseCommand } from './case.api';

/**
 * One button per command the API allows this user now (`allowedActions`); the console never
 * works that out itself. An API without allowedActions yet gets every command offered, and
 * its refusal shown.
 */
export function CaseActions({ view }: { view: CaseView }) {
  const { language, m, say } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const command = useCaseCommand(view);
  const allowed = view.allowedActions ?? CASE_ACTIONS;
  const actions = CASE_ACTIONS.filter((action) => allowed.includes(action));
  const form = open && ACTION_FORMS[open];
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
              key={action}
              type={ACTION_FORMS[action].danger ? 'default' : 'primary'}
              danger={ACTION_FORMS[action].danger}
              onClick={() => setOpen(action)}
            >
              {say(ACTION_LABELS[action])}
            </Button>
          ))}
        </Space>
      )}
      {open && form && (
        <FormDialog<Record<string, unknown>>
          key={open}
          title={say(ACTION_LABELS[open])}
          submitLabel={say(ACTION_LABELS[open])}
          danger={form.danger}
          initialValues={form.initialValues?.(view)}
          onClose={() => setOpen(null)}
          onSubmit={async (values) => {
            await command.mutateAsync({ action: open, body: form.body(values) });
            void message.success(m.common.done(say(ACTION_LABELS[open])));
          }}
        >
          {form.fields({ view, m, language })}
        </FormDialog>
      )}
    </section>
  );
}

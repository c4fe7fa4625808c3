import type { CaseView } from '../api/types';
import { CommandActions } from '../forms/command-actions';
import { useI18n } from '../i18n/language';
import { CASE_COMMAND_WORDS } from '@hazard/domain/vocabulary';
import type { CaseCommandRoute, Wording } from '@hazard/domain/vocabulary';
import { ACTION_FORMS } from './action-forms';
import { useCaseCommand } from './case.api';

/** Every command endpoint of a case with its name, in the domain's order: the buttons' order. */
const COMMANDS: ReadonlyArray<{ route: CaseCommandRoute; name: Wording }> = Object.values(
  CASE_COMMAND_WORDS,
).flatMap(({ route, name }) => (route === null ? [] : [{ route, name }]));

/** The commands the API allows this user on this case now (`allowedActions`). */
export function CaseActions({ view }: { view: CaseView }) {
  const { language, m } = useI18n();
  const command = useCaseCommand(view);
  const forms = Object.fromEntries(
    Object.entries(ACTION_FORMS).map(([route, form]) => [
      route,
      {
        fields: () => form.fields({ view, m, language }),
        body: form.body,
        initialValues: form.initialValues && (() => form.initialValues?.(view) ?? {}),
        danger: form.danger,
      },
    ]),
  );
  return (
    <CommandActions
      commands={COMMANDS}
      allowed={view.allowedActions}
      forms={forms}
      send={(route, body) => command.mutateAsync({ action: route as CaseCommandRoute, body })}
    />
  );
}

import { Alert, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { useCapabilities } from '../api/capabilities';
import type { User } from '../api/types';
import { inParentheses } from '../i18n/format';
import { useI18n } from '../i18n/language';

/** What the picker holds: the user's id and name, both of which the command needs. */
export interface PickedLeader {
  value: string;
  label: string;
}

interface LeaderPickerProps {
  /** The case's town: only leaders whose jurisdiction covers it. */
  town: string;
  id?: string;
  value?: PickedLeader;
  onChange?: (value: PickedLeader) => void;
}

/** Users with the leader role from the directory (GET /api/users?role=leader), never free text. */
export function LeaderPicker({ town, ...field }: LeaderPickerProps) {
  const { language, m } = useI18n();
  const directory = useCapabilities()?.has('get', '/api/users') ?? false;
  const { data, isPending, error } = useQuery({
    queryKey: ['users', { role: 'leader', town }],
    queryFn: () => request<{ items: User[] }>('/api/users', { query: { role: 'leader', town } }),
    enabled: directory,
  });
  if (!directory) return <Alert type="warning" title={m.forms.noDirectory} />;
  if (error) return <Alert type="error" role="alert" title={error.message} />;
  return (
    <Select<PickedLeader>
      {...field}
      labelInValue
      loading={isPending}
      placeholder={m.forms.leaderPlaceholder}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.items ?? []).map((user) => ({
        value: user.id,
        label: user.name,
        towns: user.towns.length ? user.towns.join('、') : m.users.wholeCity,
      }))}
      optionRender={(option) => (
        <span>
          {option.label} <small>{inParentheses(option.data.towns, language)}</small>
        </span>
      )}
    />
  );
}

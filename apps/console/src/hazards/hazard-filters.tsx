import { Form, Input, InputNumber, Select } from 'antd';
import { useCapabilities } from '../api/capabilities';
import { RegistryInput } from '../forms/registry-input';
import { useI18n } from '../i18n/language';
import { CASE_STATE_WORDS, PRIORITY_WORDS } from '@hazard/domain/vocabulary';
import type { Wording } from '@hazard/domain/vocabulary';
import type { Messages } from '../i18n/messages.zh-CN';
import { LISTED_STATES } from './listed-states';
import type { Filters } from './list-filters';
import { FilterButtons } from '../forms/filter-buttons';

/**
 * Every state the list can filter on, in the workflow's order; a top-level state (it covers
 * its sub-states) right before its first sub-state.
 */
const stateOptions = (m: Messages, say: (word: Wording) => string) =>
  LISTED_STATES.flatMap((state, i) => {
    const option = { value: state, label: say(CASE_STATE_WORDS[state]) };
    const [group] = state.split('.');
    const first = group !== state && !LISTED_STATES[i - 1]?.startsWith(`${group}.`);
    return first ? [{ value: group, label: m.list.stateGroups[group] ?? group }, option] : [option];
  });

interface HazardFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/**
 * The list's filters. Search, sort, industry authority and "due within N days" appear once
 * the API's list takes them (its OpenAPI document says so).
 */
export function HazardFilters({ filters, onChange }: HazardFiltersProps) {
  const { m, say } = useI18n();
  const [form] = Form.useForm<Filters>();
  const offered = useCapabilities()?.listParameters ?? new Set<string>();
  const apply = (values: Filters) =>
    onChange(
      Object.fromEntries(
        Object.entries(values).flatMap(([key, value]) =>
          value === undefined || value === null || value === '' ? [] : [[key, String(value)]],
        ),
      ),
    );
  return (
    <section aria-label={m.list.filters} className="filters">
      <Form
        form={form}
        layout="inline"
        initialValues={filters}
        onFinish={apply}
        onReset={() => onChange({})}
      >
        {offered.has('q') && (
          <Form.Item name="q" label={m.list.q}>
            <Input allowClear style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item name="state" label={m.list.state}>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={m.list.any}
            options={stateOptions(m, say)}
          />
        </Form.Item>
        <Form.Item name="town" label={m.list.town}>
          <RegistryInput registry="towns" allowClear placeholder={m.list.any} />
        </Form.Item>
        <Form.Item name="priority" label={m.list.priority}>
          <Select
            allowClear
            style={{ width: 100 }}
            placeholder={m.list.any}
            options={Object.entries(PRIORITY_WORDS).map(([value, word]) => ({
              value,
              label: say(word),
            }))}
          />
        </Form.Item>
        <Form.Item name="overdue" label={m.list.overdue}>
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={m.list.any}
            options={[
              { value: 'true', label: m.list.overdueOnly },
              { value: 'false', label: m.list.notOverdue },
            ]}
          />
        </Form.Item>
        {offered.has('industryAuthority') && (
          <Form.Item name="industryAuthority" label={m.list.authority}>
            <RegistryInput registry="industry-authorities" allowClear placeholder={m.list.any} />
          </Form.Item>
        )}
        {offered.has('dueWithinDays') && (
          <Form.Item name="dueWithinDays" label={m.list.dueWithin}>
            <InputNumber min={1} max={365} suffix={m.list.days} style={{ width: 110 }} />
          </Form.Item>
        )}
        {offered.has('sort') && (
          <Form.Item name="sort" label={m.list.sort}>
            <Select
              style={{ width: 180 }}
              placeholder={m.list.sortNewest}
              options={[
                { value: '-listedAt', label: m.list.sortNewest },
                { value: 'listedAt', label: m.list.sortOldest },
                { value: 'deadline', label: m.list.sortDeadline },
                { value: '-deadline', label: m.list.sortDeadlineLate },
              ]}
            />
          </Form.Item>
        )}
        <FilterButtons />
      </Form>
    </section>
  );
}

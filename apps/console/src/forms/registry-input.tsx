import { Input, Select } from 'antd';
import type { SelectProps } from 'antd';
import { useRegistry } from '../api/registries';
import type { RegistryName } from '../api/registries';

type RegistryInputProps = {
  registry: RegistryName;
  /** Several names (a user's towns): a tag list, free when there is no registry. */
  multiple?: boolean;
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  'aria-required'?: boolean | 'true' | 'false';
};

/**
 * A town or an industry authority: picked from the API's registry when it has one, typed
 * in when it does not yet (the value is the same plain name either way).
 */
export function RegistryInput({ registry, multiple, allowClear, ...field }: RegistryInputProps) {
  const names = useRegistry(registry);
  if (multiple || names) {
    const props: SelectProps<string | string[]> = {
      ...field,
      allowClear: allowClear ?? true,
      mode: multiple ? (names ? 'multiple' : 'tags') : undefined,
      showSearch: { optionFilterProp: 'label' },
      options: (names ?? []).map((name) => ({ value: name, label: name })),
      onChange: (value) => field.onChange?.(value ?? undefined),
    };
    return <Select<string | string[]> {...props} />;
  }
  return (
    <Input
      {...field}
      value={typeof field.value === 'string' ? field.value : undefined}
      allowClear={allowClear}
      onChange={(event) => field.onChange?.(event.target.value || undefined)}
    />
  );
}

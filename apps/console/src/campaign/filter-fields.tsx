import { Form, Select } from 'antd';
import { RegistryInput } from '../forms/registry-input';
import { useI18n } from '../i18n/language';

/** The town and industry-authority filters every campaign list has, from the registries. */
export function JurisdictionFilters() {
  const { m } = useI18n();
  return (
    <>
      <Form.Item name="town" label={m.list.town}>
        <RegistryInput registry="towns" placeholder={m.list.any} />
      </Form.Item>
      <Form.Item name="industryAuthority" label={m.list.authority}>
        <RegistryInput registry="industry-authorities" placeholder={m.list.any} />
      </Form.Item>
    </>
  );
}

/** A yes/no filter: either answer, or any when cleared. */
export function YesNoFilter({
  name,
  label,
  yes,
  no,
}: {
  name: string;
  label: string;
  yes: string;
  no: string;
}) {
  const { m } = useI18n();
  return (
    <Form.Item name={name} label={label}>
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={m.list.any}
        options={[
          { value: 'true', label: yes },
          { value: 'false', label: no },
        ]}
      />
    </Form.Item>
  );
}

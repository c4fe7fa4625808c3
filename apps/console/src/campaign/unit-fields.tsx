import { Form, Input, Select } from 'antd';
import { RegistryInput } from '../forms/registry-input';
import { useI18n } from '../i18n/language';
import { RISK_FLAG_WORDS } from '@hazard/domain/vocabulary';

export interface UnitValues {
  name: string;
  creditCode?: string;
  otherIdentifier?: string;
  address: string;
  town: string;
  industryAuthority: string;
  category: string;
  professionalDomains?: string[];
  riskFlags?: string[];
}

/** A unit's profile: the town, department and category picked from the registries. */
export function UnitFields({ isNew }: { isNew: boolean }) {
  const { m, say } = useI18n();
  const u = m.campaign.units;
  const required = (label: string) => [
    { required: true, whitespace: true, message: m.common.required(label) },
  ];
  return (
    <>
      <Form.Item name="name" label={u.name} rules={required(u.name)}>
        <Input maxLength={200} />
      </Form.Item>
      {isNew && (
        <>
          <Form.Item name="creditCode" label={u.creditCode}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="otherIdentifier" label={u.otherIdentifier}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
      <Form.Item name="address" label={u.address} rules={required(u.address)}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="town" label={m.listing.town} rules={required(m.listing.town)}>
        <RegistryInput registry="towns" />
      </Form.Item>
      <Form.Item
        name="industryAuthority"
        label={m.listing.industryAuthority}
        rules={required(m.listing.industryAuthority)}
      >
        <RegistryInput registry="industry-authorities" />
      </Form.Item>
      <Form.Item name="category" label={u.category} rules={required(u.category)}>
        <RegistryInput registry="unit-categories" />
      </Form.Item>
      <Form.Item name="professionalDomains" label={u.professionalDomains}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="riskFlags" label={u.riskFlags}>
        <Select
          mode="multiple"
          options={Object.entries(RISK_FLAG_WORDS).map(([value, word]) => ({
            value,
            label: say(word),
          }))}
        />
      </Form.Item>
    </>
  );
}

import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Card, Form, Input, Radio, Space } from 'antd';
import type { Listing } from '@hazard/workflows';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency-key';
import { showApiErrors } from '../forms/api-errors';
import { LISTING_LEVELS } from '../forms/listing-levels';
import { RegistryInput } from '../forms/registry-input';
import { useI18n } from '../i18n/language';
import { PRIORITY_WORDS } from '@hazard/domain/vocabulary';
import type { Priority } from '@hazard/workflows';

/** 挂牌督办: the listing fields of the supervision notice (督办通知书). */
export default function ListHazardPage() {
  const { language, m, say } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Listing>();
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const required = (label: string) => [
    { required: true, whitespace: true, message: m.common.required(label) },
  ];

  const submit = async (listing: Listing) => {
    setSending(true);
    setProblems([]);
    try {
      const { id } = await request<{ id: string }>('/api/hazards', {
        method: 'POST',
        body: listing,
        headers: { 'Idempotency-Key': newIdempotencyKey() },
      });
      void queryClient.invalidateQueries({ queryKey: ['hazards'] });
      void message.success(m.listing.listed);
      navigate(`/hazards/${id}`);
    } catch (error) {
      setProblems(showApiErrors(form, error));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="listing-title">
      <div className="page-head">
        <h1 id="listing-title">{m.listing.title}</h1>
      </div>
      <Card>
        <p>{m.listing.intro}</p>
        {problems.length > 0 && (
          <Alert
            type="error"
            role="alert"
            className="form-problems"
            title={problems.join(language === 'zh-CN' ? '；' : '; ')}
          />
        )}
        <Form<Listing>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{ listingLevel: LISTING_LEVELS[0] }}
          style={{ maxWidth: 720 }}
        >
          <Form.Item
            name="title"
            label={m.listing.hazardTitle}
            rules={required(m.listing.hazardTitle)}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="description"
            label={m.listing.description}
            rules={required(m.listing.description)}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name="unitName"
            label={m.listing.unitName}
            rules={required(m.listing.unitName)}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap size="large">
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
            <Form.Item
              name="professionalDomain"
              label={m.listing.professionalDomain}
              rules={required(m.listing.professionalDomain)}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Space>
          <Form.Item
            name="priority"
            label={m.listing.priority}
            rules={required(m.listing.priority)}
          >
            <Radio.Group
              aria-label={m.listing.priority}
              optionType="button"
              buttonStyle="solid"
              options={(Object.keys(PRIORITY_WORDS) as Priority[]).map((p) => ({
                value: p,
                label: say(PRIORITY_WORDS[p]),
              }))}
            />
          </Form.Item>
          <fieldset className="criterion">
            <legend>{m.listing.criterion}</legend>
            <Space wrap size="large">
              <Form.Item
                name={['criterion', 'standard']}
                label={m.listing.standard}
                rules={required(m.listing.standard)}
              >
                <RegistryInput registry="criteria" />
              </Form.Item>
              <Form.Item
                name={['criterion', 'clause']}
                label={m.listing.clause}
                rules={required(m.listing.clause)}
              >
                <Input maxLength={50} style={{ width: 140 }} />
              </Form.Item>
            </Space>
          </fieldset>
          <Space wrap size="large">
            <Form.Item
              name="listingLevel"
              label={m.listing.listingLevel}
              rules={required(m.listing.listingLevel)}
            >
              <AutoComplete
                options={LISTING_LEVELS.map((value) => ({ value }))}
                style={{ width: 200 }}
              />
            </Form.Item>
            <Form.Item
              name="noticeNumber"
              label={m.listing.noticeNumber}
              rules={required(m.listing.noticeNumber)}
            >
              <Input maxLength={100} style={{ width: 280 }} />
            </Form.Item>
          </Space>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={sending}>
              {m.listing.submit}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}

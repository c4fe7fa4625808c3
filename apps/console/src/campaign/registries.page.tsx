import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Table } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/client';
import { registryKey } from '../api/registries';
import type { Registry } from '../api/types';
import { compact } from '../forms/compact';
import { FormDialog } from '../forms/form-dialog';
import { useI18n } from '../i18n/language';
import { SUPERVISION_LEVEL_WORDS } from '@hazard/domain/vocabulary';

const REGISTRIES = ['towns', 'industry-authorities', 'unit-categories'] as const;
type Name = (typeof REGISTRIES)[number];
type Entry = Registry['items'][number];

/** One registry: its names in order, adding one, removing one. */
function RegistryCard({ name }: { name: Name }) {
  const { m, say } = useI18n();
  const r = m.campaign.registries;
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const path = `/api/registries/${name}`;
  const { data, isFetching } = useQuery({
    queryKey: registryKey(name),
    queryFn: () => request<Registry>(path),
  });
  const refresh = (next: Registry) => queryClient.setQueryData(registryKey(name), next);
  const categories = name === 'unit-categories';
  return (
    <Card
      title={
        <h2 className="card-title" id={`registry-${name}`}>
          {r[name]}
        </h2>
      }
      extra={
        <Button
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          aria-label={`${r.add} · ${r[name]}`}
        >
          {r.add}
        </Button>
      }
    >
      <Table<Entry>
        aria-labelledby={`registry-${name}`}
        rowKey="name"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { key: 'name', title: r.name, dataIndex: 'name' },
          { key: 'en', title: r.en, render: (_, e) => e.en ?? m.common.none },
          ...(categories
            ? [
                {
                  key: 'supervision',
                  title: r.supervision,
                  render: (_: unknown, e: Entry) =>
                    e.supervision ? say(SUPERVISION_LEVEL_WORDS[e.supervision]) : m.common.none,
                },
              ]
            : []),
          {
            key: 'actions',
            title: m.common.actions,
            render: (_, e) => (
              <Button
                size="small"
                danger
                aria-label={`${r.remove} · ${e.name}`}
                onClick={() =>
                  modal.confirm({
                    title: r.removeConfirm(e.name),
                    okText: r.remove,
                    cancelText: m.common.cancel,
                    onOk: async () => {
                      refresh(
                        await request<Registry>(`${path}/${encodeURIComponent(e.name)}`, {
                          method: 'DELETE',
                        }),
                      );
                      void message.success(r.removed(e.name));
                    },
                  })
                }
              >
                {r.remove}
              </Button>
            ),
          },
        ]}
      />
      {adding && (
        <FormDialog<Entry>
          title={`${r.add} · ${r[name]}`}
          submitLabel={r.add}
          onClose={() => setAdding(false)}
          onSubmit={async (values) => {
            refresh(await request<Registry>(path, { method: 'POST', body: compact(values) }));
            void message.success(r.added(values.name));
          }}
        >
          <Form.Item
            name="name"
            label={r.name}
            rules={[{ required: true, whitespace: true, message: m.common.required(r.name) }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="en" label={r.en}>
            <Input maxLength={100} />
          </Form.Item>
          {categories && (
            <Form.Item
              name="supervision"
              label={r.supervision}
              rules={[{ required: true, message: m.common.required(r.supervision) }]}
            >
              <Select
                options={Object.entries(SUPERVISION_LEVEL_WORDS).map(([value, word]) => ({
                  value,
                  label: say(word),
                }))}
              />
            </Form.Item>
          )}
        </FormDialog>
      )}
    </Card>
  );
}

/** 登记册: the administrator amends the towns, industry departments and unit categories. */
export default function RegistriesPage() {
  const { m } = useI18n();
  return (
    <section aria-labelledby="registries-title">
      <div className="page-head">
        <h1 id="registries-title">{m.campaign.registries.title}</h1>
      </div>
      <p>{m.campaign.registries.intro}</p>
      {REGISTRIES.map((name) => (
        <RegistryCard key={name} name={name} />
      ))}
    </section>
  );
}

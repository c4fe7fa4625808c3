import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { request } from '../api/client';
import { FormDialog } from '../forms/form-dialog';
import { useI18n } from '../i18n/language';
import { hasRole, useSignedIn } from '../session/session';
import { Loading } from '../shell/loading';
import {
  CAMPAIGN_RECORD_COMMAND_WORDS,
  RISK_FLAG_WORDS,
  SUPERVISION_LEVEL_WORDS,
} from '@hazard/domain/vocabulary';
import { unitPath, useCampaignChanged, useUnit } from './campaign.api';
import { generalHazardColumns, inspectionColumns } from './campaign-columns';
import type { UnitDetail } from './campaign.types';
import type { UnitProfile } from '@hazard/domain';
import { INSPECTORS, UNIT_KEEPERS } from './campaign-roles';
import { InspectionDialog } from './inspection-dialog';
import { UnitFields } from './unit-fields';
import type { UnitValues } from './unit-fields';

type Dialog = 'amend' | 'close' | 'inspect' | null;

/** What an amendment may change: the profile without its identity. */
const amendable = ({ creditCode: _c, otherIdentifier: _o, ...rest }: UnitProfile): UnitValues =>
  rest;

/** The profile fields an amendment sends: every one but the identity. */
const changesOf = (values: UnitValues) => ({
  ...values,
  professionalDomains: values.professionalDomains ?? [],
  riskFlags: values.riskFlags ?? [],
});

/** A unit: its profile, its inspections and its general hazards; amending and closing it. */
export default function UnitPage() {
  const { id = '' } = useParams();
  const { language, m, say } = useI18n();
  const u = m.campaign.units;
  const { message } = App.useApp();
  const me = useSignedIn();
  const changed = useCampaignChanged();
  const { data: unit, error } = useUnit(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (error) return <Alert type="error" role="alert" title={error.message} />;
  if (!unit) return <Loading />;
  const p = unit.profile;
  const words = { m, say, language };
  const keeper = hasRole(me, ...UNIT_KEEPERS) && unit.active;
  const send = (path: string, method: 'PATCH' | 'POST', body: object, done: string) =>
    request(path, {
      method,
      body,
      headers: { 'If-Match': `"${unit.version}"` },
    }).then(async () => {
      void message.success(done);
      await changed();
    });
  return (
    <article aria-labelledby="unit-title">
      <div className="page-head">
        <h1 id="unit-title">{p.name}</h1>
        <Space wrap>
          {hasRole(me, ...INSPECTORS) && unit.active && (
            <Button type="primary" onClick={() => setDialog('inspect')}>
              {m.campaign.inspections.record}
            </Button>
          )}
          {keeper && (
            <Button onClick={() => setDialog('amend')}>
              {say(CAMPAIGN_RECORD_COMMAND_WORDS.AmendUnit)}
            </Button>
          )}
          {keeper && (
            <Button danger onClick={() => setDialog('close')}>
              {say(CAMPAIGN_RECORD_COMMAND_WORDS.CloseUnit)}
            </Button>
          )}
        </Space>
      </div>
      <Card title={<h2 className="card-title">{u.profile}</h2>}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={u.creditCode}>
            {p.creditCode ?? m.common.none}
          </Descriptions.Item>
          {p.otherIdentifier && (
            <Descriptions.Item label={u.otherIdentifier}>{p.otherIdentifier}</Descriptions.Item>
          )}
          <Descriptions.Item label={u.address}>{p.address}</Descriptions.Item>
          <Descriptions.Item label={m.list.town}>{p.town}</Descriptions.Item>
          <Descriptions.Item label={m.list.authority}>{p.industryAuthority}</Descriptions.Item>
          <Descriptions.Item label={u.category}>{p.category}</Descriptions.Item>
          <Descriptions.Item label={u.supervision}>
            {say(SUPERVISION_LEVEL_WORDS[unit.supervision.level])} · {unit.supervision.by}
          </Descriptions.Item>
          <Descriptions.Item label={u.professionalDomains}>
            {p.professionalDomains.join('、') || m.common.none}
          </Descriptions.Item>
          <Descriptions.Item label={u.riskFlags}>
            {p.riskFlags.length
              ? p.riskFlags.map((flag) => <Tag key={flag}>{say(RISK_FLAG_WORDS[flag])}</Tag>)
              : m.common.none}
          </Descriptions.Item>
          <Descriptions.Item label={u.status}>
            {unit.active ? u.active : u.closed}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <UnitRecords unit={unit} words={words} />
      {dialog === 'inspect' && (
        <InspectionDialog unitId={unit.unitId} onClose={() => setDialog(null)} />
      )}
      {dialog === 'amend' && (
        <FormDialog<UnitValues>
          title={say(CAMPAIGN_RECORD_COMMAND_WORDS.AmendUnit)}
          submitLabel={m.common.save}
          initialValues={amendable(p)}
          onClose={() => setDialog(null)}
          onSubmit={(values) => send(unitPath(id), 'PATCH', changesOf(values), u.saved)}
        >
          <UnitFields isNew={false} />
        </FormDialog>
      )}
      {dialog === 'close' && (
        <FormDialog<{ reason: string }>
          title={say(CAMPAIGN_RECORD_COMMAND_WORDS.CloseUnit)}
          submitLabel={say(CAMPAIGN_RECORD_COMMAND_WORDS.CloseUnit)}
          danger
          onClose={() => setDialog(null)}
          onSubmit={(values) => send(`${unitPath(id)}/close`, 'POST', values, u.closed)}
        >
          <Form.Item
            name="reason"
            label={u.closeReason}
            rules={[
              { required: true, whitespace: true, message: m.common.required(u.closeReason) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </FormDialog>
      )}
    </article>
  );
}

function UnitRecords({
  unit,
  words,
}: {
  unit: UnitDetail;
  words: Parameters<typeof generalHazardColumns>[0];
}) {
  const u = words.m.campaign.units;
  return (
    <>
      <Card title={<h2 className="card-title">{u.inspections}</h2>}>
        <Table
          rowKey="inspectionId"
          size="small"
          columns={inspectionColumns(words, { withUnit: false })}
          dataSource={unit.inspections}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Card title={<h2 className="card-title">{u.hazards}</h2>}>
        <Table
          rowKey="id"
          size="small"
          columns={generalHazardColumns(words, { withUnit: false })}
          dataSource={unit.hazards}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
        <Link to={`/general-hazards?unitId=${encodeURIComponent(unit.unitId)}`}>
          {words.m.campaign.menu.generalHazards}
        </Link>
      </Card>
    </>
  );
}

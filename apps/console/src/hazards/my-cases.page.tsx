import { Alert } from 'antd';
import { useCapabilities } from '../api/capabilities';
import { useI18n } from '../i18n/language';
import { hasRole, useSignedIn } from '../session/session';
import { HazardTable } from './hazard-table';

/**
 * The cases a leader leads, or those of a department's industry (once the list filters on
 * it): the first page they see.
 */
export default function MyCasesPage() {
  const { m } = useI18n();
  const me = useSignedIn();
  const byAuthority = useCapabilities()?.listParameters.has('industryAuthority') ?? false;
  const leads = hasRole(me, 'leader');
  return (
    <section aria-labelledby="my-cases-title">
      <div className="page-head">
        <h1 id="my-cases-title">{m.list.myTitle}</h1>
      </div>
      {leads && <HazardTable filters={{}} leaderId={me.id} />}
      {!leads &&
        byAuthority &&
        me.departments.map((department) => (
          <section key={department} aria-label={department}>
            <h2>{department}</h2>
            <HazardTable filters={{ industryAuthority: department }} />
          </section>
        ))}
      {!leads && !byAuthority && <Alert type="info" title={m.common.notAvailable} />}
    </section>
  );
}

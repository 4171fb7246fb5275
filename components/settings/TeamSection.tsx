import { useId } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { usePanel } from '../PanelContext';
import { readinessChecks, type ReadinessCheck } from '../../lib/team';
import { TEAM_ROLES, TeamRole, type Team, type TeamMember } from '../../lib/schema';
import type { MessageKey } from '../../lib/i18n';

const roleKey = (role: TeamRole) => `settings.role.${role}` as MessageKey;

/**
 * The crisis team, edited as part of the settings form (saved with it): each
 * member's role, name, deputy, contact and out-of-hours phone.
 */
export function TeamEditor({ team, onChange }: { team: Team; onChange: (team: Team) => void }) {
  const { t } = usePanel();
  const setMembers = (members: TeamMember[]) => onChange({ ...team, members });
  const update = (index: number, patch: Partial<TeamMember>) =>
    setMembers(team.members.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <section className="team" aria-label={t('settings.team.heading')}>
      <h3>{t('settings.team.heading')}</h3>
      <p className="help">{t('settings.team.help')}</p>
      {team.members.map((member, index) => (
        <MemberFields
          key={index}
          member={member}
          onChange={(patch) => update(index, patch)}
          onRemove={() => setMembers(team.members.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" onClick={() => setMembers([...team.members, { role: 'lead', name: '' }])}>
        {t('settings.team.add')}
      </button>
    </section>
  );
}

function MemberFields({
  member,
  onChange,
  onRemove,
}: {
  member: TeamMember;
  onChange: (patch: Partial<TeamMember>) => void;
  onRemove: () => void;
}) {
  const { t } = usePanel();
  const id = useId();
  const text = (field: 'name' | 'deputy' | 'contact' | 'outOfHours', label: MessageKey, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      <input id={`${id}-${field}`} type={type} value={member[field] ?? ''} onChange={(e) => onChange({ [field]: e.target.value })} />
    </div>
  );
  return (
    <fieldset className="team-member" data-role={member.role}>
      <legend>{member.name || t(roleKey(member.role))}</legend>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('settings.team.role')}</label>
        <select id={`${id}-role`} value={member.role} onChange={(e) => onChange({ role: TeamRole.parse(e.target.value) })}>
          {TEAM_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(roleKey(role))}
            </option>
          ))}
        </select>
      </div>
      {text('name', 'settings.team.name')}
      {text('deputy', 'settings.team.deputy')}
      {text('contact', 'settings.team.contact')}
      {text('outOfHours', 'settings.team.outOfHours', 'tel')}
      <button type="button" onClick={onRemove}>
        {t('settings.team.remove')}
      </button>
    </fieldset>
  );
}

/**
 * The readiness checklist: what Keel can check itself (the team and the
 * starter templates) and the two things only the team knows (monitoring, the
 * last drill), which are edited here and saved with the form.
 */
export function ReadinessChecklist({ team, onChange }: { team: Team; onChange: (team: Team) => void }) {
  const { t, env } = usePanel();
  const id = useId();
  const templates = useLiveQuery(() => env.db.templates.toArray(), [env.db]) ?? null;
  const setReadiness = (patch: Partial<Team['readiness']>) => onChange({ ...team, readiness: { ...team.readiness, ...patch } });
  const checks = readinessChecks(team, templates);
  return (
    <section className="readiness" aria-label={t('settings.readiness.heading')}>
      <h3>{t('settings.readiness.heading')}</h3>
      <ul className="checklist">
        {checks.map((check) => (
          <li key={check.item === 'role' ? `role-${check.role}` : check.item} data-ok={check.ok}>
            <span className="readiness-state">{check.ok ? '✓' : '○'} </span>
            <span className="visually-hidden">{t(check.ok ? 'settings.readiness.done' : 'settings.readiness.todo')}: </span>
            {check.item === 'monitoring' ? (
              <label>
                <input type="checkbox" checked={team.readiness.monitoringSetUp} onChange={(e) => setReadiness({ monitoringSetUp: e.target.checked })} />
                {t('settings.readiness.monitoring')}
              </label>
            ) : check.item === 'drill' ? (
              <>
                <label htmlFor={`${id}-drill`}>{t('settings.readiness.drill')}</label>{' '}
                <input
                  id={`${id}-drill`}
                  type="date"
                  value={team.readiness.lastDrill ?? ''}
                  onChange={(e) => setReadiness({ lastDrill: e.target.value || null })}
                />
                {!check.ok && <span className="hint"> {t('settings.readiness.noDrill')}</span>}
              </>
            ) : (
              <CheckText check={check} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CheckText({ check }: { check: ReadinessCheck }) {
  const { t } = usePanel();
  switch (check.item) {
    case 'role':
      return <>{t('settings.readiness.role', { role: t(roleKey(check.role)) })}</>;
    case 'backups':
      return (
        <>
          {t('settings.readiness.backups')}
          {!check.ok && <span className="hint"> {t('settings.readiness.backupsMissing', { roles: check.missing.map((r) => t(roleKey(r))).join(', ') })}</span>}
        </>
      );
    case 'templates':
      return <>{t('settings.readiness.templates', { approved: check.approved, draft: check.draft })}</>;
    default:
      return null;
  }
}

import type { MessageKey } from '../../lib/i18n';
import { teamOf, type TeamRole } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { usePanelState } from '../state';

/** Roles a playbook's escalation names most: who leads and who approves. */
const SHOWN: readonly TeamRole[] = ['lead', 'approver'];

/**
 * The crisis team behind the playbook: who leads and who approves, as Settings names
 * them, and a button to Settings, where the team (roles, deputies, how to reach them) is kept.
 */
export function TeamLink() {
  const { t, settings } = usePanel();
  const setView = usePanelState((s) => s.setView);
  const team = teamOf(settings);
  return (
    <div className="team-link">
      <p className="hint">
        {SHOWN.map((role) => {
          const names = team.members.filter((m) => m.role === role).map((m) => m.name);
          const roleName = t(`settings.role.${role}` as MessageKey);
          return (
            <span key={role} data-role={role}>
              {names.length ? t('playbooks.teamRole', { role: roleName, names: names.join(', ') }) : t('playbook.noRole', { role: roleName })}{' '}
            </span>
          );
        })}
      </p>
      <button type="button" onClick={() => setView('settings')}>
        {t('playbooks.editTeam')}
      </button>
    </div>
  );
}

/** Names of the team's approvers, then its leads: who the approval field offers. */
export function approverNames(settings: Parameters<typeof teamOf>[0]): string[] {
  const members = teamOf(settings).members;
  const names = [...members.filter((m) => m.role === 'approver'), ...members.filter((m) => m.role === 'lead')].map((m) => m.name.trim());
  return [...new Set(names.filter(Boolean))];
}

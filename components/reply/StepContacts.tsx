import { memberFor, notifyHref, rolesForStep } from '../../lib/playbooks/escalation';
import { teamOf, type TeamRole } from '../../lib/schema';
import type { MessageKey } from '../../lib/i18n';
import { usePanel } from '../PanelContext';

/**
 * Under a step that calls on people: for each role the step names, the team
 * member from Settings with a link that notifies them (a mail whose subject is
 * the crisis and the mention's address, or a call), or a note that nobody holds
 * the role yet.
 */
export function StepContacts({ stepId, crisis, mentionUrl }: { stepId: string; crisis: string; mentionUrl?: string }) {
  const { t, settings } = usePanel();
  const roles = rolesForStep(stepId);
  if (roles.length === 0) return null;
  const team = teamOf(settings);
  const roleName = (role: TeamRole) => t(`settings.role.${role}` as MessageKey);
  return (
    <ul className="step-contacts" aria-label={t('settings.team.heading')}>
      {roles.map((role) => {
        const member = memberFor(team, role);
        if (!member) {
          return (
            <li key={role} data-role={role} className="hint">
              {t('playbook.noRole', { role: roleName(role) })}
            </li>
          );
        }
        const href = notifyHref(member.contact, { crisis, url: mentionUrl });
        const offHours = notifyHref(member.outOfHours, { crisis });
        return (
          <li key={role} data-role={role}>
            {roleName(role)}: {member.name}{' '}
            {href && <a href={href}>{t('playbook.notify', { name: member.name })}</a>}
            {member.deputy && <span> · {t('playbook.deputy', { name: member.deputy })}</span>}
            {offHours && member.outOfHours && (
              <span>
                {' · '}
                <a href={offHours}>{t('playbook.outOfHours', { phone: member.outOfHours })}</a>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Who a playbook step calls on, and how to reach them. Steps that escalate or
 * hand a fact-check to a department name roles of the crisis team (Settings);
 * the playbook shows the person in each role with a link to notify them.
 *
 * Steps are recognised by their id, "<crisis type>.<phase>.<step key>", as the
 * default playbooks build it. Edited playbooks keep their steps' ids, so they
 * keep the mapping; a step Keel does not know calls on nobody.
 */
import { isEmail, isPhone, type CrisisType, type Team, type TeamMember, type TeamRole } from '../schema';

/** The escalation step of each crisis type: the roles its text names, in that order. */
const ESCALATE: Partial<Record<CrisisType, readonly TeamRole[]>> = {
  'product-defect': ['quality', 'lead', 'legal'],
  'service-complaint': ['lead'],
  'reputation-attack': ['lead', 'legal'],
  'employee-misconduct': ['hr', 'executive'],
  'security-incident': ['it-security', 'lead', 'data-protection'],
  'social-responsibility': ['lead', 'executive'],
  'own-post': ['approver', 'lead', 'legal'],
};

/** The fact-check step: the department that confirms the facts before anyone states them. */
const FACT_CHECK: Partial<Record<CrisisType, readonly TeamRole[]>> = {
  'product-defect': ['quality'],
  'employee-misconduct': ['hr'],
  'security-incident': ['it-security'],
  'social-responsibility': ['legal', 'hr'],
  'own-post': ['approver'],
};

/** Steps that call on the same roles whatever the crisis type. */
const BY_KEY: Record<string, readonly TeamRole[]> = {
  'ask-quality': ['quality'],
  'verify-facts': ['hr'],
  'data-leak': ['data-protection'],
  'keep-or-delete': ['delete-or-keep'],
};

/** The team roles a step calls on, most responsible first; none for steps that escalate to nobody. */
export function rolesForStep(stepId: string): readonly TeamRole[] {
  const [crisisType, , key] = stepId.split('.') as [CrisisType | undefined, string | undefined, string | undefined];
  if (!crisisType || !key) return [];
  if (key === 'escalate') return ESCALATE[crisisType] ?? [];
  if (key === 'fact-check') return FACT_CHECK[crisisType] ?? [];
  return BY_KEY[key] ?? [];
}

/** The team's member in a role: the first one listed, as the team orders them. */
export function memberFor(team: Team, role: TeamRole): TeamMember | null {
  return team.members.find((m) => m.role === role) ?? null;
}

/**
 * A link that notifies someone: a mail for an email address, with the crisis
 * type and the mention's address as its subject; a call for a phone number.
 * Null when the contact is neither (or missing).
 */
export function notifyHref(contact: string | undefined, subject: { crisis: string; url?: string }): string | null {
  const value = contact?.trim() ?? '';
  if (isEmail(value)) {
    const text = subject.url ? `${subject.crisis}: ${subject.url}` : subject.crisis;
    return `mailto:${encodeURIComponent(value).replace(/%40/g, '@')}?subject=${encodeURIComponent(text)}`;
  }
  if (isPhone(value)) return `tel:${value.replace(/[^\d+]/g, '')}`;
  return null;
}

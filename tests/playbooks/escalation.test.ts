import { describe, expect, it } from 'vitest';
import { memberFor, notifyHref, rolesForStep } from '../../lib/playbooks/escalation';
import { DEFAULT_PLAYBOOKS } from '../../lib/playbooks/defaults';
import { EMPTY_TEAM, type Team } from '../../lib/schema';

describe('rolesForStep', () => {
  it('maps each crisis type’s escalation step to the roles its text names', () => {
    expect(rolesForStep('product-defect.respond.escalate')).toEqual(['quality', 'lead', 'legal']);
    expect(rolesForStep('employee-misconduct.respond.escalate')).toEqual(['hr', 'executive']);
    expect(rolesForStep('security-incident.respond.escalate')).toEqual(['it-security', 'lead', 'data-protection']);
  });

  it('sends the fact-check to the department that confirms the facts', () => {
    expect(rolesForStep('product-defect.respond.fact-check')).toEqual(['quality']);
    expect(rolesForStep('employee-misconduct.respond.fact-check')).toEqual(['hr']);
    expect(rolesForStep('security-incident.respond.fact-check')).toEqual(['it-security']);
    expect(rolesForStep('social-responsibility.respond.fact-check')).toEqual(['legal', 'hr']);
  });

  it('sends a possible data leak to data protection, and keep-or-delete to whoever decides it', () => {
    expect(rolesForStep('security-incident.respond.data-leak')).toEqual(['data-protection']);
    expect(rolesForStep('own-post.respond.keep-or-delete')).toEqual(['delete-or-keep']);
    expect(rolesForStep('product-defect.detect.ask-quality')).toEqual(['quality']);
  });

  it('calls on nobody for other steps and for ids it does not know', () => {
    expect(rolesForStep('product-defect.respond.reply-now')).toEqual([]);
    expect(rolesForStep('service-complaint.respond.fact-check')).toEqual([]);
    expect(rolesForStep('escalate')).toEqual([]);
    expect(rolesForStep('')).toEqual([]);
  });

  it('gives every default playbook’s escalation step at least one role', () => {
    const escalations = DEFAULT_PLAYBOOKS.flatMap((p) => p.phases.flatMap((ph) => ph.steps)).filter((s) => s.id.endsWith('.escalate'));
    expect(escalations.length).toBeGreaterThan(0);
    for (const step of escalations) expect(rolesForStep(step.id).length, step.id).toBeGreaterThan(0);
  });
});

describe('memberFor', () => {
  it('picks the first member in the role', () => {
    const team: Team = {
      ...EMPTY_TEAM,
      members: [
        { role: 'hr', name: 'Ida' },
        { role: 'lead', name: 'Maja' },
        { role: 'lead', name: 'Jonas' },
      ],
    };
    expect(memberFor(team, 'lead')?.name).toBe('Maja');
    expect(memberFor(team, 'legal')).toBeNull();
  });
});

describe('notifyHref', () => {
  it('writes a mail with the crisis type and the mention’s address as its subject', () => {
    expect(notifyHref('maja@nordlicht.example', { crisis: 'Product defect', url: 'https://x.com/u/status/1?a=b&c' })).toBe(
      'mailto:maja@nordlicht.example?subject=Product%20defect%3A%20https%3A%2F%2Fx.com%2Fu%2Fstatus%2F1%3Fa%3Db%26c',
    );
    expect(notifyHref('maja@nordlicht.example', { crisis: 'Product defect' })).toBe('mailto:maja@nordlicht.example?subject=Product%20defect');
  });

  it('calls a phone number, keeping only digits and a leading plus', () => {
    expect(notifyHref(' +49 (30) 123-4567 ', { crisis: 'x' })).toBe('tel:+49301234567');
  });

  it('offers no link for a missing or unusable contact', () => {
    expect(notifyHref(undefined, { crisis: 'x' })).toBeNull();
    expect(notifyHref('', { crisis: 'x' })).toBeNull();
    expect(notifyHref('javascript:alert(1)', { crisis: 'x' })).toBeNull();
  });
});

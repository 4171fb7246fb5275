import { describe, expect, it } from 'vitest';
import { CRISIS_TYPES, LANGUAGES, PHASES, Playbook } from '../../lib/schema';
import { DEFAULT_PLAYBOOKS } from '../../lib/playbooks/defaults';
import { playbookFor, playbookStepFor } from '../../lib/playbooks/guidance';

const ACTIVE = CRISIS_TYPES.filter((t) => t !== 'none');

/** Every piece of text a playbook shows. */
function textsOf(p: Playbook): string[] {
  return [
    p.title,
    p.summary,
    ...p.phases.flatMap((ph) => ph.steps.map((s) => s.text)),
    p.whoAnswers,
    ...p.channels,
    p.holdingStatement,
    p.movePrivateWhen,
    p.escalateWhen,
    p.escalateTo,
    ...p.deleteGuide,
  ];
}

describe('DEFAULT_PLAYBOOKS', () => {
  it('has 28 playbooks, one per crisis type and language, each valid by the schema', () => {
    expect(DEFAULT_PLAYBOOKS).toHaveLength(28);
    for (const p of DEFAULT_PLAYBOOKS) expect(Playbook.safeParse(p).success, p.id).toBe(true);
    for (const type of ACTIVE) {
      for (const lang of LANGUAGES) {
        expect(DEFAULT_PLAYBOOKS.filter((p) => p.crisisType === type && p.language === lang), `${type}/${lang}`).toHaveLength(1);
      }
    }
    expect(new Set(DEFAULT_PLAYBOOKS.map((p) => p.id)).size).toBe(28);
  });

  it('walks all four phases with steps, and fills every field', () => {
    for (const p of DEFAULT_PLAYBOOKS) {
      expect(p.phases.map((ph) => ph.phase)).toEqual([...PHASES]);
      for (const ph of p.phases) expect(ph.steps.length, `${p.id} ${ph.phase}`).toBeGreaterThan(0);
      for (const text of textsOf(p)) expect(text.trim().length, p.id).toBeGreaterThan(0);
      expect(p.channels.length).toBeGreaterThan(0);
      expect(p.deleteGuide.length).toBeGreaterThanOrEqual(6);
      expect(p.builtin).toBe(true);
      const ids = p.phases.flatMap((ph) => ph.steps.map((s) => s.id));
      expect(new Set(ids).size, p.id).toBe(ids.length);
    }
  });

  it('puts escalation first in the respond phase, tagged for high and critical risk', () => {
    for (const p of DEFAULT_PLAYBOOKS) {
      const respond = p.phases.find((ph) => ph.phase === 'respond')!;
      expect(respond.steps[0]?.id).toBe(`${p.crisisType}.respond.escalate`);
      expect(respond.steps[0]?.levels).toEqual(['high', 'critical']);
    }
  });

  it('uses the same step ids in every language, so translations line up', () => {
    for (const type of ACTIVE) {
      const idsOf = (lang: string) =>
        DEFAULT_PLAYBOOKS.find((p) => p.crisisType === type && p.language === lang)!.phases.flatMap((ph) =>
          ph.steps.map((s) => `${s.id}:${s.levels.join('+')}`),
        );
      for (const lang of LANGUAGES) expect(idsOf(lang)).toEqual(idsOf('en'));
    }
  });

  it('leaves no English in the German, Danish and Polish playbooks', () => {
    // Words that are common in English and are not words in German, Danish or Polish.
    const english = [' the ', ' and ', ' with ', ' when ', ' our ', ' your ', ' please ', ' of ', ' will ', ' this ', ' that ', ' should '];
    for (const p of DEFAULT_PLAYBOOKS.filter((pb) => pb.language !== 'en')) {
      for (const text of textsOf(p)) {
        const padded = ` ${text.toLowerCase()} `;
        for (const word of english) expect(padded.includes(word), `${p.id}: "${word.trim()}" in "${text}"`).toBe(false);
      }
    }
    // And the translations are not copies of the English text.
    for (const p of DEFAULT_PLAYBOOKS.filter((pb) => pb.language !== 'en')) {
      const en = DEFAULT_PLAYBOOKS.find((pb) => pb.language === 'en' && pb.crisisType === p.crisisType)!;
      expect(p.summary).not.toBe(en.summary);
      expect(p.holdingStatement).not.toBe(en.holdingStatement);
    }
  });

  it('encodes the delete guide: usually not, at once when lewd, graphic or hacked, apologise anyway', () => {
    const en = DEFAULT_PLAYBOOKS.find((p) => p.id === 'keel-security-incident-en')!;
    const guide = en.deleteGuide.join(' ');
    expect(guide).toMatch(/usually do not delete/i);
    expect(guide).toMatch(/lewd or graphic/i);
    expect(guide).toMatch(/apologise even when it was a hack/i);
    expect(guide).toMatch(/screenshot/i);
  });
});

describe('playbookStepFor', () => {
  it('shows the respond steps, escalation first, at critical and high risk', () => {
    for (const level of ['critical', 'high'] as const) {
      for (const type of ACTIVE) {
        const r = playbookStepFor(DEFAULT_PLAYBOOKS, type, level, 'en')!;
        expect(r.phase).toBe('respond');
        expect(r.steps[0]?.id).toBe(`${type}.respond.escalate`);
        for (const s of r.steps) expect(s.levels).toContain(level);
      }
    }
  });

  it('shows the detect-and-assess steps at medium risk and the personal reply at low risk', () => {
    const medium = playbookStepFor(DEFAULT_PLAYBOOKS, 'reputation-attack', 'medium', 'da')!;
    expect(medium.phase).toBe('detect');
    expect(medium.playbook.language).toBe('da');
    expect(medium.steps.map((s) => s.id)).toContain('reputation-attack.detect.source');
    const low = playbookStepFor(DEFAULT_PLAYBOOKS, 'service-complaint', 'low', 'pl')!;
    expect(low.phase).toBe('respond');
    expect(low.steps.map((s) => s.id)).toEqual([
      'service-complaint.respond.reply-now',
      'service-complaint.respond.reply-fast',
      'service-complaint.respond.check-case',
      'service-complaint.respond.move-private',
      'service-complaint.respond.solve',
    ]);
    expect(low.steps.some((s) => s.id.endsWith('.escalate'))).toBe(false);
  });

  it("handles 'none' with the service-complaint playbook", () => {
    const r = playbookStepFor(DEFAULT_PLAYBOOKS, 'none', 'low', 'de')!;
    expect(r.playbook.crisisType).toBe('service-complaint');
    expect(r.playbook.language).toBe('de');
    expect(playbookStepFor(DEFAULT_PLAYBOOKS, 'none', 'critical', 'en')!.steps[0]?.id).toBe('service-complaint.respond.escalate');
  });

  it('falls back to English when the language has no playbook, and returns null when no playbook fits', () => {
    const englishOnly = DEFAULT_PLAYBOOKS.filter((p) => p.language === 'en');
    const r = playbookStepFor(englishOnly, 'security-incident', 'critical', 'pl')!;
    expect(r.playbook.language).toBe('en');
    expect(playbookStepFor([], 'security-incident', 'critical', 'pl')).toBeNull();
  });

  it('prefers a playbook the team edited over the builtin one', () => {
    const builtin = DEFAULT_PLAYBOOKS.find((p) => p.id === 'keel-product-defect-en')!;
    const edited: Playbook = { ...builtin, id: 'team-product-defect-en', builtin: false, title: 'Our product playbook', updatedAt: 1 };
    expect(playbookFor([...DEFAULT_PLAYBOOKS, edited], 'product-defect', 'en')?.title).toBe('Our product playbook');
  });

  it('falls back to all steps of the phase when none is tagged for the level', () => {
    const builtin = DEFAULT_PLAYBOOKS.find((p) => p.id === 'keel-product-defect-en')!;
    const untagged: Playbook = {
      ...builtin,
      phases: builtin.phases.map((ph) => ({ ...ph, steps: ph.steps.map((s) => ({ ...s, levels: [] })) })),
    };
    const r = playbookStepFor([untagged], 'product-defect', 'critical', 'en')!;
    expect(r.steps).toEqual(untagged.phases.find((ph) => ph.phase === 'respond')!.steps);
  });
});

/**
 * Picks the playbook step(s) to show next to a selected mention.
 *
 * Level → phase: critical and high → respond (escalation comes first in every
 * default playbook); medium → detect and assess (is it one voice or a wave?);
 * low → respond, the steps for a personal reply.
 *
 * Crisis type 'none' (nothing in the mention points at a crisis type) is
 * handled with the service-complaint playbook at the same risk level: a mention
 * without a crisis signal is an individual conversation, and the
 * service-complaint playbook is the one about answering one person quickly,
 * personally and privately. At high or critical risk it still shows its
 * escalation step, which is what an unexplained but risky mention needs.
 */
import type { CrisisType, Language, Phase, Playbook, PlaybookStep, RiskLevel } from '../schema';

export const PHASE_FOR_LEVEL: Record<RiskLevel, Phase> = {
  low: 'respond',
  medium: 'detect',
  high: 'respond',
  critical: 'respond',
};

/** Crisis type whose playbook covers mentions of type 'none'. */
export const PLAYBOOK_FOR_NONE: Exclude<CrisisType, 'none'> = 'service-complaint';

function newest(candidates: Playbook[]): Playbook | null {
  // The organisation's playbooks (managed by policy) replace every other for their crisis type and language.
  const managed = candidates.filter((p) => p.managedBy !== undefined);
  if (managed.length > 0) candidates = managed;
  // Playbooks the team has edited (not builtin) win over the defaults; among equals, the newest.
  let best: Playbook | null = null;
  for (const p of candidates) {
    if (
      !best ||
      (best.builtin && !p.builtin) ||
      (best.builtin === p.builtin && p.updatedAt > best.updatedAt)
    ) {
      best = p;
    }
  }
  return best;
}

/**
 * The playbook for a crisis type in a language, falling back to English when
 * the language has none; 'none' maps to the service-complaint playbook.
 */
export function playbookFor(playbooks: Playbook[], crisisType: CrisisType, language: Language): Playbook | null {
  const type = crisisType === 'none' ? PLAYBOOK_FOR_NONE : crisisType;
  const ofType = playbooks.filter((p) => p.crisisType === type);
  return newest(ofType.filter((p) => p.language === language)) ?? newest(ofType.filter((p) => p.language === 'en'));
}

/**
 * The step(s) that fit a mention at the given risk level: the steps of the
 * level's phase that are tagged for that level, in playbook order; when none is
 * tagged, all steps of that phase. Null when no playbook covers the crisis type.
 */
export function playbookStepFor(
  playbooks: Playbook[],
  crisisType: CrisisType,
  level: RiskLevel,
  language: Language,
): { playbook: Playbook; phase: Phase; steps: PlaybookStep[] } | null {
  const playbook = playbookFor(playbooks, crisisType, language);
  if (!playbook) return null;
  const phase = PHASE_FOR_LEVEL[level];
  const all = playbook.phases.filter((p) => p.phase === phase).flatMap((p) => p.steps);
  const tagged = all.filter((s) => s.levels.includes(level));
  return { playbook, phase, steps: tagged.length ? tagged : all };
}

/**
 * What the default playbooks and starter templates must encode from the crisis
 * practice: all four phases with time targets, the fact-check before anything
 * is said about staff, hacks or causes, the 72-hour notification duty, and
 * starter templates that promise nothing the fact-check has not cleared.
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_TYPES, LANGUAGES, type Playbook } from '../../lib/schema';
import { DEFAULT_PLAYBOOKS } from '../../lib/playbooks/defaults';
import { DEFAULT_TEMPLATES } from '../../lib/playbooks/default-templates';
import { playbookStepFor } from '../../lib/playbooks/guidance';

const ACTIVE = CRISIS_TYPES.filter((t) => t !== 'none');
const LEVELS = ['low', 'medium', 'high', 'critical'] as const;
const stepsOf = (p: Playbook, phase: string) => p.phases.find((ph) => ph.phase === phase)!.steps;
const key = (id: string) => id.split('.').pop()!;

describe('phases and time targets', () => {
  it('every crisis type has a playbook in every language with prepare, detect, respond and recover', () => {
    for (const type of ACTIVE) {
      for (const language of LANGUAGES) {
        const p = DEFAULT_PLAYBOOKS.find((pb) => pb.crisisType === type && pb.language === language);
        expect(p, `${type}/${language}`).toBeDefined();
        expect(p!.phases.map((ph) => ph.phase)).toEqual(['prepare', 'detect', 'respond', 'recover']);
        const prepare = stepsOf(p!, 'prepare').map((s) => key(s.id));
        expect(prepare).toEqual(expect.arrayContaining(['team', 'approval', 'delete-decision', 'monitoring', 'drills']));
        const recover = stepsOf(p!, 'recover').map((s) => key(s.id));
        expect(recover).toEqual(expect.arrayContaining(['lessons', 'causes', 'resume', 'template-changes']));
      }
    }
  });

  it('gives the first public reply a target of 60 minutes, 15 for safety and security, and updates every 2–4 hours', () => {
    for (const p of DEFAULT_PLAYBOOKS) {
      const respond = stepsOf(p, 'respond');
      const now = respond.find((s) => key(s.id) === 'reply-now');
      const fast = p.crisisType === 'product-defect' || p.crisisType === 'security-incident';
      expect(now?.target, p.id).toBe(fast ? 'ack-15' : 'ack-60');
      expect(now?.levels).toEqual([...LEVELS]);
      expect(respond.find((s) => key(s.id) === 'updates')?.target, p.id).toBe('update-2-4h');
      expect(respond.some((s) => key(s.id) === 'community'), p.id).toBe(true);
    }
  });

  it('has a playbook for a mistake in our own post, with the keep-or-delete decision', () => {
    for (const language of LANGUAGES) {
      const p = DEFAULT_PLAYBOOKS.find((pb) => pb.crisisType === 'own-post' && pb.language === language)!;
      expect(stepsOf(p, 'respond').map((s) => key(s.id))).toContain('keep-or-delete');
    }
  });
});

describe('fact-check before statements', () => {
  it('staff: the HR fact-check comes before any statement or apology, at every risk level', () => {
    for (const language of LANGUAGES) {
      for (const level of LEVELS) {
        const { playbook, phase, steps } = playbookStepFor(DEFAULT_PLAYBOOKS, 'employee-misconduct', level, language)!;
        const shown = steps.map((s) => key(s.id));
        // In the phase the level opens, the fact-check is among the first steps, and nothing before it apologises.
        const check = shown.findIndex((k) => k === 'fact-check' || k === 'verify-facts');
        expect(check, `${language}/${level} ${phase}: ${shown.join(',')}`).toBeGreaterThanOrEqual(0);
        for (const k of ['apologise', 'statement']) {
          const at = shown.indexOf(k);
          if (at >= 0) expect(at, `${language}/${level}`).toBeGreaterThan(check);
        }
        // And in the playbook order: respond puts the fact-check before statement and apology.
        const respond = stepsOf(playbook, 'respond').map((s) => key(s.id));
        expect(respond.indexOf('fact-check')).toBeLessThan(respond.indexOf('statement'));
        expect(respond.indexOf('fact-check')).toBeLessThan(respond.indexOf('apologise'));
      }
    }
  });

  it('hacks, causes and remedies: the fact-check comes before saying hacked, naming a cause or offering a remedy', () => {
    const before: Array<[string, string]> = [
      ['security-incident', 'say-hacked'],
      ['product-defect', 'apologise'],
      ['product-defect', 'recall'],
      ['social-responsibility', 'acknowledge'],
      ['own-post', 'correct'],
      ['reputation-attack', 'facts'],
    ];
    for (const p of DEFAULT_PLAYBOOKS) {
      const respond = stepsOf(p, 'respond').map((s) => key(s.id));
      const check = Math.max(respond.indexOf('fact-check'), respond.indexOf('verify'), respond.indexOf('check-case'));
      expect(check, p.id).toBeGreaterThan(respond.indexOf('reply-now'));
      for (const [type, step] of before) if (p.crisisType === type) expect(respond.indexOf(step), p.id).toBeGreaterThan(check);
    }
  });

  it('names the 72-hour notification to the supervisory authority and informing affected people', () => {
    for (const language of LANGUAGES) {
      const p = DEFAULT_PLAYBOOKS.find((pb) => pb.crisisType === 'security-incident' && pb.language === language)!;
      const leak = stepsOf(p, 'respond').find((s) => key(s.id) === 'data-leak')!.text;
      expect(leak).toMatch(/72/);
      expect(leak).toMatch(/33/);
      expect(leak).toMatch(/34/);
    }
  });
});

describe('starter templates promise only what the fact-check allows', () => {
  const FORBIDDEN: Record<string, RegExp> = {
    en: /replacement|refund|we got (this|it) wrong|on behalf of|was hacked|have secured|not how we want anyone to be treated/i,
    de: /Ersatz|Erstattung|Das war ein Fehler|im Namen von|gehackt|gesichert|So soll niemand behandelt werden/i,
    da: /ombytning|refusion|det var en fejl|på vegne af|hacket|har sikret|Sådan skal ingen behandles/i,
    pl: /wymian|zwrot|to był błąd|w imieniu|zhakowan|zabezpieczyliśmy|Nikt nie powinien być tak traktowany/i,
  };
  const SIGN_OFF: Record<string, RegExp> = { en: /sign-off/, de: /Freigabe/, da: /godkendelse/, pl: /zgody/ };
  const STOP_USING: Record<string, RegExp> = {
    en: /stop using/i,
    de: /nicht mehr verwenden|vorerst nicht/i,
    da: /stop med at bruge/i,
    pl: /nie używa|nie używał/i,
  };

  it('no replacement, refund, admission of fault, confirmed hack or presumed mistreatment', () => {
    for (const t of DEFAULT_TEMPLATES) expect(t.body, t.id).not.toMatch(FORBIDDEN[t.language]!);
  });

  it('asks people to stop using a product only in a template marked as needing quality and legal sign-off', () => {
    for (const t of DEFAULT_TEMPLATES) {
      if (STOP_USING[t.language]!.test(t.body)) expect(t.title, t.id).toMatch(SIGN_OFF[t.language]!);
    }
    expect(DEFAULT_TEMPLATES.some((t) => t.language === 'en' && /stop using/i.test(t.body))).toBe(true);
  });
});

describe('forms of address', () => {
  const formal = /\b(Sie|Ihnen|Ihre?[mnrs]?)\b/;
  const informal = /\b(du|dich|dir|dein[emnrs]?|schick|schreib|klick)\b/i;

  it('German templates come in du and Sie, Polish in ty, Pan/Pani and Państwo, each written in its form', () => {
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.language === 'de')) {
      expect(['sie', 'du']).toContain(t.address);
      if (t.address === 'du') expect(t.body, t.id).not.toMatch(formal);
      if (t.address === 'sie') expect(t.body, t.id).not.toMatch(informal);
    }
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.language === 'pl')) {
      expect(['panstwo', 'pan', 'ty']).toContain(t.address);
      if (t.address === 'ty') expect(t.body, t.id).not.toMatch(/\bPa(n|ni|na|nu|ństw)/);
      if (t.address === 'pan') expect(t.body, t.id).not.toMatch(/Państw|\b(ty|Ci|Ciebie)\b/);
    }
    for (const type of CRISIS_TYPES) {
      const count = (language: string, address: string) =>
        DEFAULT_TEMPLATES.filter((t) => t.crisisType === type && t.language === language && t.address === address).length;
      expect(count('de', 'du'), type).toBe(count('de', 'sie'));
      expect(count('pl', 'ty'), type).toBe(count('pl', 'panstwo'));
      expect(count('pl', 'pan'), type).toBe(count('pl', 'panstwo'));
    }
  });

  it('keeps the ids builtin templates always had for the default forms', () => {
    expect(DEFAULT_TEMPLATES.find((t) => t.id === 'keel-product-defect-de-1')?.address).toBe('sie');
    expect(DEFAULT_TEMPLATES.find((t) => t.id === 'keel-product-defect-pl-1')?.address).toBe('panstwo');
    expect(DEFAULT_TEMPLATES.find((t) => t.id === 'keel-product-defect-de-1-du')?.address).toBe('du');
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });
});

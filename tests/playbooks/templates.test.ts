import { describe, expect, it } from 'vitest';
import { CRISIS_TYPES, LANGUAGES, Template } from '../../lib/schema';
import {
  alreadyUsedIn,
  approvedByPerson,
  approveTemplate,
  approveTemplates,
  canInsertOneClick,
  DEFAULT_TEMPLATES,
  DEFAULT_TEMPLATES_APPROVER,
  editTemplate,
  fillTemplate,
  latestVersions,
  liveVersions,
  newTemplateDraft,
  retireTemplate,
  starterTemplatesToReview,
  suggestTemplates,
  TemplateTransitionError,
  withoutDefaultApproval,
} from '../../lib/playbooks/templates';
import { checkTone, weightedLength } from '../../lib/tone/index';

const VARS = {
  author: '@anna_k',
  brand: 'Nordlicht',
  agent: 'Lena',
  ticket: 'NL-4821',
  dm_link: 'https://nordlicht.example/dm',
  product: 'Nordlicht Brew 2',
  date: '18.05.',
};

const NOW = 1_750_000_000_000;

/** The starter templates as a person at the brand approves them in the first-run review. */
const REVIEWED = approveTemplates(DEFAULT_TEMPLATES, 'Maja Nowak', NOW);

/** A starter template as versions before drafts stored it: approved in Keel's name. */
function legacyApproved(t: Template): Template {
  return { ...t, status: 'approved', approvedBy: DEFAULT_TEMPLATES_APPROVER, approvedAt: Date.UTC(2025, 0, 15) };
}

function draft(overrides: Partial<Template> = {}): Template {
  return newTemplateDraft(
    {
      id: 'team-late-delivery',
      title: 'Late delivery',
      body: "Hi {author}, sorry your parcel is late. Please DM us via {dm_link} and we'll chase it today. – {agent}",
      crisisType: 'service-complaint',
      language: 'en',
      platforms: ['x', 'facebook'],
      ...overrides,
    },
    NOW,
  );
}

describe('fillTemplate', () => {
  it('fills known variables', () => {
    const r = fillTemplate('Hi {author}, this is {agent} from {brand}.', VARS);
    expect(r).toEqual({ text: 'Hi @anna_k, this is Lena from Nordlicht.', missing: [] });
  });

  it('leaves unknown and empty variables visible and lists each once', () => {
    const r = fillTemplate('Hi {author} – {agent} ({agent}) {dm_link} {order}', { author: 'Anna', agent: '  ', dm_link: '' });
    expect(r.text).toBe('Hi Anna – {agent} ({agent}) {dm_link} {order}');
    expect(r.missing).toEqual(['agent', 'dm_link', 'order']);
  });

  it('does not expand variables inside inserted values', () => {
    expect(fillTemplate('Hi {author}', { author: '{agent}', agent: 'Lena' }).text).toBe('Hi {agent}');
  });
});

describe('approval workflow', () => {
  it('approves a draft, recording who and when', () => {
    const approved = approveTemplate(draft(), '  Maja Berg ', NOW + 5);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Maja Berg', approvedAt: NOW + 5, updatedAt: NOW + 5, version: 1 });
    expect(canInsertOneClick(approved)).toBe(true);
  });

  it('requires an approver name', () => {
    expect(() => approveTemplate(draft(), '   ', NOW)).toThrow(TemplateTransitionError);
  });

  it('refuses forbidden transitions with a clear error', () => {
    const approved = approveTemplate(draft(), 'Maja', NOW);
    const retired = retireTemplate(approved, NOW + 1);
    expect(retired.status).toBe('retired');
    expect(() => approveTemplate(approved, 'Maja', NOW)).toThrow(/already approved/);
    expect(() => approveTemplate(retired, 'Maja', NOW)).toThrow(/retired and cannot be approved/);
    expect(() => retireTemplate(retired, NOW)).toThrow(/already retired/);
    expect(() => editTemplate(retired, { body: 'x {agent}' }, NOW)).toThrow(/retired and cannot be edited/);
  });

  it('edits a draft in place', () => {
    const d = draft();
    const edited = editTemplate(d, { title: 'Late parcel' }, NOW + 10);
    expect(edited).toMatchObject({ id: d.id, version: 1, status: 'draft', title: 'Late parcel', updatedAt: NOW + 10, createdAt: NOW });
  });

  it('turns an edit of an approved template into a new draft version', () => {
    const approved = approveTemplate(draft(), 'Maja', NOW + 1);
    const edited = editTemplate(approved, { body: "Hi {author}, we're sorry. We'll chase the courier today. – {agent}" }, NOW + 2);
    expect(edited).toMatchObject({ id: approved.id, version: 2, status: 'draft', approvedBy: null, approvedAt: null, builtin: false });
    expect(approved.status).toBe('approved');
    expect(approved.body).not.toBe(edited.body);
    expect(canInsertOneClick(edited)).toBe(false);
    // The approved version stays in use until the new one is approved.
    expect(liveVersions([approved, edited])).toEqual([approved]);
    expect(latestVersions([approved, edited])).toEqual([edited]);
    const approvedV2 = approveTemplate(edited, 'Maja', NOW + 3);
    expect(liveVersions([approved, approvedV2])).toEqual([approvedV2]);
  });

  it('rejects edits that make the template invalid', () => {
    expect(() => editTemplate(draft(), { body: '' }, NOW)).toThrow(/body/);
    expect(() => editTemplate(draft(), { platforms: [] }, NOW)).toThrow(/platforms/);
  });

  it('allows one-click insertion only for templates a person approved', () => {
    const d = draft();
    expect(canInsertOneClick(d)).toBe(false);
    expect(canInsertOneClick(approveTemplate(d, 'Maja', NOW))).toBe(true);
    expect(canInsertOneClick(retireTemplate(approveTemplate(d, 'Maja', NOW), NOW))).toBe(false);
    // The approval earlier versions gave starter templates in Keel's name is no person's.
    const legacy = legacyApproved(DEFAULT_TEMPLATES[0]!);
    expect(approvedByPerson(legacy)).toBe(false);
    expect(canInsertOneClick(legacy)).toBe(false);
    expect(liveVersions([legacy])).toEqual([]);
  });

  it('refuses Keel’s own name as an approver', () => {
    expect(() => approveTemplate(draft(), DEFAULT_TEMPLATES_APPROVER, NOW)).toThrow(TemplateTransitionError);
    expect(() => approveTemplate(draft(), ' keel DEFAULTS ', NOW)).toThrow(/not a person/);
  });

  it('approves a group of drafts with one name and time, leaving other versions out', () => {
    const group = [draft({ id: 'a' }), draft({ id: 'b' }), approveTemplate(draft({ id: 'c' }), 'Ola', NOW - 5)];
    const approved = approveTemplates(group, '  Maja Nowak ', NOW);
    expect(approved.map((t) => [t.id, t.status, t.approvedBy, t.approvedAt])).toEqual([
      ['a', 'approved', 'Maja Nowak', NOW],
      ['b', 'approved', 'Maja Nowak', NOW],
    ]);
    expect(() => approveTemplates(group, ' ', NOW)).toThrow(/name of the person/);
  });
});

describe('starter template review', () => {
  it('lists the starter templates still awaiting review: builtin drafts, latest version only', () => {
    expect(starterTemplatesToReview(DEFAULT_TEMPLATES)).toHaveLength(DEFAULT_TEMPLATES.length);
    const [first, second, third] = DEFAULT_TEMPLATES as [Template, Template, Template];
    const approved = approveTemplate(first, 'Maja', NOW);
    const retired = retireTemplate(second, NOW);
    const custom = draft();
    const left = starterTemplatesToReview([approved, retired, third, custom]);
    expect(left.map((t) => t.id)).toEqual([third.id]);
    expect(starterTemplatesToReview(REVIEWED)).toEqual([]);
  });

  it('turns approvals in Keel’s name back into drafts on upgrade, and keeps a person’s', () => {
    const legacy = legacyApproved(DEFAULT_TEMPLATES[0]!);
    expect(withoutDefaultApproval(legacy)).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, body: legacy.body });
    expect(withoutDefaultApproval(REVIEWED[0]!)).toBeNull();
    expect(withoutDefaultApproval(DEFAULT_TEMPLATES[0]!)).toBeNull();
    expect(withoutDefaultApproval(retireTemplate(legacy, NOW))).toBeNull();
  });
});

describe('DEFAULT_TEMPLATES', () => {
  it('has at least two builtin templates per crisis type and language, including generic ones, all drafts nobody approved', () => {
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(56);
    for (const t of DEFAULT_TEMPLATES) {
      expect(Template.safeParse(t).success, t.id).toBe(true);
      expect(t).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, builtin: true });
      expect(canInsertOneClick(t), t.id).toBe(false);
    }
    for (const type of CRISIS_TYPES) {
      for (const lang of LANGUAGES) {
        expect(DEFAULT_TEMPLATES.filter((t) => t.crisisType === type && t.language === lang).length, `${type}/${lang}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('follow the practice: sign with {agent}, offer {dm_link}, and pass the tone check in their language within X’s limit', { timeout: 30_000 }, () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(t.body, t.id).toContain('{agent}');
      expect(t.body, t.id).toContain('{dm_link}');
      const { text, missing } = fillTemplate(t.body, VARS);
      expect(missing).toEqual([]);
      expect(weightedLength(text, 'x'), t.id).toBeLessThanOrEqual(280);
      const findings = checkTone(text, { platform: 'x', postLanguage: t.language, uiLanguage: 'en', incidentOpen: true });
      expect(findings.map((f) => f.kind), `${t.id}: ${text}`).toEqual([]);
    }
  });
});

describe('suggestTemplates', () => {
  it('suggests no starter template before a person approves it', () => {
    expect(suggestTemplates(DEFAULT_TEMPLATES, { crisisType: 'product-defect', language: 'de', platform: 'x' }, [])).toEqual([]);
    expect(suggestTemplates(DEFAULT_TEMPLATES.map(legacyApproved), { crisisType: 'product-defect', language: 'de', platform: 'x' }, [])).toEqual([]);
  });

  it('suggests approved templates for the crisis type in the language, not flagged', () => {
    const s = suggestTemplates(REVIEWED.filter((t) => t.address !== 'du'), { crisisType: 'product-defect', language: 'de', platform: 'x' }, []);
    expect(s.length).toBe(2);
    for (const item of s) {
      expect(item.template).toMatchObject({ crisisType: 'product-defect', language: 'de', status: 'approved' });
      expect(item).toMatchObject({ alreadyUsedInThread: false, languageFallback: false, typeFallback: false });
    }
  });

  it('leaves out drafts, retired versions, older versions and other platforms', () => {
    const approved = approveTemplate(draft({ language: 'da', title: 'Forsinket pakke' }), 'Maja', NOW);
    const newerDraft = editTemplate(approved, { title: 'Forsinket pakke 2' }, NOW + 1);
    const otherDraft = draft({ id: 'team-draft', language: 'da' });
    const retired = retireTemplate(approveTemplate(draft({ id: 'team-retired', language: 'da' }), 'Maja', NOW), NOW + 1);
    const instagramOnly = approveTemplate(draft({ id: 'team-ig', language: 'da', platforms: ['instagram'] }), 'Maja', NOW);
    const s = suggestTemplates([approved, newerDraft, otherDraft, retired, instagramOnly], { crisisType: 'service-complaint', language: 'da', platform: 'x' }, []);
    expect(s.map((x) => [x.template.id, x.template.version])).toEqual([['team-late-delivery', 1]]);
  });

  it('falls back to a generic template in the language, then to English, and flags it', () => {
    const onlyEnglish = REVIEWED.filter((t) => t.language === 'en');
    const s = suggestTemplates(onlyEnglish, { crisisType: 'security-incident', language: 'pl', platform: 'facebook' }, []);
    expect(s.length).toBe(2);
    expect(s.every((x) => x.template.language === 'en' && x.languageFallback && !x.typeFallback)).toBe(true);

    const noDanishSecurity = REVIEWED.filter((t) => !(t.language === 'da' && t.crisisType === 'security-incident'));
    const generic = suggestTemplates(noDanishSecurity, { crisisType: 'security-incident', language: 'da', platform: 'x' }, []);
    expect(generic.every((x) => x.template.crisisType === 'none' && x.template.language === 'da' && x.typeFallback && !x.languageFallback)).toBe(true);

    const onlyGenericEnglish = REVIEWED.filter((t) => t.language === 'en' && t.crisisType === 'none');
    const last = suggestTemplates(onlyGenericEnglish, { crisisType: 'product-defect', language: 'de', platform: 'x' }, []);
    expect(last.length).toBe(2);
    expect(last.every((x) => x.languageFallback && x.typeFallback)).toBe(true);
    expect(suggestTemplates([], { crisisType: 'product-defect', language: 'de', platform: 'x' }, [])).toEqual([]);
  });

  it('marks a template already posted in the thread, word for word or nearly, and sorts it last', () => {
    const query = { crisisType: 'service-complaint', language: 'en', platform: 'x' } as const;
    const first = suggestTemplates(REVIEWED, query, [], VARS);
    const used = first[0]!;
    // Posted to someone else in the same thread with small edits: still the same words.
    const posted = used.filled.text.replace('@anna_k', '@tom_b').replace('today', 'this afternoon').toUpperCase();
    const again = suggestTemplates(REVIEWED, query, ['Thanks for the update!', posted], VARS);
    const flagged = again.find((x) => x.template.id === used.template.id)!;
    expect(flagged.alreadyUsedInThread).toBe(true);
    expect(again[again.length - 1]!.template.id).toBe(used.template.id);
    expect(again.filter((x) => x.alreadyUsedInThread)).toHaveLength(1);
  });

  it('compares unfilled templates by their fixed words', () => {
    const body = DEFAULT_TEMPLATES.find((t) => t.id === 'keel-none-en-1')!.body;
    expect(alreadyUsedIn(body, [fillTemplate(body, VARS).text])).toBe(true);
    expect(alreadyUsedIn(body, ["Hi there, we're on it and will write back soon. – Lena"])).toBe(false);
    const other = DEFAULT_TEMPLATES.find((t) => t.id === 'keel-none-en-2')!.body;
    expect(alreadyUsedIn(body, [fillTemplate(other, VARS).text])).toBe(false);
  });
});

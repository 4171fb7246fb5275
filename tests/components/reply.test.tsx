// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { saveSettings, upsertObservedPosts } from '../../lib/db';
import { approveTemplates } from '../../lib/playbooks/templates';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS, type CrisisType, type DetectedLanguage, type ObservedPost, type RiskLevel } from '../../lib/schema';
import type { ContentRequest } from '../../lib/messages';
import { createFakeEnv } from './fake-env';

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

function post(
  id: string,
  text: string,
  { level = 'high', crisisType = 'product-defect', language = 'en' }: { level?: RiskLevel; crisisType?: CrisisType; language?: DetectedLanguage } = {},
): ObservedPost {
  return {
    id,
    platform: 'x',
    url: `https://x.com/u/status/${id}`,
    threadUrl: PAGE,
    pageUrl: PAGE,
    authorName: `Anna ${id}`,
    authorHandle: `anna${id}`,
    authorUrl: '',
    reach: { verified: false, followers: null },
    engagement: { replies: null, reposts: null, likes: null, views: null },
    text,
    language,
    postedAt: 1,
    parentId: null,
    byBrand: false,
    matches: [{ term: 'Polarstern', kind: 'product', span: [3, 13] }],
    risk: {
      score: 70,
      level,
      reasons: [{ kind: 'safety', spans: [], weight: 30, params: { terms: 'burned' } }],
      crisisType,
      language,
    },
  };
}

const settings = {
  ...DEFAULT_SETTINGS,
  brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'], products: ['Polarstern'] },
  agentName: 'Jonas',
  dmLink: 'https://nordlicht.example/dm',
};

/** Approves every starter template in one person's name, as the first-run review records it. */
async function approveStarters() {
  await fake.db.templates.bulkPut(approveTemplates(await fake.db.templates.toArray(), 'Maja Nowak', 2_000));
}

/**
 * A panel with the default playbooks and templates (approved by a person
 * unless `fresh`), the given mentions on the page, and the Reply view open for the first.
 */
async function openReply(posts: ObservedPost[], prepare?: () => Promise<unknown>, { fresh = false } = {}) {
  fake = createFakeEnv(PAGE);
  await seedDefaults(fake.db, 1_000);
  if (!fresh) await approveStarters();
  await prepare?.();
  await saveSettings(fake.db, settings);
  await upsertObservedPosts(fake.db, posts, 1_000);
  render(<App env={fake.env} />);
  const card = await screen.findByRole('button', { name: `Reply: Anna ${posts[0]!.id}` });
  fireEvent.click(card);
  await screen.findByRole('heading', { name: 'Reply', level: 2 });
  return screen.findByRole('article', { name: 'The mention' });
}

const draftBox = () => screen.getByLabelText('Your reply') as HTMLTextAreaElement;
/** Picks "in 2 hours" as the next update, which templates promise as {date}. */
const pickUpdateTime = () => fireEvent.click(within(screen.getByRole('group', { name: 'Next update by' })).getByRole('button', { name: /^In 2 hours/ }));
const suggestionList = () => screen.getByRole('list', { name: 'Suggested templates' });
/** The suggested templates, once the live queries have delivered them. */
const suggestionItems = () =>
  waitFor(() => {
    const items = within(suggestionList()).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    return items;
  });
const insertOk = (message: ContentRequest) =>
  message.type === 'composer/insert'
    ? { ok: true, method: 'paste', readBack: message.text, error: '' }
    : { ok: false, method: 'none', readBack: '', error: 'not-on-page' };

describe('Reply view', () => {
  it('shows the mention and the playbook step for its crisis type and risk level', async () => {
    const article = await openReply([post('1', 'My Polarstern burned my hand!')]);
    expect(within(article).getByText('My Polarstern burned my hand!')).toBeInTheDocument();
    expect(within(article).getByText('high')).toBeInTheDocument();
    expect(within(article).getByText(/Claims a safety or health problem/)).toBeInTheDocument();

    const playbook = await screen.findByRole('region', { name: /Playbook: Product defect or safety problem/ });
    expect(within(playbook).getByText('Phase: Respond')).toBeInTheDocument();
    // All four phases are there; the respond phase (high risk) is the one open.
    for (const phase of ['Prepare', 'Detect and assess', 'Recover']) {
      expect(within(playbook).getByRole('list', { name: `Checklist: ${phase}` }).closest('details')).not.toHaveAttribute('open');
    }
    const steps = within(playbook).getByRole('list', { name: 'Checklist: Respond' });
    expect(steps.closest('details')).toHaveAttribute('open');
    const labels = within(steps).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent);
    expect(labels[0]).toMatch(/^Escalate to the head of quality/);
    // Safety: the first public acknowledgement within 15 minutes.
    expect(within(steps).getByText('in public within 15 min')).toBeInTheDocument();
    expect(labels.some((l) => /holding statement/.test(l ?? ''))).toBe(true);
    const first = within(steps).getAllByRole('checkbox')[0]!;
    fireEvent.click(first);
    expect(first).toBeChecked();
    expect(within(playbook).getByText('Who answers')).toBeInTheDocument();
    expect(within(playbook).getByText('Escalate to')).toBeInTheDocument();
    expect(within(playbook).getByText(/Head of quality and the crisis team lead/)).toBeInTheDocument();
    expect(within(playbook).getByText('Delete our own post?').closest('details')).not.toHaveAttribute('open');
    // The holding statement is filled with the product the post names.
    expect(within(playbook).getByText(/We have seen the reports about Polarstern/)).toBeInTheDocument();

    // At medium risk the same crisis type points at detecting and assessing.
    cleanup();
    await fake.cleanup();
    usePanelState.setState({ view: 'queue', selectedMentionId: null });
    await openReply([post('2', 'My Polarstern is broken', { level: 'medium' })]);
    expect(await screen.findByText('Phase: Detect and assess')).toBeInTheDocument();
  });

  it('follows the crisis type the person sets', async () => {
    await openReply([post('1', 'Nobody answers my emails about Polarstern', { crisisType: 'product-defect' })]);
    const select = screen.getByLabelText('Crisis type') as HTMLSelectElement;
    expect(select.value).toBe('product-defect');
    fireEvent.change(select, { target: { value: 'service-complaint' } });
    await screen.findByRole('region', { name: /Playbook: Customer complaint about service/ });
    expect((await fake.db.mentions.get('1'))!.crisisType).toBe('service-complaint');
    fireEvent.click(screen.getByRole('button', { name: 'Use the detected type' }));
    await screen.findByRole('region', { name: /Playbook: Product defect or safety problem/ });
    expect((await fake.db.mentions.get('1'))!.crisisType).toBeNull();
  });

  it('offers approved templates in the mention’s language, filled, with unfilled variables kept visible', async () => {
    await openReply([post('1', 'Mein Polarstern ist kaputt', { language: 'de' })]);
    const items = await suggestionItems();
    const list = suggestionList();
    for (const item of items) {
      expect(item.getAttribute('data-template')).toMatch(/^keel-product-defect-de-/);
      expect(item.getAttribute('data-status')).toBe('approved');
    }
    expect(items[0]!.textContent).toContain('@anna1');
    expect(items[0]!.textContent).toContain('Polarstern');
    expect(items[0]!.textContent).toContain('Jonas');
    expect(within(list).queryByText(/No template in/)).toBeNull();

    // The English UI shows the mention's language's templates; without an agent name the gap stays visible.
    await act(() => saveSettings(fake.db, { ...settings, agentName: '' }));
    await waitFor(() => expect(list.querySelector('.var-missing[data-variable="agent"]')).not.toBeNull());
    expect(list.querySelector('.var-missing[data-variable="agent"]')!.textContent).toBe('{agent}');
    expect(within(list).getAllByText(/Not filled — replace before posting: .*\{agent\}/).length).toBe(items.length);
    for (const insert of within(list).getAllByRole('button', { name: 'Insert' })) expect(insert).toBeDisabled();
  });

  it('flags a language fallback', async () => {
    await openReply([post('1', 'Polarstern er gået i stykker', { language: 'da' })], () =>
      fake.db.templates.filter((t) => t.language === 'da').delete(),
    );
    await waitFor(() => expect(within(suggestionList()).getAllByText('No template in Danish; this one is in English.').length).toBeGreaterThan(0));
  });

  it('checks the tone as the person types, and clears the finding once fixed', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    fireEvent.change(draftBox(), { target: { value: 'You misunderstood the instructions.' } });
    const findings = await screen.findByRole('list', { name: 'Tone check' });
    const blaming = findings.querySelector('[data-kind="blaming"]')!;
    expect(blaming).not.toBeNull();
    expect(within(blaming as HTMLElement).getByText('You misunderstood', { selector: 'mark' })).toBeInTheDocument();
    expect(blaming.textContent).toMatch(/Try:/);
    expect(screen.getByText(/of 280 characters on X/)).toHaveTextContent('35 of 280 characters on X');

    fireEvent.change(draftBox(), { target: { value: 'I’m sorry the instructions were unclear. I will send you a replacement today.' } });
    await waitFor(() => expect(document.querySelector('[data-kind="blaming"]')).toBeNull());
  });

  it('refuses to insert a draft that still holds a template variable, and names it', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    fake.replyFromTab(insertOk);
    fireEvent.change(draftBox(), { target: { value: 'Sorry, {author}! Your case number is {ticket}. We will update you today.' } });
    const insert = screen.getByRole('button', { name: 'Insert into reply' });
    expect(insert).toBeDisabled();
    const blocked = document.querySelector('.insert-blocked')!;
    expect(blocked).toHaveTextContent('{author}, {ticket}');
    expect(insert).toHaveAttribute('aria-describedby', blocked.id);
    fireEvent.click(insert);
    expect(fake.sentToTab.filter((m) => (m.message as ContentRequest).type === 'composer/insert')).toEqual([]);

    fireEvent.change(draftBox(), { target: { value: 'Sorry, Anna! Your case number is 4711. We will update you today.' } });
    expect(screen.getByRole('button', { name: 'Insert into reply' })).toBeEnabled();
    expect(document.querySelector('.insert-blocked')).toBeNull();
  });

  it('inserts an approved template with one click and records it; the mention becomes replied', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    fake.replyFromTab(insertOk);
    pickUpdateTime();
    const item = (await suggestionItems())[0]!;
    const text = item.querySelector('.suggestion-text')!.textContent!;
    fireEvent.click(within(item).getByRole('button', { name: 'Insert' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Inserted — review and press the platform’s own Reply button');
    expect(fake.sentToTab.at(-1)).toEqual({ tabId: 42, message: { type: 'composer/insert', mentionId: '1', text } });
    const [reply] = await fake.db.replies.toArray();
    expect(reply).toMatchObject({
      mentionId: '1',
      templateId: item.getAttribute('data-template'),
      templateVersion: 1,
      language: 'en',
      text,
      threadUrl: PAGE,
      method: 'inserted',
    });
    await waitFor(async () => expect((await fake.db.mentions.get('1'))!.status).toBe('replied'));
    expect(await screen.findByText(/First reply .* after Keel first saw the mention/)).toBeInTheDocument();
  });

  it('records the template only while the draft is its unedited text', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    fake.replyFromTab(insertOk);
    pickUpdateTime();
    const item = (await suggestionItems())[0]!;
    fireEvent.click(within(item).getByRole('button', { name: 'Use' }));
    expect(draftBox().value).toBe(item.querySelector('.suggestion-text')!.textContent);
    fireEvent.change(draftBox(), { target: { value: `${draftBox().value} Thanks for your patience.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert into reply' }));
    await screen.findByRole('status');
    const [reply] = await fake.db.replies.toArray();
    expect(reply).toMatchObject({ templateId: null, templateVersion: null, method: 'inserted' });
    expect(reply!.text).toMatch(/Thanks for your patience\.$/);
  });

  it('copies to the clipboard when insertion fails, says why, and records it', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    fake.replyFromTab(() => ({ ok: false, method: 'none', readBack: '', error: 'no-reply-box' }));
    fireEvent.change(draftBox(), { target: { value: 'I’m sorry, Anna. Please send us the batch number so we can replace it today.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert into reply' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Insertion failed (no reply box was found for this post)');
    expect(alert).toHaveTextContent('copied to the clipboard');
    expect(fake.copied).toEqual(['I’m sorry, Anna. Please send us the batch number so we can replace it today.']);
    const [reply] = await fake.db.replies.toArray();
    expect(reply).toMatchObject({ method: 'clipboard', templateId: null });
  });

  it('never offers one-click insertion of a draft template', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    await act(() =>
      fake.env.background({
        type: 'template/save',
        template: {
          id: 'custom-draft',
          version: 1,
          title: 'Unapproved wording',
          body: 'Hi {author}, we will sort it out.',
          crisisType: 'product-defect',
          language: 'en',
          platforms: ['x'],
          status: 'draft',
          approvedBy: null,
          approvedAt: null,
          createdAt: 1,
          updatedAt: 1,
          builtin: false,
        },
      }),
    );
    const draftItem = await waitFor(() => {
      const item = suggestionList().querySelector('[data-template="custom-draft"]') as HTMLElement | null;
      expect(item).not.toBeNull();
      return item!;
    });
    expect(within(draftItem).getByText('draft')).toBeInTheDocument();
    expect(within(draftItem).getByText(/Not approved yet/)).toBeInTheDocument();
    expect(within(draftItem).getByRole('button', { name: 'Insert' })).toBeDisabled();
    // Used as a starting point, and edited, it is recorded without a template.
    fake.replyFromTab(insertOk);
    fireEvent.click(within(draftItem).getByRole('button', { name: 'Use' }));
    // Unedited, an unapproved template does not go in: the person makes it their own first.
    const insert = screen.getByRole('button', { name: 'Insert into reply' });
    expect(insert).toBeDisabled();
    expect(document.querySelector('[data-kind="unapproved-template"]')).toHaveTextContent('unapproved template');
    fireEvent.click(insert);
    expect(fake.sentToTab.filter((m) => (m.message as ContentRequest).type === 'composer/insert')).toEqual([]);
    fireEvent.change(draftBox(), { target: { value: 'Hi @anna1, we will sort it out today.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert into reply' }));
    await screen.findByRole('status');
    expect((await fake.db.replies.toArray())[0]).toMatchObject({ templateId: null, text: 'Hi @anna1, we will sort it out today.' });
  });

  it('on a fresh install offers starter templates only as drafts, and checks their promises in full', async () => {
    const promising = "Hi {author}, I'm sorry. We will refund you in full. – {agent}";
    await openReply([post('1', 'My Polarstern broke')], () => fake.db.templates.update(['keel-product-defect-en-1', 1], { body: promising }), { fresh: true });
    const items = await suggestionItems();
    for (const item of items) {
      expect(item.getAttribute('data-status')).toBe('draft');
      expect(within(item).getByRole('button', { name: 'Insert' })).toBeDisabled();
    }
    const faulty = items.find((i) => i.getAttribute('data-template') === 'keel-product-defect-en-1')!;
    fireEvent.click(within(faulty).getByRole('button', { name: 'Use' }));
    // The refund it offers is a promise nobody at the brand approved yet.
    const findings = await screen.findByRole('list', { name: 'Tone check' });
    expect(findings.querySelector('[data-kind="needs-approval"], [data-kind="liability"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Insert into reply' })).toBeDisabled();

    // Once a person approved it, the same words are approved wording.
    await act(() => approveStarters());
    await waitFor(() => expect(within(suggestionList()).getAllByRole('listitem')[0]!.getAttribute('data-status')).toBe('approved'));
    const approved = suggestionList().querySelector('[data-template="keel-product-defect-en-1"]') as HTMLElement;
    fireEvent.click(within(approved).getByRole('button', { name: 'Use' }));
    await waitFor(() => expect(document.querySelector('[data-kind="needs-approval"], [data-kind="liability"]')).toBeNull());
    expect(within(approved).getByRole('button', { name: 'Insert' })).toBeEnabled();
  });

  it('fills {date} only with the next-update time the person picks, and the incident records the promise', async () => {
    const now = Date.now();
    await openReply([post('1', 'My Polarstern broke')], async () => {
      await upsertObservedPosts(fake.db, [post('1', 'My Polarstern broke')], 1_000);
      await fake.env.background({ type: 'mention/set-status', id: '1', status: 'escalated' });
    });
    fake.replyFromTab(insertOk);
    const safety = () => suggestionList().querySelector('[data-template="keel-product-defect-en-2"]') as HTMLElement;
    await waitFor(() => expect(safety()).not.toBeNull());
    // No time picked: {date} stays, never today's date.
    expect(within(safety()).getByText('{date}')).toBeInTheDocument();
    expect(within(safety()).getByRole('button', { name: 'Insert' })).toBeDisabled();
    const picker = screen.getByRole('group', { name: 'Next update by' });
    expect(screen.getByText(/answer publicly within 15 minutes/)).toBeInTheDocument();

    fireEvent.click(within(picker).getByRole('button', { name: /^In 2 hours/ }));
    const label = within(picker).getByRole('button', { name: /^In 2 hours/ }).textContent!;
    const shown = /\((.+)\)$/.exec(label)![1]!;
    expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?, \d{2}:\d{2}$/);
    await waitFor(() => expect(safety().querySelector('.suggestion-text')!.textContent).toContain(`by ${shown}.`));
    fireEvent.click(within(safety()).getByRole('button', { name: 'Insert' }));
    await screen.findByRole('status');
    const [reply] = await fake.db.replies.toArray();
    expect(reply!.text).toContain(shown);
    expect(reply!.promisedUpdateAt).toBeGreaterThanOrEqual(now + 2 * 3_600_000);
    const [incident] = await fake.db.incidents.toArray();
    expect(incident!.nextUpdateDueAt).toBe(reply!.promisedUpdateAt);
  });

  it('warns when a template’s words were already posted in this thread', async () => {
    await openReply([post('1', 'My Polarstern broke'), post('2', 'Mine too, Polarstern broke')]);
    fake.replyFromTab(insertOk);
    pickUpdateTime();
    const first = (await suggestionItems())[0]!;
    const id = first.getAttribute('data-template');
    fireEvent.click(within(first).getByRole('button', { name: 'Insert' }));
    await screen.findByRole('status');

    act(() => usePanelState.getState().select('2'));
    await screen.findByText('Mine too, Polarstern broke');
    pickUpdateTime();
    await waitFor(() => {
      const same = suggestionList().querySelector(`[data-template="${id}"]`) as HTMLElement | null;
      expect(same).not.toBeNull();
      expect(within(same!).getByText(/already posted in this thread/)).toBeInTheDocument();
    });
    // The other template, not yet used here, is offered first.
    expect((await suggestionItems())[0]!.getAttribute('data-template')).not.toBe(id);
  });

  it('checks what is already in the reply box', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    fake.replyFromTab((m) => (m.type === 'composer/read' ? { ok: true, method: 'none', readBack: 'It is user error, not our fault.', error: '' } : null));
    fireEvent.click(screen.getByRole('button', { name: 'Check what is in the reply box' }));
    const box = await screen.findByRole('list', { name: 'In the reply box' });
    expect(box.querySelector('[data-kind="blaming"]')).not.toBeNull();
    expect(fake.sentToTab.at(-1)).toEqual({ tabId: 42, message: { type: 'composer/read', mentionId: '1' } });
  });

  it('sets the status: ignore, escalate, reopen', async () => {
    await openReply([post('1', 'My Polarstern broke')]);
    const group = screen.getByRole('group', { name: 'Status' });
    fireEvent.click(within(group).getByRole('button', { name: 'Escalate' }));
    await waitFor(async () => expect((await fake.db.mentions.get('1'))!.status).toBe('escalated'));
    fireEvent.click(await within(group).findByRole('button', { name: 'Reopen' }));
    await waitFor(async () => expect((await fake.db.mentions.get('1'))!.status).toBe('new'));
    fireEvent.click(within(group).getByRole('button', { name: 'Ignore' }));
    await waitFor(async () => expect((await fake.db.mentions.get('1'))!.status).toBe('ignored'));
  });

  it('renders page text as text', async () => {
    const article = await openReply([post('1', '<img src=x onerror=alert(1)> Polarstern')]);
    expect(within(article).getByText(/onerror=alert/)).toBeInTheDocument();
    expect(article.querySelector('img')).toBeNull();
  });
});

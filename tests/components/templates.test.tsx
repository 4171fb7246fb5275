// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { seedDefaults } from '../../lib/seed';
import type { Template } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

function template(over: Partial<Template> = {}): Template {
  return {
    id: 'custom-1',
    version: 1,
    title: 'Refund delayed',
    body: 'Hi {author}, sorry your refund is late. – {agent}',
    crisisType: 'service-complaint',
    language: 'en',
    platforms: ['x'],
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    createdAt: 1,
    updatedAt: 1,
    builtin: false,
    ...over,
  };
}

async function openTemplates(seed: Template[] = []) {
  fake = createFakeEnv();
  await seedDefaults(fake.db, 1_000);
  if (seed.length) await fake.db.templates.bulkPut(seed);
  render(<App env={fake.env} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Templates' }));
  const list = await screen.findByRole('list', { name: 'Reply templates' });
  await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0));
  return list;
}

const item = (list: HTMLElement, id: string) => {
  const el = list.querySelector(`[data-template="${id}"]`) as HTMLElement | null;
  expect(el).not.toBeNull();
  return el!;
};

describe('Templates view', () => {
  it('lists the latest version of each template with status and version, filterable by crisis type and language', { timeout: 20_000 }, async () => {
    const list = await openTemplates([template(), template({ version: 2, title: 'Refund delayed (shorter)' })]);
    const custom = item(list, 'custom-1');
    expect(custom.getAttribute('data-version')).toBe('2');
    expect(within(custom).getByText('draft')).toBeInTheDocument();
    expect(within(custom).getByText('version 2')).toBeInTheDocument();
    // Starter templates arrive as drafts nobody approved.
    expect(within(item(list, 'keel-service-complaint-en-1')).getByText('draft')).toBeInTheDocument();
    expect(within(item(list, 'keel-service-complaint-en-1')).queryByText(/Approved by/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Crisis type'), { target: { value: 'security-incident' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'pl' } });
    const shown = within(list).getAllByRole('listitem');
    expect(shown.length).toBe(6); // two templates, each in Państwo, Pan/Pani and ty
    for (const li of shown) expect(li.getAttribute('data-template')).toMatch(/^keel-security-incident-pl-/);
  });

  it('offers a review of the starter templates: approve one, or all of a crisis type, with the approver’s name', async () => {
    await openTemplates();
    const review = screen.getByRole('region', { name: 'Review the starter templates' });
    const starters = (await fake.db.templates.toArray()).filter((t) => t.builtin);
    expect(within(review).getByText(new RegExp(`Still to review: ${starters.length}\\.`))).toBeInTheDocument();
    const group = within(review).getByRole('region', { name: 'Product defect or safety' });
    const one = group.querySelector('[data-template="keel-product-defect-en-1"]') as HTMLElement;
    expect(one.textContent).toContain('{dm_link}');

    // No name, no approval.
    fireEvent.click(within(one).getByRole('button', { name: 'Approve' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent('Enter your name');
    expect((await fake.db.templates.get(['keel-product-defect-en-1', 1]))!.status).toBe('draft');

    fireEvent.change(within(review).getByLabelText('Your name (recorded as the approver)'), { target: { value: 'Maja Nowak' } });
    const before = Date.now();
    fireEvent.click(within(one).getByRole('button', { name: 'Approve' }));
    await waitFor(async () => expect((await fake.db.templates.get(['keel-product-defect-en-1', 1]))!.status).toBe('approved'));
    const approved = (await fake.db.templates.get(['keel-product-defect-en-1', 1]))!;
    expect(approved.approvedBy).toBe('Maja Nowak');
    expect(approved.approvedAt).toBeGreaterThanOrEqual(before);
    expect((await fake.db.templates.get(['keel-product-defect-en-2', 1]))!.status).toBe('draft');

    // All English security-incident templates at once; other languages stay drafts.
    const security = within(review).getByRole('region', { name: 'Security incident or hacked account' });
    fireEvent.click(within(security).getByRole('button', { name: /^Approve all 2 in/ }));
    await waitFor(async () => expect((await fake.db.templates.get(['keel-security-incident-en-2', 1]))!.approvedBy).toBe('Maja Nowak'));
    expect((await fake.db.templates.get(['keel-security-incident-en-1', 1]))!.status).toBe('approved');
    expect((await fake.db.templates.get(['keel-security-incident-de-1', 1]))!.status).toBe('draft');
    expect(await within(review).findByRole('status')).toHaveTextContent('Approved by Maja Nowak: 2 templates.');
  });

  it('shows no review once every starter template is approved or retired', async () => {
    fake = createFakeEnv();
    await seedDefaults(fake.db, 1_000);
    const all = await fake.db.templates.toArray();
    await fake.db.templates.bulkPut(all.map((t, i) => (i % 2 ? { ...t, status: 'approved', approvedBy: 'Maja', approvedAt: 5 } : { ...t, status: 'retired' })));
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Templates' }));
    const list = await screen.findByRole('list', { name: 'Reply templates' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0));
    expect(screen.queryByRole('region', { name: 'Review the starter templates' })).toBeNull();
  });

  it('creates a template as a draft, with labelled fields and the variables listed', async () => {
    await openTemplates();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    const form = screen.getByRole('form', { name: 'New template' });
    expect(within(form).getByText('{dm_link}')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Save as draft' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Title: must not be empty');

    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Outage: we are on it' } });
    fireEvent.change(within(form).getByLabelText('Crisis type'), { target: { value: 'service-complaint' } });
    fireEvent.change(within(form).getByLabelText('Language'), { target: { value: 'de' } });
    fireEvent.click(within(form).getByLabelText('Instagram'));
    fireEvent.change(within(form).getByLabelText('Text'), { target: { value: 'Hallo {author}, wir arbeiten daran. – {agent}' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: “Outage: we are on it” version 1, draft.');
    const saved = (await fake.db.templates.toArray()).find((t) => t.title === 'Outage: we are on it');
    expect(saved).toMatchObject({
      version: 1,
      status: 'draft',
      crisisType: 'service-complaint',
      language: 'de',
      platforms: ['x', 'facebook'],
      approvedBy: null,
      builtin: false,
    });
  });

  it('approves only with the approver’s name, and records who and when', async () => {
    const list = await openTemplates([template()]);
    const custom = item(list, 'custom-1');
    fireEvent.click(within(custom).getByRole('button', { name: 'Approve' }));
    fireEvent.click(within(custom).getByRole('button', { name: 'Approve this version' }));
    expect(within(custom).getByRole('alert')).toHaveTextContent('Enter the name of the person who approves this text.');
    expect((await fake.db.templates.get(['custom-1', 1]))!.status).toBe('draft');

    fireEvent.change(within(custom).getByLabelText('Approver’s name'), { target: { value: '  Maja Nowak ' } });
    const before = Date.now();
    fireEvent.click(within(custom).getByRole('button', { name: 'Approve this version' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Approved by Maja Nowak');
    const approved = (await fake.db.templates.get(['custom-1', 1]))!;
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy).toBe('Maja Nowak');
    expect(approved.approvedAt).toBeGreaterThanOrEqual(before);
    await waitFor(() => expect(within(item(list, 'custom-1')).getByText(/Approved by Maja Nowak/)).toBeInTheDocument());
  });

  it('editing an approved template creates version 2 as a draft and leaves version 1 approved', async () => {
    const list = await openTemplates([template({ status: 'approved', approvedBy: 'Maja', approvedAt: 5 })]);
    fireEvent.click(within(item(list, 'custom-1')).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit “Refund delayed”' });
    expect(within(form).getByText(/Saving creates version 2 as a draft/)).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Text'), { target: { value: 'Hi {author}, your refund is on its way today. – {agent}' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByRole('status')).toHaveTextContent('version 2, draft');

    const v1 = (await fake.db.templates.get(['custom-1', 1]))!;
    const v2 = (await fake.db.templates.get(['custom-1', 2]))!;
    expect(v1).toMatchObject({ status: 'approved', approvedBy: 'Maja', body: 'Hi {author}, sorry your refund is late. – {agent}' });
    expect(v2).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, body: 'Hi {author}, your refund is on its way today. – {agent}' });
    await waitFor(() => expect(item(list, 'custom-1').getAttribute('data-version')).toBe('2'));
    expect(within(item(list, 'custom-1')).getByText('Version 1 stays in use until this one is approved.')).toBeInTheDocument();
  });

  it('retires a template', async () => {
    const list = await openTemplates([template({ status: 'approved', approvedBy: 'Maja', approvedAt: 5 })]);
    fireEvent.click(within(item(list, 'custom-1')).getByRole('button', { name: 'Retire' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Retired: “Refund delayed” version 1.');
    expect((await fake.db.templates.get(['custom-1', 1]))!).toMatchObject({ status: 'retired', approvedBy: 'Maja' });
    await waitFor(() => expect(within(item(list, 'custom-1')).queryByRole('button', { name: 'Edit' })).toBeNull());
  });
});

describe('Background rules for templates and replies', () => {
  const save = (t: Template) => fake.env.background({ type: 'template/save', template: t });

  it('refuses an approved template without approver and time', async () => {
    fake = createFakeEnv();
    const noName = await save(template({ status: 'approved', approvedBy: null, approvedAt: 5 }));
    expect(noName).toMatchObject({ ok: false });
    expect(!noName.ok && noName.error).toMatch(/approvedBy and approvedAt are required/);
    expect(await save(template({ status: 'approved', approvedBy: ' ', approvedAt: 5 }))).toMatchObject({ ok: false });
    expect(await save(template({ status: 'approved', approvedBy: 'Maja', approvedAt: null }))).toMatchObject({ ok: false });
    expect(await fake.db.templates.count()).toBe(0);
    expect(await save(template({ status: 'approved', approvedBy: 'Maja', approvedAt: 5 }))).toMatchObject({ ok: true });
  });

  it('refuses to change an approved version in place, but allows retiring it and saving a new version', async () => {
    fake = createFakeEnv();
    const approved = template({ status: 'approved', approvedBy: 'Maja', approvedAt: 5 });
    expect(await save(approved)).toMatchObject({ ok: true });

    const body = await save({ ...approved, body: 'Something else. – {agent}' });
    expect(!body.ok && body.error).toMatch(/approved and cannot be changed in place \(body changed\).*new version/);
    const title = await save({ ...approved, title: 'Other title' });
    expect(!title.ok && title.error).toMatch(/title changed/);
    expect(await save({ ...approved, status: 'draft', approvedBy: null, approvedAt: null })).toMatchObject({ ok: false });
    expect(await save({ ...approved, approvedBy: 'Someone else' })).toMatchObject({ ok: false });
    expect((await fake.db.templates.get(['custom-1', 1]))!.body).toBe(approved.body);

    expect(await save({ ...approved, version: 2, status: 'draft', approvedBy: null, approvedAt: null, body: 'New words. – {agent}' })).toMatchObject({ ok: true });
    expect(await save({ ...approved, status: 'retired' })).toMatchObject({ ok: true });
    const retired = { ...approved, status: 'retired' as const };
    const revived = await save({ ...retired, status: 'approved' });
    expect(!revived.ok && revived.error).toMatch(/retired, which is final/);
    // A draft is edited in place freely.
    expect(await save({ ...approved, version: 2, status: 'draft', approvedBy: null, approvedAt: null, body: 'Newer words.' })).toMatchObject({ ok: true });
  });

  it('refuses to record a reply from a template version that is not approved', async () => {
    fake = createFakeEnv();
    await save(template());
    const reply = (templateId: string | null, templateVersion: number | null) =>
      fake.env.background({
        type: 'reply/recorded',
        reply: { mentionId: 'm', templateId, templateVersion, language: 'en', text: 'Hi', threadUrl: 'https://x.com/a/status/1', insertedAt: 1, method: 'inserted' },
      });
    const draft = await reply('custom-1', 1);
    expect(!draft.ok && draft.error).toMatch(/is draft, not approved/);
    expect(await reply('custom-1', 7)).toMatchObject({ ok: false });
    expect(await reply('custom-1', null)).toMatchObject({ ok: false });
    expect(await fake.db.replies.count()).toBe(0);
    expect(await reply(null, null)).toMatchObject({ ok: true });
    await save(template({ status: 'approved', approvedBy: 'Maja', approvedAt: 5 }));
    expect(await reply('custom-1', 1)).toMatchObject({ ok: true });
  });
});

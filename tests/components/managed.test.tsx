// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { loadSettings, saveSettings, upsertObservedPosts } from '../../lib/db';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS, type ObservedPost } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

const POLICY = {
  managedBy: 'Nordlicht GmbH',
  brand: { names: ['Nordlicht Coffee', 'Nordlicht'], handles: ['@nordlichtcoffee'] },
  agentName: 'Nordlicht Team',
  team: { members: [{ role: 'lead', name: 'Jonas Weber', contact: 'jonas@nordlicht.example' }] },
  templates: [
    { id: 'delay', title: 'Delivery delay (policy)', body: 'Sorry for the wait, {author}.', crisisType: 'service-complaint', language: 'en', platforms: ['x'] },
  ],
};

async function openSettings(policy: unknown) {
  fake = createFakeEnv();
  await saveSettings(fake.db, { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, products: ['Polarstern'] }, agentName: 'Mia' });
  await fake.setManagedPolicy(policy);
  render(<App env={fake.env} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.findByRole('region', { name: 'Brand profile' });
}

describe('Managed settings in the panel', () => {
  it('shows managed brand terms locked with who manages them, and saves only personal additions', async () => {
    const view = await openSettings(POLICY);
    expect(await within(view).findByRole('status')).toHaveTextContent('Managed by Nordlicht GmbH. Managed settings are locked');
    const names = within(view).getByRole('list', { name: 'Brand names, managed' });
    expect(within(names).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Nordlicht Coffee', 'Nordlicht']);
    expect(within(view).getByRole('list', { name: 'Handles, managed' })).toHaveTextContent('@nordlichtcoffee');
    // The person's own terms sit beside them, editable; the managed ones are not in the text box.
    const products = within(view).getByLabelText('Products');
    await waitFor(() => expect(products).toHaveValue('Polarstern'));
    expect(within(view).getByLabelText('Brand names')).toHaveValue('');
    expect(within(view).getByLabelText('Brand names')).toHaveAccessibleDescription(/Managed by Nordlicht GmbH\. Add your own terms here/);
    // The agent's name is the organisation's: shown, read-only, saying so.
    const agent = within(view).getByLabelText('Your name (signs replies)');
    expect(agent).toHaveValue('Nordlicht Team');
    expect(agent).toHaveAttribute('readonly');
    expect(agent).toHaveAccessibleDescription('Managed by Nordlicht GmbH');
    // The organisation's crisis team, every control disabled.
    const team = within(view).getByRole('region', { name: 'Crisis team' });
    expect(within(team).getByLabelText('Name')).toHaveValue('Jonas Weber');
    expect(within(team).getByLabelText('Name')).toBeDisabled();
    expect(within(team).getByRole('button', { name: 'Add member' })).toBeDisabled();

    fireEvent.change(products, { target: { value: 'Polarstern\nNordlicht Cold Brew' } });
    fireEvent.click(within(view).getByRole('button', { name: 'Save' }));
    await within(view).findByText('Saved.');
    const stored = await loadSettings(fake.db);
    expect(stored.brand.products).toEqual(['Polarstern', 'Nordlicht Cold Brew']);
    expect(stored.brand.names).toEqual([]);
    expect(stored.agentName).toBe('Mia');
    expect(stored.team?.members ?? []).toEqual([]);
    // Content scripts get both.
    const hello = await fake.env.background({ type: 'content/hello', platform: 'x', pageUrl: 'https://x.com/home' });
    expect(hello).toMatchObject({ ok: true, settings: { agentName: 'Nordlicht Team', brand: { names: ['Nordlicht Coffee', 'Nordlicht'], products: ['Polarstern', 'Nordlicht Cold Brew'] } } });
  });

  it('offers no personal brand terms when the policy does not allow them', async () => {
    const view = await openSettings({ ...POLICY, allowPersonalBrandTerms: false });
    await within(view).findByRole('list', { name: 'Brand names, managed' });
    expect(within(view).getByText(/Your organisation does not allow brand terms of your own/)).toBeInTheDocument();
    expect(within(view).queryByRole('textbox', { name: 'Products' })).toBeNull();
    expect(within(view).queryByRole('textbox', { name: 'Brand names' })).toBeNull();
  });

  it('says so when the policy forbids personal brand terms without setting any', async () => {
    const view = await openSettings({ managedBy: 'Nordlicht GmbH', allowPersonalBrandTerms: false });
    expect(await within(view).findByText('Managed by Nordlicht GmbH. Your organisation does not allow brand terms of your own.')).toBeInTheDocument();
    expect(within(view).queryByRole('textbox', { name: 'Products' })).toBeNull();
  });

  it('reports an invalid policy with the path of each problem and applies none of it', async () => {
    const view = await openSettings({ ...POLICY, brand: { names: ['Nordlicht'], handles: ['@ok', '@fine', 'not a handle'] } });
    const alert = await within(view).findByRole('alert');
    expect(alert).toHaveTextContent('Your organisation’s policy for Keel could not be applied:');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'brand.handles[2]: must be a handle such as @nordlichtcoffee (got "not a handle")',
    ]);
    expect(within(view).queryByRole('list', { name: 'Brand names, managed' })).toBeNull();
    await waitFor(() => expect(within(view).getByLabelText('Your name (signs replies)')).toHaveValue('Mia'));
    expect(within(view).getByLabelText('Your name (signs replies)')).not.toHaveAttribute('readonly');
    fireEvent.click(screen.getByRole('button', { name: 'Templates' }));
    await screen.findByRole('list', { name: 'Reply templates' });
    expect(screen.queryByText('Delivery delay (policy)')).toBeNull();
  });

  it('follows a policy change while open, in the UI language the policy sets', async () => {
    const view = await openSettings(undefined);
    await waitFor(() => expect(within(view).getByLabelText('Products')).toHaveValue('Polarstern'));
    expect(within(view).queryByRole('list', { name: 'Brand names, managed' })).toBeNull();
    await fake.setManagedPolicy({ ...POLICY, uiLanguage: 'de' });
    const german = await screen.findByRole('region', { name: 'Markenprofil' });
    expect(await within(german).findByRole('list', { name: 'Markennamen, verwaltet' })).toHaveTextContent('Nordlicht Coffee');
    expect(within(german).getByRole('status')).toHaveTextContent('Verwaltet von Nordlicht GmbH.');
    expect(within(german).getByLabelText('Sprache')).toBeDisabled();
  });

  it('shows managed templates as approved and locked, with who manages them', async () => {
    await openSettings(POLICY);
    await fake.db.templates.put({
      id: 'custom-1', version: 1, title: 'My own reply', body: 'Thanks, {author}!', crisisType: 'none', language: 'en', platforms: ['x'],
      status: 'draft', approvedBy: null, approvedAt: null, createdAt: 1, updatedAt: 1, builtin: false,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Templates' }));
    const list = await screen.findByRole('list', { name: 'Reply templates' });
    const managed = await waitFor(() => list.querySelector('[data-template="managed:delay"]') as HTMLElement);
    expect(managed).toHaveAttribute('data-status', 'approved');
    expect(within(managed).getByText('Managed by Nordlicht GmbH')).toBeInTheDocument();
    expect(within(managed).getByText(/Approved by Nordlicht GmbH/)).toBeInTheDocument();
    expect(within(managed).queryByRole('button')).toBeNull();
    const own = list.querySelector('[data-template="custom-1"]') as HTMLElement;
    expect(within(own).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('the reply view follows the managed playbook and suggests the managed template', async () => {
    const page = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
    const post: ObservedPost = {
      id: '7', platform: 'x', url: 'https://x.com/anna/status/7', threadUrl: page, pageUrl: page, authorName: 'Anna', authorHandle: 'anna', authorUrl: '',
      reach: { verified: false, followers: null }, engagement: { replies: null, reposts: null, likes: null, views: null },
      text: 'Nordlicht, where is my order? Three weeks!', language: 'en', postedAt: 1, parentId: null, byBrand: false,
      matches: [{ term: 'Nordlicht', kind: 'name', span: [0, 9] }],
      risk: { score: 40, level: 'medium', reasons: [], crisisType: 'service-complaint', language: 'en' },
    };
    const playbook = {
      crisisType: 'service-complaint', language: 'en', title: 'Nordlicht service playbook', summary: 'Ours.',
      phases: [{ phase: 'detect', steps: [{ id: 'ours-1', text: 'Look the order up in the shop system first.', levels: ['medium'] }] }],
      whoAnswers: 'Service team', channels: ['X'], holdingStatement: 'We are on it.', movePrivateWhen: 'Order numbers.', escalateWhen: 'Three posts.', escalateTo: 'Lead', deleteGuide: [],
    };
    fake = createFakeEnv(page);
    await seedDefaults(fake.db, 1_000);
    await fake.setManagedPolicy({ ...POLICY, playbooks: [playbook] });
    await upsertObservedPosts(fake.db, [post], 1_000);
    usePanelState.setState({ view: 'reply', selectedMentionId: '7' });
    render(<App env={fake.env} />);
    const section = await screen.findByRole('region', { name: 'Playbook: Nordlicht service playbook' });
    expect(within(section).getByText('Managed by Nordlicht GmbH')).toBeInTheDocument();
    expect(within(section).getByText('Look the order up in the shop system first.')).toBeInTheDocument();
    expect(await screen.findByText('Delivery delay (policy)')).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { loadSettings, saveSettings, upsertObservedPosts } from '../../lib/db';
import { approveTemplates } from '../../lib/playbooks/templates';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS, type ObservedPost } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

const POST: ObservedPost = {
  id: '7',
  platform: 'x',
  url: 'https://x.com/anna/status/7',
  threadUrl: PAGE,
  pageUrl: PAGE,
  authorName: 'Anna',
  authorHandle: 'anna',
  authorUrl: '',
  reach: { verified: false, followers: null },
  engagement: { replies: null, reposts: null, likes: null, views: null },
  text: 'My Polarstern burned my hand!',
  language: 'en',
  postedAt: 1,
  parentId: null,
  byBrand: false,
  matches: [{ term: 'Polarstern', kind: 'product', span: [3, 13] }],
  risk: { score: 80, level: 'high', reasons: [{ kind: 'safety', spans: [], weight: 30, params: {} }], crisisType: 'product-defect', language: 'en' },
};

async function start() {
  fake = createFakeEnv(PAGE);
  await seedDefaults(fake.db, 1_000);
  await saveSettings(fake.db, { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, products: ['Polarstern'] } });
  await upsertObservedPosts(fake.db, [POST], 1_000);
  render(<App env={fake.env} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  // The form shows the stored settings once they arrive; edit after that.
  await waitFor(() => expect(screen.getByLabelText('Products')).toHaveValue('Polarstern'));
  return screen.findByRole('region', { name: 'Crisis team' });
}

function addMember(section: HTMLElement, fields: Record<string, string>) {
  fireEvent.click(within(section).getByRole('button', { name: 'Add member' }));
  const member = within(section).getAllByRole('group').at(-1)!;
  for (const [label, value] of Object.entries(fields)) fireEvent.change(within(member).getByLabelText(label), { target: { value } });
}

describe('Crisis team', () => {
  it('adds a member in Settings, who then appears in the playbook with a link to notify them', async () => {
    const section = await start();
    const readiness = screen.getByRole('region', { name: 'Readiness' });
    const leadItem = () => within(readiness).getByText('Someone is named as crisis team lead').closest('li')!;
    expect(leadItem()).toHaveAttribute('data-ok', 'false');
    // Starter templates are seeded as drafts until a person approves them.
    await within(readiness).findByText(/Starter templates approved \(0 approved, \d+ drafts\)/);

    addMember(section, { Role: 'quality', Name: 'Ida Quist', Deputy: 'Ole Hansen', 'Contact (email or phone)': 'ida@nordlicht.example' });
    addMember(section, { Role: 'lead', Name: 'Maja Nowak', 'Contact (email or phone)': '+49 170 1234567' });
    expect(leadItem()).toHaveAttribute('data-ok', 'true');
    fireEvent.click(within(readiness).getByLabelText(/Monitoring is set up/));
    fireEvent.change(within(readiness).getByLabelText('Last crisis drill'), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect((await loadSettings(fake.db)).team).toEqual({
      members: [
        { role: 'quality', name: 'Ida Quist', deputy: 'Ole Hansen', contact: 'ida@nordlicht.example' },
        { role: 'lead', name: 'Maja Nowak', contact: '+49 170 1234567' },
      ],
      readiness: { monitoringSetUp: true, lastDrill: '2026-11-30' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Queue' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reply: Anna' }));
    const playbook = await screen.findByRole('region', { name: /Playbook: Product defect/ });
    const escalate = playbook.querySelector('[data-step="product-defect.respond.escalate"]') as HTMLElement;
    const mail = within(escalate).getByRole('link', { name: 'Notify Ida Quist' });
    expect(mail).toHaveAttribute('href', `mailto:ida@nordlicht.example?subject=${encodeURIComponent('Product defect or safety problem: https://x.com/anna/status/7')}`);
    expect(within(escalate).getByRole('link', { name: 'Notify Maja Nowak' })).toHaveAttribute('href', 'tel:+491701234567');
    expect(within(escalate).getByText('No legal set — add one in Settings')).toBeInTheDocument();
    // The fact-check goes to quality alone.
    const factCheck = playbook.querySelector('[data-step="product-defect.respond.fact-check"]') as HTMLElement;
    expect(within(factCheck).getAllByRole('link').map((a) => a.textContent)).toEqual(['Notify Ida Quist']);
  });

  it('refuses a contact that is neither an email nor a phone, naming the member and field', async () => {
    const section = await start();
    addMember(section, { Name: 'Maja', 'Contact (email or phone)': 'maja at nordlicht' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Crisis team 1, Contact (email or phone): must be an email address or a phone number');
    await waitFor(async () => expect((await loadSettings(fake.db)).team).toBeUndefined());
  });

  it('counts approved starter templates', async () => {
    fake = createFakeEnv(PAGE);
    await seedDefaults(fake.db, 1_000);
    await fake.db.templates.bulkPut(approveTemplates(await fake.db.templates.toArray(), 'Maja Nowak', 2_000));
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    const readiness = await screen.findByRole('region', { name: 'Readiness' });
    const item = (await within(readiness).findByText(/Starter templates approved \(\d+ approved, 0 drafts\)/)).closest('li');
    expect(item).toHaveAttribute('data-ok', 'true');
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { upsertObservedPosts } from '../../lib/db';
import { DEFAULT_SETTINGS, type ObservedPost, type Settings } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
let fake: ReturnType<typeof createFakeEnv>;
afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null, openIncidentId: null, incidentSelection: [], actingAs: null });
  await fake?.cleanup();
});

const post = (n: number, text: string, level: 'low' | 'high' | 'critical'): ObservedPost => ({
  id: `x:/user${n}/status/${n}`, platform: 'x', url: `https://x.com/user${n}/status/${n}`, threadUrl: PAGE, pageUrl: PAGE,
  authorName: `User ${n}`, authorHandle: `user${n}`, authorUrl: '', reach: { verified: n === 1, followers: 1000 * n },
  engagement: { replies: null, reposts: null, likes: null, views: null }, text, language: 'en',
  postedAt: Date.UTC(2026, 11, 6, 8, n), parentId: null, byBrand: false, matches: [],
  risk: { score: level === 'low' ? 20 : 80, level, reasons: [], crisisType: 'product-defect', language: 'en' },
});
const HOSTILE = '<img src=x onerror="alert(1)"> Nordlicht glass in my cold brew';
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] },
  agentName: 'Mia Berger',
  team: {
    members: [
      { role: 'legal', name: 'Jonas Weber', contact: '+49 30 1234567' },
      { role: 'lead', name: 'Ada Lind', contact: 'ada@nordlicht.example' },
    ],
    readiness: { monitoringSetUp: false, lastDrill: null },
  },
};

async function setUp() {
  fake = createFakeEnv(PAGE);
  expect((await fake.env.background({ type: 'settings/save', settings: SETTINGS })).ok).toBe(true);
  await upsertObservedPosts(fake.db, [post(1, HOSTILE, 'critical'), post(2, 'Nordlicht never answers', 'low'), post(3, 'Nordlicht is fine', 'low')], 10);
  render(<App env={fake.env} />);
}

const timelineKinds = (detail: HTMLElement) => [...detail.querySelectorAll('.incident-log > li')].map((li) => li.getAttribute('data-kind'));

describe('the incident record in the panel', () => {
  it('opens an incident from two ticked mentions and records decision, escalation, note and status with who', async () => {
    await setUp();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select for an incident: User 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select for an incident: User 2' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open incident from 2 mentions' }));
    const bar = screen.getByRole('region', { name: '2 selected' });
    // The new incident's fields start from the mentions: their crisis type and highest risk.
    expect(((await within(bar).findByLabelText('Crisis type', {}, { timeout: 5000 })) as HTMLSelectElement).value).toBe('product-defect');
    expect((within(bar).getByLabelText('Severity') as HTMLSelectElement).value).toBe('critical');
    fireEvent.change(within(bar).getByLabelText('Title'), { target: { value: 'Glass in cold brew' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Open incident' }));

    const detail = (await screen.findByRole('article', {}, { timeout: 5000 })) as HTMLElement;
    expect(usePanelState.getState().incidentSelection).toEqual([]);
    await waitFor(() => expect(detail.querySelectorAll('.evidence > li')).toHaveLength(2));
    const evidence = detail.querySelector('.evidence') as HTMLElement;
    // Page text is shown as text, never as markup.
    expect(evidence).toHaveTextContent(HOSTILE);
    expect(detail.querySelector('img')).toBeNull();
    expect(evidence).toHaveTextContent('@user1');
    expect(evidence).toHaveTextContent('1000 followers');
    expect(evidence).toHaveTextContent('https://x.com/user2/status/2');
    expect(evidence).toHaveTextContent('Risk when linked: critical (80)');
    expect(timelineKinds(detail)).toEqual(['opened', 'mention-added', 'mention-added']);
    expect(detail.querySelector('.incident-log')).toHaveTextContent('by Mia Berger');

    // The guide: ticking "lewd or graphic" turns the recommendation (and the choice) to delete.
    const decision = within(detail).getByRole('form', { name: 'Delete, keep or hide a post' });
    expect(within(decision).getByText('The guide recommends: Keep')).toBeTruthy();
    fireEvent.click(within(decision).getByLabelText(/lewd or graphic/));
    expect(within(decision).getByText('The guide recommends: Delete')).toBeTruthy();
    expect((within(decision).getByLabelText('Decision') as HTMLSelectElement).value).toBe('delete');
    fireEvent.click(within(decision).getByLabelText(/lewd or graphic/));
    fireEvent.click(within(decision).getByLabelText(/Screenshots of the post already exist/));
    fireEvent.change(within(decision).getByLabelText('Post (link)'), { target: { value: 'https://x.com/nordlichtcoffee/status/1790000000000000001' } });
    fireEvent.change(within(decision).getByLabelText('Reason'), { target: { value: 'Screenshots are out; we answer instead' } });
    fireEvent.click(within(decision).getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(timelineKinds(detail)).toContain('decision'));

    // "You" becomes Ada; the escalation goes to Jonas, role and contact from the team.
    fireEvent.change(within(detail).getByLabelText('You are'), { target: { value: 'Ada Lind' } });
    const escalation = within(detail).getByRole('form', { name: 'Escalate to someone' });
    fireEvent.change(within(escalation).getByLabelText('From the crisis team'), { target: { value: '0' } });
    expect((within(escalation).getByLabelText('Contact') as HTMLInputElement).value).toBe('+49 30 1234567');
    fireEvent.click(within(escalation).getByRole('button', { name: 'Record escalation' }));
    await waitFor(() => expect(timelineKinds(detail)).toContain('escalation'));

    fireEvent.change(within(detail).getByLabelText('Note'), { target: { value: 'Batch 42 pulled from shelves' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(timelineKinds(detail)).toContain('note'));
    fireEvent.change(within(detail).getByLabelText('New status'), { target: { value: 'resolved' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Change status' }));
    await waitFor(() => expect(detail.getAttribute('data-status')).toBe('resolved'));

    const items = [...detail.querySelectorAll('.incident-log > li')] as HTMLElement[];
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['opened', 'mention-added', 'mention-added', 'decision', 'escalation', 'note', 'status-changed']);
    expect(items[3]).toHaveTextContent('Keep — https://x.com/nordlichtcoffee/status/1790000000000000001: Screenshots are out; we answer instead');
    expect(items[3]).toHaveTextContent('by Mia Berger');
    expect(items[4]).toHaveTextContent('to Jonas Weber (legal) · phone · +49 30 1234567');
    expect(items[4]).toHaveTextContent('by Ada Lind');
    expect(items[5]).toHaveTextContent('Batch 42 pulled from shelves');
    expect(items[6]).toHaveTextContent('detected → resolved');
    const [incident] = await fake.db.incidents.toArray();
    expect(incident).toMatchObject({ title: 'Glass in cold brew', status: 'resolved', severity: 'critical' });
    expect(incident!.resolvedAt).not.toBeNull();
  }, 30_000);

  it('adds ticked mentions to an open incident, edits its details with a logged change, and shows the figures', async () => {
    await setUp();
    expect((await fake.env.background({ type: 'incident/open', draft: { title: 'Service delays', crisisType: 'service-complaint', severity: 'medium' }, mentionIds: [] })).ok).toBe(true);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select for an incident: User 3' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add to incident…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add' }, { timeout: 5000 }));
    const detail = (await screen.findByRole('article', {}, { timeout: 5000 })) as HTMLElement;
    await waitFor(() => expect(detail.querySelectorAll('.evidence > li')).toHaveLength(1));
    expect(detail.querySelector('.per-hour tbody tr')?.getAttribute('data-linked')).toBe('1');
    expect(detail.querySelector('.first-response')).toHaveTextContent('No reply yet');

    fireEvent.change(within(detail).getByLabelText('Owner'), { target: { value: 'Ada Lind' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(timelineKinds(detail)).toContain('field-changed'));
    expect(detail.querySelector('[data-kind="field-changed"]')).toHaveTextContent('owner: — → Ada Lind');
    expect(detail.querySelector('header')).toHaveTextContent('Owner: Ada Lind');
  }, 30_000);

  it('lists five hundred incidents from the incidents table alone, open ones first', async () => {
    fake = createFakeEnv(PAGE);
    const now = Date.now();
    await fake.db.incidents.bulkAdd(
      Array.from({ length: 500 }, (_, i) => ({
        id: `inc-${i}`, title: `Incident ${i}`, crisisType: 'service-complaint' as const, severity: 'medium' as const,
        status: i % 2 ? ('resolved' as const) : ('responding' as const), phase: 'respond' as const, owner: i % 3 ? '' : 'Mia',
        platforms: ['x' as const], openedAt: now - i, resolvedAt: i % 2 ? now : null, mentionIds: [`m${i}`], nextUpdateDueAt: null, review: null, updatedAt: now - i,
      })),
    );
    const events = vi.spyOn(fake.db.incidentEvents, 'where');
    const evidence = vi.spyOn(fake.db.evidence, 'where');
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Incidents' }));
    const list = await screen.findByRole('list', { name: 'Incident log' });
    // The first page is drawn at once; the rest a page at a time, as the person asks for it.
    await waitFor(() => expect(list.querySelectorAll(':scope > li')).toHaveLength(50));
    expect(screen.getByRole('button', { name: 'Show 50 more (450 not shown)' })).toBeInTheDocument();
    for (let shown = 50; shown < 500; shown += 50) {
      fireEvent.click(screen.getByRole('button', { name: /^Show 50 more/ }));
      await waitFor(() => expect(list.querySelectorAll(':scope > li')).toHaveLength(shown + 50));
    }
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
    const statuses = [...list.querySelectorAll(':scope > li')].map((li) => li.getAttribute('data-status'));
    expect(statuses.slice(0, 250).every((s) => s === 'responding')).toBe(true);
    expect(statuses.slice(250).every((s) => s === 'resolved')).toBe(true);
    expect(events).not.toHaveBeenCalled();
    expect(evidence).not.toHaveBeenCalled();
  }, 90_000);
});

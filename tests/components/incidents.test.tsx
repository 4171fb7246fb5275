// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { upsertObservedPosts } from '../../lib/db';
import type { ObservedPost } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
let fake: ReturnType<typeof createFakeEnv>;
afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null, openIncidentId: null, incidentSelection: [], actingAs: null });
  await fake?.cleanup();
});

const post: ObservedPost = {
  id: 'x:/dbrooks_92/status/1', platform: 'x', url: 'https://x.com/dbrooks_92/status/1', threadUrl: PAGE, pageUrl: PAGE,
  authorName: 'Dan Brooks', authorHandle: 'dbrooks_92', authorUrl: '', reach: { verified: false, followers: null },
  engagement: { replies: null, reposts: null, likes: null, views: null }, text: '@nordlichtcoffee your account was hacked?', language: 'en',
  postedAt: 1, parentId: null, byBrand: false, matches: [],
  risk: { score: 70, level: 'high', reasons: [], crisisType: 'security-incident', language: 'en' },
};

describe('Incidents view', () => {
  it('shows the incident an escalation opened, its log, and closes it with lessons learned', async () => {
    fake = createFakeEnv(PAGE);
    await upsertObservedPosts(fake.db, [post], 10);
    expect((await fake.env.background({ type: 'mention/set-status', id: post.id, status: 'escalated' })).ok).toBe(true);
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Incidents' }));
    const list = await screen.findByRole('list', { name: 'Incident log' });
    await waitFor(() => expect(list.querySelectorAll(':scope > li')).toHaveLength(1));
    const item = list.querySelector(':scope > li') as HTMLElement;
    expect(item.getAttribute('data-status')).toBe('detected');
    expect(item).toHaveTextContent('1 mentions');
    fireEvent.click(within(item).getByRole('button'));
    const detail = (await screen.findByRole('article')) as HTMLElement;
    fireEvent.change(within(detail).getByLabelText('Phase'), { target: { value: 'recover' } });
    await waitFor(async () => expect((await fake.db.incidents.toArray())[0]!.phase).toBe('recover'));
    fireEvent.change(within(detail).getByLabelText('New status'), { target: { value: 'resolved' } });
    fireEvent.change(within(detail).getByLabelText('Why (optional)'), { target: { value: 'Enable 2FA on the brand account' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Change status' }));
    await waitFor(async () => expect((await fake.db.incidents.toArray())[0]!.status).toBe('resolved'));
    await waitFor(() => expect(detail.querySelectorAll('.incident-log > li')).toHaveLength(4));
    expect(detail.querySelector('.incident-log')).toHaveTextContent('Enable 2FA on the brand account');
  });

  it('shows when the next promised update is due, and says overdue once it has passed', async () => {
    fake = createFakeEnv(PAGE);
    await upsertObservedPosts(fake.db, [post], 10);
    await fake.env.background({ type: 'mention/set-status', id: post.id, status: 'escalated' });
    const [incident] = await fake.db.incidents.toArray();
    const due = Date.now() + 3_600_000;
    await fake.db.incidents.update(incident!.id, { nextUpdateDueAt: due });
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Incidents' }));
    fireEvent.click(await screen.findByRole('button', { name: /Hacked account|Security/ }));
    const line = await waitFor(() => {
      const el = document.querySelector('.next-update-due') as HTMLElement | null;
      expect(el).not.toBeNull();
      return el!;
    });
    expect(line).toHaveTextContent(/^Next update due /);
    expect(line.getAttribute('data-overdue')).toBe('false');
    expect(line.querySelector('time')!.getAttribute('dateTime')).toBe(new Date(due).toISOString());

    await fake.db.incidents.update(incident!.id, { nextUpdateDueAt: Date.now() - 60_000 });
    await waitFor(() => expect(document.querySelector('.next-update-due')).toHaveTextContent(/^Next update overdue: it was due /));
    expect(document.querySelector('.next-update-due')!.classList.contains('overdue')).toBe(true);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { upsertObservedPosts, loadSettings, saveSettings } from '../../lib/db';
import { DEFAULT_SETTINGS, type ObservedPost } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

function post(id: string, text: string, level: 'low' | 'medium' | 'high' | 'critical', postedAt: number): ObservedPost {
  return {
    id,
    platform: 'x',
    url: `https://x.com/u/status/${id}`,
    threadUrl: PAGE,
    pageUrl: PAGE,
    authorName: `Author ${id}`,
    authorHandle: `u${id}`,
    authorUrl: '',
    reach: { verified: level === 'critical', followers: null },
    engagement: { replies: null, reposts: null, likes: null, views: null },
    text,
    language: 'en',
    postedAt,
    parentId: null,
    byBrand: false,
    matches: [],
    risk: {
      score: { low: 10, medium: 40, high: 65, critical: 90 }[level],
      level,
      reasons: level === 'low' ? [] : [{ kind: 'boycott', spans: [0, 7].length ? [[0, 7]] : [], weight: 30, params: {} }],
      crisisType: 'none',
      language: 'en',
    },
  };
}

const brand = { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] } };

describe('Queue view', () => {
  it('lists the tab’s mentions riskiest first, live, and reveals the selected one in the page', async () => {
    fake = createFakeEnv(PAGE);
    await saveSettings(fake.db, brand);
    await upsertObservedPosts(fake.db, [post('1', 'Nordlicht is fine', 'low', 3), post('2', 'Boycott Nordlicht', 'high', 1)], 10);
    render(<App env={fake.env} />);
    const list = await screen.findByRole('list', { name: 'Mentions on this page' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2));
    const ids = () => Array.from(list.querySelectorAll(':scope > li')).map((li) => li.getAttribute('data-mention-id'));
    expect(ids()).toEqual(['2', '1']);

    // Live: a new critical mention appears at the top without a reload.
    await act(() => upsertObservedPosts(fake.db, [post('3', 'Boycott! Everyone RT', 'critical', 2)], 11));
    await waitFor(() => expect(ids()).toEqual(['3', '2', '1']));
    // Mentions on other pages are not listed.
    await act(() => upsertObservedPosts(fake.db, [{ ...post('4', 'Nordlicht', 'critical', 9), pageUrl: 'https://x.com/home' }], 12));
    expect(ids()).toEqual(['3', '2', '1']);

    fireEvent.click(list.querySelector('li[data-mention-id="2"] .mention-main')!);
    expect(fake.sentToTab.at(-1)).toEqual({ tabId: 42, message: { type: 'mention/reveal', id: '2' } });
    expect(list.querySelector('[data-mention-id="2"]')!.className).toContain('selected');
  });

  it('renders page text as text, never as HTML', async () => {
    fake = createFakeEnv(PAGE);
    await saveSettings(fake.db, brand);
    await upsertObservedPosts(fake.db, [post('1', '<img src=x onerror=alert(1)> Nordlicht', 'medium', 1)], 10);
    render(<App env={fake.env} />);
    const item = await screen.findByText(/onerror=alert/);
    expect(item.closest('li')!.querySelector('img')).toBeNull();
  });

  it('asks for a brand profile when none is set', async () => {
    fake = createFakeEnv(PAGE);
    render(<App env={fake.env} />);
    expect(await screen.findByText(/Add your brand names/)).toBeInTheDocument();
  });
});

describe('language', () => {
  it('follows the browser’s language, and the person’s choice over it', async () => {
    fake = createFakeEnv(PAGE);
    fake.env.browserLanguages = ['de-AT', 'en'];
    render(<App env={fake.env} />);
    expect(await screen.findByRole('button', { name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Erwähnungen auf dieser Seite/ })).toBeInTheDocument();
    await saveSettings(fake.db, { ...brand, uiLanguage: 'pl' });
    expect(await screen.findByRole('button', { name: 'Ustawienia' })).toBeInTheDocument();
  });
});

describe('Settings view', () => {
  async function openSettings() {
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  }

  it('edits the brand profile in labelled fields and saves it', async () => {
    fake = createFakeEnv(PAGE);
    await openSettings();
    fireEvent.change(screen.getByLabelText('Brand names'), { target: { value: 'Nordlicht Coffee\nNordlicht' } });
    fireEvent.change(screen.getByLabelText('Handles'), { target: { value: '@nordlichtcoffee' } });
    fireEvent.change(screen.getByLabelText('Hashtags'), { target: { value: '#nordlicht' } });
    fireEvent.change(screen.getByLabelText('Products'), { target: { value: 'Polarstern' } });
    fireEvent.change(screen.getByLabelText('Exclude'), { target: { value: 'Nordlicht Festival' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    const saved = await loadSettings(fake.db);
    expect(saved.brand.names).toEqual(['Nordlicht Coffee', 'Nordlicht']);
    expect(saved.brand.products).toEqual(['Polarstern']);
  });

  it('refuses an invalid handle, says which field is wrong, and changes nothing', async () => {
    fake = createFakeEnv(PAGE);
    await saveSettings(fake.db, brand);
    await openSettings();
    await waitFor(() => expect(screen.getByLabelText('Brand names')).toHaveValue('Nordlicht'));
    fireEvent.change(screen.getByLabelText('Handles'), { target: { value: '@ok\nnot a handle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Handles 2');
    expect((await loadSettings(fake.db)).brand).toEqual(brand.brand);
  });

  it('imports a settings file all-or-nothing', async () => {
    fake = createFakeEnv(PAGE);
    await saveSettings(fake.db, brand);
    await openSettings();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const bad = new File([JSON.stringify({ keel: 'settings', version: 1, settings: { ...brand, brand: { ...brand.brand, hashtags: ['#ok', 'two words'] } } })], 'bad.json');
    fireEvent.change(input, { target: { files: [bad] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/hashtags/);
    expect((await loadSettings(fake.db)).brand).toEqual(brand.brand);

    const good = new File([JSON.stringify({ keel: 'settings', version: 1, settings: { ...brand, agentName: 'Jonas' } })], 'good.json');
    fireEvent.change(input, { target: { files: [good] } });
    expect(await screen.findByRole('status')).toHaveTextContent('Imported');
    expect((await loadSettings(fake.db)).agentName).toBe('Jonas');
  });
});

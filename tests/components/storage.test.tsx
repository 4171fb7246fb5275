// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import type { ObservedPost } from '../../lib/schema';
import type { StorageLike } from '../../lib/storage-care';
import { createFakeEnv } from './fake-env';

let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

/** A browser storage manager that keeps data only once asked, and grants (or refuses) the request. */
function storageManager(grants: boolean) {
  let persisted = false;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grants;
      return grants;
    }),
    estimate: vi.fn(async () => ({ usage: 12_400_000, quota: 2_000_000_000 })),
  } satisfies StorageLike;
  return storage;
}

function openSettings(storage: StorageLike | undefined) {
  fake = createFakeEnv();
  fake.env.storage = storage;
  usePanelState.setState({ view: 'settings' });
  render(<App env={fake.env} />);
  return screen.findByRole('region', { name: 'Storage' });
}

describe('Settings → Storage', { timeout: 20_000 }, () => {
  it('says the browser may clear Keel’s data, keeps it on request, and shows usage and quota', async () => {
    const storage = storageManager(true);
    const section = await openSettings(storage);
    await waitFor(() => expect(section).toHaveTextContent('The browser may clear Keel’s data when space runs low.'));
    expect(section).toHaveTextContent('Keel uses 12.4 MB of the 2.0 GB the browser allows it.');
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(section).toHaveTextContent('Keel’s data is kept even when space runs low.'));
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Keep it' })).toBeNull();
  });

  it('says so when the browser refuses, and offers the button again', async () => {
    const section = await openSettings(storageManager(false));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(section).toHaveTextContent('The browser did not agree to keep Keel’s data. Export a backup from time to time.'));
    expect(screen.getByRole('button', { name: 'Keep it' })).toBeInTheDocument();
  });

  it('says what the browser does not tell', async () => {
    const section = await openSettings(undefined);
    await waitFor(() => expect(section).toHaveTextContent('The browser does not say whether it keeps Keel’s data when space runs low.'));
    expect(section).toHaveTextContent('The browser does not say how much space Keel uses.');
  });
});

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
const post: ObservedPost = {
  id: 'x:/a/status/1', platform: 'x', url: 'https://x.com/a/status/1', threadUrl: PAGE, pageUrl: PAGE,
  authorName: 'A', authorHandle: 'a', authorUrl: '', reach: { verified: false, followers: null },
  engagement: { replies: null, reposts: null, likes: null, views: null }, text: 'Nordlicht broke my grinder', language: 'en',
  postedAt: null, parentId: null, byBrand: false, matches: [], risk: null,
};

describe('a full storage, on every view', () => {
  it('tells the person which mentions were not stored and what to do, until a write goes through', async () => {
    fake = createFakeEnv(PAGE);
    render(<App env={fake.env} />);
    await screen.findByRole('list', { name: 'Mentions on this page' });
    const bulkPut = fake.db.mentions.bulkPut.bind(fake.db.mentions);
    fake.db.mentions.bulkPut = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof bulkPut;
    // What a content script sends as it reads the page.
    expect((await fake.env.background({ type: 'posts/observed', posts: [post] })).ok).toBe(false);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'Keel could not store the mentions on this page because the browser’s storage for Keel is full: free space on this computer, or export and delete old incidents.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Keel could not store the mentions on this page');

    fake.db.mentions.bulkPut = bulkPut;
    expect((await fake.env.background({ type: 'posts/observed', posts: [post] })).ok).toBe(true);
    await waitFor(() => expect(screen.queryByText(/Keel could not store/)).toBeNull(), { timeout: 5000 });
  }, 20_000);
});

describe('a backup that would not fit', () => {
  it('is refused after the person confirms, before anything stored is cleared, saying why', async () => {
    const { fill, dump } = await import('../files/fixture');
    const { exportBackup } = await import('../../lib/backup');
    const source = createFakeEnv();
    await fill(source.db);
    const text = await exportBackup(source.db, 0);
    await source.cleanup();
    // Room for a few kilobytes; the backup's rows take far more.
    const section = await openSettings({ persisted: async () => true, estimate: async () => ({ usage: 99_990_000, quota: 100_000_000 }) });
    const before = await dump(fake.db);
    const backup = screen.getByRole('region', { name: 'Backup' });
    fireEvent.change(within(backup).getByLabelText('Restore from backup'), { target: { files: [new File([text], 'keel-backup.json', { type: 'application/json' })] } });
    fireEvent.click(within(await within(backup).findByRole('alertdialog')).getByRole('button', { name: 'Replace with the backup' }));
    const alert = await within(backup).findByRole('alert');
    expect(alert).toHaveTextContent('Keel could not store the backup you restored because the browser’s storage for Keel is full');
    expect(await dump(fake.db)).toEqual(before);
    expect(section).toBeInTheDocument();
  }, 30_000);
});

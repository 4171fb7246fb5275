// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { PanelProvider } from '../../components/PanelContext';
import { ExportMenu } from '../../components/incidents/ExportMenu';
import { usePanelState } from '../../components/state';
import { dump, fill } from '../files/fixture';
import { createFakeEnv } from './fake-env';

const fakes: Array<ReturnType<typeof createFakeEnv>> = [];
/** What the panel handed to the browser to save: file name and the Blob's text. */
let downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:keel/${++n}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  while (fakes.length) await fakes.pop()!.cleanup();
});

function newEnv() {
  const fake = createFakeEnv();
  fakes.push(fake);
  return fake;
}

const fileOf = (text: string, name = 'keel-backup.json') => new File([text], name, { type: 'application/json' });

describe('ExportMenu', () => {
  it('offers a Markdown report and JSON of the incident and downloads each', async () => {
    const fake = newEnv();
    const incidentId = await fill(fake.db);
    render(
      <PanelProvider env={fake.env}>
        <ExportMenu incidentId={incidentId} />
      </PanelProvider>,
    );
    expect(screen.queryByRole('menuitem')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Markdown report' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('keel-incident-2026-11-24-service-complaint-b.md');
    const report = await downloads[0]!.blob.text();
    expect(report).toMatch(/^# Service complaint &lt;b&gt;\n/);
    expect(report).toContain('> &lt;img src=x onerror="alert\\(1\\)"&gt; Nordlicht ruined my morning');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name).toBe('keel-incident-2026-11-24-service-complaint-b.json');
    expect(JSON.parse(await downloads[1]!.blob.text())).toMatchObject({ keel: 'incident', version: 1, incident: { id: incidentId } });
  });

  it('says so when the incident is gone', async () => {
    const fake = newEnv();
    render(
      <PanelProvider env={fake.env}>
        <ExportMenu incidentId="incident-gone" />
      </PanelProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not export: No incident with id incident-gone');
    expect(downloads).toHaveLength(0);
  });
});

async function openSettings(fake: ReturnType<typeof createFakeEnv>) {
  usePanelState.setState({ view: 'settings' });
  const view = render(<App env={fake.env} />);
  const section = await screen.findByRole('region', { name: 'Backup' });
  return { section, view };
}

describe('Settings → Backup', { timeout: 30_000 }, () => {
  it('backs up everything, and restores it elsewhere after saying what it replaces; Cancel keeps everything', async () => {
    const source = newEnv();
    await fill(source.db);
    const { section, view } = await openSettings(source);
    fireEvent.click(within(section).getByRole('button', { name: 'Back up everything' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^keel-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await downloads[0]!.blob.text();
    view.unmount();

    const target = newEnv();
    await target.db.open();
    const { section: restore } = await openSettings(target);
    const before = await dump(target.db);
    const templatesNow = await target.db.templates.count();
    const backupTemplates = JSON.parse(text).tables.templates.length;
    const backupPlaybooks = JSON.parse(text).tables.playbooks.length;
    expect(backupPlaybooks).toBeGreaterThan(0);
    fireEvent.change(within(restore).getByLabelText('Restore from backup'), { target: { files: [fileOf(text)] } });
    const dialog = await within(restore).findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      `This replaces 0 incidents, 0 mentions, ${templatesNow} templates and 0 playbooks stored now with the backup’s 1 incidents, 7 mentions, ${backupTemplates} templates and ${backupPlaybooks} playbooks.`,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(restore).queryByRole('alertdialog')).toBeNull());
    expect(await dump(target.db)).toEqual(before);

    fireEvent.change(within(restore).getByLabelText('Restore from backup'), { target: { files: [fileOf(text)] } });
    fireEvent.click(within(await within(restore).findByRole('alertdialog')).getByRole('button', { name: 'Replace with the backup' }));
    expect(await within(restore).findByRole('status')).toHaveTextContent(`Restored: 1 incidents, 7 mentions, ${backupTemplates} templates and ${backupPlaybooks} playbooks.`);
    expect(await dump(target.db)).toEqual(await dump(source.db));
    // The form shows the restored brand (saved again through the background).
    await waitFor(() => expect(screen.getByLabelText('Brand names')).toHaveValue('Nordlicht'));
  });

  it('refuses a bad backup naming the field, and changes nothing', async () => {
    const source = newEnv();
    await fill(source.db);
    const file = JSON.parse(await (await import('../../lib/backup')).exportBackup(source.db, 0));
    file.tables.mentions[2].status = 'archived';
    const target = newEnv();
    const { section } = await openSettings(target);
    const before = await dump(target.db);
    fireEvent.change(within(section).getByLabelText('Restore from backup'), { target: { files: [fileOf(JSON.stringify(file))] } });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed. The backup has these problems:');
    expect(alert).toHaveTextContent('tables.mentions[2].status: must be one of "new", "replied", "ignored", "escalated" (got "archived")');
    expect(within(section).queryByRole('alertdialog')).toBeNull();
    expect(await dump(target.db)).toEqual(before);
  });

  it('exports a pack and imports one as drafts', async () => {
    const source = newEnv();
    await fill(source.db);
    await source.db.templates.put({ ...(await source.db.templates.toCollection().first())!, id: 'own-thanks', version: 1, status: 'approved', approvedBy: 'Maria', approvedAt: 1, builtin: false });
    const { section, view } = await openSettings(source);
    fireEvent.change(within(section).getByLabelText('Pack name'), { target: { value: 'Nordlicht' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Export pack' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const pack = await downloads[0]!.blob.text();
    expect(JSON.parse(pack)).toMatchObject({ keel: 'pack', name: 'Nordlicht', templates: [{ id: 'own-thanks', status: 'approved' }] });
    view.unmount();

    const target = newEnv();
    const { section: other } = await openSettings(target);
    fireEvent.change(within(other).getByLabelText('Import pack'), { target: { files: [fileOf(pack, 'pack.json')] } });
    expect(await within(other).findByRole('status')).toHaveTextContent('Imported 1 templates and 0 playbooks as drafts.');
    expect(await target.db.templates.get(['own-thanks', 1])).toMatchObject({ status: 'draft', approvedBy: null });
  });
});

import { useId, useRef, useState } from 'react';
import { exportBackup, parseBackup, restoreBackup, storedCounts, backupCounts, type BackupTables } from '../../lib/backup';
import { loadSettings } from '../../lib/db';
import { downloadText, fileDay } from '../../lib/files/download';
import { exportPack, importPack } from '../../lib/files/packs';
import { ensureRoomFor } from '../../lib/storage-care';
import { usePanel } from '../PanelContext';

type Problem = { title: string; lines: string[] };
/** A read backup awaiting the person's yes; bytes: the file's size in memory (UTF-16), for the room check. */
type Pending = { tables: BackupTables; confirm: string; bytes: number };

/** The four figures people recognise in a confirmation: incidents, mentions, templates, playbooks. */
const headline = (c: Record<'incidents' | 'mentions' | 'templates' | 'playbooks', number>) => ({
  incidents: c.incidents,
  mentions: c.mentions,
  templates: c.templates,
  playbooks: c.playbooks,
});

function ProblemList({ problem }: { problem: Problem }) {
  return (
    <div role="alert" className="errors">
      <p>{problem.title}</p>
      <ul>
        {problem.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Settings → Backup: back up everything, restore from a backup (after saying what it
 * replaces), and playbook packs. The panel writes the restore itself, in one transaction on
 * the database it shares with the background, then asks the background to save and broadcast
 * the restored settings so open pages match with them at once.
 */
export function BackupSection() {
  const { env, t, personalSettings, language } = usePanel();
  const ids = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  const fail = (title: string, lines: string[]) => {
    setNotice('');
    setProblem({ title, lines });
  };

  async function onBackup() {
    try {
      downloadText(await exportBackup(env.db, Date.now()), `keel-backup-${fileDay(Date.now())}.json`, 'application/json');
    } catch (e) {
      fail(t('export.failed', { error: '' }), [e instanceof Error ? e.message : String(e)]);
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setNotice(t('backup.reading'));
    setProblem(null);
    try {
      const text = await file.text();
      const parsed = await parseBackup(text);
      if (!parsed.ok) return fail(t('backup.failed'), parsed.errors);
      const now = headline(await storedCounts(env.db));
      const next = headline(backupCounts(parsed.tables));
      setNotice('');
      setPending({
        tables: parsed.tables,
        bytes: text.length * 2,
        confirm: t('backup.confirm', { ...now, newIncidents: next.incidents, newMentions: next.mentions, newTemplates: next.templates, newPlaybooks: next.playbooks }),
      });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function onConfirm() {
    if (!pending) return;
    setBusy(true);
    try {
      // A restore that would not fit in the browser's storage is refused before it clears anything.
      const room = await ensureRoomFor(env.storage, pending.bytes, 'backup', language).then(() => null, (e: Error) => e.message);
      if (room) {
        setPending(null);
        return fail(t('backup.failed'), [room]);
      }
      const result = await restoreBackup(env.db, pending.tables);
      setPending(null);
      if (!result.ok) return fail(t('backup.failed'), result.errors);
      // Saved again through the background, which tells content scripts the restored settings.
      const reply = await env.background({ type: 'settings/save', settings: await loadSettings(env.db) });
      if (!reply.ok) return fail(t('backup.failed'), [reply.error]);
      setProblem(null);
      setNotice(t('backup.restored', headline(result.counts)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="backup" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>{t('backup.heading')}</h3>
      <p className="help">{t('backup.help')}</p>
      <div className="actions">
        <button type="button" onClick={() => void onBackup()} disabled={busy}>
          {t('backup.export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy || pending !== null}>
          {t('backup.restore')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('backup.restore')}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div role="alertdialog" aria-labelledby={`${ids}-confirm`} className="confirm">
          <p id={`${ids}-confirm`}>{pending.confirm}</p>
          <button type="button" onClick={() => void onConfirm()} disabled={busy}>
            {t('backup.confirmButton')}
          </button>
          <button type="button" onClick={() => setPending(null)} disabled={busy}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
      {problem && <ProblemList problem={problem} />}
      <PackControls by={personalSettings.agentName} />
    </section>
  );
}

/** Playbook packs: export the team's approved templates and own playbooks; import another team's as drafts. */
function PackControls({ by }: { by: string }) {
  const { env, t } = usePanel();
  const ids = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  async function onExport() {
    const text = await exportPack(env.db, name, Date.now());
    downloadText(text, `keel-pack-${fileDay(Date.now())}.json`, 'application/json');
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    const result = await importPack(env.db, await file.text(), by, Date.now());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setNotice('');
      setProblem({ title: t('packs.failed'), lines: result.errors });
      return;
    }
    setProblem(null);
    setNotice(t('packs.imported', { templates: result.templates, playbooks: result.playbooks }));
  }

  return (
    <section className="packs" aria-labelledby={`${ids}-h`}>
      <h4 id={`${ids}-h`}>{t('packs.heading')}</h4>
      <p className="help">{t('packs.help')}</p>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('packs.name')}</label>
        <input id={`${ids}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void onExport()}>
          {t('packs.export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('packs.import')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label={t('packs.import')} onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {notice && <p role="status">{notice}</p>}
      {problem && <ProblemList problem={problem} />}
    </section>
  );
}

import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CrisisLanguageFilters } from '../CrisisLanguageFilters';
import type { MessageKey } from '../../lib/i18n';
import { playbookFor } from '../../lib/playbooks/guidance';
import { pendingDraft } from '../../lib/playbooks/versions';
import { crisisTypeLabel } from '../../lib/risk/explain';
import { CRISIS_TYPES, type CrisisType, type Language, type Playbook, type PlaybookVersion } from '../../lib/schema';
import { managedByLabel, usePanel } from '../PanelContext';
import { PlaybookEditor } from './PlaybookEditor';
import { PlaybookHistory } from './PlaybookHistory';

/** Every crisis type but "none": no playbook is kept for posts that are no crisis. */
const PLAYBOOK_CRISIS_TYPES = CRISIS_TYPES.filter((c) => c !== 'none');

type Open = { id: string; mode: 'edit' | 'history' } | null;

/** Every stored version, grouped by playbook id, oldest first. */
function byPlaybook(versions: readonly PlaybookVersion[]): Map<string, PlaybookVersion[]> {
  const map = new Map<string, PlaybookVersion[]>();
  for (const v of versions) map.set(v.id, [...(map.get(v.id) ?? []), v]);
  for (const list of map.values()) list.sort((a, b) => a.version - b.version);
  return map;
}

/**
 * The playbooks, by crisis type and language: the one the panel uses for each, its
 * drafts awaiting approval, an editor that saves drafts, and the version history with
 * the differences. The organisation's playbooks are shown locked.
 */
export function PlaybooksView() {
  const { env, t, language } = usePanel();
  const id = useId();
  const playbooks = useLiveQuery(() => env.db.playbooks.toArray(), [env.db]);
  const versions = useLiveQuery(() => env.db.playbookVersions.toArray(), [env.db]);
  const [crisisFilter, setCrisisFilter] = useState<CrisisType | 'all'>('all');
  const [languageFilter, setLanguageFilter] = useState<Language | 'all'>(language);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const history = useMemo(() => byPlaybook(versions ?? []), [versions]);

  const shown = useMemo(
    () =>
      (playbooks ?? [])
        .filter((p) => (crisisFilter === 'all' || p.crisisType === crisisFilter) && (languageFilter === 'all' || p.language === languageFilter))
        .sort((a, b) => CRISIS_TYPES.indexOf(a.crisisType) - CRISIS_TYPES.indexOf(b.crisisType) || a.language.localeCompare(b.language) || a.title.localeCompare(b.title)),
    [playbooks, crisisFilter, languageFilter],
  );
  const drafts = useMemo(() => [...history.values()].map(pendingDraft).filter((d): d is PlaybookVersion => d !== null), [history]);
  const openPlaybook = open ? ((playbooks ?? []).find((p) => p.id === open.id) ?? history.get(open.id)?.at(-1)?.playbook ?? null) : null;

  return (
    <section className="view playbooks" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('playbooks.heading')}</h2>
      <p className="hint">{t('playbooks.intro')}</p>
      {drafts.length > 0 && (
        <section className="playbook-drafts" aria-labelledby={`${id}-drafts`}>
          <h3 id={`${id}-drafts`}>{t('playbooks.drafts')}</h3>
          <ul>
            {drafts.map((d) => (
              <li key={d.id} data-playbook={d.id} data-version={d.version}>
                {d.playbook.title} · {t(`lang.${d.playbook.language}` as MessageKey)} · {t('templates.version', { version: d.version })}
                {d.change && <span className="hint"> — {d.change}</span>}{' '}
                <button type="button" onClick={() => setOpen({ id: d.id, mode: 'history' })}>
                  {t('playbooks.review')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="filters">
        <CrisisLanguageFilters crisis={crisisFilter} onCrisis={setCrisisFilter} language={languageFilter} onLanguage={setLanguageFilter} crisisTypes={PLAYBOOK_CRISIS_TYPES} />
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {open && openPlaybook && (
        <OpenPlaybook
          key={`${open.id}-${open.mode}`}
          playbook={openPlaybook}
          history={history.get(open.id) ?? []}
          mode={open.mode}
          onClose={() => setOpen(null)}
          onSaved={(version) => {
            setNotice(t('playbooks.saved', { title: openPlaybook.title, version }));
            setOpen({ id: open.id, mode: 'history' });
          }}
        />
      )}
      <ul className="playbook-list" aria-label={t('playbooks.heading')}>
        {shown.map((p) => (
          <PlaybookItem
            key={p.id}
            playbook={p}
            inUse={playbookFor(playbooks ?? [], p.crisisType, p.language)?.id === p.id}
            draft={pendingDraft(history.get(p.id) ?? [])?.version ?? null}
            onOpen={(mode) => {
              setNotice('');
              setOpen({ id: p.id, mode });
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function PlaybookItem({ playbook, inUse, draft, onOpen }: { playbook: Playbook; inUse: boolean; draft: number | null; onOpen: (mode: 'edit' | 'history') => void }) {
  const { t, language } = usePanel();
  const id = useId();
  const managed = playbook.managedBy !== undefined;
  return (
    <li className="playbook-item" data-playbook={playbook.id} aria-labelledby={`${id}-h`}>
      <div className="suggestion-head">
        <h3 id={`${id}-h`}>{playbook.title}</h3>
        {playbook.builtin && <span className="chip">{t('templates.builtin')}</span>}
        {managed && <span className="chip chip-managed">{managedByLabel(playbook.managedBy, t)}</span>}
        {draft !== null && <span className="chip chip-draft">{t('playbooks.draftPending', { version: draft })}</span>}
      </div>
      <p className="hint">
        {crisisTypeLabel(playbook.crisisType, language)} · {t(`lang.${playbook.language}` as MessageKey)}
        {!inUse && <> · {t('playbooks.notInUse')}</>}
      </p>
      <div className="actions">
        {!managed && (
          <button type="button" onClick={() => onOpen('edit')} aria-describedby={`${id}-h`}>
            {t('templates.edit')}
          </button>
        )}
        <button type="button" onClick={() => onOpen('history')} aria-describedby={`${id}-h`}>
          {t('playbooks.history')}
        </button>
      </div>
    </li>
  );
}

function OpenPlaybook({
  playbook,
  history,
  mode,
  onClose,
  onSaved,
}: {
  playbook: Playbook;
  history: PlaybookVersion[];
  mode: 'edit' | 'history';
  onClose: () => void;
  onSaved: (version: number) => void;
}) {
  const { t } = usePanel();
  const locked = playbook.managedBy !== undefined;
  const draft = pendingDraft(history);
  return (
    <section className="open-playbook" aria-label={playbook.title} data-playbook={playbook.id}>
      {locked && <p className="hint managed-note">{t('playbooks.locked', { by: managedByLabel(playbook.managedBy, t) })}</p>}
      {mode === 'edit' && !locked ? (
        <PlaybookEditor playbook={draft?.playbook ?? playbook} editsDraft={draft?.version ?? null} draftChange={draft?.change ?? ''} onSaved={onSaved} onCancel={onClose} />
      ) : (
        <>
          {history.length === 0 ? <p className="hint">{t('playbooks.noHistory')}</p> : <PlaybookHistory history={history} locked={locked} />}
          <button type="button" onClick={onClose}>
            {t('playbooks.close')}
          </button>
        </>
      )}
    </section>
  );
}

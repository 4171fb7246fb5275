import { useId, useState, type FormEvent } from 'react';
import { diffPlaybooks, inUseVersion } from '../../lib/playbooks/versions';
import type { Language, PlaybookVersion } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { PlaybookDiffView } from './PlaybookDiffView';
import { approverNames } from './TeamLink';

const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK', pl: 'pl-PL' };

/**
 * A playbook's versions, newest first: who saved each and why, its status, who
 * approved it; the difference between any two (the one in use and the newest, at
 * first); approving a draft by name (the team's approvers offered) and retiring.
 */
export function PlaybookHistory({ history, locked }: { history: PlaybookVersion[]; locked: boolean }) {
  const { t } = usePanel();
  const id = useId();
  const inUse = inUseVersion(history);
  const newest = history[history.length - 1];
  const [fromV, setFrom] = useState<number>(inUse && newest && inUse.version !== newest.version ? inUse.version : Math.max(1, (newest?.version ?? 1) - 1));
  const [toV, setTo] = useState<number>(newest?.version ?? 1);
  const from = history.find((v) => v.version === fromV);
  const to = history.find((v) => v.version === toV);
  const select = (value: number, set: (v: number) => void, labelKey: 'playbooks.compareFrom' | 'playbooks.compareTo') => (
    <div className="field">
      <label htmlFor={`${id}-${labelKey}`}>{t(labelKey)}</label>
      <select id={`${id}-${labelKey}`} value={value} onChange={(e) => set(Number(e.target.value))}>
        {history.map((v) => (
          <option key={v.version} value={v.version}>
            {t('templates.version', { version: v.version })} ({t(`templateStatus.${v.status}`)})
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="playbook-history" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('playbooks.history')}</h4>
      <ol className="version-list" reversed aria-label={t('playbooks.history')}>
        {[...history].reverse().map((v) => (
          <VersionItem key={v.version} v={v} inUse={inUse?.version === v.version} locked={locked} />
        ))}
      </ol>
      {history.length > 1 && (
        <>
          <div className="filters">
            {select(fromV, setFrom, 'playbooks.compareFrom')}
            {select(toV, setTo, 'playbooks.compareTo')}
          </div>
          {from && to && (
            <PlaybookDiffView diff={diffPlaybooks(from.playbook, to.playbook)} label={t('playbooks.diff.label', { from: from.version, to: to.version })} />
          )}
        </>
      )}
    </section>
  );
}

function VersionItem({ v, inUse, locked }: { v: PlaybookVersion; inUse: boolean; locked: boolean }) {
  const { env, t, language, settings } = usePanel();
  const id = useId();
  const [approving, setApproving] = useState(false);
  const [approver, setApprover] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const date = (at: number) => new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const names = approverNames(settings);

  async function approve(event: FormEvent) {
    event.preventDefault();
    if (!approver.trim()) return setNotice({ ok: false, text: t('templates.approverRequired') });
    const reply = await env.background({ type: 'playbook/approve', id: v.id, version: v.version, approver });
    if (!reply.ok) return setNotice({ ok: false, text: reply.error });
    setApproving(false);
    setNotice({ ok: true, text: t('playbooks.approved', { name: approver.trim(), version: v.version }) });
  }
  async function retire() {
    const reply = await env.background({ type: 'playbook/retire', id: v.id, version: v.version });
    setNotice(reply.ok ? { ok: true, text: t('playbooks.retired', { version: v.version }) } : { ok: false, text: reply.error });
  }

  return (
    <li className="version-item" data-version={v.version} data-status={v.status} aria-labelledby={`${id}-h`}>
      <div className="suggestion-head">
        <strong id={`${id}-h`}>{t('templates.version', { version: v.version })}</strong>
        <span className={`chip chip-${v.status}`}>{t(`templateStatus.${v.status}`)}</span>
        {inUse && <span className="chip chip-approved">{t('playbooks.inUse')}</span>}
      </div>
      <p className="hint">
        {v.savedBy ? t('playbooks.savedBy', { name: v.savedBy, date: date(v.savedAt) }) : t('playbooks.asShipped', { date: date(v.savedAt) })}
      </p>
      {v.change && <p className="version-change">{v.change}</p>}
      {v.approvedBy && v.approvedAt !== null && <p className="hint approved-by">{t('templates.approvedBy', { name: v.approvedBy, date: date(v.approvedAt) })}</p>}
      {!locked && v.status !== 'retired' && !approving && (
        <div className="actions">
          {v.status === 'draft' && (
            <button type="button" onClick={() => setApproving(true)} aria-describedby={`${id}-h`}>
              {t('templates.approve')}
            </button>
          )}
          <button type="button" onClick={() => void retire()} aria-describedby={`${id}-h`}>
            {t('templates.retire')}
          </button>
        </div>
      )}
      {approving && (
        <form className="approve-form" onSubmit={(e) => void approve(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-approver`}>{t('templates.approver')}</label>
            <input id={`${id}-approver`} list={`${id}-approvers`} value={approver} autoFocus maxLength={120} onChange={(e) => setApprover(e.target.value)} />
            <datalist id={`${id}-approvers`}>
              {names.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
          </div>
          {names.length > 0 && (
            <div className="actions" role="group" aria-label={t('playbooks.teamApprovers')}>
              {names.map((n) => (
                <button key={n} type="button" onClick={() => setApprover(n)}>
                  {n}
                </button>
              ))}
            </div>
          )}
          <button type="submit" className="primary">
            {t('templates.confirmApprove')}
          </button>
          <button type="button" onClick={() => setApproving(false)}>
            {t('templates.cancel')}
          </button>
        </form>
      )}
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'notice' : 'warning'}>
          {notice.text}
        </p>
      )}
    </li>
  );
}

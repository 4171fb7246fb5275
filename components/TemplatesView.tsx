import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CrisisLanguageFilters } from './CrisisLanguageFilters';
import type { MessageKey } from '../lib/i18n';
import { approveTemplate, editTemplate, latestVersions, newTemplateDraft, retireTemplate } from '../lib/playbooks/templates';
import { crisisTypeLabel } from '../lib/risk/explain';
import { CRISIS_TYPES, type CrisisType, type Language, type Template } from '../lib/schema';
import { managedByLabel, usePanel } from './PanelContext';
import { TemplateForm, type TemplateFields } from './reply/TemplateForm';
import { StarterReview } from './StarterReview';

type Editing = { kind: 'new' } | { kind: 'edit'; template: Template } | null;
type Notice = { kind: 'ok' | 'error'; text: string } | null;

const PLATFORM_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;
const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK', pl: 'pl-PL' };

/**
 * The approval workflow for reply templates: list, filter, create, edit (an
 * approved version is never changed: editing makes a new draft version),
 * approve with the approver's name, retire. The background stores every change
 * and refuses any that breaks the protocol.
 */
export function TemplatesView() {
  const { env, t, language } = usePanel();
  const all = useLiveQuery(() => env.db.templates.toArray(), [env.db]);
  const [crisisFilter, setCrisisFilter] = useState<CrisisType | 'all'>('all');
  const [languageFilter, setLanguageFilter] = useState<Language | 'all'>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const shown = useMemo(() => {
    const latest = latestVersions(all ?? []);
    return latest
      .filter((tpl) => (crisisFilter === 'all' || tpl.crisisType === crisisFilter) && (languageFilter === 'all' || tpl.language === languageFilter))
      .sort(
        (a, b) =>
          // The UI language's templates first: they are the ones this person most likely manages.
          Number(a.language !== language) - Number(b.language !== language) ||
          a.language.localeCompare(b.language) ||
          CRISIS_TYPES.indexOf(a.crisisType) - CRISIS_TYPES.indexOf(b.crisisType) ||
          a.title.localeCompare(b.title),
      );
  }, [all, crisisFilter, languageFilter, language]);

  /** Highest approved version of each family, to say which one stays in use while a newer draft waits. */
  const liveVersion = useMemo(() => {
    const map = new Map<string, number>();
    for (const tpl of all ?? []) if (tpl.status === 'approved' && tpl.version > (map.get(tpl.id) ?? 0)) map.set(tpl.id, tpl.version);
    return map;
  }, [all]);

  async function save(record: () => Template, success: (saved: Template) => string): Promise<boolean> {
    let template: Template;
    try {
      template = record();
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return false;
    }
    const reply = await env.background({ type: 'template/save', template });
    if (!reply.ok) {
      setNotice({ kind: 'error', text: reply.error });
      return false;
    }
    setNotice({ kind: 'ok', text: success(template) });
    return true;
  }

  async function onSaveForm(fields: TemplateFields) {
    const now = Date.now();
    const current = editing;
    const ok = await save(
      () =>
        current?.kind === 'edit'
          ? editTemplate(current.template, fields, now)
          : newTemplateDraft({ id: `custom-${crypto.randomUUID()}`, ...fields }, now),
      (saved) => t('templates.saved', { title: saved.title, version: saved.version }),
    );
    if (ok) setEditing(null);
  }

  const defaults: TemplateFields = {
    title: '',
    body: '',
    crisisType: crisisFilter === 'all' ? 'service-complaint' : crisisFilter,
    language: languageFilter === 'all' ? language : languageFilter,
    platforms: ['x', 'facebook', 'instagram'],
  };

  return (
    <section className="view templates" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('templates.heading')}</h2>
      {all && <StarterReview templates={all} />}
      <div className="filters">
        <CrisisLanguageFilters crisis={crisisFilter} onCrisis={setCrisisFilter} language={languageFilter} onLanguage={setLanguageFilter} />
        {!editing && (
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            {t('templates.new')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {notice?.kind === 'ok' && (
          <p role="status" className="notice">
            {notice.text}
          </p>
        )}
        {notice?.kind === 'error' && (
          <p role="alert" className="warning">
            {notice.text}
          </p>
        )}
      </div>
      {editing && (
        <TemplateForm
          key={editing.kind === 'edit' ? `${editing.template.id}@${editing.template.version}` : 'new'}
          editing={editing.kind === 'edit' ? editing.template : null}
          defaults={defaults}
          onSave={(fields) => void onSaveForm(fields)}
          onCancel={() => setEditing(null)}
        />
      )}
      {all && shown.length === 0 && <p className="hint">{t('templates.empty')}</p>}
      <ul className="template-list" aria-label={t('templates.heading')}>
        {shown.map((tpl) => (
          <TemplateItem
            key={`${tpl.id}@${tpl.version}`}
            template={tpl}
            liveVersion={tpl.status === 'draft' ? liveVersion.get(tpl.id) : undefined}
            locale={LOCALE[language]}
            onEdit={() => {
              setNotice(null);
              setEditing({ kind: 'edit', template: tpl });
            }}
            onApprove={(name) =>
              save(
                () => approveTemplate(tpl, name, Date.now()),
                (saved) => t('templates.approved', { name: saved.approvedBy ?? name, title: saved.title, version: saved.version }),
              )
            }
            onRetire={() =>
              void save(
                () => retireTemplate(tpl, Date.now()),
                (saved) => t('templates.retired', { title: saved.title, version: saved.version }),
              )
            }
          />
        ))}
      </ul>
    </section>
  );
}

function TemplateItem({
  template,
  liveVersion,
  locale,
  onEdit,
  onApprove,
  onRetire,
}: {
  template: Template;
  liveVersion: number | undefined;
  locale: string;
  onEdit: () => void;
  onApprove: (name: string) => Promise<boolean>;
  onRetire: () => void;
}) {
  const { t, language } = usePanel();
  const id = useId();
  // The organisation's templates come from its policy: shown as approved, never edited or retired here.
  const managed = template.managedBy !== undefined;
  const [approving, setApproving] = useState(false);
  const [approver, setApprover] = useState('');
  const [approverError, setApproverError] = useState(false);

  async function submitApproval(event: FormEvent) {
    event.preventDefault();
    if (!approver.trim()) {
      setApproverError(true);
      return;
    }
    setApproverError(false);
    if (await onApprove(approver)) setApproving(false);
  }

  return (
    <li className="template-item" data-template={template.id} data-version={template.version} data-status={template.status} aria-labelledby={`${id}-title`}>
      <div className="suggestion-head">
        <h3 id={`${id}-title`}>{template.title}</h3>
        <span className={`chip chip-${template.status}`}>{t(`templateStatus.${template.status}`)}</span>
        <span className="chip">{t('templates.version', { version: template.version })}</span>
        {template.builtin && <span className="chip">{t('templates.builtin')}</span>}
        {managed && <span className="chip chip-managed">{managedByLabel(template.managedBy, t)}</span>}
      </div>
      <p className="hint">
        {crisisTypeLabel(template.crisisType, language)} · {t(`lang.${template.language}` as MessageKey)} ·{' '}
        {template.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')}
      </p>
      <p className="template-body">{template.body}</p>
      {template.change && <p className="hint template-change">{t('templates.changeNote', { change: template.change })}</p>}
      {template.status === 'approved' && template.approvedBy && template.approvedAt !== null && (
        <p className="hint approved-by">
          {t('templates.approvedBy', {
            name: template.approvedBy,
            date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(template.approvedAt),
          })}
        </p>
      )}
      {liveVersion !== undefined && liveVersion < template.version && (
        <p className="hint">{t('templates.liveVersion', { version: liveVersion })}</p>
      )}
      {template.status !== 'retired' && !managed && !approving && (
        <div className="actions">
          <button type="button" onClick={onEdit} aria-describedby={`${id}-title`}>
            {t('templates.edit')}
          </button>
          {template.status === 'draft' && (
            <button type="button" onClick={() => setApproving(true)} aria-describedby={`${id}-title`}>
              {t('templates.approve')}
            </button>
          )}
          <button type="button" onClick={onRetire} aria-describedby={`${id}-title`}>
            {t('templates.retire')}
          </button>
        </div>
      )}
      {approving && (
        <form className="approve-form" onSubmit={(e) => void submitApproval(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-approver`}>{t('templates.approver')}</label>
            <input
              id={`${id}-approver`}
              value={approver}
              autoFocus
              maxLength={120}
              aria-invalid={approverError || undefined}
              aria-describedby={approverError ? `${id}-approver-error` : undefined}
              onChange={(e) => setApprover(e.target.value)}
            />
          </div>
          <button type="submit" className="primary">
            {t('templates.confirmApprove')}
          </button>
          <button type="button" onClick={() => setApproving(false)}>
            {t('templates.cancel')}
          </button>
          {approverError && (
            <p id={`${id}-approver-error`} role="alert" className="warning">
              {t('templates.approverRequired')}
            </p>
          )}
        </form>
      )}
    </li>
  );
}

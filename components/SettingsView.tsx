import { useEffect, useId, useState, type FormEvent } from 'react';
import { managedByLabel, usePanel } from './PanelContext';
import { ManagedNotice } from './settings/ManagedNotice';
import { exportSettings, parseSettingsImport } from '../lib/settings-io';
import { Settings, describeZodError, teamOf, UiLanguage, LANGUAGES, type BrandProfile, type Team } from '../lib/schema';
import { appliedPolicy } from '../lib/managed';
import { ReadinessChecklist, TeamEditor } from './settings/TeamSection';
import { StorageSection } from './settings/StorageSection';
import { BackupSection } from './settings/BackupSection';
import type { MessageKey } from '../lib/i18n';

type ListField = keyof BrandProfile;
const LIST_FIELDS: Array<{ field: ListField; label: MessageKey; placeholder: string }> = [
  { field: 'names', label: 'settings.names', placeholder: 'Nordlicht Coffee\nNordlicht' },
  { field: 'aliases', label: 'settings.aliases', placeholder: 'Nordlict\nNordlight' },
  { field: 'handles', label: 'settings.handles', placeholder: '@nordlichtcoffee' },
  { field: 'hashtags', label: 'settings.hashtags', placeholder: '#nordlicht' },
  { field: 'products', label: 'settings.products', placeholder: 'Polarstern' },
  { field: 'exclude', label: 'settings.exclude', placeholder: 'Nordlicht Festival' },
  // Names, aliases or products that must match as written: "Nord" without "Norda", "Nordem".
  { field: 'noInflection', label: 'settings.noInflection', placeholder: 'Nord' },
];

type AddressDe = NonNullable<Settings['addressDe']>;
type AddressPl = NonNullable<Settings['addressPl']>;
type Draft = Record<ListField, string> & { agentName: string; dmLink: string; uiLanguage: UiLanguage; addressDe: AddressDe; addressPl: AddressPl; team: Team };
const ADDRESS_DE: readonly AddressDe[] = ['sie', 'du'];
const ADDRESS_PL: readonly AddressPl[] = ['panstwo', 'pan', 'ty'];

function toDraft(settings: Settings): Draft {
  return {
    names: settings.brand.names.join('\n'),
    aliases: settings.brand.aliases.join('\n'),
    handles: settings.brand.handles.join('\n'),
    hashtags: settings.brand.hashtags.join('\n'),
    products: settings.brand.products.join('\n'),
    exclude: settings.brand.exclude.join('\n'),
    noInflection: (settings.brand.noInflection ?? []).join('\n'),
    agentName: settings.agentName,
    dmLink: settings.dmLink,
    uiLanguage: settings.uiLanguage,
    addressDe: settings.addressDe ?? 'sie',
    addressPl: settings.addressPl ?? 'panstwo',
    team: teamOf(settings),
  };
}

const lines = (value: string) =>
  value
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter(Boolean);

export function SettingsView() {
  // The form edits the person's own settings; what the organisation's policy sets shows beside them, locked.
  const { env, settings, personalSettings, managed, locked, t, language } = usePanel();
  const policy = appliedPolicy(managed);
  const managedBy = managedByLabel(policy?.managedBy, t);
  const [draft, setDraft] = useState<Draft>(() => toDraft(personalSettings));
  const [errors, setErrors] = useState<{ title: string; lines: string[] } | null>(null);
  const [notice, setNotice] = useState('');
  const ids = useId();

  // Settings arrive asynchronously and change on import; show what is stored.
  useEffect(() => setDraft(toDraft(personalSettings)), [personalSettings]);

  async function save(next: Settings, doneMessage: string) {
    const reply = await env.background({ type: 'settings/save', settings: next });
    if (reply.ok) {
      setErrors(null);
      setNotice(doneMessage);
    } else {
      setNotice('');
      setErrors({ title: t('settings.invalid'), lines: [reply.error] });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      brand: Object.fromEntries(LIST_FIELDS.map(({ field }) => [field, lines(draft[field])])),
      agentName: draft.agentName,
      dmLink: draft.dmLink,
      uiLanguage: draft.uiLanguage,
      addressDe: draft.addressDe,
      addressPl: draft.addressPl,
      team: draft.team,
    };
    const parsed = Settings.safeParse(candidate);
    if (!parsed.success) {
      setNotice('');
      setErrors({ title: t('settings.invalid'), lines: describeZodError(parsed.error).split('\n').map(labelPath) });
      return;
    }
    void save(parsed.data, t('settings.saved'));
  }

  function labelPath(line: string): string {
    // "brand.handles.1: must be …" → "Handles, entry 2: must be …"
    const member = /^team\.members\.(\d+)\.(name|deputy|contact|outOfHours|role): (.*)$/.exec(line);
    if (member) {
      return `${t('settings.team.heading')} ${Number(member[1]) + 1}, ${t(`settings.team.${member[2]}` as MessageKey)}: ${member[3]}`;
    }
    const match = /^brand\.(\w+)\.(\d+): (.*)$/.exec(line);
    const field = LIST_FIELDS.find((f) => f.field === match?.[1]);
    if (!match || !field) return line;
    return `${t(field.label)} ${Number(match[2]) + 1}: ${match[3]}`;
  }

  async function onImport(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    const result = parseSettingsImport(text);
    if (!result.ok) {
      setNotice('');
      setErrors({ title: t('settings.importFailed'), lines: result.errors });
      return;
    }
    await save(result.settings, t('settings.importDone'));
  }

  function onExport() {
    let json: string;
    try {
      // Only the person's own settings: what the organisation manages is not theirs to take along.
      json = exportSettings(personalSettings);
    } catch (error) {
      setErrors({ title: t('settings.invalid'), lines: [error instanceof Error ? error.message : String(error)] });
      return;
    }
    const blob = new Blob([json], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'keel-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section className="view settings" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('settings.heading')}</h2>
      <ManagedNotice />
      <p className="help">{t('settings.help')}</p>
      <form onSubmit={onSubmit} noValidate>
        {(locked.brand || !locked.personalBrandTerms) && (
          <p id={`${ids}-brand-managed`} className="hint managed-note">
            {managedBy}. {t(locked.personalBrandTerms ? 'managed.personalTerms' : 'managed.noPersonalTerms')}
          </p>
        )}
        {LIST_FIELDS.map(({ field, label, placeholder }) => {
          const managedTerms = (locked.brand && policy?.brand?.[field]) || [];
          return (
            <div className="field" key={field}>
              {locked.personalBrandTerms ? <label htmlFor={`${ids}-${field}`}>{t(label)}</label> : <span className="label">{t(label)}</span>}
              {managedTerms.length > 0 && (
                <ul className="managed-terms" data-field={field} aria-label={t('managed.terms', { field: t(label) })} title={managedBy}>
                  {managedTerms.map((term) => (
                    <li key={term} className="chip chip-managed">
                      {term}
                    </li>
                  ))}
                </ul>
              )}
              {locked.personalBrandTerms && (
                <textarea
                  id={`${ids}-${field}`}
                  name={field}
                  rows={field === 'names' || field === 'aliases' ? 3 : 2}
                  placeholder={managedTerms.length > 0 ? undefined : placeholder}
                  aria-describedby={locked.brand ? `${ids}-brand-managed` : undefined}
                  value={draft[field]}
                  onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                />
              )}
            </div>
          );
        })}
        <LockableInput
          id={`${ids}-agent`}
          label={t('settings.agentName')}
          locked={locked.agentName ? managedBy : null}
          value={locked.agentName ? settings.agentName : draft.agentName}
          onChange={(agentName) => setDraft({ ...draft, agentName })}
        />
        <LockableInput
          id={`${ids}-dm`}
          label={t('settings.dmLink')}
          locked={locked.dmLink ? managedBy : null}
          value={locked.dmLink ? settings.dmLink : draft.dmLink}
          onChange={(dmLink) => setDraft({ ...draft, dmLink })}
        />
        <AddressSelect
          id={`${ids}-addr-de`}
          label={t('settings.addressDe')}
          forms={ADDRESS_DE}
          value={draft.addressDe}
          onChange={(addressDe) => setDraft({ ...draft, addressDe })}
        />
        <AddressSelect
          id={`${ids}-addr-pl`}
          label={t('settings.addressPl')}
          forms={ADDRESS_PL}
          value={draft.addressPl}
          onChange={(addressPl) => setDraft({ ...draft, addressPl })}
        />
        <div className="field">
          <label htmlFor={`${ids}-lang`}>{t('settings.uiLanguage')}</label>
          <select
            id={`${ids}-lang`}
            value={locked.uiLanguage ? settings.uiLanguage : draft.uiLanguage}
            disabled={locked.uiLanguage}
            aria-describedby={locked.uiLanguage ? `${ids}-lang-managed` : undefined}
            onChange={(e) => setDraft({ ...draft, uiLanguage: UiLanguage.parse(e.target.value) })}
          >
            <option value="auto">{t('settings.uiLanguage.auto')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {new Intl.DisplayNames([language], { type: 'language' }).of(l) ?? l}
              </option>
            ))}
          </select>
          {locked.uiLanguage && (
            <p id={`${ids}-lang-managed`} className="hint managed-note">
              {managedBy}
            </p>
          )}
        </div>
        {locked.team ? (
          // The organisation's crisis team: shown as it is, every control disabled.
          <fieldset className="managed-lock" disabled aria-describedby={`${ids}-team-managed`}>
            <p id={`${ids}-team-managed`} className="hint managed-note">
              {managedBy}
            </p>
            <TeamEditor team={teamOf(settings)} onChange={() => undefined} />
            <ReadinessChecklist team={teamOf(settings)} onChange={() => undefined} />
          </fieldset>
        ) : (
          <>
            <TeamEditor team={draft.team} onChange={(team) => setDraft({ ...draft, team })} />
            <ReadinessChecklist team={draft.team} onChange={(team) => setDraft({ ...draft, team })} />
          </>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <button type="button" onClick={onExport}>
            {t('settings.export')}
          </button>
          <label className="button">
            {t('settings.import')}
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(e) => {
                void onImport(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
        </div>
      </form>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {errors && (
        <div role="alert" className="errors">
          <p>{errors.title}</p>
          <ul>
            {errors.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <StorageSection />
      <BackupSection />
    </section>
  );
}

/** A text setting the organisation's policy may fix: then read-only, saying who manages it. */
function LockableInput({
  id,
  label,
  locked,
  value,
  onChange,
}: {
  id: string;
  label: string;
  /** "Managed by …" when the policy sets it, else null. */
  locked: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        readOnly={locked !== null}
        aria-readonly={locked !== null || undefined}
        aria-describedby={locked !== null ? `${id}-managed` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {locked !== null && (
        <p id={`${id}-managed`} className="hint managed-note">
          {locked}
        </p>
      )}
    </div>
  );
}

/** The brand's form of address in one language (German du/Sie, Polish ty / Pan-Pani / Państwo). */
function AddressSelect<F extends AddressDe | AddressPl>({
  id,
  label,
  forms,
  value,
  onChange,
}: {
  id: string;
  label: string;
  forms: readonly F[];
  value: F;
  onChange: (form: F) => void;
}) {
  const { t } = usePanel();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(forms.find((f) => f === e.target.value) ?? forms[0]!)}>
        {forms.map((f) => (
          <option key={f} value={f}>
            {t(`settings.address.${f}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { TEMPLATE_VARIABLES } from '../../lib/playbooks/templates';
import { crisisTypeLabel } from '../../lib/risk/explain';
import { CRISIS_TYPES, LANGUAGES, PLATFORMS, type CrisisType, type Language, type Platform, type Template } from '../../lib/schema';
import { usePanel } from '../PanelContext';

export interface TemplateFields {
  title: string;
  body: string;
  crisisType: CrisisType;
  language: Language;
  platforms: Platform[];
}

const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };

/**
 * Creating or editing a template: title, crisis type, language, platforms and
 * the text, with the variables it may use listed beside it.
 */
export function TemplateForm({
  editing,
  defaults,
  onSave,
  onCancel,
}: {
  /** The template being edited, or null for a new one. */
  editing: Template | null;
  defaults: TemplateFields;
  onSave: (fields: TemplateFields) => void;
  onCancel: () => void;
}) {
  const { t, language: ui } = usePanel();
  const id = useId();
  const [fields, setFields] = useState<TemplateFields>(() =>
    editing
      ? { title: editing.title, body: editing.body, crisisType: editing.crisisType, language: editing.language, platforms: [...editing.platforms] }
      : defaults,
  );
  const [errors, setErrors] = useState<string[]>([]);
  const set = <K extends keyof TemplateFields>(key: K, value: TemplateFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: string[] = [];
    if (!fields.title.trim()) problems.push(t('templates.needTitle'));
    if (!fields.body.trim()) problems.push(t('templates.needBody'));
    if (fields.platforms.length === 0) problems.push(t('templates.needPlatform'));
    setErrors(problems);
    if (problems.length === 0) onSave({ ...fields, title: fields.title.trim(), body: fields.body.trim() });
  }

  return (
    <form className="template-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{editing ? t('templates.formEdit', { title: editing.title }) : t('templates.formNew')}</h3>
      {editing?.status === 'approved' && <p className="hint">{t('templates.editApproved', { version: editing.version + 1 })}</p>}
      {errors.length > 0 && (
        <div role="alert" className="errors">
          <strong>{t('templates.invalid')}</strong>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('templates.title')}</label>
        <input id={`${id}-title`} value={fields.title} maxLength={200} required onChange={(e) => set('title', e.target.value)} />
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-crisis`}>{t('templates.crisisType')}</label>
          <select id={`${id}-crisis`} value={fields.crisisType} onChange={(e) => set('crisisType', e.target.value as CrisisType)}>
            {CRISIS_TYPES.map((type) => (
              <option key={type} value={type}>
                {crisisTypeLabel(type, ui)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('templates.language')}</label>
          <select id={`${id}-language`} value={fields.language} onChange={(e) => set('language', e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>{t('templates.platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              checked={fields.platforms.includes(p)}
              onChange={(e) =>
                set('platforms', e.target.checked ? PLATFORMS.filter((q) => q === p || fields.platforms.includes(q)) : fields.platforms.filter((q) => q !== p))
              }
            />
            {PLATFORM_NAMES[p]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('templates.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={6}
          value={fields.body}
          maxLength={5000}
          required
          aria-describedby={`${id}-vars`}
          onChange={(e) => set('body', e.target.value)}
        />
      </div>
      <div id={`${id}-vars`}>
        <p className="hint">{t('templates.variables')}</p>
        <ul className="variable-hints">
          {TEMPLATE_VARIABLES.map((name) => (
            <li key={name}>
              <code>{`{${name}}`}</code> — {t(`var.${name}` as MessageKey)}
            </li>
          ))}
        </ul>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('templates.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('templates.cancel')}
        </button>
      </div>
    </form>
  );
}

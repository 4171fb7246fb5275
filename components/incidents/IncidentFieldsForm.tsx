import { useId, useState, type FormEvent } from 'react';
import { crisisTypeLabel } from '../../lib/risk/explain';
import { CRISIS_TYPES, CrisisType, PLATFORMS, RISK_LEVELS, RiskLevel, type Incident, type Platform } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { usePeople } from './common';

export type IncidentFields = Pick<Incident, 'title' | 'crisisType' | 'severity' | 'owner' | 'platforms'>;

/** Title, crisis type, severity, owner and platforms: for a new incident and for editing one. */
export function IncidentFieldsForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: IncidentFields;
  submitLabel: string;
  onSubmit: (fields: IncidentFields) => void;
  onCancel?: () => void;
}) {
  const { t, language } = usePanel();
  const id = useId();
  const people = usePeople();
  const [fields, setFields] = useState<IncidentFields>(initial);
  const set = (patch: Partial<IncidentFields>) => setFields((f) => ({ ...f, ...patch }));
  const togglePlatform = (p: Platform) =>
    set({ platforms: fields.platforms.includes(p) ? fields.platforms.filter((x) => x !== p) : [...fields.platforms, p] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(fields);
  };
  return (
    <form className="incident-fields" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('incidents.field.title')}</label>
        <input id={`${id}-title`} value={fields.title} maxLength={300} required onChange={(e) => set({ title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('incidents.field.crisisType')}</label>
        <select id={`${id}-type`} value={fields.crisisType} onChange={(e) => set({ crisisType: CrisisType.parse(e.target.value) })}>
          {CRISIS_TYPES.map((c) => (
            <option key={c} value={c}>
              {crisisTypeLabel(c, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-severity`}>{t('incidents.field.severity')}</label>
        <select id={`${id}-severity`} value={fields.severity} onChange={(e) => set({ severity: RiskLevel.parse(e.target.value) })}>
          {RISK_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`risk.level.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('incidents.field.owner')}</label>
        <input id={`${id}-owner`} list={`${id}-people`} value={fields.owner} maxLength={120} onChange={(e) => set({ owner: e.target.value })} />
        <datalist id={`${id}-people`}>
          {people.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <fieldset className="field">
        <legend>{t('incidents.field.platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="check">
            <input type="checkbox" checked={fields.platforms.includes(p)} onChange={() => togglePlatform(p)} /> {t(`site.${p}`)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('incidents.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

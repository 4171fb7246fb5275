import { useId } from 'react';
import type { MessageKey } from '../lib/i18n';
import { crisisTypeLabel } from '../lib/risk/explain';
import { CRISIS_TYPES, LANGUAGES, type CrisisType, type Language } from '../lib/schema';
import { usePanel } from './PanelContext';

export type CrisisFilter = CrisisType | 'all';
export type LanguageFilter = Language | 'all';

/** The crisis-type and language pickers that narrow the Templates and Playbooks lists. */
export function CrisisLanguageFilters(props: {
  crisis: CrisisFilter;
  onCrisis: (value: CrisisFilter) => void;
  language: LanguageFilter;
  onLanguage: (value: LanguageFilter) => void;
  /** The crisis types offered; every one by default. */
  crisisTypes?: readonly CrisisType[];
}) {
  const { t, language: ui } = usePanel();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-crisis`}>{t('templates.filterCrisis')}</label>
        <select id={`${id}-crisis`} value={props.crisis} onChange={(e) => props.onCrisis(e.target.value as CrisisFilter)}>
          <option value="all">{t('templates.all')}</option>
          {(props.crisisTypes ?? CRISIS_TYPES).map((type) => (
            <option key={type} value={type}>
              {crisisTypeLabel(type, ui)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('templates.filterLanguage')}</label>
        <select id={`${id}-language`} value={props.language} onChange={(e) => props.onLanguage(e.target.value as LanguageFilter)}>
          <option value="all">{t('templates.all')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

import { useId } from 'react';
import type { MessageKey } from '../../lib/i18n';
import type { ReplySuggestion } from '../../lib/replies';
import type { Language } from '../../lib/schema';
import { usePanel } from '../PanelContext';

/** Filled template text with every unfilled {variable} kept visible and marked. */
export function FilledText({ text, missing }: { text: string; missing: readonly string[] }) {
  if (missing.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{([a-z_]+)\}/g)) {
    if (!missing.includes(m[1] ?? '')) continue;
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(
      <span key={m.index} className="var-missing" data-variable={m[1]}>
        {m[0]}
      </span>,
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * Templates for the mention's crisis type, language and platform, each filled
 * for this mention. "Use" puts the text into the draft; "Insert" puts it into
 * the platform's reply box at once, which only approved, fully filled templates may do.
 */
export function SuggestedTemplates({
  suggestions,
  wantedLanguage,
  busy,
  onUse,
  onInsert,
}: {
  suggestions: ReplySuggestion[];
  wantedLanguage: Language;
  busy: boolean;
  onUse: (s: ReplySuggestion) => void;
  onInsert: (s: ReplySuggestion) => void;
}) {
  const { t } = usePanel();
  const id = useId();
  const langName = (l: Language) => t(`lang.${l}` as MessageKey);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('suggest.heading')}</h3>
      {suggestions.length === 0 && <p className="hint">{t('suggest.none')}</p>}
      <ul className="suggestions" aria-label={t('suggest.heading')}>
        {suggestions.map((s) => {
          const { template } = s;
          const key = `${template.id}@${template.version}`;
          return (
            <li key={key} className="suggestion" data-template={template.id} data-version={template.version} data-status={template.status}>
              <div className="suggestion-head">
                <strong id={`${id}-${key}`}>{template.title}</strong>
                <span className={`chip chip-${template.status}`}>{t(`templateStatus.${template.status}`)}</span>
                <span className="chip">{t('templates.version', { version: template.version })}</span>
              </div>
              {s.fallback && (
                <p className="hint">{t('suggest.fallback', { wanted: langName(wantedLanguage), language: langName(template.language) })}</p>
              )}
              {s.generic && <p className="hint">{t('suggest.generic')}</p>}
              <p className="suggestion-text">
                <FilledText text={s.text} missing={s.missing} />
              </p>
              {s.missing.length > 0 && (
                <p className="warning">{t('suggest.missing', { names: s.missing.map((m) => `{${m}}`).join(', ') })}</p>
              )}
              {s.repeated && <p className="warning">{t('suggest.repeated')}</p>}
              {template.status !== 'approved' && <p className="hint">{t('suggest.notApproved')}</p>}
              <div className="actions">
                <button type="button" onClick={() => onUse(s)} aria-describedby={`${id}-${key}`}>
                  {t('suggest.use')}
                </button>
                <button
                  type="button"
                  disabled={busy || !s.oneClick}
                  title={s.oneClick ? undefined : t('suggest.insertDisabled')}
                  onClick={() => onInsert(s)}
                  aria-describedby={`${id}-${key}`}
                >
                  {t('suggest.insert')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

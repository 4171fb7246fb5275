import { useId, useMemo, useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import { approveTemplates, starterTemplatesToReview } from '../lib/playbooks/templates';
import { crisisTypeLabel } from '../lib/risk/explain';
import { CRISIS_TYPES, LANGUAGES, type Language, type Template } from '../lib/schema';
import { usePanel } from './PanelContext';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The first-run review of Keel's starter templates, shown while any is an
 * unreviewed draft: the approver types their name once, reads each template
 * and approves it, or approves all of one crisis type in one language at once.
 * Every approval carries that name and the time; the background stores it.
 */
export function StarterReview({ templates }: { templates: readonly Template[] }) {
  const { env, t, language } = usePanel();
  const id = useId();
  const pending = useMemo(() => starterTemplatesToReview(templates), [templates]);
  const languages = LANGUAGES.filter((l) => pending.some((tpl) => tpl.language === l));
  const [chosen, setChosen] = useState<Language>(language);
  const shownLanguage = languages.includes(chosen) ? chosen : (languages[0] ?? chosen);
  const [approver, setApprover] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  if (pending.length === 0) return null;

  async function approve(group: Template[]) {
    const name = approver.trim();
    if (!name) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    let approved: Template[];
    try {
      approved = approveTemplates(group, name, Date.now());
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return;
    }
    for (const template of approved) {
      const reply = await env.background({ type: 'template/save', template });
      if (!reply.ok) {
        setNotice({ kind: 'error', text: reply.error });
        return;
      }
    }
    setNotice({ kind: 'ok', text: t('review.approvedCount', { name, count: approved.length }) });
  }

  const inLanguage = pending.filter((tpl) => tpl.language === shownLanguage);
  return (
    <section className="starter-review" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('review.heading')}</h3>
      <p className="hint">{t('review.intro', { count: pending.length })}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('review.approver')}</label>
          <input
            id={`${id}-name`}
            value={approver}
            maxLength={120}
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? `${id}-name-error` : undefined}
            onChange={(e) => setApprover(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('review.language')}</label>
          <select id={`${id}-lang`} value={shownLanguage} onChange={(e) => setChosen(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite">
        {nameMissing && (
          <p id={`${id}-name-error`} role="alert" className="warning">
            {t('review.approverRequired')}
          </p>
        )}
        {notice && (
          <p role={notice.kind === 'ok' ? 'status' : 'alert'} className={notice.kind === 'ok' ? 'notice' : 'warning'}>
            {notice.text}
          </p>
        )}
      </div>
      {CRISIS_TYPES.map((type) => {
        const group = inLanguage.filter((tpl) => tpl.crisisType === type);
        if (group.length === 0) return null;
        const typeName = crisisTypeLabel(type, language);
        return (
          <section key={type} className="review-group" data-crisis-type={type} aria-label={typeName}>
            <h4>{typeName}</h4>
            <ul className="template-list">
              {group.map((tpl) => (
                <li key={tpl.id} className="template-item" data-template={tpl.id} data-status={tpl.status}>
                  <strong id={`${id}-${tpl.id}`}>{tpl.title}</strong>
                  <p className="template-body">{tpl.body}</p>
                  <button type="button" onClick={() => void approve([tpl])} aria-describedby={`${id}-${tpl.id}`}>
                    {t('review.approveOne')}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="primary" onClick={() => void approve(group)}>
              {t('review.approveAll', { count: group.length, type: typeName })}
            </button>
          </section>
        );
      })}
    </section>
  );
}

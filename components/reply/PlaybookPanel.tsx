import { useId, useState } from 'react';
import { playbookStepFor } from '../../lib/playbooks/guidance';
import type { MessageKey } from '../../lib/i18n';
import type { CrisisType, Playbook, RiskLevel } from '../../lib/schema';
import { usePanel } from '../PanelContext';

/**
 * The playbook step that fits the mention's crisis type and risk level, in the
 * UI language: the phase, its checklist, who answers, when to go private, when
 * and to whom to escalate, the holding statement and the delete decision guide.
 */
export function PlaybookPanel({
  playbooks,
  crisisType,
  level,
  holdingText,
  onUseHolding,
}: {
  playbooks: Playbook[];
  crisisType: CrisisType;
  level: RiskLevel;
  /** The holding statement with its variables filled (or left visible when unknown). */
  holdingText: (playbook: Playbook) => string;
  onUseHolding: (text: string) => void;
}) {
  const { t, language } = usePanel();
  const id = useId();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const guidance = playbookStepFor(playbooks, crisisType, level, language);
  if (!guidance) {
    return (
      <section className="playbook" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{t('playbook.heading')}</h3>
        <p className="hint">{t('playbook.none')}</p>
      </section>
    );
  }
  const { playbook, phase, steps } = guidance;
  const holding = holdingText(playbook);
  const toggle = (stepId: string) =>
    setDone((prev) => {
      const next = new Set(prev);
      if (next.has(stepId)) next.delete(stepId);
      else next.add(stepId);
      return next;
    });
  return (
    <section className="playbook" aria-labelledby={`${id}-h`} data-playbook={playbook.id}>
      <h3 id={`${id}-h`}>
        {t('playbook.heading')}: {playbook.title}
      </h3>
      {playbook.language !== language && (
        <p className="hint">{t('playbook.fallback', { language: t(`lang.${playbook.language}` as MessageKey) })}</p>
      )}
      <p className="phase" data-phase={phase}>
        {t('playbook.phase', { phase: t(`phase.${phase}` as MessageKey) })}
      </p>
      <fieldset className="plain">
        <legend className="visually-hidden">{t('playbook.steps')}</legend>
        <ul className="checklist" aria-label={t('playbook.steps')}>
          {steps.map((step) => (
            <li key={step.id} data-step={step.id}>
              <label>
                <input type="checkbox" checked={done.has(step.id)} onChange={() => toggle(step.id)} />
                <span>{step.text}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <dl>
        <dt>{t('playbook.whoAnswers')}</dt>
        <dd>{playbook.whoAnswers}</dd>
        <dt>{t('playbook.movePrivate')}</dt>
        <dd>{playbook.movePrivateWhen}</dd>
        <dt>{t('playbook.escalate')}</dt>
        <dd>{playbook.escalateWhen}</dd>
        <dt>{t('playbook.escalateTo')}</dt>
        <dd>{playbook.escalateTo}</dd>
        {playbook.channels.length > 0 && (
          <>
            <dt>{t('playbook.channels')}</dt>
            <dd>{playbook.channels.join(' · ')}</dd>
          </>
        )}
        {holding && (
          <>
            <dt>{t('playbook.holding')}</dt>
            <dd>
              <p className="holding">{holding}</p>
              <button type="button" onClick={() => onUseHolding(holding)}>
                {t('playbook.useHolding')}
              </button>
            </dd>
          </>
        )}
      </dl>
      {playbook.deleteGuide.length > 0 && (
        <details className="delete-guide">
          <summary>{t('playbook.deleteGuide')}</summary>
          <ul>
            {playbook.deleteGuide.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

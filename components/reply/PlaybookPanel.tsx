import { useId, useState, type ReactNode } from 'react';
import { playbookFor, playbookStepFor } from '../../lib/playbooks/guidance';
import type { MessageKey } from '../../lib/i18n';
import type { CrisisType, Language, Playbook, PlaybookStep, RiskLevel } from '../../lib/schema';
import { managedByLabel, usePanel } from '../PanelContext';
import { StepContacts } from './StepContacts';

/**
 * The playbook for the mention's crisis type, in the UI language: all four
 * phases, the one that fits the risk level open with its first steps marked,
 * the others collapsible; each step with its time target. Then who answers,
 * when to go private, when and to whom to escalate, and the delete guide. Steps
 * that call on the crisis team name its members with a link to notify them. The
 * holding statement, which may be posted, is in the post's language.
 */
export function PlaybookPanel({
  playbooks,
  crisisType,
  level,
  holdingText,
  onUseHolding,
  postLanguage,
  mentionUrl,
}: {
  playbooks: Playbook[];
  crisisType: CrisisType;
  level: RiskLevel;
  /** The language the reply is written in; the holding statement comes from the playbook in it. */
  postLanguage?: Language;
  /** The mention's address, put in the subject of a mail that notifies the team. */
  mentionUrl?: string;
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
  const first = new Set(steps.map((s) => s.id));
  const postPlaybook = (postLanguage && playbookFor(playbooks, crisisType, postLanguage)) || playbook;
  const holding = holdingText(postPlaybook);
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
      {playbook.managedBy !== undefined && <p className="hint managed-note">{managedByLabel(playbook.managedBy, t)}</p>}
      {playbook.language !== language && (
        <p className="hint">{t('playbook.fallback', { language: t(`lang.${playbook.language}` as MessageKey) })}</p>
      )}
      <p className="phase" data-phase={phase}>
        {t('playbook.phase', { phase: t(`phase.${phase}` as MessageKey) })}
      </p>
      {playbook.phases.map((p) => (
        <details key={p.phase} className="playbook-phase" data-phase={p.phase} open={p.phase === phase}>
          <summary>{t(`phase.${p.phase}` as MessageKey)}</summary>
          <ul className="checklist" aria-label={`${t('playbook.steps')}: ${t(`phase.${p.phase}` as MessageKey)}`}>
            {p.steps.map((step) => (
              <StepItem key={step.id} step={step} now={first.has(step.id)} done={done.has(step.id)} toggle={toggle}>
                <StepContacts stepId={step.id} crisis={playbook.title} mentionUrl={mentionUrl} />
              </StepItem>
            ))}
          </ul>
        </details>
      ))}
      <dl>
        <dt>{t('playbook.whoAnswers')}</dt>
        <dd>{playbook.whoAnswers}</dd>
        <dt>{t('playbook.movePrivate')}</dt>
        <dd>{playbook.movePrivateWhen}</dd>
        <dt>{t('playbook.escalate')}</dt>
        <dd>{playbook.escalateWhen}</dd>
        <dt>{t('playbook.escalateTo')}</dt>
        <dd data-escalate-to>{playbook.escalateTo}</dd>
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

/** One checklist step: its text, its time target, and whether it is one to do first at this risk level. */
function StepItem({
  step,
  now,
  done,
  toggle,
  children,
}: {
  step: PlaybookStep;
  now: boolean;
  done: boolean;
  toggle: (id: string) => void;
  /** Who the step calls on, shown under it. */
  children?: ReactNode;
}) {
  const { t } = usePanel();
  return (
    <li data-step={step.id} data-first={now || undefined} className={now ? 'step-first' : undefined}>
      <label>
        <input type="checkbox" checked={done} onChange={() => toggle(step.id)} />
        <span>{step.text}</span>
      </label>
      {step.target && (
        <span className="step-target" data-target={step.target}>
          {' '}
          {t(`playbook.target.${step.target}` as MessageKey)}
        </span>
      )}
      {children}
    </li>
  );
}

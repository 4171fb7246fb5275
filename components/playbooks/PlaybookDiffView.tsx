import type { MessageKey } from '../../lib/i18n';
import { isEmptyDiff, type PlaybookDiff, type StepChange } from '../../lib/playbooks/versions';
import { PHASES } from '../../lib/schema';
import { usePanel } from '../PanelContext';

const FIELD_LABEL: Record<PlaybookDiff['fields'][number]['field'], MessageKey> = {
  title: 'playbooks.field.title',
  summary: 'playbooks.field.summary',
  holdingStatement: 'playbook.holding',
  whoAnswers: 'playbook.whoAnswers',
  movePrivateWhen: 'playbook.movePrivate',
  escalateWhen: 'playbook.escalate',
  escalateTo: 'playbook.escalateTo',
  channels: 'playbooks.field.channels',
  deleteGuide: 'playbooks.field.deleteGuide',
};

/** The difference between two versions, field by field and step by step; texts are shown as text, never as HTML. */
export function PlaybookDiffView({ diff, label }: { diff: PlaybookDiff; label: string }) {
  const { t } = usePanel();
  if (isEmptyDiff(diff)) return <p className="hint">{t('playbooks.diff.none')}</p>;
  return (
    <section className="playbook-diff" aria-label={label}>
      {diff.fields.length > 0 && (
        <ul className="diff-fields">
          {diff.fields.map((f) => (
            <li key={f.field} data-field={f.field}>
              <strong>{t(FIELD_LABEL[f.field])}</strong>
              {'added' in f ? (
                <>
                  {f.removed.map((x) => (
                    <del key={`-${x}`}>{x}</del>
                  ))}
                  {f.added.map((x) => (
                    <ins key={`+${x}`}>{x}</ins>
                  ))}
                  {f.added.length === 0 && f.removed.length === 0 && <span className="hint"> {t('playbooks.diff.reordered')}</span>}
                </>
              ) : (
                <>
                  <del>{f.from}</del>
                  <ins>{f.to}</ins>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {PHASES.map((phase) => {
        const changes = diff.steps.filter((s) => s.phase === phase);
        if (changes.length === 0) return null;
        return (
          <div key={phase} className="diff-phase" data-phase={phase}>
            <h5>{t(`phase.${phase}` as MessageKey)}</h5>
            <ul>
              {changes.map((c) => (
                <StepChangeItem key={`${c.kind}-${c.kind === 'changed' ? c.to.id : c.step.id}`} change={c} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function StepChangeItem({ change }: { change: StepChange }) {
  const { t } = usePanel();
  if (change.kind !== 'changed') {
    return (
      <li data-change={change.kind}>
        <strong>{t(change.kind === 'added' ? 'playbooks.diff.added' : 'playbooks.diff.removed')}</strong>{' '}
        {change.kind === 'added' ? <ins>{change.step.text}</ins> : <del>{change.step.text}</del>}
      </li>
    );
  }
  const aspects = change.aspects.map((a) =>
    a === 'phase' ? t('playbooks.diff.aspect.phase', { phase: t(`phase.${change.fromPhase}` as MessageKey) }) : t(`playbooks.diff.aspect.${a}` as MessageKey),
  );
  return (
    <li data-change="changed">
      <strong>{t('playbooks.diff.changed')}</strong> <span className="hint">({aspects.join(', ')})</span>
      {change.aspects.includes('text') ? (
        <>
          <del>{change.from.text}</del>
          <ins>{change.to.text}</ins>
        </>
      ) : (
        <span> {change.to.text}</span>
      )}
    </li>
  );
}

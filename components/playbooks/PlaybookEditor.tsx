import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { newStepId } from '../../lib/playbooks/versions';
import { PHASES, RISK_LEVELS, STEP_TARGETS, type Phase, type Playbook, type PlaybookStep, type StepTarget } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { TeamLink } from './TeamLink';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

const TEXT_FIELDS = [
  ['title', 'playbooks.field.title', false],
  ['summary', 'playbooks.field.summary', true],
  ['holdingStatement', 'playbook.holding', true],
  ['whoAnswers', 'playbook.whoAnswers', true],
  ['movePrivateWhen', 'playbook.movePrivate', true],
  ['escalateWhen', 'playbook.escalate', true],
  ['escalateTo', 'playbook.escalateTo', true],
] as const satisfies ReadonlyArray<readonly [keyof Playbook, MessageKey, boolean]>;

/**
 * Edits a playbook: its texts, the channels and the delete guide (one per line), and
 * per phase the checklist — each step's text, the risk levels at which it comes first,
 * its time target, moved up or down or removed, new steps added. Saving sends the
 * whole playbook with the editor's name and a summary of the change; the background
 * stores it as a draft version, which a named person approves before it is used.
 */
export function PlaybookEditor({
  playbook,
  editsDraft,
  draftChange,
  onSaved,
  onCancel,
}: {
  playbook: Playbook;
  /** The playbook shown is a pending draft: saving changes that draft. */
  editsDraft: number | null;
  draftChange: string;
  onSaved: (version: number) => void;
  onCancel: () => void;
}) {
  const { env, t, settings } = usePanel();
  const id = useId();
  const [draft, setDraft] = useState<Playbook>(playbook);
  const [channels, setChannels] = useState(playbook.channels.join('\n'));
  const [deleteGuide, setDeleteGuide] = useState(playbook.deleteGuide.join('\n'));
  const [by, setBy] = useState(settings.agentName);
  const [change, setChange] = useState(draftChange);
  const [error, setError] = useState('');

  const setSteps = (phase: Phase, steps: PlaybookStep[]) =>
    setDraft((d) => {
      const has = d.phases.some((p) => p.phase === phase);
      const phases = has ? d.phases.map((p) => (p.phase === phase ? { ...p, steps } : p)) : [...d.phases, { phase, steps }];
      return { ...d, phases: phases.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase)) };
    });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!by.trim()) return setError(t('playbooks.nameRequired'));
    if (!change.trim()) return setError(t('playbooks.changeRequired'));
    const empty = draft.phases.flatMap((p) => p.steps.map((s, i) => ({ phase: p.phase, i, s }))).find(({ s }) => !s.text.trim());
    if (empty) return setError(t('playbooks.stepEmpty', { phase: t(`phase.${empty.phase}` as MessageKey), n: empty.i + 1 }));
    const playbook = { ...draft, channels: lines(channels), deleteGuide: lines(deleteGuide) };
    const reply = await env.background({ type: 'playbook/save-draft', playbook, by, change });
    if (!reply.ok) return setError(reply.error);
    setError('');
    onSaved((reply.version as { version: number }).version);
  }

  return (
    <form className="playbook-editor" aria-labelledby={`${id}-h`} onSubmit={(e) => void save(e)} noValidate>
      <h3 id={`${id}-h`}>{t('playbooks.editing', { title: playbook.title })}</h3>
      <p className="hint">{editsDraft !== null ? t('playbooks.editsDraft', { version: editsDraft }) : t('playbooks.editNote')}</p>
      <TeamLink />
      {TEXT_FIELDS.map(([field, labelKey, multi]) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t(labelKey)}</label>
          {multi ? (
            <textarea id={`${id}-${field}`} rows={3} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
          ) : (
            <input id={`${id}-${field}`} value={draft[field]} maxLength={200} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
          )}
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-channels`}>{t('playbooks.field.channels')}</label>
        <textarea id={`${id}-channels`} rows={3} value={channels} onChange={(e) => setChannels(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-delete`}>{t('playbooks.field.deleteGuide')}</label>
        <textarea id={`${id}-delete`} rows={4} value={deleteGuide} onChange={(e) => setDeleteGuide(e.target.value)} />
      </div>
      {PHASES.map((phase) => (
        <PhaseSteps
          key={phase}
          phase={phase}
          steps={draft.phases.find((p) => p.phase === phase)?.steps ?? []}
          onChange={(steps) => setSteps(phase, steps)}
          newId={() => newStepId(draft, phase)}
        />
      ))}
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('playbooks.yourName')}</label>
        <input id={`${id}-by`} value={by} maxLength={120} onChange={(e) => setBy(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-change`}>{t('playbooks.change')}</label>
        <textarea id={`${id}-change`} rows={2} maxLength={2000} value={change} onChange={(e) => setChange(e.target.value)} />
      </div>
      {error && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('playbooks.saveDraft')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('templates.cancel')}
        </button>
      </div>
    </form>
  );
}

function PhaseSteps({ phase, steps, onChange, newId }: { phase: Phase; steps: PlaybookStep[]; onChange: (steps: PlaybookStep[]) => void; newId: () => string }) {
  const { t } = usePanel();
  const phaseName = t(`phase.${phase}` as MessageKey);
  const update = (i: number, patch: Partial<PlaybookStep>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...steps];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset className="phase-steps" data-phase={phase}>
      <legend>{phaseName}</legend>
      <ol className="step-list">
        {steps.map((step, i) => (
          <StepFields
            key={step.id}
            step={step}
            where={t('playbooks.stepLabel', { n: i + 1, phase: phaseName })}
            first={i === 0}
            last={i === steps.length - 1}
            onChange={(patch) => update(i, patch)}
            onMove={(by) => move(i, by)}
            onRemove={() => onChange(steps.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...steps, { id: newId(), text: '', levels: [] }])}>
        {t('playbooks.addStep', { phase: phaseName })}
      </button>
    </fieldset>
  );
}

function StepFields({
  step,
  where,
  first,
  last,
  onChange,
  onMove,
  onRemove,
}: {
  step: PlaybookStep;
  /** "Step 2 of Respond": names every control of the step for screen readers. */
  where: string;
  first: boolean;
  last: boolean;
  onChange: (patch: Partial<PlaybookStep>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = usePanel();
  const id = useId();
  return (
    <li className="step-fields" data-step-id={step.id}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{where}</label>
        <textarea id={`${id}-text`} rows={3} value={step.text} onChange={(e) => onChange({ text: e.target.value })} />
      </div>
      <fieldset className="levels">
        <legend>{t('playbooks.levels', { step: where })}</legend>
        {RISK_LEVELS.map((level) => (
          <label key={level}>
            <input
              type="checkbox"
              checked={step.levels.includes(level)}
              onChange={(e) =>
                onChange({ levels: e.target.checked ? RISK_LEVELS.filter((l) => l === level || step.levels.includes(l)) : step.levels.filter((l) => l !== level) })
              }
            />
            {t(`risk.level.${level}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('playbooks.target', { step: where })}</label>
        <select
          id={`${id}-target`}
          value={step.target ?? ''}
          onChange={(e) => {
            const { target: _old, ...rest } = step;
            onChange(e.target.value ? { ...rest, target: e.target.value as StepTarget } : { ...rest, target: undefined });
          }}
        >
          <option value="">{t('playbooks.noTarget')}</option>
          {STEP_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`playbook.target.${target}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" disabled={first} onClick={() => onMove(-1)} aria-label={t('playbooks.moveUp', { step: where })}>
          ↑
        </button>
        <button type="button" disabled={last} onClick={() => onMove(1)} aria-label={t('playbooks.moveDown', { step: where })}>
          ↓
        </button>
        <button type="button" onClick={onRemove} aria-label={t('playbooks.removeStep', { step: where })}>
          {t('playbooks.remove')}
        </button>
      </div>
    </li>
  );
}

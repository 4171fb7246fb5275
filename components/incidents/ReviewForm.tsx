import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MessageKey } from '../../lib/i18n';
import { incidentLog } from '../../lib/incidents';
import { canReview, reviewSummary } from '../../lib/incidents/review';
import { PLAYBOOK_FOR_NONE, playbookFor } from '../../lib/playbooks/guidance';
import { latestVersions } from '../../lib/playbooks/templates';
import { pendingDraft, playbookHistory } from '../../lib/playbooks/versions';
import { LESSON_TARGETS, PHASES, type Incident, type Lesson, type Phase, type Playbook, type Template } from '../../lib/schema';
import { usePanel } from '../PanelContext';

/** A lesson as the form edits it: what it changes, and the proposed wording for a draft. */
interface LessonDraftState extends Lesson {
  templateId: string;
  /** A step id, or "add:<phase>" for a new step. */
  stepChoice: string;
  proposed: string;
}

const newLesson = (): LessonDraftState => ({
  id: `lesson-${crypto.randomUUID()}`,
  text: '',
  target: 'playbook',
  draftRef: null,
  templateId: '',
  stepChoice: '',
  proposed: '',
});

/**
 * The post-crisis review of a resolved incident, phase four of the practice: what
 * happened (drafted from the timeline, editable), what worked, what to change in the
 * plan and the templates, and lessons. Each lesson can become, in one click, a draft
 * version of a template or of the incident's playbook that a person then approves.
 * Saving stores the review and marks the incident reviewed.
 */
export function ReviewForm({ incident }: { incident: Incident }) {
  const { env, t, language, settings } = usePanel();
  const events = useLiveQuery(() => incidentLog(env.db, incident.id), [env.db, incident.id]);
  if (!canReview(incident) || events === undefined) return null;
  return <ReviewFields key={incident.id} incident={incident} summary={reviewSummary(incident, events, language)} env={env} t={t} agentName={settings.agentName} />;
}

function ReviewFields({
  incident,
  summary,
  env,
  t,
  agentName,
}: {
  incident: Incident;
  summary: string;
  env: ReturnType<typeof usePanel>['env'];
  t: ReturnType<typeof usePanel>['t'];
  agentName: string;
}) {
  const id = useId();
  const saved = incident.review;
  const [by, setBy] = useState(saved?.by ?? agentName);
  const [whatHappened, setWhatHappened] = useState(saved?.whatHappened ?? summary);
  const [whatWorked, setWhatWorked] = useState(saved?.whatWorked ?? '');
  const [whatToChange, setWhatToChange] = useState(saved?.whatToChange ?? '');
  const [lessons, setLessons] = useState<LessonDraftState[]>(
    (saved?.lessons ?? []).map((l) => ({ ...l, templateId: '', stepChoice: '', proposed: '' })),
  );
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const update = (i: number, patch: Partial<LessonDraftState>) => setLessons((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!by.trim()) return setNotice({ ok: false, text: t('incidentReview.nameRequired') });
    const empty = lessons.findIndex((l) => !l.text.trim());
    if (empty >= 0) return setNotice({ ok: false, text: t('incidentReview.lessonEmpty', { n: empty + 1 }) });
    const review = {
      whatHappened,
      whatWorked,
      whatToChange,
      lessons: lessons.map(({ id: lessonId, text, target, draftRef }) => ({ id: lessonId, text, target, draftRef })),
    };
    const reply = await env.background({ type: 'incident/save-review', id: incident.id, by, review });
    setNotice(reply.ok ? { ok: true, text: t('incidentReview.saved') } : { ok: false, text: reply.error });
  }

  return (
    <form className="incident-review" aria-labelledby={`${id}-h`} onSubmit={(e) => void save(e)} noValidate>
      <h4 id={`${id}-h`}>{t('incidentReview.heading')}</h4>
      <p className="hint">{saved ? t('incidentReview.savedBy', { name: saved.by }) : t('incidentReview.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('incidentReview.by')}</label>
        <input id={`${id}-by`} value={by} maxLength={120} onChange={(e) => setBy(e.target.value)} />
      </div>
      {(
        [
          ['happened', 'incidentReview.whatHappened', whatHappened, setWhatHappened, 7],
          ['worked', 'incidentReview.whatWorked', whatWorked, setWhatWorked, 3],
          ['change', 'incidentReview.whatToChange', whatToChange, setWhatToChange, 3],
        ] as const
      ).map(([key, labelKey, value, set, rows]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(labelKey)}</label>
          <textarea id={`${id}-${key}`} rows={rows} value={value} maxLength={20_000} onChange={(e) => set(e.target.value)} />
        </div>
      ))}
      <fieldset className="lessons">
        <legend>{t('incidentReview.lessons')}</legend>
        <ol>
          {lessons.map((lesson, i) => (
            <LessonFields
              key={lesson.id}
              n={i + 1}
              lesson={lesson}
              incident={incident}
              by={by}
              onChange={(patch) => update(i, patch)}
              onRemove={() => setLessons((ls) => ls.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        <button type="button" onClick={() => setLessons((ls) => [...ls, newLesson()])}>
          {t('incidentReview.addLesson')}
        </button>
      </fieldset>
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'notice' : 'warning'}>
          {notice.text}
        </p>
      )}
      <button type="submit" className="primary">
        {t('incidentReview.save')}
      </button>
    </form>
  );
}

/** The templates and playbooks a lesson of this incident can change, with the playbook's latest text (a pending draft if any). */
function useTargets(incident: Incident) {
  const { env, language } = usePanel();
  const type = incident.crisisType === 'none' ? PLAYBOOK_FOR_NONE : incident.crisisType;
  const templates = useLiveQuery(() => env.db.templates.toArray(), [env.db]);
  const playbooks = useLiveQuery(() => env.db.playbooks.toArray(), [env.db]);
  const playbook = playbooks ? playbookFor(playbooks, incident.crisisType, language) : null;
  const draft = useLiveQuery(async () => (playbook ? pendingDraft(await playbookHistory(env.db, playbook.id)) : null), [env.db, playbook?.id]);
  const usable = useMemo(
    () =>
      latestVersions(templates ?? [])
        .filter((tpl) => tpl.status !== 'retired' && tpl.managedBy === undefined && (tpl.crisisType === incident.crisisType || tpl.crisisType === 'none'))
        .sort((a, b) => Number(a.language !== language) - Number(b.language !== language) || a.title.localeCompare(b.title)),
    [templates, incident.crisisType, language],
  );
  const editable: Playbook | null = playbook && playbook.managedBy === undefined ? (draft?.playbook ?? playbook) : null;
  return { templates: usable, playbook: editable, managedPlaybook: playbook?.managedBy !== undefined, type };
}

function LessonFields({
  n,
  lesson,
  incident,
  by,
  onChange,
  onRemove,
}: {
  n: number;
  lesson: LessonDraftState;
  incident: Incident;
  by: string;
  onChange: (patch: Partial<LessonDraftState>) => void;
  onRemove: () => void;
}) {
  const { env, t } = usePanel();
  const id = useId();
  const { templates, playbook, managedPlaybook } = useTargets(incident);
  const [error, setError] = useState('');
  const where = t('incidentReview.lessonN', { n });
  const steps = playbook?.phases.flatMap((p) => p.steps.map((s) => ({ phase: p.phase, step: s }))) ?? [];

  function chooseTemplate(templateId: string) {
    const tpl: Template | undefined = templates.find((x) => x.id === templateId);
    onChange({ templateId, proposed: tpl?.body ?? '' });
  }
  function chooseStep(choice: string) {
    const found = steps.find((s) => s.step.id === choice);
    onChange({ stepChoice: choice, proposed: found ? found.step.text : lesson.text });
  }

  async function makeDraft() {
    if (!lesson.text.trim()) return setError(t('incidentReview.lessonEmpty', { n }));
    let change;
    if (lesson.target === 'template') {
      if (!lesson.templateId) return setError(t('incidentReview.pickTemplate'));
      change = { target: 'template' as const, templateId: lesson.templateId, body: lesson.proposed };
    } else {
      if (!playbook || !lesson.stepChoice) return setError(t('incidentReview.pickStep'));
      change = lesson.stepChoice.startsWith('add:')
        ? { target: 'playbook' as const, playbookId: playbook.id, addTo: lesson.stepChoice.slice(4) as Phase, text: lesson.proposed }
        : { target: 'playbook' as const, playbookId: playbook.id, stepId: lesson.stepChoice, text: lesson.proposed };
    }
    const reply = await env.background({ type: 'lesson/draft', incidentId: incident.id, by, lesson: { id: lesson.id, text: lesson.text }, change });
    if (!reply.ok) return setError(reply.error);
    setError('');
    onChange({ draftRef: String(reply.draftRef) });
  }

  return (
    <li className="lesson" data-lesson-id={lesson.id} data-target={lesson.target}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{where}</label>
        <textarea id={`${id}-text`} rows={2} maxLength={2000} value={lesson.text} onChange={(e) => onChange({ text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('incidentReview.target', { lesson: where })}</label>
        <select id={`${id}-target`} value={lesson.target} onChange={(e) => onChange({ target: e.target.value as Lesson['target'] })}>
          {LESSON_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`incidentReview.target.${target}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {lesson.target === 'template' && !lesson.draftRef && (
        <div className="field">
          <label htmlFor={`${id}-tpl`}>{t('incidentReview.whichTemplate', { lesson: where })}</label>
          <select id={`${id}-tpl`} value={lesson.templateId} onChange={(e) => chooseTemplate(e.target.value)}>
            <option value="">{t('incidentReview.choose')}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.title} ({t(`lang.${tpl.language}` as MessageKey)}, {t('templates.version', { version: tpl.version })})
              </option>
            ))}
          </select>
        </div>
      )}
      {lesson.target === 'playbook' && !lesson.draftRef && managedPlaybook && <p className="hint">{t('incidentReview.playbookManaged')}</p>}
      {lesson.target === 'playbook' && !lesson.draftRef && playbook && (
        <div className="field">
          <label htmlFor={`${id}-step`}>{t('incidentReview.whichStep', { lesson: where, playbook: playbook.title })}</label>
          <select id={`${id}-step`} value={lesson.stepChoice} onChange={(e) => chooseStep(e.target.value)}>
            <option value="">{t('incidentReview.choose')}</option>
            {PHASES.map((phase) => (
              <optgroup key={phase} label={t(`phase.${phase}` as MessageKey)}>
                {steps
                  .filter((s) => s.phase === phase)
                  .map(({ step }) => (
                    <option key={step.id} value={step.id}>
                      {step.text.length > 90 ? `${step.text.slice(0, 88)}…` : step.text}
                    </option>
                  ))}
                <option value={`add:${phase}`}>{t('incidentReview.addStepTo', { phase: t(`phase.${phase}` as MessageKey) })}</option>
              </optgroup>
            ))}
          </select>
        </div>
      )}
      {lesson.target !== 'other' && !lesson.draftRef && (lesson.templateId || lesson.stepChoice) && (
        <>
          <div className="field">
            <label htmlFor={`${id}-proposed`}>{t('incidentReview.proposed', { lesson: where })}</label>
            <textarea id={`${id}-proposed`} rows={4} value={lesson.proposed} onChange={(e) => onChange({ proposed: e.target.value })} />
          </div>
          <button type="button" onClick={() => void makeDraft()}>
            {t('incidentReview.makeDraft', { lesson: where })}
          </button>
        </>
      )}
      {lesson.draftRef && <DraftMade draftRef={lesson.draftRef} />}
      {error && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
      <button type="button" onClick={onRemove} aria-label={t('incidentReview.removeLesson', { lesson: where })}>
        {t('playbooks.remove')}
      </button>
    </li>
  );
}

/** "Draft made: template version 3, awaiting approval in Templates." */
function DraftMade({ draftRef }: { draftRef: string }) {
  const { t } = usePanel();
  const match = /^(template|playbook):(.+)@(\d+)$/.exec(draftRef);
  if (!match) return <p className="notice">{draftRef}</p>;
  const key = match[1] === 'template' ? 'incidentReview.draftTemplate' : 'incidentReview.draftPlaybook';
  return (
    <p role="status" className="notice draft-made" data-draft-ref={draftRef}>
      {t(key, { version: match[3]! })}
    </p>
  );
}

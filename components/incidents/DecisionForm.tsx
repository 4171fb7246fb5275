import { useId, useState, type FormEvent } from 'react';
import { decisionGuideText, DECISION_GUIDE_POINTS, recommendedAction } from '../../lib/incidents/decision-guide';
import { DECISION_ACTIONS } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { FormError, useActor, useSend } from './common';

type Action = (typeof DECISION_ACTIONS)[number];

/** Delete, keep or hide a post, with the reason and the points of the practice's guide that apply. */
export function DecisionForm({ incidentId, posts }: { incidentId: string; posts: string[] }) {
  const { t, language } = usePanel();
  const id = useId();
  const by = useActor();
  const { send, error } = useSend();
  const [ticked, setTicked] = useState<string[]>([]);
  const [action, setAction] = useState<Action>('keep');
  const [postUrl, setPostUrl] = useState('');
  const [reason, setReason] = useState('');
  const recommended = recommendedAction(ticked);
  const toggle = (point: string) => {
    const next = ticked.includes(point) ? ticked.filter((p) => p !== point) : [...ticked, point];
    setTicked(next);
    setAction(recommendedAction(next));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reply = await send({ type: 'incident/decision', id: incidentId, action, postUrl, reason, guide: ticked, by });
    if (reply.ok) {
      setReason('');
      setTicked([]);
    }
  };
  return (
    <form className="incident-form decision-form" aria-label={t('incidents.decision.heading')} onSubmit={submit}>
      <h4>{t('incidents.decision.heading')}</h4>
      <fieldset>
        <legend>{t('incidents.decision.guide')}</legend>
        {DECISION_GUIDE_POINTS.map((p) => (
          <label key={p.id} className="check" data-point={p.id}>
            <input type="checkbox" checked={ticked.includes(p.id)} onChange={() => toggle(p.id)} /> {decisionGuideText(p.id, language)}
          </label>
        ))}
      </fieldset>
      <p className="notice recommendation" data-recommended={recommended}>
        {t('incidents.decision.recommends', { action: t(`incidents.decision.${recommended}`) })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-action`}>{t('incidents.decision.action')}</label>
        <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as Action)}>
          {DECISION_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`incidents.decision.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-post`}>{t('incidents.decision.post')}</label>
        <input id={`${id}-post`} list={`${id}-posts`} value={postUrl} maxLength={2000} onChange={(e) => setPostUrl(e.target.value)} />
        <datalist id={`${id}-posts`}>
          {posts.map((url) => (
            <option key={url} value={url} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('incidents.decision.reason')}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} maxLength={5000} required onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="submit">{t('incidents.decision.record')}</button>
      <FormError error={error} />
    </form>
  );
}

import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { checkTone, PLATFORM_LIMITS, unfilledVariableFinding, weightedLength, type ToneContext } from '../../lib/tone';
import { repeatedIn } from '../../lib/replies';
import type { PanelEnv, PanelTab } from '../../lib/panel/env';
import type { Mention } from '../../lib/schema';
import { HighlightedText } from '../HighlightedText';
import { usePanel } from '../PanelContext';
import { describeInsertError, readReplyBox } from './insertion';
import { ToneFindings } from './ToneFindings';

const PLATFORM_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;

type BoxState = { kind: 'idle' } | { kind: 'read'; text: string } | { kind: 'failed'; reason: string };

/**
 * The reply draft: a labelled textarea with the tone check running as the
 * person types, the length as the platform counts it, and the button that puts
 * the draft into the platform's reply box.
 */
export function DraftEditor({
  env,
  tab,
  mention,
  draft,
  onDraftChange,
  toneContext,
  threadReplies,
  busy,
  blocked = null,
  onInsert,
}: {
  env: PanelEnv;
  tab: PanelTab | null;
  mention: Mention;
  draft: string;
  onDraftChange: (text: string) => void;
  toneContext: ToneContext;
  threadReplies: readonly string[];
  busy: boolean;
  /** Why the draft may not be inserted as it is (an unapproved template, unedited), or null. */
  blocked?: string | null;
  onInsert: () => void;
}) {
  const { t } = usePanel();
  const id = useId();
  // Typing stays responsive; the check follows the latest text as soon as React is idle.
  const checked = useDeferredValue(draft);
  const findings = useMemo(() => checkTone(checked, toneContext), [checked, toneContext]);
  const repeated = useMemo(() => repeatedIn(checked, threadReplies).length > 0, [checked, threadReplies]);
  // Checked on the live text, not the deferred one: insertion must never see a stale answer.
  const unfilled = useMemo(() => unfilledVariableFinding(draft, toneContext.uiLanguage), [draft, toneContext.uiLanguage]);
  const length = weightedLength(draft, mention.platform);
  const limit = PLATFORM_LIMITS[mention.platform];
  const [box, setBox] = useState<BoxState>({ kind: 'idle' });
  const boxFindings = useMemo(() => (box.kind === 'read' ? checkTone(box.text, toneContext) : []), [box, toneContext]);

  async function checkReplyBox() {
    const result = await readReplyBox(env, tab, mention);
    setBox(result.ok ? { kind: 'read', text: result.text } : { kind: 'failed', reason: result.reason });
  }

  // Once the person has looked at the reply box, keep its tone check live while they edit there.
  const watching = box.kind === 'read';
  useEffect(() => {
    if (!watching) return;
    let alive = true;
    const timer = setInterval(() => {
      void readReplyBox(env, tab, mention).then((result) => {
        if (!alive) return;
        setBox((prev) =>
          result.ok
            ? prev.kind === 'read' && prev.text === result.text
              ? prev
              : { kind: 'read', text: result.text }
            : { kind: 'failed', reason: result.reason },
        );
      });
    }, 1500);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [watching, env, tab, mention]);

  const spans = findings.flatMap((f) => f.spans);
  return (
    <section className="draft">
      <div className="field">
        <label id={`${id}-label`} htmlFor={`${id}-text`}>
          {t('draft.label')}
        </label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={draft}
          onChange={(e) => onDraftChange(e.target.value)}
          aria-describedby={`${id}-length`}
          spellCheck
          lang={toneContext.postLanguage === 'und' ? undefined : toneContext.postLanguage}
        />
        <span id={`${id}-length`} className={`length${length > limit ? ' over' : ''}`}>
          {t('draft.length', { length, limit, platform: PLATFORM_NAMES[mention.platform] })}
        </span>
      </div>
      {spans.length > 0 && checked === draft && (
        <p className="draft-preview" aria-hidden="true">
          <HighlightedText text={draft} spans={spans} />
        </p>
      )}
      {repeated && (
        <p className="warning" role="note">
          {t('draft.repeated')}
        </p>
      )}
      <h3 id={`${id}-tone`}>{t('tone.heading')}</h3>
      <ToneFindings findings={findings} text={checked} label={t('tone.heading')} />
      {unfilled && (
        <p id={`${id}-unfilled`} className="warning insert-blocked" role="alert" data-kind="unfilled-variable">
          {unfilled.message}
        </p>
      )}
      {blocked && (
        <p id={`${id}-blocked`} className="warning insert-blocked" role="alert" data-kind="unapproved-template">
          {blocked}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || draft.trim().length === 0 || unfilled !== null || blocked !== null}
          aria-describedby={[unfilled ? `${id}-unfilled` : '', blocked ? `${id}-blocked` : ''].filter(Boolean).join(' ') || undefined}
          onClick={onInsert}
        >
          {busy ? t('draft.inserting') : t('draft.insert')}
        </button>
        <button type="button" onClick={() => void checkReplyBox()}>
          {t('draft.checkBox')}
        </button>
      </div>
      {box.kind !== 'idle' && (
        <div className="reply-box" aria-live="polite">
          <h3>{t('draft.boxHeading')}</h3>
          {box.kind === 'failed' && <p className="warning">{t('draft.boxFailed', { reason: describeInsertError(box.reason, t) })}</p>}
          {box.kind === 'read' && box.text.trim() === '' && <p className="hint">{t('draft.boxEmpty')}</p>}
          {box.kind === 'read' && box.text.trim() !== '' && (
            <>
              <blockquote className="box-text">
                <HighlightedText text={box.text} spans={boxFindings.flatMap((f) => f.spans)} />
              </blockquote>
              {repeatedIn(box.text, threadReplies).length > 0 && <p className="warning">{t('draft.repeated')}</p>}
              <ToneFindings findings={boxFindings} text={box.text} label={t('draft.boxHeading')} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

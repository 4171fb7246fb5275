import { openIncidents } from '../lib/incidents';
import { useCallback, useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MessageKey } from '../lib/i18n';
import type { PanelTab } from '../lib/panel/env';
import { firstAnswerWithin } from '../lib/incidents/next-update';
import { canInsertOneClick, fillTemplate } from '../lib/playbooks/templates';
import {
  effectiveCrisisType,
  loadThreadReplies,
  promisedUpdateIn,
  replyLanguage,
  replySuggestions,
  templateVariables,
  type ReplySuggestion,
} from '../lib/replies';
import { crisisTypeLabel, explainReason } from '../lib/risk/explain';
import { CRISIS_TYPES, Mention, type CrisisType, type MentionStatus, type Playbook, type Template } from '../lib/schema';
import { answeredKindOf, findUnfilledVariables, type ToneContext } from '../lib/tone';
import { HighlightedText } from './HighlightedText';
import { usePanel } from './PanelContext';
import { RiskChip } from './RiskChip';
import { usePanelState } from './state';
import { DraftEditor } from './reply/DraftEditor';
import { describeInsertError, insertReply, type InsertOutcome } from './reply/insertion';
import { NextUpdate } from './reply/NextUpdate';
import { PlaybookPanel } from './reply/PlaybookPanel';
import { SuggestedTemplates } from './reply/SuggestedTemplates';

/** "4 min", "1 h 5 min", "2 d 3 h" in the UI language. */
export function formatDuration(ms: number, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('duration.s', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('duration.m', { m });
  const h = Math.floor(m / 60);
  if (h < 24) return t('duration.hm', { h, m: m % 60 });
  return t('duration.dh', { d: Math.floor(h / 24), h: h % 24 });
}

/** The reply workflow for the mention selected in the Queue. */
export function ReplyView({ tab }: { tab: PanelTab | null }) {
  const { env, t } = usePanel();
  const { selectedMentionId, setView } = usePanelState();
  const found = useLiveQuery(async () => {
    if (!selectedMentionId) return { mention: null };
    const parsed = Mention.safeParse(await env.db.mentions.get(selectedMentionId));
    return { mention: parsed.success ? parsed.data : null };
  }, [env.db, selectedMentionId]);

  return (
    <section className="view reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('reply.heading')}</h2>
      {!selectedMentionId && <p className="hint">{t('reply.noSelection')}</p>}
      {selectedMentionId && found && !found.mention && <p className="hint">{t('reply.notFound')}</p>}
      {(!selectedMentionId || (found && !found.mention)) && (
        <button type="button" onClick={() => setView('queue')}>
          {t('reply.toQueue')}
        </button>
      )}
      {found?.mention && <ReplyWorkspace key={found.mention.id} mention={found.mention} tab={tab} />}
    </section>
  );
}

function ReplyWorkspace({ mention, tab }: { mention: Mention; tab: PanelTab | null }) {
  const { env, t, language, settings } = usePanel();
  const id = useId();
  const playbooks = useLiveQuery(() => env.db.playbooks.toArray(), [env.db]) ?? EMPTY_PLAYBOOKS;
  const templates = useLiveQuery(() => env.db.templates.toArray(), [env.db]) ?? EMPTY_TEMPLATES;
  const threadReplies =
    useLiveQuery(() => loadThreadReplies(env.db, mention.threadUrl, mention.id), [env.db, mention.threadUrl, mention.id]) ?? EMPTY_TEXTS;
  // While any incident is open, promotional wording in a reply reads as tone-deaf.
  const incidentOpen = useLiveQuery(async () => (await openIncidents(env.db)).length > 0, [env.db]) ?? false;

  const [draft, setDraft] = useState('');
  /** The suggestion the draft was taken from, to tell whether it is still the template's unedited text. */
  const [source, setSource] = useState<ReplySuggestion | null>(null);
  const [ticket, setTicket] = useState('');
  /** The time the reply promises the next update by ({date}); none until the person picks one. */
  const [nextUpdateAt, setNextUpdateAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);

  const crisisType = effectiveCrisisType(mention);
  const level = mention.risk?.level ?? 'low';
  const wantedLanguage = replyLanguage(mention, language);
  const vars = useMemo(() => templateVariables(mention, settings, { ticket, nextUpdateAt }), [mention, settings, ticket, nextUpdateAt]);
  const suggestions = useMemo(
    () => replySuggestions(templates, mention, settings, threadReplies, { ticket, nextUpdateAt }),
    [templates, mention, settings, threadReplies, ticket, nextUpdateAt],
  );
  const toneContext = useMemo<ToneContext>(
    () => ({
      platform: mention.platform,
      postLanguage: mention.language === 'und' ? (mention.risk?.language ?? 'und') : mention.language,
      uiLanguage: language,
      incidentOpen,
      // Only wording a person approved may make promises; drafts, starter templates included, are checked in full.
      approvedTexts: suggestions.filter((s) => canInsertOneClick(s.template)).map((s) => s.text),
      // What the post is (complaint, question, praise…) decides which missing parts are worth a hint.
      answering: answeredKindOf(mention.risk, crisisType),
    }),
    [mention, language, incidentOpen, suggestions, crisisType],
  );
  const holdingText = useCallback((playbook: Playbook) => fillTemplate(playbook.holdingStatement, vars).text, [vars]);

  const insert = async (text: string, template: Template | null) => {
    setBusy(true);
    setOutcome(null);
    try {
      const promisedUpdateAt = promisedUpdateIn(text, mention, nextUpdateAt);
      setOutcome(await insertReply({ env, tab, mention, text, template, uiLanguage: language, promisedUpdateAt }));
    } finally {
      setBusy(false);
    }
  };

  const takeText = (text: string, from: ReplySuggestion | null) => {
    setDraft(text);
    setSource(from);
    setOutcome(null);
  };

  const unedited = source !== null && source.text === draft;
  const draftTemplate = unedited && canInsertOneClick(source.template) ? source.template : null;
  // An unapproved template goes into the reply box only once the person has made it their own text.
  const blocked = unedited && !canInsertOneClick(source.template) ? t('draft.unapprovedTemplate') : null;

  const setStatus = (status: MentionStatus) => void env.background({ type: 'mention/set-status', id: mention.id, status });
  const setCrisisType = (type: CrisisType | null) => void env.background({ type: 'mention/set-crisis-type', id: mention.id, crisisType: type });
  const detected = mention.risk?.crisisType ?? 'none';

  return (
    <>
      <article className="mention-summary" aria-label={t('reply.mention')} data-mention-id={mention.id} data-status={mention.status}>
        <div className="mention-head">
          {mention.risk ? <RiskChip level={mention.risk.level} /> : <span className="chip">{t('reply.noRisk')}</span>}
          <span className="author">{mention.authorName}</span>
          {mention.authorHandle && <span className="handle">@{mention.authorHandle}</span>}
          <span className={`status status-${mention.status}`}>{t(`status.${mention.status}`)}</span>
        </div>
        <HighlightedText
          className="mention-text"
          text={mention.text}
          spans={mention.risk ? mention.risk.reasons.flatMap((r) => r.spans) : []}
        />
        {mention.risk && (
          <div className="reply-meta">
            <span>{t('reply.riskScore', { score: Math.round(mention.risk.score) })}</span>
          </div>
        )}
        {mention.risk && mention.risk.reasons.length > 0 && (
          <details className="reasons" open>
            <summary>{t('queue.reasons')}</summary>
            <ul>
              {mention.risk.reasons.map((reason, i) => (
                <li key={i} data-reason={reason.kind}>
                  {explainReason(reason, language)}
                </li>
              ))}
            </ul>
          </details>
        )}
        {mention.firstReplyAt !== null && (
          <p className="notice reply-time">
            {t('reply.replyTime', { duration: formatDuration(mention.firstReplyAt - mention.firstSeenAt, t) })}
          </p>
        )}
      </article>

      <div className="crisis-row">
        <div className="field">
          <label htmlFor={`${id}-crisis`}>{t('reply.crisisType')}</label>
          <select id={`${id}-crisis`} value={crisisType} onChange={(e) => setCrisisType(e.target.value as CrisisType)}>
            {CRISIS_TYPES.map((type) => (
              <option key={type} value={type}>
                {crisisTypeLabel(type, language)}
              </option>
            ))}
          </select>
        </div>
        {mention.crisisType !== null && mention.crisisType !== detected && (
          <span className="hint">
            {t('reply.crisisDetected', { type: crisisTypeLabel(detected, language) })}{' '}
            <button type="button" onClick={() => setCrisisType(null)}>
              {t('reply.crisisReset')}
            </button>
          </span>
        )}
      </div>

      <div className="actions status-actions" role="group" aria-label={t('reply.statusActions')}>
        {mention.status !== 'ignored' && (
          <button type="button" onClick={() => setStatus('ignored')}>
            {t('action.ignore')}
          </button>
        )}
        {mention.status !== 'escalated' && (
          <button type="button" onClick={() => setStatus('escalated')}>
            {t('action.escalate')}
          </button>
        )}
        {mention.status !== 'new' && (
          <button type="button" onClick={() => setStatus('new')}>
            {t('action.reopen')}
          </button>
        )}
      </div>

      <PlaybookPanel
        playbooks={playbooks}
        crisisType={crisisType}
        level={level}
        holdingText={holdingText}
        postLanguage={wantedLanguage}
        mentionUrl={mention.url}
        onUseHolding={(text) => takeText(text, null)}
      />

      <NextUpdate
        value={nextUpdateAt}
        onChange={setNextUpdateAt}
        replyLanguage={replyLanguage(mention, 'en')}
        firstAnswerMinutes={firstAnswerWithin(mention, crisisType)}
      />
      <div className="field">
        <label htmlFor={`${id}-ticket`}>{t('suggest.ticket')}</label>
        <input id={`${id}-ticket`} value={ticket} onChange={(e) => setTicket(e.target.value)} maxLength={100} />
      </div>
      <SuggestedTemplates
        suggestions={suggestions}
        wantedLanguage={wantedLanguage}
        busy={busy}
        onUse={(s) => takeText(s.text, s)}
        onInsert={(s) => void insert(s.text, s.template)}
      />

      <DraftEditor
        env={env}
        tab={tab}
        mention={mention}
        draft={draft}
        onDraftChange={(text) => {
          setDraft(text);
          setOutcome(null);
        }}
        toneContext={toneContext}
        threadReplies={threadReplies}
        busy={busy}
        blocked={blocked}
        onInsert={() => {
          // The editor disables the button too; this also covers a click racing an edit.
          if (findUnfilledVariables(draft).length > 0 || blocked) return;
          void insert(draft, draftTemplate);
        }}
      />
      <Outcome outcome={outcome} />
    </>
  );
}

function Outcome({ outcome }: { outcome: InsertOutcome | null }) {
  const { t } = usePanel();
  if (!outcome) return <div aria-live="polite" />;
  const reason = describeInsertError(outcome.reason, t);
  return (
    <div aria-live="polite">
      {outcome.kind === 'inserted' && (
        <p role="status" className="outcome ok">
          {t('draft.inserted')}
        </p>
      )}
      {outcome.kind === 'copied' && (
        <p role="alert" className="outcome warning">
          {t('draft.copied', { reason })}
        </p>
      )}
      {outcome.kind === 'copy-failed' && (
        <p role="alert" className="outcome warning">
          {t('draft.copyFailed', { reason })}
        </p>
      )}
      {outcome.recordError && (
        <p role="alert" className="outcome warning">
          {t('draft.recordFailed', { message: outcome.recordError })}
        </p>
      )}
    </div>
  );
}

const EMPTY_PLAYBOOKS: Playbook[] = [];
const EMPTY_TEMPLATES: Template[] = [];
const EMPTY_TEXTS: string[] = [];

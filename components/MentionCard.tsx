import { memo } from 'react';
import type { Mention } from '../lib/schema';
import { explainReason } from '../lib/risk/explain';
import { HighlightedText } from './HighlightedText';
import { RiskChip } from './RiskChip';
import { usePanel } from './PanelContext';
import { usePanelState } from './state';
import { SelectBox } from './incidents/SelectBox';

/**
 * One card of the Queue. Memoised: while the list scrolls only the cards that come into view
 * render, not every card on screen (their props stay the same).
 */
export const MentionCard = memo(function MentionCard({
  mention,
  selected,
  onSelect,
  ref,
  index,
  offset,
}: {
  mention: Mention;
  selected: boolean;
  onSelect: (mention: Mention) => void;
  /** The list measures each card through this (cards differ in height). */
  ref?: (element: HTMLLIElement | null) => void;
  index: number;
  /** Where the card sits in the list, in pixels from its top. */
  offset: number;
}) {
  const { t, language } = usePanel();
  const setView = usePanelState((s) => s.setView);
  const risk = mention.risk;
  const reasonSpans = risk ? risk.reasons.flatMap((r) => r.spans) : [];
  return (
    <li
      ref={ref}
      className={`mention${selected ? ' selected' : ''}`}
      data-mention-id={mention.id}
      data-status={mention.status}
      data-index={index}
      style={{ transform: `translateY(${offset}px)` }}
    >
      <button type="button" className="mention-main" onClick={() => onSelect(mention)} aria-pressed={selected}>
        <span className="mention-head">
          {risk && <RiskChip level={risk.level} />}
          <span className="author">
            {mention.authorName}
            {mention.reach.verified && <span className="verified" aria-label="verified">✓</span>}
          </span>
          <span className="handle">@{mention.authorHandle}</span>
          {mention.status !== 'new' && <span className={`status status-${mention.status}`}>{t(`status.${mention.status}`)}</span>}
        </span>
        <HighlightedText className="mention-text" text={mention.text} spans={reasonSpans} />
      </button>
      <div className="mention-actions">
        <SelectBox mention={mention} />
        <button
          type="button"
          onClick={() => {
            onSelect(mention);
            setView('reply');
          }}
          aria-label={`${t('nav.reply')}: ${mention.authorName || '@' + mention.authorHandle}`}
        >
          {t('nav.reply')}
        </button>
      </div>
      {risk && risk.reasons.length > 0 && (
        <details className="reasons" open={selected}>
          <summary>{t('queue.reasons')}</summary>
          <ul>
            {risk.reasons.map((reason, i) => (
              <li key={i} data-reason={reason.kind}>
                <span className="reason-text">{explainReason(reason, language)}</span>
                {reason.spans.length > 0 && (
                  <span className="reason-words">
                    {reason.spans.map(([s, e], j) => (
                      <mark key={j}>{mention.text.slice(s, e)}</mark>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
});

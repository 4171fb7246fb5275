import type { ToneFinding } from '../../lib/tone';
import { usePanel } from '../PanelContext';

/**
 * What the tone check found: the words, why they matter, and what to write
 * instead. Draft text is rendered as text only.
 */
export function ToneFindings({ findings, text, label }: { findings: ToneFinding[]; text: string; label: string }) {
  const { t } = usePanel();
  if (text.trim().length === 0) return null;
  if (findings.length === 0) {
    return (
      <p className="notice tone-fine" aria-label={label}>
        {t('tone.fine')}
      </p>
    );
  }
  return (
    <ul className="tone-findings" aria-label={label}>
      {findings.map((finding) => (
        <li key={finding.kind} className={`tone-finding tone-${finding.severity}`} data-kind={finding.kind}>
          <p className="tone-message">{finding.message}</p>
          {finding.spans.length > 0 && (
            <p className="tone-words">
              <span className="tone-label">{t('tone.words')}</span>{' '}
              {finding.spans.map(([start, end], i) => (
                <mark key={i}>{text.slice(start, end)}</mark>
              ))}
            </p>
          )}
          <p className="tone-suggestion">
            <span className="tone-label">{t('tone.try')}</span> {finding.suggestion}
          </p>
        </li>
      ))}
    </ul>
  );
}

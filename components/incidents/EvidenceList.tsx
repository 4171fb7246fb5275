import type { ArticleSnapshot, Evidence, MentionSnapshot } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { RiskChip } from '../RiskChip';
import { useTimeFormat } from './common';

/** The incident's evidence as it was when added: mention snapshots and captured articles, as plain text. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = usePanel();
  const time = useTimeFormat();
  if (evidence.length === 0) return <p className="hint">{t('incidents.evidenceEmpty')}</p>;
  return (
    <ol className="evidence" aria-label={t('incidents.evidence')}>
      {evidence.map((e) => (
        <li key={e.id} data-kind={e.item.kind} data-mention-id={e.item.kind === 'mention' ? e.item.mentionId : undefined}>
          {e.item.kind === 'mention' ? <MentionEvidence item={e.item} /> : <ArticleEvidence item={e.item} />}
          <p className="hint">{t('incidents.evidence.added', { time: time(e.capturedAt), name: e.capturedBy || t('incidents.someone') })}</p>
        </li>
      ))}
    </ol>
  );
}

function MentionEvidence({ item }: { item: MentionSnapshot }) {
  const { t } = usePanel();
  const time = useTimeFormat();
  return (
    <>
      <p className="evidence-head">
        {item.risk && <RiskChip level={item.risk.level} />} <span className="author">{item.authorName}</span>{' '}
        <span className="handle">@{item.authorHandle}</span> · {t(`site.${item.platform}`)}
        {item.reach.verified && ` · ${t('incidents.evidence.verified')}`}
        {item.reach.followers !== null && ` · ${t('incidents.evidence.followers', { count: item.reach.followers })}`}
      </p>
      <p className="evidence-text">{item.text}</p>
      <p className="hint">
        {item.postedAt !== null ? t('incidents.evidence.posted', { time: time(item.postedAt) }) : t('incidents.evidence.postedUnknown')}
        {item.risk && ` · ${t('incidents.evidence.risk', { level: t(`risk.level.${item.risk.level}`), score: Math.round(item.risk.score) })}`}
      </p>
      <p className="evidence-url">{item.url}</p>
    </>
  );
}

function ArticleEvidence({ item }: { item: ArticleSnapshot }) {
  const { t } = usePanel();
  return (
    <>
      <p className="evidence-head">
        {item.risk && <RiskChip level={item.risk.level} />} <span className="kind">{t('incidents.evidence.article')}</span>{' '}
        <strong className="title">{item.title}</strong>
        {item.siteName && ` · ${item.siteName}`}
        {item.byline && ` · ${item.byline}`}
        {` · ${t('capture.mentions', { count: item.matches.length })}`}
      </p>
      <p className="evidence-text">{item.excerpt}</p>
      <p className="evidence-url">{item.url}</p>
    </>
  );
}

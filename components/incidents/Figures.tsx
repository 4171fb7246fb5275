import { formatDuration, type FirstResponse, type HourBucket } from '../../lib/incidents/figures';
import { usePanel } from '../PanelContext';
import { useTimeFormat } from './common';

const BAR_WIDTH = 120;

/** Time to first response, and the mentions linked per hour with the share of high or critical: a table with bars. */
export function Figures({ firstResponse, buckets }: { firstResponse: FirstResponse; buckets: HourBucket[] }) {
  const { t } = usePanel();
  const time = useTimeFormat();
  const most = Math.max(1, ...buckets.map((b) => b.linked));
  return (
    <div className="figures">
      <p className="first-response" data-ms={firstResponse.ms ?? ''}>
        {t('incidents.figure.firstResponse')}:{' '}
        {firstResponse.ms === null ? t('incidents.figure.noReply') : <strong>{formatDuration(firstResponse.ms)}</strong>}{' '}
        <span className="hint">({t(firstResponse.fromKind === 'post' ? 'incidents.figure.fromPost' : 'incidents.figure.fromOpened')})</span>
      </p>
      {buckets.length === 0 ? (
        <p className="hint">{t('incidents.figure.none')}</p>
      ) : (
        <table className="per-hour">
          <caption>{t('incidents.figure.perHour')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('incidents.figure.hour')}</th>
              <th scope="col">{t('incidents.figure.linked')}</th>
              <th scope="col">{t('incidents.figure.highShare')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start} data-linked={b.linked}>
                <th scope="row">{time(b.start)}</th>
                <td>
                  <svg width={BAR_WIDTH} height="10" aria-hidden="true" className="bar">
                    <rect width={(b.linked / most) * BAR_WIDTH} height="10" className="bar-all" />
                    <rect width={(b.highOrCritical / most) * BAR_WIDTH} height="10" className="bar-high" />
                  </svg>{' '}
                  {b.linked}
                </td>
                <td>{b.share === null ? '—' : `${Math.round(b.share * 100)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

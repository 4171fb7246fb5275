import { usePanel } from '../PanelContext';
import { useNow } from '../reply/NextUpdate';
import { useTimeFormat } from './common';

/** When the next update a reply promised is due, in red once the time has passed. */
export function NextUpdateDue({ at }: { at: number }) {
  const { t } = usePanel();
  const now = useNow();
  const time = useTimeFormat();
  const overdue = at <= now;
  return (
    <p className={overdue ? 'warning next-update-due overdue' : 'notice next-update-due'} data-overdue={overdue}>
      <time dateTime={new Date(at).toISOString()}>{t(overdue ? 'incidents.nextUpdateOverdue' : 'incidents.nextUpdate', { time: time(at) })}</time>
    </p>
  );
}

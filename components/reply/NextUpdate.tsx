import { useEffect, useId, useState } from 'react';
import {
  formatUpdateTime,
  fromDateTimeLocal,
  nextUpdateOptions,
  toDateTimeLocal,
} from '../../lib/incidents/next-update';
import type { Language } from '../../lib/schema';
import { usePanel } from '../PanelContext';

/** The current time, refreshed every half minute so "in 1 hour" stays an hour from now. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * "Next update by": the time a reply promises, which fills {date}. Offers the
 * playbook's rhythm (first answer within 15 or 60 minutes, updates every 2–4
 * hours) as choices and any other time; until one is picked, {date} stays unfilled.
 */
export function NextUpdate({
  value,
  onChange,
  replyLanguage,
  firstAnswerMinutes,
}: {
  value: number | null;
  onChange: (at: number | null) => void;
  /** The language the reply is written in: the time is shown as the reply will say it. */
  replyLanguage: Language;
  firstAnswerMinutes: number;
}) {
  const { t } = usePanel();
  const id = useId();
  const now = useNow();
  const options = nextUpdateOptions(now);
  const time = (at: number) => formatUpdateTime(at, replyLanguage, now);
  return (
    <fieldset className="next-update">
      <legend>{t('nextUpdate.legend')}</legend>
      <p className="hint">{t('nextUpdate.hint', { minutes: firstAnswerMinutes })}</p>
      <div className="actions">
        {options.map((option) => (
          <button key={option.key} type="button" aria-pressed={value === option.at} onClick={() => onChange(option.at)}>
            {t(`nextUpdate.${option.key}`)} ({time(option.at)})
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-custom`}>{t('nextUpdate.custom')}</label>
        <input
          id={`${id}-custom`}
          type="datetime-local"
          value={value === null ? '' : toDateTimeLocal(value)}
          onChange={(e) => onChange(fromDateTimeLocal(e.target.value))}
        />
      </div>
      {value === null ? (
        <p className="hint next-update-none">{t('nextUpdate.none')}</p>
      ) : (
        <p className="notice next-update-picked">
          {t('nextUpdate.picked', { time: time(value) })}{' '}
          <button type="button" onClick={() => onChange(null)}>
            {t('nextUpdate.clear')}
          </button>
        </p>
      )}
    </fieldset>
  );
}

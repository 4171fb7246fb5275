import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { openIncidents } from '../../lib/incidents/store';
import { RISK_LEVELS, type Mention } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { usePanelState } from '../state';
import { FormError, useActor, useSend } from './common';
import { NewIncident } from './NewIncident';
import type { IncidentFields } from './IncidentFieldsForm';

/** What the picked mentions suggest for a new incident: their commonest crisis type, highest risk, platforms. */
export function fieldsFromMentions(mentions: readonly Mention[]): IncidentFields {
  const types = mentions.map((m) => m.crisisType ?? m.risk?.crisisType ?? 'none');
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  const crisisType = types.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? 'none';
  const levels = mentions.map((m) => (m.risk ? RISK_LEVELS.indexOf(m.risk.level) : 1));
  return {
    title: '',
    crisisType,
    severity: RISK_LEVELS[Math.max(1, ...levels)]!,
    owner: '',
    platforms: [...new Set(mentions.map((m) => m.platform))],
  };
}

/** Under the Queue's heading while mentions are ticked: open an incident from them, or add them to an open one. */
export function SelectionBar() {
  const { env, t } = usePanel();
  const id = useId();
  const by = useActor();
  const { send, error } = useSend();
  const { incidentSelection: selected, clearIncidentSelection, showIncident, setView } = usePanelState();
  const [mode, setMode] = useState<'idle' | 'new' | 'add'>('idle');
  const [target, setTarget] = useState('');
  const open = useLiveQuery(() => (mode === 'add' ? openIncidents(env.db) : Promise.resolve([])), [env.db, mode]) ?? [];
  const mentions = useLiveQuery(async () => (await env.db.mentions.bulkGet(selected)).filter((m) => !!m), [env.db, selected]) ?? [];
  if (selected.length === 0) return null;
  const chosen = open.some((i) => i.id === target) ? target : open[0]?.id;
  const add = async () => {
    if (!chosen) return;
    if (!(await send({ type: 'incident/link-mentions', id: chosen, mentionIds: selected, by })).ok) return;
    clearIncidentSelection();
    setMode('idle');
    showIncident(chosen);
    setView('incidents');
  };
  return (
    <div className="selection-bar" role="region" aria-label={t('incidents.selection.count', { count: selected.length })}>
      <p>{t('incidents.selection.count', { count: selected.length })}</p>
      <div className="actions">
        <button type="button" onClick={() => setMode('new')}>
          {t('incidents.selection.open', { count: selected.length })}
        </button>
        <button type="button" onClick={() => setMode('add')}>
          {t('incidents.selection.add')}
        </button>
        <button type="button" onClick={clearIncidentSelection}>
          {t('incidents.selection.clear')}
        </button>
      </div>
      {mode === 'new' && mentions.length > 0 && (
        <NewIncident
          mentionIds={selected}
          initial={fieldsFromMentions(mentions)}
          onDone={() => {
            setMode('idle');
            clearIncidentSelection();
          }}
        />
      )}
      {mode === 'add' &&
        (open.length === 0 ? (
          <p className="hint">{t('incidents.selection.noOpen')}</p>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-target`}>{t('nav.incidents')}</label>
            <select id={`${id}-target`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {open.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void add()}>
              {t('incidents.selection.addTo')}
            </button>
          </div>
        ))}
      <FormError error={error} />
    </div>
  );
}

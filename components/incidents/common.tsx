/** Small pieces the incident components share: sending to the background with its error, who "you" are, times. */
import { useState } from 'react';
import type { BackgroundRequest } from '../../lib/messages';
import type { BackgroundReply } from '../../lib/panel/env';
import { teamOf } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { usePanelState } from '../state';

/** Sends a request to the background and keeps its error (the background names what is wrong) for the form to show. */
export function useSend() {
  const { env } = usePanel();
  const [error, setError] = useState('');
  const send = async (message: BackgroundRequest): Promise<BackgroundReply> => {
    const reply = await env.background(message);
    setError(reply.ok ? '' : reply.error);
    return reply;
  };
  return { send, error };
}

export function FormError({ error }: { error: string }) {
  return error ? (
    <p role="alert" className="errors">
      {error}
    </p>
  ) : null;
}

/** The name incident records give the person: the crisis team member they picked, else the agent name in Settings. */
export function useActor(): string {
  const { settings } = usePanel();
  const actingAs = usePanelState((s) => s.actingAs);
  return actingAs ?? settings.agentName;
}

/** The people the person may act as, and escalate to: the agent name and the crisis team, each once. */
export function usePeople(): string[] {
  const { settings } = usePanel();
  const names = [settings.agentName, ...teamOf(settings).members.map((m) => m.name)].map((n) => n.trim()).filter(Boolean);
  return [...new Set(names)];
}

/** Date and time in the UI language, short. */
export function useTimeFormat(): (at: number) => string {
  const { language } = usePanel();
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return (at) => format.format(at);
}

/** Picks who "you" are in the incident record. */
export function ActorPicker({ id }: { id: string }) {
  const { t, settings } = usePanel();
  const people = usePeople();
  const actingAs = usePanelState((s) => s.actingAs);
  const setActingAs = usePanelState((s) => s.setActingAs);
  const value = actingAs ?? settings.agentName;
  return (
    <div className="field actor">
      <label htmlFor={id}>{t('incidents.you')}</label>
      <select id={id} value={value} onChange={(e) => setActingAs(e.target.value === settings.agentName ? null : e.target.value)}>
        {!settings.agentName.trim() && <option value="">{t('incidents.youUnnamed')}</option>}
        {people.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { ESCALATION_CHANNELS, teamOf, type TeamMember } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { FormError, useActor, useSend } from './common';

type Via = (typeof ESCALATION_CHANNELS)[number];
const OTHER = '';

/** How a contact is reached: a phone number by phone, an address by email. */
const viaFor = (contact: string | undefined): Via => (contact?.includes('@') ? 'email' : contact ? 'phone' : 'phone');

/** Whom the incident went to: a crisis team member from Settings (role and contact filled in) or a name typed in. */
export function EscalationForm({ incidentId }: { incidentId: string }) {
  const { t, settings } = usePanel();
  const id = useId();
  const by = useActor();
  const { send, error } = useSend();
  const members = teamOf(settings).members;
  const [member, setMember] = useState(OTHER);
  const [to, setTo] = useState('');
  const [role, setRole] = useState('');
  const [via, setVia] = useState<Via>('phone');
  const [contact, setContact] = useState('');
  const pick = (index: string) => {
    setMember(index);
    const m: TeamMember | undefined = index === OTHER ? undefined : members[Number(index)];
    setTo(m?.name ?? '');
    setRole(m ? t(`settings.role.${m.role}` as MessageKey) : '');
    setContact(m?.contact ?? '');
    setVia(viaFor(m?.contact));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reply = await send({ type: 'incident/escalation', id: incidentId, to, role, via, contact, by });
    if (reply.ok) pick(OTHER);
  };
  return (
    <form className="incident-form escalation-form" aria-label={t('incidents.escalation.heading')} onSubmit={submit}>
      <h4>{t('incidents.escalation.heading')}</h4>
      {members.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-member`}>{t('incidents.escalation.member')}</label>
          <select id={`${id}-member`} value={member} onChange={(e) => pick(e.target.value)}>
            <option value={OTHER}>{t('incidents.escalation.other')}</option>
            {members.map((m, i) => (
              <option key={i} value={String(i)}>
                {m.name} — {t(`settings.role.${m.role}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('incidents.escalation.to')}</label>
        <input id={`${id}-to`} value={to} maxLength={200} required onChange={(e) => setTo(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('incidents.escalation.role')}</label>
        <input id={`${id}-role`} value={role} maxLength={100} onChange={(e) => setRole(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-via`}>{t('incidents.escalation.via')}</label>
        <select id={`${id}-via`} value={via} onChange={(e) => setVia(e.target.value as Via)}>
          {ESCALATION_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`incidents.escalation.via.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-contact`}>{t('incidents.escalation.contact')}</label>
        <input id={`${id}-contact`} value={contact} maxLength={300} onChange={(e) => setContact(e.target.value)} />
      </div>
      <button type="submit">{t('incidents.escalation.record')}</button>
      <FormError error={error} />
    </form>
  );
}

/**
 * The local incident log, by capability: store.ts (reading, appending events),
 * open.ts (opening, linking mentions, escalation), evidence.ts (snapshots),
 * status.ts (status and phase), fields.ts (details), actions.ts (decisions,
 * escalations, notes), replies.ts (replies on the timeline), figures.ts
 * (response time and the mentions' curve), decision-guide.ts (delete or keep).
 */
export { incidentLog, isEnded, logEvent, openIncidents, requireIncident, type NewEvent } from './store';
export { addEvidence, incidentEvidence } from './evidence';
export { escalateMention, linkMentions, newIncidentId, openIncident, openIncidentFromMentions, type IncidentDraft } from './open';
export { closeIncident, refuseTransition, setIncidentPhase, setIncidentStatus, STATUS_TRANSITIONS } from './status';
export { updateIncidentFields, type IncidentFieldChanges } from './fields';
export { addNote, recordDecision, recordEscalation, type DecisionInput, type EscalationInput } from './actions';
export { logReplyToIncident, nextPromisedUpdate, type ReplyLogOptions } from './replies';
export { formatDuration, mentionsOverTime, timeToFirstResponse, type FirstResponse, type HourBucket } from './figures';

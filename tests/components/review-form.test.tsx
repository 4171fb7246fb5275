// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App } from '../../components/App';
import { PanelProvider } from '../../components/PanelContext';
import { ReviewForm } from '../../components/incidents/ReviewForm';
import { usePanelState } from '../../components/state';
import { saveSettings } from '../../lib/db';
import { approveTemplate } from '../../lib/playbooks/templates';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS, type Incident } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

const OPENED = Date.UTC(2026, 11, 1, 9, 0);
const TEMPLATE = 'keel-product-defect-en-1';
const PLAYBOOK = 'keel-product-defect-en';

const INCIDENT: Incident = {
  id: 'inc-1',
  title: 'Cold brew bottles leaking',
  crisisType: 'product-defect',
  severity: 'high',
  status: 'resolved',
  phase: 'recover',
  owner: 'Mia',
  platforms: ['x'],
  openedAt: OPENED,
  resolvedAt: OPENED + 5 * 3_600_000,
  mentionIds: ['m1', 'm2'],
  nextUpdateDueAt: null,
  review: null,
  updatedAt: OPENED,
};

/** The form as the incident detail renders it: with the incident as stored now. */
function LiveReview() {
  const incident = useLiveQuery(() => fake.db.incidents.get('inc-1'), []);
  return incident ? <ReviewForm incident={incident} /> : null;
}

async function openReview(over: Partial<Incident> = {}) {
  fake = createFakeEnv();
  await seedDefaults(fake.db, 1_000);
  await saveSettings(fake.db, { ...DEFAULT_SETTINGS, agentName: 'Mia', uiLanguage: 'en' });
  const starter = (await fake.db.templates.where('id').equals(TEMPLATE).first())!;
  await fake.db.templates.put(approveTemplate(starter, 'Anna Berg', 500));
  await fake.db.incidents.put({ ...INCIDENT, ...over });
  await fake.db.incidentEvents.bulkAdd([
    { incidentId: 'inc-1', at: OPENED, kind: 'opened', mentionId: null, note: '', by: '', evidenceId: null, detail: null },
    { incidentId: 'inc-1', at: OPENED + 12 * 60_000, kind: 'reply-inserted', mentionId: 'm1', note: '', by: 'Mia', evidenceId: null, detail: null },
    {
      incidentId: 'inc-1',
      at: OPENED + 30 * 60_000,
      kind: 'decision',
      mentionId: null,
      note: '',
      by: 'Mia',
      evidenceId: null,
      detail: { kind: 'decision', action: 'keep', postUrl: 'https://x.com/nordlichtcoffee/status/1', reason: 'Screenshots already exist', guide: [] },
    },
  ]);
  render(
    <PanelProvider env={fake.env}>
      <LiveReview />
    </PanelProvider>,
  );
}

const form = () => screen.findByRole('form', { name: 'Post-crisis review' });

describe('Post-crisis review form', () => {
  it('drafts what happened from the timeline, saves the review with who and when, and marks the incident reviewed', { timeout: 30_000 }, async () => {
    await openReview();
    const f = await form();
    const happened = within(f).getByLabelText('What happened (drafted from the timeline; edit it)') as HTMLTextAreaElement;
    await waitFor(() => expect(happened.value).toContain('First reply 12 min after the incident opened.'));
    expect(happened.value).toContain('2 mentions linked; highest risk: high.');
    expect(happened.value).toContain('Decision: keep the post — Screenshots already exist');
    expect(happened.value).toMatch(/Resolved .+, 5 h 0 min after it opened\./);
    expect(within(f).getByLabelText('Your name')).toHaveValue('Mia');

    fireEvent.change(happened, { target: { value: `${happened.value}\nQuality confirmed one batch.` } });
    fireEvent.change(within(f).getByLabelText('What worked'), { target: { value: 'Answering within 15 minutes' } });
    fireEvent.change(within(f).getByLabelText('What to change in the plan and the templates'), { target: { value: 'Ask quality sooner' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Add a lesson' }));
    fireEvent.change(within(f).getByLabelText('What it changes (Lesson 1)'), { target: { value: 'other' } });
    // A lesson without text is named, and nothing is stored.
    fireEvent.click(within(f).getByRole('button', { name: 'Save review' }));
    expect(await within(f).findByRole('alert')).toHaveTextContent('Lesson 1 has no text');
    expect((await fake.db.incidents.get('inc-1'))!.status).toBe('resolved');
    fireEvent.change(within(f).getByLabelText('Lesson 1'), { target: { value: 'Brief the hotline too' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Save review' }));
    expect(await within(await form()).findByRole('status')).toHaveTextContent('Review saved. The incident is marked reviewed.');

    const stored = (await fake.db.incidents.get('inc-1'))!;
    expect(stored.status).toBe('reviewed');
    expect(stored.review).toMatchObject({ by: 'Mia', whatWorked: 'Answering within 15 minutes', whatToChange: 'Ask quality sooner' });
    expect(stored.review!.whatHappened).toContain('Quality confirmed one batch.');
    expect(stored.review!.lessons).toEqual([expect.objectContaining({ text: 'Brief the hotline too', target: 'other', draftRef: null })]);
    const events = await fake.db.incidentEvents.where('incidentId').equals('inc-1').toArray();
    expect(events.filter((e) => e.kind === 'review-saved').map((e) => e.by)).toEqual(['Mia']);
    expect(events.find((e) => e.kind === 'status-changed')?.detail).toEqual({ kind: 'status', from: 'resolved', to: 'reviewed' });
  });

  it('turns a lesson into a draft of the chosen template, which waits for approval in Templates with the lesson noted', { timeout: 60_000 }, async () => {
    await openReview();
    const f = await form();
    fireEvent.click(within(f).getByRole('button', { name: 'Add a lesson' }));
    fireEvent.change(within(f).getByLabelText('Lesson 1'), { target: { value: 'Say we are checking the batch' } });
    fireEvent.change(within(f).getByLabelText('What it changes (Lesson 1)'), { target: { value: 'template' } });
    const which = within(f).getByLabelText('Which template (Lesson 1)') as HTMLSelectElement;
    await waitFor(() => expect(which.querySelector(`option[value="${TEMPLATE}"]`)).not.toBeNull());
    fireEvent.change(which, { target: { value: TEMPLATE } });
    const proposed = within(f).getByLabelText('New wording (Lesson 1)') as HTMLTextAreaElement;
    const approvedBody = (await fake.db.templates.get([TEMPLATE, 1]))!.body;
    expect(proposed.value).toBe(approvedBody);
    fireEvent.change(proposed, { target: { value: `${approvedBody} We are checking the batch right now.` } });
    fireEvent.click(within(f).getByRole('button', { name: 'Make a draft (Lesson 1)' }));
    expect(await within(f).findByText('Draft made: template version 2, waiting for approval under Templates.')).toBeInTheDocument();
    fireEvent.click(within(f).getByRole('button', { name: 'Save review' }));
    await waitFor(async () => expect((await fake.db.incidents.get('inc-1'))!.review?.lessons[0]?.draftRef).toBe(`template:${TEMPLATE}@2`));

    // The approved version stays; the draft needs approval and says why it was made.
    expect((await fake.db.templates.get([TEMPLATE, 1]))!.status).toBe('approved');
    cleanup();
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Templates' }));
    const list = await screen.findByRole('list', { name: 'Reply templates' });
    const item = await waitFor(() => {
      const el = list.querySelector(`[data-template="${TEMPLATE}"]`) as HTMLElement | null;
      expect(el).not.toBeNull();
      return el!;
    });
    expect(item).toHaveAttribute('data-version', '2');
    expect(item).toHaveAttribute('data-status', 'draft');
    expect(item).toHaveTextContent('We are checking the batch right now.');
    expect(item).toHaveTextContent('Why: “Cold brew bottles leaking” → Say we are checking the batch');
    expect(item).toHaveTextContent('Version 1 stays in use until this one is approved.');
    // Approving it there puts it in use, with the approver's name.
    fireEvent.click(within(item).getByRole('button', { name: 'Approve' }));
    fireEvent.change(within(item).getByLabelText('Approver’s name'), { target: { value: 'Anna Berg' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Approve this version' }));
    await waitFor(async () => expect((await fake.db.templates.get([TEMPLATE, 2]))!).toMatchObject({ status: 'approved', approvedBy: 'Anna Berg' }));
  });

  it('turns a lesson into a draft playbook step, listed among the drafts in Playbooks; the panel keeps the approved one', { timeout: 60_000 }, async () => {
    await openReview();
    const f = await form();
    fireEvent.click(within(f).getByRole('button', { name: 'Add a lesson' }));
    fireEvent.change(within(f).getByLabelText('Lesson 1'), { target: { value: 'Quality must answer within 30 minutes' } });
    const step = (await within(f).findByLabelText('Which step of “Product defect or safety problem” (Lesson 1)')) as HTMLSelectElement;
    fireEvent.change(step, { target: { value: 'product-defect.respond.fact-check' } });
    const proposed = within(f).getByLabelText('New wording (Lesson 1)') as HTMLTextAreaElement;
    expect(proposed.value).toMatch(/^Before naming a cause/);
    fireEvent.change(proposed, { target: { value: 'Get quality to confirm the fault within 30 minutes.' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Make a draft (Lesson 1)' }));
    expect(await within(f).findByText('Draft made: playbook version 2, waiting for approval under Playbooks.')).toBeInTheDocument();
    const inUse = (await fake.db.playbooks.get(PLAYBOOK))!;
    expect(inUse.phases.flatMap((p) => p.steps).find((s) => s.id === 'product-defect.respond.fact-check')!.text).toMatch(/^Before naming a cause/);

    cleanup();
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Playbooks' }));
    const drafts = await screen.findByRole('region', { name: 'Drafts awaiting approval' });
    expect(drafts.querySelector(`[data-playbook="${PLAYBOOK}"]`)).toHaveTextContent(
      'Product defect or safety problem · English · version 2 — “Cold brew bottles leaking” → Quality must answer within 30 minutes',
    );
    fireEvent.click(within(drafts).getByRole('button', { name: 'Review' }));
    const diff = await screen.findByRole('region', { name: 'Changes from version 1 to version 2' });
    expect(diff.querySelector('.diff-phase[data-phase="respond"] ins')).toHaveTextContent('Get quality to confirm the fault within 30 minutes.');
  });

  it('shows nothing for an incident still running, and the background refuses a review sent anyway', async () => {
    await openReview({ status: 'monitoring', resolvedAt: null });
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('form', { name: 'Post-crisis review' })).toBeNull();
    const reply = await fake.env.background({
      type: 'incident/save-review',
      id: 'inc-1',
      by: 'Mia',
      review: { whatHappened: 'x', whatWorked: '', whatToChange: '', lessons: [] },
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('is monitoring: the review comes after it is resolved') });
    expect((await fake.db.incidents.get('inc-1'))!.status).toBe('monitoring');
  });
});

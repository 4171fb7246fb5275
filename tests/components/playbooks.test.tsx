// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { saveSettings } from '../../lib/db';
import { buildDefaultPlaybook } from '../../lib/playbooks/defaults';
import { playbookStepFor } from '../../lib/playbooks/guidance';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

let fake: ReturnType<typeof createFakeEnv>;

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

const ID = 'keel-service-complaint-en';
const builtin = buildDefaultPlaybook('service-complaint', 'en');
const respond = builtin.phases.find((p) => p.phase === 'respond')!.steps;

async function openPlaybooks(agentName = '') {
  fake = createFakeEnv();
  await seedDefaults(fake.db, 1_000);
  await saveSettings(fake.db, {
    ...DEFAULT_SETTINGS,
    agentName,
    team: {
      members: [
        { role: 'approver', name: 'Anna Berg', contact: 'anna@nordlicht.example' },
        { role: 'lead', name: 'Jonas Weber' },
      ],
      readiness: { monitoringSetUp: false, lastDrill: null },
    },
  });
  render(<App env={fake.env} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Playbooks' }));
  const list = await screen.findByRole('list', { name: 'Playbooks' });
  await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBe(7));
  return list;
}

const itemOf = (list: HTMLElement, id: string) => list.querySelector(`[data-playbook="${id}"]`) as HTMLElement;
const panelStep = async () => playbookStepFor(await fake.db.playbooks.toArray(), 'service-complaint', 'high', 'en')!.steps[0]!.text;

describe('Playbooks view', () => {
  it('edits steps, saves a draft with who and why, shows the difference, and approves it by a team approver into use', { timeout: 90_000 }, async () => {
    const list = await openPlaybooks('Mia');
    const item = itemOf(list, ID);
    expect(item).toHaveTextContent('Customer complaint about service');
    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    const form = (await screen.findByText('Edit “Customer complaint about service”')).closest('form') as HTMLElement;
    expect(form).toHaveTextContent('crisis team lead: Jonas Weber.');

    fireEvent.change(within(form).getByLabelText('Step 1 of Respond'), { target: { value: 'Phone the crisis lead at once.' } });
    // Move step 3 up, above step 2; give step 1 a time target and the medium level.
    fireEvent.click(within(form).getByLabelText('Move Step 3 of Respond up'));
    fireEvent.change(within(form).getByLabelText('Time target (Step 1 of Respond)'), { target: { value: 'now' } });
    const levels = within(form).getByText('Shown first at these risk levels (Step 1 of Respond)').closest('fieldset') as HTMLElement;
    fireEvent.click(within(levels).getByLabelText('medium'));
    fireEvent.click(within(form).getByText('Add a step to Recover'));
    const recoverSteps = within(form).getAllByLabelText(/^Step \d+ of Recover$/);
    fireEvent.change(recoverSteps.at(-1)!, { target: { value: 'Thank the people who stood by us.' } });
    fireEvent.change(within(form).getByLabelText('Holding statement'), { target: { value: 'We are on it and will update you by {date}.' } });

    // A summary of the change is required.
    fireEvent.click(within(form).getByText('Save as draft'));
    expect(await within(form).findByRole('alert')).toHaveTextContent('what changed and why');
    expect(await fake.db.playbookVersions.count()).toBe(0);
    fireEvent.change(within(form).getByLabelText('What changed and why'), { target: { value: 'Phone first; thank supporters' } });
    fireEvent.click(within(form).getByText('Save as draft'));
    await waitFor(
      () =>
        expect(document.querySelector('.playbooks p[role="status"]')).toHaveTextContent(
          'Saved: “Customer complaint about service” version 2, draft. It needs approval before the panel uses it.',
        ),
      { timeout: 15_000 },
    );

    // The approved built-in stays in use until the draft is approved.
    expect(await panelStep()).toBe(respond[0]!.text);
    const history = await screen.findByRole('list', { name: 'Version history' });
    const v2 = history.querySelector('[data-version="2"]') as HTMLElement;
    const v1 = history.querySelector('[data-version="1"]') as HTMLElement;
    expect(v2).toHaveAttribute('data-status', 'draft');
    expect(v2).toHaveTextContent('Saved by Mia');
    expect(v2).toHaveTextContent('Phone first; thank supporters');
    expect(v1).toHaveTextContent('in use');

    const diff = screen.getByRole('region', { name: 'Changes from version 1 to version 2' });
    const holding = diff.querySelector('[data-field="holdingStatement"]')!;
    expect(holding.querySelector('del')).toHaveTextContent(builtin.holdingStatement);
    expect(holding.querySelector('ins')).toHaveTextContent('We are on it and will update you by {date}.');
    const respondDiff = diff.querySelector('.diff-phase[data-phase="respond"]') as HTMLElement;
    expect(respondDiff).toHaveTextContent(`Changed: (text, risk levels, time target)${respond[0]!.text}Phone the crisis lead at once.`);
    expect(respondDiff).toHaveTextContent('moved');
    expect(diff.querySelector('.diff-phase[data-phase="recover"] ins')).toHaveTextContent('Thank the people who stood by us.');
    expect(diff.querySelector('.diff-phase[data-phase="prepare"]')).toBeNull();

    // The draft is listed among those awaiting approval.
    const drafts = screen.getByRole('region', { name: 'Drafts awaiting approval' });
    expect(drafts).toHaveTextContent('Customer complaint about service · English · version 2 — Phone first; thank supporters');

    fireEvent.click(within(v2).getByRole('button', { name: 'Approve' }));
    fireEvent.click(within(v2).getByRole('button', { name: 'Approve this version' }));
    expect(await within(v2).findByRole('alert')).toHaveTextContent('Enter the name of the person who approves this text.');
    // The team's approvers are offered; Anna approves.
    fireEvent.click(within(within(v2).getByRole('group', { name: 'Approvers in the crisis team' })).getByRole('button', { name: 'Anna Berg' }));
    fireEvent.click(within(v2).getByRole('button', { name: 'Approve this version' }));
    expect(await within(v2).findByRole('status')).toHaveTextContent('Approved by Anna Berg: version 2 is now the one the panel uses.');
    await waitFor(async () => expect(await panelStep()).toBe('Phone the crisis lead at once.'));
    const stored = (await fake.db.playbooks.get(ID))!;
    expect(stored.phases.find((p) => p.phase === 'respond')!.steps.map((s) => s.id).slice(0, 3)).toEqual([respond[0]!.id, respond[2]!.id, respond[1]!.id]);
    expect(stored.phases.find((p) => p.phase === 'respond')!.steps[0]).toMatchObject({ target: 'now', levels: ['medium', 'high', 'critical'] });
    const versions = await fake.db.playbookVersions.where('id').equals(ID).sortBy('version');
    expect(versions.map((v) => [v.version, v.status, v.approvedBy])).toEqual([
      [1, 'approved', null],
      [2, 'approved', 'Anna Berg'],
    ]);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Drafts awaiting approval' })).toBeNull());
  });

  it('names the step without text and needs the editor’s name before saving', { timeout: 60_000 }, async () => {
    const list = await openPlaybooks('');
    fireEvent.click(within(itemOf(list, ID)).getByRole('button', { name: 'Edit' }));
    const form = (await screen.findByText('Edit “Customer complaint about service”')).closest('form') as HTMLElement;
    fireEvent.change(within(form).getByLabelText('What changed and why'), { target: { value: 'x' } });
    fireEvent.click(within(form).getByText('Save as draft'));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Enter your name');
    fireEvent.change(within(form).getByLabelText('Your name'), { target: { value: 'Mia' } });
    fireEvent.click(within(form).getByLabelText('Remove Step 2 of Detect and assess'));
    fireEvent.change(within(form).getByLabelText('Step 1 of Detect and assess'), { target: { value: '  ' } });
    fireEvent.click(within(form).getByText('Save as draft'));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent('Step 1 of Detect and assess has no text'));
    expect(await fake.db.playbookVersions.count()).toBe(0);
  });

  it('shows the organisation’s playbooks locked: no editing, no approving', async () => {
    fake = createFakeEnv();
    await seedDefaults(fake.db, 1_000);
    const { id: _id, builtin: _b, updatedAt: _u, managedBy: _m, ...fields } = builtin;
    await fake.setManagedPolicy({ managedBy: 'Nordlicht GmbH', playbooks: [{ ...fields, title: 'Service (policy)' }] });
    render(<App env={fake.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Playbooks' }));
    const list = await screen.findByRole('list', { name: 'Playbooks' });
    const managed = await waitFor(() => {
      const el = list.querySelector('[data-playbook^="managed:"]') as HTMLElement | null;
      expect(el).not.toBeNull();
      return el!;
    });
    expect(managed).toHaveTextContent('Managed by Nordlicht GmbH');
    expect(within(managed).queryByRole('button', { name: 'Edit' })).toBeNull();
    // The built-in of the same type is not what the panel uses now.
    expect(itemOf(list, ID)).toHaveTextContent('another playbook is used for this crisis type');
    fireEvent.click(within(managed).getByRole('button', { name: 'Version history' }));
    expect(await screen.findByText(/this playbook is locked and can only be changed by your organisation/)).toBeInTheDocument();
    // The background refuses an edit sent anyway.
    const stored = (await fake.db.playbooks.toArray()).find((p) => p.managedBy !== undefined)!;
    const reply = await fake.env.background({ type: 'playbook/save-draft', playbook: { ...stored, title: 'Mine now' }, by: 'Mia', change: 'x' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/managed by Nordlicht GmbH/) });
  });
});

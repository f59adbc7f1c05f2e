import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../../src/content-model/load-from-disk.ts';
import Questionnaire from '../../../src/islands/questionnaire/Questionnaire.tsx';
import { AssessmentStore } from '../../../src/storage/assessment-store.ts';
import { MemoryStorage } from '../../../src/storage/browser-storage.ts';
import type { ContentBundle } from '../../../src/schema/content-bundle.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../../support/content-fixtures.ts';

const loaded = loadContentFromDisk(PROJECT_ROOT, SAMPLE_CONTENT);
if (loaded.bundle === undefined) throw new Error('the sample content must load');
const content: ContentBundle = loaded.bundle;

let storage: MemoryStorage;
let store: AssessmentStore;

function renderForm() {
  return render(
    <Questionnaire
      content={content}
      links={{
        'readiness.objective': [
          { href: '/guide/mistakes/segmenting-without-purpose/', title: 'Segmenting without a purpose' },
        ],
      }}
      resultsHref="/results/"
      store={store}
    />,
  );
}
async function clickNext() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^(Next|See your results)$/ }));
    await new Promise((r) => setTimeout(r, 0));
  });
}
/** The current step's heading (other level-2 headings, such as the share panel's, are not steps). */
function stepHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: /^\d+\. / });
}
function savedDocument() {
  const index = store.index();
  const record = store.open(index.currentId ?? '');
  if (record === null) throw new Error('no saved assessment');
  return record;
}

beforeEach(() => {
  storage = new MemoryStorage();
  store = new AssessmentStore(storage);
  window.location.hash = '';
});
afterEach(() => cleanup());

describe('the field components', () => {
  it('renders a single-choice question as a labelled radio group with "Don\'t know" and saves the choice', () => {
    renderForm();
    const group = screen.getByRole('group', { name: /Is the decision the segmentation will drive written down/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'No written decision',
      'Agreed verbally only',
      'Written, with a KPI',
      "Don't know",
    ]);
    fireEvent.click(within(group).getByLabelText('Agreed verbally only'));
    expect(savedDocument().document.answers['readiness.objective']).toBe('verbal');
    fireEvent.click(within(group).getByLabelText("Don't know"));
    expect(savedDocument().document.answers['readiness.objective']).toEqual({ dontKnow: true });
  });

  it('renders a scale as five labelled points with its end labels', () => {
    renderForm();
    const group = screen.getByRole('group', { name: /How strongly does an executive sponsor back the work/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(group.textContent).toContain('No sponsor');
    expect(group.textContent).toContain('Active sponsor');
    fireEvent.click(within(group).getByLabelText(/^4/));
    expect(savedDocument().document.answers['readiness.sponsor']).toBe(4);
  });

  it('lets a multiple-choice "none of these" option clear the others', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: /Systems/ }));
    const group = await screen.findByRole('group', { name: /Which systems hold or use segment values/ });
    fireEvent.click(within(group).getByLabelText('CRM'));
    expect(savedDocument().document.answers['systems.in-use']).toEqual(['crm']);
    fireEvent.click(within(group).getByLabelText('None of these'));
    expect(savedDocument().document.answers['systems.in-use']).toEqual(['none']);
    expect(within(group).getByLabelText<HTMLInputElement>('CRM').checked).toBe(false);
  });

  it('rejects a number outside its range with a message in role="alert" and focuses the field', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: /Segment count/ }));
    const input = await screen.findByLabelText(/How many field reps will use the segments/);
    fireEvent.change(input, { target: { value: '0' } });
    await clickNext();
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 1 to 20,000.');
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.change(input, { target: { value: '120' } });
    await clickNext();
    expect(savedDocument().document.answers['segment-count.reps']).toBe(120);
    expect(stepHeading().textContent).toBe('5. Systems');
  });

  it('stores short and long text, and a note per question', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: /Rollout/ }));
    fireEvent.change(await screen.findByLabelText(/When should the rollout start/), {
      target: { value: '2027-02-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Review cadence/ }));
    fireEvent.change(await screen.findByLabelText(/What would make you review the design early/), {
      target: { value: 'A merger.' },
    });
    fireEvent.change(screen.getByLabelText('Note on review triggers'), { target: { value: 'Ask finance.' } });
    const saved = savedDocument().document;
    expect(saved.answers['rollout.start-date']).toBe('2027-02-01');
    expect(saved.answers['cadence.notes']).toBe('A merger.');
    expect(saved.notes['cadence.notes']).toBe('Ask finance.');
  });

  it('shows the help text on demand and links to the guide', () => {
    renderForm();
    const block = document.getElementById('q-readiness.objective');
    if (block === null) throw new Error('question block missing');
    const help = within(block).getByText('Why we ask this').closest('details');
    expect(help?.open).toBe(false);
    expect(
      within(block)
        .getByRole('link', { name: /Segmenting without a purpose/ })
        .getAttribute('href'),
    ).toBe('/guide/mistakes/segmenting-without-purpose/');
  });
});

describe('branching', () => {
  it('shows a conditional question only while its condition holds, and keeps its answer when hidden', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: /Current state/ }));
    const exists = await screen.findByRole('group', { name: /Do you segment customers today/ });
    expect(screen.queryByRole('group', { name: /What are today's segments based on/ })).toBeNull();
    fireEvent.click(within(exists).getByLabelText('Yes'));
    const basis = screen.getByRole('group', { name: /What are today's segments based on/ });
    fireEvent.click(within(basis).getByLabelText('Products the customer buys'));
    fireEvent.click(within(exists).getByLabelText('No'));
    expect(screen.queryByRole('group', { name: /What are today's segments based on/ })).toBeNull();
    expect(savedDocument().document.answers['current-state.basis']).toEqual(['product-bought']);
    fireEvent.click(within(exists).getByLabelText('Yes'));
    expect(screen.getByLabelText<HTMLInputElement>('Products the customer buys').checked).toBe(true);
  });

  it('does not let a hidden required question block the step', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: /Current state/ }));
    fireEvent.click(
      within(await screen.findByRole('group', { name: /Do you segment customers today/ })).getByLabelText('No'),
    );
    await clickNext();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stepHeading().textContent).toBe('3. Goals, data and method');
  });
});

describe('steps and saving', () => {
  it('validates only the current step and moves focus to the first error', async () => {
    renderForm();
    await clickNext();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Choose an answer, or "Don\'t know".');
    await waitFor(() => expect(document.activeElement?.getAttribute('value')).toBe('none'));
    expect(stepHeading().textContent).toBe('1. Readiness');
  });

  it('comes back at the same step with every answer after a reload', async () => {
    const first = renderForm();
    fireEvent.click(screen.getByLabelText('Written, with a KPI'));
    await clickNext();
    expect(stepHeading().textContent).toBe('2. Current state');
    first.unmount();
    store = new AssessmentStore(storage);
    renderForm();
    expect(stepHeading().textContent).toBe('2. Current state');
    fireEvent.click(screen.getByRole('button', { name: /Readiness/ }));
    expect(screen.getByLabelText<HTMLInputElement>('Written, with a KPI').checked).toBe(true);
  });

  it('shows progress as the section number and the share of visible questions answered', () => {
    renderForm();
    expect(screen.getByText(/Section 1 of 7/).textContent).toBe('Section 1 of 7 · 0% of questions answered');
    fireEvent.click(screen.getByLabelText('Written, with a KPI'));
    // 9 questions are visible (the basis question is hidden), one is answered.
    expect(screen.getByText(/Section 1 of 7/).textContent).toBe('Section 1 of 7 · 11% of questions answered');
  });

  it('asks for confirmation before "Start over" clears the answers', () => {
    renderForm();
    fireEvent.click(screen.getByLabelText('Written, with a KPI'));
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(savedDocument().document.answers['readiness.objective']).toBe('written-kpi');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(savedDocument().document.answers['readiness.objective']).toBe('written-kpi');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(savedDocument().document.answers).toEqual({});
    expect(screen.getByLabelText<HTMLInputElement>('Written, with a KPI').checked).toBe(false);
  });

  it('keeps several named assessments apart', () => {
    renderForm();
    fireEvent.click(screen.getByLabelText('Written, with a KPI'));
    fireEvent.change(screen.getByLabelText('New assessment for (client or team)'), {
      target: { value: 'Acme Medical' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByText('Assessment: Acme Medical')).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Written, with a KPI').checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Open My assessment' }));
    expect(screen.getByLabelText<HTMLInputElement>('Written, with a KPI').checked).toBe(true);
    expect(
      store
        .index()
        .assessments.map((a) => a.name)
        .sort(),
    ).toEqual(['Acme Medical', 'My assessment']);
  });

  it('reports a corrupt saved assessment, sets it aside and starts a fresh one', () => {
    storage.setItem(
      'segment-playbook:v1:index',
      JSON.stringify({
        storageVersion: 1,
        currentId: 'abcdef1',
        assessments: [{ id: 'abcdef1', name: 'Broken', updatedAt: '2026-01-01' }],
      }),
    );
    storage.setItem('segment-playbook:v1:assessment:abcdef1', '{"storageVersion":1,"id":"abcdef1",');
    renderForm();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('could not be read and was set aside');
    expect(alert.textContent).toContain('the saved text is not valid JSON');
    const setAsideKey = Array.from({ length: storage.length }, (_, i) => storage.key(i)).find((k) =>
      k?.includes('set-aside'),
    );
    expect(setAsideKey).toBeDefined();
    expect(storage.getItem(setAsideKey ?? '')).toBe('{"storageVersion":1,"id":"abcdef1",');
    expect(stepHeading().textContent).toBe('1. Readiness');
  });

  it('keeps working in memory, and says so, when storage is full', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    store = new AssessmentStore(full);
    renderForm();
    expect(screen.getByText(/storage is full/)).toBeDefined();
    fireEvent.click(screen.getByLabelText('Written, with a KPI'));
    expect(savedDocument().document.answers['readiness.objective']).toBe('written-kpi');
    expect(screen.getByText(/^Answers are kept in this tab only/)).toBeDefined();
  });
});

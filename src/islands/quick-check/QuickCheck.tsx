import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, type Resolver, useForm, useWatch } from 'react-hook-form';
import { shownQuestionnaire } from '../../engine/visibility.ts';
import type { QuestionnaireContent } from '../../schema/content-bundle.ts';
import type { ArticleLink } from '../../schema/ids.ts';
import type { Question } from '../../schema/question.ts';
import type { QuickCheckStep } from '../../schema/quick-check.ts';
import { AssessmentStore } from '../../storage/assessment-store.ts';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { documentToForm, type FormValues, formToDocument, isAnswered } from '../questionnaire/form-values.ts';
import { openOrCreate } from '../questionnaire/open-or-create.ts';
import { StepForm, useStepCheck } from '../questionnaire/StepForm.tsx';
import { StorageNotices } from '../questionnaire/StorageNotices.tsx';
import { stepSchema } from '../questionnaire/step-schema.ts';

export interface QuickCheckProps {
  /** The full question bank: the quick check asks some of its questions and keeps every other answer. */
  readonly content: QuestionnaireContent;
  /** The quick check's steps, from content/quick-check/. */
  readonly steps: readonly QuickCheckStep[];
  /** Guide articles per question id. */
  readonly links: Readonly<Record<string, readonly ArticleLink[]>>;
  /** Where the last step leads: the quick result. */
  readonly resultHref: string;
  /** The full assessment, which opens the same answers. */
  readonly fullHref: string;
  /** Injected in tests; the browser's localStorage otherwise. */
  readonly store?: AssessmentStore;
}

/**
 * The quick check: a few questions of the full questionnaire in short steps, saved on every change
 * to the same assessment the full questionnaire opens, so nothing is typed twice.
 */
export default function QuickCheck({ content, steps, links, resultHref, fullHref, store: injected }: QuickCheckProps) {
  const store = useMemo(() => injected ?? new AssessmentStore(browserLocalStorage()), [injected]);
  const allQuestions = useMemo(() => content.sections.flatMap((s) => s.questions), [content]);
  const byId = useMemo(() => new Map(allQuestions.map((q) => [q.id, q])), [allQuestions]);
  const [initial] = useState(() => openOrCreate(store, content.settings.contentVersion));
  // The saved record, for callbacks that must see a save made since the last render.
  const record = useRef(initial.record);
  const [step, setStep] = useState(0);
  const [saveState, setSaveState] = useState<'saved' | 'unsaved'>('saved');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const stepQuestions = useRef<Question[]>([]);

  const resolver = useCallback<Resolver<FormValues>>(
    (values, context, options) => zodResolver(stepSchema(stepQuestions.current))(values, context, options),
    [],
  );
  const form = useForm<FormValues>({
    defaultValues: documentToForm(allQuestions, initial.record.document),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const values = useWatch({ control: form.control }) as FormValues;
  const { questions: visible, hiddenOptions } = useMemo(
    // The stored document only adds answers the form does not show, which never change here.
    () => shownQuestionnaire(content, formToDocument(allQuestions, values, initial.record.document).answers),
    [allQuestions, content, values, initial],
  );
  const showable = (ids: readonly string[]): Question[] =>
    ids.flatMap((id) => {
      const q = byId.get(id);
      if (q === undefined || !visible.has(id)) return [];
      const off = hiddenOptions.get(id);
      return [off === undefined ? q : { ...q, options: q.options?.filter((o) => !off.has(o.id)) }];
    });
  const current = steps[step] ?? steps[0];
  const shown = showable(current?.questions ?? []);
  const { check: checkStep, errorOf, reset: resetCheck } = useStepCheck(form, values, shown);
  useLayoutEffect(() => {
    stepQuestions.current = shown;
  });
  const asked = showable(steps.flatMap((s) => s.questions));
  const answered = asked.filter((q) => isAnswered(q, values)).length;

  const save = useCallback(() => {
    const document = formToDocument(allQuestions, form.getValues(), record.current.document);
    record.current = store.save({ ...record.current, document });
    setSaveState(store.memoryReason === null ? 'saved' : 'unsaved');
  }, [allQuestions, form, store]);

  useEffect(registerOfflineSupport, []);
  useEffect(() => form.subscribe({ formState: { values: true }, callback: save }), [form, save]);

  // On a step change, move focus to the step's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const goTo = (next: number): void => {
    resetCheck();
    save();
    setStep(next);
  };

  const next = async (): Promise<void> => {
    if (!(await checkStep())) return;
    if (step < steps.length - 1) goTo(step + 1);
    else {
      save();
      window.location.assign(resultHref);
    }
  };

  const last = step === steps.length - 1;
  return (
    <FormProvider {...form}>
      <StorageNotices memoryReason={store.memoryReason} setAside={store.setAside} />
      <div className="progress">
        <p className="progress-text">
          Step {step + 1} of {steps.length} · {answered} of {asked.length} questions answered
        </p>
        <progress
          max={asked.length}
          value={answered}
          aria-label={`${answered} of ${asked.length} quick-check questions answered`}
        />
      </div>
      <p className="save-state" role="status">
        {saveState === 'saved'
          ? `Saved in this browser, in "${initial.record.name}".`
          : 'Answers are kept in this tab only (see the note above).'}
      </p>
      <StepForm
        className="step quick-step"
        headingRef={headingRef}
        heading={`${step + 1}. ${current?.title ?? ''}`}
        intro={current?.intro}
        before={
          <>
            {step === 0 && (
              <fieldset className="meta">
                <legend>About this assessment (optional)</legend>
                <label htmlFor="meta-organisation">Organisation or team</label>
                <input id="meta-organisation" autoComplete="organization" {...form.register('meta.organisation')} />
              </fieldset>
            )}
            {shown.length === 0 && <p>Your earlier answers make this step's questions unnecessary. Go on.</p>}
          </>
        }
        questions={shown}
        errorOf={errorOf}
        links={links}
        onBack={step > 0 ? () => goTo(step - 1) : undefined}
        submitLabel={last ? 'See your quick result' : 'Next'}
        onSubmit={() => void next()}
      />
      <p>
        Prefer the whole picture? <a href={fullHref}>Switch to the full assessment</a>; every answer you have given here
        goes with you.
      </p>
    </FormProvider>
  );
}

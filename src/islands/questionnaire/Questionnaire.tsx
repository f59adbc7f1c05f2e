import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, type Resolver, useForm, useWatch } from 'react-hook-form';
import { shownQuestionnaire } from '../../engine/visibility.ts';
import type { QuestionnaireContent } from '../../schema/content-bundle.ts';
import type { ArticleLink } from '../../schema/ids.ts';
import type { Question } from '../../schema/question.ts';
import type { AssessmentRecord } from '../../storage/assessment-record.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { AssessmentStore } from '../../storage/assessment-store.ts';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import { AssessmentManager } from './AssessmentManager.tsx';
import { inputId } from './fields/field-props.ts';
import { openOrCreate } from './open-or-create.ts';
import { documentToForm, fieldKey, type FormValues, formToDocument, isAnswered } from './form-values.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { type SectionProgress, SectionNav } from './SectionNav.tsx';
import { ShareExportPanel } from '../sharing/ShareExportPanel.tsx';
import { StepForm, useStepCheck } from './StepForm.tsx';
import { StorageNotices } from './StorageNotices.tsx';
import { fieldError, stepSchema } from './step-schema.ts';

export interface QuestionnaireProps {
  /** The question bank and settings; the form reads nothing else. */
  readonly content: QuestionnaireContent;
  /** Guide articles per question id. */
  readonly links: Readonly<Record<string, readonly ArticleLink[]>>;
  /** Where "See your results" goes. */
  readonly resultsHref: string;
  /** Injected in tests; the browser's localStorage otherwise. */
  readonly store?: AssessmentStore;
}

/** The guided questionnaire: one step per section, saved to the browser on every change. */
export default function Questionnaire({ content, links, resultsHref, store: injected }: QuestionnaireProps) {
  const store = useMemo(() => injected ?? new AssessmentStore(browserLocalStorage()), [injected]);
  const sections = content.sections;
  const allQuestions = useMemo(() => sections.flatMap((s) => s.questions), [sections]);
  const sectionOf = useMemo(
    () => new Map(sections.flatMap((s, i) => s.questions.map((q) => [q.id, i] as const))),
    [sections],
  );
  const [initial] = useState(() => openOrCreate(store, content.settings.contentVersion));
  const [index, setIndex] = useState(initial.index);
  // The open record twice: `record` for callbacks, which must see a save made since the last render,
  // and `openRecord` for rendering, which may not read a ref. `keepRecord` sets both.
  const record = useRef(initial.record);
  const [openRecord, setOpenRecord] = useState(initial.record);
  const keepRecord = useCallback((next: AssessmentRecord): void => {
    record.current = next;
    setOpenRecord(next);
  }, []);
  const [step, setStep] = useState(() => Math.min(initial.record.step, sections.length - 1));
  const stepRef = useRef(step);
  // Never "saved" while storage is blocked or full, not even before the first change.
  const [saveState, setSaveState] = useState<'saved' | 'unsaved'>(() =>
    store.memoryReason === null ? 'saved' : 'unsaved',
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const stepQuestions = useRef<Question[]>([]);

  // Each step validates only its own visible questions: the resolver reads them at validation time.
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

  const { questions: visible, hiddenOptions } = useMemo(() => {
    const answers = formToDocument(allQuestions, values, openRecord.document).answers;
    return shownQuestionnaire(content, answers);
  }, [allQuestions, content, values, openRecord]);
  const section = sections[step] ?? sections[0];
  // Options offered only in some contexts (e.g. "loss of exclusivity" in pharma) are left out of the step.
  const shown = (section?.questions ?? [])
    .filter((q) => visible.has(q.id))
    .map((q) => {
      const off = hiddenOptions.get(q.id);
      return off === undefined ? q : { ...q, options: q.options?.filter((o) => !off.has(o.id)) };
    });
  const { check: checkStep, errorOf, reset: resetCheck } = useStepCheck(form, values, shown);
  // Before any event can validate the step; a layout effect, because render may not write a ref.
  useLayoutEffect(() => {
    stepQuestions.current = shown;
  });

  const progress: SectionProgress[] = sections.map((s) => {
    const qs = s.questions.filter((q) => visible.has(q.id));
    const answered = qs.filter((q) => isAnswered(q, values)).length;
    const complete =
      qs.every(
        (q) => fieldError(q, values.answers[fieldKey(q.id)], values.dontKnow[fieldKey(q.id)] === true) === null,
      ) && qs.some((q) => isAnswered(q, values));
    // Questions that other answers may still reveal: the total says "up to" them, so it does not grow as the respondent answers.
    return { answered, visible: qs.length, total: s.questions.length, complete };
  });
  const totalVisible = progress.reduce((n, p) => n + p.visible, 0);
  const totalAnswered = progress.reduce((n, p) => n + p.answered, 0);

  const save = useCallback(
    (nextStep = stepRef.current) => {
      const document = formToDocument(allQuestions, form.getValues(), record.current.document);
      keepRecord(store.save({ ...record.current, step: nextStep, document }));
      setIndex(store.index());
      setSaveState(store.memoryReason === null ? 'saved' : 'unsaved');
    },
    [allQuestions, form, store, keepRecord],
  );

  useEffect(registerOfflineSupport, []);

  // Save on every change, so a reload at any moment loses nothing. `subscribe`, not `watch(callback)`:
  // the React hooks lint flags `watch` as a function the React Compiler cannot memoise safely.
  useEffect(() => form.subscribe({ formState: { values: true }, callback: () => save() }), [form, save]);

  const goTo = useCallback(
    (next: number) => {
      resetCheck();
      stepRef.current = next;
      setStep(next);
      save(next);
    },
    [resetCheck, save],
  );

  // On a step change, move focus to the step's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  // A link to `#q-<question id>` (from the results page) opens that question's step and focuses it.
  useEffect(() => {
    const focusHash = (): void => {
      const id = decodeURIComponent(window.location.hash.replace(/^#q-/, ''));
      const target = sectionOf.get(id);
      if (target === undefined) return;
      stepRef.current = target;
      setStep(target);
      window.setTimeout(() => {
        const input = document.getElementById(inputId(id));
        document.getElementById(`q-${id}`)?.scrollIntoView({ block: 'center' });
        input?.focus();
      }, 0);
    };
    focusHash();
    window.addEventListener('hashchange', focusHash);
    return () => window.removeEventListener('hashchange', focusHash);
  }, [sectionOf]);

  const next = async (): Promise<void> => {
    if (!(await checkStep())) return;
    if (step < sections.length - 1) goTo(step + 1);
    else {
      save();
      window.location.assign(resultsHref);
    }
  };

  const load = (loaded: AssessmentRecord | null): void => {
    if (loaded === null) {
      setIndex(store.index());
      return;
    }
    keepRecord(loaded);
    form.reset(documentToForm(allQuestions, loaded.document));
    stepRef.current = Math.min(loaded.step, sections.length - 1);
    setStep(stepRef.current);
    store.setCurrent(loaded.id);
    setIndex(store.index());
  };

  return (
    <FormProvider {...form}>
      <StorageNotices memoryReason={store.memoryReason} setAside={store.setAside} />
      <AssessmentManager
        index={index}
        currentName={openRecord.name}
        onOpen={(id) => load(store.open(id))}
        onCreate={(name) => load(store.create(name, content.settings.contentVersion))}
        onRename={(id, name) => {
          const renamed = store.rename(id, name);
          if (renamed !== null && id === record.current.id) record.current = renamed;
          load(store.open(record.current.id));
        }}
        onDuplicate={(id) => load(store.duplicate(id))}
        onDelete={(id) => {
          store.remove(id);
          if (id === record.current.id) load(openOrCreate(store, content.settings.contentVersion).record);
          else setIndex(store.index());
        }}
        onStartOver={() => {
          const cleared = {
            ...record.current,
            step: 0,
            document: { ...record.current.document, answers: {}, notes: {} },
          };
          load(store.save(cleared));
          headingRef.current?.focus();
        }}
      />
      <ProgressBar step={step} steps={sections.length} answered={totalAnswered} visible={totalVisible} />
      <p className="save-state" role="status">
        {saveState === 'saved'
          ? 'All answers saved in this browser.'
          : 'Answers are kept in this tab only (see the note above).'}
      </p>
      <div className="questionnaire-layout">
        <SectionNav sections={sections} current={step} progress={progress} onJump={goTo} />
        <StepForm
          className="step"
          headingRef={headingRef}
          heading={`${step + 1}. ${section?.title ?? ''}`}
          intro={section?.intro}
          before={
            step === 0 && (
              <fieldset className="meta">
                <legend>About this assessment (optional)</legend>
                <label htmlFor="meta-organisation">Organisation or team</label>
                <input id="meta-organisation" autoComplete="organization" {...form.register('meta.organisation')} />
                <label htmlFor="meta-respondent">Your name</label>
                <input id="meta-respondent" autoComplete="name" {...form.register('meta.respondent')} />
                <label htmlFor="meta-role">Your role</label>
                <input id="meta-role" autoComplete="organization-title" {...form.register('meta.role')} />
              </fieldset>
            )
          }
          questions={shown}
          errorOf={errorOf}
          links={links}
          onBack={step > 0 ? () => goTo(step - 1) : undefined}
          submitLabel={step < sections.length - 1 ? 'Next' : 'See your results'}
          onSubmit={() => void next()}
        />
      </div>
      <ShareExportPanel
        content={content}
        name={openRecord.name}
        currentDocument={() => formToDocument(allQuestions, form.getValues(), record.current.document)}
        onImport={(document, fileName) => {
          const name =
            [document.meta.organisation, document.meta.respondent].filter((s) => s.trim() !== '').join(' · ') ||
            fileName.replace(/\.json$/i, '');
          const created = store.create(name, document.contentVersion);
          load(store.save({ ...created, document }));
        }}
      />
    </FormProvider>
  );
}

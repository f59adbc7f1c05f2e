import { useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import { consensusDocument } from '../../workshop/consensus.ts';
import { teamPlan } from '../../workshop/team-plan.ts';
import { teamView } from '../../workshop/team-view.ts';
import { createWorkshop, type Workshop } from '../../workshop/workshop-model.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { StorageNotices } from '../questionnaire/StorageNotices.tsx';
import { DownloadPdfButton } from '../../render/web/DownloadPdfButton.tsx';
import { PlanView } from '../../render/web/PlanView.tsx';
import { usePrintOpensDetails } from '../../render/web/use-print-details.ts';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import { WorkshopStore } from '../../storage/workshop-store.ts';
import type { BrandStore } from '../../storage/brand-store.ts';
import { makeTheme } from '../../render/pdf/theme.ts';
import { useRuntimeBrand } from './BrandSettings.tsx';
import { DriftPanel } from './DriftPanel.tsx';
import { Presenter } from './Presenter.tsx';
import { ResponsesPanel } from './ResponsesPanel.tsx';
import { TeamView } from './TeamView.tsx';
import { WorkshopStart } from './WorkshopStart.tsx';

export interface WorkshopAppProps {
  readonly content: ContentBundle;
  readonly store?: WorkshopStore;
  readonly brandStore?: BrandStore;
}

/**
 * Workshop mode: the facilitator gathers everyone's answers on this laptop (no server), sees where
 * the team disagrees, agrees the answers, and gets one team plan.
 */
export default function WorkshopApp({ content, store: injected, brandStore: injectedBrand }: WorkshopAppProps) {
  const store = useMemo(() => injected ?? new WorkshopStore(browserLocalStorage()), [injected]);
  const {
    brand,
    custom: customBrand,
    settings: brandSettings,
  } = useRuntimeBrand(
    content.brand,
    'the team view, the presenter and the PDF’s cover and page headers',
    injectedBrand,
  );
  // The brand's accent on this page, darkened where needed so text and buttons in it stay legible on white.
  const brandStyle = { '--accent': makeTheme(brand.accent).accentInk } as CSSProperties;
  const [workshop, setWorkshop] = useState<Workshop | null>(() => store.current());
  const [presenting, setPresenting] = useState(false);
  const [editing, setEditing] = useState<{ id: string; fromPlan: boolean } | null>(null);
  const planRef = useRef<HTMLElement>(null);
  useEffect(registerOfflineSupport, []);
  usePrintOpensDetails();

  const update = (next: Workshop): void => {
    store.save(next);
    setWorkshop(next);
  };

  const spreads = useMemo(() => (workshop === null ? [] : teamView(content, workshop.responses)), [content, workshop]);
  const consensus = useMemo(
    () => (workshop === null ? null : consensusDocument(content, workshop, spreads)),
    [content, workshop, spreads],
  );
  const plan = useMemo(
    () => (consensus === null || workshop === null ? null : teamPlan(content, workshop, spreads, consensus)),
    [content, consensus, workshop, spreads],
  );

  // The plan's "Edit this answer" links point at the respondent's questionnaire; in a workshop they
  // edit the team's answer, so they lead to the consensus editor of that question in the team view.
  useEffect(() => {
    for (const link of planRef.current?.querySelectorAll<HTMLAnchorElement>('a[href^="/questionnaire/#q-"]') ?? [])
      link.setAttribute('href', `#team-${link.getAttribute('href')?.slice('/questionnaire/#q-'.length) ?? ''}`);
  });
  const openFromPlan = (event: MouseEvent<HTMLElement>): void => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#team-"]') : null;
    const id = link?.getAttribute('href')?.slice('#team-'.length);
    if (id === undefined || !spreads.some((s) => s.questionId === id && s.answered > 0)) return;
    event.preventDefault();
    setEditing({ id, fromPlan: true });
    document.getElementById(`team-${id}`)?.scrollIntoView({ block: 'center' });
  };

  if (workshop === null) {
    return (
      <div style={brandStyle}>
        <StorageNotices memoryReason={store.memoryReason} setAside={store.setAside} />
        {brandSettings}
        <WorkshopStart
          workshops={store.list()}
          today={new Date().toISOString().slice(0, 10)}
          onOpen={(id) => setWorkshop(store.open(id))}
          onCreate={(setup) => update(createWorkshop(setup))}
        />
      </div>
    );
  }
  const brandMark = (
    <p className="workshop-brand">
      {brand.logo !== undefined && customBrand && <img src={brand.logo} alt="" height={32} />}
      <span>{brand.name}</span>
    </p>
  );
  if (presenting)
    return (
      <div style={brandStyle}>
        <Presenter
          workshop={workshop}
          spreads={spreads}
          onChange={update}
          onExit={() => setPresenting(false)}
          brandMark={brandMark}
        />
      </div>
    );
  return (
    <div style={brandStyle}>
      <StorageNotices memoryReason={store.memoryReason} setAside={store.setAside} />
      <div className="workshop-header">
        {brandMark}
        <h2>
          {workshop.client} · {workshop.date}
        </h2>
        <p className="no-print">
          <button
            type="button"
            className="button"
            onClick={() => setPresenting(true)}
            disabled={workshop.responses.length === 0}
          >
            Presenter view
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setWorkshop(null)}>
            Switch workshop
          </button>
        </p>
        <nav aria-label="Workshop sections" className="no-print">
          <a href="#responses-heading">Responses</a> · <a href="#team-heading">Team view</a> ·{' '}
          <a href="#alignment-heading">Alignment</a> · <a href="#team-plan-heading">Team plan</a> ·{' '}
          <a href="#drift-heading">Re-assessment</a>
        </nav>
        {brandSettings}
      </div>
      <ResponsesPanel content={content} workshop={workshop} onChange={update} />
      <TeamView
        workshop={workshop}
        spreads={spreads}
        onChange={update}
        editing={editing?.id ?? null}
        focusEditor={editing?.fromPlan === true}
        onEdit={(id) => setEditing(id === null ? null : { id, fromPlan: false })}
      />
      <section aria-labelledby="team-plan-heading" className="result-section" ref={planRef} onClick={openFromPlan}>
        <h2 id="team-plan-heading">Team plan</h2>
        {plan === null ? (
          <p>Add responses to see the team plan built from the agreed answers.</p>
        ) : (
          <PlanView
            plan={plan}
            name={`${workshop.client} workshop`}
            actions={
              <p className="no-print">
                <DownloadPdfButton plan={plan} brand={brand} />
              </p>
            }
          />
        )}
      </section>
      {consensus !== null && <DriftPanel content={content} workshop={workshop} current={consensus} onChange={update} />}
    </div>
  );
}

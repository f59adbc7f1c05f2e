import { Document } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';
import type { Plan } from '../../schema/plan/index.ts';
import type { PdfOptions } from './options.ts';
import type { RenderContext } from './render-context.ts';
import { Alignment } from './sections/alignment.ts';
import { Appendix } from './sections/appendix.ts';
import { Cadence } from './sections/cadence.ts';
import { Communication } from './sections/communication.ts';
import { Contents } from './sections/contents.ts';
import { Cover } from './sections/cover.ts';
import { Design } from './sections/design.ts';
import { Method } from './sections/method.ts';
import { Readiness } from './sections/readiness.ts';
import { Risks } from './sections/risks.ts';
import { Rollout } from './sections/rollout.ts';
import type { SectionInfo } from './sections/section-info.ts';
import { SegmentCount } from './sections/segment-count.ts';
import { Summary } from './sections/summary.ts';
import { Systems } from './sections/systems.ts';

/** A section: one page element that flows onto as many pages as it needs (see `SectionPage`). */
type SectionComponent = (props: { readonly ctx: RenderContext; readonly section: SectionInfo }) => ReactElement;

/** The numbered sections in reading order: the contents, the headings and the outline all follow it. */
const SECTIONS: readonly (Omit<SectionInfo, 'number'> & { readonly component: SectionComponent })[] = [
  {
    id: 'summary',
    title: 'Executive summary',
    lead: 'The segment design, readiness, top risks, the method, the segment range and the next three actions.',
    component: Summary,
  },
  {
    id: 'readiness',
    title: 'Readiness',
    lead: 'Where the organisation stands on each prerequisite, and why.',
    component: Readiness,
  },
  {
    id: 'risks',
    title: 'Risks',
    lead: 'The common mistakes these answers show, with the evidence and the fix.',
    component: Risks,
  },
  {
    id: 'method',
    title: 'Method',
    lead: 'The segmentation methods ranked by fit, with blockers and what would change the ranking.',
    component: Method,
  },
  {
    id: 'design',
    title: 'Segment design',
    lead: 'The layers and segments, what each segment gets, and whether the people can deliver it.',
    component: Design,
  },
  {
    id: 'segment-count',
    title: 'Segment count',
    lead: 'How many segments the sales force can treat differently, and why.',
    component: SegmentCount,
  },
  {
    id: 'systems',
    title: 'Systems impact',
    lead: 'What changes in each system, who owns it, and the checklist.',
    component: Systems,
  },
  {
    id: 'communication',
    title: 'Sales-force communication plan',
    lead: 'Audiences, messages, materials and the cascade, phase by phase.',
    component: Communication,
  },
  {
    id: 'rollout',
    title: 'Rollout playbook',
    lead: 'The timeline, each phase in detail, and its exit criteria.',
    component: Rollout,
  },
  {
    id: 'cadence',
    title: 'Review cadence',
    lead: 'When to review and refresh, and the warning-sign checklist for each review.',
    component: Cadence,
  },
  {
    id: 'appendix',
    title: 'Appendix',
    lead: 'Open questions, every answer and note, and the sources.',
    component: Appendix,
  },
];

const ALIGNMENT = {
  id: 'alignment',
  title: 'Alignment',
  lead: 'Who took part, where the team disagreed, and what it decided.',
  component: Alignment,
} as const;

/** The whole plan as a react-pdf document element, ready for `pdf()`. */
export function planDocument(ctx: RenderContext, options: PdfOptions) {
  // A workshop's plan gains an Alignment section right after the risks.
  const all =
    ctx.plan.alignment === undefined ? SECTIONS : SECTIONS.flatMap((s) => (s.id === 'risks' ? [s, ALIGNMENT] : [s]));
  // A marked edition (the quick check's short plan) keeps only its own sections.
  const kept = options.edition?.sections;
  const chosen = kept === undefined ? all : all.filter((s) => kept.includes(s.id));
  const sections = chosen.map((s, i) => ({ ...s, number: i + 1 }));
  const marked = options.edition === undefined ? '' : ` (${options.edition.label})`;
  const plan: Plan = ctx.plan;
  return h(
    Document,
    {
      title: `Customer segmentation plan${marked}: ${ctx.organisation}`,
      author: ctx.brand.name,
      subject: `Segmentation plan, rollout playbook and review cadence for ${ctx.organisation}, from the answers of ${plan.meta.date}`,
      keywords: 'customer segmentation, sales, rollout, playbook',
      creator: ctx.brand.name,
      producer: `${ctx.brand.name} (react-pdf)`,
      language: 'en',
      creationDate: options.creationDate ?? new Date(),
      pageMode: 'useOutlines',
    },
    h(Cover, { ctx }),
    h(Contents, { ctx, entries: sections }),
    sections.map((s) => h(s.component, { key: s.id, ctx, section: s })),
  );
}

import type { Section } from '../../schema/question.ts';

export interface SectionProgress {
  readonly answered: number;
  readonly visible: number;
  /** Every question of the section, shown or not: the most it can ask. */
  readonly total: number;
  /** Every visible required question has an answer and nothing in the section is invalid. */
  readonly complete: boolean;
}

interface Props {
  readonly sections: readonly Section[];
  readonly current: number;
  readonly progress: readonly SectionProgress[];
  readonly onJump: (index: number) => void;
}

/**
 * How far a section is answered. Its total is fixed: where answers can still reveal questions it
 * reads "up to", so "0 of 1" never turns into "1 of 8" as the respondent answers.
 */
export function sectionStatus(p: SectionProgress): string {
  return p.total > p.visible ? `${p.answered} of up to ${p.total} answered` : `${p.answered} of ${p.total} answered`;
}

/** The list of sections: jump to any of them, and see which are complete. */
export function SectionNav({ sections, current, progress, onJump }: Props) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ol>
        {sections.map((section, i) => {
          const p = progress[i];
          const status = p === undefined ? '' : p.complete ? 'complete' : sectionStatus(p);
          return (
            <li key={section.id} className={p?.complete === true ? 'done' : undefined}>
              <button type="button" onClick={() => onJump(i)} aria-current={i === current ? 'step' : undefined}>
                <span className="section-title">{section.title}</span>
                <span className="section-status">
                  {p?.complete === true && <span aria-hidden="true">✓ </span>}
                  {status}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import type { Section } from '../../schema/question.ts';

export interface SectionProgress {
  readonly answered: number;
  readonly visible: number;
  /** Every visible required question has an answer and nothing in the section is invalid. */
  readonly complete: boolean;
}

interface Props {
  readonly sections: readonly Section[];
  readonly current: number;
  readonly progress: readonly SectionProgress[];
  readonly onJump: (index: number) => void;
}

/** The list of sections: jump to any of them, and see which are complete. */
export function SectionNav({ sections, current, progress, onJump }: Props) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ol>
        {sections.map((section, i) => {
          const p = progress[i];
          const status = p?.complete === true ? 'complete' : `${p?.answered ?? 0} of ${p?.visible ?? 0} answered`;
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

interface Props {
  readonly step: number;
  readonly steps: number;
  readonly answered: number;
  readonly visible: number;
}

/** Where the respondent is: the section number out of the total, and the share of visible questions answered. */
export function ProgressBar({ step, steps, answered, visible }: Props) {
  const percent = visible === 0 ? 0 : Math.round((answered / visible) * 100);
  return (
    <div className="progress">
      <p className="progress-text">
        Section {step + 1} of {steps} · {percent}% of questions answered
      </p>
      <progress max={100} value={percent} aria-label={`${percent}% of questions answered`} />
    </div>
  );
}

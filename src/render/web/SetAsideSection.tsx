import type { SetAsideEntry } from '../../schema/plan/index.ts';

/** Answers and notes that could not be used (e.g. from an older questionnaire), kept and shown rather than dropped. */
export function SetAsideSection({ entries }: { entries: readonly SetAsideEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="set-aside-heading" className="notice">
      <h2 id="set-aside-heading">Answers set aside</h2>
      <p>
        These saved answers do not fit the current questions, so the plan does not use them. They are still kept with
        your assessment.
      </p>
      <ul>
        {entries.map((e) => (
          <li key={`${e.part}-${e.key}`}>
            <code>{e.key}</code> = <code>{e.value}</code>: {e.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

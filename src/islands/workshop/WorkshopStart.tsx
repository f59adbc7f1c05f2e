import { useId, useState } from 'react';
import type { Participant } from '../../workshop/workshop-model.ts';
import type { WorkshopSummary } from '../../storage/workshop-store.ts';

interface Props {
  readonly workshops: readonly WorkshopSummary[];
  readonly today: string;
  readonly onOpen: (id: string) => void;
  readonly onCreate: (setup: { client: string; date: string; participants: Participant[] }) => void;
}

/** "Name, role" per line, as a facilitator would type the invitation list. */
export function parseParticipants(text: string): Participant[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.indexOf(',');
      return comma === -1
        ? { name: line, role: '' }
        : { name: line.slice(0, comma).trim(), role: line.slice(comma + 1).trim() };
    });
}

/** Open an earlier workshop, or set up a new one: the client, the date and the expected participants. */
export function WorkshopStart({ workshops, today, onOpen, onCreate }: Props) {
  const [client, setClient] = useState('');
  const [date, setDate] = useState(today);
  const [people, setPeople] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { client: useId(), date: useId(), people: useId(), peopleHint: useId() };
  return (
    <>
      {workshops.length > 0 && (
        <section aria-labelledby="open-workshop">
          <h2 id="open-workshop">Your workshops</h2>
          <ul className="assessment-list">
            {workshops.map((w) => (
              <li key={w.id}>
                <span>
                  {w.client} · {w.date} · {w.responses} response{w.responses === 1 ? '' : 's'}
                </span>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => onOpen(w.id)}
                  aria-label={`Open the ${w.client} workshop of ${w.date}`}
                >
                  Open
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="new-workshop">
        <h2 id="new-workshop">Set up a workshop</h2>
        <form
          className="setup-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (client.trim() === '') {
              setError('Enter the client’s name.');
              document.getElementById(ids.client)?.focus();
              return;
            }
            onCreate({ client: client.trim(), date, participants: parseParticipants(people) });
          }}
          noValidate
        >
          <label htmlFor={ids.client}>Client</label>
          <input
            id={ids.client}
            value={client}
            maxLength={200}
            onChange={(e) => setClient(e.target.value)}
            aria-invalid={error !== null || undefined}
            aria-describedby={error !== null ? `${ids.client}-error` : undefined}
          />
          {error !== null && (
            <p className="field-error" id={`${ids.client}-error`} role="alert">
              {error}
            </p>
          )}
          <label htmlFor={ids.date}>Workshop date</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <label htmlFor={ids.people}>Expected participants</label>
          <small id={ids.peopleHint} className="hint">
            One per line: name, then a comma, then role. For example: Dana Whitfield, VP Sales
          </small>
          <textarea
            id={ids.people}
            rows={6}
            value={people}
            onChange={(e) => setPeople(e.target.value)}
            aria-describedby={ids.peopleHint}
          />
          <button type="submit" className="button">
            Create workshop
          </button>
        </form>
      </section>
    </>
  );
}

import { useId, useState } from 'react';
import type { AssessmentIndex } from '../../storage/assessment-record.ts';

interface Props {
  readonly index: AssessmentIndex;
  readonly currentName: string;
  readonly onOpen: (id: string) => void;
  readonly onCreate: (name: string) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onStartOver: () => void;
}

type Pending =
  | { kind: 'delete'; id: string; name: string }
  | { kind: 'start-over' }
  | { kind: 'rename'; id: string; name: string }
  | null;

/** Several named assessments (one per client or team): list, open, rename, duplicate, delete, start over. */
export function AssessmentManager({
  index,
  currentName,
  onOpen,
  onCreate,
  onRename,
  onDuplicate,
  onDelete,
  onStartOver,
}: Props) {
  const [pending, setPending] = useState<Pending>(null);
  const [newName, setNewName] = useState('');
  const newId = useId();
  const renameId = useId();
  return (
    <section className="assessments" aria-labelledby="assessments-heading">
      <details>
        <summary>
          <span id="assessments-heading">Assessment: {currentName}</span>{' '}
          <span className="muted">({index.assessments.length} saved · manage)</span>
        </summary>
        <ul className="assessment-list">
          {index.assessments.map((a) => (
            <li key={a.id}>
              <span className="assessment-name">
                {a.name}
                {a.id === index.currentId && <span className="muted"> (open)</span>}
              </span>
              <span className="assessment-actions">
                {a.id !== index.currentId && (
                  <button type="button" onClick={() => onOpen(a.id)} aria-label={`Open ${a.name}`}>
                    Open
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => setPending({ kind: 'rename', id: a.id, name: a.name })}
                  aria-label={`Rename ${a.name}`}
                >
                  Rename
                </button>
                <button type="button" onClick={() => onDuplicate(a.id)} aria-label={`Duplicate ${a.name}`}>
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => setPending({ kind: 'delete', id: a.id, name: a.name })}
                  aria-label={`Delete ${a.name}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
        {pending?.kind === 'rename' && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              onRename(pending.id, pending.name);
              setPending(null);
            }}
          >
            <label htmlFor={renameId}>New name</label>
            <input
              id={renameId}
              value={pending.name}
              maxLength={120}
              onChange={(e) => setPending({ ...pending, name: e.target.value })}
            />
            <button type="submit">Save name</button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </form>
        )}
        {pending?.kind === 'delete' && (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-delete">
            <p id="confirm-delete">Delete “{pending.name}” and all its answers? This cannot be undone.</p>
            <button
              type="button"
              className="danger"
              onClick={() => {
                onDelete(pending.id);
                setPending(null);
              }}
            >
              Delete it
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Keep it
            </button>
          </div>
        )}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            onCreate(newName);
            setNewName('');
          }}
        >
          <label htmlFor={newId}>New assessment for (client or team)</label>
          <input id={newId} value={newName} maxLength={120} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit">Create</button>
        </form>
      </details>
      <p className="start-over">
        {pending?.kind === 'start-over' ? (
          <span className="confirm" role="alertdialog" aria-labelledby="confirm-start-over">
            <span id="confirm-start-over">
              Clear every answer and note in “{currentName}” and go back to the first section? This cannot be
              undone.{' '}
            </span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                onStartOver();
                setPending(null);
              }}
            >
              Yes, clear my answers
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => setPending({ kind: 'start-over' })}>
            Start over
          </button>
        )}
      </p>
    </section>
  );
}

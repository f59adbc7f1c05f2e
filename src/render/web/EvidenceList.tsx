import type { Evidence, Reason } from '../../schema/plan/index.ts';
import { editHref } from '../../present/links.ts';

/** One quoted answer with a link back to edit it. */
export function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const answer =
    evidence.answerLabels.length > 0
      ? evidence.answerLabels.join(', ')
      : evidence.status === 'unanswered'
        ? 'not answered'
        : evidence.status;
  return (
    <li>
      <span className="evidence-topic">{evidence.prompt}</span> <q>{answer}</q>{' '}
      <a href={editHref(evidence.questionId)} className="edit-link">
        Edit this answer<span className="visually-hidden"> ({evidence.topic})</span>
      </a>
    </li>
  );
}

/** A matched rule's reason and the answers that made it match. */
export function ReasonItem({ reason, prefix }: { reason: Reason; prefix?: string }) {
  return (
    <li>
      {prefix !== undefined && <strong>{prefix} </strong>}
      {reason.because}
      {reason.evidence.length > 0 && (
        <ul className="evidence">
          {reason.evidence.map((e) => (
            <EvidenceItem key={e.questionId} evidence={e} />
          ))}
        </ul>
      )}
    </li>
  );
}

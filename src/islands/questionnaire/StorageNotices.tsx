import type { SetAsideEntry } from '../../storage/assessment-record.ts';
import type { MemoryReason } from '../../storage/assessment-store.ts';

const MEMORY_MESSAGES: Record<Exclude<MemoryReason, null>, string> = {
  blocked:
    'This browser is not letting the site save data, so your answers are kept only while this tab stays open. You can keep working; do not close or reload the tab until you have finished.',
  full: 'This browser’s storage is full, so new answers are kept only while this tab stays open. You can keep working; free some space or finish before you close the tab.',
};

/** Tells the respondent when answers are not being saved, and about saved entries that could not be read. */
export function StorageNotices({
  memoryReason,
  setAside,
}: {
  memoryReason: MemoryReason;
  setAside: readonly SetAsideEntry[];
}) {
  return (
    <>
      {memoryReason !== null && (
        <div className="notice warning" role="status">
          <p>{MEMORY_MESSAGES[memoryReason]}</p>
        </div>
      )}
      {setAside.length > 0 && (
        <div className="notice warning" role="alert">
          <p>
            {setAside.length === 1 ? 'One saved entry' : `${setAside.length} saved entries`} could not be read and
            {setAside.length === 1 ? ' was' : ' were'} set aside. Nothing was deleted, and your other assessments are
            not affected.
          </p>
          <ul>
            {setAside.map((e) => (
              <li key={e.key}>
                <code>{e.from}</code>: {e.reason}. Kept under the browser storage key <code>{e.key}</code>.
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

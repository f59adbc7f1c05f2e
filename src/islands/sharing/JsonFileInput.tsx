interface Props {
  readonly id: string;
  readonly multiple?: boolean;
  /** Called with the chosen files; the input is cleared, so choosing the same file again works. */
  readonly onFiles: (files: File[]) => void;
}

/** A file input for answers files (.json). Used to import an assessment, workshop responses or last time's answers. */
export function JsonFileInput({ id, multiple = false, onFiles }: Props) {
  return (
    <input
      id={id}
      type="file"
      multiple={multiple}
      accept=".json,application/json"
      onChange={(e) => {
        const files = [...(e.currentTarget.files ?? [])];
        e.currentTarget.value = '';
        if (files.length > 0) onFiles(files);
      }}
    />
  );
}

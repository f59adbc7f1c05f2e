/** Where the command line writes; tests and the bin pass their own. */
export interface CliIo {
  /** Text, or bytes for binary formats such as PDF. */
  readonly stdout: (data: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Today's date (YYYY-MM-DD), for the template only: the engine never reads the clock. */
  readonly today: () => string;
}

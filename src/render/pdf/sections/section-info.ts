/** A numbered section as the contents and its heading show it. */
export interface SectionInfo {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** One line for the contents page. */
  readonly lead: string;
}

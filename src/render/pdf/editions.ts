/**
 * The sections of the quick check's short PDF (ids as in document.ts): what its few answers
 * support. Systems, the communication plan, the rollout and the cadence wait for the full
 * assessment. Kept apart from document.ts so a page can name them without loading react-pdf.
 */
export const QUICK_PDF_SECTIONS: readonly string[] = [
  'summary',
  'readiness',
  'risks',
  'method',
  'design',
  'segment-count',
  'appendix',
];

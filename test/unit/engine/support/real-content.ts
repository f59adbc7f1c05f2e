// The engine tests read the real content through the shared loader.
export { PROJECT_ROOT, realContent } from '../../../support/content-fixtures.ts';

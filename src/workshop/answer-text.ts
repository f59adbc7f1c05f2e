// The workshop views label answers exactly as the engine does: one implementation, in the engine.
export { answerText, DONT_KNOW_LABEL, formatNumber, numberLabel, optionLabel } from '../engine/answer-labels.ts';

/** Discussion prompts: per section, before and after reading, and reading critically. */
export { writeSectionPrompts } from './section.js';
export { writeBeforeReading, writeAfterReading } from './around.js';
export { isOpinionPiece, writeReadingCritically } from './critical.js';
export { findCues, isArguable, type Cue, type CueKind } from './cues.js';
export { isWellFormed, hasRepeatedWord } from './phrasing.js';

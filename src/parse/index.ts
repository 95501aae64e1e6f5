/** Source text → Interview. Pure: no file system, no console. */
import type { Interview } from '../model.js';
import { GuideError } from '../errors.js';

/** Reads an interview article (already decoded to a string) into the Interview model. Throws GuideError('NO_EXCHANGES') when it finds no question/answer pairs. */
export function parseInterview(text: string, name: string): Interview {
  void text;
  throw new GuideError('NO_EXCHANGES', 'the reader is not written yet', { file: name });
}

/** extractKeyTerms never throws, and keeps its promises, on any interview-shaped text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const word = fc.oneof(
  fc.constantFrom('the', 'Tariffs', 'unilateralism', 'Canada-US', 'Mark', 'Carney', 'Dr', 'of', 'and', 'À', '(GT)', 'Global', 'Times', '—', '"', '51st', 'U.S.', "'s", '?', '.', ','),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const text = fc.array(fc.tuple(fc.constantFrom('Q', 'A'), sentence), { minLength: 1, maxLength: 8 })
  .map((ps) => ps.map(([l, s]) => `${l}: ${s}`).join('\n\n'));

describe('key terms on arbitrary text', () => {
  it('never throws; 0 to 8 terms per section, each with a definition of three words or more', () => {
    fc.assert(fc.property(text, (t) => {
      const interview = simpleInterview(t);
      const sections = extractKeyTerms(interview);
      expect(sections).toHaveLength(interview.exchanges.length);
      for (const list of sections) {
        expect(list.length).toBeLessThanOrEqual(8);
        for (const k of list) expect(k.definition.split(/\s+/).length).toBeGreaterThanOrEqual(3);
      }
    }), { numRuns: 150, seed: 42 });
  });
});

/** Key terms on the real corpus files, read by the real reader (src/parse). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../../src/parse/index.js';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { JUNK } from './junk.js';

const CORPUS = new URL('../../fixtures/parse/corpus/', import.meta.url);
const CASES: [string, string[]][] = [
  ['01-k8s-sig-arch-code-organization.txt', ['Kubernetes', 'monorepo', 'dependency management', 'Madhav Jivrajani']],
  ['03-opensource-muffsy-open-audio-kits.txt', ['phono stage', 'RIAA filter']],
  ['07-whitehouse-solarwinds-background-call.txt', ['SolarWinds', 'cybersecurity']],
  ['10-usesthis-danah-boyd.txt', ['danah boyd', 'ethnographic perspective', 'Netbooks']],
];

describe('key terms on the corpus', () => {
  for (const [file, expected] of CASES) {
    it(`${file}: sensible, defined terms`, () => {
      const interview = parseInterview(readFileSync(new URL(file, CORPUS), 'utf8'), file);
      const sections = extractKeyTerms(interview);
      expect(sections).toHaveLength(interview.exchanges.length);
      const all = sections.flat();
      const names = all.map((t) => t.term.toLowerCase());
      for (const e of expected) expect(names, e).toContain(e.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const list of sections) expect(list.length).toBeLessThanOrEqual(8);
      for (const t of all) {
        expect(JUNK.has(t.term.toLowerCase()), t.term).toBe(false);
        expect(t.definition.split(/\s+/).length, t.term).toBeGreaterThanOrEqual(3);
        expect(t.source).toMatch(/^(teacher|article|wordnet|context)$/);
      }
    });
  }
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../../src/model.js';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { seedInterview } from './corpus-interviews.js';
import { JUNK } from './junk.js';

const interview = seedInterview();
let sections: KeyTerm[][];
const find = (s: number, term: string) => sections[s - 1]!.find((t) => t.term.toLowerCase() === term.toLowerCase());
const all = () => sections.flat();

beforeAll(() => { sections = extractKeyTerms(interview); });

describe('key terms on the client sample', () => {
  it('has one list per exchange, 3 to 8 terms each', () => {
    expect(sections).toHaveLength(interview.exchanges.length);
    for (const list of sections) {
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect(list.length).toBeLessThanOrEqual(8);
    }
  });

  it('finds the client’s three terms in their sections', () => {
    expect(find(1, 'Meng Wanzhou')).toBeDefined();
    expect(find(3, 'trade diversification')).toBeDefined();
    expect(find(7, 'unilateralism')).toBeDefined();
  });

  it('defines unilateralism from WordNet and gives trade diversification its article form as a variant', () => {
    expect(find(7, 'unilateralism')).toMatchObject({ source: 'wordnet', kind: 'concept' });
    expect(find(7, 'unilateralism')!.definition).toMatch(/^The doctrine that nations/);
    expect(find(3, 'trade diversification')!.variants).toContain('diversification of trade');
  });

  it('splits titles off names and says who they are', () => {
    const anand = find(1, 'Anita Anand')!;
    expect(anand).toMatchObject({ kind: 'person', description: 'Canadian Foreign Minister', source: 'article' });
    expect(anand.definition).toBe(`Anita Anand is the Canadian Foreign Minister, mentioned in ¶${anand.firstParagraph}.`);
  });

  it('merges the forms of one name', () => {
    const carney = all().find((t) => t.term === 'Mark Carney');
    expect(carney?.variants).toContain('Carney');
    expect(all().filter((t) => /carney/i.test(t.term))).toHaveLength(1);
    expect(find(1, 'Meng Wanzhou')!.variants).toContain('Meng Wanzhou affair');
    expect(all().some((t) => t.term === 'Global Times' && t.variants?.includes('GT'))).toBe(true);
  });

  it('places each term in one section only, with a paragraph of that section', () => {
    const names = all().map((t) => t.term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    sections.forEach((list, i) => {
      const ex = interview.exchanges[i]!;
      // The first section may also hold a term of the editor's note, which points to its paragraph there.
      const paras = [...ex.question, ...ex.answer, ...(i === 0 ? interview.context : [])].map((p) => p.number);
      for (const t of list) expect(paras).toContain(t.firstParagraph);
    });
  });

  it('has no junk terms', () => {
    for (const t of all()) {
      expect(JUNK.has(t.term.toLowerCase()), t.term).toBe(false);
      expect(t.term, t.term).toMatch(/\p{L}{2,}/u);
      expect(t.term, t.term).not.toMatch(/^\d+$/);
      expect(t.term.split(' ').every((w) => !JUNK.has(w.toLowerCase()) || t.term.split(' ').length > 1)).toBe(true);
    }
  });

  it('gives every term a definition of three words or more that is not circular, with a source', () => {
    for (const t of all()) {
      expect(t.definition.split(/\s+/).length, t.term).toBeGreaterThanOrEqual(3);
      expect(['teacher', 'article', 'wordnet', 'context']).toContain(t.source);
      expect(t.definition.toLowerCase().startsWith(`${t.term.toLowerCase()} is ${t.term.toLowerCase()}`)).toBe(false);
      if (t.source === 'context') expect(t.definition).toMatch(/^In the article: “.+” \(¶\d+\)$/);
      if (t.source === 'wordnet') expect(t.definition).toMatch(/^\p{Lu}.*\.$/u);
    }
  });

  it('is deterministic and fast once the model is loaded', () => {
    const t = performance.now();
    const again = extractKeyTerms(interview);
    const ms = performance.now() - t;
    console.log(`seed key terms: ${ms.toFixed(1)} ms`);
    expect(again).toEqual(sections);
    // The target is about 50 ms; the bound leaves room for a busy CI machine.
    expect(ms).toBeLessThan(250);
  });
});

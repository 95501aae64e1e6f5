import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryMatches, fromList, mayNameCategory } from '../../../src/analyse/definitions/article-uses.js';

/** The pattern nameCategory used to compile for each name (the definition both tests below check against). */
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (name: string) => new RegExp(`((?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+)?${esc(name)}\\s+(\\p{Ll}[\\p{Ll}-]+))(?:\\s+(\\p{Ll}[\\p{Ll}-]+))?`, 'gu');

describe('fromList with lists remembered per sentence', () => {
  const sentences = [
    { text: 'We talked about the weather.', paragraph: 1 },
    { text: 'I use the obvious tools - Mail, Calendar, Microsoft Office.', paragraph: 2 },
    { text: 'Canada wants cooperation in sensitive areas like AI and critical minerals.', paragraph: 3 },
  ];

  it('answers each term of the same sentences as it would alone', () => {
    expect(fromList({ term: 'Calendar', variants: [] }, sentences)).toBe('One of the obvious tools the article names in ¶2, along with Mail, Microsoft Office.');
    expect(fromList({ term: 'Mail', variants: [] }, sentences)).toBe('One of the obvious tools the article names in ¶2, along with Calendar, Microsoft Office.');
    expect(fromList({ term: 'AI', variants: [] }, sentences)).toBe('One of the sensitive areas the article names in ¶3, along with critical minerals.');
    expect(fromList({ term: 'Ottawa', variants: [] }, sentences)).toBeNull();
    expect(fromList({ term: 'Artificial intelligence', variants: ['AI'] }, sentences)).toBe('One of the sensitive areas the article names in ¶3, along with critical minerals.');
    // Asked again, the same answers.
    expect(fromList({ term: 'Calendar', variants: [] }, sentences)).toBe('One of the obvious tools the article names in ¶2, along with Mail, Microsoft Office.');
    expect(fromList({ term: 'AI', variants: [] }, [...sentences].reverse())).toBe('One of the sensitive areas the article names in ¶3, along with critical minerals.');
  });
});

describe('the cue that spares sentences the list pattern', () => {
  it('passes every separator the pattern knows, across any white space', () => {
    for (const sep of ['like', 'such as', 'including', '-', '–', '—', ':']) {
      const sentences = [{ text: `They named sensitive areas\u00a0${sep}\tAI, critical minerals and energy.`, paragraph: 4 }];
      expect(fromList({ term: 'AI', variants: [] }, sentences)).toBe('One of the sensitive areas the article names in ¶4, along with critical minerals, energy.');
    }
  });
});

describe('the test that spares sentences the name pattern', () => {
  it('passes every text the pattern matches', () => {
    const pieces = fc.constantFrom('the ', 'a ', 'an ', 'the', 'an', ' ', '  ', '\u00a0', '\n', 'K8s', 'K8s ', 'X', 'X ', 'kit', 'kit ', 'é', 'ß', '-', '.', 'TPA', 'TPA ', 'project', 'Then ', '𝐚', 'bathe ', 'old-', 'the K8s ', 'a X ');
    const text = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));
    const name = fc.constantFrom('K8s', 'X', 'TPA', 'K8s X', 'a', 'é');
    fc.assert(fc.property(text, name, (t, n) => {
      if ([...t.matchAll(pattern(n))].length > 0) expect(mayNameCategory(t, n)).toBe(true);
    }), { numRuns: 10000 });
    expect(mayNameCategory('We use the Kubernetes project daily.', 'Kubernetes')).toBe(true);
    expect(mayNameCategory('Kubernetes is big; we like Kubernetes.', 'Kubernetes')).toBe(false);
  });
});

describe('the matches of the name-category pattern', () => {
  it('are those the pattern compiled for the name gives, for any text and name', () => {
    const pieces = fc.constantFrom('the ', 'a ', 'an ', 'the', 'an', 'a', 't', ' ', '  ', '\u00a0', '\n', 'K8s', 'K8s ', 'X', 'X ', 'kit', 'kit ', 'é', 'ß', '-', '.', 'TPA', 'TPA ', 'project', 'Then ', '𝐚', '\ud835', 'bathe ', 'old-', 'the K8s ', 'a X ', 'an kit X ', 'the kit kit X kit');
    const text = fc.array(pieces, { maxLength: 14 }).map((p) => p.join(''));
    const name = fc.constantFrom('K8s', 'X', 'TPA', 'K8s X', 'a', 'é', 'kit', 'kit X', '-x', 'X.', 'a X', ' X', 'X ', '');
    let matched = 0;
    fc.assert(fc.property(text, name, (t, n) => {
      const expected = [...t.matchAll(pattern(n))].map((m) => ({ quote: m[1], noun: m[2], next: m[3] }));
      if (expected.length) matched++;
      expect([...categoryMatches(t, n)]).toEqual(expected);
    }), { numRuns: 20000 });
    // The property is only worth something if the pattern matches often.
    expect(matched).toBeGreaterThan(400);
    expect([...categoryMatches('We use the old Kubernetes project daily, and the Kubernetes release cycles.', 'Kubernetes')]).toEqual([
      { quote: 'the old Kubernetes project', noun: 'project', next: 'daily' },
      { quote: 'the Kubernetes release', noun: 'release', next: 'cycles' },
    ]);
    // A name that starts with a lower-case word: the word before it is tried, then none.
    expect([...categoryMatches('the kit X project', 'kit X')]).toEqual([{ quote: 'the kit X project', noun: 'project', next: undefined }]);
  });
});

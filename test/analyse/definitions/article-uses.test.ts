import { describe, expect, it } from 'vitest';
import { fromList } from '../../../src/analyse/definitions/article-uses.js';

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
  it('passes every text the pattern matches', async () => {
    const fc = (await import('fast-check')).default;
    const { mayNameCategory } = await import('../../../src/analyse/definitions/article-uses.js');
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = (name: string) => new RegExp(`((?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+)?${esc(name)}\\s+(\\p{Ll}[\\p{Ll}-]+))(?:\\s+(\\p{Ll}[\\p{Ll}-]+))?`, 'gu');
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

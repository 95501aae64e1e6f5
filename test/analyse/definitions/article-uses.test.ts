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

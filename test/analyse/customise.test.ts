import { describe, expect, it } from 'vitest';
import { customiseGuide } from '../../src/analyse/customise.js';
import { sampleGuide } from '../helpers/sample-guide.js';

describe('customiseGuide', () => {
  it('replaces a term’s definition with the teacher’s, keeping nothing of where the old one came from', () => {
    const guide = sampleGuide();
    const [first, ...rest] = guide.sections;
    const composed = { term: 'dual-track strategy', definition: 'A kind of strategy (a plan).', kind: 'concept' as const, firstParagraph: first!.answerParagraphs[0]!.number, source: 'wordnet' as const, sourceWord: 'strategy' };
    const withTerm = { ...guide, sections: [{ ...first!, keyTerms: [composed] }, ...rest] };
    const out = customiseGuide(withTerm, { addTerms: [{ term: 'Dual-track strategy', definition: 'Working with both partners at once.' }] });
    const term = out.sections[0]!.keyTerms.find((t) => t.term === 'dual-track strategy')!;
    expect(term).toMatchObject({ definition: 'Working with both partners at once.', source: 'teacher' });
    expect(term).not.toHaveProperty('sourceWord');
    expect(out.glossary.find((g) => g.term === 'dual-track strategy')).not.toHaveProperty('sourceWord');
  });
});

/** Words the tagger calls nouns that the sentence uses as verbs or adjectives are not key terms. */
import { describe, expect, it } from 'vitest';
import { isVerbInDisguise } from '../../../src/analyse/key-terms/candidates.js';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { tagInterview } from '../../../src/analyse/key-terms/tokens.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

/** The words of an answer that isVerbInDisguise finds, with the tokens the key-term passes see. */
function disguised(sentence: string): string[] {
  const sentences = tagInterview(simpleInterview(`Q: What then?\n\nA: ${sentence}`)).filter((s) => s.paragraph === 2);
  return sentences.flatMap((s) => s.tokens.filter((_, i) => isVerbInDisguise(s.tokens, i)).map((t) => t.value));
}

describe('isVerbInDisguise', () => {
  it('finds a verb after a modal, after "to" before its object or the end, and an adjective after "is"', () => {
    expect(disguised('The bot that will sync the merged commits to the staging repositories.')).toEqual(['sync']);
    expect(disguised('Good to — good to reconnect.')).toEqual(['reconnect']);
    expect(disguised('Modernisation is foundational to effective cybersecurity.')).toEqual(['foundational']);
  });

  it('leaves nouns alone: after "to" when the dictionary knows the noun, or when a noun follows "is …al"', () => {
    expect(disguised('We went to school and talked to the press.')).toEqual([]);
    expect(disguised('The problem is cybersecurity, and the answer is regional cooperation.')).toEqual([]);
    expect(disguised('Trade diversification will take time.')).toEqual([]);
    // After a modal in a question comes its subject.
    expect(disguised('How will climate change affect your farm next year?')).toEqual([]);
  });
});

describe('key terms', () => {
  it('are not made of such words', () => {
    const interview = simpleInterview(`Q: What happens to the code?

A: A publishing bot will sync the merged commits to the staging repositories. Good to reconnect. Dependency management is foundational to the project, and the staging repositories are public.`);
    const terms = extractKeyTerms(interview).flat().map((t) => t.term.toLowerCase());
    expect(terms).not.toContain('sync');
    expect(terms).not.toContain('reconnect');
    expect(terms).not.toContain('foundational');
    expect(terms.some((t) => t.includes('staging repositor'))).toBe(true);
  });
});

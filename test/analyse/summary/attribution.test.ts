import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Token } from '../../../src/analyse/nlp.js';
import { surnameOf, speakerRef, trimLead, thirdPerson, lowerFirst, speaksInFirstPerson, seenLowerIn, seenCapitalMidIn, escapeRegExp, isElliptical } from '../../../src/analyse/summary/attribution.js';

describe('speaker names', () => {
  it('takes the surname, skipping titles and keeping hyphenated names whole', () => {
    expect(surnameOf('Dr Julián Castro-Rea')).toBe('Castro-Rea');
    expect(surnameOf('Prof. Mary Beard')).toBe('Beard');
    expect(surnameOf('Martin Luther King Jr.')).toBe('King');
    expect(surnameOf('danah boyd')).toBe('boyd');
  });

  it('falls back to a phrase from the label', () => {
    expect(speakerRef({ name: null, label: 'SENIOR ADMINISTRATION OFFICIAL' })).toMatchObject({ subject: 'The senior administration official', mid: 'the senior administration official' });
    expect(speakerRef({ name: null, label: 'A' }).subject).toBe('The interviewee');
    expect(speakerRef({ name: null, label: 'JCR' }).subject).toBe('JCR');
  });
});

describe('trimLead', () => {
  it.each([
    ['Without question, the main driver of the change is the deterioration of relations.', 'the main driver of the change is the deterioration of relations.'],
    ['As I explained in the previous question, Carney is also listening to the public.', 'Carney is also listening to the public.'],
    ['However, the window of opportunity will not last forever.', 'the window of opportunity will not last forever.'],
    ['The most important area is, in my opinion, teaming up to resist unilateralism.', 'The most important area is teaming up to resist unilateralism.'],
    ['I think the main problem is trust between the two countries.', 'the main problem is trust between the two countries.'],
    ['And then, similarly, Singapore has an interesting model for the security of devices.', 'Singapore has an interesting model for the security of devices.'],
    ['For example, the kubernetes/client-go repository is actually a staging repo.', 'the kubernetes/client-go repository is actually a staging repo.'],
  ])('%s', (input, output) => {
    expect(trimLead(input)).toBe(output);
  });

  it('leaves a short sentence alone', () => {
    expect(trimLead('Yes, exactly.')).toBe('Yes, exactly.');
  });
});

describe('isElliptical', () => {
  it('tells a sentence that leans on the question from one that stands alone', () => {
    expect(isElliptical('Yes, absolutely, and the sooner the better.')).toBe(true);
    expect(isElliptical('Precisely, because if you’d like to contribute to any of the staging repos, you will need to send in a PR.')).toBe(true);
    expect(isElliptical('Exactly.')).toBe(true);
    expect(isElliptical('Precisely this openness is what the project needs.')).toBe(false);
    expect(isElliptical('The first step is to join our slack.')).toBe(false);
  });
});

describe('agreement and case', () => {
  it('inflects verbs for a named subject', () => {
    expect(thirdPerson('feel')).toBe('feels');
    expect(thirdPerson('try')).toBe('tries');
    expect(thirdPerson('watch')).toBe('watches');
    expect(thirdPerson('have')).toBe('has');
  });

  it('lower-cases a common first word but not a name', () => {
    expect(lowerFirst('Geographic ties pull Canadians south.', undefined, 'Geographic ties pull Canadians south.')).toBe('geographic ties pull Canadians south.');
    expect(lowerFirst('Canada wants trade.', undefined, 'It is Canada that wants trade.')).toBe('Canada wants trade.');
    expect(lowerFirst('US policy changed.')).toBe('US policy changed.');
  });

  it('lower-cases a word the tagger took for a name when the dictionary lists it in lower case', () => {
    const propn = { value: 'Computers', pos: 'PROPN' } as Token;
    const text = 'Computers do the checking; people still design the rules.';
    expect(lowerFirst(text, propn, text)).toBe('computers do the checking; people still design the rules.');
    // A name the article writes capitalised mid-sentence, or one followed by another capitalised word, stays.
    expect(lowerFirst('Hope came early.', { value: 'Hope', pos: 'PROPN' } as Token, 'Hope came early. We met Hope at noon.')).toBe('Hope came early.');
    expect(lowerFirst('Mark Carney began his visit.', { value: 'Mark', pos: 'PROPN' } as Token, 'Mark Carney began his visit.')).toBe('Mark Carney began his visit.');
    expect(lowerFirst('Ottawa wants trade.', { value: 'Ottawa', pos: 'PROPN' } as Token, 'Ottawa wants trade.')).toBe('Ottawa wants trade.');
  });

  it('finds the speaker saying "I" outside quotation marks only', () => {
    expect(speaksInFirstPerson("I'm not a musician.")).toBe(true);
    expect(speaksInFirstPerson('They said "I will go" and left.')).toBe(false);
    expect(speaksInFirstPerson('World War II ended.')).toBe(false);
  });
});

describe('how a passage writes a word, without a pattern per word', () => {
  const lowerRef = (text: string, lower: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(text);
  const capitalRef = (text: string, word: string) => new RegExp(`[\\p{L},;] ${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);
  // Words as lowerFirst takes them: a run of letters, digits, apostrophes and hyphens.
  const wordOf = (s: string) => /^[\p{L}\p{N}'’-]+/u.exec(s)?.[0] ?? '';

  it('agrees with the patterns it replaces', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', 'é', 'É', '1', "'", '’', '-', ' ', ',', ';', '.', '𝐀', '𝐚', '\ud835', '\udc00', 'ß', 'İ');
    const str = (max: number) => fc.array(alphabet, { maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(str(30), str(5), (text, w) => {
        const word = wordOf(w);
        if (!word) return;
        const lower = word[0]!.toLowerCase() + word.slice(1);
        expect(seenLowerIn(text, lower)).toBe(lowerRef(text, lower));
        expect(seenCapitalMidIn(text, word)).toBe(capitalRef(text, word));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads letters beyond the BMP as letters on either side', () => {
    for (const [text, word] of [['𝐀ab ab', 'ab'], ['ab𝐀', 'ab'], ['𝐀 Ab', 'Ab'], [', Ab𝐀', 'Ab'], ['\udc00ab', 'ab'], ['x\ud835 Ab', 'Ab']] as const) {
      expect(seenLowerIn(text, word)).toBe(lowerRef(text, word));
      expect(seenCapitalMidIn(text, word)).toBe(capitalRef(text, word));
    }
  });
});

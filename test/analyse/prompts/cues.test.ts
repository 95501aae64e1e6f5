import { describe, expect, it } from 'vitest';
import { findCues, isArguable, isDebatable } from '../../../src/analyse/prompts/cues.js';
import { sentencesOf } from '../../../src/analyse/summary/sentences.js';

const cuesOf = (text: string) => findCues(sentencesOf([{ number: 1, text }]));
const kinds = (text: string) => cuesOf(text).map((c) => c.kind);

describe('findCues', () => {
  it('finds reasons and drivers', () => {
    const c = cuesOf('Canada is reluctant to lift the ban, since Ottawa is under pressure from domestic auto makers.');
    expect(c.find((x) => x.kind === 'reason')).toMatchObject({ effect: 'Canada is reluctant to lift the ban', cause: 'since Ottawa is under pressure from domestic auto makers' });
    expect(cuesOf('Without question, the main driver of the rapprochement is the deterioration of relations.').find((x) => x.kind === 'driver')?.phrase).toBe('the main driver of the rapprochement');
  });

  it('finds contrasts', () => {
    expect(cuesOf("It's not so much about economic benefits but about hurting national pride.").find((x) => x.kind === 'contrast')?.phrase).toBe('not so much about economic benefits but about hurting national pride');
    expect(kinds('Ottawa wants concessions. However, the window will close soon enough for everyone.')).toContain('contrast');
  });

  it('finds recommendations and predictions, but not the speaker\'s own plans', () => {
    expect(kinds('Ottawa and Beijing must seize the current opportunity.')).toContain('recommendation');
    expect(kinds('The window of opportunity will not last forever.')).toContain('prediction');
    expect(kinds('I need to have time and space for another kit.')).not.toContain('recommendation');
    expect(kinds('Good sound does not have to cost a lot.')).not.toContain('recommendation');
  });

  it('finds evidence and quoted phrases', () => {
    expect(cuesOf('A recent Ipsos poll shows that 54 percent of respondents support stronger ties.').find((x) => x.kind === 'evidence')?.phrase).toMatch(/poll|54 percent/);
    expect(cuesOf('Disputes over "foreign interference" clouded relations.').find((x) => x.kind === 'quote')?.phrase).toBe('foreign interference');
  });

  it('reads "will" in a relative clause or after a generic "you" as a description, not as a forecast', () => {
    expect(isDebatable(sentencesOf([{ number: 1, text: 'In the main repository, you will come across a directory called staging.' }])[0]!)).toBe(false);
    const debatable = (text: string) => isDebatable(sentencesOf([{ number: 1, text }])[0]!);
    expect(debatable('Once the code merges there, we have a bot called the publishing-bot that will sync the merged commits.')).toBe(false);
    expect(debatable('The window of opportunity will close within two years for both countries.')).toBe(true);
    expect(kinds('That will change everything for Canadian farmers.')).toContain('prediction');
    expect(kinds("That won't last very long in this market.")).toContain('prediction');
    expect(kinds('Once the code merges, a bot which will sync the commits runs on its own.')).not.toContain('prediction');
  });

  it('tells a position from a report of what the speaker did', () => {
    const [position] = sentencesOf([{ number: 1, text: 'China is the obvious first step in this global strategy.' }]);
    const [report] = sentencesOf([{ number: 1, text: 'I went to a military school of electrical engineering.' }]);
    expect(isArguable(position!)).toBe(true);
    expect(isArguable(report!)).toBe(false);
  });
});

describe('cues remembered per tagged sentence', () => {
  const text = 'However, Ottawa and Beijing must seize the opportunity, since the window will close "very soon" for everyone.';

  it('gives each new SourceSentence its own cues, pointing at it, as when first found', async () => {
    const { forgetTagged } = await import('../../../src/analyse/nlp.js');
    forgetTagged();
    const first = sentencesOf([{ number: 1, text: `Fine. ${text}` }]);
    const cues = findCues(first);
    const again = sentencesOf([{ number: 1, text: `Fine. ${text}` }]);
    const cuesAgain = findCues(again);
    expect(cuesAgain.map(({ sentence, ...c }) => ({ ...c, text: sentence.text }))).toEqual(cues.map(({ sentence, ...c }) => ({ ...c, text: sentence.text })));
    expect(cuesAgain.every((c) => again.includes(c.sentence))).toBe(true);
    expect(cues.map((c) => c.kind)).toContain('contrast');
    // The same sentence first in its passage: no contrast with what came before.
    const alone = findCues([{ ...again[1]!, index: 0 }]).map((c) => c.kind);
    expect(alone).not.toContain('contrast');
    expect(alone).toEqual(cues.filter((c) => c.kind !== 'contrast' || c.phrase).map((c) => c.kind));
  });

  it('does not answer for a sentence that shares the tokens but not the text', () => {
    const [s] = sentencesOf([{ number: 1, text: 'Ottawa and Beijing must seize the current opportunity.' }]);
    // With tokens of its own, nothing can have been remembered for it.
    const fresh = <T extends { tokens: readonly unknown[] }>(x: T): T => ({ ...x, tokens: [...x.tokens] });
    const kindsOf = (x: typeof s) => findCues([x!]).map((c) => c.kind);
    const want = kindsOf(fresh(s!));
    expect(kindsOf(s)).toEqual(want);
    expect(want).toContain('recommendation');
    const other = { ...s!, text: 'I went to the shop and bought a few things yesterday.', words: 11 };
    expect(isArguable(other)).toBe(isArguable(fresh(other)));
    expect(isArguable(other)).toBe(false);
    expect(kindsOf(other)).toEqual(kindsOf(fresh(other)));
    expect(kindsOf(other)).not.toContain('recommendation');
    expect(kindsOf(s)).toEqual(want);
  });
});

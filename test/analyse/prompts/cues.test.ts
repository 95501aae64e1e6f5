import { describe, expect, it } from 'vitest';
import { findCues, isArguable } from '../../../src/analyse/prompts/cues.js';
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

  it('tells a position from a report of what the speaker did', () => {
    const [position] = sentencesOf([{ number: 1, text: 'China is the obvious first step in this global strategy.' }]);
    const [report] = sentencesOf([{ number: 1, text: 'I went to a military school of electrical engineering.' }]);
    expect(isArguable(position!)).toBe(true);
    expect(isArguable(report!)).toBe(false);
  });
});

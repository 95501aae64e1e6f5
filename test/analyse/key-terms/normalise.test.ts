import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../../src/model.js';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const terms = (text: string, options = {}): KeyTerm[] => extractKeyTerms(simpleInterview(text), options).flat();
const named = (list: readonly KeyTerm[], term: string) => list.find((t) => t.term === term);

describe('normalising candidate terms', () => {
  it('turns "a diversification of trade" into trade diversification', () => {
    const list = terms('Q: What is the plan?\n\nA: The government wants a diversification of trade. Exporters welcome the diversification of trade because tariffs hurt them.');
    expect(named(list, 'trade diversification')?.variants).toContain('diversification of trade');
  });

  it('lemmatises plurals and drops articles and evaluative adjectives', () => {
    const list = terms('Q: Why now?\n\nA: Tariffs on steel hurt farmers, and tariffs raise prices. The outrageous unilateralism of the superpower angers allies, and unilateralism is spreading.');
    const words = list.map((t) => t.term);
    expect(words).toContain('unilateralism');
    expect(named(list, 'tariff')?.variants).toContain('Tariffs');
    expect(words.every((w) => !/^(the|a|an|outrageous)\b/i.test(w))).toBe(true);
  });

  it('merges a phrase’s singular and plural, naming it as the text mostly writes it', () => {
    const list = terms('Q: What is restricted?\n\nA: Critical minerals are restricted. Each critical mineral is tracked, and the critical minerals go to China.');
    expect(named(list, 'critical minerals')?.variants).toContain('critical mineral');
    expect(list.filter((t) => /critical mineral/.test(t.term))).toHaveLength(1);
  });

  it('merges a phrase written with a hyphen and with a space ("publishing-bot", "publishing bot")', () => {
    const list = terms('Q: Who syncs the code?\n\nA: A publishing-bot syncs the commits, and the publishing-bot needs help. Anyone can run the publishing bot locally.');
    const bots = list.filter((t) => /publishing.bot/i.test(t.term));
    expect(bots).toHaveLength(1);
    expect([bots[0]!.term, ...(bots[0]!.variants ?? [])].map((v) => v.toLowerCase())).toEqual(expect.arrayContaining(['publishing-bot', 'publishing bot']));
  });

  it('splits a title off a name, keeps hyphenated names whole and strips the possessive', () => {
    const list = terms("Q: What did the minister say?\n\nA: Canadian Foreign Minister Anita Anand met Julián Castro-Rea in Ottawa. Anand's message was clear: Castro-Rea's advice on reciprocity matters.");
    expect(named(list, 'Anita Anand')).toMatchObject({ kind: 'person', description: 'Canadian Foreign Minister' });
    expect(list.map((t) => t.term)).toContain('Julián Castro-Rea');
    expect(list.every((t) => !/'s$|’s$/.test(t.term) && t.term !== 'Castro' && t.term !== 'Rea')).toBe(true);
  });

  it('merges the forms of a name: Carney, Mark Carney, Prime Minister Carney', () => {
    const list = terms('Q: Who leads?\n\nA: Mark Carney leads the country. Prime Minister Carney travelled to Beijing, and Carney spoke about détente with the press.');
    const carney = list.filter((t) => /Carney/.test(t.term));
    expect(carney).toHaveLength(1);
    expect(carney[0]).toMatchObject({ term: 'Mark Carney', kind: 'person', description: 'Prime Minister' });
    expect(carney[0]!.variants).toEqual(expect.arrayContaining(['Carney']));
  });

  it('merges "the Meng Wanzhou affair" into Meng Wanzhou and "the US market" into US', () => {
    const list = terms('Q: What happened?\n\nA: The affairs of Meng Wanzhou soured ties. After the Meng Wanzhou affair, exporters feared the US market and its tariffs, because the US sets quotas.');
    expect(named(list, 'Meng Wanzhou')?.variants).toContain('Meng Wanzhou affair');
    const us = named(list, 'US');
    if (us) expect(us.variants).toContain('US market');
    expect(list.some((t) => t.term === 'Meng Wanzhou affair' || t.term === 'US market')).toBe(false);
  });

  it('reads an acronym in brackets as a form of its name', () => {
    const list = terms('Q: Who asked?\n\nA: A reporter from the Global Times (GT) asked about sanctions. GT reporters often ask about sanctions and embargoes.');
    const gt = named(list, 'Global Times');
    expect(gt?.variants).toContain('GT');
    expect(gt?.kind).toBe('organisation');
  });

  it('never makes a term of a speaker label, a pronoun, a number or a date', () => {
    const list = terms('GT: In 2020, on Thursday, what did you see?\n\nJCR: I saw 54 percent support for rapprochement. We, the researchers, measured polarisation in January.');
    for (const t of list) expect(['GT', 'JCR', 'I', 'We', '2020', 'Thursday', 'January', '54', 'percent']).not.toContain(t.term);
    expect(list.map((t) => t.term)).toContain('rapprochement');
  });

  it('removes the terms a teacher asked to remove, and uses the teacher’s definitions first', () => {
    const text = 'Q: Why?\n\nA: Rapprochement needs reciprocity. Unilateralism threatens rapprochement and reciprocity alike.';
    const removed = terms(text, { removeTerms: ['Reciprocity'] });
    expect(removed.map((t) => t.term)).not.toContain('reciprocity');
    const taught = terms(text, { glossary: [{ term: 'RAPPROCHEMENT', definition: 'when two sides become friendly again' }] });
    expect(named(taught, 'rapprochement')).toMatchObject({ source: 'teacher', definition: 'When two sides become friendly again.' });
  });

  it('adds a teacher’s glossary term that the ranking missed, where the text uses it', () => {
    const list = terms('Q: Why?\n\nA: The trade talks stalled over the ban. Rapprochement needs reciprocity.', { glossary: [{ term: 'trade talks', definition: 'Meetings to agree the rules of buying and selling between countries.' }] });
    expect(named(list, 'trade talks')).toMatchObject({ source: 'teacher', firstParagraph: 2 });
  });

  it('returns fewer terms for a tiny answer, and an empty list for an unanswered question', () => {
    const result = extractKeyTerms(simpleInterview('Q: Thoughts on tariffs?\n\nA: No comment.\n\nQ: And the embargo?'));
    expect(result).toHaveLength(2);
    expect(result[0]!.length).toBeLessThanOrEqual(3);
    expect(result[1]!.length).toBeLessThanOrEqual(3);
  });
});

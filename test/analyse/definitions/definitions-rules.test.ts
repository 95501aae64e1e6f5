/** The rules of issue 3: phrases from their head noun, senses that fit, capitals as governments, short quotes. */
import { describe, expect, it } from 'vitest';
import type { Interview, SourcedSentence } from '../../../src/model.js';
import { defineTerm, type DefinitionRequest } from '../../../src/analyse/definitions/index.js';
import { clauseAround, quoteContext } from '../../../src/analyse/definitions/quote.js';
import { usedAsGovernment } from '../../../src/analyse/definitions/metonym.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const interview: Interview = simpleInterview('Q: What now?\n\nA: We wait.');
const sentence = (text: string, paragraph = 6): SourcedSentence => ({ text, paragraph });
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z-]{3,}/g) ?? []);
const request = (term: string, text: string, over: Partial<DefinitionRequest> = {}): DefinitionRequest => ({
  term, kind: 'concept', variants: [], lemmas: term.toLowerCase().split(' '), firstParagraph: 6,
  firstSentence: sentence(text), sectionWords: words(text), articleWords: words(text), ...over,
});

describe('phrases WordNet lacks, from the head noun', () => {
  const text = 'An area where Canada is reluctant to make concessions is lifting the ban and punitive tariffs on imported electric vehicles from China, since Ottawa is under pressure from domestic auto makers.';

  it('gives the head’s gloss, what a rare adjective adds, and the clause that shows the use', () => {
    const d = defineTerm(request('punitive tariffs', text, { lemmas: ['punitive', 'tariff'] }), interview, [sentence(text)]);
    expect(d.source).toBe('wordnet');
    expect(d.definition).toMatch(/^A kind of tariff \(a government tax on imports or exports\) that is punitive \(inflicting punishment\); here, “…/);
    expect(d.definition).toMatch(/punitive tariffs on imported electric vehicles from China…” \(¶6\)\.$/);
    expect(d.definition.toLowerCase()).not.toMatch(/^punitive tariffs? is/);
  });

  it('names a modifier that is a name, and never builds on a capitalised head (a product)', () => {
    const poll = 'A recent Ipsos poll shows that 54 percent of Canadian respondents now support stronger trade ties with China.';
    expect(defineTerm(request('Ipsos poll', poll), interview, []).definition).toMatch(/^A poll \(an inquiry into public opinion.*\) connected with Ipsos; here, /);
    expect(defineTerm(request('Time Machine', 'My Time Machine is very very central to my household setup.'), interview, []).source).toBe('context');
  });

  it('does not compose when the head’s sense is not clear in the text', () => {
    // "bot" has one WordNet sense, a botfly larva: a living thing in a text about software.
    const bot = 'Especially areas like the publishing bot, so get involved in the code organization channel for the repository.';
    expect(defineTerm(request('publishing bot', bot), interview, []).source).toBe('context');
  });
});

describe('senses that fit the text', () => {
  it('weighs the gloss, examples and related words of each sense against the section', () => {
    const trade = 'Beyond bilateral trade between the two countries, exports and imports of goods and markets for buying and selling matter.';
    expect(defineTerm(request('bilateral trade', trade), interview, []).definition).toMatch(/^A kind of trade \(the commercial exchange/);
  });

  it('takes the sense that names the phrase’s modifier when only one does ("system architecture")', () => {
    const text = 'My profession is IT management, system architecture, and networking.';
    const d = defineTerm(request('system architecture', text), interview, []);
    expect(d.definition).toMatch(/^A kind of architecture \(the structure and organization of a computer's hardware or system software\)/);
    expect(d.sourceWord).toBe('architecture');
  });

  it('reads the modifier in a sense’s gloss and examples, not in its related words (the compound itself)', () => {
    const net = 'The council wants a safety net for families who lose their homes in the floods.';
    expect(defineTerm(request('safety net', net), interview, []).definition).not.toMatch(/fabric of string or rope/);
    const line = 'Several members refused to follow the party line on the budget vote this week.';
    expect(defineTerm(request('party line', line), interview, []).definition).not.toMatch(/telephone/);
  });

  it('gives no gloss for a word whose usual sense WordNet lacks, unless the text plainly means an old one', () => {
    const hack = 'Bad actors discovered four vulnerabilities on the servers and worked hard to exploit them; the hack hit thousands of companies.';
    expect(defineTerm(request('hack', hack), interview, []).source).toBe('context');
    const amp = 'I built the headphone amp without owning headphones; the current through the circuit is tiny.';
    expect(defineTerm(request('headphone amp', amp), interview, []).definition).not.toMatch(/unit of electric current/);
    const cloud = 'The cloud formed as water vapour cooled into ice particles and droplets suspended high in the sky, at a considerable altitude above the ground.';
    expect(defineTerm(request('cloud', cloud), interview, []).definition).toMatch(/water or ice particles/);
  });

  it('does not call a candidate a politician in a software text', () => {
    const text = 'Some of these changes are also candidates for backporting to our supported release branches of the repository code.';
    expect(defineTerm(request('candidate', text, { variants: ['candidates'] }), interview, []).definition).not.toMatch(/politician/);
  });
});

describe('capitals used for their governments', () => {
  const ottawa = [sentence('Ottawa wishes to get concessions from Beijing without giving much in exchange.', 6)];

  it('defines the capital as the government when the text makes it act', () => {
    expect(usedAsGovernment(['Ottawa'], ottawa)).toBe(true);
    expect(usedAsGovernment(['Washington'], [sentence('The era of deep ties with Washington is over.')])).toBe(true);
    expect(usedAsGovernment(['Ottawa'], [sentence('I flew to Ottawa on Monday and the weather was cold.')])).toBe(false);
    expect(usedAsGovernment(['Ottawa'], [sentence('The Ottawa trip was fun.')])).toBe(false);
    expect(usedAsGovernment(['Ottawa'], [sentence('This trip takes place as Ottawa, under the Carney administration, pivots toward a new policy.')])).toBe(true);
    expect(usedAsGovernment(['Ottawa'], [sentence('Beijing and Ottawa must seize the current opportunity.')])).toBe(true);
    const d = defineTerm(request('Ottawa', ottawa[0]!.text, { kind: 'place' }), interview, ottawa);
    expect(d).toEqual({ definition: 'Here, the government of Canada, called by the name of its capital city, Ottawa.', source: 'wordnet' });
    const w = defineTerm(request('Washington', 'Ties with Washington are over.', { kind: 'place' }), interview, [sentence('The era of ties with Washington is over.')]);
    expect(w.definition).toMatch(/^Here, the federal government of the United States, called by the name of its capital city, Washington\.$/);
  });

  it('keeps the city when it is only a place', () => {
    const d = defineTerm(request('Ottawa', 'I flew to Ottawa, the capital, on Monday.', { kind: 'place' }), interview, [sentence('I flew to Ottawa on Monday.')]);
    expect(d.definition).toMatch(/capital of Canada/);
  });
});

describe('quoting the shortest clause', () => {
  it('quotes the clause around the term, not the whole sentence', () => {
    const long = 'Canada is pursuing a dual-track strategy in cooperating with China, expanding trade while restricting cooperation in sensitive areas like AI and critical minerals.';
    expect(clauseAround(long, ['critical minerals'])).toEqual({ text: 'in sensitive areas like AI and critical minerals', cutBefore: true, cutAfter: false });
    const q = quoteContext('AI', sentence(long, 5));
    expect(q).toBe('In the article: “…in sensitive areas like AI and critical minerals” (¶5)');
    expect(q.split(' ').length).toBeLessThan(20);
  });

  it('keeps the text as written around brackets', () => {
    const s = 'The affairs of Meng Wanzhou and the two Michaels [Michael Spavor and Michael Kovrig] and disputes over foreign interference clouded relations.';
    expect(clauseAround(s, ['Michael Kovrig'])!.text).toContain('[Michael Spavor and Michael Kovrig]');
  });
});

describe('more of what the article says', () => {
  it('spells out lower-case acronyms, says what a thing is used for, names its group and its kind', () => {
    const s = (text: string, p = 9) => [sentence(text, p)];
    expect(defineTerm(request('UCG', ''), interview, s('We stood up a Unified Coordination Group to lead the response.', 26)).definition)
      .toBe('Short for Unified Coordination Group, as the article names it in ¶26.');
    expect(defineTerm(request('SMD', ''), interview, s('I made a filter using only surface-mount device (SMD) components.', 22)))
      .toEqual({ definition: 'Short for surface-mount device, as the article spells it out in ¶22.', source: 'article' });
    expect(defineTerm(request('Bookends', ''), interview, s('I use Bookends to organize research articles.')).definition)
      .toBe('Something used to organize research articles, as the article says in ¶9.');
    expect(defineTerm(request('Adobe CS4', ''), interview, s('On my Mac, there are the obvious tools - Mail, Calendar, Adobe CS4, iTunes.')).definition)
      .toBe('One of the obvious tools the article names in ¶9, along with Mail, Calendar, iTunes.');
    const about = 'My work on the Kubernetes project is a task I share with many contributors.';
    const k8s = defineTerm(request('Kubernetes', about), interview, s(about, 4));
    expect(k8s).toMatchObject({ source: 'article', definition: expect.stringMatching(/^The name of a project \(any piece of work that is undertaken or attempted\), as in “the Kubernetes project” \(¶4\)\.$/) });
    // A noun whose sense the text does not support may not say what the name is ("the Microsoft Exchange hack").
    expect(defineTerm(request('Microsoft Exchange', ''), interview, s('Some information on the Microsoft Exchange hack.')).source).toBe('context');
    // An acronym before a noun is a modifier, not the name of that kind of thing.
    expect(defineTerm(request('DIY', ''), interview, s('It came as a DIY kit.')).definition).not.toMatch(/name of a kit/);
  });
});

describe('plural heads WordNet lists on their own', () => {
  it('reads "relations" as a plural', () => {
    const text = 'China is willing to work with Canada to bring bilateral relations forward on a steady track between both countries.';
    const d = defineTerm(request('bilateral relations', text, { lemmas: ['bilateral', 'relation'] }), interview, []);
    expect(d.definition).toMatch(/^Relations \(mutual dealings or connections or communications among persons or groups\)/);
    expect(d.definition).not.toMatch(/A kind of relations/);
  });
});

describe('an action named by its noun ("a diversification of trade")', () => {
  const text = 'The Canadian government is listening and is attempting a diversification of trade and strategic partners.';

  it('takes the act sense of the head and says what it is applied to', () => {
    const d = defineTerm(request('trade diversification', text, { variants: ['diversification of trade'], lemmas: ['trade', 'diversification'] }), interview, [sentence(text)]);
    expect(d.source).toBe('wordnet');
    expect(d.definition).toMatch(/^Diversification \(the act of introducing variety\) in trade/);
  });

  it('never nests parentheses inside a gloss it puts in parentheses', () => {
    const d = defineTerm(request('Trump administration', 'Canadians felt betrayed when the second Trump administration imposed extra tariffs on Canadian exports to the US.', { kind: 'organisation', lemmas: ['trump', 'administration'] }), interview, []);
    expect(d.definition).not.toMatch(/\([^)]*\(/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Interview, SourcedSentence } from '../../../src/model.js';
import { defineTerm, quoteContext, type DefinitionRequest } from '../../../src/analyse/definitions/index.js';
import { asSentence, isUsableDefinition } from '../../../src/analyse/definitions/check.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const interview: Interview = {
  ...simpleInterview('GT: What now?\n\nJCR: Resist unilateralism.'),
  publication: 'Global Times',
  speakers: [
    { label: 'GT', name: 'Xia Wenxin', role: 'reporter for the Global Times', description: 'Xia Wenxin asks.', part: 'interviewer' },
    { label: 'JCR', name: 'Dr Julián Castro-Rea', role: 'political science professor at the University of Alberta in Canada', description: 'He answers.', part: 'interviewee' },
  ],
};

const sentence = (text: string, paragraph = 3): SourcedSentence => ({ text, paragraph });
const request = (term: string, over: Partial<DefinitionRequest> = {}): DefinitionRequest => ({
  term, kind: 'concept', variants: [], lemmas: term.toLowerCase().split(' '), firstParagraph: 3,
  firstSentence: sentence(`They spoke about ${term} at length.`), sectionWords: new Set(), ...over,
});

describe('checking definitions', () => {
  it('rejects circular, empty and too short definitions', () => {
    expect(isUsableDefinition('tariff', 'Tariff.')).toBe(false);
    expect(isUsableDefinition('tariff', 'A tax.')).toBe(false);
    expect(isUsableDefinition('tariff', 'Tariff is tariff.')).toBe(false);
    expect(isUsableDefinition('tariff', 'Tariff tariff tariff on goods.')).toBe(false);
    expect(isUsableDefinition('tariff', 'A government tax on imports.')).toBe(true);
    expect(isUsableDefinition('Anita Anand', 'Anita Anand is the Canadian Foreign Minister, mentioned in ¶2.', ['Anand'])).toBe(true);
  });

  it('writes sentences', () => {
    expect(asSentence('a tax on imports;')).toBe('A tax on imports.');
    expect(asSentence('Done.')).toBe('Done.');
  });
});

describe('defining terms in order of trust', () => {
  it('1. the teacher’s glossary wins, matched case-insensitively, also on variants', () => {
    const d = defineTerm(request('tariff', { variants: ['tariffs'] }), interview, [], [{ term: 'TARIFFS', definition: 'a tax on goods from abroad' }]);
    expect(d).toEqual({ definition: 'A tax on goods from abroad.', source: 'teacher' });
  });

  it('2. the article: speakers, titles, appositives, acronyms, "X is a …"', () => {
    expect(defineTerm(request('Julián Castro-Rea', { kind: 'person' }), interview, []).definition)
      .toBe('Julián Castro-Rea is a political science professor at the University of Alberta in Canada, who answers the questions in this interview.');
    expect(defineTerm(request('Anita Anand', { kind: 'person', description: 'Canadian Foreign Minister', firstParagraph: 2 }), interview, []))
      .toEqual({ definition: 'Anita Anand is the Canadian Foreign Minister, mentioned in ¶2.', source: 'article' });
    const appositive = defineTerm(request('Madhav Jivrajani', { kind: 'person' }), interview, [sentence('I talked with Madhav Jivrajani (VMware), a member of the Code Organization subproject.', 1)]);
    expect(appositive).toEqual({ definition: 'Madhav Jivrajani is a member of the Code Organization subproject, mentioned in ¶1.', source: 'article' });
    const acronym = defineTerm(request('NSC', { kind: 'organisation' }), interview, [sentence('The National Security Council (NSC) met on Friday.', 4)]);
    expect(acronym).toEqual({ definition: 'Short for National Security Council, as the article spells it out in ¶4.', source: 'article' });
    const copula = defineTerm(request('monorepo'), interview, [sentence('A monorepo is a single repository that holds the code of many projects.', 5)]);
    expect(copula).toEqual({ definition: 'A single repository that holds the code of many projects.', source: 'article' });
  });

  it('3. WordNet, with the sense that fits the section', () => {
    expect(defineTerm(request('unilateralism'), interview, [])).toMatchObject({ source: 'wordnet', definition: expect.stringMatching(/^The doctrine that nations/) });
    const ottawa = defineTerm(request('Ottawa', { kind: 'place', sectionWords: new Set(['canada', 'beijing']) }), interview, []);
    expect(ottawa).toMatchObject({ source: 'wordnet', definition: expect.stringMatching(/capital of Canada/) });
    // A product named like a common noun must not get the common noun's gloss.
    expect(defineTerm(request('Sidekick', { kind: 'concept' }), interview, []).source).toBe('context');
    // A surname alone is not looked up: WordNet's Trudeau is not Justin Trudeau.
    expect(defineTerm(request('Trudeau', { kind: 'person' }), interview, []).source).toBe('context');
  });

  it('4. otherwise the sentence where the term first appears, with its paragraph', () => {
    const d = defineTerm(request('depstat', { firstSentence: sentence('The project has also worked on a tool: depstat.', 5) }), interview, []);
    expect(d).toEqual({ definition: 'In the article: “The project has also worked on a tool: depstat.” (¶5)', source: 'context' });
  });

  it('shortens a long quoted sentence around the term', () => {
    const long = `${'word '.repeat(50)}the window of opportunity ${'more '.repeat(30)}end.`;
    const q = quoteContext('window of opportunity', sentence(long, 9));
    expect(q).toContain('window of opportunity');
    expect(q.split(' ').length).toBeLessThan(50);
    expect(q).toMatch(/^In the article: “….*…” \(¶9\)$/);
  });
});

describe('category sentences in the article', () => {
  it('reads "a bot called the publishing-bot" and "X, a type of …"', () => {
    const bot = defineTerm(request('publishing-bot'), interview, [sentence('Once the code merges there, we have a bot called the publishing-bot that will sync the commits.', 11)]);
    expect(bot).toEqual({ definition: 'A bot, as the article describes it in ¶11.', source: 'article' });
    const kind = defineTerm(request('phono stage'), interview, [sentence('I built a phono stage, a type of amplifier for record players, at home.', 5)]);
    expect(kind).toEqual({ definition: 'A type of amplifier for record players.', source: 'article' });
  });
});

describe('article definitions with what is remembered per sentence', () => {
  it('define each term of one shared list of sentences as they would alone', () => {
    const shared = [
      sentence('“A monorepo is a single repository that holds the code of many projects.', 5),
      sentence('The depbot is a small helper that updates the modules of every project.', 6),
      sentence('We wrote a bot called the publishing-bot to copy the code.', 7),
      sentence('Kustomize, a kind of configuration overlay tool for manifests, is popular.', 8),
    ];
    const terms = ['monorepo', 'depbot', 'publishing-bot', 'Kustomize', 'monorepo'];
    const together = terms.map((t) => defineTerm(request(t), interview, shared));
    const alone = terms.map((t) => defineTerm(request(t), interview, shared.map((s) => ({ ...s }))));
    expect(together).toEqual(alone);
    expect(together.map((d) => d.definition)).toEqual([
      'A single repository that holds the code of many projects.',
      'A small helper that updates the modules of every project.',
      'A bot, as the article describes it in ¶7.',
      'A kind of configuration overlay tool for manifests.',
      'A single repository that holds the code of many projects.',
    ]);
  });
});

/** One test per rule from the teachers' review of the guides (issue 3, "Discussion prompts"). */
import { describe, expect, it } from 'vitest';
import type { Exchange, Interview, Prompt } from '../../../src/model.js';
import { writeSectionPrompts, writeBeforeReading, writeAfterReading, writeReadingCritically } from '../../../src/analyse/prompts/index.js';
import { sourcesOf, statement, quoted } from '../../../src/analyse/prompts/phrasing.js';
import { whyQuestion } from '../../../src/analyse/prompts/questions.js';
import { isDebatable } from '../../../src/analyse/prompts/cues.js';
import { sentencesOf } from '../../../src/analyse/summary/sentences.js';
import { speakerRef } from '../../../src/analyse/summary/attribution.js';
import { promptCases, seedTerms } from './fixtures.js';
import { seedInterview, boydInterview } from '../summary/articles.js';

const voice = { ref: speakerRef({ name: 'Dr Julián Castro-Rea', label: 'JCR' }), context: '' };
const sentence = (text: string) => sentencesOf([{ number: 1, text }])[0]!;
const seed = seedInterview();
const seedPrompts = (n: number): Prompt[] => writeSectionPrompts({ exchange: seed.exchanges[n - 1]!, interview: seed, keyTerms: seedTerms[n - 1]! });

describe('rule 1: one source sentence feeds at most one prompt of a section; four to six prompts', () => {
  for (const c of promptCases()) {
    it(`${c.name}`, () => {
      for (const e of c.interview.exchanges.filter((x) => x.answer.length)) {
        const prompts = writeSectionPrompts({ exchange: e, interview: c.interview, keyTerms: c.terms[e.number - 1] ?? [] });
        expect(prompts.length).toBeLessThanOrEqual(6);
        // A sentence serves twice only to reach the minimum of four prompts over three levels, and then only one sentence.
        const built = prompts.flatMap((p) => sourcesOf(p));
        const repeats = built.length - new Set(built).size;
        if (repeats > 0) {
          const seen = new Set<string>();
          const fresh = prompts.filter((p) => { const ok = sourcesOf(p).every((x) => !seen.has(x)); for (const x of sourcesOf(p)) seen.add(x); return ok; });
          const short = fresh.length < 4 || new Set(fresh.map((p) => p.level)).size < 3;
          expect(short, `§${e.number}: ${prompts.map((p) => p.text).join(' | ')}`).toBe(true);
        }
        if (sentencesOf(e.answer).length >= 4) expect(repeats, `§${e.number}`).toBeLessThanOrEqual(1);
      }
    });
  }

  it('no longer restates the seed §6 sentence in three prompts', () => {
    const on = seedPrompts(6).filter((p) => p.text.includes('the options are not the US or China'));
    expect(on.length).toBeLessThanOrEqual(1);
  });
});

describe('rule 2: connect prompts name the article\'s situation, never a template that fits any text', () => {
  it('has none of the generic connect templates', () => {
    for (const c of promptCases()) {
      for (const e of c.interview.exchanges) {
        for (const p of writeSectionPrompts({ exchange: e, interview: c.interview, keyTerms: c.terms[e.number - 1] ?? [] })) {
          expect(p.text).not.toMatch(/comes true, how might it affect people in your own country|Does anything like this happen in your own country or region|What example from your own life, school or community fits this/);
        }
      }
    }
  });

  it('maps the advice of the seed onto the students\' world with its actors and its action', () => {
    const connect = seedPrompts(1).find((p) => p.level === 'connect')!;
    expect(connect.text).toMatch(/build mutual trust first/);
    expect(connect.text).toMatch(/as Castro-Rea says Canada and China should/);
    expect(connect.text).toMatch(/your own country/);
  });
});

describe('rule 3: a sentence with a reason is asked about its reason', () => {
  it('asks why Canada is reluctant, not why Castro-Rea "thinks that" a whole sentence', () => {
    const texts = seedPrompts(2).map((p) => p.text);
    expect(texts).toContain('Why, according to Castro-Rea, is Canada reluctant to make concessions when it comes to lifting the ban and punitive tariffs on imported electric vehicles from China?');
    expect(texts.join(' ')).not.toMatch(/Why does Castro-Rea think that an area where/);
  });

  it('inverts auxiliaries and modals, uses do-support, and falls back on "why is it that"', () => {
    expect(whyQuestion('Ottawa and Beijing must seize the current opportunity', voice)).toBe('Why, according to Castro-Rea, must Ottawa and Beijing seize the current opportunity?');
    expect(whyQuestion('Ottawa learned the lesson that the US does not reciprocate', voice)).toBe('Why, according to Castro-Rea, did Ottawa learn the lesson that the US does not reciprocate?');
    expect(whyQuestion('Right now, China has a short window of opportunity', voice)).toMatch(/^According to Castro-Rea, why is it that right now, China has a short window of opportunity\?$/);
    // "has" that owns takes do-support; "has" before a participle inverts.
    expect(whyQuestion('Singapore has an interesting model for the security of devices', voice)).toBe('Why, according to Castro-Rea, does Singapore have an interesting model for the security of devices?');
    expect(whyQuestion('Ottawa has learned the lesson of the trade war', voice)).toBe('Why, according to Castro-Rea, has Ottawa learned the lesson of the trade war?');
  });
});

describe('rule 4: students are asked to agree only with arguable claims', () => {
  it('tells advice, judgements, forecasts and causes from facts and tastes', () => {
    expect(isDebatable(sentence('Canada and China need to build mutual trust first.'))).toBe(true);
    expect(isDebatable(sentence('However, the window of opportunity will not last forever.'))).toBe(true);
    expect(isDebatable(sentence('The RIAA filter was completely redesigned, and it is (to my knowledge) the only accurate RIAA filter circuit that uses standard E24 component values.'))).toBe(false);
    expect(isDebatable(sentence("I'm fascinated by the cultural logic behind people's engagement with different genres of social media."))).toBe(false);
  });

  it('never asks "Do you share this view?" and never asks agreement with a personal statement', () => {
    const boyd = boydInterview();
    for (const e of boyd.exchanges) {
      for (const p of writeSectionPrompts({ exchange: e, interview: boyd, keyTerms: [] })) {
        expect(p.text).not.toMatch(/Do you share this view/);
        if (/Do you agree/.test(p.text)) expect(p.text).not.toMatch(/“I(?:'m| am| love| want)/);
      }
    }
  });
});

describe('rule 5: a term is related only to the claim of its own sentence', () => {
  it('never pairs a term with another name that merely stands near it', () => {
    for (const c of promptCases()) {
      for (const e of c.interview.exchanges) {
        for (const p of writeSectionPrompts({ exchange: e, interview: c.interview, keyTerms: c.terms[e.number - 1] ?? [] })) {
          expect(p.text).not.toMatch(/mean by “[^”]+”, and how does it relate to/);
        }
      }
    }
  });

  it('asks about the term within its own claim', () => {
    expect(seedPrompts(3).map((p) => p.text)).toContain('What does Castro-Rea mean by “diversification of trade” in saying that the Canadian government is listening and is attempting a diversification of trade and strategic partners?');
  });
});

describe('rule 6: quotations are whole clauses', () => {
  it('does not quote a sentence that starts mid-sentence or holds a spoken aside', () => {
    expect(statement(sentence('Would be an optimal first approach to really address the problem.'), voice)).toBeNull();
    expect(statement(sentence('The federal government, as you know so well, is very large and we cannot change it.'), voice)).toBeNull();
  });

  it('reports a sentence without its aside, and curls inner straight quotes', () => {
    expect(statement(sentence('The federal government, as you know so well, is very large.'), voice)).toBe('Castro-Rea says that the federal government is very large.');
    expect(quoted('They called it the "51st state".')).toBe('“They called it the ‘51st state’”');
  });
});

describe('rule 7: the anticipation prompt names what the headline and editor\'s note are about', () => {
  it('asks about Canada and China for the seed, not the US', () => {
    const first = writeBeforeReading(seed, seedTerms)[0]!.text;
    expect(first).toMatch(/What do you already know about China and Canada/);
  });

  it('never uses a name the answers only use to address someone', () => {
    const iv: Interview = {
      ...seed,
      title: 'Press call on the response to the SolarWinds intrusions',
      context: [{ number: 1, text: 'Thank you, David. Today we talk about SolarWinds and the Microsoft Exchange hack.' }],
      exchanges: seed.exchanges.map((e) => ({ ...e, answer: e.answer.map((p) => ({ ...p, text: `Thank you, David. ${p.text}` })) })),
    };
    const texts = writeBeforeReading(iv, []).map((p) => p.text).join(' ');
    expect(texts).not.toMatch(/\bDavid\b/);
    expect(texts).toMatch(/SolarWinds/);
  });
});

describe('rule 8: after reading and reading critically', () => {
  it('counts the advice it compares', () => {
    const texts = writeAfterReading(seed, seedTerms).map((p) => p.text);
    const advice = texts.find((t) => /advice/.test(t))!;
    expect(advice).toMatch(/Which of these two pieces of advice is the more convincing/);
  });

  it('builds cross-section prompts only on terms the guide defines', () => {
    const undefinedTerms = seedTerms.map((list) => list.map((t) => ({ ...t, definition: t.term === 'Meng Wanzhou' ? '' : t.definition })));
    const texts = writeAfterReading(seed, undefinedTerms).map((p) => p.text);
    expect(texts.some((t) => /Meng Wanzhou comes up/.test(t))).toBe(false);
  });

  it('names the topic to find another source on, from the editor\'s note', () => {
    const texts = writeReadingCritically(seed).map((p) => p.text);
    expect(texts).toContain("Find another source on Carney's January 2026 visit to China, written from a different point of view. What does it say that this interview leaves out?");
  });
});

describe('rule 9: teacher evidence gives the sentences that answer the prompt', () => {
  it('adds the sentences that support the claim, beyond the one quoted', () => {
    const p = seedPrompts(1).find((x) => /How does Castro-Rea support the claim|What reasons|What evidence/.test(x.text))!;
    expect(p.evidence!.length).toBeGreaterThanOrEqual(2);
  });

  it('answers "who is X" with the sentence that says who X is, in the editor\'s note if need be', () => {
    const answer: Exchange = { ...seed.exchanges[0]!, answer: [{ number: 3, text: 'Carney wants a fresh start. Carney must build trust first. Trust takes time to build.', speaker: 'JCR' }] };
    const terms = [{ term: 'Mark Carney', definition: 'The Canadian Prime Minister.', kind: 'person' as const, firstParagraph: 3, source: 'article' as const, variants: ['Carney'] }];
    const who = writeSectionPrompts({ exchange: answer, interview: seed, keyTerms: terms }).find((p) => p.text.startsWith('Who is Mark Carney'))!;
    expect(who.evidence!.some((e) => e.paragraph === 1 && /Canadian Prime Minister Mark Carney/.test(e.text))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { topicOf } from '../../src/analyse/topic.js';
import { seedInterview, muffsyInterview, boydInterview } from './summary/articles.js';

const question = (iv: ReturnType<typeof seedInterview>, n: number) => iv.exchanges[n - 1]!.question.map((p) => p.text).join(' ');

describe('topicOf', () => {
  const seed = seedInterview();

  it('turns "How significant is X" into "The significance of X"', () => {
    expect(topicOf(question(seed, 1))).toBe("The significance of Carney's trip");
  });

  it('takes the referent from the statement when the question points back ("this tight rope")', () => {
    expect(topicOf(question(seed, 2))).toBe("Canada's dual-track strategy");
  });

  it('finds the main noun phrase of the question', () => {
    expect(topicOf(question(seed, 4))).toBe('Turbulence in Canada-US relations');
    expect(topicOf(question(seed, 7))).toBe('Promising areas for China-Canada collaboration');
    expect(topicOf('What kind of software do you use for hardware design?')).toBe('Hardware design');
  });

  it('never leaves half of a compound preposition ("in terms" without "of")', () => {
    const topic = topicOf('A project the size of Kubernetes must have unique challenges in terms of code organization -- is this a fair assumption? If so, what would you pick as some of the main challenges that are specific to Kubernetes?');
    expect(topic).toBe("Unique challenges in code organization");
  });

  it('keeps a short question whole, with its question mark, when no phrase in it names a topic', () => {
    expect(topicOf('Who are you, and what do you do?')).toBe('Who are you, and what do you do?');
    expect(topicOf('Can you tell me when you first noticed something was wrong?')).toBe('Can you tell me when you first noticed something was wrong?');
    expect(topicOf('And what would you like to see happen, in the end, when all is said and done?')).not.toMatch(/\?$/);
  });

  it('shows that a long question with no phrase to name it was cut', () => {
    expect(topicOf('So what would you say to all of those who are still wondering whether they should do it or not?')).toBe('So what would you say…');
    expect(topicOf('Is there anything else that you would like to add before we finish up here today?')).toBe('Is there anything else that you would like…');
    expect(topicOf('And what would you say that you did about it when it happened to you?')).toBe('And what would you say that you…');
  });

  it('gives two to six words, capitalised, without final punctuation but a whole question’s mark, for every question', () => {
    for (const iv of [seed, muffsyInterview(), boydInterview()]) {
      for (const e of iv.exchanges) {
        const t = topicOf(e.question.map((p) => p.text).join(' '));
        expect(t.split(/\s+/).length).toBeLessThanOrEqual(12);
        expect(t).toMatch(/^[\p{Lu}\p{N}]/u);
        expect(t).not.toMatch(/[.,;:!\s]$|[^\p{L}\p{N}]\?$/u);
        expect(t).not.toMatch(/undefined|null|["“”]/);
      }
    }
  });

  it('handles an empty question', () => {
    expect(topicOf('')).toBe('');
  });
});

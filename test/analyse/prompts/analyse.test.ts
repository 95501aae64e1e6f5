import { describe, expect, it } from 'vitest';
import { figurePhrase } from '../../../src/analyse/prompts/analyse.js';
import { quoted } from '../../../src/analyse/prompts/phrasing.js';

describe('figurePhrase', () => {
  it('gives a figure with the words after it, up to the next break', () => {
    expect(figurePhrase('In the poll, 54 percent of Canadian respondents, a record, said so.', '54 percent')).toBe('54 percent of Canadian respondents');
    expect(figurePhrase('Exports rose 12.5 percent last year.', '12.5 percent')).toBe('12.5 percent last year');
  });

  it('cut short, ends before the clause it was opening, never halfway through it', () => {
    const text = 'We have a little over 240 dependencies that we rely on either directly or indirectly, which is why it matters.';
    expect(figurePhrase(text, '240 dependencies')).toBe('240 dependencies');
  });

  it('cut short with no clause to end before, shows the cut with an ellipsis that the quotation keeps', () => {
    const phrase = figurePhrase('About 3 million tonnes of Canadian canola seed went to Chinese ports and buyers in the spring.', '3 million');
    expect(phrase).toBe('3 million tonnes of Canadian canola seed went…');
    expect(quoted(phrase!)).toBe('“3 million tonnes of Canadian canola seed went…”');
  });

  it('needs a figure and a word after it', () => {
    expect(figurePhrase('It was 40.', '40')).toBeNull();
    expect(figurePhrase('No figure here.', '40')).toBeNull();
  });
});

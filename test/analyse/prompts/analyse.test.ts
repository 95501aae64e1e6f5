import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../helpers/cli.js';
import { figurePhrase } from '../../../src/analyse/prompts/analyse.js';
import { quoted } from '../../../src/analyse/prompts/phrasing.js';
import { analyse } from '../../../src/analyse/index.js';
import { parseInterview } from '../../../src/parse/index.js';

const simpleInterview = (text: string) => parseInterview(text, 'test.txt');

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

describe('analyse prompts on what the speaker says', () => {
  it('ask for support or agreement only for claims, not for a fact or a description', () => {
    const iv = simpleInterview(
      'Q: How is the code laid out, and what should a newcomer do first?\n\nA: In the main repository, you will come across a directory called staging. The sub-folders in this directory serve as a bunch of separate repositories for other teams. Newcomers should read the contributor guide first, because it is the best way to avoid wasted work.',
    );
    const prompts = analyse(iv).sections[0]!.prompts.map((p) => p.text);
    const asksSupport = prompts.filter((p) => /claim that|reasons does .* give for thinking that|Do you agree/.test(p));
    expect(asksSupport.every((p) => !/directory called staging|sub-folders in this directory/.test(p)), asksSupport.join('\n')).toBe(true);
  });

  it('of a description asks what it is there for (the k8s interview)', () => {
    const iv = parseInterview(readFileSync(path.join(CORPUS, '01-k8s-sig-arch-code-organization.txt'), 'utf8'), 'k8s.txt');
    const prompts = analyse(iv).sections.flatMap((s) => s.prompts.map((p) => p.text));
    expect(prompts.some((p) => /^Why does Jivrajani point out that in the kubernetes\/kubernetes repository, you will come across a directory called staging/.test(p))).toBe(true);
    expect(prompts.some((p) => /claim that in the kubernetes\/kubernetes repository/.test(p))).toBe(false);
  });
});

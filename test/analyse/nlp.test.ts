import { describe, expect, it } from 'vitest';
import { splitSentences, tagText } from '../../src/analyse/nlp.js';

const tokenOf = (text: string, value: string) => tagText(text).flatMap((s) => s.tokens).find((t) => t.value === value);

describe('sentences and tokens of dotted names', () => {
  it('keep a web address written without a scheme in its sentence, as one token', () => {
    const text = 'The first step is to join our slack: slack.k8s.io, and after that join the channel. Then say hello.';
    expect(splitSentences(text)).toEqual(['The first step is to join our slack: slack.k8s.io, and after that join the channel.', 'Then say hello.']);
    expect(tokenOf(text, 'slack.k8s.io')).toMatchObject({ type: 'url', pos: 'SYM', spaceBefore: true });
    expect(tokenOf(text, 'io')).toBeUndefined();
    expect(splitSentences('I read nytimes.com and www.usesthis.com a lot.')).toEqual(['I read nytimes.com and www.usesthis.com a lot.']);
    // wink keeps the stop of "co." and "gov." as an abbreviation's.
    expect(splitSentences('Read bbc.co.uk daily. See gov.uk for details.')).toEqual(['Read bbc.co.uk daily.', 'See gov.uk for details.']);
    expect(tokenOf('Go to www.example.co.uk.', 'www.example.co.uk')).toMatchObject({ type: 'url' });
    expect(splitSentences('He went to www.gov.uk.It was down.')).toEqual(['He went to www.gov.uk.', 'It was down.']);
    // Once a name is begun, a function word may be a part of it.
    expect(splitSentences('I leverage del.icio.us to record the key sites.')).toHaveLength(1);
    expect(tokenOf('I leverage del.icio.us to record the key sites.', 'del.icio.us')).toMatchObject({ type: 'url' });
    expect(splitSentences('The U.S. is big. I moved to St. Louis. It was cold.')).toEqual(['The U.S. is big.', 'I moved to St. Louis.', 'It was cold.']);
  });

  it('keep names and file names with a stop inside as one word', () => {
    const text = 'We use Node.js and ASP.NET daily, and config.yaml holds the settings.';
    expect(splitSentences(text)).toEqual([text]);
    expect(tokenOf(text, 'Node.js')).toMatchObject({ type: 'word', pos: 'PROPN', normal: 'node.js', lemma: 'node.js' });
    expect(tokenOf(text, 'ASP.NET')).toMatchObject({ type: 'word', pos: 'PROPN' });
    expect(tokenOf(text, 'config.yaml')).toMatchObject({ type: 'word', pos: 'NOUN' });
  });

  it('still end a sentence where a space was left out before a capitalised word, and everywhere else', () => {
    expect(splitSentences('One example of this is client-go.However, we publish more.')).toEqual(['One example of this is client-go.', 'However, we publish more.']);
    expect(splitSentences('It ends here!Next one? The U.S. is big. It costs 2.5 dollars.')).toEqual(['It ends here!', 'Next one?', 'The U.S. is big.', 'It costs 2.5 dollars.']);
    expect(splitSentences('He said "Go home." Then he left.')).toEqual(['He said "Go home."', 'Then he left.']);
    expect(splitSentences('It was done.it was not.')).toHaveLength(2);
    expect(splitSentences('He was born in 1990.in 2000 he moved.')).toHaveLength(2);
    expect(tagText('I was 5.he was 6.').flatMap((s) => s.tokens).some((t) => t.type === 'url')).toBe(false);
  });

  it('give each sentence text the tokens it is made of', () => {
    for (const text of ['Join slack.k8s.io now. Visit example.org, or node.js.org.', 'Use v1.2.3 of config.yaml.']) {
      for (const s of tagText(text)) {
        const rebuilt = s.tokens.map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.value).join('');
        expect(rebuilt).toBe(s.text);
      }
    }
  });
});

import { parse } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readDate, readPageFacts, withoutSiteName } from '../../src/parse/html-facts.js';
import { htmlToText } from '../../src/parse/html.js';

describe('readDate', () => {
  it.each([
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, 5 Mar. 2024 10:00', '2024-03-05'],
    ['5th Sept 2024', '2024-09-05'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['yesterday', null],
    ['Ma 5 2024', null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(readDate(value)).toBe(expected);
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['Ten questions for a beekeeper | Garden Notes', 'Ten questions for a beekeeper'],
    ['Jane Okafor on rivers - The Daily Ledger', 'Jane Okafor on rivers'],
    ['Blog | A long story about bees', 'Blog | A long story about bees'],
    ['No site name here', 'No site name here'],
    ['Well-known co-founders talk', 'Well-known co-founders talk'],
  ])('%s → %s', (title, expected) => {
    expect(withoutSiteName(title)).toBe(expected);
  });
});

describe('readPageFacts', () => {
  it('reads schema.org JSON-LD, including an @graph and an author object', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': 'NewsArticle', datePublished: '2022-11-30T08:00:00+09:00', author: [{ '@type': 'Person', name: ' Kim  Lee ' }], articleBody: 'Q: Hi?\nA: Yes.' },
      ],
    };
    const facts = readPageFacts(parse(`<script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{broken</script><h1>Head</h1>`));
    expect(facts).toEqual({ title: 'Head', date: '2022-11-30', author: 'Kim Lee', publication: null, articleBody: 'Q: Hi?\nA: Yes.' });
  });

  it('prefers the headline in the article, then og:title, then any h1, then the <title>', () => {
    expect(readPageFacts(parse('<title>T | S</title><h1>Logo</h1><article><h1>In article</h1></article>')).title).toBe('In article');
    expect(readPageFacts(parse('<meta property="og:title" content="OG"><article><h1>Seen</h1></article>')).title).toBe('Seen');
    expect(readPageFacts(parse('<meta property="og:title" content="OG"><h1>H</h1>')).title).toBe('OG');
    expect(readPageFacts(parse('<title>T | Site</title><h1>H</h1>')).title).toBe('H');
    expect(readPageFacts(parse('<title>Only the title tag | S</title>')).title).toBe('Only the title tag');
    expect(readPageFacts(parse('<p>nothing</p>')).title).toBeNull();
  });

  it('ignores an author given as a profile URL', () => {
    expect(readPageFacts(parse('<meta name="author" content="https://example.org/staff/jo">')).author).toBeNull();
  });
});

describe('htmlToText front matter', () => {
  it('is valid YAML that gives back the values, whatever characters they hold', () => {
    const title = 'Q: "yes" #1 — a: b \\ {x} [y] & \'z\' %';
    const html = `<meta property="og:title" content="${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"><meta name="author" content="O'Brien: Jr."><meta property="article:published_time" content="2020-01-02"><p>Body.</p>`;
    const { text } = htmlToText(html);
    const match = /^---\n([\s\S]*?)\n---\n\nBody\.\n$/.exec(text);
    expect(match).not.toBeNull();
    expect(parseYaml(match?.[1] ?? '')).toEqual({ title, date: '2020-01-02', author: "O'Brien: Jr." });
  });

  it('reads a page whose body is empty markup from its JSON-LD articleBody', () => {
    const body = 'Q: Why did you leave?\nA: It was time.\n\nQ: And now?\nA: Now I garden.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'x', articleBody: body })}</script></head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>`;
    expect(htmlToText(html).text).toBe('Q: Why did you leave?\n\nA: It was time.\n\nQ: And now?\n\nA: Now I garden.\n');
  });

  it('keeps the markup when it holds the article, even if JSON-LD repeats it', () => {
    const long = 'Answer text that is long enough to count as an article. '.repeat(5);
    const html = `<script type="application/ld+json">{"articleBody": "Other text ${'x'.repeat(400)}"}</script><article><p><b>Q:</b> Why?</p><p>${long}</p></article>`;
    expect(htmlToText(html).text).toContain('**Q:** Why?');
  });
});

import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/parse/html.js';

const textOf = (html: string): string => htmlToText(`<!doctype html><html><body>${html}</body></html>`).text;
const para = (words: string, n = 1): string => Array.from({ length: n }, (_, i) => `<p>${words} ${i + 1}, with enough words to be a real paragraph of an article.</p>`).join('');

describe('finding the article on a page', () => {
  it('takes the interview <article> inside <main>, not the related-story cards beside it', () => {
    const text = textOf(`<main><article>${para('Interview', 6)}</article><section><article><p>Card teaser one about elsewhere.</p></article><article><p>Card teaser two.</p></article></section></main>`);
    expect(text).toContain('Interview 6');
    expect(text).not.toContain('Card teaser');
  });

  it('falls back to the densest block when the <article> holds only a teaser', () => {
    const text = textOf(`<div id="nav-ish"><a>Home</a> <a>News</a></div><article><p>Short teaser.</p></article><div id="story">${para('Body', 8)}</div>`);
    expect(text).toContain('Body 1');
    expect(text).toContain('Body 8');
  });

  it('never loses text a class name would wrongly drop, when that element wraps the article', () => {
    const aspnet = textOf(`<form id="aspnetForm"><div class="page has-sidebar"><main>${para('Kept', 3)}</main></div></form>`);
    expect(aspnet).toContain('Kept 3');
    const unsemantic = textOf(`<div class="content-with-ads">${para('Wrapped', 12)}</div><div class="ad">Buy now</div>`);
    expect(unsemantic).toContain('Wrapped 12');
    expect(unsemantic).not.toContain('Buy now');
  });

  it('does not mistake words that merely contain "ad" for ads', () => {
    const text = textOf(`<article><div class="lead-paragraph"><p>Lead.</p></div><div class="reader-header"><p>Heading text.</p></div><div class="download-box"><p>Download.</p></div>${para('Body', 2)}</article>`);
    expect(text).toContain('Lead.');
    expect(text).toContain('Heading text.');
    expect(text).toContain('Download.');
  });

  it('drops hidden and screen-reader-only text, skip links and bare "Advertisement" labels', () => {
    const text = textOf(
      `<a class="skip-link" href="#main">Skip to content</a><article><p hidden>HIDDEN</p><p style="display: none">NONE</p><p aria-hidden="true">ARIA</p>` +
        `<span class="sr-only">SCREEN READER</span><div>Advertisement</div><blockquote class="twitter-tweet">TWEET</blockquote>${para('Body', 2)}</article>`,
    );
    expect(text).not.toMatch(/Skip|HIDDEN|NONE|ARIA|SCREEN READER|Advertisement|TWEET/);
    expect(text).toContain('Body 2');
  });

  it('keeps hidden prose: the rest of an article behind a "Read more" button', () => {
    const rest = 'The rest of the answer, hidden until the reader presses the button, is still the article text. '.repeat(2);
    const text = textOf(`<article>${para('Shown', 2)}<div class="article-rest" style="display:none"><p>${rest}</p><p>${rest} Again.</p></div><button>Read more</button></article>`);
    expect(text).toContain('Again.');
    expect(text).not.toContain('Read more');
  });

  it('keeps an article header (headline, byline) but drops the page header', () => {
    const text = textOf(`<header><p>Site slogan</p></header><article><header><h1>Headline</h1><p>By A. Writer</p></header>${para('Body', 2)}</article>`);
    expect(text).not.toContain('Site slogan');
    expect(text).toMatch(/^---\ntitle: "Headline"\n---\n\nBy A\. Writer\n/);
  });

  it('keeps a closing paragraph that sits outside the block holding most of the text', () => {
    const closing = 'A closing answer paragraph that a stray end tag left outside the entry block, as broken pages do.';
    const text = textOf(`<div class="entry">${para('Answer', 8)}</div><p>${closing}</p>`);
    expect(text).toContain('Answer 8');
    expect(text).toContain(closing);
  });

  it('leaves short unmarked furniture outside the densest block behind', () => {
    const text = textOf(`<div id="top">Site tagline here</div><div id="wrap"><h2>Posted in News</h2><div class="entry">${para('Answer', 8)}</div><p>Copyright 2024 Some Site Ltd</p></div>`);
    expect(text).toContain('Answer 8');
    expect(text).not.toMatch(/tagline|Posted in|Copyright/);
  });

  it('reads a page with no paragraphs at all', () => {
    expect(textOf('<span>Only a span</span>')).toBe('Only a span\n');
  });

  it('survives absurdly deep nesting without losing the text', () => {
    const text = textOf(`${'<div>'.repeat(30000)}<p>Deep one</p><p>Deep two</p>${'</div>'.repeat(30000)}`);
    expect(text).toBe('Deep one\n\nDeep two\n');
  });
});

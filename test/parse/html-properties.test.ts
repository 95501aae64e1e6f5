import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/parse/html.js';

const word = fc.stringMatching(/^[a-z]{2,8}$/).map((w) => `w${w}`);
const words = fc.array(word, { minLength: 1, maxLength: 12 });

/** An article paragraph in one of the shapes pages use, with the words it must keep. */
const paragraph = fc.oneof(
  words.map((ws) => ({ html: `<p>${ws.join(' ')}</p>`, words: ws })),
  fc.tuple(words, words).map(([label, ws]) => ({ html: `<p><strong>${label.join(' ')}:</strong> ${ws.join(' ')}</p>`, words: [...label, ...ws] })),
  words.map((ws) => ({ html: `<h3>${ws.join(' ')}?</h3>`, words: ws })),
  fc.tuple(words, words).map(([a, b]) => ({ html: `<div>${a.join(' ')}<br>${b.join('&nbsp;')}</div>`, words: [...a, ...b] })),
  words.map((ws) => ({ html: `<ul>${ws.map((w) => `<li><em>${w}</em></li>`).join('')}</ul>`, words: ws })),
  words.map((ws) => ({ html: `<blockquote><p>${ws.join(' <b>')}${'</b>'.repeat(ws.length - 1)}</p></blockquote>`, words: ws })),
);

/** Page furniture whose words must not reach the output. */
const noise = fc.oneof(
  words.map((ws) => `<nav><a href="/">${ws.join('</a> <a>')}</a></nav>`),
  words.map((ws) => `<script>var s = "${ws.join(' ')}";</script>`),
  words.map((ws) => `<div class="ad-slot">${ws.join(' ')}</div>`),
  words.map((ws) => `<aside><p>${ws.join(' ')}</p></aside>`),
  words.map((ws) => `<figure><img src="x.jpg"><figcaption>${ws.join(' ')}</figcaption></figure>`),
);

describe('htmlToText properties', () => {
  it('never throws on any string and returns clean text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '<h2>', '<li>', 'x', ' ', '&amp;', '<script>', '\u0001', '<pre>', '\n\n')).map((a) => a.join(''))), (html) => {
        const { text, title } = htmlToText(html);
        expect(typeof text).toBe('string');
        expect(title === null || typeof title === 'string').toBe(true);
        expect(text).not.toMatch(/[\u0001-\u0003]/);
        if (text !== '') expect(text.endsWith('\n')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every word of the article and none of the furniture', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.array(noise, { maxLength: 4 }), (paras, junk) => {
        const [first, ...rest] = junk;
        const html = `<html><body>${first ?? ''}<article>${paras.map((p) => p.html).join('\n')}</article>${rest.join('')}</body></html>`;
        const { text } = htmlToText(html);
        const out = new Set(text.match(/w[a-z]+/g) ?? []);
        for (const p of paras) for (const w of p.words) expect(out.has(w), w).toBe(true);
        const kept = new Set(paras.flatMap((p) => p.words));
        for (const j of junk) for (const w of j.match(/w[a-z]+/g) ?? []) if (!kept.has(w)) expect(out.has(w), w).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every word of arbitrarily nested article markup', () => {
    // Tables are built whole: text loose in a <table> is moved out of it by the HTML parser (as browsers do), which
    // can join two words that only a space inside the table separated.
    const tags = ['div', 'p', 'b', 'strong', 'span', 'em', 'ul', 'li', 'blockquote', 'section', 'h2', 'table', 'pre', 'a', 'br'];
    const { tree } = fc.letrec<{ tree: string }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc.tuple(fc.constantFrom(...tags), fc.array(tie('tree'), { maxLength: 4 })).map(([tag, kids]) =>
          tag === 'br'
            ? `${kids.join(' ')}<br>`
            : tag === 'table'
              ? `<table>${kids.map((k, i) => `<tr><td>W${i}</td><td>${k}</td></tr>`).join('')}</table>`
              : `<${tag}>${kids.join(' ')}</${tag}>`,
        ),
      ),
    }));
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (trees) => {
        const html = `<html><body><nav>wnavigation</nav><article>${trees.join('\n')}</article></body></html>`;
        const { text } = htmlToText(html);
        const out = new Set(text.match(/w[a-z]+/g) ?? []);
        for (const w of html.match(/w[a-z]+/g) ?? []) if (w !== 'wnavigation') expect(out.has(w), `${w} in ${html}`).toBe(true);
        expect(text).not.toContain('wnavigation');
        expect(text).not.toMatch(/\*\*\*\*|^\*\*$/m);
      }),
      { numRuns: 1000 },
    );
  });
});

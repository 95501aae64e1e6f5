import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/parse/html.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

/** The paragraphs of the output after the front matter. */
function paragraphs(text: string): string[] {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
}

describe('htmlToText: a news page with navigation, ads and scripts', () => {
  const { text, title } = htmlToText(fixture('news-page.html'));

  it('keeps the question and answer lines as bold labels', () => {
    const paras = paragraphs(text);
    expect(paras).toContain('**Q:** You’ve said cities “forget” their rivers. What do you mean?');
    expect(paras).toContain(
      '**A:** We bury them in pipes & culverts, and then we’re surprised when they flood. The water doesn’t forget where it used to go.',
    );
    expect(paras).toContain('**Q:** Is there a city that got it right?');
    expect(paras).toContain('**A:** Seoul. They tore up a motorway and gave the stream back to the people.');
    expect(paras).toContain('It cost a fortune — 3 < 5, as engineers like to say – but it worked.');
  });

  it('keeps the article header and the editor’s note, in reading order, the headline only in the front matter', () => {
    const paras = paragraphs(text);
    expect(paras.slice(0, 3)).toEqual([
      'SCIENCE / INTERVIEW',
      'By Sam Writer · March 5, 2024',
      'Editor’s note: Jane Okafor is a hydrologist at the University of Lagos. This interview has been lightly edited.',
    ]);
  });

  it('drops scripts, styles, navigation, ads, captions, widgets, comments and the page footer', () => {
    for (const noise of [
      'SCRIPT TEXT', 'dataLayer', 'STYLE TEXT', 'NOSCRIPT TEXT', 'World', 'Opinion', 'Advertisement', 'Share on',
      'cookies', 'Photo:', 'Thames Barrier', 'newsletter', 'Topics:', 'RELATED STORY', 'COMMENT TEXT', 'MOST READ',
      'All rights reserved', 'Subscribe', 'The water doesn’t forget.”', 'schema.org',
    ]) {
      expect(text, noise).not.toContain(noise);
    }
  });

  it('decodes entities and leaves no markup behind', () => {
    expect(text).not.toMatch(/&[a-z]+;|&#\d+;|<\/?[a-z]/i);
    expect(text).not.toMatch(/\u00a0/);
  });

  it('writes the page facts as YAML front matter at the top', () => {
    expect(text.startsWith('---\ntitle: "Jane Okafor: “Rivers remember what cities forget”"\ndate: 2024-03-05\n')).toBe(true);
    expect(text).toContain('\nauthor: "Sam Writer"\n');
    expect(text).toContain('\npublication: "The Daily Ledger"\n---\n\n');
    expect(title).toBe('Jane Okafor: “Rivers remember what cities forget”');
  });

  it('drops the first heading that repeats the title, and only that one', () => {
    expect(htmlToText('<article><h1>Rivers</h1><p>Text.</p><h2>Rivers</h2></article>').text).toBe('---\ntitle: "Rivers"\n---\n\nText.\n\n## Rivers\n');
    expect(htmlToText('<meta property="og:title" content="OG"><div><h2>Other</h2><p>Text.</p></div>').text).toBe('---\ntitle: "OG"\n---\n\n## Other\n\nText.\n');
  });
});

describe('htmlToText: a blog post whose questions are headings', () => {
  const { text, title } = htmlToText(fixture('heading-questions.html'));

  it('turns the questions into ### headings with their answers after them', () => {
    expect(paragraphs(text)).toEqual([
      'Marta Silva has kept bees in Porto for thirty years. We talked on her rooftop.',
      '### How did you start?',
      'My grandmother kept three hives behind the house. When she died, nobody else wanted them, so I said I’d try for one summer.',
      'That was 1993.',
      '### What’s the hardest part of the job?',
      'Winter. You can’t open the hive, so you just **listen** and hope.',
      '### Do bees know you?',
      'I like to think so. They are calmer with me than with visitors… or maybe I am calmer.',
    ]);
  });

  it('takes the title from the first h1 and the date from <time datetime>', () => {
    expect(title).toBe('Ten questions for a beekeeper');
    expect(text.startsWith('---\ntitle: "Ten questions for a beekeeper"\ndate: 2023-06-14\n---\n\n')).toBe(true);
  });

  it('drops the menu, the sharing widget and the footer', () => {
    expect(text).not.toMatch(/Archive|Share this|Twitter|Powered by/);
  });
});

describe('htmlToText: an old page laid out with a table, <font> and <br>', () => {
  const { text, title } = htmlToText(fixture('br-layout.html'));

  it('keeps one line per turn and a paragraph per <br><br>', () => {
    expect(paragraphs(text)).toEqual([
      '**INTERVIEWER:** Thank you for joining us today, it is a pleasure to have you here.\n' +
        '**DR. LEE:** Thank you for having me, I am glad to be here at last.',
      '**INTERVIEWER:** What brought you to this work in the first place?\n' +
        '**DR. LEE:** Curiosity, mostly, and a very patient teacher in my first year.',
    ]);
    expect(title).toBe('Transcript');
  });
});

describe('htmlToText: inline markup', () => {
  const body = (html: string): string[] => paragraphs(htmlToText(`<html><body>${html}</body></html>`).text);

  it('keeps bold marks tight around the words and merges touching bold runs', () => {
    expect(body('<p><strong>Q: </strong>Why?</p>')).toEqual(['**Q:** Why?']);
    expect(body('<p><b>Jerod</b><b> Santo:</b> Hello.</p>')).toEqual(['**Jerod Santo:** Hello.']);
    expect(body('<p><strong>Name</strong>: Hi</p>')).toEqual(['**Name**: Hi']);
    expect(body('<p><b> </b>plain</p>')).toEqual(['plain']);
    expect(body('<p><b><strong>Nested</strong> bold</b> text</p>')).toEqual(['**Nested bold** text']);
  });

  it('carries bold that wraps whole blocks into each of them, without stray marks', () => {
    expect(body('<b><p>How did you start?</p><p>Second</p></b><p>After</p>')).toEqual(['**How did you start?**', '**Second**', 'After']);
    expect(body('<p>Lead <strong>bold<div>inner</div>tail</strong> end</p>')).toEqual(['Lead **bold**', '**inner**', '**tail** end']);
  });

  it('keeps the marker of a list item or heading whose text is wrapped in a block', () => {
    expect(body('<ul><li><p>item text</p></li></ul><h2><div>Title</div></h2>')).toEqual(['- item text', '## Title']);
  });

  it('does not let bold run across a line break', () => {
    expect(body('<p><b>Q: one<br>two</b></p>')).toEqual(['**Q: one**\n**two**']);
  });

  it('maps headings, lists and quotes to Markdown-like blocks', () => {
    expect(body('<h2><strong>Part one</strong></h2><ul><li>a</li><li>b<ol><li>c</li></ol></li></ul><blockquote>quoted</blockquote>')).toEqual([
      '## Part one',
      '- a',
      '- b',
      '- c',
      'quoted',
    ]);
  });

  it('escapes text that the Markdown-like reader would take for markup', () => {
    expect(body('<p>Use <code>&lt;div&gt;</code>, 5 * 3, snake_case, `x` and C:\\temp.</p>')).toEqual([
      'Use \\<div>, 5 \\* 3, snake\\_case, \\`x\\` and C:\\\\temp.',
    ]);
    expect(body('<p># 1 priority</p><p>- said the official<br>1. first<br>&gt; quoted</p><p>3 &lt; 5</p>')).toEqual([
      '\\# 1 priority',
      '\\- said the official\n1\\. first\n\\> quoted',
      '3 < 5',
    ]);
    expect(body('<p><b>Q:</b> **literal**</p>')).toEqual(['**Q:** \\*\\*literal\\*\\*']);
  });

  it('keeps the lines of preformatted transcripts', () => {
    expect(body('<pre>Q: One?\nA: Two.\n\nQ: Three?\nA: Four.</pre>')).toEqual(['Q: One?\nA: Two.', 'Q: Three?\nA: Four.']);
  });

  it('collapses whitespace and drops zero-width characters', () => {
    expect(body('<p>  a\u200bb\tc \n\n d&nbsp;&nbsp;e  </p>')).toEqual(['ab c d e']);
  });

  it('returns empty text for an empty page and no front matter without facts', () => {
    expect(htmlToText('')).toEqual({ text: '', title: null });
    expect(htmlToText('<p>Just text.</p>')).toEqual({ text: 'Just text.\n', title: null });
  });

  it('drops the site name from a <title> only when nothing better names the article', () => {
    expect(htmlToText('<title>Ten questions for a beekeeper | Garden Notes</title><p>x</p>').title).toBe('Ten questions for a beekeeper');
    expect(htmlToText('<title>Blog | A long story about bees and people</title><p>x</p>').title).toBe('Blog | A long story about bees and people');
  });

  it('quotes front matter values so YAML cannot misread them', () => {
    const { text } = htmlToText('<meta property="og:title" content="Q: &quot;yes&quot; #1 — a: b"><p>x</p>');
    expect(text.split('\n')[1]).toBe('title: "Q: \\"yes\\" #1 — a: b"');
  });
});

describe('htmlToText: a WordPress post without <article> or <main>', () => {
  const { text } = htmlToText(fixture('wordpress-post.html'));

  it('keeps the intro, the section headings and every turn, with code and entities as text', () => {
    expect(paragraphs(text)).toEqual([
      'This is the first interview of a series on the build team.',
      'In this interview we talked with Madhav Jivrajani, a long-time contributor.',
      '## Introduction',
      '**Frederico (FSM)**: Hello Madhav, thank you for your availability. Could you start by telling us a bit about yourself?',
      '**Madhav Jivrajani (MJ)**: Hello! My name is Madhav Jivrajani, I serve as a technical lead, and I work on the go.mod files & the k8s.io/\\* staging repos.',
      '## The monorepo',
      '**FSM**: Why a monorepo?',
      '**MJ**: Because it’s simpler to change everything at once — mostly.',
    ]);
  });

  it('reads the author from the rel="author" link', () => {
    expect(text.startsWith('---\ntitle: "Spotlight on the Build Team"\ndate: 2024-04-11\nauthor: "Frederico Muñoz"\n---\n')).toBe(true);
  });
});

describe('htmlToText: tables', () => {
  const body = (html: string): string[] => paragraphs(htmlToText(`<html><body>${html}</body></html>`).text);

  it('reads a transcript table (speaker | words) as labelled turns', () => {
    const table = '<table><tr><th>Speaker</th><th>Words</th></tr><tr><td>Interviewer</td><td>Why rivers?</td></tr>' +
      '<tr><td><b>Dr. Lee:</b></td><td><p>Because water.</p><p>And time.</p></td></tr><tr><td>Frederico (FSM)</td><td>Thanks.</td></tr></table>';
    expect(body(table)).toEqual(['Speaker Words', 'Interviewer: Why rivers?', 'Dr. Lee: Because water.', 'And time.', 'Frederico (FSM): Thanks.']);
  });

  it('reads other tables cell after cell', () => {
    expect(body('<table><tr><td>2019</td><td>42</td></tr><tr><td>It was a long year.</td><td>Yes</td></tr></table>')).toEqual(['2019 42', 'It was a long year. Yes']);
    expect(body('<table><tr><td><a href="/">Home</a><br><a>Links</a></td><td><p>Content here.</p></td></tr></table>')).toEqual(['Home\nLinks', 'Content here.']);
  });
});

// npm run eval: quality figures for the seed and the corpus. Prints; asserts nothing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle, parseInterview, analyse } from '../dist/index.js';
import { rouge1 } from '../dist/analyse/summary/rouge.js';
import { splitSentences } from '../dist/analyse/nlp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(root, 'test', 'fixtures');
const articles = [
  path.join(root, 'input', 'global-times-canada-china-interview.txt'),
  ...readdirSync(path.join(fixtures, 'parse', 'corpus')).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(fixtures, 'parse', 'corpus', n)),
];

/** Gold files name the article they belong to. */
function goldFor(folder, article) {
  const dir = path.join(fixtures, folder);
  if (!existsSync(dir)) return null;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    if (data.article === path.basename(article)) return data;
  }
  return null;
}

const norm = (t) => t.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/(?<=\w{3})s\b/g, '');
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (x) => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

const totals = { ours: [], lead: [], p: [], r: [] };
console.log('discussion-guide quality evaluation\n');
for (const file of articles) {
  const name = path.basename(file);
  const article = await readArticle(new Uint8Array(readFileSync(file)), name, 5 << 20);
  const guide = analyse(parseInterview(article.text, name));
  console.log(`${name}: ${guide.sections.length} sections`);

  // Summaries: ROUGE-1 F against hand-written references, and the two-lead-sentences baseline.
  const refs = goldFor('summaries', file);
  if (refs) {
    const ours = [];
    const lead = [];
    for (const { section, reference } of refs.sections) {
      const s = guide.sections.find((x) => x.number === section);
      if (!s) continue;
      ours.push(rouge1(s.summary, reference).f);
      lead.push(rouge1(splitSentences(s.answer.join('\n\n')).slice(0, 2).join(' '), reference).f);
    }
    totals.ours.push(...ours);
    totals.lead.push(...lead);
    console.log(`  summary ROUGE-1 F: ours ${pct(mean(ours))}, lead-2 baseline ${pct(mean(lead))} (${ours.length} references)`);
  }

  // Key terms: precision and recall against a teacher's gold list (variants count).
  const gold = goldFor('key-terms', file);
  const found = guide.sections.flatMap((s) => s.keyTerms);
  if (gold) {
    const goldForms = gold.terms.map((g) => new Set([g.term, ...(g.also ?? [])].map(norm)));
    const hit = (t) => goldForms.findIndex((forms) => [t.term, ...(t.variants ?? [])].some((f) => forms.has(norm(f))));
    const matched = found.filter((t) => hit(t) >= 0);
    const recalled = new Set(found.map(hit).filter((i) => i >= 0));
    const p = found.length ? matched.length / found.length : 0;
    const r = gold.terms.length ? recalled.size / gold.terms.length : 0;
    totals.p.push(p);
    totals.r.push(r);
    console.log(`  key terms: ${found.length} found, precision ${pct(p)}, recall ${pct(r)} (gold ${gold.terms.length})`);
  } else {
    console.log(`  key terms: ${found.length} found (no gold list)`);
  }
  const sources = {};
  for (const t of found) sources[t.source] = (sources[t.source] ?? 0) + 1;
  console.log(`  definitions by source: ${Object.entries(sources).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  // Prompts per level, and artefacts a teacher would notice.
  const prompts = [...guide.beforeReading, ...guide.sections.flatMap((s) => s.prompts), ...guide.afterReading, ...guide.readingCritically];
  const levels = {};
  for (const p of guide.sections.flatMap((s) => s.prompts)) levels[p.level] = (levels[p.level] ?? 0) + 1;
  const thin = guide.sections.filter((s) => s.prompts.length < 4 || new Set(s.prompts.map((p) => p.level)).size < 3).length;
  console.log(`  prompts: ${prompts.length} in all; per level in sections: ${Object.entries(levels).map(([k, v]) => `${k} ${v}`).join(', ')}; sections under 4 prompts or 3 levels: ${thin}`);
  const texts = [...prompts.map((p) => p.text), ...guide.sections.map((s) => s.summary), ...found.map((t) => t.definition)];
  const artefacts = {
    'repeated words': texts.filter((t) => /\b(\w+)\s+\1\b/i.test(t.replace(/\b(that|had|is) \1\b/gi, ''))).length,
    'unfilled fields': texts.filter((t) => /undefined|null|NaN|\{\{|\}\}|\[object/.test(t)).length,
    'prompts without "?"': prompts.filter((p) => !p.text.trim().endsWith('?')).length,
    'duplicate prompts': prompts.length - new Set(prompts.map((p) => p.text.toLowerCase())).size,
    'definitions under 3 words': found.filter((t) => t.definition.split(/\s+/).length < 3).length,
    'empty summaries': guide.sections.filter((s) => s.answer.length && !s.summary).length,
  };
  console.log(`  artefacts: ${Object.entries(artefacts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  readability: grade ${guide.readability.grade}, ${guide.readability.words} words, ${guide.readability.minutes} min\n`);
}
console.log(`overall: summary ROUGE-1 F ours ${pct(mean(totals.ours))} vs lead-2 ${pct(mean(totals.lead))}; key terms precision ${pct(mean(totals.p))}, recall ${pct(mean(totals.r))}`);

/** Key terms per section: names and concepts specific to the text, each defined, each in the section where it matters most. */
import type { Interview, KeyTerm, SourcedSentence } from '../../model.js';
import type { TeacherTerm } from '../options.js';
import { defineTerm } from '../definitions/index.js';
import { findMentions } from './candidates.js';
import { groupMentions, type TermGroup } from './merge.js';
import { chooseTerms, type RankedTerm } from './rank.js';
import { tagInterview, type TaggedSentenceRef } from './tokens.js';

/** Options for key-term extraction. */
export interface KeyTermOptions {
  readonly glossary?: readonly TeacherTerm[];
  readonly removeTerms?: readonly string[];
}

const HONORIFIC = /^(?:dr|mr|mrs|ms|prof|professor|sir|dame)\.?\s+/i;

function speakerKeys(interview: Interview): { labels: Set<string>; names: Set<string>; full: string[] } {
  const labels = new Set(interview.speakers.map((s) => s.label.toLowerCase()));
  const names = new Set<string>();
  const full: string[] = [];
  for (const s of interview.speakers) {
    if (!s.name) continue;
    const bare = s.name.replace(HONORIFIC, '').trim();
    const n = bare.toLowerCase();
    names.add(n);
    names.add(n.split(' ').slice(-1)[0] ?? n);
    if (bare.includes(' ')) full.push(bare);
  }
  return { labels, names, full };
}

/** Each section's content words and lemmas, by section number (0 is the opening context); sense choice weighs everyday ones less. */
function wordsBySection(sentences: readonly TaggedSentenceRef[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const useful = (w: string): boolean => w.length > 2 && /^[a-z-]+$/.test(w);
  for (const s of sentences) {
    let words = out.get(s.section);
    if (!words) out.set(s.section, (words = new Set()));
    for (const t of s.tokens) {
      if (t.stop || t.type !== 'word') continue;
      if (useful(t.lower)) words.add(t.lower);
      if (useful(t.lemma)) words.add(t.lemma);
    }
  }
  return out;
}

/** The teacher's terms that the chosen terms missed, placed in the first section whose text uses them. */
function teacherOnly(glossary: readonly TeacherTerm[], chosen: readonly RankedTerm[][], sentences: readonly TaggedSentenceRef[]): { term: TeacherTerm; section: number; sentence: TaggedSentenceRef }[] {
  const have = new Set(chosen.flat().flatMap((t) => [t.group.text, ...t.group.variants].map((v) => v.toLowerCase())));
  const out: { term: TeacherTerm; section: number; sentence: TaggedSentenceRef }[] = [];
  for (const g of glossary) {
    if (have.has(g.term.toLowerCase())) continue;
    const re = new RegExp(`(?:^|[^\\p{L}])${g.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?:$|[^\\p{L}])`, 'iu');
    const hit = sentences.find((s) => s.section > 0 && re.test(s.text));
    if (hit) out.push({ term: g, section: hit.section, sentence: hit });
  }
  return out;
}

/** Extracts 3 to 8 defined key terms for each exchange; element i belongs to interview.exchanges[i]. */
export function extractKeyTerms(interview: Interview, options: KeyTermOptions = {}): KeyTerm[][] {
  const sentences = tagInterview(interview);
  const { labels, names, full } = speakerKeys(interview);
  const removed = new Set((options.removeTerms ?? []).map((t) => t.trim().toLowerCase()));
  const groups = groupMentions(findMentions(sentences), labels, full).filter(
    (g: TermGroup) => ![g.text, ...g.variants].some((v) => removed.has(v.toLowerCase())),
  );
  const count = interview.exchanges.length;
  const chosen = chooseTerms(groups, count, names, interview.speakers.flatMap((s) => [s.role ?? '', s.description]), interview.title ?? '');
  const sourced: SourcedSentence[] = sentences.map((s) => ({ text: s.text, paragraph: s.paragraph }));
  const glossary = options.glossary ?? [];
  const bySection = wordsBySection(sentences);
  const articleWords = new Set<string>();
  for (let i = 0; i <= count; i++) for (const w of bySection.get(i) ?? []) articleWords.add(w);
  const result: KeyTerm[][] = chosen.map((list, i) => {
    const section = i + 1;
    const words = bySection.get(section) ?? new Set<string>();
    const terms = list.map((t) => {
      // A term of the opening context sits in the first section but points to the paragraph where it appears.
      const first = t.group.mentions.find((m) => m.sentence.section === section) ?? t.group.mentions[0]!;
      const def = defineTerm(
        { term: t.group.text, kind: t.kind, variants: t.group.variants, lemmas: t.group.lemmas, firstParagraph: first.sentence.paragraph,
          firstSentence: { text: first.sentence.text, paragraph: first.sentence.paragraph }, sectionWords: words, articleWords,
          ...(t.group.description ? { description: t.group.description } : {}) },
        interview, sourced, glossary,
      );
      const order = sentences.indexOf(first.sentence);
      const term: KeyTerm = {
        term: t.group.text, definition: def.definition, kind: t.kind, firstParagraph: first.sentence.paragraph, source: def.source,
        ...(def.sourceWord ? { sourceWord: def.sourceWord } : {}),
        ...(t.group.description ? { description: t.group.description } : {}),
        ...(t.group.variants.length > 0 ? { variants: t.group.variants } : {}),
      };
      return { term, order };
    });
    return terms.sort((a, b) => a.order - b.order || (a.term.term < b.term.term ? -1 : a.term.term > b.term.term ? 1 : 0)).map((x) => x.term);
  });
  for (const extra of teacherOnly(glossary, chosen, sentences)) {
    if (removed.has(extra.term.term.toLowerCase())) continue;
    const list = result[extra.section - 1]!;
    if (list.length >= 8) list.pop();
    list.push({ term: extra.term.term, definition: defineTerm(
      { term: extra.term.term, kind: 'concept', variants: [], lemmas: [], firstParagraph: extra.sentence.paragraph, firstSentence: extra.sentence, sectionWords: new Set() },
      interview, sourced, glossary).definition, kind: 'concept', firstParagraph: extra.sentence.paragraph, source: 'teacher' });
  }
  return result;
}

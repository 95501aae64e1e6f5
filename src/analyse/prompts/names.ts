/** Names that recur in an interview's answers (runs of proper nouns), and where each appears. */
import type { Interview, KeyTerm } from '../../model.js';
import { sentencesOf, type SourceSentence } from '../summary/sentences.js';
import { surnameOf, speakerRef } from '../summary/attribution.js';
import type { Voice } from './phrasing.js';

/** A recurring name with the sections and sentences it appears in. */
export interface NameUse {
  readonly name: string;
  readonly count: number;
  readonly sections: readonly number[];
  readonly sentences: readonly (SourceSentence & { readonly section: number })[];
}

/** Words that belong to the speakers, their labels and the publication: never "missing voices". */
export function ownWords(iv: Interview): Set<string> {
  const words = new Set<string>();
  for (const s of iv.speakers) {
    words.add(s.label.toLowerCase());
    for (const w of (s.name ?? '').split(/\s+/)) if (w) words.add(w.toLowerCase());
    if (s.name) words.add(surnameOf(s.name).toLowerCase());
  }
  for (const w of (iv.publication ?? '').split(/\s+/)) if (w.length > 3) words.add(w.toLowerCase());
  return words;
}

/** Proper-noun runs in the answers ("Meng Wanzhou", "the US"), most frequent first. */
export function frequentNames(iv: Interview): NameUse[] {
  const own = ownWords(iv);
  const uses = new Map<string, { count: number; sections: Set<number>; sentences: (SourceSentence & { section: number })[]; the: number }>();
  for (const e of iv.exchanges) {
    for (const s of sentencesOf(e.answer)) {
      const t = s.tokens;
      for (let i = 0; i < t.length; i++) {
        if (t[i]!.pos !== 'PROPN' || !/^\p{Lu}\p{L}/u.test(t[i]!.value) || (i === 0 && t[i + 1]?.pos !== 'PROPN')) continue;
        let j = i;
        while (j + 1 < t.length && t[j + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[j + 1]!.value)) j++;
        const name = t.slice(i, j + 1).map((x) => x.value).join(' ');
        const before = t[i - 1]?.normal;
        i = j;
        if (name.split(' ').some((w) => own.has(w.toLowerCase())) || /['’]/.test(name)) continue;
        // "Canadian exports": a one-word name used as a modifier is an adjective, not a voice.
        if (!name.includes(' ') && t[i + 1]?.pos === 'NOUN') continue;
        const u = uses.get(name) ?? { count: 0, sections: new Set<number>(), sentences: [], the: 0 };
        u.count++;
        if (before === 'the') u.the++;
        u.sections.add(e.number);
        u.sentences.push({ ...s, section: e.number });
        uses.set(name, u);
      }
    }
  }
  return [...uses.entries()]
    .map(([name, u]) => ({ name: u.the * 2 > u.count ? `the ${name}` : name, count: u.count, sections: [...u.sections].sort((a, b) => a - b), sentences: u.sentences }))
    .sort((a, b) => b.count - a.count || b.sections.length - a.sections.length || a.name.localeCompare(b.name));
}

/** Key terms of every section, flattened, without the speakers themselves. */
export function allTerms(iv: Interview, keyTerms: readonly (readonly KeyTerm[])[]): KeyTerm[] {
  const own = ownWords(iv);
  const seen = new Set<string>();
  const out: KeyTerm[] = [];
  for (const list of keyTerms) {
    for (const t of list) {
      const k = t.term.toLowerCase();
      if (seen.has(k) || t.term.split(/\s+/).every((w) => own.has(w.toLowerCase()))) continue;
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

/** The main interviewee's voice for prompts about the whole interview. */
export function mainVoice(iv: Interview): Voice {
  const counts = new Map<string, number>();
  for (const e of iv.exchanges) for (const a of e.answerers) counts.set(a, (counts.get(a) ?? 0) + e.answer.length);
  const label = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const s = iv.speakers.find((x) => x.label === label);
  return { ref: speakerRef({ name: s?.name ?? null, label }), context: iv.exchanges.flatMap((e) => e.answer.map((p) => p.text)).join('\n') };
}

/** "1 and 4", "2, 6 and 7". */
export function listOf(items: readonly (string | number)[]): string {
  const s = items.map(String);
  return s.length <= 1 ? s.join('') : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`;
}

/** The first paragraph of the sections: the first question's, or an opening statement's. */
export function firstParagraph(interview: Interview): number | undefined {
  const first = interview.exchanges[0];
  return first?.question[0]?.number ?? first?.answer[0]?.number;
}

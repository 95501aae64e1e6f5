/** Naming the speaker in a summary: surnames, trimmed lead clauses, and "I" turned into the speaker's name. */
import { articleMemo, type Token } from '../nlp.js';
import { codePointBefore, codePointFrom, isLetterCodePoint } from '../chars.js';
import { nounSenses } from '../wordnet.js';

/** How to refer to a speaker at the start of a sentence, inside one, and as an owner. */
export interface SpeakerRef {
  readonly subject: string;
  readonly mid: string;
  readonly possessive: string;
  /** Whether the reference is a person's name (so "argues" reads naturally). */
  readonly named: boolean;
}

const TITLES = /^(?:dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame|rev|hon|gen|col|capt|sen|rep|president|minister|ambassador)\.?$/i;
const SUFFIXES = /^(?:jr|sr|ii|iii|iv|phd|md|obe|mbe)\.?$/i;

/** The surname in a full name ("Dr Julián Castro-Rea" → "Castro-Rea"); titles and suffixes are skipped. */
export function surnameOf(name: string): string {
  const parts = name.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter((p) => p && !TITLES.test(p) && !SUFFIXES.test(p));
  return parts[parts.length - 1] ?? name.trim();
}

/** A reference to the speaker: the surname when the name is known, else a phrase from the label. */
export function speakerRef(speaker: { name: string | null; label: string }): SpeakerRef {
  if (speaker.name && speaker.name.trim()) {
    const s = surnameOf(speaker.name.trim());
    return { subject: s, mid: s, possessive: possessive(s), named: true };
  }
  const label = speaker.label.trim();
  if (!label || /^(?:a|answer|r|response|interviewee)$/i.test(label)) return phrase('the interviewee');
  // "THE PRESIDENT" → "the president", never "the the president".
  if (/\s/.test(label) || label.length > 5) return phrase(`the ${label.toLowerCase().replace(/^the\s+/, '')}`);
  return { subject: label, mid: label, possessive: possessive(label), named: true };
}

function phrase(p: string): SpeakerRef {
  return { subject: p[0]!.toUpperCase() + p.slice(1), mid: p, possessive: `${p}'s`, named: false };
}

/** "Castro-Rea" → "Castro-Rea's"; "Jones" → "Jones's". */
export function possessive(name: string): string {
  return `${name}'s`;
}

const LEADS: readonly RegExp[] = [
  /^(?:without (?:a )?(?:question|doubt)|no doubt|of course|indeed|in fact|frankly|honestly|basically|clearly|obviously|certainly|well|so|yes|no|actually|absolutely|sure|to be honest|to be fair|in my (?:opinion|view)|in short|in any case|first(?:ly)?|second(?:ly)?|finally|however|nevertheless|moreover|besides|furthermore|still|yet|also|then|now|again|anyway|in addition|most importantly|importantly|interestingly|as (?:i|we) (?:said|explained|mentioned|noted|stated)[^,]{0,70}|as (?:you|we) know|that said|that's (?:right|true)|good question|great question|precisely|exactly|right|true|definitely|totally|agreed|correct|sure enough|similarly|likewise|equally|in turn|for example|for instance|on the other hand|by contrast|in contrast|at the same time|to begin with|to start with|lastly|secondly|thirdly|third)\s*,\s+/i,
  /^(?:PS|P\.S\.|Note|NB|N\.B\.)\s*:\s+/,
  /^[\p{L}\s]{1,24}(?:\.\.\.|…)\s+/u,
  /^(?:and|but|so|or|also|now|then)\s+(?=\S+ \S+ \S+ \S+)/i,
  /^(?:i|we) (?:think|believe|would say|would argue|guess|suppose) (?:that )?(?=\S+ \S+ \S+ \S+)/i,
];

/** Removes a short leading discourse clause ("Without question, ") and "in my opinion" asides; returns the rest. */
export function trimLead(text: string): string {
  let out = trimmed.get(text);
  if (out === undefined) trimmed.set(text, (out = trimLeadFresh(text)));
  return out;
}

/** Sentences already trimmed: the summary, overview and prompt passes trim the same ones about a dozen times each. */
const trimmed = articleMemo<string, string>();

function trimLeadFresh(text: string): string {
  let out = text.trim();
  // Leads come in runs ("And then, similarly, Singapore has …"): a pass for each, up to four.
  for (let pass = 0; pass < 4; pass++) {
    for (const re of LEADS) {
      const m = re.exec(out);
      // Keep the lead when what follows cannot stand alone ("Precisely, because …").
      if (m && out.length - m[0].length > 20 && !/^(?:because|since|and|but|or|which|that)\b/i.test(out.slice(m[0].length))) out = out.slice(m[0].length);
    }
  }
  out = out.replace(/,\s*in my (?:opinion|view),\s*/gi, ' ').replace(/\s{2,}/g, ' ');
  return out;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'must', 'might', 'may', "'d", "'ll", 'had', 'did', 'was', 'used']);
const IRREGULAR_3SG: Record<string, string> = { am: 'is', "'m": 'is', '’m': 'is', have: 'has', "'ve": 'has', '’ve': 'has', do: 'does', go: 'goes', be: 'is', are: 'is', were: 'was' };

/** Third-person singular of a base verb ("feel" → "feels", "try" → "tries"). */
export function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR_3SG[lower];
  if (irregular) return irregular;
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Tokens back to text, honouring the original spacing. */
export function joinTokens(tokens: readonly { value: string; spaceBefore: boolean }[]): string {
  return tokens.map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.value).join('');
}

/**
 * Turns the speaker's "I", "my" and "me" (outside quotation marks) into their name, fixing the verb
 * after "I". Returns null when a form cannot be turned safely ("myself", "mine").
 */
export function toThirdPerson(tokens: readonly Token[], ref: SpeakerRef): Token[] | null {
  const out: Token[] = [];
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^["“”]$/.test(t.value)) quoted = t.value === '“' ? true : t.value === '”' ? false : !quoted;
    const lower = t.value.toLowerCase();
    if (quoted || t.pos !== 'PRON') {
      out.push(t);
      continue;
    }
    const first = out.length === 0;
    if (lower === 'i') {
      out.push({ ...t, value: first ? ref.subject : ref.mid });
      // Skip adverbs ("I basically feel") to find the verb to agree with.
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.pos === 'ADV' && !/^n[o']t$|^n’t$/i.test(tokens[j]!.value)) j++;
      const v = tokens[j];
      if (v && (v.pos === 'VERB' || v.pos === 'AUX')) {
        const vl = v.value.toLowerCase();
        if (!MODALS.has(vl) && (vl === (v.lemma ?? '').toLowerCase() || IRREGULAR_3SG[vl])) {
          for (let k = i + 1; k < j; k++) out.push(tokens[k]!);
          const inflected = thirdPerson(v.value);
          out.push({ ...v, value: inflected, spaceBefore: /^['’]/.test(vl) ? true : v.spaceBefore });
          i = j;
        }
      }
      continue;
    }
    if (lower === 'my') {
      out.push({ ...t, value: first ? capitalise(ref.possessive) : ref.possessive });
      continue;
    }
    if (lower === 'me') {
      out.push({ ...t, value: ref.mid });
      continue;
    }
    if (lower === 'myself' || lower === 'mine') return null;
    out.push(t);
  }
  return out;
}

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Whether a sentence leans on the question ("Yes, absolutely, and …", "No."): it cannot be reported as a clause. */
export function isElliptical(text: string): boolean {
  let known = elliptical.get(text);
  if (known === undefined) elliptical.set(text, (known = isEllipticalFresh(text)));
  return known;
}

/** Answers of isElliptical, asked of the same sentences by every pass that reports or quotes them. */
const elliptical = articleMemo<string, boolean>();

function isEllipticalFresh(text: string): boolean {
  const t = text.trim();
  if (/^(?:yes|no|yeah|nope|absolutely|exactly|precisely|sure|certainly|definitely|of course|not really|not at all|indeed|right|correct|agreed)\b[\s,.!;:—–-]*$/i.test(t)) return true;
  const rest = trimLead(t);
  // The answer word stands apart ("Precisely, because …"), not inside the sentence ("Precisely this openness …").
  return /^(?:yes|no|yeah|absolutely|exactly|precisely|sure|certainly|definitely)\s*[,.!;:—–-]/i.test(t) && (rest === t || /^(?:and|but|or|because|since|absolutely|exactly|precisely|definitely|certainly)\b/i.test(rest));
}

/** Whether the speaker's "I" occurs outside quotation marks. */
export function speaksInFirstPerson(text: string): boolean {
  let known = firstPerson.get(text);
  if (known === undefined) firstPerson.set(text, (known = speaksInFirstPersonFresh(text)));
  return known;
}

/** Answers of speaksInFirstPerson: the summary, overview and prompt passes ask it of each sentence about seven times. */
const firstPerson = articleMemo<string, boolean>();

function speaksInFirstPersonFresh(text: string): boolean {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return /(?:^|[^\p{L}'’])I(?:['’](?:m|ve|d|ll))?(?![\p{L}'’])/u.test(unquoted);
}

const COMMON_SUFFIX = /(?:ic|al|ive|ous|ing|ly|ed|tion|sion|ment|ness|ity|ful|less|able|ible|ism|ist|ance|ence|ship)$/i;

/**
 * Lower-cases the first letter for use after "says that", unless the first word is a name, an acronym
 * or "I". `context` is the passage, to tell "Carney" (never written lower-case) from "Geographic".
 */
export function lowerFirst(s: string, firstToken?: Token, context = ''): string {
  const word = /^[\p{L}\p{N}'’-]+/u.exec(s)?.[0] ?? '';
  if (!word || word === 'I' || /^I['’]/.test(word)) return s;
  if (word.length > 1 && word === word.toUpperCase()) return s;
  if (/\p{Lu}/u.test(word.slice(1).replace(/-\p{Lu}/gu, ''))) return s;
  const lower = word[0]!.toLowerCase() + word.slice(1);
  const { seenLower, seenCapitalMid } = usage(word, lower, context);
  // A name the tagger saw keeps its capital, unless the dictionary lists the word in lower case and the
  // article never writes it capitalised mid-sentence ("Computers do the checking", "Buses are cheaper"),
  // and no other capitalised word follows it ("Mark Carney began …").
  const nameRun = /^[\p{L}\p{N}'’-]+\s+\p{Lu}/u.test(s);
  if (firstToken && firstToken.pos === 'PROPN' && !seenLower && (seenCapitalMid || nameRun || (!COMMON_SUFFIX.test(word) && !isLowerCaseNoun(lower)))) return s;
  if (!firstToken && seenCapitalMid && !seenLower) return s;
  return lower + s.slice(word.length);
}

/**
 * Whether the dictionary lists the word (or its singular) as a noun only in lower case: "computers",
 * "buses", not "china" (also China), "canadians" (Canadian) or "hope" (also Bob Hope).
 */
function isLowerCaseNoun(lower: string): boolean {
  const forms = [lower, ...(/[^s]s$/.test(lower) ? [lower.slice(0, -1)] : []), ...(/(?:ss|sh|ch|x|z)es$/.test(lower) ? [lower.slice(0, -2)] : [])];
  return forms.some((f) => {
    const senses = nounSenses(f);
    return senses.length > 0 && !senses.some((x) => x.words.some((w) => w.toLowerCase() === f && /^\p{Lu}/u.test(w)));
  });
}

/** How the passage writes a word: anywhere in lower case, or capitalised after a letter or comma (so mid-sentence). Remembered per passage. */
function usage(word: string, lower: string, context: string): { seenLower: boolean; seenCapitalMid: boolean } {
  let byWord = usages.get(context);
  if (!byWord) {
    if (usages.size > 64) usages.clear();
    usages.set(context, (byWord = new Map()));
  }
  let found = byWord.get(word);
  if (!found) {
    found = { seenLower: seenLowerIn(context, lower), seenCapitalMid: seenCapitalMidIn(context, word) };
    byWord.set(word, found);
  }
  return found;
}

/*
 * The two searches below are `/(?:^|[^\p{L}])${lower}(?![\p{L}])/u` and `/[\p{L},;] ${word}(?![\p{L}])/u`
 * (the words escaped), by indexOf and code point tests: a pattern per word cost a compilation per
 * word, the slowest part of a first analysis. `word` is a run of whole code points (letters, digits,
 * apostrophes, hyphens), so every place indexOf finds it starts and ends on a code point boundary.
 */

/** Whether the text has `lower` with no letter on either side. */
export function seenLowerIn(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    if ((at === 0 || !isLetterCodePoint(codePointBefore(text, at))) && !letterFrom(text, at + lower.length)) return true;
  }
  return false;
}

/** Whether the text has `word` after a space that follows a letter, a comma or a semicolon, with no letter after it. */
export function seenCapitalMidIn(text: string, word: string): boolean {
  const needle = ` ${word}`;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = codePointBefore(text, at);
    if ((before === 0x2c || before === 0x3b || (before !== -1 && isLetterCodePoint(before))) && !letterFrom(text, at + needle.length)) return true;
  }
  return false;
}

function letterFrom(text: string, i: number): boolean {
  const cp = codePointFrom(text, i);
  return cp !== -1 && isLetterCodePoint(cp);
}
/** By passage, for this article only (see articleMemo). */
const usages = articleMemo<string, Map<string, { seenLower: boolean; seenCapitalMid: boolean }>>();

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Speakers: names, roles and parts read from the editor's note and intro by general patterns, and one readable sentence each. Pure. */
import type { Speaker, SpeakerPart } from '../model.js';
import { NUMBERED, labelShape } from './labels.js';

/** What the article says about its speakers. */
export interface SpeakerEvidence {
  readonly hints: Map<string, SpeakerPart>;
  readonly names: Map<string, string>;
  readonly roles: Map<string, string>;
  /** Labels whose role the text gives without an article ("founder of Muffsy"). */
  readonly bareRoles: Set<string>;
  publication: string | null;
}

const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Rev)\.?\s+)?`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|di|du|van|von|der|den|del|della|la|le|bin|ibn|al|el|dos|das|y|ter|ten)`;
const NAME = String.raw`${TITLE}${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;
const ORG_WORD = String.raw`\p{Lu}[\p{L}\p{M}&'’-]*`;
const ORG = String.raw`${ORG_WORD}(?:[ \t]+(?:(?:of|for|and|the|de|&)[ \t]+)?${ORG_WORD}){0,5}`;
const ci = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const JOB = `(?:(?:${['senior', 'staff', 'chief', 'special', 'foreign'].map(ci).join('|')})\\s+)?(?:${['reporter', 'correspondent', 'journalist', 'editor', 'writer', 'host', 'interviewer', 'contributor', 'columnist', 'anchor', 'producer'].map(ci).join('|')})`;
const ROLE_END = String.raw`(?=\s*(?:,|\.(?:\s|$)|;|:|\)|$|\s+(?:who|which|discusses|discussed|talks|talked|explains|explained|says|said|shares|shared|answers|answered|speaks|spoke|joins|joined|explores|explored|tells|told|weighs|reflects|offers|gives|looks|about)\b))`;
const ROLE = String.raw`((?:a|an|the)\s+)?([^,.;:()"“”]{3,120}?)${ROLE_END}`;
/** Words that name a publication or broadcaster ("Times", "Gazette", "Radio"). */
export const MEDIA = /\b(?:Times|News|Post|Daily|Planet|Magazine|Review|Insider|Weekly|Journal|Magazine|Radio|Television|TV|Press|Herald|Tribune|Review|Agency|Network|Broadcasting|Gazette|Weekly|Telegraph|Guardian|Observer|Chronicle|Monitor|Standard|Express|Mail|Star|Sun|Globe|Wire|Reuters|Bloomberg|Xinhua|Blog|Podcast|Online)\b/;
const NOT_ROLE = /^(?:who|which|that|and|but|or|said|says|told|is|was|has|had|will|would|can|could|to|in|on|at|for|with|as)\b/i;

/**
 * A pattern built from the labels and names of an article, compiled once per process: a batch from
 * one publication meets the same labels and names again and again. Bounded; `g` patterns are only
 * used with matchAll, which copies them.
 */
const patterns = new Map<string, RegExp>();
function pattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = patterns.get(key);
  if (!re) {
    if (patterns.size >= 1000) patterns.clear();
    re = new RegExp(source, flags);
    patterns.set(key, re);
  }
  return re;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads names, roles, parts and the publication for `labels` from the intro text (`context`) and the whole text. */
export function readSpeakerEvidence(labels: readonly string[], context: string, whole: string, intros: ReadonlyMap<string, string>, author: string | null): SpeakerEvidence {
  const ev: SpeakerEvidence = { hints: new Map(), names: new Map(), roles: new Map(), bareRoles: new Set(), publication: null };
  for (const label of labels) {
    // All four patterns of readBracketed need the label in brackets, "(GT)". Most articles never write
    // it, and compiling patterns for each label costs more than the rest of the parse.
    if (context.includes(`(${label})`) && readBracketed(ev, label, context, whole)) continue;
    const intro = intros.get(label);
    const shape = labelShape(label);
    let name = intro ?? (shape === 'name' ? label : shape === 'initials' && label.length >= 2 ? nameByInitials(label, whole) : null);
    if (name && author && author !== name && author.startsWith(name + ' ')) name = author;
    if (name && !name.includes(' ')) name = fullName(name, whole) ?? name;
    if (name) {
      ev.names.set(label, name);
      setRole(ev, label, roleAfter(name, context) ?? roleAfter(name, whole));
    }
  }
  ev.publication ??= publicationIn(whole);
  // A publication that asks in its own name ("The Daily Planet: How hot…?").
  ev.publication ??= labels.find((l) => MEDIA.test(l) && labelShape(l) === 'name') ?? null;
  return ev;
}

/** Reads a speaker introduced with the label in brackets: "Global Times (GT) reporter Chen Qingqing", "Jane Doe (JD)". True when one is found. */
function readBracketed(ev: SpeakerEvidence, label: string, context: string, whole: string): boolean {
  const L = esc(label);
  let m = pattern(String.raw`(?:the\s+)?(${ORG})\s*\(${L}\)\s+(${JOB})\s+(${NAME})`, 'u').exec(context);
  if (m) {
    ev.hints.set(label, 'interviewer');
    ev.names.set(label, m[3]!);
    ev.roles.set(label, `${m[1]} ${m[2]}`);
    if (initialsOf(m[1]!) === label || MEDIA.test(m[1]!)) ev.publication ??= m[1]!;
    return true;
  }
  m = pattern(String.raw`(?<![\p{L}])(${JOB})\s+(${NAME})\s*\(${L}\)`, 'u').exec(context);
  if (m) { ev.hints.set(label, 'interviewer'); ev.names.set(label, m[2]!); ev.roles.set(label, m[1]!.toLowerCase()); return true; }
  m = pattern(String.raw`(?:the\s+)?(${ORG})\s*\(${L}\)`, 'u').exec(context);
  if (m && MEDIA.test(m[1]!) && initialsOf(m[1]!) === label) { ev.publication ??= m[1]!; ev.hints.set(label, 'interviewer'); ev.names.set(label, m[1]!); return true; }
  m = pattern(String.raw`(${NAME})\s*\(${L}\)`, 'u').exec(context);
  if (m) {
    const name = trimName(m[1]!);
    ev.names.set(label, name);
    setRole(ev, label, roleAfter(name, context) ?? roleAfter(name, whole));
    return true;
  }
  return false;
}

/** Finds the interviewee named in a first-person intro ("I talked with Jane Doe, a …"); the name spoken of most wins. */
export function intervieweeFromIntro(context: string, whole: string, author: string | null = null): { name: string; role: string | null } | null {
  const re = pattern(String.raw`\b(?:talked|talking|talks|spoke|speak|speaks|speaking|spoken|chatted|chats|chatting|caught up|sat down|sits down|sit down|conversation)\s+(?:with|to)\s+(?:(?:the\s+)?\p{Ll}+\s+)?(${NAME})|\b(?:interviewed|interviewing|interview|contacted|asked|met|meet|welcome|introducing|[Jj]oining (?:us|me)(?: now| today)? (?:is|are)(?: (?:the )?\p{Ll}+)?)\s+(${NAME})`, 'gu');
  let best: { name: string; score: number; index: number } | null = null;
  for (const m of context.matchAll(re)) {
    const name = trimName((m[1] ?? m[2])!);
    if (labelShape(name) !== 'name' || name.split(/\s+/).length < 2) continue;
    const first = name.replace(pattern(`^${TITLE}`, 'u'), '').split(/\s+/)[0]!;
    const score = whole.split(first).length - 1;
    if (!best || score >= best.score) best = { name, score, index: m.index ?? 0 };
  }
  if (best) return { name: best.name, role: roleAfter(best.name, context) };
  // An intro whose paragraph opens with the person ("Kofi Mensah's murals cover…", "Rosa Bianchi opened…").
  for (const para of context.split('\n')) {
    const m = pattern(String.raw`^(${NAME})(?=['’]s\s|\s+\p{Ll})`, 'u').exec(para.trim());
    const name = m ? m[1]!.trim().replace(/['’]s$/, '') : '';
    const words = name.replace(pattern(`^${TITLE}`, 'u'), '').split(/\s+/);
    if (!m || words.length < 2 || labelShape(name) !== 'name' || (author && author.includes(name))) continue;
    if (whole.split(words[words.length - 1]!).length - 1 >= 2) return { name, role: roleAfter(name, context) };
  }
  return null;
}

function roleAfter(name: string, text: string): string | null {
  const m = pattern(String.raw`${esc(name)}(?:\s*\([^)]*\))*\s*,\s+${ROLE}`, 'u').exec(text);
  if (!m) return null;
  const role = m[2]!.trim();
  if (NOT_ROLE.test(role) || role.split(/\s+/).length > 20) return null;
  if (!m[1] && !/^\p{Ll}/u.test(role)) return null;
  // A role written without an article stays without one in the description.
  return m[1] ? role : `\u0000${role}`;
}

/** Records a role read by roleAfter (which marks roles written without an article). */
export function setRole(ev: SpeakerEvidence, label: string, role: string | null, bare = false): void {
  if (!role) return;
  const isBare = bare || role.startsWith('\u0000');
  ev.roles.set(label, readableRole(role.replace(/^\u0000/, '')));
  if (isBare) ev.bareRoles.add(label);
}

/** "Researcher, Microsoft Research New England" (a site's tagline) → "researcher at Microsoft Research New England". */
export function readableRole(role: string): string {
  const m = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?),\s+(\p{Lu}[^,]*)$/u.exec(role.trim());
  if (!m || !JOB_WORD.test(m[1]!.split(/\s/).at(-1)!)) return role;
  return `${m[1]!.charAt(0).toLowerCase()}${m[1]!.slice(1)} at ${m[2]}`;
}

// Job nouns by their endings and a few common ones: enough to tell "Researcher, Acme" from "Paris, France".
const JOB_WORD = /(?:er|or|ist|ian|ant|ent|ee|ive|ect|ef|ad|ow)$|^(?:chair|head|lead|staff|fellow|member|partner|analyst|architect|chief|coach|host|judge|minister|nurse|pilot|poet|president|principal)$/i;

function trimName(name: string): string {
  // "In a recent interview with Jane Doe": keep the name, not the capitalised words before it.
  // A name never runs on to the next paragraph.
  return name.split('\n')[0]!.replace(/^(?:In|On|At|With|As|For|And|But|The|A|An)\s+/u, '').trim();
}

function initialsOf(phrase: string): string {
  return phrase.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

function nameByInitials(label: string, text: string): string | null {
  const re = pattern(String.raw`(?:${TITLE})(${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){1,4})`, 'gu');
  for (const m of text.matchAll(re)) {
    const words = m[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const parts = words.slice(i, j);
        if (parts.flatMap((w) => w.split('-')).map((w) => w[0]).join('') === label) {
          const full = m[0].startsWith(m[1]!) || i > 0 ? parts.join(' ') : `${m[0].slice(0, m[0].length - m[1]!.length)}${parts.join(' ')}`;
          return full.trim();
        }
      }
    }
  }
  return null;
}

// "Priya" → "Priya Raman" (a first name) or "Smith" → "Jane Smith" (a surname), as the text writes it.
function fullName(one: string, text: string): string | null {
  const after = pattern(String.raw`(?<![\p{L}])${esc(one)}\s+(${WORD})(?![\p{L}])`, 'u').exec(text);
  if (after && labelShape(`${one} ${after[1]}`) === 'name' && !/^(?:The|And|But|Is|Was|Has|Said|Says)$/.test(after[1]!)) return `${one} ${after[1]}`;
  const before = pattern(String.raw`(?<![\p{L}])(${TITLE}${WORD})\s+${esc(one)}(?![\p{L}])`, 'u').exec(text);
  if (before && labelShape(`${before[1]} ${one}`) === 'name' && !/^(?:The|And|But|In|On|At|Mr|Ms|Mrs|Dr|When|If|As|So|Then)$/.test(before[1]!)) return `${before[1]} ${one}`;
  return null;
}

function publicationIn(text: string): string | null {
  const m = pattern(String.raw`\b(?:an interview with|interviewed by|told|speaking to|spoke to|spoke with|writing for|written for|published (?:by|in))\s+(?:the\s+)?(${ORG})`, 'u').exec(text);
  return m && MEDIA.test(m[1]!) ? m[1]! : null;
}

/** Builds the Speaker list, in order of first appearance, with one readable sentence each. */
export function describeSpeakers(labels: readonly string[], parts: ReadonlyMap<string, SpeakerPart>, ev: SpeakerEvidence, manyAskers: boolean): Speaker[] {
  return labels.map((label) => {
    const part = parts.get(label) ?? 'interviewee';
    let name = ev.names.get(label) ?? null;
    let role = ev.roles.get(label) ?? null;
    if (!name && labelShape(label) === 'role') {
      if (/^(?:MR|MRS|MS|MX|DR|PROF|SEN|REP|GEN|GOV|SEC|AMB|ADM)\.?\s/.test(label) || isCapsName(label) || isTitledName(label)) name = titleCase(label);
      else role ??= label.toLowerCase().replace(/^the\s+/, '');
    }
    if (name === label && labelShape(label) !== 'name') name = null;
    // "Interviewer:", "Guest:" name a part, not a person.
    if (name !== null && name.toLowerCase() === label.toLowerCase() && (ROLE_WORDS.has(label.toLowerCase()) || NUMBERED.test(label))) name = null;
    const theRole = !name && /^THE\s/.test(label) && role === label.toLowerCase().replace(/^the\s+/, '');
    const who = name ?? (role ? capitalise(`${theRole ? 'the' : article(role)} ${role}`) : null);
    const art = ev.bareRoles.has(label) ? '' : article(role ?? '');
    const described = name && role ? `${name}, ${art} ${role},`.replace(/\s+/g, ' ').replace(' ,', ',') : who;
    const verb = { interviewer: 'asks the questions', interviewee: 'answers the questions', moderator: 'chairs the session and hands over to the questioners' }[part];
    // The guide prints the label beside the sentence, so the sentence does not repeat it.
    let description: string;
    if (described) description = `${described} ${verb}.`;
    else if (part === 'interviewer') description = manyAskers ? 'Reporters ask the questions.' : 'The interviewer asks the questions.';
    else if (part === 'moderator') description = 'The moderator chairs the session and hands over to the questioners.';
    else description = 'The interviewee answers the questions.';
    return { label, name, role, description, part };
  });
}

function article(role: string): string {
  if (/^(?:the|a|an)\s/i.test(role)) return '';
  return /^[aeiou]/i.test(role) && !/^(?:uni|eu|one|use)/i.test(role) ? 'an' : 'a';
}

function capitalise(s: string): string {
  const t = s.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const ROLE_WORDS = new Set('official officials president vice secretary minister spokesperson spokesman spokeswoman moderator host interviewer interviewee reporter reporters chairman chairwoman chair director senator governor mayor operator participant participants audience member members speaker questioner announcer narrator guest voice voices unidentified male female prosecutor judge justice witness counsel attorney officer commissioner ambassador general admiral press staff aide administration senior deputy chief representative student students teacher caller crowd panelist panel all both'.split(' '));

// "ANNA KOWALSKI" is a name; "SENIOR ADMINISTRATION OFFICIAL" and "THE PRESIDENT" are roles.
function isCapsName(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !/^(?:the|a|an)$/.test(words[0]!) && words.every((w) => !ROLE_WORDS.has(w.replace(/[.'’]/g, '')));
}

/** Offices a briefing's label puts before a surname ("MAYOR OKAFOR", "PRESS SECRETARY PSAKI", "CHIEF JUSTICE ROBERTS"). */
const TITLED = /^(?:(?:PRESS|VICE|PRIME|DEPUTY|ASSISTANT|ATTORNEY|CHIEF|FIRST|LIEUTENANT|MAJOR)\s+)?(?:MAYOR|GOVERNOR|SENATOR|SECRETARY|MINISTER|PRESIDENT|PREMIER|AMBASSADOR|GENERAL|ADMIRAL|COLONEL|CAPTAIN|JUDGE|JUSTICE|COMMISSIONER|CHANCELLOR|CHAIRMAN|CHAIRWOMAN|CHAIR|PROFESSOR|DOCTOR|SHERIFF|SPEAKER|LEADER|DIRECTOR|COUNCILLOR|COUNCILMAN|COUNCILWOMAN|REPRESENTATIVE|CONGRESSMAN|CONGRESSWOMAN|INSPECTOR|SUPERINTENDENT|MAGISTRATE|PRINCIPAL|COACH)\s+([A-Z][A-Z'’-]+)$/;
/** Words after an office that are not a surname ("SECRETARY GENERAL", "CHIEF EXECUTIVE"). */
const NOT_SURNAME = new Set(['GENERAL', 'EXECUTIVE', 'OFFICER', 'OFFICIAL', 'SPOKESPERSON', 'SPOKESMAN', 'SPOKESWOMAN', 'SECRETARY', 'MINISTER', 'PRESIDENT', 'ELECT', 'DESIGNATE', 'EMERITUS', 'OF', 'FOR', 'THE',
  'MANAGER', 'COUNSEL', 'TREASURER', 'DEPUTY', 'ASSISTANT', 'PERSON', 'WOMAN', 'MAN', 'ADVISER', 'ADVISOR', 'AIDE', 'STAFF', 'CLERK', 'DIRECTOR', 'CHAIR', 'CHAIRMAN', 'CHAIRWOMAN',
  'ONE', 'TWO', 'THREE', 'FOUR', 'UNKNOWN', 'UNIDENTIFIED', 'OFFICE', 'PRO', 'TEM', 'DESK', 'TEAM', 'PANEL', 'BOARD', 'COMMITTEE', 'COUNCIL', 'LEADER', 'CANDIDATE', 'NOMINEE', 'AT', 'LARGE']);

function isTitledName(label: string): boolean {
  const m = TITLED.exec(label.trim());
  return m !== null && !NOT_SURNAME.has(m[1]!);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

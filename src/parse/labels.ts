/** Speaker labels: find the labels a text uses ("GT:", "**Q:**", "Jerod Santo:", "THE PRESIDENT:", a bare "Q") without knowing them in advance. Pure. */

/** The kind of a speaker label. */
export type LabelShape = 'qa' | 'initials' | 'role' | 'name';

/** A label at the start of a block. */
export interface LabelMatch {
  /** The label as the text writes it, trimmed ("GT", "Q", "Jerod Santo"). */
  readonly label: string;
  readonly shape: LabelShape;
  /** The rest of the block after the label, markup kept. */
  readonly rest: string;
  /** The label was set in bold (or italic). */
  readonly bold: boolean;
  /** How the label was separated: a colon, a full stop, spaces only (a bare "Q"), nothing (a bold label), or a line of its own (an upper-case name above the text). */
  readonly separator: 'colon' | 'dot' | 'space' | 'dash' | 'none' | 'line';
  /** The whole question was bold ("**Q: How did you start?**"). */
  readonly wholeBold: boolean;
  /** The name given with initials ("Frederico" in "Frederico (FSM):"). */
  readonly intro?: string;
  /** A role given in brackets after a name ("glaciologist" in "Anna Keller (glaciologist):"). */
  readonly role?: string;
}

const PARTNER: Record<string, string> = { Q: 'A', A: 'Q', QUESTION: 'ANSWER', ANSWER: 'QUESTION' };
const QA = /^(?:Q|A|Question|Answer|QUESTION|ANSWER|Q&A)$/;
const INITIALS = /^\p{Lu}[\p{Lu}0-9&]{0,5}$/u;
const ROLE = /^(?:(?:MR|MRS|MS|MX|DR|PROF|SEN|REP|GEN|GOV|SEC|AMB|ADM)\.\s*)?[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.&-]*){0,5}$/;
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Rev|Sen|Rep|Gen|Gov|President|Senator|Minister|Ambassador|Judge|Justice|Chancellor|Mayor|Governor|Secretary|Chairman|Chairwoman|Chair)\.?\s+)?`;
const PARTICLE = String.raw`(?:de|da|di|du|van|von|der|den|del|della|la|le|bin|ibn|al|el|dos|das|y|e|ter|ten|St\.)`;
const NAME = new RegExp(String.raw`^${TITLE}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:${PARTICLE}\s+)*\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$`, 'u');
const STOP = new Set(
  ("note,editor's note,editor’s note,editors note,editor's notes,update,updated,source,sources,photo,photos,illustration,published,related,correction,corrections,disclaimer,disclosure,image,credit,credits,via,tags,tag,author,authors,by,date,title,subject,summary,location,time,example,warning,tip,step,read more,see also,transcript,watch,listen,editor,translator,reviewer,publisher,url,email,e-mail,phone,tel,fax,website,web,twitter,price,cost,pros,cons,result,results,conclusion,background,introduction,intro,context,keywords,abstract,follow,share,comments,file,reporting,additional reporting,contact,http,https,caption,ps,p.s,nb,n.b,important,fact,facts,quote,lesson,update,edit,edited,attention,caution,notice,hint,bonus,spoiler,tl;dr,tldr,fyi,re,cc,to,from,sent,subject line,category,categories,topic,topics,question of the day,day,today,yesterday,tomorrow,monday,tuesday,wednesday,thursday,friday,saturday,sunday,january,february,march,april,may,june,july,august,september,october,november,december,breaking,exclusive,opinion,analysis,live,watch live,chapter,part,section,figure,table,appendix,slug,layout,status,draft,version,license,licence,copyright,keyword,words,length,runtime,duration,hosts,guests,speakers,participants,panelists,first,second,third,fourth,fifth,finally,lastly,next,then,now,yes,no,ok,okay,well,so,also,but,and,or,however,remember,rule,goal,problem,solution,why,what,how,who,where,when,because,bottom line,the bottom line,takeaway,key takeaway,verdict,moral,translation,meaning,definition,thesis,claim,evidence,reason,reasons,option,options,plan,idea,ideas,the answer,the question,the problem,the point,point,here,there,this,that,these,those,it,in short,in sum,overall,meanwhile,example,for example,for instance,case in point,end")
    .split(','),
);

/** The shape of a candidate label, or null when it cannot be a speaker label. */
export function labelShape(label: string): LabelShape | null {
  const l = label.trim();
  if (l.length === 0 || l.length > 50) return null;
  if (STOP.has(l.toLowerCase().replace(/\.$/, '')) || STOP.has(l.toLowerCase().split(/\s+/)[0]!.replace(/\.$/, '') + '')) {
    if (!QA.test(l)) return null;
  }
  if (QA.test(l)) return 'qa';
  if (HANDLE.test(l) || NUMBERED.test(l)) return 'name';
  if (/\b(?:photos?|photograph|illustrations?|images?|pictures?|graphics?|videos?|credits?|source|courtesy)$/i.test(l)) return null;
  if (INITIALS.test(l)) return 'initials';
  if (ROLE.test(l) && /[A-Z]{2}/.test(l)) return 'role';
  if (NAME.test(l)) return 'name';
  return null;
}

// A forum user name ("u/lava_lab_lucia", "@rockhound77"), as AMAs and comment threads label their turns.
const HANDLE = /^(?:u\/|@)[\p{L}\p{N}_-]{2,30}$/u;

/** A numbered speaker a transcription tool names ("Speaker 1", "Speaker B"): a label, not a person's name. */
export const NUMBERED = /^(?:Speaker|Participant|Voice|Caller|Person|Interviewer|Interviewee|Respondent|Unknown Speaker)\s+(?:\d{1,2}|[A-Z])$/i;

// A transcription tool's speaker line with a time stamp, the words on the next line or after a colon:
// "Speaker 1 (00:00:02):" (Rev), "Jane Doe  0:05" (Otter), "Jane Doe [00:01:10]: Words" (Descript).
const STAMPED = /^([^\n:()[\]*_]{1,50}?)[ \t]*(?:[([][ \t]*)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:[ \t]*[)\]])?[ \t]*(?::[ \t]*\n|:[ \t]+(?=\S)|\n)/;

const LEAD_TIME = /^\s*(?:[[(]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[\])])?\s*(?:[-–—]\s*)?/;

/** The label that opens a block (or a line), if it has the form of one. */
export function matchLabel(raw: string): LabelMatch | null {
  const s = raw.replace(/\u00A0/g, ' ').replace(LEAD_TIME, '').replace(/^\s*>\s?/, '').replace(/^[ \t]+/, '');
  return matchStamped(s) ?? matchIntro(s) ?? matchHandle(s) ?? matchBold(s) ?? matchPlain(s);
}

function make(label: string, rest: string, bold: boolean, separator: LabelMatch['separator'], wholeBold = false, intro?: string): LabelMatch | null {
  let clean = label.replace(/\s+/g, ' ').trim();
  // "Anna Keller (glaciologist)", "Tom Reyes (editor)": the name is the label, the bracket a role.
  const bracket = /^(.+?)\s*\(\s*(\p{Ll}[\p{L}\p{M}'’ ,&-]{1,40}?)\s*\)$/u.exec(clean);
  const role = bracket && labelShape(bracket[1]!) === 'name' ? bracket[2]! : undefined;
  if (role !== undefined) clean = bracket![1]!;
  const shape = labelShape(clean);
  if (!shape) return null;
  const base = intro === undefined ? { label: clean, shape, rest, bold, separator, wholeBold } : { label: clean, shape, rest, bold, separator, wholeBold, intro };
  return role === undefined ? base : { ...base, role };
}

function matchIntro(s: string): LabelMatch | null {
  const bold = /^(\*\*|__)\s*([^*_\n()]{1,60}?)\s*\(([A-Z][A-Za-z0-9]{0,5})\)\s*(?::\s*\1|\1\s*:?)[ \t]*/.exec(s);
  const plain = bold ? null : /^(\p{Lu}[^():\n*]{0,50}?)\s*\(([A-Z][A-Z0-9]{0,5})\)\s*:[ \t]*/u.exec(s);
  const m = bold ?? plain;
  if (!m) return null;
  const name = (bold ? m[2] : m[1])!.trim();
  const init = (bold ? m[3] : m[2])!;
  if (labelShape(name) !== 'name' && labelShape(name) !== 'role') return null;
  return make(init, s.slice(m[0].length), Boolean(bold), 'colon', false, name);
}

function matchStamped(s: string): LabelMatch | null {
  const m = STAMPED.exec(s);
  if (!m || !/\S/.test(s.slice(m[0].length))) return null;
  return make(m[1]!, s.slice(m[0].length), false, 'colon');
}

// User names may hold underscores, which the bold patterns below read as markup.
function matchHandle(s: string): LabelMatch | null {
  const m = /^(\*\*|__)?\s*((?:u\/|@)[\p{L}\p{N}_-]{2,30})\s*(?::\s*\1|\1\s*:)[ \t]+(?=\S)/u.exec(s);
  return m && m[1] ? make(m[2]!, s.slice(m[0].length), true, 'colon') : null;
}

function matchBold(s: string): LabelMatch | null {
  let m = /^(\*\*|__|\*|_)\s*([^*_\n]{1,60}?)\s*([:.])\s*\1[ \t]*/.exec(s);
  if (m && (m[3] === ':' || QA.test(m[2]!.trim()))) return make(m[2]!, s.slice(m[0].length), true, m[3] === ':' ? 'colon' : 'dot');
  m = /^(\*\*|__|\*|_)\s*([^*_\n]{1,60}?)\s*\1\s*(:|[-–—]\s)[ \t]*/.exec(s);
  // "**Q: A whole question?** — Reader, Town" is no "Label —": try the shapes below.
  const dashed = m ? make(m[2]!, s.slice(m[0].length), true, 'colon') : null;
  if (dashed) return dashed;
  m = /^(\*\*|__)\s*([^*_:\n]{1,40}?)\s*[:.][ \t]+(\S[\s\S]*?)\s*\1([\s\S]*)$/.exec(s);
  if (m) return make(m[2]!, m[3]! + m[4]!, true, 'colon', m[4]!.trim() === '');
  m = /^(\*\*|__)\s*([^*_:\n]{1,40}?)\s*\1[ \t]+(?=\S)/.exec(s);
  if (m) return make(m[2]!, s.slice(m[0].length), true, 'none');
  return null;
}

function matchPlain(s: string): LabelMatch | null {
  // A transcript's upper-case name on a line of its own ("JANE DOE"), the words below it.
  const own = /^([A-Z][A-Z .'’-]{0,48}[A-Z.])[ \t]*(?:\n|$)/.exec(s);
  if (own && !/^(?:Q|A)$/.test(own[1]!) && labelShape(own[1]!) === 'role') return make(own[1]!, s.slice(own[0].length), false, 'line');
  let m = /^(Q|A)\.[ \t]+(?=\S)/.exec(s);
  if (m) return make(m[1]!, s.slice(m[0].length), false, 'dot');
  m = /^(Q|A|QUESTION|ANSWER)(?:\t|[ \u00A0]{2,})(?=\S)/.exec(s);
  if (m) return make(m[1]!, s.slice(m[0].length), false, 'space');
  m = /^(Q|A|QUESTION|ANSWER)[ \t]*[-–—][ \t]+(?=\S)/.exec(s);
  if (m) return make(m[1]!, s.slice(m[0].length), false, 'dash');
  // "KATE MORGAN — Why…?", "Kate Morgan – Why…?": a name and a long dash (never a hyphen).
  m = /^([^\n:*_[\]()"“”—–]{1,50}?)[ \t]+[—–][ \t]+(?=\S)/.exec(s);
  const named = m && (labelShape(m[1]!) === 'name' || labelShape(m[1]!) === 'role') && m[1]!.includes(' ') ? make(m[1]!, s.slice(m[0].length), false, 'dash') : null;
  if (named) return named;
  m = /^([^:\n*_[\]()"“”]{1,60}?)[ \t]*:(?:[ \t]+(?=\S)|[ \t]*(?=\n|$))/.exec(s);
  if (m && !/^\s*$/.test(s.slice(m[0].length)) || (m && s.includes('\n'))) return make(m[1]!, s.slice(m[0].length), false, 'colon');
  return null;
}

/** The labels confirmed as speakers: used often enough, or in a shape that leaves no doubt. */
export interface ConfirmedLabels {
  readonly labels: ReadonlySet<string>;
  /** How each label was written where it was counted (a colon, a full stop, spaces). */
  readonly styles: ReadonlyMap<string, ReadonlySet<LabelMatch['separator']>>;
  /** Names given with initials: label → name ("FSM" → "Frederico"). */
  readonly intros: ReadonlyMap<string, string>;
  /** Roles given in brackets after a name: label → role ("Anna Keller" → "glaciologist"). */
  readonly roles: ReadonlyMap<string, string>;
}

/** Decides which candidate labels (from the first lines of blocks) are speakers; `fullText` is searched for names; `inner` are candidates from lines inside blocks (turns with no blank line between them). */
export function confirmLabels(matches: readonly LabelMatch[], fullText: string, inner: readonly LabelMatch[] = []): ConfirmedLabels {
  const all = [...matches, ...dialogueLines(inner, matches)];
  return confirmFrom(all, fullText);
}

// Labels inside blocks count only as a dialogue: two or more labels, each used at least twice, none in doubt.
function dialogueLines(inner: readonly LabelMatch[], first: readonly LabelMatch[]): LabelMatch[] {
  const counts = new Map<string, number>();
  for (const m of [...inner, ...first]) if (m.separator !== 'none' && m.separator !== 'line') counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  const innerLabels = new Set(inner.map((m) => m.label));
  const sure = [...counts].filter(([l, n]) => {
    if (!innerLabels.has(l) && !first.some((m) => m.label === l)) return false;
    const shape = labelShape(l);
    return n >= 2 && (shape === 'qa' || shape === 'initials' || shape === 'role' || (shape === 'name' && l.includes(' ')) || first.some((m) => m.label === l));
  }).map(([l]) => l);
  if (sure.length < 2) return [];
  return inner.filter((m) => sure.includes(m.label) && m.separator !== 'none' && m.separator !== 'line');
}

function confirmFrom(matches: readonly LabelMatch[], fullText: string): ConfirmedLabels {
  const counts = new Map<string, number>();
  const strong = new Map<string, boolean>();
  const intros = new Map<string, string>();
  const styleCounts = new Map<string, Map<LabelMatch['separator'], number>>();
  const dots = matches.filter((m) => m.separator === 'dot' && m.shape === 'qa');
  for (const m of matches) {
    // A bold label with no colon counts only as Q or A ("**Q** How…?"); a bold name could open any sentence.
    if (m.separator === 'none' && m.shape !== 'qa') continue;
    if (m.separator === 'dot' && !m.bold && !(dots.some((d) => d.label === 'Q') && dots.some((d) => d.label === 'A'))) continue;
    counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
    const sc = styleCounts.get(m.label) ?? new Map<LabelMatch['separator'], number>();
    sc.set(m.separator, (sc.get(m.separator) ?? 0) + 1);
    styleCounts.set(m.label, sc);
    if (m.bold || m.intro || m.shape === 'qa' || m.separator === 'space') strong.set(m.label, true);
    if (m.intro && !intros.has(m.label)) intros.set(m.label, m.intro);
  }
  const labels = new Set<string>();
  for (const [label, n] of counts) if (n >= 2 || intros.has(label)) labels.add(label);
  // Q/A labels: used twice, or once alongside their partner (Q with A, Question with Answer), or a bold question.
  const qa = [...counts.keys()].filter((l) => labelShape(l) === 'qa');
  for (const l of qa) {
    const partner = PARTNER[l.toUpperCase()];
    if ((counts.get(l) ?? 0) >= 2 || (partner && qa.some((o) => o.toUpperCase() === partner)) || matches.some((m) => m.label === l && m.wholeBold)) labels.add(l);
  }
  for (const [label, n] of counts) {
    const shape = labelShape(label);
    if (n !== 1 || labels.has(label) || labels.size === 0 || shape === 'qa' || !styleCounts.get(label)?.has('colon') && !strong.get(label)) continue;
    const elsewhere = fullText.split(label).length > 2;
    if (strong.get(label) || shape === 'initials' || shape === 'role' || (shape === 'name' && label.includes(' ') && elsewhere)) labels.add(label);
  }
  // A one-exchange interview: two different labels used once each, neither of them in doubt.
  if (labels.size === 0) {
    const once = [...counts.keys()].filter((l) => {
      const shape = labelShape(l);
      return strong.get(l) || shape === 'initials' || shape === 'role' || (shape === 'name' && l.includes(' '));
    });
    if (once.length >= 2 && once.length <= 4) for (const l of once) labels.add(l);
  }
  // A label's usual way of writing, and any other used at least twice ("Q — text" once in a Q: interview is text).
  const styles = new Map<string, Set<LabelMatch['separator']>>();
  for (const [label, sc] of styleCounts) {
    const top = Math.max(...sc.values());
    const usual = [...sc].filter(([, n]) => n === top).map(([sep]) => sep);
    // On a tie the way the label is first written wins.
    const first = matches.find((m) => m.label === label && usual.includes(m.separator))?.separator;
    styles.set(label, new Set([...sc].filter(([sep, n]) => sep === first || (n >= 2 && n === top) || n >= 3).map(([sep]) => sep)));
  }
  const roles = new Map<string, string>();
  for (const m of matches) if (m.role !== undefined && labels.has(m.label) && !roles.has(m.label)) roles.set(m.label, m.role);
  return { labels, styles, intros, roles };
}

/** True when a label match is one of the confirmed speakers, written the way that speaker's label is written. */
export function isConfirmed(m: LabelMatch, confirmed: ConfirmedLabels): boolean {
  if (!confirmed.labels.has(m.label)) return false;
  // A bold label without a colon ("**MJ** During…") counts once the label is known.
  if (m.separator === 'none') return true;
  return confirmed.styles.get(m.label)?.has(m.separator) ?? false;
}

/** Applies a teacher's sidecar to a built guide: added and removed terms, added prompts. Pure. */
import type { Guide, KeyTerm, Prompt, PromptLevel, Section } from '../model.js';
import type { TeacherTerm } from './options.js';
import { buildGlossaryFromSections } from './glossary.js';
import type { GuideParts } from './index.js';

/** What a sidecar may change after analysis. */
export interface Customisation {
  readonly addTerms?: readonly TeacherTerm[];
  readonly removeTerms?: readonly string[];
  readonly addPrompts?: readonly { section?: number; text: string; level?: PromptLevel }[];
}

/** Returns the guide with the teacher's terms and prompts in place. */
export function customiseGuide(guide: Guide, custom: Customisation): Guide {
  const removed = new Set((custom.removeTerms ?? []).map((t) => t.toLowerCase()));
  let sections: Section[] = guide.sections.map((s) => ({
    ...s,
    keyTerms: s.keyTerms.filter((t) => !removed.has(t.term.toLowerCase())),
  }));
  const orphans: KeyTerm[] = [];
  for (const add of custom.addTerms ?? []) {
    const key = add.term.toLowerCase();
    const present = sections.findIndex((s) => s.keyTerms.some((t) => t.term.toLowerCase() === key));
    if (present >= 0) {
      sections = sections.map((s, i) =>
        i !== present ? s : { ...s, keyTerms: s.keyTerms.map((t) => (t.term.toLowerCase() === key ? teacherDefined(t, add.definition) : t)) },
      );
      continue;
    }
    const at = sections.findIndex((s) => s.answerParagraphs.concat(s.questionParagraphs).some((p) => p.text.toLowerCase().includes(key)));
    const section = sections[at];
    const paragraph = section?.questionParagraphs.concat(section.answerParagraphs).find((p) => p.text.toLowerCase().includes(key));
    const term: KeyTerm = { term: add.term, definition: add.definition, kind: 'concept', firstParagraph: paragraph?.number ?? 0, source: 'teacher' };
    if (section) sections = sections.map((s, i) => (i === at ? { ...s, keyTerms: [...s.keyTerms, term] } : s));
    else orphans.push(term);
  }
  let afterReading = [...guide.afterReading];
  for (const add of custom.addPrompts ?? []) {
    const prompt: Prompt = { text: add.text.trim(), level: add.level ?? 'connect', paragraphs: [], fromTeacher: true };
    const at = add.section === undefined ? -1 : sections.findIndex((s) => s.number === add.section);
    if (at >= 0) sections = sections.map((s, i) => (i === at ? { ...s, prompts: [...s.prompts, prompt] } : s));
    else afterReading = [...afterReading, prompt];
  }
  const texts = sections.map((s) => [...s.questionParagraphs, ...s.answerParagraphs].map((p) => p.text).join('\n').toLowerCase());
  const glossary = buildGlossaryFromSections(sections.map((s) => s.keyTerms), texts, sections.map((s) => s.number), orphans);
  return { ...guide, sections, afterReading, glossary };
}

/**
 * customiseGuide for a guide in parts (see analyseInParts): the head is customised at once (its
 * sections' key terms are final there, so added and removed terms and the glossary are settled),
 * each section as it comes takes its customised terms and the teacher's prompts after its own, and
 * the back matter the teacher's prompts for no section after its own. The parts joined are
 * customiseGuide's guide.
 */
export function customiseParts(parts: GuideParts, custom: Customisation): GuideParts {
  // The head's afterReading is empty (see GuideParts): customised, it holds the teacher's prompts alone.
  const customised = customiseGuide(parts.head, custom);
  const teacherAfter = customised.afterReading;
  const head: Guide = { ...customised, afterReading: [] };
  function* sections(): Generator<Section, void, undefined> {
    let i = 0;
    for (const section of parts.sections()) {
      const custom = head.sections[i++]!;
      yield { ...section, keyTerms: custom.keyTerms, prompts: [...section.prompts, ...custom.prompts] };
    }
  }
  const back = () => {
    const made = parts.back();
    return { ...made, afterReading: [...made.afterReading, ...teacherAfter] };
  };
  return { head, sections, back };
}

/** A term the teacher defines: their definition, and nothing left of the one it replaces (sourceWord). */
function teacherDefined(term: KeyTerm, definition: string): KeyTerm {
  const { sourceWord: _replaced, ...rest } = term;
  return { ...rest, definition, source: 'teacher' };
}

/** Guide → Markdown through Handlebars templates. Pure: templates arrive as strings. */
import Handlebars from 'handlebars';
import type { Edition, Guide } from '../model.js';
import { GuideError } from '../errors.js';
import { buildView } from './view-model.js';

/** Template sources by name ("guide", "section", ...), from the shipped templates/ folder or a teacher's. */
export interface TemplateSet {
  readonly templates: Readonly<Record<string, string>>;
  /** Where each template came from, for error messages. */
  readonly files?: Readonly<Record<string, string>>;
}

/** Options for the Markdown writer. */
export interface MarkdownOptions {
  readonly edition: Edition;
  readonly templates: TemplateSet;
}

/** The main template's name; every other template is a partial of the same name. */
export const MAIN_TEMPLATE = 'guide';

/** Renders the guide as Markdown. Throws GuideError('TEMPLATE') naming the file and line of a broken template. */
export function renderMarkdown(guide: Guide, options: MarkdownOptions): string {
  const { main, files } = compileSet(options.templates);
  let out: string;
  try {
    // Prototype access stays forbidden (Handlebars' default): templates are data, not code.
    out = main(buildView(guide, options.edition));
  } catch (cause) {
    throw templateError(cause, MAIN_TEMPLATE, files[MAIN_TEMPLATE]);
  }
  return tidyMarkdown(out);
}

/** Compiled templates per template set: a batch compiles them once, not once per guide. */
const compiledSets = new WeakMap<TemplateSet, { main: Handlebars.TemplateDelegate; files: Readonly<Record<string, string>> }>();

function compileSet(set: TemplateSet): { main: Handlebars.TemplateDelegate; files: Readonly<Record<string, string>> } {
  const cached = compiledSets.get(set);
  if (cached) return cached;
  const { templates, files = {} } = set;
  const hbs = Handlebars.create();
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of Object.entries(templates)) {
    compiled.set(name, compileTemplate(hbs, name, source, files[name]));
  }
  const main = compiled.get(MAIN_TEMPLATE);
  if (!main) throw new GuideError('TEMPLATE', `there is no "${MAIN_TEMPLATE}" template`, { hint: 'Keep a guide.md.hbs in the templates folder.' });
  for (const [name, template] of compiled) if (name !== MAIN_TEMPLATE) hbs.registerPartial(name, template);
  const entry = { main, files };
  compiledSets.set(set, entry);
  return entry;
}

function compileTemplate(hbs: typeof Handlebars, name: string, source: string, file?: string): Handlebars.TemplateDelegate {
  try {
    // Parse now so syntax errors name their file, not the first guide that uses them.
    hbs.parse(source);
    // noEscape: Markdown is not HTML ("Canada's", never "Canada&#x27;s").
    return hbs.compile(source, { noEscape: true });
  } catch (cause) {
    throw templateError(cause, name, file);
  }
}

function templateError(cause: unknown, name: string, file?: string): GuideError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const line = /line (\d+)/i.exec(message)?.[1];
  const first = message.split('\n')[0] ?? message;
  return new GuideError('TEMPLATE', `template "${name}" is broken: ${first}`, {
    file: file ?? `${name}.md.hbs`,
    line: line ? Number(line) : undefined,
    hint: 'Fix the template, or delete it to use the shipped one.',
    cause,
  });
}

/** One blank line between blocks, no trailing spaces, one final newline (markdownlint MD009, MD012, MD047). */
export function tidyMarkdown(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, '')
      // A heading always has a blank line above it, whatever a teacher's template does (MD022).
      .replace(/([^\n])\n(#{1,6} )/g, '$1\n\n$2')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

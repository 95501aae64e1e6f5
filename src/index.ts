/** The library API: the same stages the CLI runs, for other tools. */
export { buildGuide, DEFAULT_MAX_BYTES } from './build/index.js';
export type { BuildOptions, BuildResult, BuiltFile, Format } from './build/index.js';
export { readArticle } from './build/read-article.js';
export { parseInterview } from './parse/index.js';
export { analyse } from './analyse/index.js';
export type { AnalyseOptions, TeacherTerm } from './analyse/options.js';
export { renderMarkdown } from './render/markdown.js';
export type { MarkdownOptions, TemplateSet } from './render/markdown.js';
export { renderPdf } from './render/pdf/index.js';
export { loadTemplates } from './io.js';
export { GuideError, formatError } from './errors.js';
export { main } from './cli.js';
export type * from './model.js';

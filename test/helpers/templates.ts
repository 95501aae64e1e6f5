/** The shipped templates, loaded once for render tests. */
import { loadTemplates } from '../../src/io.js';
import type { TemplateSet } from '../../src/render/markdown.js';

let shipped: Promise<TemplateSet> | undefined;

/** The templates in templates/, as the CLI loads them. */
export function shippedTemplates(): Promise<TemplateSet> {
  shipped ??= loadTemplates();
  return shipped;
}

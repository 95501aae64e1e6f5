/** Lints Markdown with markdownlint's default rules, line length aside. */
import { lint } from 'markdownlint/sync';

/** The rule violations, one line each ("12 MD032 ..."); [] when clean. */
export function lintMarkdown(text: string): string[] {
  const results = lint({
    strings: { guide: text },
    config: {
      default: true,
      MD013: false,
      // The front matter's title is metadata for other tools; the visible H1 is the title for readers.
      MD025: { front_matter_title: '' },
      MD041: { front_matter_title: '' },
    },
  });
  return (results.guide ?? []).map((r) => `${r.lineNumber} ${r.ruleNames.join('/')} ${r.ruleDescription}${r.errorDetail ? `: ${r.errorDetail}` : ''}`);
}

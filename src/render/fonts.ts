/**
 * The PDF's typefaces: TTF data files shipped in npm font packages, resolved from node_modules
 * and read once per process. Atkinson Hyperlegible (designed for readers with low vision) sets
 * headings, labels and furniture; Source Serif 4 sets the article's text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The faces the PDF writer uses, by role. */
export type FontRole = 'sans' | 'sansBold' | 'sansItalic' | 'sansBoldItalic' | 'serif' | 'serifItalic' | 'serifSemiBold' | 'serifBold';

const FILES: Readonly<Record<FontRole, string>> = {
  sans: '@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf',
  sansBold: '@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf',
  sansItalic: '@expo-google-fonts/atkinson-hyperlegible/400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf',
  sansBoldItalic: '@expo-google-fonts/atkinson-hyperlegible/700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf',
  serif: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  serifItalic: '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  serifSemiBold: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  serifBold: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
};

/** The family a role belongs to, for messages. */
export function fontFamilyName(role: FontRole): string {
  return role.startsWith('serif') ? 'Source Serif 4' : 'Atkinson Hyperlegible';
}

/** Every role, in a fixed order (registration order affects the PDF's bytes). */
export const FONT_ROLES = Object.keys(FILES) as readonly FontRole[];

let cache: Readonly<Record<FontRole, Buffer>> | null = null;

/** The font files' bytes by role, read on first use and cached for the process. */
export function loadFonts(): Readonly<Record<FontRole, Buffer>> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const entries = FONT_ROLES.map((role) => [role, readFileSync(require.resolve(FILES[role]))] as const);
  cache = Object.freeze(Object.fromEntries(entries) as Record<FontRole, Buffer>);
  return cache;
}

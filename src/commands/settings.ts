/** Loads the teacher's settings files from disk: config file, shared glossary, sidecars. */
import path from 'node:path';
import { readOptionalText } from '../io.js';
import type { ConfigFile, Sidecar } from '../settings/schemas.js';
import type { TeacherTerm } from '../analyse/options.js';
import { GuideError } from '../errors.js';

/** The YAML parser and the schemas (yaml and zod, about 70 ms to load), loaded only when a settings file exists. */
async function settingsParser(): Promise<{ parseSettings: typeof import('../settings/yaml.js').parseSettings; schemas: typeof import('../settings/schemas.js') }> {
  const [{ parseSettings }, schemas] = await Promise.all([import('../settings/yaml.js'), import('../settings/schemas.js')]);
  return { parseSettings, schemas };
}

/** Names the config file may have, in the order they are looked for. */
export const CONFIG_NAMES = ['discussion-guide.config.json', 'discussion-guide.config.yaml', 'discussion-guide.config.yml'];

/** Reads the config file: the one given, else the first found in cwd, else none. */
export async function loadConfig(cwd: string, given?: string): Promise<ConfigFile> {
  const candidates = given ? [path.resolve(cwd, given)] : CONFIG_NAMES.map((n) => path.join(cwd, n));
  for (const file of candidates) {
    const text = await readOptionalText(file);
    if (text === null) {
      if (given) throw new GuideError('CONFIG', 'no such config file', { file: given, hint: 'Check the --config path.' });
      continue;
    }
    const { parseSettings, schemas } = await settingsParser();
    return parseSettings(schemas.configSchema, text, path.relative(cwd, file) || file);
  }
  return {};
}

/** Reads glossary.yaml (or .yml) beside the articles, or the file given; [] when there is none. */
export async function loadGlossary(dir: string, given?: string): Promise<{ terms: TeacherTerm[]; file: string | null }> {
  const candidates = given ? [given] : [path.join(dir, 'glossary.yaml'), path.join(dir, 'glossary.yml')];
  for (const file of candidates) {
    const text = await readOptionalText(file);
    if (text === null) {
      if (given) throw new GuideError('CONFIG', 'no such glossary file', { file, hint: 'Check the --glossary path.' });
      continue;
    }
    const { parseSettings, schemas } = await settingsParser();
    const data = parseSettings(schemas.glossarySchema, text, file);
    return { terms: Array.isArray(data) ? data : data.terms, file };
  }
  return { terms: [], file: null };
}

/** The sidecar's path for an article: input/<stem>.guide.yaml. */
export function sidecarPath(articlePath: string): string {
  const ext = path.extname(articlePath);
  return `${articlePath.slice(0, articlePath.length - ext.length)}.guide.yaml`;
}

/** Reads an article's sidecar (.guide.yaml or .guide.yml), or undefined when it has none. */
export async function loadSidecar(articlePath: string): Promise<{ sidecar?: Sidecar; file: string }> {
  const yamlFile = sidecarPath(articlePath);
  for (const file of [yamlFile, yamlFile.replace(/\.yaml$/, '.yml')]) {
    const text = await readOptionalText(file);
    if (text === null) continue;
    const { parseSettings, schemas } = await settingsParser();
    return { sidecar: parseSettings(schemas.sidecarSchema, text, file), file };
  }
  return { file: yamlFile };
}

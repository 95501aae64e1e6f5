/** The only module that touches the file system: finding inputs, reading them, writing outputs atomically. */
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GuideError } from './errors.js';
import type { TemplateSet } from './render/markdown.js';

/** File extensions the readers understand. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

/** Files in input/ that are settings, not articles. */
const SETTINGS_FILE = /(\.guide\.ya?ml|^glossary\.ya?ml|^discussion-guide\.config\.(json|ya?ml))$/i;

/** The folder of shipped templates (templates/ at the package root). */
export const SHIPPED_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** An input found on disk. */
export interface InputFile {
  readonly path: string;
  /** The file name, used for messages and output names. */
  readonly name: string;
}

/** Expands files and folders into the article files to build, sorted for deterministic batches. */
export async function collectInputs(paths: readonly string[]): Promise<{ inputs: InputFile[]; errors: GuideError[] }> {
  const inputs: InputFile[] = [];
  const errors: GuideError[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      errors.push(new GuideError('NOT_FOUND', 'no such file or folder', { file: given, hint: 'Check the path, or put the article in input/.' }));
      continue;
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(given, { withFileTypes: true }))
        .filter((e) => e.isFile() && !e.name.startsWith('.') && isArticleName(e.name))
        .map((e) => e.name)
        .sort();
      for (const name of entries) inputs.push({ path: path.join(given, name), name });
    } else {
      inputs.push({ path: given, name: path.basename(given) });
    }
  }
  return { inputs, errors };
}

/** Whether a file name looks like an article the readers know (not a sidecar or settings file). */
export function isArticleName(name: string): boolean {
  return !SETTINGS_FILE.test(name) && (INPUT_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()) && !/^(readme|license|licence|changelog|contributing|sources)(\.[a-z]+)?$/i.test(name);
}

/** Reads a file's bytes, refusing anything over maxBytes before reading it. */
export async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (cause) {
    throw new GuideError('NOT_FOUND', 'no such file', { file, hint: 'Check the path.', cause });
  }
  if (!stat.isFile()) throw new GuideError('UNREADABLE', 'is not a regular file', { file, hint: 'Give an article file or a folder of them.' });
  if (stat.size > maxBytes) {
    throw new GuideError('TOO_LARGE', `is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit`, {
      file,
      hint: 'Split the article, or raise the limit with --max-size.',
    });
  }
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (cause) {
    throw new GuideError('UNREADABLE', 'cannot be read', { file, hint: 'Check that you have permission to read it.', cause });
  }
}

/** Reads a UTF-8 text file, or returns null when it does not exist. */
export async function readOptionalText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new GuideError('UNREADABLE', 'cannot be read', { file, hint: 'Check that you have permission to read it.', cause });
  }
}

/** Makes sure the output folder exists and can be written. */
export async function prepareOutDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, fsConstants.W_OK);
  } catch (cause) {
    throw new GuideError('WRITE', 'the output folder cannot be written', { file: dir, hint: 'Choose another folder with --out, or check its permissions.', cause });
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename, so a failure leaves the old file whole. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (cause) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new GuideError('WRITE', 'cannot be written', { file, hint: 'Check that the output folder exists and is writable.', cause });
  }
}

/** Loads the shipped templates, then a teacher's folder over them: a file replaces the shipped one of the same name. */
export async function loadTemplates(overrideDir?: string): Promise<TemplateSet> {
  const templates: Record<string, string> = {};
  const files: Record<string, string> = {};
  for (const dir of [SHIPPED_TEMPLATES, overrideDir].filter((d): d is string => Boolean(d))) {
    let names: string[];
    try {
      names = (await fs.readdir(dir)).filter((n) => n.endsWith('.md.hbs')).sort();
    } catch (cause) {
      throw new GuideError('TEMPLATE', 'the templates folder cannot be read', { file: dir, hint: 'Check the --templates path.', cause });
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const key = name.slice(0, -'.md.hbs'.length);
      templates[key] = await fs.readFile(file, 'utf8');
      files[key] = file;
    }
  }
  return { templates, files };
}

/** "5 MB", "812 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** `discussion-guide init [DIR]`: a ready-to-edit input/ folder and templates, never overwriting anything. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_TEMPLATES } from '../io.js';
import type { Reporter } from './terminal.js';

const SAMPLE = fileURLToPath(new URL('../../input/global-times-canada-china-interview.txt', import.meta.url));

const EXAMPLE_SIDECAR = `# Customisation for one article: keep this file next to it, named <article>.guide.yaml.
# It survives every rebuild. Delete a line to go back to what the tool found.
course: Grade 11 Civics
# title: Canada and China, 2026        # overrides the headline on the cover
terms:
  add:
    - term: path dependence
      definition: The idea that past choices limit the choices a country has today.
  remove: []                            # e.g. [Beijing]
prompts:
  add:
    - section: 5
      text: How would you explain "path dependence" to a friend?
`;

const EXAMPLE_GLOSSARY = `# Your own definitions, used for every article in this folder. They win over the tool's.
terms:
  - term: unilateralism
    definition: When one country acts alone, without agreeing with other countries first.
`;

/** Creates DIR/input (sample, sidecar, glossary), DIR/templates and DIR/output; returns 0. */
export async function runInit(dir: string, reporter: Reporter): Promise<number> {
  const sampleName = path.basename(SAMPLE);
  const files: [string, () => Promise<string | Buffer>][] = [
    [path.join(dir, 'input', sampleName), () => fs.readFile(SAMPLE)],
    [path.join(dir, 'input', sampleName.replace(/\.txt$/, '.guide.yaml')), async () => EXAMPLE_SIDECAR],
    [path.join(dir, 'input', 'glossary.yaml'), async () => EXAMPLE_GLOSSARY],
  ];
  for (const name of (await fs.readdir(SHIPPED_TEMPLATES)).filter((n) => n.endsWith('.hbs')).sort()) {
    files.push([path.join(dir, 'templates', name), () => fs.readFile(path.join(SHIPPED_TEMPLATES, name))]);
  }
  await fs.mkdir(path.join(dir, 'output'), { recursive: true });
  let created = 0;
  for (const [file, content] of files) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    try {
      // 'wx' fails if the file exists: init never overwrites a teacher's work.
      await fs.writeFile(file, await content(), { flag: 'wx' });
      created++;
      reporter.info(`created ${file}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      reporter.info(`kept    ${file} (already there)`);
    }
  }
  reporter.info(`${created} files created. Next: edit input/, then run: npx discussion-guide build --templates ${path.join(dir, 'templates')}`);
  return 0;
}

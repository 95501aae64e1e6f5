/** `build --watch`: rebuild an article when it, its sidecar, the glossary or a template changes. */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { collectInputs, isArticleName } from '../io.js';
import type { CliIo, Reporter } from './terminal.js';
import { runBuild, type BuildCommandOptions } from './build.js';

/** Which articles a changed file affects: itself, its sidecar's article, all (glossary, template, config) or none. */
export function affected(changed: string, articles: readonly string[]): 'all' | string[] {
  const base = path.basename(changed);
  if (/\.guide\.ya?ml$/i.test(base)) {
    const stem = changed.replace(/\.guide\.ya?ml$/i, '');
    return articles.filter((a) => a.slice(0, a.length - path.extname(a).length) === stem);
  }
  if (isArticleName(base)) return articles.includes(changed) ? [changed] : [];
  // Templates, the shared glossary and the config file change every guide; anything else, none.
  return /\.hbs$|^glossary\.ya?ml$|^discussion-guide\.config\./i.test(base) ? 'all' : [];
}

/** Builds once, then on every change until io.signal aborts; a broken edit prints its error and keeps watching. */
export async function runWatch(options: BuildCommandOptions, io: CliIo, reporter: Reporter): Promise<number> {
  await runBuild(options, io, reporter);
  const folders = new Set<string>();
  for (const p of options.paths) {
    const abs = path.resolve(io.cwd, p);
    const { inputs } = await collectInputs([abs]);
    folders.add(inputs.length === 1 && inputs[0]!.path === abs ? path.dirname(abs) : abs);
  }
  if (options.templates) folders.add(path.resolve(io.cwd, options.templates));
  if (options.glossary) folders.add(path.dirname(path.resolve(io.cwd, options.glossary)));
  const watchers: FSWatcher[] = [];
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const flush = () => {
    const changed = pending;
    pending = new Set();
    running = running.then(async () => {
      const { inputs } = await collectInputs(options.paths.map((p) => path.resolve(io.cwd, p)));
      const articles = inputs.map((i) => i.path);
      const targets = new Set<string>();
      let all = false;
      for (const file of changed) {
        const hit = affected(file, articles);
        if (hit === 'all') all = true;
        else hit.forEach((a) => targets.add(a));
      }
      if (!all && targets.size === 0) return;
      reporter.info(`change seen: ${[...changed].map((c) => path.relative(io.cwd, c)).join(', ')}`);
      await runBuild(options, io, reporter, all ? undefined : targets);
    });
  };
  for (const folder of folders) {
    const watcher = watch(folder, (_event, name) => {
      if (!name || name.startsWith('.') || name.endsWith('.tmp')) return;
      pending.add(path.join(folder, name.toString()));
      clearTimeout(timer);
      timer = setTimeout(flush, 150);
    });
    watchers.push(watcher);
  }
  reporter.info(`watching ${[...folders].map((f) => path.relative(io.cwd, f) || '.').join(', ')} (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) return resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
    if (!io.signal) process.once('SIGINT', () => resolve());
  });
  clearTimeout(timer);
  watchers.forEach((w) => w.close());
  await running;
  return 0;
}

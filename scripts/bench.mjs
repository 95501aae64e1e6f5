// npm run bench: prints figures (medians over several runs); it is not a test and asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readArticle, parseInterview, analyse, renderMarkdown, renderPdf, loadTemplates } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = path.join(root, 'input', 'global-times-canada-china-interview.txt');
const seedText = readFileSync(seed, 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'dg-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

function cold(args, cwd = work) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-child.mjs'), ...args], { cwd, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`bench run failed: ${run.stderr}`);
  const { maxRssMb, cpuMs } = JSON.parse(run.stdout.trim().split('\n').pop());
  return { wall, maxRssMb, cpuMs };
}

function coldMedian(args, cwd) {
  const runs = Array.from({ length: RUNS }, () => cold(args, cwd));
  return { wall: median(runs.map((r) => r.wall)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

// CPU time of both threads (and V8's helpers), beside the wall time: on a machine shared with other
// work the wall time varies from hour to hour by a third, and the CPU time leaves out waiting for a core.
const cpu = (r) => `cpu ${(r.cpuMs / 1000).toFixed(2)} s`;

console.log(`discussion-guide benchmark — node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)} at start, ${RUNS} runs each, medians\n`);

// 1. The seed from a cold process, both formats and both editions.
const seedCold = coldMedian([seed, '--out', path.join(work, 'out'), '--format', 'md,pdf', '--edition', 'student,teacher']);
console.log(`cold build of the seed (md+pdf, student+teacher): ${ms(seedCold.wall)}, ${cpu(seedCold)}, peak ${seedCold.maxRssMb.toFixed(0)} MB`);

// pandoc + weasyprint on the seed's finished Markdown guide, side by side, when they are installed.
const pandoc = spawnSync('sh', ['-c', 'command -v pandoc && command -v weasyprint'], { encoding: 'utf8' });
if (pandoc.status === 0) {
  const md = path.join(work, 'out', 'global-times-canada-china-interview.md');
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    execFileSync('pandoc', [md, '-o', path.join(work, 'pandoc.pdf'), '--pdf-engine=weasyprint'], { stdio: 'ignore' });
    return performance.now() - start;
  });
  const p = median(times);
  console.log(`pandoc + weasyprint, Markdown guide → PDF only:   ${ms(p)}  (ours is ${(seedCold.wall / p).toFixed(2)} of it)`);
} else {
  console.log('pandoc + weasyprint: not installed here (apt-get install pandoc weasyprint to compare side by side)');
}

// 2. Each stage in-process, after one warm-up.
const templates = await loadTemplates();
const bytes = new Uint8Array(readFileSync(seed));
const stage = async (fn) => {
  await fn();
  const times = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
};
const article = await readArticle(bytes, 'seed.txt', 5 << 20);
const interview = parseInterview(article.text, 'seed.txt');
const guide = analyse(interview);
console.log('\nstages in-process (warm):');
console.log(`  read (decode + parse): ${ms(await stage(async () => parseInterview((await readArticle(bytes, 'seed.txt', 5 << 20)).text, 'seed.txt')))}`);
console.log(`  analyse:               ${ms(await stage(() => analyse(interview)))}`);
console.log(`  Markdown:              ${ms(await stage(() => renderMarkdown(guide, { edition: 'student', templates })))}`);
console.log(`  PDF:                   ${ms(await stage(() => renderPdf(guide, { edition: 'student', creationDate: new Date(0) })))}`);

// 3. Batches of 1, 10 and 100 articles from a cold process.
console.log('\nbatches (cold process, md+pdf, student):');
const batch = {};
for (const n of [1, 10, 100]) {
  const dir = path.join(work, `batch-${n}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) copyFileSync(seed, path.join(dir, `article-${String(i).padStart(3, '0')}.txt`));
  batch[n] = coldMedian([dir, '--out', path.join(work, `batch-out-${n}`)]);
  console.log(`  ${String(n).padStart(3)} articles: ${ms(batch[n].wall)}, ${cpu(batch[n])}, peak ${batch[n].maxRssMb.toFixed(0)} MB`);
}
console.log(`  each further article: ${ms((batch[100].wall - batch[1].wall) / 99)} (cpu ${ms((batch[100].cpuMs - batch[1].cpuMs) / 99)})`);

// The same batch with different articles: the seed, then every corpus and shape fixture the tests use
// (real interviews and short ones of every layout), so that no word or paragraph is met twice.
const mixedDir = path.join(work, 'batch-mixed');
mkdirSync(mixedDir, { recursive: true });
copyFileSync(seed, path.join(mixedDir, '000-seed.txt'));
for (const dir of ['corpus', 'shapes']) {
  const from = path.join(root, 'test', 'fixtures', 'parse', dir);
  for (const f of readdirSync(from).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'SOURCES.md')) copyFileSync(path.join(from, f), path.join(mixedDir, `${dir}-${f}`));
}
const mixedCount = readdirSync(mixedDir).length;
const mixed = coldMedian([mixedDir, '--out', path.join(work, 'batch-out-mixed')]);
console.log(`  ${mixedCount} different articles (the test fixtures): ${ms(mixed.wall)}, peak ${mixed.maxRssMb.toFixed(0)} MB, ${ms((mixed.wall - batch[1].wall) / (mixedCount - 1))} for each after the first`);

// 4. Long interviews: the seed's exchanges repeated to 10 KB, 100 KB and 1 MB.
console.log('\nlong interviews (cold process, md+pdf, student):');
const body = seedText.slice(seedText.indexOf('GT:'));
const head = seedText.slice(0, seedText.indexOf('GT:'));
const sizes = [10_000, 100_000, 500_000, 1_000_000];
const long = {};
for (const size of sizes) {
  let text = head;
  while (Buffer.byteLength(text) < size) text += `\n\n${body}`;
  const file = path.join(work, `long-${size}.txt`);
  writeFileSync(file, text);
  long[size] = coldMedian([file, '--out', path.join(work, 'long-out'), '--max-size', '5']);
  console.log(`  ${String(size / 1000).padStart(5)} KB: ${ms(long[size].wall)}, ${cpu(long[size])}, peak ${long[size].maxRssMb.toFixed(0)} MB`);
}
console.log(`  growth 500 KB → 1 MB (twice the text): ${(long[1_000_000].wall / long[500_000].wall).toFixed(2)}× the time`);
console.log(`  growth 100 KB → 1 MB (10× the text): ${(long[1_000_000].wall / long[100_000].wall).toFixed(2)}× the time`);

// The same, with each copy's capitalised words (its names) made up afresh, so that the key terms grow
// with the text as in a real long interview: a pass that searches the article once per term shows
// here as growth, while the repeated seed above hides it. Fewer runs: these take seconds each.
const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'sa', 'qui', 'del', 'mon', 'tar', 'bel', 'ni', 'zu', 'per', 'gan', 'ost', 'wen', 'brim', 'hal'];
const KEPT = new Set(['Canada', 'China', 'This', 'That', 'There', 'They', 'When', 'What', 'Thank']);
function differentNames(size) {
  let x = 123456789;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const made = () => {
    let w = '';
    for (let i = 0, n = 2 + (next() % 2); i < n; i++) w += syllables[next() % syllables.length];
    return w[0].toUpperCase() + w.slice(1);
  };
  let text = head;
  while (Buffer.byteLength(text) < size) {
    const names = new Map();
    // A sentence's first word stays (it is seldom a name); every other capitalised word of four letters or more is renamed, consistently within the copy.
    text += `\n\n${body.replace(/\b[A-Z][a-z]{3,}\b/g, (w, at, all) => (at === 0 || /[.?!:]\s*$/.test(all.slice(Math.max(0, at - 3), at)) || KEPT.has(w) ? w : names.get(w) ?? names.set(w, made()).get(w)))}`;
  }
  return text;
}
console.log('\nlong interviews whose names differ from copy to copy (cold process, md+pdf, student, 3 runs):');
const distinct = {};
for (const size of [500_000, 1_000_000]) {
  const file = path.join(work, `names-${size}.txt`);
  writeFileSync(file, differentNames(size));
  const runs = Array.from({ length: Math.min(RUNS, 3) }, () => cold([file, '--out', path.join(work, 'long-out'), '--max-size', '5']));
  distinct[size] = { wall: median(runs.map((r) => r.wall)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
  console.log(`  ${String(size / 1000).padStart(5)} KB: ${ms(distinct[size].wall)}, peak ${distinct[size].maxRssMb.toFixed(0)} MB`);
}
console.log(`  growth 500 KB → 1 MB (twice the text): ${(distinct[1_000_000].wall / distinct[500_000].wall).toFixed(2)}× the time`);
console.log(`\npeak memory: seed ${seedCold.maxRssMb.toFixed(0)} MB, batch of 100 ${batch[100].maxRssMb.toFixed(0)} MB`);

console.log(`(load ${loadavg()[0].toFixed(1)} at the end)`);
rmSync(work, { recursive: true, force: true });

// Runs the CLI once in this process and reports its peak memory and CPU time (all threads), for scripts/bench.mjs.
// Tuned as the bin tunes it, and the PDF worker started as the bin starts it, before the CLI's code is loaded.
import { tuneV8 } from '../dist/startup.js';

tuneV8();
const { prestartPdfWorker } = await import('../dist/build/pdf-renderer.js');
prestartPdfWorker(process.argv.slice(2));
const { main } = await import('../dist/cli.js');

const code = await main(process.argv.slice(2), {
  stdout: () => undefined,
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: { ...process.env, SOURCE_DATE_EPOCH: '1768435200' },
  isTTY: false,
});
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({ code, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + '\n');
process.exitCode = code;

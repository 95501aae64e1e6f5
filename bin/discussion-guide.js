#!/usr/bin/env node
// The bin stays tiny: V8 is tuned for a short run (dist/startup.js), the PDF worker is started if the
// command line is a build that may make PDFs (it loads pdfkit while the CLI loads), then main() does
// the work and returns the exit code. The CLI is imported after tuning so that its code is compiled with it.
import { tuneV8 } from '../dist/startup.js';

tuneV8();
const args = process.argv.slice(2);
const { prestartPdfWorker } = await import('../dist/build/pdf-renderer.js');
prestartPdfWorker(args);
const { main } = await import('../dist/cli.js');
process.exitCode = await main(args);

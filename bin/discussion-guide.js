#!/usr/bin/env node
// The bin stays tiny: V8 is tuned for a short run (dist/startup.js), then main() does the work and
// returns the exit code. The CLI is imported after tuning so that its code is compiled with it.
import { tuneV8 } from '../dist/startup.js';

tuneV8();
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));

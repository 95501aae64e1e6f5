#!/usr/bin/env node
// The bin stays tiny: main() does the work and returns the exit code.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));

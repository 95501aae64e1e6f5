/** The tool's name and version, read from package.json so they are written in one place only. */
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export const TOOL_NAME = pkg.name;
export const TOOL_VERSION = pkg.version;
/** "discussion-guide 0.1.0", for the PDF's Creator and the guide's generator. */
export const GENERATOR = `${TOOL_NAME} ${TOOL_VERSION}`;

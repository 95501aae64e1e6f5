/** The tool's name and version, kept in one place (package.json is the source). */
export const TOOL_NAME = 'discussion-guide';
export const TOOL_VERSION = '0.1.0';
/** "discussion-guide 0.1.0", for the PDF's Creator and the guide's generator. */
export const GENERATOR = `${TOOL_NAME} ${TOOL_VERSION}`;

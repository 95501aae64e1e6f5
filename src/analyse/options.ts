/** Options for the analyse stage. */

/** A term from the teacher's glossary or a sidecar. */
export interface TeacherTerm {
  readonly term: string;
  readonly definition: string;
}

/** What the analyse stage may be told. */
export interface AnalyseOptions {
  /** The teacher's own definitions; they win over everything else. */
  readonly glossary?: readonly TeacherTerm[];
  /** Terms the teacher wants removed (case-insensitive). */
  readonly removeTerms?: readonly string[];
  /** The tool's name and version for the guide's `generator`. */
  readonly generator?: string;
  readonly course?: string;
  /** Overrides the headline on the cover. */
  readonly title?: string;
}

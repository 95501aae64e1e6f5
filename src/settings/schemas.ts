/** The schemas of the files a teacher writes: the shared glossary, an article's sidecar, the config file. */
import { z } from 'zod';

const term = z.strictObject({
  term: z.string().min(1),
  definition: z.string().min(3),
});

/** input/glossary.yaml: the teacher's own definitions, used for every article. */
export const glossarySchema = z.union([
  z.strictObject({ terms: z.array(term) }),
  z.array(term),
]);

/** input/<stem>.guide.yaml: customisation that survives every rebuild. */
export const sidecarSchema = z.strictObject({
  course: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  terms: z
    .strictObject({
      add: z.array(term).optional(),
      remove: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  prompts: z
    .strictObject({
      add: z
        .array(
          z.strictObject({
            section: z.number().int().positive().optional(),
            text: z.string().min(1),
            level: z.enum(['understand', 'analyse', 'evaluate', 'connect']).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

/** discussion-guide.config.json / .yaml: default options; command-line flags win. */
export const configSchema = z.strictObject({
  input: z.union([z.string(), z.array(z.string())]).optional(),
  out: z.string().optional(),
  format: z.union([z.string(), z.array(z.enum(['md', 'pdf', 'json']))]).optional(),
  edition: z.union([z.string(), z.array(z.enum(['student', 'teacher']))]).optional(),
  paper: z.enum(['letter', 'a4']).optional(),
  templates: z.string().optional(),
  glossary: z.string().optional(),
  maxSize: z.number().positive().optional(),
  quiet: z.boolean().optional(),
  verbose: z.boolean().optional(),
});

/** The shared glossary's data. */
export type GlossaryFile = z.infer<typeof glossarySchema>;
/** A sidecar's data. */
export type Sidecar = z.infer<typeof sidecarSchema>;
/** The config file's data. */
export type ConfigFile = z.infer<typeof configSchema>;

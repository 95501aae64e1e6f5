import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/yaml.js';
import { configSchema, glossarySchema, sidecarSchema } from '../../src/settings/schemas.js';
import { GuideError } from '../../src/errors.js';

function failure(fn: () => unknown): GuideError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GuideError) return error;
    throw error;
  }
  throw new Error('expected a GuideError');
}

describe('settings files', () => {
  it('reads the sidecar documented in the README', () => {
    const text = [
      'course: Grade 11 Civics',
      'title: Canada and China, 2026',
      'terms:',
      '  add:',
      '    - term: path dependence',
      '      definition: The idea that past choices limit the choices a country has today.',
      '  remove: [Beijing]',
      'prompts:',
      '  add:',
      '    - section: 5',
      '      text: How would you explain "path dependence" to a friend?',
    ].join('\n');
    const sidecar = parseSettings(sidecarSchema, text, 'a.guide.yaml');
    expect(sidecar.course).toBe('Grade 11 Civics');
    expect(sidecar.terms?.add?.[0]?.term).toBe('path dependence');
    expect(sidecar.terms?.remove).toEqual(['Beijing']);
    expect(sidecar.prompts?.add?.[0]?.section).toBe(5);
  });

  it('names the file, the unknown key and its line', () => {
    const error = failure(() => parseSettings(sidecarSchema, 'course: Civics\ncolour: red\n', 'input/a.guide.yaml'));
    expect(error.code).toBe('CONFIG');
    expect(error.file).toBe('input/a.guide.yaml');
    expect(error.message).toContain('colour');
    expect(error.line).toBe(2);
  });

  it('names the key and line of a wrong type', () => {
    const text = 'prompts:\n  add:\n    - section: five\n      text: Why?\n';
    const error = failure(() => parseSettings(sidecarSchema, text, 'b.guide.yaml'));
    expect(error.message).toContain('prompts.add.0.section');
    expect(error.line).toBe(3);
  });

  it('reports YAML syntax errors with a line', () => {
    const error = failure(() => parseSettings(sidecarSchema, 'course: [unclosed\n', 'c.guide.yaml'));
    expect(error.message).toMatch(/not valid YAML/);
    expect(error.line).toBeGreaterThan(0);
  });

  it('accepts a glossary as a list or under terms:', () => {
    expect(parseSettings(glossarySchema, '- term: tariff\n  definition: A tax on imports.\n', 'g.yaml')).toHaveLength(1);
    expect(parseSettings(glossarySchema, 'terms:\n  - term: tariff\n    definition: A tax on imports.\n', 'g.yaml')).toEqual({ terms: [{ term: 'tariff', definition: 'A tax on imports.' }] });
  });

  it('reads a JSON config file and rejects unknown options', () => {
    expect(parseSettings(configSchema, '{"out": "handouts", "paper": "a4"}', 'discussion-guide.config.json')).toEqual({ out: 'handouts', paper: 'a4' });
    const error = failure(() => parseSettings(configSchema, '{"outt": "x"}', 'discussion-guide.config.json'));
    expect(error.message).toContain('outt');
  });
});

import { describe, expect, it } from 'vitest';
import { withArticle } from '../../../src/analyse/prompts/understand.js';

/** withArticle as it was before its answers were remembered. */
function reference(name: string, text: string): string {
  if (/^the /i.test(name)) return name;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const withThe = text.match(new RegExp(`\\bthe ${esc}`, 'gi'))?.length ?? 0;
  const all = text.match(new RegExp(`(?<![\\p{L}])${esc}`, 'gu'))?.length ?? 0;
  return withThe * 2 >= all && withThe > 0 ? `the ${name}` : name;
}

describe('withArticle, remembered per passage', () => {
  it('answers each name in each passage as it would afresh, also past the bound on passages', () => {
    const names = ['Biden administration', 'Ottawa', 'European Union', 'The Hague', 'EU'];
    const texts = ['The Biden administration and the European Union met in Ottawa.', 'Ottawa, the EU and Biden administration officials.', 'the the Ottawa'];
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 70; k++) {
        const text = `${texts[k % texts.length]} (${k})`;
        for (const name of names) expect(withArticle(name, text)).toBe(reference(name, text));
      }
    }
  });
});

// Writes data/lemma-exceptions.json from the language model's WordNet exception tables
// (wink-eng-lite-web-model, pinned in package.json): `node scripts/lemma-exceptions.mjs`.
// The model defines them as JavaScript that takes about 14 ms to compile and run at every start;
// the same tables as JSON parse in about 1 ms. test/analyse/lemmatize.test.ts checks they match.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('wink-eng-lite-web-model'));
const table = (file) => ({ ...require(join(dist, file)) });
const out = {
  adjective: table('wn-adjective-exceptions.js'),
  noun: table('wn-noun-exceptions.js'),
  verb: table('wn-verb-exceptions.js'),
};
writeFileSync(new URL('../data/lemma-exceptions.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(Object.entries(out).map(([k, v]) => `${k}: ${Object.keys(v).length}`).join(', '));

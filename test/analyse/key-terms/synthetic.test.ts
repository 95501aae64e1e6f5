/** Key terms on an interview written for this test (a climate scientist), to check shapes the corpus lacks. */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { simpleInterview } from '../../helpers/simple-interview.js';
import { JUNK } from './junk.js';

const TEXT = `Q: Professor Smith, what did the latest IPCC report tell us?

JS: The Intergovernmental Panel on Climate Change (IPCC) was very clear. Greenhouse gas emissions must fall by half this decade if we want to keep warming below 1.5 degrees. Frankly, the pace of decarbonisation is far too slow, and many governments are still subsidising fossil fuels.

Q: Is carbon capture the answer?

JS: Carbon capture and storage has a role, but it is not a silver bullet. The technology is expensive, and most projects have underperformed. We should focus on electrification of transport and on renewable energy, which is now cheaper than coal in most markets.

Q: What about the Paris Agreement?

JS: The Paris Agreement set the framework, but pledges are not policies. Countries need binding targets, a carbon tax, and real accountability. Without that, net zero by 2050 is wishful thinking. I worry about the tipping points in the climate system, such as the collapse of the West Antarctic ice sheet.

Q: What can young people do?

JS: Young people have already changed the conversation. Greta Thunberg showed that activism works. Vote, talk to your family, and hold politicians to their promises.`;

const interview = {
  ...simpleInterview(TEXT),
  speakers: [
    { label: 'Q', name: null, role: null, description: 'A reporter asks.', part: 'interviewer' as const },
    { label: 'JS', name: 'Professor Jane Smith', role: 'climatologist at the University of Leeds', description: 'Jane Smith answers.', part: 'interviewee' as const },
  ],
};

describe('key terms on an unseen interview', () => {
  const sections = extractKeyTerms(interview);
  const all = sections.flat();
  const get = (term: string) => all.find((t) => t.term === term);

  it('joins the speaker’s title and surname to her full name, defined from her role', () => {
    expect(get('Jane Smith')).toMatchObject({ kind: 'person', source: 'article' });
    expect(get('Jane Smith')!.definition).toMatch(/^Jane Smith is a climatologist at the University of Leeds/);
    expect(all.some((t) => t.term === 'Smith' || t.term === 'Professor Smith')).toBe(false);
  });

  it('keeps "X on Y" names whole and merges the acronym in brackets', () => {
    expect(get('Intergovernmental Panel on Climate Change')?.variants).toContain('IPCC');
  });

  it('normalises "electrification of transport" and finds dictionary phrases', () => {
    expect(get('transport electrification')).toBeDefined();
    expect(get('silver bullet')).toMatchObject({ source: 'wordnet', definition: 'A simple guaranteed solution for a difficult problem.' });
    expect(get('activism')?.source).toBe('wordnet');
  });

  it('does not take a capital at the start of a sentence for a name', () => {
    expect(all.some((t) => /^(Young|Frankly|Vote)$/.test(t.term))).toBe(false);
    for (const t of all) expect(JUNK.has(t.term.toLowerCase()), t.term).toBe(false);
  });
});

const DEBT = `INTERVIEWER: Mr. Okafor, you spent 20 years at the World Bank. What went wrong with structural adjustment in the 1980s?

OKAFOR: The structural adjustment programmes of the IMF and the World Bank demanded austerity, privatisation and trade liberalisation. In Nigeria, that meant cuts to health and education. The U.S. Treasury pushed what was later called the Washington Consensus.

INTERVIEWER: Some economists say debt relief only rewards mismanagement. What's your view?

OKAFOR: That's a myth. The Heavily Indebted Poor Countries Initiative, launched in 1996, freed money for schools. I saw it myself in Ghana. Of course, corruption is real, but conditionality often made things worse, not better.

INTERVIEWER: What should happen now, in 2024?

OKAFOR: We need a sovereign debt restructuring mechanism, so that countries can go bankrupt in an orderly way, as companies do. China's role as a lender makes this urgent. Its Belt and Road Initiative lent billions, and many of those loans are now in default.`;

describe('key terms on an unseen economics interview', () => {
  const all = extractKeyTerms(simpleInterview(DEBT)).flat();
  const names = all.map((t) => t.term);

  it('keeps the article’s spelling and whole names with "and" in them', () => {
    expect(names).toContain('privatisation');
    expect(names).not.toContain('privatization');
    expect(names).toContain('Belt and Road Initiative');
    expect(names).toContain('Heavily Indebted Poor Countries Initiative');
    expect(names).not.toContain('Road Initiative');
  });

  it('never lists the speaker label as a term', () => {
    expect(names.map((n) => n.toLowerCase())).not.toContain('okafor');
    for (const t of all) expect(t.definition.split(/\s+/).length).toBeGreaterThanOrEqual(3);
  });
});

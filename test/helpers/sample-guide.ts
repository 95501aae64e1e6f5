/**
 * A realistic Guide built by hand from the client's sample article (the Global Times interview
 * with Julián Castro-Rea), so render tests do not depend on the parse and analyse stages.
 * Paragraph numbers are the article's: editor's note = ¶1, Q1 = ¶2, A1 = ¶3–4, … Q7 = ¶17, A7 = ¶18.
 */
import type { Guide, KeyTerm, Paragraph, Prompt, Readability, Section, Speaker } from '../../src/model.js';

/** A title with the characters pdfkit's XMP writer does not escape. */
export const AMPERSAND_TITLE = 'Beijing & Ottawa: <ties> "beyond" US influence';

const EDITORS_NOTE =
  'Canadian Prime Minister Mark Carney began his state visit to China on Wednesday, the first by a Canadian leader in eight years. This trip takes place as Ottawa, under the Carney administration, pivots toward a more autonomous foreign and economic policy away from Washington. In a recent interview with Global Times (GT) reporter Xia Wenxin, Dr Julián Castro-Rea (JCR), a political science professor at the University of Alberta in Canada, discusses whether this visit can transform “ice-breaking” gestures for China-Canada relations into a more resilient partnership. He explores how deteriorating Canada-US relations under the Trump administration have opened a unique window of opportunity for Beijing and Ottawa to reset their relationship based on mutual goodwill and shared resistance to unilateralism.';

/** [topic, question, answer paragraphs] for each exchange, in order. */
const EXCHANGES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['What Carney’s visit means', 'In a meeting with Canadian Foreign Minister Anita Anand in Beijing on Thursday, Chinese Foreign Minister Wang Yi said China is willing to work with Canada to bring bilateral relations forward on a steady and sound track in solid strides under the new circumstances. Anand said the new Canadian government attaches great importance to relations with China, adding that Prime Minister Carney looks forward to engaging in in-depth exchanges with Chinese leaders during the visit to set the course for the development of bilateral relations. How significant is Carney’s trip for the China-Canada bilateral relationship? What could we expect from it?', [
    'This visit is indeed a breakthrough after Canada-China misalignment of perspectives over the past few years. The affairs of Meng Wanzhou and the two Michaels [Michael Spavor and Michael Kovrig] and disputes over “foreign interference” clouded bilateral relations between both countries. Carney’s visit promises to defrost these relations and open a new chapter.',
    'Practical breakthroughs will be difficult to obtain immediately from this trip. Canada and China need to build mutual trust first. More than tangible results, this visit will be about creating a fresh common ground over which concrete results may be negotiated later.',
  ]],
  ['Walking the tight rope of a dual-track strategy', 'Canada is pursuing a dual-track strategy in cooperating with China: expanding trade while restricting cooperation in sensitive areas like AI and critical minerals. How can Canada walk this tight rope without repeating the same mistakes of the past in sacrificing relations with China?', [
    'This is indeed a tight rope. Ottawa wishes to get concessions from Beijing without giving much in exchange. An area where Canada is reluctant to make concessions is lifting the ban and punitive tariffs on imported electric vehicles from China, since Ottawa is under pressure from domestic auto makers to keep the restrictions in place. But Carney will soon discover that if he wants to reestablish good relations with China, he needs to negotiate in good faith and put every contentious issue on the table.',
  ]],
  ['Why Canadians changed their minds on trade', 'Despite a bumpy diplomatic relationship, China has remained Canada’s second-largest trading partner after the US. A recent Ipsos poll shows that 54 percent of Canadian respondents now support stronger trade ties with China. This marks a turnaround from 2020, when 80 percent of Canadians wanted the country to rely less on the Chinese market, according to Global News. How do you interpret this?', [
    'It’s not so much about expected tangible economic benefits but about hurting national pride. Canadians felt betrayed when the second Trump administration imposed extra tariffs on Canadian exports to the US and bullied former prime minister Justin Trudeau about making Canada the US’ “51st state.” The average Canadian realized how risky it is to depend so much on the single US market and political alliances, and how their benevolent feelings toward the Southern neighbors are not reciprocated. The Canadian government is listening and is attempting a diversification of trade and strategic partners. China is the obvious first step in this global strategy.',
  ]],
  ['Turbulence in Canada-US relations', 'Some analysts suggest this visit is a move to reduce Canada’s over-reliance on the US, especially since Carney declared that the era of deep economic, security and military ties with Washington is over. How much of the latest engagement with China is being driven by the current turbulence in Canada-US relations?', [
    'Without question, the main driver of Carney’s rapprochement to China is the deterioration of Canada-US relations. After unconditionally endorsing the US position in the Meng Wanzhou affair, paying the political cost for it only to be left out of negotiations, Ottawa learned the lesson that the US does not reciprocate when it comes to relations with China. As I explained in the previous question, Carney is also listening to the Canadian public and attempting to reset relations with a country such as China, which can provide a powerful counterbalance to Washington.',
  ]],
  ['Path dependence and a window of opportunity', 'Last year, in an interview with the Global Times as Trudeau stepped down, you described Canada as a country “trapped in very narrow political options, a prisoner of path dependence on unconditional support for the US.” Over the past year, especially after Carney took office, have you seen any changes in that?', [
    'I basically feel the same, with the major difference that Canadians are right now disappointed with the way the US is treating them, and realize that unconditional support is not a guarantee for reciprocity. However, if in the future there was a US government friendlier to Canada, Canadians would quickly return to the path dependence of supporting the US. Geographic, cultural, linguistic and even family ties pull most Canadians toward the US.',
    'Right now, China has a short window of opportunity to create the basis for stable, predictable relations with Canada, based on mutual goodwill and independent of relations with the US.',
    'However, the window of opportunity will not last forever.',
  ]],
  ['Balancing China and the US', 'Some observers say that while “breaking the ice” with Beijing, Ottawa will still operate within the framework of the alliance with Washington. How should the Carney and future administrations maintain a balance in their foreign policy toward China and the US?', [
    'It’s a delicate balancing act. Carney and his government must understand that the options are not the US or China, but that Canada can have good relations with the US and China simultaneously. This is why Ottawa and Beijing must seize the current opportunity to build lasting relations that are not altered or manipulated by US foreign policy in the future.',
  ]],
  ['Working together beyond trade', 'Beyond bilateral trade, which global or multilateral issues do you see as the most promising areas for China-Canada collaboration in the near future?', [
    'The most important area of potential collaboration is, in my opinion, teaming up to resist the outrageous unilateralism currently put in practice by the Trump administration. It is high time that the two countries jointly express loud and clear that they will not tolerate US unilateralism, and act together within multilateral fora in support of this common position.',
  ]],
];

type TermSpec = readonly [term: string, kind: KeyTerm['kind'], definition: string, source: KeyTerm['source'], description?: string];

const TERMS: ReadonlyArray<readonly TermSpec[]> = [
  [
    ['Meng Wanzhou', 'person', 'A Huawei executive arrested in Canada in 2018 at the request of the US; the case strained China-Canada relations.', 'context'],
    ['the two Michaels', 'person', 'Michael Spavor and Michael Kovrig, two Canadians detained in China during the Meng Wanzhou affair.', 'article'],
    ['foreign interference', 'concept', 'Attempts by another country to influence a nation’s politics in secret.', 'wordnet'],
    ['bilateral relations', 'concept', 'The dealings between two countries.', 'wordnet'],
    ['Anita Anand', 'person', 'Canada’s foreign minister, who met Wang Yi in Beijing.', 'article', 'Canadian Foreign Minister'],
    ['mutual trust', 'concept', 'Confidence that each side will keep its word.', 'context'],
  ],
  [
    ['dual-track strategy', 'concept', 'A plan that follows two paths at once: here, more trade but less cooperation on sensitive technology.', 'article'],
    ['concession', 'concept', 'Something given up to reach an agreement.', 'wordnet'],
    ['punitive tariffs', 'concept', 'Taxes on imports meant to punish the exporting country.', 'wordnet'],
    ['critical minerals', 'concept', 'Raw materials that modern industry and defence depend on.', 'context'],
    ['in good faith', 'concept', 'Honestly, with a real intention to reach a fair deal.', 'wordnet'],
  ],
  [
    ['trade diversification', 'concept', 'Spreading trade across more partners so a country depends less on any one of them.', 'article'],
    ['Ipsos', 'organisation', 'A polling company that surveys public opinion.', 'context'],
    ['Justin Trudeau', 'person', 'Canada’s prime minister before Mark Carney.', 'article', 'former prime minister'],
    ['“51st state”', 'concept', 'A jibe suggesting Canada should become part of the United States.', 'context'],
    ['national pride', 'concept', 'The respect people feel for their own country.', 'wordnet'],
  ],
  [
    ['rapprochement', 'concept', 'The re-establishing of friendly relations between countries.', 'wordnet'],
    ['counterbalance', 'concept', 'A force that offsets another of equal weight.', 'wordnet'],
    ['reciprocate', 'concept', 'To give something back in return for what one received.', 'wordnet'],
  ],
  [
    ['path dependence', 'concept', 'The way past choices limit the options a country has now.', 'article'],
    ['reciprocity', 'concept', 'Exchanging things with others for mutual benefit.', 'wordnet'],
    ['window of opportunity', 'concept', 'A short time in which something can be done that may not be possible later.', 'article'],
  ],
  [
    ['balancing act', 'concept', 'An effort to satisfy two opposing demands at once.', 'wordnet'],
    ['alliance', 'concept', 'A formal agreement between countries to support each other.', 'wordnet'],
    ['Mark Carney', 'person', 'Canada’s prime minister, who made the state visit to China.', 'article', 'Canadian Prime Minister'],
  ],
  [
    ['unilateralism', 'concept', 'A policy of acting alone, without consulting or cooperating with other countries.', 'wordnet'],
    ['multilateral fora', 'concept', 'Meetings or organisations where many countries decide things together.', 'context'],
    ['Trump administration', 'organisation', 'The US government led by President Donald Trump.', 'context'],
  ],
];

type PromptSpec = readonly [level: Prompt['level'], text: string, paragraphs: readonly number[]];

const PROMPTS: ReadonlyArray<readonly PromptSpec[]> = [
  [
    ['understand', 'Which past events does Castro-Rea say “clouded” relations between Canada and China?', [3]],
    ['analyse', 'Why does he expect common ground rather than practical breakthroughs from this trip?', [4]],
    ['evaluate', 'Is “defrost” a fair word for what a single state visit can do? Explain.', [3, 4]],
    ['connect', 'Think of a time trust was broken between two people you know. What did it take to rebuild it?', [4]],
  ],
  [
    ['understand', 'What are the two tracks of Canada’s strategy toward China?', [5]],
    ['analyse', 'Why is Ottawa reluctant to lift the tariffs on Chinese electric vehicles?', [6]],
    ['evaluate', 'Should Canada “put every contentious issue on the table”? What could it gain or lose?', [6]],
    ['connect', 'When have you had to give something up to make a deal work?', [6]],
  ],
  [
    ['understand', 'How did Canadian opinion on trade with China change between 2020 and now?', [7]],
    ['analyse', 'Castro-Rea says the change is about national pride, not money. What evidence does he give?', [8]],
    ['evaluate', 'Is one opinion poll enough to show a real change in public opinion? Why or why not?', [7, 8]],
    ['connect', 'Why might a country, a business or a person avoid depending on a single customer?', [8]],
  ],
  [
    ['understand', 'What does Castro-Rea call the “main driver” of Carney’s approach to China?', [10]],
    ['analyse', 'What “lesson” does he say Ottawa learned from the Meng Wanzhou affair?', [10]],
    ['evaluate', 'Is it wise to build a relationship with one country as a counterbalance to another?', [10]],
    ['connect', 'Can a friendship built mostly on a shared rival last? Give an example.', [10]],
  ],
  [
    ['understand', 'What does “path dependence” mean in Castro-Rea’s earlier quotation?', [11, 12]],
    ['analyse', 'Why does he think Canadians would return to supporting the US under a friendlier government?', [12]],
    ['evaluate', 'He says the window “will not last forever.” Is that a prediction or a warning? Explain.', [13, 14]],
    ['connect', 'What ties — geographic, cultural or family — shape the choices your community makes?', [12]],
  ],
  [
    ['understand', 'According to Castro-Rea, what must Carney’s government understand about its options?', [16]],
    ['analyse', 'How does the question’s framing (“within the framework of the alliance”) shape his answer?', [15, 16]],
    ['evaluate', 'Can Canada have good relations with the US and China at the same time? Argue one side.', [16]],
    ['connect', 'Have you ever had to stay friends with two people who disagree with each other? How?', [16]],
  ],
  [
    ['understand', 'Which area of collaboration does Castro-Rea call the most important?', [18]],
    ['analyse', 'What makes his language in this answer more forceful than in earlier answers?', [18]],
    ['evaluate', 'Is calling US policy “outrageous unilateralism” analysis or opinion? How can you tell?', [18]],
    ['connect', 'Which global problems do you think countries can only solve together?', [17, 18]],
  ],
];

const SUMMARIES: readonly string[] = [
  'Carney’s visit promises to defrost these relations and open a new chapter. More than tangible results, this visit will be about creating a fresh common ground over which concrete results may be negotiated later.',
  'Ottawa wishes to get concessions from Beijing without giving much in exchange. But Carney will soon discover that if he wants to reestablish good relations with China, he needs to negotiate in good faith and put every contentious issue on the table.',
  'It’s not so much about expected tangible economic benefits but about hurting national pride. The Canadian government is listening and is attempting a diversification of trade and strategic partners.',
  'Without question, the main driver of Carney’s rapprochement to China is the deterioration of Canada-US relations.',
  'Canadians are right now disappointed with the way the US is treating them, and realize that unconditional support is not a guarantee for reciprocity. Right now, China has a short window of opportunity to create the basis for stable, predictable relations with Canada.',
  'Carney and his government must understand that the options are not the US or China, but that Canada can have good relations with the US and China simultaneously.',
  'The most important area of potential collaboration is, in my opinion, teaming up to resist the outrageous unilateralism currently put in practice by the Trump administration.',
];

const SPEAKERS: readonly Speaker[] = [
  { label: 'GT', name: 'Xia Wenxin', role: 'reporter, Global Times', description: 'Xia Wenxin is the Global Times reporter who asks the questions.', part: 'interviewer' },
  { label: 'JCR', name: 'Dr Julián Castro-Rea', role: 'political science professor at the University of Alberta in Canada', description: 'Julián Castro-Rea teaches political science at the University of Alberta in Canada and answers the questions.', part: 'interviewee' },
];

/** Word, sentence and grade figures from the text itself, so they stay plausible. */
function measure(texts: readonly string[]): Readability {
  const text = texts.join(' ');
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
  const sentences = Math.max(1, (text.match(/[.!?](?=[”’"]?\s|[”’"]?$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + Math.max(1, (w.toLowerCase().match(/[aeiouy]+/g) ?? []).length), 0);
  const grade = Math.round((0.39 * (words.length / sentences) + 11.8 * (syllables / Math.max(1, words.length)) - 15.59) * 10) / 10;
  return { words: words.length, sentences, grade, minutes: Math.ceil(words.length / 200) };
}

/** Sentences of a paragraph, for summaries and evidence. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!][”’"]?)\s+(?=[A-Z“])/).filter(Boolean);
}

function buildSections(): Section[] {
  let n = 1; // ¶1 is the editor's note
  return EXCHANGES.map(([topic, question, answer], i) => {
    const questionParagraphs: Paragraph[] = [{ number: ++n, text: question, speaker: 'GT' }];
    const answerParagraphs: Paragraph[] = answer.map((text) => ({ number: ++n, text, speaker: 'JCR' }));
    const all = [...questionParagraphs, ...answerParagraphs];
    const find = (sentence: string) => all.find((p) => p.text.includes(sentence))?.number ?? answerParagraphs[0]!.number;
    const summary = SUMMARIES[i]!;
    const summarySentences = sentencesOf(summary).map((text) => ({ text, paragraph: find(text.slice(0, 40)) }));
    const keyTerms: KeyTerm[] = TERMS[i]!.map(([term, kind, definition, source, description]) => {
      const probe = term.replace(/[“”]/g, '').replace(/^the /, '').split(' ')[0]!.toLowerCase();
      const first = all.find((p) => p.text.toLowerCase().includes(probe))?.number ?? answerParagraphs[0]!.number;
      return { term, kind, definition, source, firstParagraph: first, ...(description ? { description } : {}) };
    });
    const prompts: Prompt[] = PROMPTS[i]!.map(([level, text, paragraphs]) => ({
      text, level, paragraphs,
      evidence: paragraphs.slice(0, 2).map((p) => {
        const para = all.find((x) => x.number === p) ?? answerParagraphs[0]!;
        return { text: sentencesOf(para.text)[0]!, paragraph: para.number };
      }),
    }));
    return {
      number: i + 1, topic, asker: 'GT', answerers: ['JCR'], question, questionParagraphs,
      answer: [...answer], answerParagraphs, summary, summarySentences, keyTerms, prompts,
      readability: measure(answer),
    };
  });
}

/** The seed's guide, built by hand; pass overrides for awkward variants (an "&" title, a course). */
export function sampleGuide(overrides: Partial<Guide> = {}): Guide {
  const sections = buildSections();
  const glossary = new Map<string, { term: string; definition: string; kind: KeyTerm['kind']; source: KeyTerm['source']; sections: number[] }>();
  for (const section of sections) {
    for (const t of section.keyTerms) {
      const entry = glossary.get(t.term.toLowerCase()) ?? { term: t.term, definition: t.definition, kind: t.kind, source: t.source, sections: [] };
      entry.sections.push(section.number);
      glossary.set(t.term.toLowerCase(), entry);
    }
  }
  const sortKey = (s: string) => s.replace(/^[“"]|^the /i, '').toLowerCase();
  return {
    source: { name: 'canada-china-interview.txt', format: 'txt' },
    title: 'Beijing, Ottawa should seize opportunity to build lasting ties beyond US influence',
    kicker: 'OPINION / VIEWPOINT',
    published: '2026-01-15',
    publication: 'Global Times',
    author: null,
    editorsNote: EDITORS_NOTE,
    speakers: SPEAKERS,
    context: [{ number: 1, text: EDITORS_NOTE }],
    overview: 'As Canada’s prime minister visits China, a Canadian political scientist argues that strained Canada-US relations give Beijing and Ottawa a short window to rebuild trust. He expects goodwill rather than quick deals, and urges both countries to resist US unilateralism together.',
    beforeReading: [
      { text: 'What do you already know about relations between Canada, China and the United States?', level: 'connect', paragraphs: [1] },
      { text: 'The headline says the two countries “should” build ties. What does that word tell you about the kind of article this is?', level: 'analyse', paragraphs: [1] },
    ],
    sections,
    afterReading: [
      { text: 'In one sentence, what is Castro-Rea’s main argument across the interview?', level: 'understand', paragraphs: [3, 10, 16] },
      { text: 'Which answer did you find most convincing, and which least? Cite the paragraphs.', level: 'evaluate', paragraphs: [] },
      { text: 'If you were advising Canada’s prime minister, what would you tell him to do next?', level: 'connect', paragraphs: [16, 18] },
    ],
    readingCritically: [
      { text: 'This piece is labelled “Opinion / Viewpoint” and was published by a Chinese state-owned newspaper. How might that shape which questions are asked?', level: 'evaluate', paragraphs: [1] },
      { text: 'Several questions contain claims of their own (for example ¶9 and ¶15). Find one and decide whether the answer accepts or questions it.', level: 'analyse', paragraphs: [9, 15] },
      { text: 'Whose views are missing from this interview? Name two people or groups you would also want to hear from.', level: 'evaluate', paragraphs: [] },
    ],
    isOpinion: true,
    glossary: [...glossary.values()].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en')),
    readability: measure([EDITORS_NOTE, ...EXCHANGES.flatMap(([, q, a]) => [q, ...a])]),
    warnings: [],
    generator: 'discussion-guide 0.1.0',
    ...overrides,
  };
}

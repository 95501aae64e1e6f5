/** Small built-in word lists for key-term extraction: what is never a term, what is a title, what names a group. */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Nouns too general to be worth defining on their own. */
export const GENERIC_NOUNS = words(`
  way thing things issue issues area areas time times year years people person question questions lot lots part
  kind sort type fact point case number example bit day days world problem work end side place state matter
  reason result results course deal idea level term terms hand life man woman men women group member members
  thanks everything something anything nothing someone anyone everyone others other one ones moment week month
  future past present today tomorrow yesterday minute hour line lines set stuff piece pieces step steps sense
  approach aspect aspects factor factors manner means regard respect view views opinion opinions answer answers
  interview interviews article articles story situation situations start beginning middle job role parts
  difference differences change changes effort efforts challenge challenges opportunity opportunities
  lesson lessons list option options basis form forms use user users folks folk guy guys kid kids
  country countries nation government city place places company companies party parties version versions
  plan plans value values effect effects field fields system systems process processes project projects
  practice practices position positions result chance chances attention interest interests goal goals
  benefit benefits need needs home house head heart body mind word words name names top bottom front back
  couple series range variety half rest amount lot total addition context detail details aspect feature
  features purpose purposes ability move moves act acts action actions event events activity activities
  relationship relationships relation relations friend friends family families team teams
  today's cost costs help support source sources tool tools track tracks window
  topic topics subject subjects theme themes comment comments remark remarks thought thoughts candidate candidates
`);

/** Adjectives that judge or quantify rather than classify; dropped from the front of a noun phrase. */
export const EVALUATIVE_ADJECTIVES = words(`
  good bad better best worse worst great big small large little huge tiny high low long short main major minor
  important significant interesting fair real different same other certain current recent future past previous
  latest first last next many much more most few several various whole entire simple hard easy difficult own
  possible potential sheer deep strong weak clear loud obvious outrageous unique fresh tight delicate steady sound
  solid quick key special specific general particular total full extra single tangible concrete practical
  promising powerful predictable stable lasting new old young nice cool awesome amazing wonderful terrible
  horrible fine right wrong true false likely unlikely able unable sure necessary useful useless basic
  huge enormous vast wide narrow broad free busy happy sad fun funny serious crucial consistent
  individual actual exact overall typical usual normal regular common rare frequent ridiculous beautiful
  ugly pretty anxious intense limited generic central portable favorite favourite dream own average
  expected unexpected indeed further additional similar related certain immediate direct indirect
  unconditional benevolent bumpy sensitive contentious reluctant willing
`);

/** Words that open a name as a title or role ("Canadian Foreign Minister", "Prime Minister"). */
export const TITLE_WORDS = words(`
  minister president prime foreign secretary senator governor mayor chancellor premier ambassador general
  chief executive director chairman chairwoman chair ceo cto cfo professor prof reporter editor spokesperson
  spokesman spokeswoman king queen prince princess judge justice commissioner officer deputy vice former
  official representative congressman congresswoman leader head founder president-elect envoy admiral
  colonel captain lieutenant sergeant pope bishop cardinal rabbi imam sheikh emir sultan chancellor
  correspondent columnist analyst researcher journalist lead manager maintainer engineer developer
  designer host anchor dean provost rector minister-president state defence defense finance trade
  interior justice home attorney solicitor treasury economy commerce
`);

/** Honorifics dropped from names without becoming a description. */
export const HONORIFICS = words('dr dr. mr mr. mrs mrs. ms ms. miss mx prof. sir dame lord lady madam');

/** Head nouns that, after a name, make only a variant of that name ("the Meng Wanzhou affair", "the US market"). */
export const NAME_VARIANT_HEADS = words(`
  affair affairs case market markets visit trip story scandal saga side position government leadership
  people team website site blog account
`);

/** Head nouns that make a phrase an organisation ("Trump administration", "National Security Council"). */
export const ORGANISATION_HEADS = words(`
  administration government council committee commission agency department ministry office bureau party
  university institute institution college school foundation association society union league alliance
  company corporation corp inc ltd group organization organisation bank fund board court parliament congress
  senate assembly army navy force forces police times news post journal herald tribune press network
  research lab labs laboratory center centre project community sig
`);

/** Months, weekdays and other words that look like names but are dates. */
export const DATE_WORDS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  today tomorrow yesterday christmas easter
`);

/** Pronouns and other words that wink may tag as proper nouns. */
export const NEVER_TERMS = words(`
  i i'm i've i'd i'll me my mine we us' our you your he him his she her it its they them their this that
  these those here there who what which when where why how yes no ok okay hello hi thanks thank please
  oh gosh wow yeah sorry mr mrs ms dr q a
`);

/** Suffixes of abstract nouns a textbook would name ("unilateralism", "diversification"). */
export const NOMINALISATION = /(?:tion|sion|ment|ism|ity|ance|ence|ancy|ency|ness|ship|ology|graphy|age|ure)$/;

/** Common given names across languages: evidence that a capitalised pair is a person ("Tim Hockin"), not a product. */
export const FIRST_NAMES = words(`
  aaron adam adrian ahmed aisha alan albert alex alexander alexandra alice alicia amanda amir amit amy ana andrea andrew
  andy angela ann anna anne anil anita anthony antonio arjun ashley barbara ben benjamin bernard beth bill bob brad brandon
  brian bruce carl carlos carmen carol caroline catherine charles charlie chris christian christine christopher claire
  claudia colin daniel danielle danah dave david deborah deepak dennis diana diane donald donna doug douglas ed edward
  elena elizabeth ellen emily emma eric erik eva fatima fernando frank fred gary george gerald grace greg gregory hannah
  harry hassan helen henry hiroshi ian isabel jack jacob james jane janet jason jean jeff jennifer jeremy jessica jim joan
  joe john jonathan jorge jose joseph joshua juan judith julia julian julián justin karen kate katherine keith kelly ken
  kenneth kevin kim laura lauren linda lisa luis madhav maria mariam mark martin mary matt matthew maya mei melissa michael
  michelle mike mohammed muhammad nancy natalie nathan nicholas nicole olga omar pablo pamela patricia patrick paul pedro
  peter philip pierre pranav priya rachel rahul raj rajesh ravi rebecca richard rick robert roger ronald rosa ruth ryan
  sally sam samuel sandra sanjay sara sarah scott sean sergei sharon simon sophie stephanie stephen steve steven sunita
  susan tim timothy tina tom thomas tony victor vijay vincent walter wei william yuki yusuf zoe
`);

/** Common family names that come first in Chinese, Korean and Vietnamese names ("Meng Wanzhou", "Wang Yi"). */
export const FAMILY_FIRST_NAMES = words(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng
  deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao meng xi qin kim park lee
  choi jung kang nguyen tran pham hoang
`);

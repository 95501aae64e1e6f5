/** Words that must never be key terms on their own: stopwords, generic nouns, pronouns, speaker labels, evaluative adjectives. */
export const JUNK = new Set(`
  the a an and or but of in on to for with by at from as is are be this that these those it its they them their
  we us our you your he him his she her i me my who what which when where why how there here not no yes
  way thing things issue issues area areas time times year years people person question questions lot part
  kind sort type fact point case number example bit day world problem work end side place state matter
  reason result idea level term hand life group member moment week month future past today view opinion answer
  interview article story situation change changes effort challenge opportunity option options basis use
  gt jcr q a fsm mj sao good bad great big small new old important significant interesting main major
  different same other current recent many much more most few several real sure clear obvious outrageous
  first second third last next one two three
  ps fyi btw etc topic topics subject theme comment comments remark thought candidate candidates
`.trim().split(/\s+/));

/** A press conference written for the tests: the mayor's opening statement, four paragraphs under her label, then questions. */

/** The statement (4 paragraphs, about 190 words), each paragraph labelled "MAYOR OKAFOR:". */
export const MAYOR_STATEMENT = [
  'Good morning. Today I want to set out three things about the new water plan for the valley, and then I will take your questions.',
  'First, the reservoir. The dam was built in 1962 and it now holds a third less than it did, because silt has filled the bottom. We will dredge it over two summers, starting in June, and the work will be paid for by the regional fund rather than by the towns.',
  'Second, the pipes. One litre in four that leaves the treatment works never reaches a tap. The worst mains are under the old town, and we will replace eleven kilometres of them, street by street, with a week of notice for every household.',
  'Third, the price. Bills will rise by four percent next year and then stay flat for three years. Households on the lowest incomes will pay nothing more, and the discount will be applied without anyone having to ask for it.',
].map((p) => `MAYOR OKAFOR: ${p}`).join('\n\n');

/** Two questions from reporters ("Q:") and the mayor's answers. */
export const MAYOR_QUESTIONS = `Q: Why not raise bills more slowly?

MAYOR OKAFOR: Because the mains are failing now, and every year we wait costs more in leaks and in repairs.

Q: When will the dredging finish?

MAYOR OKAFOR: By the end of next summer, if the weather holds and the silt is no deeper than the survey found.`;

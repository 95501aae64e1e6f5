/** A name is a person only with evidence; terms of the opening context join the first section. */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const TEXT = `Q: What do you play at home?

A: I have a PS2 solely so that I can play Katamari Damacy. I also read a lot about the work of Tim Hockin on Go workspaces, and Meng Wanzhou was in the news again. Priya Raman said the console was old.

Q: And the rest of your setup?

A: My Dynaco loudspeakers sit next to the turntable. Two loudspeakers and one turntable are all I need for vinyl records.`;

describe('kinds of names', () => {
  const all = extractKeyTerms(simpleInterview(TEXT)).flat();
  const kind = (term: string) => all.find((t) => t.term === term)?.kind;

  it('calls a name a person only with a given name, a family name written first, or "said"', () => {
    expect(kind('Tim Hockin')).toBe('person');
    expect(kind('Meng Wanzhou')).toBe('person');
    expect(kind('Priya Raman')).toBe('person');
  });

  it('never makes a product a person', () => {
    expect(kind('Katamari Damacy')).not.toBe('person');
  });
});

describe('terms of the opening context', () => {
  it('puts a strong term of the editor’s note into the first section, pointing to its paragraph', () => {
    const interview = simpleInterview(`Editor's note: The attackers used ransomware against hospitals, and the hospitals paid the attackers.

Q: What happened next?

A: We worked with the agencies on a response and the recovery took weeks.

Q: What now?

A: We keep working with partners on the recovery and the response.`);
    const first = extractKeyTerms(interview)[0]!;
    const ransomware = first.find((t) => t.term === 'ransomware');
    expect(ransomware).toBeDefined();
    expect(interview.context.map((p) => p.number)).toContain(ransomware!.firstParagraph);
  });
});

/** Not a check: with PDF_OUT=/some/dir, writes both editions and an A4 copy there to look at (pdftoppm, pdfinfo). */
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleGuide } from '../../helpers/sample-guide.js';

it.runIf(process.env.PDF_OUT)('writes the sample PDFs for inspection', async () => {
  const dir = process.env.PDF_OUT!;
  for (const edition of ['student', 'teacher'] as const) {
    const { bytes, warnings } = await renderPdf(sampleGuide(), { edition });
    writeFileSync(`${dir}/${edition}.pdf`, bytes);
    console.log(edition, bytes.length, warnings);
  }
  const a4 = await renderPdf(sampleGuide({ course: 'Grade 11 Civics' }), { edition: 'student', paper: 'a4' });
  writeFileSync(`${dir}/a4.pdf`, a4.bytes);
});

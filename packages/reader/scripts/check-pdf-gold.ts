/**
 * Checks a batch of the PDF corpus's gold against what the PDFs print, with poppler's pdftotext (not the
 * reader): the gold has every field, and every gold text's words are words the PDF prints, in that order
 * (line-end hyphens joined). A word the PDF does not print is a typo in the gold (or text that is not
 * rendered); a text whose words are all there but not in a row is reported as a warning (pdftotext's own
 * reading order may differ).
 *
 *   npx tsx --conditions=source packages/reader/scripts/check-pdf-gold.ts BATCH [BATCH...]
 *
 * Needs Debian's poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadPdfCorpus, norm, PDF_CORPUS_DIR } from '../src/test-support/pdf-kit.js';

const batches = process.argv.slice(2);
if (batches.length === 0) {
  process.stderr.write('usage: check-pdf-gold.ts BATCH [BATCH...]\n');
  process.exit(2);
}
const words = (t: string): string[] =>
  norm(t)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
let errors = 0;
for (const doc of loadPdfCorpus(batches)) {
  const fields = ['producer', 'template', 'title', 'headings', 'body', 'furniture', 'other'] as const;
  const absent = fields.filter((f) => doc[f] === undefined);
  if (absent.length > 0) {
    errors++;
    process.stdout.write(`${doc.batch}/${doc.name}: missing fields ${absent.join(', ')}\n`);
    continue;
  }
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', join(PDF_CORPUS_DIR, doc.batch, `${doc.name}.pdf`), '-'], { maxBuffer: 64 << 20 }).toString();
  const joined = printed.replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{L})/gu, '$1$2');
  const stream = ` ${[...words(printed), '|', ...words(joined)].join(' ')} `;
  const bag = new Set([...words(printed), ...words(joined)]);
  let bad = 0;
  let loose = 0;
  for (const [field, texts] of [
    ['title', [doc.title]],
    ['headings', doc.headings],
    ['body', doc.body],
    ['furniture', doc.furniture],
    ['other', doc.other],
  ] as const) {
    for (const t of texts) {
      const w = words(t);
      // pdftotext joins a compound split at a line end ("pressure-" + "treated"): its parts count as printed
      const joinedParts = new Set(
        (
          norm(t)
            .toLowerCase()
            .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []
        )
          .filter((c) => bag.has(c.replace(/-/g, '')))
          .flatMap((c) => c.split('-')),
      );
      const unknown = w.filter((x) => !bag.has(x) && !joinedParts.has(x));
      if (unknown.length > 0) {
        bad++;
        process.stdout.write(`${doc.batch}/${doc.name} ${field}: not printed: ${unknown.slice(0, 8).join(', ')} in "${t.slice(0, 100)}"\n`);
      } else if (!stream.includes(` ${w.join(' ')} `)) {
        loose++;
        process.stdout.write(`${doc.batch}/${doc.name} ${field}: (warning) words not in a row in pdftotext: "${t.slice(0, 100)}"\n`);
      }
    }
  }
  errors += bad;
  process.stdout.write(`${doc.batch}/${doc.name}: ${doc.body.length} body entries, ${bad} with words not printed, ${loose} warnings\n`);
}
process.exit(errors === 0 ? 0 : 1);

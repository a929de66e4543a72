import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe("a court opinion's caption (opinion-caption.ts)", () => {
  it('drops the caption lines and the author line before the opinion', () => {
    const caption =
      '<div><p class="center">IN THE COURT OF APPEALS OF THE STATE OF OREGON</p><p class="center">ANN LEE, Petitioner, v. PORT OF NORTHMOOR, Respondent.</p>' +
      '<p class="center">Argued and submitted October 16, 2024.</p><p class="center">Before Lindqvist, Presiding Judge, and Okafor, Judge.</p>' +
      '<p>OKAFOR, J.</p><p>Petitioner asked the port for its mooring records, and the port refused. ' +
      'We reverse and remand for the court to consider them again.</p></div>';
    const text = read(caption);
    expect(text).not.toMatch(/court of appeals|petitioner, v\.|argued and submitted|before lindqvist|okafor, j/);
    expect(text).toContain('petitioner asked the port');
  });

  it('keeps short lines that no author line follows', () => {
    expect(read('<div><p class="center">ARGUED AND DECIDED IN ONE DAY</p><p>The wall was argued over for a year.</p></div>')).toContain('argued and decided');
  });
});

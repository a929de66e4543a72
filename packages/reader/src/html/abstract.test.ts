import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { withAbstract } from './abstract.js';
import { extractArticle } from './extract.js';

const sentence = 'Harbour batteries installed beside rooftop panels are offered to the port as a reserve for the winter peak. ';
const section = 'The first section of the full text explains how the berths draw power through the day and the night. '.repeat(6);
const paper = (abstractBox: string) => `<html><head><title>Harbour batteries</title></head><body><div class="header"><h1>Harbour batteries</h1></div>
${abstractBox}<div class="body"><h2>Introduction</h2><p>${section}</p><p>${section}</p></div></body></html>`;

describe("a paper's abstract set apart from its full text (abstract.ts, round 28)", () => {
  it('reads the abstract box Readability leaves beside the full text, without its labelled metadata lines', () => {
    const box = `<section class="document-abstract"><h2>Abstract:</h2><div>${sentence.repeat(3)}</div><div>Funding Agency:</div></section>`;
    const text = norm(extractArticle(paper(box)).text);
    expect(text).toContain('## abstract:');
    expect(text.split('harbour batteries installed beside rooftop panels').length).toBe(4);
    expect(text).not.toContain('funding agency');
  });

  it('adds only the blocks the article does not hold already', () => {
    const text = '# Title\n\n## Abstract\n\nKnown paragraph.\n\nBody.';
    expect(withAbstract(text, '## Abstract\n\nKnown paragraph.\n\nNew highlight.')).toBe(
      '# Title\n\nNew highlight.\n\n## Abstract\n\nKnown paragraph.\n\nBody.',
    );
    expect(withAbstract(text, '## Abstract\n\nKnown paragraph.')).toBe(text);
  });
});

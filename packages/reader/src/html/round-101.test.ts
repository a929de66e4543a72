import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT442_PAGES } from '../test-support/pages-heldout442.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const FORM = (legend: string): string => `<!DOCTYPE html><html><head><title>Allotment survey</title></head><body>
<header><a href="/">Elm Lane Allotments</a></header><form action="/survey" method="post"><fieldset><legend>${legend}</legend>
<input type="text" name="plot"></fieldset><button>Next</button></form><footer><p>Elm Lane Allotment Society</p></footer></body></html>`;
const INTRO = `<h1>Plot holders' survey</h1><p>Thank you for opening the society's survey. We want to know how the new watering rota worked
this summer, and whether the shared tools shed should open on weekday evenings.</p><p>It takes about five minutes, your answers are
anonymous, and the committee will share the totals at the autumn meeting.</p>`;

describe('batch 442 (round 101)', () => {
  it("reads a survey whose introduction sits in its question's legend", () => {
    const qualtrics = page(HELDOUT442_PAGES, 'heldout442-qualtrics-survey-intro');
    const prose = qualtrics.body.filter((b) => b.length > 80);
    expect(prose.length).toBeGreaterThan(3);
    expect(present(qualtrics, prose)).toEqual(prose);
    expect(norm(extractArticle(FORM(INTRO)).text)).toContain('how the new watering rota worked');
  });

  it('still drops a form whose legend is only a label', () => {
    const text = norm(extractArticle(FORM('Your plot number')).text);
    expect(text).not.toContain('your plot number');
  });
});

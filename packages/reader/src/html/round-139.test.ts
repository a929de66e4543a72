import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT558_PAGES } from '../test-support/pages-heldout558.js';
import { HELDOUT559_PAGES } from '../test-support/pages-heldout559.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The council asked three engineers to look at the bridge after the flood, and all three found cracks in the same pier.',
  '“We would not let a loaded lorry across it today,” said Dr Amira Khan, who led the survey for the county.',
  'A second engineer, Paul Trent, said the older arches had held up better than anyone expected and could be saved.',
];
/** A news story whose section "What the experts say" quotes its experts inside sentences. */
const STORY_PAGE = `<!DOCTYPE html><html><head><title>Bridge survey</title></head><body><main><article>
<h1>Engineers split over the future of the old bridge</h1><p>${STORY[0]}</p>
<h2>What the experts say</h2><p>${STORY[1]}</p><p>${STORY[2]}</p></article></main></body></html>`;

describe('testimonials under their heading (round 139)', () => {
  it("leaves out a Wix teacher's quotes under “What students say”, in the heading's own box", () => {
    const p = pageNamed(HELDOUT558_PAGES, 'heldout558-wix-guitar-teacher');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Patient, funny and he actually listens to what you want to learn.'));
    expect(text).not.toContain(norm('What students say'));
  });

  it("leaves out a Squarespace instructor's quote blocks beside the box her heading is wrapped alone in", () => {
    const p = pageNamed(HELDOUT559_PAGES, 'heldout559-squarespace-instructor-profile');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('I was 52 and terrified. Helen made it feel normal.'));
    expect(text).toContain(norm(p.body[p.body.length - 1]!));
  });

  it("keeps a story's section of quotes inside sentences", () => {
    const text = norm(extractArticle(STORY_PAGE).text);
    for (const s of STORY) expect(text).toContain(norm(s));
    expect(text).toContain(norm('What the experts say'));
  });
});

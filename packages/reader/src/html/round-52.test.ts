import { describe, expect, it } from 'vitest';
import { harbourStory, norm, present, score, type TestPage } from '../test-support/page-kit.js';
import { HELDOUT139_PAGES } from '../test-support/pages-heldout139.js';
import { HELDOUT143_PAGES } from '../test-support/pages-heldout143.js';
import { HELDOUT144_PAGES } from '../test-support/pages-heldout144.js';
import { HELDOUT145_PAGES } from '../test-support/pages-heldout145.js';
import { HELDOUT147_PAGES } from '../test-support/pages-heldout147.js';
import { HELDOUT148_PAGES } from '../test-support/pages-heldout148.js';
import { HELDOUT155_PAGES } from '../test-support/pages-heldout155.js';
import { extractArticle } from './extract.js';
import { withLeadParagraphs } from './lead-paragraphs.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);
const page = (pages: readonly TestPage[], name: string): TestPage => pages.find((p) => p.name === name)!;
/** The gold texts of a page that its text holds. */
const leaked = (p: TestPage, texts: readonly string[]): string[] => {
  const found = present(extractArticle(p.html).text);
  return texts.filter(found);
};

describe('notices of batches 143 to 147 (rounds 51 and 52)', () => {
  it("drops an old browser's notice (Nature's, which a lost stylesheet hid) and keeps a sentence about browsers", () => {
    const nature = page(HELDOUT147_PAGES, 'heldout147-nature-news');
    expect(
      leaked(
        nature,
        nature.furniture.filter((f) => /browser/.test(f)),
      ),
    ).toEqual([]);
    expect(read('<p>You are using an outdated browser. Please upgrade your browser to improve your experience.</p>')).not.toContain('outdated');
    const story = '<p>You are using a browser that the harbour office still supports, the clerk told the ferry company on Monday.</p>';
    expect(read(story)).toContain('you are using a browser that the harbour office');
  });

  it('drops an update note with its date month first and its reason, and keeps a sentence about an update', () => {
    const docsy = page(HELDOUT143_PAGES, 'heldout143-hugo-docsy-blog');
    expect(
      leaked(
        docsy,
        docsy.furniture.filter((f) => /^This post was updated/.test(f)),
      ),
    ).toEqual([]);
    expect(read('<p>The harbour page was updated on October 15, 2025 to add the winter timetable and the new fares.</p>')).toContain(
      'harbour page was updated',
    );
  });

  it("drops a docs page's version history lines and keeps a sentence that a version brought a change", () => {
    const gitlab = page(HELDOUT144_PAGES, 'heldout144-gitlab-docs');
    expect(leaked(gitlab, ['Introduced in GitLab 17.9.', 'Time zone selection added in GitLab 18.1.'])).toEqual([]);
    const story = '<p>Support for the new tide tables was added in version 2.4 after the harbour office asked for it.</p>';
    expect(read(story)).toContain('added in version 2.4 after');
    // Python's and NumPy's "Added in version 3.8." stays: their pages' golds read it as body
    expect(read('<p>The tide module reads the harbour tables.</p><p>Added in version 3.8.</p>')).toContain('added in version 3.8.');
  });

  it("drops a feedback form's hidden messages (`hide`) and a glossary tooltip's hover text, and keeps the paragraph around it", () => {
    const unity = page(HELDOUT144_PAGES, 'heldout144-unity-manual-docs');
    const text = extractArticle(unity.html).text;
    expect(text).not.toMatch(/Thank you for helping us improve|could not be sent|A probe that stores the light/);
    expect(score(unity, text).bodyRecall).toBe(1);
  });

  it("drops a wiki's message box (`msgbox`) whole, its reason line too", () => {
    const minecraft = page(HELDOUT145_PAGES, 'heldout145-minecraft-wiki-block');
    expect(leaked(minecraft, ['This article needs to be updated.', 'Reason: Check whether tidewax still generates in cave ceilings.'])).toEqual([]);
    expect(score(minecraft, extractArticle(minecraft.html).text).bodyRecall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('bylines of batch 148 (round 53)', () => {
  it("drops a wire credit and a reporter's contact line under a story, and keeps sentences that say as much", () => {
    const voa = page(HELDOUT148_PAGES, 'heldout148-voa-news');
    const stateline = page(HELDOUT148_PAGES, 'heldout148-stateline-news');
    expect(leaked(voa, ['Some information for this report came from Reuters.'])).toEqual([]);
    expect(
      leaked(
        stateline,
        stateline.bylines.filter((b) => /can be reached/.test(b)),
      ),
    ).toEqual([]);
    const story =
      '<p>Some information for this report came from the harbour office, which would not say who had asked for the figures.</p>' +
      '<p>The reporter who broke the story can be reached at the harbour office on weekdays, the editor said on Monday.</p>';
    const text = read(story);
    expect(text).toContain('some information for this report came from the harbour office');
  });
});

describe('lead paragraphs of batch 139 (round 54)', () => {
  it("puts back an entry's preamble that Readability left out between its title and its contents list", () => {
    const sep = page(HELDOUT139_PAGES, 'heldout139-stanford-encyclopedia-entry');
    const text = extractArticle(sep.html).text;
    expect(score(sep, text).bodyRecall).toBe(1);
    // once, before the first section
    const opening = sep.body[0]!;
    expect(text.split(opening).length - 1).toBe(1);
    expect(text.indexOf(opening)).toBeLessThan(text.indexOf('## 1.'));
  });

  it('leaves a text that kept its lead, or whose first block is not the one after the lead, as it is', () => {
    const lead = { paragraphs: ['The harbour wall was rebuilt over the winter, and the boats came back in March.'], next: 'History' };
    const kept = '## History\n\nThe harbour wall was rebuilt over the winter, and the boats came back in March.\n\nIt cost a million.';
    expect(withLeadParagraphs(kept, lead)).toBe(kept);
    const other = '## Costs\n\nIt cost a million.';
    expect(withLeadParagraphs(other, lead)).toBe(other);
    expect(withLeadParagraphs('## History\n\nIt cost a million.', lead)).toBe(
      'The harbour wall was rebuilt over the winter, and the boats came back in March.\n\n## History\n\nIt cost a million.',
    );
  });
});

describe('notices of batch 155 (round 55)', () => {
  it("drops a newsletter's forwarded-email promo asked as a question, and keeps a sentence about a forwarded email", () => {
    const buttondown = page(HELDOUT155_PAGES, 'heldout155-buttondown-blog');
    expect(
      leaked(
        buttondown,
        buttondown.furniture.filter((f) => /^Forwarded this/.test(f)),
      ),
    ).toEqual([]);
    const story = '<p>Was this forwarded to the harbour office before the vote, the councillor asked, or only after the board had met?</p>';
    expect(read(story)).toContain('was this forwarded to the harbour office');
  });
});

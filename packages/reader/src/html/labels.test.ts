import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { isMetaLine } from './labels.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);
const markdown = (inner: string) => extractArticle(harbourStory(inner)).text;

describe('metadata labels (labels.ts)', () => {
  it('knows a label and its date or count, run together or not, and a label left alone', () => {
    for (const t of ['Asked2 months ago', 'Asked 2 months ago', 'Modified today', 'Viewed1k times', 'Viewed 1,204 times', 'Joined: Mar 2019', 'Asked']) {
      expect([t, isMetaLine(t)]).toEqual([t, true]);
    }
    for (const t of ['Asked 12 questions', 'Active volcanoes erupted 3 times', 'Viewed from the quay, the wall is higher', 'Modified boats']) {
      expect([t, isMetaLine(t)]).toEqual([t, false]);
    }
  });

  it("drops Stack Exchange's Asked / Modified / Viewed line and a forum's Joined line, and keeps sentences that open with those words", () => {
    const header =
      '<div class="d-flex"><div class="flex--item" title="2024-01-02 10:00:00Z"><span class="fc-black-400">Asked</span><time ' +
      'datetime="2024-01-02T10:00:00">2 months ago</time></div><div class="flex--item"><span>Modified</span><a>1 month ago</a></div>' +
      '<div class="flex--item" title="Viewed 1,204 times"><span class="fc-black-400">Viewed</span>1k times</div></div>';
    expect(read(header)).not.toMatch(/\basked\b|modified|viewed|1k times/);
    expect(read('<dl><dt>Joined: Mar 2019</dt></dl>')).not.toContain('joined');
    expect(read('<p>Asked about the delay, the harbour master said the stone came late.</p>')).toContain('asked about the delay');
    // the older layout: label and value in cells of their own
    const qinfo =
      '<table id="qinfo"><tr><td><p class="label-key">asked</p></td><td><p class="label-key" title="2019-05-01"><b>4 years ago' +
      '</b></p></td></tr><tr><td><p class="label-key">viewed</p></td><td><p class="label-key"><b>12,345 times</b></p></td></tr></table>';
    expect(read(qinfo)).not.toMatch(/asked|4 years ago|viewed|12,345 times/);
  });
});

describe('documentation callouts (labels.ts)', () => {
  it('keeps the text of a callout and drops its one-word label (shadcn/ui, Sphinx, GitHub alerts)', () => {
    const shadcn =
      '<div class="relative w-full rounded-lg border p-4"><svg class="h-4 w-4"></svg><h5 class="mb-1 font-medium">Tip</h5><div ' +
      'class="text-sm"><p>Moor on the inner pontoon when the wind is from the east.</p></div></div>';
    const text = markdown(shadcn);
    expect(text).toContain('Moor on the inner pontoon when the wind is from the east.');
    expect(text).not.toMatch(/^#+ Tip$|^Tip$/m);
    const sphinx = '<div class="admonition note"><p class="admonition-title">Note</p><p>The basin is tidal: enter on the flood.</p></div>';
    expect(markdown(sphinx)).toMatch(/\n\nThe basin is tidal: enter on the flood\./);
    expect(markdown(sphinx)).not.toMatch(/^Note$/m);
    const github =
      '<div class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title"><svg></svg>Warning</p><p>The ' +
      'slipway is closed at low water.</p></div>';
    expect(markdown(github)).not.toMatch(/^Warning$/m);
    expect(markdown(github)).toContain('The slipway is closed at low water.');
  });

  it("drops the Do and Don't labels of a do-and-don't pair of lists, and keeps their items", () => {
    const lists =
      '<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Do</h3><ul><li>moor on the inner pontoons</li></ul></div>' +
      '<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Don’t</h3><ul><li>do not tie up to the ladders</li></ul></div>';
    const text = markdown(lists);
    expect(text).not.toMatch(/^#+ (?:Do|Don’t)$/m);
    expect(text).toContain('- moor on the inner pontoons');
    expect(text).toContain('- do not tie up to the ladders');
  });

  it('keeps a label that opens a sentence ("Note: ..."), and a "Notes" heading of a manual', () => {
    expect(read('<p><strong>Note:</strong> the pontoon is lifted out in November.</p>')).toContain('note: the pontoon is lifted out');
    expect(markdown('<h2>Notes</h2><p>The basin is tidal, so boats must wait for the flood.</p>')).toContain('## Notes');
  });
});

describe('empty headings (structure.ts)', () => {
  it("drops a heading left with nothing under it: a wiki's Notes over its footnote list, a gallery of figures", () => {
    const wiki =
      '<h2>Tides</h2><p>The basin dries at low water springs.</p><div class="mw-heading mw-heading2"><h2 id="Notes">Notes</h2><span ' +
      'class="mw-editsection">[<a>edit</a>]</span></div><div class="reflist"><ol class="references"><li id="cite_note-a"><span ' +
      'class="reference-text">The tidal limit is at the weir.</span></li></ol></div>';
    // at the end of the article, as on a wiki
    const text = extractArticle(harbourStory('').replace('</article>', `${wiki}</article>`)).text;
    expect(text).toContain('## Tides');
    expect(text).not.toMatch(/^## Notes$/m);
    expect(
      markdown('<h2>Gallery</h2><figure><img src="a.jpg"></figure><figure><img src="b.jpg"></figure><h2>Costs</h2><p>Two million pounds.</p>'),
    ).not.toMatch(/Gallery/);
  });

  it('keeps a heading over a subsection, and one over text', () => {
    const text = markdown('<h2>Tides</h2><h3>Spring tides</h3><p>The basin dries at low water springs.</p>');
    expect(text).toContain('## Tides');
    expect(text).toContain('### Spring tides');
  });
});

describe('count labels and toggle labels (labels.ts, round 6)', () => {
  it('drops a label with a count in brackets ("All related (14)", an archive month) and keeps a sentence with a bracketed number', () => {
    expect(read('<div class="q-text">All related (14)</div><ul class="archive"><li><span>August (4)</span></li></ul>')).not.toMatch(/all related|august/);
    expect(read('<p>The wall has three arches (2).</p>')).toContain('the wall has three arches');
  });

  it('drops the control label of a disclosure widget and keeps its content and a question summary', () => {
    const open = '<details open><summary><span>Expand description</span></summary><p>The basin was dredged to four metres in March.</p></details>';
    const text = read(open);
    expect(text).not.toContain('expand description');
    expect(text).toContain('the basin was dredged');
    expect(read('<details><summary>Why was the basin dredged?</summary><p>Silt had built up.</p></details>')).toContain('why was the basin dredged');
  });
});

describe('a label left alone by its value and author (round 11)', () => {
  it('reads "submitted by" as a metadata line, and not a sentence with it', () => {
    expect(isMetaLine('submitted by')).toBe(true);
    expect(isMetaLine('submitted by the council in March')).toBe(false);
  });
});

describe("the 'Activity' label over a timeline of notes (labels.ts, round 12)", () => {
  const notes = (cls: string) =>
    `<section class="notes-activity"><h2>Activity</h2><ul class="${cls}"><li><p>The pier survey found two cracked piles ` +
    'near the slipway, and both will be replaced before the summer season begins.</p></li></ul></section>';
  it('drops the label over a list named as notes or a timeline', () => {
    expect(markdown(notes('notes main-notes-list timeline'))).not.toMatch(/^#+ Activity$/m);
  });

  it("keeps an 'Activity' section heading of an article", () => {
    const section = '<h2>Activity</h2><p>The volcano erupted twice in the last century, in 1911 and again in 1968, when ash closed the harbour.</p>';
    expect(markdown(section)).toMatch(/^#+ Activity$/m);
  });

  it("keeps a heading 'Warning' that names a section in the page's run of headings (a Storybook story; round 26)", () => {
    const prose = (t: string) => `<p>${t} ${'The harbour alerts follow the same rules as the rest of the design system. '.repeat(2)}</p>`;
    const html = `<html><head><title>Alert</title></head><body><main><h1>Alert</h1>${prose('Alerts tell people what changed.')}<h2>Stories</h2>
<h3>Warning</h3>${prose('Use warning before a problem happens.')}<h3>Error</h3>${prose('Use error after it happened.')}</main></body></html>`;
    expect(extractArticle(html).text).toMatch(/^### Warning$/m);
  });
});

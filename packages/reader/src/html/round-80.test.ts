import { describe, expect, it } from 'vitest';
import { HELDOUT229_PAGES } from '../test-support/pages-heldout229.js';
import { HELDOUT253_PAGES } from '../test-support/pages-heldout253.js';
import { HELDOUT280_PAGES } from '../test-support/pages-heldout280.js';
import { HELDOUT283_PAGES } from '../test-support/pages-heldout283.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batches 280 and 283 (round 80)', () => {
  it("drops a mail client's quotation of an earlier message and its attribution line, and keeps a blockquote of the article", () => {
    const thunderbird = page(HELDOUT280_PAGES, 'heldout280-thunderbird-saved-message-news');
    const quoted = thunderbird.furniture.filter((t) => t.startsWith('Agenda for Monday') || t.endsWith('wrote:'));
    expect(quoted.length).toBe(2);
    expect(leaked(thunderbird, quoted)).toEqual([]);
    const outlook = page(HELDOUT280_PAGES, 'heldout280-outlook-web-print-news');
    const forwarded = outlook.furniture.filter((t) => /^(?:Sent|Subject): /.test(t) || t.startsWith('The contract for the east wing'));
    expect(forwarded.length).toBe(3);
    expect(leaked(outlook, forwarded)).toEqual([]);
    const text = read(`${STORY}<p>On 2 March 2026 at 09:14, Ezra Pell wrote:</p>
<blockquote type="cite"><p>The ferry company wrote to the council last spring asking for a second berth at the harbour.</p></blockquote>
<blockquote><p>The harbour master said the second berth would be ready before the summer timetable begins in May.</p></blockquote>`);
    expect(text).not.toContain('ezra pell wrote');
    expect(text).not.toContain('asking for a second berth');
    expect(text).toContain('the second berth would be ready before the summer timetable');
  });

  it("drops a Mailchimp campaign's footer cell (batches 229, 253 and 280)", () => {
    for (const [pages, name] of [
      [HELDOUT280_PAGES, 'heldout280-mailchimp-campaign-news'],
      [HELDOUT253_PAGES, 'heldout253-mailchimp-seniors-centre-newsletter'],
      [HELDOUT229_PAGES, 'heldout229-university-bulletin-mailchimp-archive-news'],
    ] as const) {
      const p = page(pages, name);
      const footer = p.furniture.filter((t) => /^(?:You are receiving this email|Our mailing address is|Want to change how you receive)/.test(t));
      expect(footer.length, name).toBe(3);
      expect(leaked(p, footer), name).toEqual([]);
    }
  });

  it("keeps a Pandoc or Quarto section named after its own heading, and drops a notebook cell's prompts and Go's version labels", () => {
    const quarto = page(HELDOUT283_PAGES, 'heldout283-quarto-report-blog');
    const discussion = quarto.body.filter((t) => t.startsWith('The survey cannot prove') || t.startsWith('keep the mooring zone'));
    expect(discussion.length).toBe(2);
    expect(leaked(quarto, discussion)).toEqual(discussion);
    const notebook = page(HELDOUT283_PAGES, 'heldout283-nbviewer-jupyter-notebook-blog');
    const prompts = notebook.furniture.filter((t) => /^(?:In|Out) ?\[\d\]:$/.test(t));
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    expect(leaked(notebook, prompts)).toEqual([]);
    const go = page(HELDOUT283_PAGES, 'heldout283-pkg-go-dev-package-docs');
    expect(leaked(go, ['added in v0.2.0', 'added in v0.3.0'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { hiddenClasses } from './stylesheet-hidden.js';

describe("blocks the page's stylesheet hides (stylesheet-hidden.ts, round 26)", () => {
  it('reads top-level rules of single classes set to display: none, not rules in @media or with combinators', () => {
    const css =
      '.sb-nopreview { display: none; } .a, .b{color:red;display:none!important} /* .c { display: none } */' +
      '@media (max-width: 600px) { .sidebar { display: none } } .js .menu { display: none } .shown { display: block }';
    expect(hiddenClasses(parseDocument(`<html><head><style>${css}</style></head><body></body></html>`))).toEqual(['sb-nopreview', 'a', 'b']);
  });

  it("drops a hidden screen's heading and lines (Storybook's 'No Preview'), keeps hidden prose a script reveals", () => {
    const head = '<style>.sb-nopreview { display: none; } .more { display: none; }</style>';
    const hidden = '<div class="sb-nopreview"><h1>No Preview</h1><p>Sorry, but you either have no stories or none are selected.</p></div>';
    const more = `<div class="more"><p>${'The harbour wall was finished in March after two winters of storms and delays. '.repeat(3)}</p></div>`;
    const out = extractArticle(harbourStory(more, { head, before: hidden }));
    expect(out.title).toBe('Harbour works');
    expect(norm(out.text)).not.toMatch(/no preview|no stories/);
    expect(norm(out.text)).toContain('finished in march after two winters');
  });

  it("drops what a framework's hiding class hides (Gitea's raw copy in 'tw-hidden'; round 27), not what a width class shows again", () => {
    const raw = '<div class="raw-content tw-hidden">Raw copy of the harbour comment</div><div class="d-none">Hidden berth list</div>';
    const shown = '<div class="hidden sm:block">Harbour office hours are nine to five</div>';
    const text = norm(extractArticle(harbourStory(raw + shown)).text);
    expect(text).not.toMatch(/raw copy|hidden berth list/);
    expect(text).toContain('harbour office hours are nine to five');
  });

  it('keeps the hidden panels of tabs, each a role="tabpanel" the stylesheet hides but the open one (Google Help; round 42)', () => {
    const panel = (os: string, hidden: boolean) =>
      `<div class="tab-panel${hidden ? ' hidden' : ''}" role="tabpanel"><p>On ${os}, open the harbour app and tap the tide table.</p></div>`;
    const page = harbourStory(`<style>.tab-panel.hidden{display:none} .hidden{display:none}</style>${panel('Android', false)}${panel('iPhone', true)}`);
    const text = norm(extractArticle(page).text);
    expect(text).toContain('on android, open the harbour app');
    expect(text).toContain('on iphone, open the harbour app');
  });
});

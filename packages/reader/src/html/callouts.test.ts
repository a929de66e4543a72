import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { unwrapIconCallouts } from './callouts.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';

const line =
  'If you only need to close the inner basin, the harbour master may be all you need. See the <a href="/b">night closures section of the berths guide</a>.';

describe('icon callouts (callouts.ts, round 26)', () => {
  it('keeps the paragraph of a callout set beside an SVG icon, which Readability drops as a little linky', () => {
    const icon = '<div class="icon"><img src="/img/callouts/lightbulb.min.svg"></div>';
    const callout = `<blockquote><div class="callout shadow-lg">${icon}<p>${line}</p></div></blockquote>`;
    expect(norm(extractArticle(harbourStory(callout)).text)).toContain('the harbour master may be all you need');
  });

  it('leaves a photo beside its caption, and a box with more than one paragraph, as they are', () => {
    const doc = parseDocument(`<body><div id="a"><img src="/boats.jpg"><p>${line}</p></div><div id="b"><svg></svg><p>${line}</p><p>${line}</p></div></body>`);
    unwrapIconCallouts(doc);
    expect(doc.querySelectorAll('div#a').length).toBe(1);
    expect(doc.querySelectorAll('div#b').length).toBe(1);
    const icon = parseDocument(`<body><div id="c"><svg></svg><p>${line}</p></div></body>`);
    unwrapIconCallouts(icon);
    expect(icon.querySelectorAll('div#c').length).toBe(0);
    expect(icon.querySelectorAll('p').length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const story = (inner: string, head = '') => harbourStory(inner, { head });
const read = (inner: string, head = '') => norm(extractArticle(story(inner, head)).text);

describe('notes about the article (notes.ts)', () => {
  it('drops paragraphs opened by a note label, and starred footnotes', () => {
    expect(read('<p><em>Correction: An earlier version of this story gave the wrong cost.</em></p>')).not.toContain('earlier version');
    expect(read("<p>Editor's note: This story is part of a series on the coast.</p>")).not.toContain('part of a series');
    expect(read('<div><small>Disclosure: The writer sits on the harbour board.</small></div>')).not.toContain('harbour board');
    expect(read('<p>*At the time of publishing, the permit cost £40.</p>')).not.toContain('permit cost');
  });

  it('keeps sentences that only mention corrections or notes, and a "Notes" section of a manual', () => {
    expect(read('<p>The correction to the sea wall plans came after a storm in January, the council said.</p>')).toContain('the correction to the sea wall');
    expect(read('<h2>Notes</h2><p>The basin is tidal, so boats must wait for the flood to enter after dark.</p>')).toContain('the basin is tidal');
  });

  it('drops the section under "Notes to editors" or "Media contact" up to the next heading', () => {
    const text = read(
      '<h3>Notes to editors</h3><p>The port is a trust port run for the town, founded in ' +
        '1820.</p><p>Images are available on request.</p><h3>Next steps</h3><p>Work on the north ' +
        'quay starts in May next year.</p>',
    );
    expect(text).not.toMatch(/trust port|images are available|notes to editors/);
    expect(text).toContain('work on the north quay starts');
  });

  it('drops footnote lists by role or class, and status badges set as headings', () => {
    const notes = '<div role="doc-endnotes"><ol><li><p>The figure comes from the 2022 survey of the port.</p></li></ol></div>';
    expect(read(notes)).not.toContain('2022 survey');
    expect(read('<section class="footnotes"><ol><li>Measured at low tide.</li></ol></section>')).not.toContain('measured at low tide');
    expect(read('<h2>Deprecated</h2>')).not.toContain('deprecated');
    expect(read('<h2>Baseline <span>Widely available</span></h2>')).not.toContain('widely available');
    expect(read('<h2>New quay</h2><p>The new quay has room for twelve boats.</p>')).toContain('new quay');
  });
});

describe('notes found after batch 4 (notes.ts, clean.ts)', () => {
  it("drops a footnote whose class is the singular 'footnote' (Substack)", () => {
    const note =
      '<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" ' +
      'class="footnote-number">1</a><div class="footnote-content"><p>The figure is from the port trust’s own survey.</p></div></div>';
    expect(read(note)).not.toContain('port trust’s own survey');
    // a CMS's footnote paragraph, and a list item of Drupal's footnotes module
    expect(read('<p class="footnote"><sup>2</sup> Tonnage as recorded by the harbour master in 2023.</p>')).not.toContain('tonnage as recorded');
    expect(read('<ol><li class="footnote" id="footnote2">Before the storm of 1990.</li></ol>')).not.toContain('storm of 1990');
  });

  it('drops the "Press office" section of a press release, and media-enquiry and contact lines without a class', () => {
    const office =
      '<h2 id="press-office">Press office</h2><p>Email <a href="mailto:press@harbour.example.gov.uk">press@harbour.example.gov.uk</a>' +
      '</p><p>Telephone 0303 444 1201</p><p>Journalists can reach the duty officer through the switchboard at weekends.</p>' +
      '<h2>Next steps</h2><p>Work on the north quay starts in May next year.</p>';
    const text = read(office);
    expect(text).not.toMatch(/press office|press@harbour|0303 444 1201|duty officer/);
    expect(text).toContain('work on the north quay starts');
    expect(read('<p>Media enquiries: call the harbour office on 01234 567890.</p>')).not.toContain('01234 567890');
    expect(read('<p>Phone: +44 1234 567890</p><p>E-mail: office@harbour.example</p>')).not.toMatch(/567890|office@harbour/);
    expect(read('<p>Phone the harbour office before you launch from the slipway at 9am.</p>')).toContain('phone the harbour office');
    const ending = '<p>ENDS</p><p>For further information, please contact: Jo Penrose, Harbour Office, on 01234 567890.</p><p>###</p>';
    expect(read(ending)).not.toMatch(/ends|jo penrose|###/);
  });
});

describe('forms (forms.ts)', () => {
  it('drops a search, sign-in or reply form, and keeps the prose of a form that only shows it', () => {
    expect(read('<form><p>Search the archive</p><input type="search"><button>Go</button></form>')).not.toContain('search the archive');
    expect(read('<form><h3>Leave a reply</h3><p>Your email address will not be published.</p><textarea></textarea></form>')).not.toContain('email address');
    const shown =
      '<form class="usertext"><input type="hidden" name="id" value="t3"><div class="md"><p>The ' +
      'quay was finished ahead of the summer season, which pleased the sailing ' +
      'club.</p></div></form>';
    expect(read(shown)).toContain('pleased the sailing club');
  });

  it('reads a page that an ASP.NET-style form wraps whole, search box included', () => {
    const html = story('')
      .replace('<body>', '<body><form id="aspnetForm"><input type="text" name="q"><button>Search</button>')
      .replace('</body>', '</form></body>');
    expect(norm(extractArticle(html).text)).toContain('fishing boats returned');
  });
});

const reply = (text: string) =>
  `<div class="comment"><span class="comment-author">sailor_${text.length}</span><div class="comment-body"><p>${text}</p></div></div>`;
const REPLIES = [
  'We had the same problem with our mooring last year, and the harbour master sorted it within the week.',
  'The new wall looks much better from the beach, though the steps down to the sand are steep.',
  'Does anyone know whether the slipway will be open to the public again before the regatta?',
];

describe('discussion pages (discussion.ts)', () => {
  it('reads the post and its replies when the comments hold the prose of the page', () => {
    const html = `<html><head><title>Harbour wall finished? : sailing</title></head><body><div class="side"><h1>sailing</h1></div><div class="content"><div\
 class="post"><p class="title"><a>Harbour wall finished?</a></p><div class="md"><p>Has anyone been down to see the new harbour wall yet, and\
 is the slipway open?</p></div></div>
<div class="commentarea">${REPLIES.map(reply).join('')}</div></div></body></html>`;
    const text = extractArticle(html).text;
    expect(text.split('\n')[0]).toBe('# Harbour wall finished?');
    for (const t of [...REPLIES, 'Has anyone been down to see the new harbour wall yet']) expect(norm(text)).toContain(norm(t));
    expect(text).not.toMatch(/sailor_/);
  });

  it('reads the replies of a page that schema.org calls a forum posting', () => {
    const post = 'The harbour wall was rebuilt over the winter at a cost of two million pounds, paid by the port trust.';
    const html =
      '<html><body><main><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1>Harbour wall</h1>' +
      `<div class="comments">${[post, ...REPLIES].map(reply).join('')}</div></div></main></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const t of REPLIES) expect(text).toContain(norm(t));
  });

  it('a byline or dateline line by the post does not turn a thread into an article with comments', () => {
    // a post of about 900 characters: under the 1,000 of prose outside the comments that a discussion may have
    const post = 'We moved the boat to the new berth on Saturday, and the wall held through the gale on Sunday night. '.repeat(9);
    const replies = [...REPLIES, ...REPLIES, ...REPLIES, ...REPLIES];
    const page = (extra: string) =>
      '<html><head><title>New berth : sailing</title></head><body><div class="content"><div class="post">' +
      `<h1>New berth</h1>${extra}<div class="md"><p>${post}</p></div></div>` +
      `<div class="commentarea">${replies.map(reply).join('')}</div></div></body></html>`;
    const lines =
      '<p>Posted by harbour_watch for the Sailing Club | 18:02, 2 May 2021</p>' + '<p>Updated 14:05 GMT, 3 June 2022 · 12 comments · 4 min read</p>';
    for (const extra of ['', lines]) {
      const text = norm(extractArticle(page(extra)).text);
      for (const t of REPLIES) expect(text).toContain(norm(t));
    }
  });

  it('leaves comments under an article out, even when there are many', () => {
    const html = story('').replace('</article>', `</article><div id="comments">${[...REPLIES, ...REPLIES].map(reply).join('')}</div>`);
    const text = norm(extractArticle(html).text);
    expect(text).toContain('fishing boats returned');
    for (const t of REPLIES) expect(text).not.toContain(norm(t));
  });
});

describe('layout boxes and disclosures (clean.ts)', () => {
  const steps = ['Heat the oven to 200C.', 'Mix the flour and the salt.', 'Knead for ten minutes.', 'Bake for half an hour.'];
  const recipe = (wrapClass: string) =>
    `<html><head><title>Plain white loaf | Kitchen notes</title></head><body><div class="${wrapClass}">` +
    '<main class="content"><article class="post"><h1>Plain white loaf</h1>' +
    '<p>This post may contain affiliate links. Please read my disclosure policy.</p>' +
    '<p>A loaf for every day, with four ingredients.</p>' +
    `<ol>${steps.map((s) => `<li>${s}</li>`).join('')}</ol></article></main>` +
    '<aside class="sidebar"><h3>About me</h3><p>I bake on weekends and write about it.</p></aside></div></body></html>';

  it('a box named for the content and its sidebar ("content-sidebar-wrap") is no sidebar: the recipe is read, the sidebar not', () => {
    const text = norm(extractArticle(recipe('content-sidebar-wrap')).text);
    for (const s of steps) expect(text).toContain(norm(s));
    expect(text).not.toContain('i bake on weekends');
    // a box named only for the sidebar is still furniture
    expect(norm(extractArticle(recipe('sidebar-wrap')).text)).not.toContain('knead for ten minutes');
  });

  it('drops the affiliate-link disclosure above a post, and keeps a sentence that mentions affiliate links', () => {
    expect(norm(extractArticle(recipe('content-sidebar-wrap')).text)).not.toContain('affiliate links');
    expect(read('<p>The port says this article contains affiliate links to no one, and that the works were paid in full.</p>')).toContain(
      'affiliate links to no one',
    );
  });
});

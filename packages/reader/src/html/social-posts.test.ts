import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/** Round 33 (batch 35): a social post's page, whose title is its poster's name and whose header is the poster's card. */
const LINES = [
  'The Riverside Trail footbridge reopens this Saturday, January 17!',
  'After eight months of repairs, crews finished the new decking and railings this week, and the bridge passed its inspection.',
  'The detour signs on Canal Road will come down on Friday afternoon, and the parking lot stays closed until February.',
];
const REPLIES = [
  'Finally! My morning loop has been twice as long since May. Thank you to the crews who worked through that heat wave.',
  'Will the bridge be plowed in winter? The old one was basically an ice rink from December to March, and we all slipped.',
  'Walked past this morning and it looks great. The new railings are much nicer than the chain link fence they had before.',
];
const page = (head: string, header: string, tags = '') =>
  `<html><head>${head}</head><body><div role="main"><div class="post">${header}
${LINES.map((l) => `<div dir="auto">${l}</div>`).join('\n')}${tags}</div>
<div class="comments">${REPLIES.map((r) => `<div class="comment"><p>${r}</p></div>`).join('\n')}</div></div></body></html>`;

describe("a social post's title and header (poster-title.ts, author-lines.ts; round 33)", () => {
  it("takes the post's first line as the title when og:title is the poster's name and the description the post's opening", () => {
    const head =
      `<title>Alder Creek Parks &amp; Recreation - 🌉 ${LINES[0]} After eight... | Facebook</title>` +
      '<meta property="og:title" content="Alder Creek Parks &amp; Recreation">' +
      `<meta property="og:description" content="🌉 ${LINES[0]} After eight months">`;
    const header = '<h2><a href="https://www.facebook.com/AlderCreekParks">Alder Creek Parks &amp; Recreation</a></h2>';
    const { title, text } = extractArticle(page(head, header));
    expect(title).toBe(LINES[0]);
    expect(norm(text)).not.toContain('alder creek parks');
    // a headline as og:title stays the title, whatever the description
    const news =
      '<meta property="og:title" content="Footbridge reopens after eight months of repairs">' + `<meta property="og:description" content="${LINES[1]}">`;
    expect(extractArticle(page(news, '<h1>Footbridge reopens after eight months of repairs</h1>')).title).toBe(
      'Footbridge reopens after eight months of repairs',
    );
  });

  it("takes the first line when the title found is the page's author (JSON-LD), and drops the poster's card with its headline", () => {
    const ld = '<script type="application/ld+json">{"@type":"SocialMediaPosting","author":{"@type":"Person","name":"Nadia Cole"}}</script>';
    const card =
      '<div class="header"><a href="https://www.linkedin.com/in/nadia-c?trk=actor-image"><img alt="" src="n.jpg"></a><div>' +
      '<a href="https://www.linkedin.com/in/nadia-c?trk=actor-name">Nadia Cole</a><p>Staff Engineer at Orrery Health | On-call health</p>' +
      '<span><time>2w</time> · Edited</span></div><a href="/signup">Follow</a></div>';
    const { title, text } = extractArticle(page(`<title>Nadia Cole</title>${ld}`, card));
    expect(title).toBe(LINES[0]);
    expect(norm(text)).not.toMatch(/nadia cole|staff engineer|edited/);
    expect(norm(text)).toContain('the detour signs on canal road');
  });

  it("keeps a closing line of hashtags set as a line of the post's own text, and drops a tag list of its own", () => {
    const tags = (cls: string) => `<div ${cls}><a href="/hashtag/aldercreek">#AlderCreek</a> <a href="/hashtag/riversidetrail">#RiversideTrail</a></div>`;
    expect(norm(extractArticle(page('', '', tags('dir="auto"'))).text)).toContain('#aldercreek #riversidetrail');
    expect(norm(extractArticle(page('', '', tags('class="post-tags"'))).text)).not.toContain('#aldercreek');
  });
});

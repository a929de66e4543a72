import { links, type TestPage, texts } from './page-kit.js';
import { dwellPage } from './pages-heldout203-d2.js';
import { adLabel, type HearstSite, hearstAd, hearstFooter, hearstHead, hearstHeader } from './pages-heldout203-b3.js';

/**
 * Held-out batch 203, file d: a Country Living news feature on the Hearst template (header, hed, dek, byline and date, lead
 * image credit, an Instagram embed with its caption, in-body ad labels, a "Related Story" block, the "You Might Also Like"
 * rail and the Hearst footer) and, from file d2, a Dwell home tour.
 */
const site: HearstSite = {
  name: 'Country Living',
  host: 'countryliving.com',
  nav: ['Decorating Ideas', 'Gardening', 'Food & Drinks', 'Life', 'Shopping', 'Antiques'],
  subscribe: 'Subscribe',
  menuExtra: ['Newsletter', 'Best Small Towns'],
};
const title = 'This Vermont Village Has Kept Its One-Room Schoolhouse Open for 150 Years';
const dek = 'With just nine pupils, the Pell Hollow School is the oldest continuously operating one-room school in the state.';
const p1 = [
  'Every morning at a quarter to eight, Ruth Ainsley rings the brass bell hanging from the porch of the Pell Hollow School. ' +
    'The sound carries across the green, past the general store and the white Congregational church, and within ten minutes ' +
    'her nine pupils, aged five to eleven, are hanging their coats on the pegs inside the door.',
  'The little clapboard building opened in 1875. This autumn, the village will celebrate its 150th year of classes with a ' +
    'supper on the green and an exhibition of old exercise books that families have kept in their attics.',
];
const h1 = 'A school that nearly closed';
const p2 = [
  'The school has come close to shutting several times. In 2009, the district proposed busing the children to a larger school ' +
    'twenty minutes away. Parents packed a town meeting and voted to cover the cost of keeping the building heated themselves.',
  '“People here do not agree on much,” laughs Ainsley, who has taught at Pell Hollow for 23 years. “But they agree on this.”',
];
const h2 = 'Lessons beyond the classroom';
const p3 = [
  'With so few pupils, the older children help the younger ones read, and lessons often spill outdoors. The school keeps ' +
    'a vegetable patch and four hens, and every spring the class taps the maples behind the building for syrup, which they ' +
    'sell at the village fair.',
  'Former pupils say the experience stays with them. “You learned to look after each other,” says Ben Colton, 71, who sat ' +
    'at the same desks in the 1960s and whose granddaughter now attends. “I still think of that as the most important thing.”',
  'The anniversary supper is open to anyone who has ever been a pupil, parent or teacher at Pell Hollow. Organisers expect ' +
    'more than 300 guests, which would make it the largest gathering on the green since the bicentennial parade in 1976. ' +
    'Ainsley has asked every former pupil to bring one thing they remember from their school days.',
];
const credit = 'Courtesy of Pell Hollow Historical Society';
const insta = ['View this post on Instagram', 'A post shared by Pell Hollow Vermont (@pellhollowvt)'];
const related = ['Related Story', 'The 50 Best Small Towns in America'];
const rail = ['You Might Also Like', 'The Prettiest Covered Bridges in New England', '25 Cozy Fall Porch Ideas', 'Why Everyone Is Keeping Chickens'];
const p = (a: readonly string[]): string => a.map((t) => `<p class="body-text css-1r8m4mc emevuu60">${t}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="body-h2 css-10rhwp1 e19tsnb50">${t}</h2>`;
const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":[{"@type":"Person","name":"Lainey Moore"}],
"datePublished":"2025-09-02T13:00:00Z"}`;
const head = hearstHeader(site);
const foot = hearstFooter(site);
const html = `<!DOCTYPE html>
<html lang="en">${hearstHead(site, title, dek, ld)}
<body class="css-0"><div id="__next">${head.html}
<main id="main-content" class="css-1j8x5a0"><div class="content-container css-10v6t9m">
<header class="content-header css-1d1a3s"><nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/life/">Life</a></nav>
<h1 class="css-1o9qhk3 e1h9rw200">${title}</h1><div class="content-dek css-1tk9h0v"><p>${dek}</p></div>
<div class="byline-container"><address><span class="byline-name">By <a href="/author/lainey-moore/">Lainey Moore</a></span></address>
<time class="content-info-date" datetime="2025-09-02">Published: Sep 2, 2025</time></div>
<figure class="content-lede-image"><img alt="schoolhouse" src="https://hips.hearstapps.com/cl.jpg"><figcaption>
<span class="image-photo-credit">${credit}</span></figcaption></figure></header>
<div class="article-body-content standard-body-content css-1tpf8j" data-journey-content="true">
${p(p1)}
${hearstAd(1)}
${hd(h1)}
${p(p2)}
<div class="embed embed-instagram css-1q5j8a1" data-embed="instagram">
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C9x/">
<a href="https://www.instagram.com/p/C9x/">${insta[0]}</a><p>${insta[1]}</p></blockquote>
<script async src="https://www.instagram.com/embed.js"></script></div>
${hd(h2)}
${p(p3.slice(0, 1))}
<div class="embed embed-editorial-links" data-embed="editorial-links"><h3>${related[0]}</h3><ul><li><a href="/life/travel/">${related[1]}</a></li></ul></div>
${p(p3.slice(1))}
${hearstAd(2)}
</div></div>
<aside class="css-13c3m2a"><h2>${rail[0]}</h2><ul>${links(rail.slice(1), 'css-3mn0ro')}</ul></aside></main>
${foot.html}</div><script src="https://www.countryliving.com/_assets/client.js" async></script></body></html>`;

const clPage: TestPage = {
  name: 'heldout203-country-living-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3]),
  bylines: ['By Lainey Moore', 'Published: Sep 2, 2025'],
  // the Instagram embed's texts are furniture
  furniture: [...new Set([...head.furniture, credit, adLabel, ...insta, ...related, ...rail, ...foot.furniture])],
};

export const HELDOUT203_D: readonly TestPage[] = [clPage, dwellPage];

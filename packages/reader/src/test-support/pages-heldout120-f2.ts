import { type TestPage, texts } from './page-kit.js';
import { gaChrome, gaChromeGold, gaFoot, gaHead, gaKeyEvents, gaPager, gaStand, gaStandPromo, gaTitle, gaTop } from './pages-heldout120-f3.js';
import { gaBlockGold, gaBlocksHtml } from './pages-heldout120-f4.js';

/**
 * Held-out batch 120, file f2: a live blog on the Australian edition of a British daily, built on The Guardian's
 * dotcom-rendering live blog template (skip links including "Skip to key events", the support banner, sign-in, search and
 * edition switcher, pillar and sub-nav menus, the "Live" kicker and series label, headline, the standfirst bullets ending with
 * the breaking-news email promo line, the byline with "(now)" and "(earlier)", the dateline with "First published on", the key
 * events list, the key-events-only toggle with its no-JavaScript note, the pagination above and below the blocks, the live
 * blocks with relative and absolute times, contributor names, block headings, a bulleted summary block, "Updated at" lines
 * and share buttons, the reader-support epic and an "Advertisement" slot between blocks, "Explore more on these topics", the
 * comments header, "Most viewed" and the footer). The page parts are in files f3 and f4.
 */
const gaHtml = `<!DOCTYPE html>
<html lang="en"><head>${gaHead}</head>
<body><div data-gu-name="skip-links">${gaTop}</div>
${gaChrome.header}
<main data-layout="LiveLayout"><div data-gu-name="headline-area"><div class="dcr-live-kicker"><span class="dcr-pulsing-dot"></span>
<a href="/australia-news/series/australia-news-live">Live</a> <a href="/australia-news">Australia news</a></div>
<h1 class="dcr-headline">${gaTitle}</h1>
<div data-gu-name="standfirst" class="dcr-standfirst"><ul>${gaStand.map((t) => `<li><p>${t}</p></li>`).join('\n')}
<li><p><strong>Get our</strong> <a href="/email-newsletters">breaking news email</a>, <a href="/app">free app</a> or
<a href="/podcasts/full-story">daily news podcast</a></p></li></ul></div></div>
<div data-gu-name="meta" class="dcr-meta">${gaChrome.meta}</div>
<div id="keyevents" data-gu-name="key-events">${gaKeyEvents}</div>
<div data-gu-name="body" id="maincontent"><div class="dcr-toggle"><label for="filter-toggle">Show key events only</label>
<input id="filter-toggle" type="checkbox" disabled><p class="dcr-toggle-nojs">Please turn on JavaScript to use this feature</p></div>
${gaPager}
<div id="liveblog-body" class="article-body-commercial-selector">
${gaBlocksHtml}
</div>
${gaPager}
${gaChrome.after}</div></main>
${gaFoot}
</body></html>`;
export const guardianLiveBlog: TestPage = {
  html: gaHtml,
  name: 'heldout120-guardian-au-liveblog-news',
  kind: 'news',
  // the standfirst bullets are body, except its email promo line (furniture); the block headings are the headings and the
  // blocks' paragraphs and list items the body; the key events list repeats the block headings and is left out; block
  // times, contributor names and "Updated at" lines are bylines; the epic and the ad label between blocks are furniture
  title: gaTitle,
  headings: gaBlockGold.headings,
  body: texts([...gaStand, ...gaBlockGold.body]),
  bylines: [...gaChromeGold.bylines, ...gaBlockGold.bylines],
  furniture: [...new Set([gaStandPromo, ...gaChromeGold.furniture, ...gaBlockGold.furniture])],
};

import { links } from './page-kit.js';
import { gaKeyEventItems } from './pages-heldout120-f4.js';

/**
 * Held-out batch 120, file f3: the page parts around the blocks of the Guardian Australia live blog in file f2 (head, skip
 * links, header, meta, key events, pagination, the parts after the blocks and the footer), and their gold parts.
 */
export const gaTitle = 'Australia news live: Hendry Valley fire downgraded; RBA deputy warns against expecting quick rate cuts';
export const gaStand = [
  'Residents of Millbrook allowed to return home as rain helps firefighters',
  'Transport minister apologises for a third day of western line delays',
];
export const gaStandPromo = 'Get our breaking news email, free app or daily news podcast';
const skips = ['Skip to main content', 'Skip to navigation', 'Skip to key events'];
const support = ['Support the Meridian', 'Fund independent journalism with $15 per month', 'Support us'];
const account = ['Sign in', 'Search', 'AU edition'];
const pillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const subnav = ['Australia', 'World', 'AU politics', 'Environment', 'Climate crisis', 'Indigenous Australia', 'Immigration', 'Media', 'Business', 'Science'];
const byline = 'Luca Ittimani (now) and Emily Wind (earlier)';
const dates = ['Wed 12 Mar 2025 17.31 AEDT', 'First published on Wed 12 Mar 2025 06.45 AEDT'];
const pager = ['Latest', 'Previous', '1 of 2', 'Next', 'Oldest'];
const topics = ['Australia news', 'Bushfires', 'Reserve Bank of Australia', 'Interest rates', 'Rail transport'];
const afterTools = ['Explore more on these topics', 'Share', 'Reuse this content'];
const comments = ['Comments (186)', 'Sign in or create your Meridian account to join the discussion.'];
const mostViewed = [
  'Most viewed',
  'Surf lifesavers warn of dangerous rips as holiday crowds flock to beaches',
  'The small-town bakery that became a national obsession',
  'Five plants that will survive an Australian summer',
];
const foot = [
  'About us',
  'Contact us',
  'Complaints & corrections',
  'SecureDrop',
  'Work for us',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Help',
  'All topics',
  'All writers',
  'Newsletters',
  'Advertise with us',
];
const copy = '© 2025 Meridian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';

export const gaHead = `<meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>Australia news live: Hendry Valley fire downgraded; RBA deputy warns against expecting quick rate cuts | Australia news | The Meridian</title>
<meta name="description" content="${gaStand[0]}"><meta property="og:title" content="${gaTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="Australia news"><meta property="article:published_time" content="2025-03-11T19:45:00.000Z">
<link rel="canonical" href="https://www.meridian.example/australia-news/live/2025/mar/12/australia-news-live-hendry-valley-fire-rba">
<script type="application/ld+json">[{"@type":"LiveBlogPosting","@context":"https://schema.org","headline":"${gaTitle}",
"coverageStartTime":"2025-03-11T19:45:00.000Z",
"coverageEndTime":"2025-03-12T06:31:00.000Z","author":[{"@type":"Person","name":"Luca Ittimani"},{"@type":"Person","name":"Emily Wind"}],
"publisher":{"@type":"Organization","name":"The Meridian"},"liveBlogUpdate":[{"@type":"BlogPosting","headline":"What we learned today"}]}]</script>
<script>window.guardian={"config":{"page":{"contentType":"LiveBlog","isLive":true,"edition":"AU","section":"australia-news"}}};</script>
<script type="module" src="https://assets.meridian.example/assets/frameworks.client.web.4ad6.js"></script>`;
export const gaTop = skips.map((t, i) => `<a href="#${['maincontent', 'navigation', 'keyevents'][i]}" class="dcr-skip">${t}</a>`).join('\n');
const header = `<header data-component="header"><div data-gu-name="top-bar" class="dcr-top-bar"><div class="dcr-support-banner">
<p class="dcr-support-title">${support[0]}</p><p class="dcr-support-sub">${support[1]}</p><a href="https://support.meridian.example/">${support[2]}</a></div>
<a href="https://profile.meridian.example/signin" class="dcr-signin">${account[0]}</a><button class="dcr-search">${account[1]}</button>
<button class="dcr-edition" aria-haspopup="true">${account[2]}</button></div><a href="/au" class="dcr-logo"><span class="visually-hidden">The Meridian -
Back to home</span></a></header>
<nav id="navigation" data-component="nav2" aria-label="Meridian sections"><ul class="dcr-pillars">${links(pillars, 'dcr-pillar')}</ul>
<ul class="dcr-subnav">${links(subnav, 'dcr-subnav-item')}</ul></nav>`;
const meta = `<address aria-label="Contributor info" data-component="meta-byline"><a rel="author" href="/profile/luca-ittimani">Luca Ittimani</a> (now) and
<a rel="author" href="/profile/emily-wind">Emily Wind</a> (earlier)</address>
<details class="dcr-dateline"><summary>${dates[0]}</summary><span>${dates[1]}</span></details>`;
export const gaKeyEvents = `<h2 class="dcr-key-events-title">Key events</h2><ul class="dcr-key-events">${gaKeyEventItems
  .map((k) => `<li><a href="?page=with:block-${k.id}#block-${k.id}"><time>${k.ago}</time><span class="dcr-ke-text">${k.heading}</span></a></li>`)
  .join('\n')}</ul>`;
export const gaPager = `<nav class="dcr-pagination" aria-label="Live blog pages"><a aria-disabled="true">${pager[0]}</a>
<a aria-disabled="true">${pager[1]}</a><span class="dcr-page-count">${pager[2]}</span><a href="?page=with:block-67d0ef0c8f08e1c5a0d4be11#liveblog-navigation">
${pager[3]}</a><a href="?page=with:block-67d0a3b98f08e1c5a0d4bd02#liveblog-navigation">${pager[4]}</a></nav>`;
const after = `<div data-gu-name="submeta" class="dcr-submeta"><span class="dcr-submeta-title">${afterTools[0]}</span>
<ul class="dcr-keywords">${links(topics, 'dcr-keyword')}</ul><div class="dcr-share-row"><button>${afterTools[1]}</button>
<a href="https://syndication.meridian.example/">${afterTools[2]}</a></div></div>
<section id="comments" data-component="discussion"><h2 class="dcr-comments-title">${comments[0]}</h2><p>${comments[1]}</p></section>
<section data-component="most-viewed"><h2>${mostViewed[0]}</h2><ol>${links(mostViewed.slice(1), 'dcr-most-viewed-item')}</ol></section>`;
export const gaChrome = { header, meta, after };
export const gaFoot = `<footer data-component="footer"><ul class="dcr-footer-links">${links(foot, 'dcr-footer-link')}</ul>
<a href="#top" class="dcr-back-to-top">Back to top</a><p class="dcr-copyright">${copy}</p></footer>`;
export const gaChromeGold = {
  bylines: [byline, ...dates],
  furniture: [
    ...skips,
    ...support,
    ...account,
    'The Meridian - Back to home',
    ...pillars,
    ...subnav,
    'Live',
    'Key events',
    'Show key events only',
    'Please turn on JavaScript to use this feature',
    ...pager,
    ...afterTools,
    ...topics,
    ...comments,
    ...mostViewed,
    ...foot,
    'Back to top',
    copy,
  ],
};

import { links, ps, type TestPage, texts } from './page-kit.js';
import { bbcLive } from './pages-heldout274-a2.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file a: a Guardian-style live blog (dotcom-rendering markup: the live
 * layout with its standfirst bullets, the "Key events" carousel, the "Show key events only"
 * toggle, blocks with their time stamps and contributor lines, pinned post, the Sourcepoint
 * consent frame, the sub-navigation, "Most viewed" and the footer) and, from file a2, a BBC-style
 * live page.
 */
const gTitle = 'Northbay rail strike: services halted across the region as pay talks collapse – live';
const gStand = paras(`
Drivers at Northbay Trains walk out for 48 hours after union rejects revised offer

Transport secretary Imelda Crane says 'door remains open' for further talks
`);
interface Block {
  id: string;
  t: string;
  by: string;
  h?: string;
  key?: string;
  p: string[];
}
const gBlocks: Block[] = [
  {
    id: '6a01',
    t: '16.42 GMT',
    by: 'Rosa Delamere',
    h: 'Evening summary',
    key: 'What we know so far',
    p: paras(`
We are going to wrap up our live coverage for today. Here is where things stand on the first day of the walkout.

No Northbay Trains services ran between Carrow Junction and Eastwold for the whole of the day, and the operator has said
that only a skeleton timetable will run tomorrow on the coastal line.

The union said its members would return to work on Thursday morning but warned that a further ten days of action
would be announced if the company did not put a new offer on the table by the end of the week.
`),
  },
  {
    id: '6a02',
    t: '15.10 GMT',
    by: 'Rosa Delamere',
    p: paras(`
Commuters at Carrow Junction have been telling us how they got to work this morning. Many said they had shared cars
with neighbours or worked from home, and several said the replacement buses had been full by half past seven.

One nurse, who asked us not to use her name, said she had left home at five to be sure of reaching the hospital for the start of
her shift, and that she supported the drivers even though the day had been exhausting.
`),
  },
  {
    id: '6a03',
    t: '13.25 GMT',
    by: 'Tomasz Everly',
    h: 'Transport secretary: the door remains open',
    key: 'Crane says government will not intervene directly',
    p: paras(`
Imelda Crane has just spoken to reporters outside the department. She said the dispute was a matter for the company and the union,
but that she had asked both sides to meet again "within days, not weeks".

Asked whether the government would fund a larger pay rise, she said the operator's finances were "for the operator to manage" and
that passengers deserved a reliable service whatever the outcome of the talks.
`),
  },
  {
    id: '6a04',
    t: '11.02 GMT',
    by: 'Tomasz Everly',
    p: paras(`
The figures the two sides are arguing about are worth setting out. The company's revised offer was a 4.5% rise this year and
3% next year, tied to changes in rostering. The union had asked for 7% over one year with no conditions attached.

The union's regional organiser, Declan Moyes, said the rostering changes would mean drivers losing two rest days a month, which
members were not prepared to accept.
`),
  },
  {
    id: '6a05',
    t: '08.30 GMT',
    by: 'Rosa Delamere',
    h: 'Picket lines form at three depots',
    key: 'Pickets at Carrow, Eastwold and Sandling',
    p: paras(`
Good morning and welcome to our live coverage of the first day of the strike by train drivers at Northbay Trains.

Picket lines formed before dawn at the depots in Carrow, Eastwold and Sandling. The company says no trains will run on any of its
routes today, and it has asked passengers not to travel unless they have to.
`),
  },
];
const gBody = [...texts(gStand), ...gBlocks.flatMap((b) => texts(b.p))];
const gNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['UK', 'World', 'Climate crisis', 'Business', 'Environment', 'Science', 'Tech', 'Football'];
const gMost = [
  'Council tax rise of 9% approved in three counties',
  'The lighthouse keepers who never left: a photo essay',
  'Ferry operator fined over cancelled winter crossings',
];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Securedrop'];
const gCrumbs = ['UK news', 'Rail industry', 'Strikes'];
const block = (b: Block): string => `<article id="block-${b.id}" data-gu-name="block" class="block ${b.key ? 'is-key-event' : ''}"
data-block-id="${b.id}"><header class="dcr-blockheader"><a href="?page=with:block-${b.id}#block-${b.id}" class="dcr-timestamp">
<time datetime="2026-02-17T${b.t.slice(0, 2)}:${b.t.slice(3, 5)}:00Z" data-relativeformat="med">${b.t}</time></a>
${b.h ? `<h2 class="dcr-blocktitle">${b.h}</h2>` : ''}</header>
<div class="dcr-blockbody">${ps(b.p, ' class="dcr-p"')}</div>
<footer class="dcr-blockfooter"><div class="dcr-contributor"><span class="dcr-contributor-name">${b.by}</span></div>
<div class="dcr-share"><button class="dcr-share-btn" data-link-name="share block">Share</button></div></footer></article>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | UK news | The Wharfside</title>
<meta name="description" content="Drivers at Northbay Trains walk out for 48 hours after union rejects revised offer">
<meta property="og:type" content="article"><meta property="og:site_name" content="the Wharfside">
<meta property="article:section" content="UK news"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.thewharfside.example/uk-news/live/2026/feb/17/northbay-rail-strike-live">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${gTitle}",
"coverageStartTime":"2026-02-17T08:30:00Z","publisher":{"@type":"Organization","name":"The Wharfside"}}</script>
<script>window.guardian={config:{page:{contentType:"LiveBlog",section:"uk-news",isLive:true,shouldHideAdverts:false}}};</script>
</head><body><a href="#maincontent" data-link-name="skip : main content" class="dcr-skip">Skip to main content</a>
<div id="bannerandheader"><header data-component="header"><div class="dcr-topbar"><a href="/uk/support" class="dcr-support">Support us</a>
<a href="/signin" data-link-name="nav3 : topbar : signin">Sign in</a></div>
<nav aria-label="Wharfside sections" data-component="nav4"><ul class="dcr-pillars">${links(gNav, 'dcr-pillar')}</ul>
<button aria-label="Show More" class="dcr-veggie">More</button></nav>
<div data-component="sub-nav"><ul class="dcr-subnav">${links(gSub, 'dcr-subnav-item')}</ul></div></header></div>
<main data-layout="LiveLayout" id="maincontent"><div class="dcr-liveheader"><div data-gu-name="title">
<ol class="dcr-series">${links(gCrumbs, 'dcr-series-item')}</ol><span class="dcr-livebadge">Live</span></div>
<div data-gu-name="headline"><h1 class="dcr-headline">${gTitle}</h1></div>
<div data-gu-name="standfirst" class="dcr-standfirst"><ul>${gStand.map((s) => `<li>${s}</li>`).join('')}</ul></div></div>
<div data-gu-name="meta" class="dcr-meta"><address aria-label="Contributor info" data-component="meta-byline">
<a rel="author" href="/profile/rosa-delamere">Rosa Delamere</a> and <a rel="author" href="/profile/tomasz-everly">Tomasz Everly</a></address>
<details class="dcr-dateline"><summary>Tue 17 Feb 2026 16.42 GMT</summary><span>First published on Tue 17 Feb 2026 08.30 GMT</span></details>
<div class="dcr-sharecount"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button>Copy link</button><span class="dcr-count">1,204</span></div></div>
<aside data-gu-name="key-events" id="key-events-carousel"><h2 class="dcr-keyhead">Key events</h2>
<ul class="dcr-keylist">${gBlocks
  .filter((b) => b.key)
  .map((b) => `<li><a href="#block-${b.id}"><time class="dcr-keytime">${b.t.slice(0, 5)}</time><span>${b.key}</span></a></li>`)
  .join('')}</ul></aside>
<div class="dcr-filter"><label for="filter-toggle">Show key events only</label><input type="checkbox" id="filter-toggle" role="switch">
<span class="dcr-filter-hint">Please turn on JavaScript to use this feature</span></div>
<div data-gu-name="body" id="liveblog-body" class="dcr-liveblog">
<div class="dcr-pinned" data-gu-name="pinned-post"><span class="dcr-pinnedlabel">Pinned post</span>${block(gBlocks[0] as Block)}
<button class="dcr-showmore">Show more</button></div>
${gBlocks.slice(1).map(block).join('\n')}
<div class="dcr-pagination"><span>Live feed</span><a href="?page=with:block-6a05">Oldest</a></div></div>
<aside class="ad-slot-container"><div class="ad-slot--label">Advertisement</div><div id="dfp-ad--right"></div></aside>
<section data-component="most-viewed"><h2>Most viewed</h2><ol>${links(gMost, 'dcr-mostviewed-item')}</ol></section></main>
<footer data-component="footer"><ul class="dcr-footerlinks">${links(gFoot)}</ul>
<p class="dcr-copyright">© 2026 Wharfside News & Media Limited or its affiliated companies. All rights reserved.</p></footer>
<div id="sp_message_container_1033" class="sp_veil"><div class="message-container"><p class="message-component">
Yes, we use cookies and similar technologies to help us run the site and to show you relevant advertising.</p>
<button class="message-component sp_choice_type_11">Yes, I'm happy</button><button class="message-component sp_choice_type_12">Manage or reject cookies</button>
</div></div><script src="https://assets.wharfside.example/dcr/index.js" defer></script></body></html>`;
const guardian: TestPage = {
  name: 'heldout274-guardian-liveblog-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gBlocks.filter((b) => b.h).map((b) => b.h ?? ''),
  body: gBody,
  bylines: [...gBlocks.map((b) => b.t), 'Rosa Delamere', 'Tomasz Everly', 'Tue 17 Feb 2026 16.42 GMT', 'First published on Tue 17 Feb 2026 08.30 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support us', 'Sign in', ...gNav, 'More', ...gSub.filter((s) => s.length > 2), ...gCrumbs, 'Live', 'Facebook',
    'Copy link', 'Share', '1,204', 'Key events',
    ...gBlocks.filter((b) => b.key).map((b) => b.key ?? ''), 'Show key events only', 'Please turn on JavaScript to use this feature', 'Pinned post',
    'Show more', 'Live feed', 'Oldest', 'Advertisement', 'Most viewed', ...gMost, ...gFoot,
    '© 2026 Wharfside News & Media Limited or its affiliated companies. All rights reserved.',
    'Yes, we use cookies and similar technologies to help us run the site and to show you relevant advertising.', "Yes, I'm happy",
    'Manage or reject cookies',
  ],
};

export const HELDOUT274_A: readonly TestPage[] = [guardian, bbcLive];

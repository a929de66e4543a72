import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file e2: an Arc XP live story rendered by the Fusion engine with Arc
 * Themes blocks (the fusion-app root, b-header-nav-chain with its sections menu, the overline,
 * headline and subheadline, byline and dates, the share bar, the "Latest updates" jump list of
 * links, live-update cards with time stamp and author, an inline "Read more" link, the Piano
 * meter banner, the "Related content" list, the ad containers and the b-footer). The
 * subheadline is the article's own standfirst and counts as body.
 */
const aTitle = 'Live updates: Final day of the Wyndham legislative session';
const aSub = paras(`
Lawmakers have until midnight to pass a budget, a housing bill and a long-delayed fix to the state's unemployment system.
`);
interface AUpd {
  id: string;
  t: string;
  by: string;
  h: string;
  p: string[];
}
const aUpds: AUpd[] = [
  {
    id: 'UPD3',
    t: '9:48 p.m.',
    by: 'Lucas Varga',
    h: 'Budget heads to governor after late-night vote',
    p: paras(`
The Senate passed the two-year, $31.6 billion budget by a vote of 19 to 11 shortly before ten, sending it to Gov. Teresa Halvorsen,
who is expected to sign it next week.

The final version keeps the one-time property tax rebate the House had fought for, but trims it from $500 to $350 per household
so that the reserve fund stays above the level required by state law.

Republicans who voted no said the budget spent too much of the surplus on new programs. Sen. Margaret Ostby warned that the
state would face "a very different conversation" in two years if revenue from the sales tax kept slowing.
`),
  },
  {
    id: 'UPD2',
    t: '6:15 p.m.',
    by: 'Nina Castellanos',
    h: 'Housing bill survives after change to parking rule',
    p: paras(`
The housing bill, which would allow duplexes on most residential lots in cities of more than 25,000 people, cleared the House
42 to 27 after its sponsor agreed to drop a provision that would have banned minimum parking requirements near bus stops.

Rep. Owen Achterberg said the change was the price of getting enough votes from suburban members. "Half a loaf still feeds
people," he said on the floor.
`),
  },
  {
    id: 'UPD1',
    t: '10:30 a.m.',
    by: 'Lucas Varga',
    h: 'What is still on the table',
    p: paras(`
Lawmakers arrive for the last day with three big pieces of business unfinished. The budget agreement announced on Sunday still
needs final votes in both chambers.

The housing bill has passed the Senate but faces a close vote in the House, and the unemployment system fix, which would pay for
a new claims computer, has been stuck in committee since February.

Anything not passed by midnight dies, although the governor can call lawmakers back for a special session.
`),
  },
];
const aBody = [...texts(aSub), ...aUpds.flatMap((u) => texts(u.p))];
const aNav = ['Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Obituaries', 'E-Edition', 'Newsletters'];
const aRelated = ['How the Wyndham budget deal came together', 'Duplex bill: what it means for your neighborhood', 'Unemployment backlog hits a new high'];
const aFoot = ['About us', 'Contact us', 'Careers', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Manage subscription'];
const aUpd = (u: AUpd): string => `<div class="b-live-update" id="${u.id}" data-testid="live-update"><div class="b-live-update__meta">
<time class="c-date b-live-update__date" datetime="2026-05-18">${u.t}</time><span class="c-attribution b-live-update__author">${u.by}</span></div>
<h2 class="c-heading b-live-update__headline">${u.h}</h2>
<div class="b-live-update__body">${u.p.map((x) => `<p class="c-paragraph">${x}</p>`).join('\n')}</div></div>`;
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} – Carrick Star-Tribune</title>
<meta name="description" content="${aSub[0]}"><meta property="og:site_name" content="Carrick Star-Tribune">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${aTitle}",
"coverageStartTime":"2026-05-18T10:30:00-07:00","author":[{"@type":"Person","name":"Lucas Varga"},{"@type":"Person","name":"Nina Castellanos"}]}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="carrick-star";Fusion.contextPath="/pf";Fusion.globalContent={"type":"story","subtype":"live"};</script>
</head><body><div id="fusion-app" class="b-application"><div class="b-right-rail"><a class="b-skip" href="#main">Skip to main content</a>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="b-header-nav-chain__sections">Sections</button>
<a href="/" class="b-header-nav-chain__logo">Carrick Star-Tribune</a><a class="c-button" href="/subscribe/">Subscribe</a>
<a class="c-button" href="/account/login/">Sign In</a></div><nav class="b-header-nav-chain__links"><ul>${links(aNav, 'b-links-bar__item')}</ul></nav></header>
<main id="main" class="b-right-rail__main"><div class="b-ad-block"><div class="b-ad-block__label">ADVERTISEMENT</div></div>
<article class="b-article"><div class="c-overline b-overline"><a href="/politics/legislature/">Legislature</a></div>
<h1 class="b-headline">${aTitle}</h1><h2 class="b-subheadline">${aSub[0]}</h2>
<div class="b-byline"><span>By <a href="/people/lucas-varga/">Lucas Varga</a> and <a href="/people/nina-castellanos/">Nina Castellanos</a></span></div>
<div class="b-date"><time datetime="2026-05-18T21:48:00-07:00">Updated May 18, 2026 at 9:48 p.m. PDT</time></div>
<div class="b-share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">Post</button>
<button aria-label="Share via email">Email</button><button>Gift this article</button></div>
<nav class="b-live-jumplist" aria-label="Latest updates"><h3 class="c-heading">Latest updates</h3><ul>${aUpds
  .map((u) => `<li><a href="#${u.id}">${u.t} — ${u.h}</a></li>`)
  .join('')}</ul></nav>
<div class="b-article-body">${aUpds.map(aUpd).join('\n')}
<p class="c-paragraph b-interstitial-link"><a href="/politics/2026/05/16/session-preview/">Read more: What to watch in the session's final week</a></p></div>
</article><div id="piano-meter" class="tp-container-inner"><p>You have 2 free articles left this month.</p>
<a href="/subscribe/">Subscribe for 99¢</a></div></main>
<aside class="b-right-rail__rail"><div class="b-related-content"><h2 class="c-heading">Related content</h2><ul>${links(aRelated)}</ul></div>
<div class="b-ad-block"><div class="b-ad-block__label">ADVERTISEMENT</div></div></aside>
<footer class="b-footer"><ul>${links(aFoot, 'b-footer__link')}</ul><p class="b-footer__copyright">© 2026 Carrick Star-Tribune. All rights reserved.</p>
</footer></div></div><script id="fusion-engine-script" src="/pf/dist/engine/react.js" defer></script></body></html>`;
export const arcLive: TestPage = {
  name: 'heldout274-arc-xp-live-story-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aUpds.map((u) => u.h),
  body: aBody,
  bylines: [...aUpds.map((u) => u.t), 'Lucas Varga', 'Nina Castellanos', 'By Lucas Varga and Nina Castellanos', 'Updated May 18, 2026 at 9:48 p.m. PDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Carrick Star-Tribune', 'Subscribe', 'Sign In', ...aNav, 'ADVERTISEMENT', 'Legislature', 'Facebook', 'Post',
    'Email', 'Gift this article', 'Latest updates', ...aUpds.map((u) => `${u.t} — ${u.h}`),
    "Read more: What to watch in the session's final week", 'You have 2 free articles left this month.', 'Subscribe for 99¢', 'Related content',
    ...aRelated, ...aFoot, '© 2026 Carrick Star-Tribune. All rights reserved.',
  ],
};

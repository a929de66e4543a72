import { links, type TestPage, texts } from './page-kit.js';
import { arcLive } from './pages-heldout274-e2.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file e: a 24liveblog embed on a Newsquest-style regional paper (the
 * paper's header, breadcrumb, short article intro with byline and reporter role, the 24liveblog
 * widget's own markup with its header bar, pinned post, list items with time, author and avatar,
 * "Powered by 24liveblog" and "Load more", the "Support local journalism" box, "Most read",
 * the comments teaser and the footer). A page whose own text is short: the entries in the widget
 * carry most of the body.
 */
const lTitle = 'Live: Tollbridge Road closed after lorry overturns near Cransley roundabout';
const lIntro = paras(`
Tollbridge Road is closed in both directions after a lorry overturned near the Cransley roundabout this morning. We will bring
you the latest on the closure, diversions and the clean-up in our live blog below.
`);
interface LItem {
  t: string;
  by: string;
  p: string[];
}
const lItems: LItem[] = [
  {
    t: '2:35 PM',
    by: 'Owen Garside',
    p: paras(`
Highways officers say the road should reopen by about six this evening. The lorry has now been lifted back onto its wheels and
is being towed to a depot in Cransley, but the road surface needs to be checked before traffic is allowed through.
`),
  },
  {
    t: '1:10 PM',
    by: 'Priya Halloran',
    p: paras(`
Some good news for the driver: police say he has been discharged from hospital after treatment for cuts and bruises. No other
vehicles were involved, and officers are not looking for anyone else in connection with the crash.
`),
  },
  {
    t: '11:48 AM',
    by: 'Owen Garside',
    p: paras(`
The lorry was carrying about twenty tonnes of animal feed, much of which has spilled across both carriageways. A specialist
contractor is on the way to clear it up, and the fire service has been washing down diesel that leaked from the fuel tank.

Buses on the number 14 route are running via Mill Lane and will not serve the stops on Tollbridge Road for the rest of the day.
`),
  },
  {
    t: '10:20 AM',
    by: 'Priya Halloran',
    p: paras(`
Traffic is now queuing back to the Sandcross junction on the bypass. If you can, avoid the area altogether. Drivers heading for
the town centre should leave the bypass at Wetherby Lane and follow the signed diversion.
`),
  },
  {
    t: '9:05 AM',
    by: 'Owen Garside',
    p: paras(`
Police were called at about 7.40am to reports of an overturned lorry on Tollbridge Road, close to the Cransley roundabout. The
road has been closed between the roundabout and the Gladstone Street junction while emergency services deal with the scene.

One reader who drove past shortly after the crash told us the lorry was lying on its side across both lanes, with its load
spread over the verge.
`),
  },
];
const lBody = [...texts(lIntro), ...lItems.flatMap((i) => texts(i.p))];
const lNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements', 'Puzzles', 'Public Notices'];
const lCrumbs = ['Home', 'News', 'Local News'];
const lMost = ['Plans for 300 homes at Cransley farm approved', 'Pub landlord celebrates 40 years behind the bar', 'Man charged after shop break-in'];
const lFoot = ['Contact us', 'Advertise', 'Terms and conditions', 'Privacy policy', 'Cookie settings', 'Complaints', 'Archive'];
const lItem = (i: LItem, n: number): string => `<div class="lb24-base-list-ul-item lb24-news-list-item" data-id="${9120 + n}">
<div class="lb24-base-list-meta lb24-news-list-item-header"><span class="lb24-news-list-item-time lb24-base-list-time">${i.t}</span>
<span class="lb24-news-list-item-author lb24-base-author"><img class="lb24-base-avatar" src="https://cdn.24liveblog.example/avatar/${n}.png" alt="">
<span class="lb24-base-author-name">${i.by}</span></span></div>
<div class="lb24-news-list-item-content lb24-base-content">${i.p.map((x) => `<p>${x}</p>`).join('')}</div>
<div class="lb24-base-list-share"><span class="lb24-base-share-btn">Share</span></div></div>`;
const lHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${lTitle} | Wexley Courier</title>
<meta name="description" content="Tollbridge Road is closed in both directions after a lorry overturned.">
<meta property="og:site_name" content="Wexley Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lTitle}",
"datePublished":"2026-02-03T09:05:00+00:00","author":{"@type":"Person","name":"Owen Garside"}}</script>
<script>var nqDataLayer = {"section":"news","articleType":"live","paywall":"metered"};</script></head>
<body class="article-page"><div class="cookie-notice" id="qc-cmp2-container"><p>We value your privacy. We and our partners store and access
information on your device.</p><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
<header class="mar-header"><a href="/" class="mar-header__logo">Wexley Courier</a><nav class="mar-nav"><ul>${links(lNav, 'mar-nav__item')}</ul></nav>
<a href="/subscribe/" class="mar-header__subscribe">Subscribe</a><a href="/login/">Log in</a></header>
<main class="mar-main"><nav class="breadcrumb"><ol>${links(lCrumbs, 'breadcrumb__item')}</ol></nav>
<article class="article"><h1 class="mar-article__headline">${lTitle}</h1>
<div class="article-first-published"><span class="mar-article__byline"><a href="/author/owen-garside/">Owen Garside</a></span>
<span class="mar-article__role">Trainee reporter</span><time datetime="2026-02-03T09:05:00">3rd February</time></div>
<div class="mar-share"><a href="#">Share</a></div><div id="subscription-article-body" class="article-body">
${lIntro.map((x) => `<p>${x}</p>`).join('')}<p class="article-inline-promo"><strong>Read more: Cransley roundabout works to begin in March</strong></p>
<div id="LB24_LIVE_CONTENT" data-eid="3018844721" class="lb24-theme-default"><div class="lb24-base-header"><span class="lb24-base-live">LIVE</span>
<span class="lb24-base-title">Tollbridge Road closure</span><span class="lb24-base-count">5 updates</span></div>
<div class="lb24-base-list-ul">${lItems.map(lItem).join('\n')}</div>
<div class="lb24-base-load-more"><button>Load more</button></div><div class="lb24-base-powered">Powered by 24liveblog</div></div></div>
<div class="support-local"><h3>Support local journalism</h3><p>Subscribe to the Wexley Courier for unlimited access to local news.</p></div>
<div class="article-comments-teaser"><a href="#comments">Comments (12)</a><p>Have your say on this story</p></div></article>
<aside class="mar-sidebar"><h2>Most read</h2><ol>${links(lMost)}</ol><div class="ad-label">Advertisement</div></aside></main>
<footer class="mar-footer"><ul>${links(lFoot)}</ul><p>This website and associated newspapers adhere to the Independent Press Standards
Organisation's Editors' Code of Practice.</p><p>© Copyright 2001-2026. Wexley Courier Ltd.</p></footer>
<script src="https://v.24liveblog.example/24.js" id="LB24_LIVE_SCRIPT"></script></body></html>`;
const lb24: TestPage = {
  name: 'heldout274-24liveblog-regional-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: lBody,
  bylines: [...lItems.map((i) => i.t), 'Owen Garside', 'Priya Halloran', 'Trainee reporter', '3rd February'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy. We and our partners store and access information on your device.', 'AGREE', 'MORE OPTIONS', 'Wexley Courier', ...lNav,
    'Subscribe', 'Log in', ...lCrumbs.filter((c) => !lNav.includes(c)), 'Share', 'Read more: Cransley roundabout works to begin in March', 'LIVE',
    'Tollbridge Road closure', '5 updates', 'Load more', 'Powered by 24liveblog', 'Support local journalism',
    'Subscribe to the Wexley Courier for unlimited access to local news.', 'Comments (12)', 'Have your say on this story', 'Most read', ...lMost,
    'Advertisement', ...lFoot,
    "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
    '© Copyright 2001-2026. Wexley Courier Ltd.',
  ],
};

export const HELDOUT274_E: readonly TestPage[] = [lb24, arcLive];

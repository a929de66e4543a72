import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file a2: a blog post saved to Pocket and opened in Pocket's web reader (Next.js markup with hashed
 * class names, the global header and account menu, the reader toolbar, the byline with the source domain and reading time,
 * "View Original", a RIL_IMG figure with its caption, the tag list, the "Recommended" rail with save buttons and the footer).
 */
const pTitle = 'A year of fixing clocks in a garden shed';
const pP1 = [
  j(
    'Last March I bought a broken mantel clock at a church jumble sale for three pounds, mostly because I liked the walnut case.',
    'Twelve months later there are eleven clocks on the shelves of my shed, seven of them ticking, and I have learned more about patience',
    'than in the previous decade of office work.',
  ),
  j(
    'This is not a guide. I am an amateur and some of what I do would make a professional wince. It is a note of what went wrong, what',
    'surprisingly went right, and what I would tell myself if I could go back to that jumble sale.',
  ),
];
const pH1 = 'Starting with the wrong clock';
const pP2 = [
  j(
    'The walnut clock turned out to have a French movement with a broken mainspring and a bushing worn almost into an oval. Every',
    'forum I read said the same thing: do not learn on a striking clock, and never start with a mainspring you cannot let down safely.',
  ),
  j(
    'I ignored both pieces of advice, and the spring came out of its barrel across the bench and into a pot of geraniums. Nobody was',
    'hurt, but I went and bought a cheap time-only wall clock the next morning and took that apart instead, twice, before going back.',
  ),
];
const pQuote = 'Take photographs of everything before you touch it. Your memory of where that little spring went is lying to you.';
const pH2 = 'Tools I actually use';
const pP3 = ['People ask what to buy first. After a year, these are the things that earn their place on the bench:'];
const pTools = [
  'A set of screwdrivers with replaceable blades, dressed to fit each screw slot',
  'A mainspring let-down tool, bought second-hand, which I should have owned from day one',
  'Pegwood and a small tin of clock oil, used far more sparingly than I first thought',
  'A head-mounted magnifier and a bright daylight lamp',
  'Plastic trays with lids, one per clock, labelled with masking tape',
];
const pP4 = [
  j(
    'I do not own a lathe, and I send bushing work to a retired repairer in the next village who charges me in homemade marmalade.',
    'That arrangement has done more for my clocks than any tool I could buy.',
  ),
];
const pH3 = 'What the clocks taught me';
const pP5 = [
  j(
    'The first lesson is that almost every fault is a cleaning fault. Old oil turns to varnish, dust collects in the pivot holes, and',
    'a clock that “needs a new part” very often needs a wash in warm soapy water, a careful dry and a drop of oil in the right place.',
  ),
  j(
    'The second is that a clock keeps time only when it is level and in beat. I spent a whole weekend on a kitchen clock that stopped',
    'every night before discovering that the wall it hung on was a few degrees out of true.',
  ),
  j(
    'The third is slower. Working on something that measures time makes you notice how you spend yours. An evening in the shed with',
    'the radio on and a movement in pieces is the most unhurried part of my week, and I have stopped apologising for it.',
  ),
];
const pCaption = 'The first clock, a French mantel clock in a walnut case, after its second attempt at a service.';
const pTags = ['hobbies', 'horology', 'workshop'];
const pRec = [
  'The quiet craft of bookbinding at the kitchen table',
  'Why old tools are often better than new ones',
  'How a village repair café keeps things out of landfill',
];
const pRecSrc = ['makersquarterly.example', 'workbenchnotes.example', 'greenerstreets.example'];
const pNav = ['Home', 'Saves', 'Collections'];
const pFoot = ['About', 'Help', 'Privacy', 'Terms of Service', 'Careers'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} | Pocket</title><meta name="description" content="Pocket — Save stories and read them later.">
<meta property="og:site_name" content="Pocket"><meta name="next-head-count" content="6">
<link rel="preload" href="/web-client/_next/static/css/2b1c4a7e8f.css" as="style">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"itemId":"3918275516","locale":"en"}},"page":"/read/[slug]",
"query":{"slug":"3918275516"},"buildId":"pocket-web-2026-02","isFallback":false}</script></head>
<body><div id="__next"><div class="c1fb3ng1"><header class="global-nav c1a3u9wz"><div class="c1hs7p1g"><a href="/home" class="logo"
aria-label="Pocket home"><svg class="pocket-logo"></svg></a>
<nav class="primary-links"><ul>${links(pNav, 'nav-link')}</ul></nav>
<div class="account-menu"><button class="upgrade-link">Upgrade</button><button aria-label="Open account menu" class="avatar">MT</button></div>
</div></header>
<main class="c1ns3y1t"><div class="reader-toolbar c1r0cc6v" data-testid="reader-nav"><a href="/saves" class="back">Back to Saves</a>
<div class="actions"><button data-cy="highlights-sidebar">Highlights</button><button data-cy="tag-item">Tag</button>
<button data-cy="favorite-item">Favorite</button><button data-cy="archive-item">Archive</button>
<button data-cy="delete-item">Delete</button><button data-cy="display-settings">Display Settings</button></div></div>
<article class="c1nc8t6b" data-testid="article-content"><header class="c1y9scr2"><h1 class="title">${pTitle}</h1>
<div class="byline"><span class="authors">Moira Tillbrook</span><span class="separator"> | </span><a class="domain"
href="https://ticktockshed.example/2026/03/a-year-of-clocks">ticktockshed.example</a><span class="separator"> | </span>
<span class="readTime">7 min read</span></div>
<div class="tags">${links(pTags, 'tag')}</div>
<a class="view-original" href="https://ticktockshed.example/2026/03/a-year-of-clocks">View Original</a></header>
<div id="RIL_container" class="c1bm0la6"><div id="RIL_body"><div id="RIL_less">
${ps(pP1)}
<div class="RIL_IMG" id="RIL_IMG_1"><figure><img src="https://pocket-image-cache.example/1200x/filters:format(jpg)/clock.jpg" alt="">
<figcaption>${pCaption}</figcaption></figure></div>
<h2>${pH1}</h2>
${ps(pP2)}
<blockquote><p>${pQuote}</p></blockquote>
<h2>${pH2}</h2>
${ps(pP3)}
<ul>
${lis(pTools)}
</ul>
${ps(pP4)}
<h2>${pH3}</h2>
${ps(pP5)}
</div></div></div></article>
<section class="recommendations c1ek3h1n"><h2 class="header">Recommended</h2><div class="c1kg1kp4">
${pRec
  .map(
    (t, i) => `<article class="card"><h3 class="title"><a href="/explore/item/${i}">${t}</a></h3><cite class="details">${pRecSrc[i] ?? ''}</cite>
<button class="save-action">Save</button></article>`,
  )
  .join('\n')}</div></section></main>
<footer class="global-footer c1oq5j1v"><ul>${links(pFoot)}</ul><p class="copyright">© 2026 Read It Later, Inc.</p></footer></div></div>
<script src="/web-client/_next/static/chunks/main-5c2e1d.js" async=""></script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({event: "reader_open", itemId: "3918275516"});</script></body></html>`;
export const pocket: TestPage = {
  name: 'heldout451-pocket-saved-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts([...pP1, ...pP2, pQuote, ...pP3, ...pTools, ...pP4, ...pP5]),
  bylines: ['Moira Tillbrook'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'Upgrade', 'Back to Saves', 'Highlights', 'Tag', 'Favorite', 'Archive', 'Delete', 'Display Settings', 'ticktockshed.example',
    '7 min read', ...pTags, 'View Original', pCaption, 'Recommended', ...pRec, ...pRecSrc, 'Save', ...pFoot, '© 2026 Read It Later, Inc.',
  ],
};

import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { heads, j, type Sec, secs, bodyOf } from './pages-heldout461-kit.js';

/** Held-out batch 461, file a2: a fountain pen maker's history on a Ghost blog (Casper theme) with a read-more rail. */
const hTitle = 'Marwick & Tane: ninety years of pens from a Harlow Street attic';
const hDek = 'How two brothers-in-law with a lathe and a debt turned a repair shop into the pen maker collectors still argue about.';
const hIntro = [
  j(
    'Every collector of British fountain pens eventually meets a Marwick &amp; Tane. It might be a black chased Model 4 in a',
    'drawer of a house clearance, or a marbled Wayfarer with a cracked cap lip on a market stall. Few of us know where they came',
    "from, and the company's own records, lost in a warehouse flood in 1971, are no help.",
  ),
  j(
    'Over the past three years I have pieced the story together from trade directories, advertisements, the memories of two former',
    'employees and the pens themselves. What follows is the best account I can give, with the gaps marked as gaps.',
  ),
];
const hSecs: Sec[] = [
  {
    h: 'A repair shop on Harlow Street',
    ps: [
      j(
        "Edwin Marwick was a watch and pen repairer who took the attic rooms at 14 Harlow Street, Brenport, in 1934. His sister's",
        'husband, Arthur Tane, had been a toolmaker at a sewing machine works until it closed. Tane brought a second-hand lathe; Marwick',
        'brought a small loan from their landlord and a list of stationers who sent him broken pens.',
      ),
      j(
        "For the first four years the pair mostly fitted new sacs and nibs to other makers' pens. The earliest pens with the M&amp;T",
        'imprint, from about 1937, are plain black hard rubber lever-fillers with bought-in nibs. They are scarce, and most surviving',
        'examples have faded to a brownish olive.',
      ),
    ],
  },
  {
    h: 'The Model 4 and the war years',
    ps: [
      j(
        'The pen that made the firm was the Model 4 of 1939, a slim lever-filler with a chased barrel and a nib ground in the attic',
        "by Tane himself. It sold for eight shillings and sixpence, well under the big makers' prices, and stationers in the north",
        'took it in quantity.',
      ),
      j(
        'During the war the workshop made instrument parts for most of its hours, but pen production never stopped entirely. Wartime',
        'Model 4s have steel nibs plated in gold and a simplified clip; collectors call them the "utility" pens, though the firm never',
        'used the word.',
      ),
    ],
  },
  {
    h: 'Celluloid and the Wayfarer',
    ps: [
      j(
        'In 1948 the firm moved out of the attic to a former bakery on Quay Lane and bought its first injection press. The Wayfarer,',
        'launched in 1950, was its answer to the American pens then arriving in British shops: a larger celluloid pen with a button',
        'filler and a hooded option from 1953.',
      ),
      'The Wayfarer came in five standard celluloids, each with a works name that turns up in the few surviving price lists:',
    ],
    list: ['Harbour Blue, a deep blue marble', 'Moss, green with black veins', 'Ember, a red and amber swirl', 'Slate, grey pearl', 'plain black'],
    after: [
      j(
        'A sixth pattern, a brown and cream marble that collectors call Toffee, appears on perhaps a few dozen pens. No price list',
        'names it, and one former employee thought it was made from leftover rods at the end of 1955.',
      ),
    ],
  },
  {
    h: 'Decline and the flood',
    ps: [
      j(
        "Ballpoints hit Marwick &amp; Tane as hard as every small maker. Arthur Tane retired in 1962 and Edwin Marwick's son Robert",
        'ran the firm through the sixties on school pens and cartridge fillers. The quality held up better than the designs did.',
      ),
      j(
        'In February 1971 the River Brene flooded Quay Lane. The works lost its stock, its tooling for the Wayfarer and every ledger',
        'it had kept. The firm was wound up the following year and the name sold to a stationery wholesaler, which used it on',
        'imported pens until about 1980. Those pens have nothing to do with Brenport.',
      ),
    ],
  },
  {
    h: 'What to look for today',
    ps: [
      j(
        'Check imprints first: genuine Brenport pens read MARWICK &amp; TANE BRENPORT on the barrel; the later imports read only',
        'M&amp;T LONDON. On the Model 4, look for crisp chasing at the lever end, where most pens are worn smooth. On the Wayfarer,',
        "check the button filler's pressure bar, which often rusts through.",
      ),
      j(
        'Prices remain modest. A good Model 4 sells for about £40 to £60; a Wayfarer in Harbour Blue with a clean hood for £120 or',
        'more. A Toffee Wayfarer changed hands privately last spring for a figure I was asked not to print.',
      ),
    ],
  },
];
const hQuote = j(
  '"Mr Tane would not let a nib leave the building until he had written his name with it. If it scratched on the T, it went back',
  'on the wheel." – a former nib grinder, interviewed in 2024',
);
const hNav = ['Home', 'History', 'Reviews', 'Repairs', 'About'];
const hMore = [
  ['The lever-filler, explained', 'Why a strip of steel and a rubber sac filled most pens for forty years.', 'Sep 12, 2026', '5 min read'],
  ['Reading a pen imprint', 'Dates, places and model numbers hidden in a few stamped letters.', 'Aug 28, 2026', '4 min read'],
] as const;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle.replace('&', '&amp;')}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b1c5e1a30">
<meta name="description" content="${hDek}"><link rel="canonical" href="https://nibandbarrel.example/marwick-tane-history/">
<meta property="og:type" content="article"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Nib & Barrel"},
"author":{"@type":"Person","name":"Clara Wendt"},"headline":"Marwick & Tane: ninety years of pens from a Harlow Street attic",
"datePublished":"2026-10-02T09:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://nibandbarrel.example/"
data-key="1f0c4e" data-api="https://nibandbarrel.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:2.5rem}</style></head>
<body class="post-template tag-history tag-brands is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://nibandbarrel.example">Nib &amp; Barrel</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(hNav).replace('<li>', '<li class="nav-home">')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-history tag-brands featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/history/">History</a></span>
<span class="post-card-featured"><svg width="16" height="17"></svg> Featured</span></div>
<h1 class="article-title">${hTitle.replace('&', '&amp;')}</h1><p class="article-excerpt">${hDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/clara/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/clara.jpg" alt="Clara Wendt"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/clara/">Clara Wendt</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-02">Oct 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/10/wayfarers.jpg 600w" src="/content/images/size/w2000/2026/10/wayfarers.jpg"
alt="Marwick &amp; Tane Wayfarers">
<figcaption><span style="white-space: pre-wrap;">Four Wayfarers in Harbour Blue, Moss, Ember and Toffee. Photo: the author.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(hIntro)}
${secs(hSecs.slice(0, 2))}
<blockquote class="kg-blockquote-alt">${hQuote}</blockquote>
${secs(hSecs.slice(2))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">✒️</div>
<div class="kg-callout-text">Have a Marwick &amp; Tane with a price list, box or
paperwork? I would love to hear from you: <a href="mailto:clara@nibandbarrel.example">clara@nibandbarrel.example</a>.</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${hMore
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/09/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-12">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://nibandbarrel.example">Nib &amp; Barrel</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8b1c5e1a30"></script></body></html>`;
const ghostHistory: TestPage = {
  name: 'heldout461-ghost-pen-history',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: heads(hSecs),
  body: [
    hDek,
    ...texts(hIntro),
    ...bodyOf(hSecs.slice(0, 2)),
    plain(hQuote),
    ...bodyOf(hSecs.slice(2)),
    'Have a Marwick & Tane with a price list, box or paperwork? I would love to hear from you: clara@nibandbarrel.example.',
  ],
  bylines: ['Clara Wendt', 'Oct 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nib & Barrel', ...hNav, 'Sign in', 'Subscribe', 'Featured', '7 min read',
    'Four Wayfarers in Harbour Blue, Moss, Ember and Toffee. Photo: the author.', 'Sign up for more like this.', 'Enter your email',
    ...hMore.flatMap((m) => [...m]), 'Nib & Barrel © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT461_A2: readonly TestPage[] = [ghostHistory];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';
import { horoscope } from './pages-heldout325-b2.js';

/**
 * Held-out batch 325, file b: a celebrity-gossip article on a Page Six-style WordPress VIP template (leaderboard ad, nav,
 * headline with byline and published line, share bar, featured image with caption and credit, embedded Instagram and X
 * posts, ad slots between paragraphs, inline "Read more" promo, "More Stories" rail, newsletter box, footer) and, from
 * file b2, a daily horoscope page for one sign.
 */
const pTitle = 'Pop star Lyra Vance and chef Tomas Arbel spotted ‘very cozy’ at secret Catskills birthday bash';
const pBody = [
  j(
    'They’re cooking up something.',
    'Pop star Lyra Vance and celebrity chef Tomas Arbel looked “very cozy” at a private birthday party in the Catskills over',
    'the weekend, sources exclusively tell us, sparking fresh rumors that the pair are more than just friends.',
  ),
  j(
    'The “Glass Harbor” singer, 29, and the “Salt & Smoke” host, 34, were seen sharing a corner booth for most of the night',
    'at the rustic lodge, where about 60 guests gathered Saturday to celebrate the 30th birthday of stylist Marnie Oduya.',
  ),
  j(
    '“They didn’t leave each other’s side,” an eyewitness told us. “At one point he was feeding her bites of the cake and she',
    'was laughing so hard she had to put her drink down. Nobody was pretending not to notice.”',
  ),
  j(
    'Another insider said the duo arrived separately but left together shortly after 1 a.m., climbing into the same black SUV',
    'as a handful of guests waved from the porch.',
  ),
  j(
    'Vance fueled the speculation on Sunday when she shared a carousel of party snaps, including a blurry shot of a man in a',
    'chef’s apron that fans were quick to identify as Arbel. The singer captioned the post with a single cake emoji.',
  ),
  j(
    'Arbel, for his part, posted a photo of a half-eaten birthday cake on X with the words “best night in a long time,” which',
    'racked up more than 40,000 likes in a few hours.',
  ),
  j(
    'Reps for Vance and Arbel did not immediately respond to our requests for comment. The pair first sparked dating rumors in',
    'December, when they were photographed leaving a restaurant in Brooklyn’s Carroll Gardens neighborhood.',
  ),
  j(
    'Vance was previously linked to actor Beckett Lyle, with whom she split in 2024 after two years together. Arbel finalized',
    'his divorce from restaurateur Sabine Kroll last summer.',
  ),
  j(
    'A friend of the singer insisted she is “just having fun” but added, “She hasn’t looked this happy in a really long time.',
    'Everyone around her has noticed.”',
  ),
  j(
    'Vance is set to kick off her 32-city “Harbor Lights” tour in April, while Arbel’s new restaurant, Ember & Vine, is',
    'scheduled to open in Hudson this spring.',
  ),
];
const pNav = ['Celebrity News', 'Entertainment', 'Style', 'Real Estate', 'Royals', 'TV', 'Podcasts', 'Shopping'];
const pShare = ['Facebook', 'Twitter', 'WhatsApp', 'Email', 'Copy'];
const pMore = [
  'Reality star reveals why she skipped reunion taping',
  'Inside the celebrity-packed opening of Manhattan’s newest rooftop bar',
  'Actor spotted house hunting in Montauk after messy split',
  'Designer’s wedding guest list includes two exes and a llama',
];
const pFoot = ['Terms of Use', 'Privacy Notice', 'Your Ad Choices', 'Sitemap', 'Your California Privacy Rights', 'Do Not Sell My Personal Information'];
const ad = (id: string): string => `<div class="ad ad--container ad--inline" data-ad-slot="${id}"><div class="ad__label">Advertisement</div>
<div id="${id}" class="ad__placeholder"></div></div>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} | Page Nine</title><meta name="description" content="Pop star Lyra Vance and chef Tomas Arbel were spotted at a birthday bash.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Page Nine"><meta property="article:section" content="Celebrity News">
<meta name="parsely-title" content="${pTitle}"><meta name="parsely-author" content="Jenna Castell">
${ld({
  '@context': 'http://schema.org',
  '@type': 'NewsArticle',
  headline: pTitle,
  author: [{ '@type': 'Person', name: 'Jenna Castell' }],
  datePublished: '2026-03-03T18:12:00-05:00',
})}
<script>window.nyp_ad_config={"site":"pagenine","section":"celebrity-news","tags":["lyra-vance","tomas-arbel"]};</script>
<script async src="https://c.amazon-adsystem.example/aax2/apstag.js"></script><script async
src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="https://pagenine.example/wp-content/themes/nypost-2016/static/css/pagesix.css?ver=2026.03.01"></head>
<body class="post-template-default single single-post single-format-standard pagesix">
<div class="ad ad--leaderboard ad--sticky"><div class="ad__label">Advertisement</div><div id="dfp-ad-leaderboard"></div></div>
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="https://pagenine.example/">Page Nine</a>
<nav class="site-header__nav" aria-label="Main Navigation"><ul class="nav-menu">${links(pNav, 'nav-menu__item')}</ul></nav>
<a class="site-header__signin" href="/account/">Sign In</a></div></header>
<main class="site-main" id="main"><div class="layout layout--single"><div class="layout__main">
<article id="post-2913340" class="single single--article post-2913340 post type-post status-publish format-standard has-post-thumbnail">
<div class="single__header"><span class="single__kicker"><a href="/celebrity-news/">Exclusive</a></span>
<h1 class="headline headline--single">${pTitle}</h1>
<div class="byline"><div class="byline__author"><span class="meta meta--byline">By <a href="https://pagenine.example/author/jenna-castell/">Jenna
Castell</a></span></div><div class="date meta meta--byline">Published March 3, 2026, 6:12 p.m. ET</div></div>
<div class="share-bar share-bar--horizontal"><ul class="share-bar__list">${links(pShare, 'share-bar__item')}</ul>
<span class="share-bar__comments">1,482 Comments</span></div></div>
<div class="featured-image featured-image--single"><img src="https://pagenine.example/wp-content/uploads/sites/2/2026/03/vance-arbel.jpg" alt="">
<div class="featured-image__caption"><p class="featured-image__caption-text">Lyra Vance and Tomas Arbel at the lodge on Saturday night.</p>
<span class="credit">Backgrid</span></div></div>
<div class="single__content entry-content m-bottom">
${ps(pBody.slice(0, 3))}
${ad('dfp-ad-mid-1')}
${ps(pBody.slice(3, 5))}
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/DF1a2b3/" data-instgrm-version="14"><div><a
href="https://www.instagram.example/p/DF1a2b3/">View this post on Instagram</a><p>A post shared by Lyra Vance (@lyravance)</p></div></blockquote>
<script async src="//www.instagram.example/embed.js"></script>
<div class="inline-module inline-module--related"><p class="inline-module__title"><strong>Read more:</strong> <a href="/2026/02/20/lyra-vance-tour/">Lyra Vance
announces 32-city tour, teases ‘messiest album yet’</a></p></div>
${ps(pBody.slice(5, 6))}
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">best night in a long time 🎂</p>— Tomas Arbel (@tomasarbel) <a
href="https://twitter.example/tomasarbel/status/1">March 1, 2026</a></blockquote>
<script async src="https://platform.twitter.example/widgets.js" charset="utf-8"></script>
${ad('dfp-ad-mid-2')}
${ps(pBody.slice(6, 9))}
${ad('dfp-ad-mid-3')}
${ps(pBody.slice(9))}
<div class="inline-module inline-module--newsletter"><p class="inline-module__heading">Sign up for Page Nine’s newsletter</p>
<p class="inline-module__text">Get the juiciest gossip before anyone else, in your inbox every afternoon.</p>
<form class="newsletter-form"><input type="email" placeholder="Enter your email address"><button type="submit">Sign Up</button></form></div>
</div>
<div class="tag-list"><span class="tag-list__label">Filed under</span>${['lyra vance', 'tomas arbel', 'celebrity romance', '3/3/26']
  .map((t) => `<a class="tag-list__tag" href="/tag/${t.replace(/\W+/g, '-')}/">${t}</a>`)
  .join('\n')}</div>
<div class="comments-cta"><a class="button" href="#comments">Read Next</a></div>
</article></div>
<aside class="layout__rail" aria-label="More Stories"><div class="widget widget--more-stories"><h3 class="widget__title">More Stories</h3>
<ul>${links(pMore, 'widget__item')}</ul></div>${ad('dfp-ad-rail-1')}
<div class="widget widget--trending"><h3 class="widget__title">Trending
Now</h3><ul>${links(['Watch: Singer falls off stage, finishes song lying down'])}</ul></div>
</aside></div></main>
<footer class="site-footer"><div class="site-footer__inner"><ul class="site-footer__links">${links(pFoot)}</ul>
<p class="site-footer__copyright">© 2026 NYP Holdings Example, Inc. All Rights Reserved</p>
<p class="site-footer__powered">Powered by WordPress.com VIP</p></div></footer>
<div id="sp_message_container" class="sp-message-container"><p>We use cookies and similar technologies to personalize content and ads.</p>
<button title="Accept">Accept</button><button title="Options">Options</button></div>
<script src="https://pagenine.example/wp-content/themes/nypost-2016/static/js/main.js?ver=2026.03.01"></script></body></html>`;
const pageSix: TestPage = {
  name: 'heldout325-pagesix-vip-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['By Jenna Castell', 'Published March 3, 2026, 6:12 p.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Page Nine', ...pNav.filter((t) => t.length > 2), 'Sign In', 'Exclusive', ...pShare, '1,482 Comments',
    'Lyra Vance and Tomas Arbel at the lodge on Saturday night.',
    'Backgrid', 'View this post on Instagram', 'A post shared by Lyra Vance (@lyravance)',
    'Read more: Lyra Vance announces 32-city tour, teases ‘messiest album yet’', 'best night in a long time 🎂', '— Tomas Arbel (@tomasarbel) March 1, 2026',
    'Sign up for Page Nine’s newsletter', 'Get the juiciest gossip before anyone else, in your inbox every afternoon.', 'Sign Up', 'Filed under',
    'lyra vance', 'tomas arbel', 'celebrity romance', '3/3/26', 'Read Next', 'More Stories', ...pMore, 'Trending Now',
    'Watch: Singer falls off stage, finishes song lying down', ...pFoot, '© 2026 NYP Holdings Example, Inc. All Rights Reserved',
    'Powered by WordPress.com VIP', 'We use cookies and similar technologies to personalize content and ads.', 'Accept', 'Options',
  ],
};

export const HELDOUT325_B: readonly TestPage[] = [pageSix, horoscope];

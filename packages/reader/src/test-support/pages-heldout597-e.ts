import { links, type TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j } from './pages-heldout597-kit.js';

/**
 * Held-out batch 597, file e: a ringer's personal blog post on Ghost (Casper theme, feature image with caption, subscribe box
 * and "read more" cards), and a local newspaper's report of a bell restoration on a Next.js news site (ads, most-read rail).
 */
const gTitle = 'My first quarter peal, at last';
const gDek = 'Two false starts, one broken stay and 1,260 changes of Grandsire Doubles later, I have rung a quarter.';
const gBlocks = [
  j(
    'When I started learning to ring at Pellowe Cross two years ago, the tower captain told me that most people ring their first',
    'quarter peal within a year. I took that as a promise. It turned out to be more of an average, and I was on the slow side of it.',
  ),
  '## The first two attempts',
  j(
    'The first attempt, last October, lasted eleven minutes. I was ringing the fourth and went wrong in the second lead after a bob',
    'I had not expected. The conductor tried to put me right twice and then called “stand”. Everyone was very kind about it, which',
    'somehow made it worse.',
  ),
  j(
    'The second attempt, in February, went much better until the stay on the treble broke at handstroke with about fifteen minutes to',
    'go. Nobody was hurt, but that was the end of the morning’s ringing and the start of a long conversation about the age of the',
    'fittings.',
  ),
  '## What changed',
  j(
    'Between February and May I did three things differently. I wrote out the plain course and every bob I might meet, by hand, every',
    'evening for a fortnight. I rang on the simulator at the next village every Saturday morning, where nobody minded how many times',
    'I went wrong. And I stopped trying to count my place in the changes and started to look for the bell I was following.',
  ),
  j(
    'That last change mattered most. Once I was ringing by sight rather than by counting, I could hear when something was wrong',
    'and see where I ought to be, instead of panicking and losing the thread.',
  ),
  '## The day itself',
  j(
    'We met at 9.30 on a bright Sunday morning before the service. There were six of us: five members of the local band and a',
    'visitor from the next district who had offered to ring the tenor behind. I was on the third. The conductor called a touch with',
    'ten bobs, and I knew before we started exactly where each one would fall for me.',
  ),
  j(
    'It took 44 minutes. I went wrong once, about halfway through, when I dodged in the wrong direction, but I saw the treble, got',
    'back in the right place and carried on. When the conductor said “That’s all” and we rang back into rounds, my arms were',
    'shaking and I could not stop grinning.',
  ),
  j('> If you are waiting for your first quarter, it will come. Ring with people who want it for you as much as you want it yourself.'),
  j(
    'The quarter is now on the peal board website, with a footnote saying it was my first. I have read it rather more times than I',
    'would admit to anyone in the band.',
  ),
];
const gRead = ['What I wish I had known before my first lesson', 'Ringing at the cathedral: a learner’s view', 'Our tower outing to Devon'];
const gHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://ropesight.blog/assets/built/screen.css?v=b3e1c7a4d2">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://ropesight.blog/my-first-quarter-peal-at-last/">
<meta property="og:site_name" content="Rope Sight"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-05-18T18:40:12.000Z"><meta property="article:tag" content="Learning">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rope Sight"},
"author":{"@type":"Person","name":"Naomi Tregarth"},"headline":"${gTitle}","datePublished":"2026-05-18T18:40:12.000Z","description":"${gDek}"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Rope Sight" href="https://ropesight.blog/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://ropesight.blog/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;text-align:center;}</style>
</head>
<body class="post-template tag-learning is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://ropesight.blog">Rope Sight</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'About', 'Learning', 'Towers'], 'nav-home')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-learning">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/learning/">Learning</a></span></div>
<h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/naomi/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/size/w100/naomi.jpg"
alt="Naomi Tregarth"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/naomi/">Naomi Tregarth</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-18">May 18, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/band.jpg 300w, /content/images/size/w600/2026/05/band.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/05/band.jpg" alt="Six ringers in a ringing chamber">
<figcaption><span style="white-space: pre-wrap;">The band after the quarter, with the peal board in progress behind us.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${blocks(gBlocks)}
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>
${gRead
  .map(
    (
      t,
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div
class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-0${i + 2}-10">Apr 10,
2026</time>
<span class="post-card-meta-length">${i + 3} min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://ropesight.blog">Rope Sight</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://ropesight.blog/assets/built/casper.js?v=b3e1c7a4d2"></script>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout597-ghost-first-quarter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: [gDek, ...bodyOf(gBlocks)],
  bylines: ['Naomi Tregarth', 'May 18, 2026', 'Apr 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rope Sight', 'Home', 'Towers', 'Sign in', 'Subscribe', '5 min read', 'The band after the quarter, with the peal board in progress behind us.',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead, '3 min read', '4 min read', 'Rope Sight © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const nTitle = 'Holbeach Fen church bells ring out again after £120,000 restoration';
const nDek = 'The eight bells of St Guthlac’s fell silent in 2024 when a survey found their frame was unsafe.';
const nBlocks = [
  j(
    'The bells of St Guthlac’s Church in Holbeach Fen rang out on Sunday for the first time in almost two years, after a restoration',
    'paid for by villagers, grant makers and a former resident who left money in her will.',
  ),
  j(
    'Around 200 people gathered in the churchyard to hear the first ringing, which began just after 10am and lasted half an hour. The',
    'Rev Alison Trenowth blessed the bells at a short service beforehand.',
  ),
  j(
    'The ring of eight was taken out of the tower in the spring of 2025 after an inspection found that iron fixings in the 1890s',
    'timber frame had rusted through. The bells were sent to a foundry in the north of England, where two were retuned and all eight',
    'were given new fittings, before being rehung in a new steel frame.',
  ),
  '## Two years of fundraising',
  j(
    'Tower captain Graham Lusby said the appeal had reached its target of £120,000 in November. “We had quiz nights, a sponsored',
    'cycle ride and a bell-shaped cake sale,” he said. “But the biggest single gift was a legacy of £35,000 from Mrs Ivy Pardoe, who',
    'learned to ring here in 1952. We rang a quarter peal in her memory this afternoon.”',
  ),
  j('The National Lottery Heritage Fund gave £41,000 and the county’s church bells trust a further £12,000. The rest came from local', 'events and donations.'),
  '## New ringers wanted',
  j(
    'The band, which had shrunk to five regular ringers during the silence, is now looking for new recruits. Mr Lusby said anyone aged',
    '12 or over could learn, and the first lessons were free.',
  ),
  j('“You don’t need to be strong or musical,” he said. “You need to be able to count to eight and to turn up on a Tuesday.”'),
];
const nMost = ['Bypass roadworks to close A151 for three weekends', 'Village shop saved by community buy-out', 'Flood warnings lifted across the Fens'];
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements', 'Subscribe'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Fenland Gazette</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta property="og:title" content="${nTitle}"/><meta name="twitter:card" content="summary_large_image"/><meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/css/4a0d1c2e3f5b6a7c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4a0d1c2e3f5b6a7c.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-06-07T16:30:00+01:00",
"dateModified":"2026-06-07T18:05:00+01:00","author":[{"@type":"Person","name":"Lewis Harnwell"}],"publisher":{"@type":"NewsMediaOrganization",
"name":"Fenland Gazette"}}</script>
<script src="/_next/static/chunks/webpack-8b4d2f1a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-71c2d9e4.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Xk2a1" href="#main">Skip to main content</a>
<div class="AdSlot_leaderboard__q8Hn3"><div class="AdSlot_label__1bP9z">Advertisement</div><div id="div-gpt-ad-leaderboard"
data-slot="/2261/fenlandgazette/news"></div></div>
<header class="Header_header__4fT2m"><div class="Header_top__Zp0aX"><a class="Header_logo__8uJ4c" href="/" aria-label="Fenland Gazette home"><svg
viewBox="0 0 200 40"
aria-hidden="true"></svg></a><a class="Header_subscribe__r1Qw9" href="/subscribe">Subscribe from £1</a><a class="Header_login__b2Kd7" href="/login">Log
in</a></div>
<nav class="Nav_nav__Mv1cq" aria-label="Sections"><ul class="Nav_list__2Hj5s">${links(nNav, 'Nav_item__kW3pD')}</ul></nav></header>
<main id="main" class="Article_main__f5Tz0"><div class="Article_grid__7YbE1"><article class="Article_article__3RqLm">
<nav class="Breadcrumbs_crumbs__9aVbx" aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/news/holbeach">Holbeach</a></li></ol></nav>
<h1 class="Headline_headline__H1xVr">${nTitle}</h1><p class="Standfirst_standfirst__0Kp2L">${nDek}</p>
<div class="Byline_byline__Rt5nW"><div class="Byline_author__sF1pQ">By <a href="/authors/lewis-harnwell">Lewis Harnwell</a></div>
<div class="Byline_role__Z7u4D">Local democracy reporter</div><div class="Byline_dates__pX0cV"><time dateTime="2026-06-07T16:30:00+01:00">Published 7 June
2026, 4:30pm</time>
<time dateTime="2026-06-07T18:05:00+01:00">Updated 7 June 2026, 6:05pm</time></div></div>
<div class="ShareBar_share__Lr8wq"><span class="ShareBar_label__yC1dx">Share</span><button aria-label="Share on Facebook"
class="ShareBar_btn__Ak2f0">Facebook</button>
<button aria-label="Share on WhatsApp" class="ShareBar_btn__Ak2f0">WhatsApp</button><button aria-label="Copy link" class="ShareBar_btn__Ak2f0">Copy
link</button></div>
<figure class="LeadImage_figure__d2Sxg"><span style="box-sizing:border-box;display:block;overflow:hidden;position:relative"><img alt="Ringers in the tower"
src="/_next/image?url=https%3A%2F%2Fcdn.fenlandgazette.co.uk%2Fbells.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive"/></span>
<figcaption class="LeadImage_caption__aR5mV">Ringers at St Guthlac’s on Sunday morning<span class="LeadImage_credit__xT0oK">Photo: Jo
Marram</span></figcaption></figure>
<div class="ArticleBody_body__Yc4pE">
${blocks(nBlocks.slice(0, 3))}
<div class="AdSlot_inArticle__2mLw8"><div class="AdSlot_label__1bP9z">Advertisement</div><div id="div-gpt-ad-mpu-1"></div></div>
<aside class="RelatedInline_related__Kc9sT"><span class="RelatedInline_label__8n2Qd">Read more</span><a href="/news/holbeach/bells-appeal-target">Bell
appeal passes
halfway mark with cake sale</a></aside>
${blocks(nBlocks.slice(3))}
</div>
<div class="Newsletter_box__fQ2u1"><h2 class="Newsletter_title__m3Lp0">Get the Gazette’s daily newsletter</h2><form><label for="nl-email"
class="sr-only">Email address</label>
<input id="nl-email" type="email" placeholder="Your email"/><button type="submit">Sign up</button></form></div>
</article>
<aside class="Rail_rail__q1aZs"><section class="MostRead_box__vK7s0"><h2 class="MostRead_title__0dLh3">Most
read</h2><ol>${links(nMost, 'MostRead_item__J2kpT')}</ol></section>
<div class="AdSlot_mpu__x6Ftt"><div class="AdSlot_label__1bP9z">Advertisement</div><div id="div-gpt-ad-mpu-2"></div></div></aside></div></main>
<footer class="Footer_footer__Bn4aS">
<ul class="Footer_links__1xV2k">${links(['About us', 'Contact us', 'Advertise with us', 'Privacy notice', 'Cookie settings'])}</ul>
<p class="Footer_copy__R9mwa">© 2026 Fenland Gazette Ltd. All rights reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
id="onetrust-policy">
<div id="onetrust-policy-text">We and our partners use cookies to personalise ads and measure how our site is used.</div></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-88213","headline":"${nTitle}","section":"news"}}},
"page":"/[section]/[slug]",
"query":{"section":"news","slug":"holbeach-fen-bells-restored"},"buildId":"k3d9Xn2PqL","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout597-nextjs-local-news-bells',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: headingsOf(nBlocks),
  body: [nDek, ...bodyOf(nBlocks)],
  bylines: ['By Lewis Harnwell', 'Local democracy reporter', 'Published 7 June 2026, 4:30pm', 'Updated 7 June 2026, 6:05pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Advertisement', 'Subscribe from £1', 'Log in', 'News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements', 'Subscribe',
    'Share', 'Facebook', 'WhatsApp', 'Copy link', 'Ringers at St Guthlac’s on Sunday morning', 'Photo: Jo Marram', 'Read more',
    'Bell appeal passes halfway mark with cake sale', 'Get the Gazette’s daily newsletter', 'Email address', 'Sign up', 'Most read', ...nMost,
    'About us', 'Contact us', 'Advertise with us', 'Privacy notice', 'Cookie settings', '© 2026 Fenland Gazette Ltd. All rights reserved.',
    'We and our partners use cookies to personalise ads and measure how our site is used.', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT597_E: readonly TestPage[] = [ghost, nextNews];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout564-kit.js';

/**
 * Held-out batch 564, file b: a community cinema's membership page built with Wix (Thunderbolt renderer, rich text and
 * button components), and a film club's news post on Ghost (Casper theme) with its byline, portal sign-up box and read-more cards.
 */
const wTitle = 'Membership';
const wIntro = j(
  'The Roxburgh Electric is owned by the people who watch films in it. Members keep the lights on, and in return you get cheaper',
  'tickets, first pick of seats for festivals and a vote on what we screen.',
);
const wTiers = [
  ['Friend', '£30 a year', ['£1 off every ticket', 'Priority booking for the Borders Film Week', 'Our monthly programme posted to your door']],
  [
    'Companion',
    '£55 a year',
    ['Everything in Friend, for two people at one address', 'Two free tickets on your birthday month', 'Ten per cent off at the bar'],
  ],
  ['Patron', '£150 a year', ['Everything in Companion', 'Your name on the patrons board in the foyer', 'An invitation to the annual projection booth tour']],
];
const wTail = [
  'Under 26? Youth membership is £10 a year and gives you £2 off every ticket.',
  j(
    'Memberships run for twelve months from the day you join and renew automatically unless you tell us otherwise. You can',
    'join online, at the box office or by phone, and you can pay monthly by Direct Debit for any tier.',
  ),
];
const wNav = ['Home', 'What’s On', 'Membership', 'Gift Vouchers', 'About Us', 'Find Us'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const btn = (id: string, label: string, href: string): string =>
  `<div class="comp-${id} FubTgk" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement" href="${href}" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">${label}</span></a></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/9e1c2a_favicon.png">
<title>Membership | The Roxburgh Electric</title><meta name="description" content="Join the Roxburgh Electric community cinema.">
<link rel="canonical" href="https://www.roxburghelectric.org/membership"><meta property="og:title" content="Membership | The Roxburgh Electric">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a4e1b7c2-9d0f","isResponsive":true},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;z-index:50}.HcOXKn{word-wrap:break-word}.l7_2fn{white-space:nowrap}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qqme7s ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="ltK1bx">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_x7k2b" class="pageBackground_x7k2b Cmnhbr"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP fK8uq2 has-custom-focus" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="hDWrg_ SITE_HEADER wixui-header" tabindex="-1"><div class="OvfIam"><div data-mesh-id="SITE_HEADERinlineContent"
class="SITE_HEADERinlineContent">
${rt('kq8v1x3a', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">The Roxburgh Electric</span></p>')}
<nav id="comp-kq8v2m0b" aria-label="Site" class="StylableHorizontalMenu3372578893 wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">
${links(wNav, 'itemDepth02233374943__item wixui-horizontal-menu__item')}</ul></nav>
${btn('kq8v3t5c', 'Book Tickets', 'https://www.roxburghelectric.org/whats-on')}
<div id="comp-kq8v4d9e" class="Vd6aQZ wixui-login-bar"><div class="Q7Zuvx" role="button" tabindex="0"><span class="wixui-login-bar__text">Log
In</span></div></div>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="hw7nb" class="hw7nb">
<section id="comp-lb2x0a11" class="xuzjBY comp-lb2x0a11 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf">
<div id="comp-lb2x0a12" class="comp-lb2x0a12 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
${rt('lb2x0a13', `<h1 class="font_0 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lb2x0a14', `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
</div></div></div></section>
<section id="comp-lb2x0b21" class="xuzjBY comp-lb2x0b21 wixui-section"><div data-testid="columns" class="V5AUxf">
${wTiers
  .map(
    ([name, price, perks], i) => `<div id="comp-lb2x0b3${i}" class="comp-lb2x0b3${i} YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${rt(`lb2x0c${i}1`, `<h2 class="font_2 wixui-rich-text__text">${name}</h2>`)}
${rt(`lb2x0c${i}2`, `<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${price}</span></p>`)}
${rt(`lb2x0c${i}3`, `<ul class="font_8 wixui-rich-text__text">${lis(perks as string[], 'wixui-rich-text__text')}</ul>`)}
${btn(`lb2x0c${i}4`, 'Join Now', `https://www.roxburghelectric.org/plans-pricing?tier=${i}`)}</div></div>`,
  )
  .join('\n')}</div></section>
<section id="comp-lb2x0d01" class="xuzjBY comp-lb2x0d01 wixui-section"><div data-testid="columns" class="V5AUxf"><div class="YzqVVZ wixui-column-strip__column">
${rt('lb2x0d02', ps(wTail, ' class="font_8 wixui-rich-text__text"'))}
<div id="comp-lb2x0d03" class="MW5IWV wixui-image"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/9e1c2a_foyer.jpg"
alt="The foyer"></wow-image></div>
${rt('lb2x0d04', '<p class="font_9 wixui-rich-text__text">Volunteers in the foyer on our reopening night, 2024.</p>')}
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rt('kq9f0a01', '<p class="font_9 wixui-rich-text__text">The Roxburgh Electric, 3 Tweed Row, Kelsoe TD5 9XX</p>')}
${rt(
  'kq9f0a02',
  `<p class="font_9 wixui-rich-text__text">Community Benefit Society no. 8812. © 2026 by The Roxburgh Electric.
Proudly created with Wix.com</p>`,
)}
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="dialog" aria-label="Cookie banner"><p
data-hook="consent-banner-text">
This website uses cookies. We use cookies to improve your experience and for marketing.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.9a1b2c3d.bundle.min.js" async></script></body></html>`;
const wixMembership: TestPage = {
  name: 'heldout564-wix-membership',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wTiers.map((t) => t[0] as string),
  body: texts([wIntro, ...wTiers.flatMap(([, price, perks]) => [price as string, ...(perks as string[])]), ...wTail]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'The Roxburgh Electric', ...wNav.filter((t) => t !== 'Membership'), 'Book Tickets', 'Log In', 'Join Now',
    'Volunteers in the foyer on our reopening night, 2024.', 'The Roxburgh Electric, 3 Tweed Row, Kelsoe TD5 9XX',
    'Community Benefit Society no. 8812. © 2026 by The Roxburgh Electric. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and for marketing.', 'Settings', 'Decline', 'Accept',
  ],
};

const gTitle = 'The projector is back: what two months without a booth taught us';
const gExcerpt = 'Our 35mm projector returns from its overhaul this week, just in time for the noir weekend.';
const gBody = [
  j(
    'In August the feed mechanism on our 1972 Kinoton started chewing film. Not a lot, just enough that we stopped trusting it with',
    'anything borrowed. So we packed it into a van and sent it to a restorer in Vestrup, and for two months the club ran on digital only.',
  ),
  j(
    'It went better than we feared. Attendance held up, nobody asked for a refund and the Tuesday matinees actually grew. But',
    'several of you wrote to say that something was missing, and we agree.',
  ),
  'What was wrong',
  j(
    'The sprocket drum had worn unevenly after fifty years, and one of the gate springs had been replaced at some point with a',
    'part from a different model. The restorer made a new drum and found an original spring in a box of spares from a closed cinema.',
  ),
  'What it cost',
  'The overhaul came to £4,180. Of that:',
  '£2,500 came from the equipment fund that members have been topping up since 2019',
  '£1,200 came from the raffle at the summer party',
  'the remaining £480 was covered by a donation from a member who asked not to be named',
  'What happens next',
  j(
    'The first film back on 35mm will be <em>Rain on Harcourt Street</em> on Friday 16 October, opening our noir weekend. We will',
    'run a short demonstration in the booth before the screening for anyone who wants to see the machine up close.',
  ),
  '"A print has a life of its own. You can hear it, and you can see where other audiences have been." — Solveig Aune, projectionist',
  j('Thank you to everyone who chipped in, and to the volunteers who kept the digital screenings running while the booth stood', 'empty. See you on the 16th.'),
];
const gNav = ['Home', 'Screenings', 'News', 'About'];
const gMore = [
  ['Noir weekend: the full line-up', '12 Oct 2026'],
  ['Minutes of the September committee meeting', '28 Sep 2026'],
  ['Why we still show films on film', '2 Jun 2026'],
];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a2b6c9d0e1">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://nordfjordfilmclub.org/the-projector-is-back/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-10-09T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Nordfjord Film Club"},
"author":{"@type":"Person","name":"Ingrid Tveit"},"headline":"${gTitle}","datePublished":"2026-10-09T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://nordfjordfilmclub.org/" data-key="8f2b1c" data-api="https://nordfjordfilmclub.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{text-align:center}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://nordfjordfilmclub.org">
Nordfjord Film Club</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`)
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ingrid/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/01/ingrid.jpg"
alt="Ingrid Tveit"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ingrid/">Ingrid Tveit</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-09">Oct 9, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/10/projector.jpg" alt="${gTitle}"><figcaption><span style="white-space:pre-wrap;">
The Kinoton back in the booth, Tuesday morning.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-was-wrong">${at(gBody, 2)}</h2>${ps([at(gBody, 3)])}
<h2 id="what-it-cost">${at(gBody, 4)}</h2>${ps([at(gBody, 5)])}<ul>${lis(gBody.slice(6, 9))}</ul>
<h2 id="what-happens-next">${at(gBody, 9)}</h2>${ps([at(gBody, 10)])}
<blockquote>${at(gBody, 11)}</blockquote>
${ps([at(gBody, 12)])}
</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([
      t,
      d,
    ]) => `<article class="post-card post tag-news keep-ratio"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/x.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><div
class="post-card-tags">
</div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-10-12">${d}</time></footer>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://nordfjordfilmclub.org">Nordfjord Film Club</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=a2b6c9d0e1"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout564-ghost-club-news',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 4), at(gBody, 9)],
  body: texts([gExcerpt, ...gBody.filter((_, i) => ![2, 4, 9].includes(i))]),
  bylines: ['Ingrid Tveit', 'Oct 9, 2026', '3 min read', ...gMore.map((m) => at(m, 1))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nordfjord Film Club', ...gNav, 'Sign in', 'Subscribe', 'The Kinoton back in the booth, Tuesday morning.', ...gMore.map((m) => at(m, 0)),
    '© 2026', ...gFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT564_B: readonly TestPage[] = [wixMembership, ghostPost];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout646-kit.js';

/**
 * Held-out batch 646, file b: a kayak hire firm's group price page on Wix (rich-text boxes, no table), and a paddleboard
 * school's blog post on Ghost (Casper) with its excerpt, author, reading time, subscribe box and "read next" cards.
 */
const wTitle = 'Group Hire Prices 2026';
const wIntro = j(
  'Bringing a school, a stag party or the whole office? Groups of eight or more get their own guide, a private launch slot',
  'and the prices below. All prices include kayaks, paddles, buoyancy aids and a safety briefing on the beach at Arrin Bay.',
);
const wRates = [
  'Two-hour taster session – £32 per person',
  'Half-day loch paddle with guide – £48 per person',
  'Full-day island trip with lunch stop – £85 per person',
  'Wetsuit hire – £8 per person',
];
const wDiscount = [
  'Schools and youth groups: 15% off any session, one free leader place for every eight young people.',
  'Charities and clubs: 10% off weekday sessions.',
  'Groups of 20 or more: please call us, as we split large groups across two launches.',
];
const wTerms = j(
  'A deposit of 25% secures your date. The balance is due 14 days before the session. If we cancel because of the weather',
  'you can move to another date or have your money back in full.',
);
const wNav = ['Home', 'Kayak Hire', 'Guided Trips', 'Group Bookings', 'FAQ', 'Contact'];
const rt = (tag: string, font: string, t: string): string =>
  `<div data-testid="richTextElement" class="wixui-rich-text" data-mesh-id="comp-lq8"><${tag} class="${font} wixui-rich-text__text">${t}</${tag}></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Group Hire Prices | Loch Arrin Kayak Hire</title>
<meta property="og:title" content="Group Hire Prices | Loch Arrin Kayak Hire"><link rel="canonical" href="https://www.locharrinkayaks.com/group-prices">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"isResponsive":false}}</script>
<script>window.viewerModel = {"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_0{font:normal normal bold 54px/1.2em futura-lt-w01-book;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP" class="BACKGROUND_GROUP"></div>
<div class="LqtVEv" id="SKIP_TO_CONTENT_BTN" role="button" tabindex="0" aria-label="Skip to Main Content">Skip to Main Content</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${rt('p', 'font_6', '<a href="https://www.locharrinkayaks.com">Loch Arrin Kayak Hire</a>')}
<nav id="comp-lq1menu" aria-label="Site" class="StylableHorizontalMenu wixui-horizontal-menu"><ul class="itemsContainer">
${wNav
  .map(
    (t) => `<li class="item"><a data-testid="linkElement" href="https://www.locharrinkayaks.com/${t.toLowerCase().replace(/ /g, '-')}"
class="wixui-horizontal-menu__item"><div class="label">${t}</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq2" class="comp-lq2 wixui-button"><a data-testid="linkElement" href="https://www.locharrinkayaks.com/book" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book Online</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"><div data-mesh-id="Containerc1dmpinlineContent">
<section id="comp-lq5" class="comp-lq5 wixui-section"><div data-testid="columns" class="comp-lq5-columns">
<div id="comp-lq6" class="comp-lq6 wixui-column-strip__column">
${rt('h1', 'font_0', wTitle)}
${rt('p', 'font_8', wIntro)}
<div id="comp-lq7" class="comp-lq7 wixui-vector-image">
<img src="https://static.wixstatic.com/media/3b8f_kayaks.jpg/v1/fill/w_980,h_420/kayaks.jpg" alt="kayaks.jpg"></div>
${rt('h2', 'font_2', 'Sessions')}
<div data-testid="richTextElement" class="wixui-rich-text"><ul class="font_8 wixui-rich-text__text">${lis(
  wRates.map(
    (t) => `<p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></p>`,
  ),
  'wixui-rich-text__text',
)}</ul></div>
${rt('h2', 'font_2', 'Discounts')}
<div data-testid="richTextElement" class="wixui-rich-text"><ul class="font_8 wixui-rich-text__text">${lis(wDiscount, 'wixui-rich-text__text')}</ul></div>
${rt('h2', 'font_2', 'Deposits and cancellations')}
${rt('p', 'font_8', wTerms)}
<div id="comp-lq9" class="comp-lq9 wixui-button"><a data-testid="linkElement" href="https://www.locharrinkayaks.com/group-enquiry" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Send a Group Enquiry</span></a></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rt('p', 'font_9', 'Arrin Bay Beach, Lochside Road, Kilmarrow')}
${rt('p', 'font_9', 'Tel: 01632 960 771')}
<ul class="wixui-social-bar">${links(['Facebook', 'Instagram', 'TripAdvisor'])}</ul>
${rt('p', 'font_9', '© 2026 by Loch Arrin Kayak Hire. Proudly created with Wix.com')}</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner-root" data-hook="consent-banner-root" role="region" aria-label="Cookie banner">
<div data-hook="ccsu-banner-text" class="Q6sR0e"><p>This website uses cookies. By continuing to browse you accept our use of cookies.</p></div>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout646-wix-group-prices',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Sessions', 'Discounts', 'Deposits and cancellations'],
  body: texts([wIntro, ...wRates, ...wDiscount, wTerms]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Loch Arrin Kayak Hire', ...wNav, 'Book Online', 'Send a Group Enquiry', 'Arrin Bay Beach, Lochside Road, Kilmarrow',
    'Tel: 01632 960 771', 'Facebook', 'Instagram', 'TripAdvisor', '© 2026 by Loch Arrin Kayak Hire. Proudly created with Wix.com',
    'This website uses cookies. By continuing to browse you accept our use of cookies.', 'Settings', 'Decline All', 'Accept',
  ],
});

const gTitle = 'Your first paddleboard lesson: what to expect';
const gExcerpt = 'Nervous about falling in? Good news: almost everybody does, and it is the best bit.';
const gBody = [
  j(
    'We teach about four hundred complete beginners a year at Kestrel SUP, and the same three questions come up every time:',
    'what do I wear, will I fall in, and what if I am the only one who cannot stand up? Here is an honest answer to each.',
  ),
  'What to wear',
  j(
    'Swimwear under a wetsuit from April to June and in September. In July and August a rash vest and board shorts are fine on',
    'warm days. We lend wetsuits and buoyancy aids at no extra cost. Bring a towel, a warm top for afterwards and shoes you do',
    'not mind getting wet. Leave jewellery at home: rings slip off in cold water.',
  ),
  'The first half hour',
  j(
    'We start on the sand with the board on the ground. You will learn how to hold the paddle the right way round (most people',
    'get it backwards) and practise the stroke on land. Then we carry the boards into knee-deep water and you paddle on your knees.',
  ),
  'Standing up',
  j(
    'When you feel steady, we count you up: hands on the board, one foot, then the other, then stand with your feet under your',
    'shoulders and your eyes on the horizon. Looking down at your feet is the fastest way to fall off.',
  ),
  j(
    'And you will fall off. It is warmer and softer than you think, the water at our beach is shallow, and climbing back on is',
    'one of the skills we teach. By the end of the lesson most people have fallen in at least once and laughed about it.',
  ),
  'After the lesson',
  j(
    'Once you have done a lesson you can hire a board from us on calm days. Most people come back for the improver session,',
    'which covers turning, paddling into the wind and getting back on in deeper water.',
  ),
];
const gHeads = [1, 3, 5, 8];
const gNav = ['Lessons', 'Hire', 'Blog', 'About'];
const gNext = ['Five calm-water spots for your first solo paddle', 'How to carry a paddleboard without hurting your back', 'Why we stop teaching at 15 knots'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://kestrelsup.co.uk/assets/built/screen.css?v=b7a6c3e1f2">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://kestrelsup.co.uk/first-paddleboard-lesson/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-06T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kestrel SUP"},
"author":{"@type":"Person","name":"Morwenna Teague"},"headline":"${gTitle}","datePublished":"2026-05-06T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://kestrelsup.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px;}</style></head>
<body class="post-template tag-beginners is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://kestrelsup.co.uk">
Kestrel SUP</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-beginners image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/beginners/">Beginners</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/morwenna/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/morwenna.jpg" alt="Morwenna Teague"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/morwenna/">Morwenna Teague</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-06">May 6, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div><figure class="article-image"><img src="/content/images/size/w1200/2026/05/first-lesson.jpg" alt="Learners kneeling on boards">
<figcaption>Kneeling first, standing later: the Thursday beginners' group.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody.map((t, i) => (gHeads.includes(i) ? `<h2 id="${i}">${t}</h2>` : `<p>${t}</p>`)).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gNext
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/${t.slice(0, 12)}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://kestrelsup.co.uk">Kestrel SUP</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://kestrelsup.co.uk/assets/built/casper.js?v=b7a6c3e1f2"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout646-ghost-first-lesson',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: texts([gExcerpt, ...gBody.filter((_, i) => !gHeads.includes(i))]),
  bylines: ['Morwenna Teague', 'May 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel SUP', ...gNav, 'Subscribe', 'Beginners', '3 min read', "Kneeling first, standing later: the Thursday beginners' group.",
    'Sign up for more like this.', 'Enter your email', ...gNext, 'Kestrel SUP © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
});

export const HELDOUT646_B: readonly TestPage[] = [wix, ghost];

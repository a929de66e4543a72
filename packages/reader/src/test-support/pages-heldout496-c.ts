import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout496-kit.js';

/**
 * Held-out batch 496, file c: a befriending service page built with Wix (Thunderbolt renderer), and a care group's news post
 * on Ghost (Casper theme).
 */
const bTitle = 'Telephone and Home Befriending';
const bDek = 'A friendly voice, a regular visit, and someone who is glad to hear from you.';
const bParas = [
  j(
    'Loneliness can affect anyone, but it is especially common among older people who live alone or who have lost a partner.',
    'Our befriending service matches people aged 65 and over in the Calder Vale area with a trained volunteer who shares their interests.',
  ),
  j(
    'Home befrienders visit once a week for about an hour. Some pairs chat over a cup of tea, some go for a walk or to the',
    'library, and one of our longest friendships began over a shared love of cricket scores.',
  ),
  j(
    'Telephone befrienders call at a time that suits you, once or twice a week. This works well for people who are less',
    'comfortable with visitors or who live in outlying villages.',
  ),
];
const bHowH = 'How it works';
const bHow = [
  '1. You, a relative or your GP contacts us.',
  '2. Our coordinator visits you at home to find out what you enjoy and what you are hoping for.',
  '3. We introduce you to a volunteer and stay for the first visit.',
  '4. We check in after six weeks and then every few months.',
];
const bFree = j('The service is free. All of our volunteers are DBS checked, trained and supported by our coordinator, Alison Pryce.');
const bVolH = 'Could you be a befriender?';
const bVol = j(
  'We are always looking for volunteers who can spare an hour a week. You do not need any experience, just patience, reliability',
  'and a good ear. We provide a full day of training and monthly get-togethers for volunteers.',
);
const bMenu = ['Home', 'Our Services', 'Befriending', 'Get Involved', 'Donate', 'Contact'];
const wixText = (id: string, inner: string): string =>
  `<div id="${id}" class="wixui-rich-text" data-testid="richTextElement"><div class="wixui-rich-text__text">${inner}</div></div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const bHtml = `<!DOCTYPE html>
<html lang="en" class="fontFaceCustom"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png">
<title>Befriending | Calder Vale Age Friends</title><meta name="description" content="${bDek}">
<link rel="canonical" href="https://www.caldervaleagefriends.org.uk/befriending"><meta property="og:title" content="Befriending | Calder Vale Age Friends">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Calder Vale Age Friends"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"9f1c","isPremiumDomain":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#FFF7EC;}#comp-lq2u8d1f{--min-height:54px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1AZn" data-scroll-target="#SITE_HEADER"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><a id="skipToContent" class="KyQYf7" href="#PAGES_CONTAINER">Skip to Main
Content</a><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div data-testid="inline-content" class="hYiPzR"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="mesh-container-content">
${wixText('comp-lq2u8d1f', '<h2 class="font_2 wixui-rich-text__text">Calder Vale Age Friends</h2>')}
<nav id="comp-lq2u8d2a" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${bMenu
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="wixui-horizontal-menu__item-label" href="/${t.toLowerCase().replace(' ', '-')}">
<span class="wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq2u8d3b" class="comp-lq2u8d3b wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/donate" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Donate now</span></a></div></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><section id="comp-lq2uaa01" class="xuzjBY comp-lq2uaa01 wixui-section">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2uaa02" class="comp-lq2uaa02 YzqVVZ wixui-column-strip__column">
${wixText('comp-lq2uaa03', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${bTitle}</span></h1>`)}
${wixText('comp-lq2uaa04', `<p class="font_7 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">${bDek}</span></p>`)}
<wix-image id="img_comp-lq2uaa05" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq2uaa05","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/a1b2c3_tea.jpg/v1/fill/w_480,h_320/tea.jpg" alt="Two women laughing over a cup of tea"></wix-image>
</div></div></section>
<section id="comp-lq2ubb01" class="xuzjBY comp-lq2ubb01 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2ubb02" class="comp-lq2ubb02 YzqVVZ wixui-column-strip__column">${wixText('comp-lq2ubb03', bParas.map(wixP).join('\n'))}</div>
<div id="comp-lq2ubb04" class="comp-lq2ubb04 YzqVVZ wixui-column-strip__column">${wixText(
  'comp-lq2ubb05',
  `<h2 class="font_4 wixui-rich-text__text">${bHowH}</h2>\n${bHow.map(wixP).join('\n')}\n${wixP(bFree)}`,
)}</div></div></section>
<section id="comp-lq2ucc01" class="xuzjBY comp-lq2ucc01 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2ucc02" class="comp-lq2ucc02 YzqVVZ wixui-column-strip__column">${wixText(
  'comp-lq2ucc03',
  `<h2 class="font_4 wixui-rich-text__text">${bVolH}</h2>\n${wixP(bVol)}`,
)}
<div id="comp-lq2ucc04" class="comp-lq2ucc04 wixui-button"><a data-testid="linkElement" href="/volunteer" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Apply to volunteer</span></a></div></div></div></section>
<section id="comp-lq2udd01" class="xuzjBY comp-lq2udd01 wixui-section"><div id="comp-lq2udd02" class="comp-lq2udd02 wixui-column-strip__column">
${wixText(
  'comp-lq2udd03',
  `<h2 class="font_5 wixui-rich-text__text">Refer someone</h2>
<p class="font_8 wixui-rich-text__text">Call Alison on 01632 960 312, Monday to Thursday, 9am to 3pm.</p>`,
)}
<form id="comp-lq2udd04" class="wixui-form"><div class="wixui-text-input"><label for="input_comp-lq2udd05" class="wixui-text-input__label">Name</label>
<input id="input_comp-lq2udd05" type="text"></div><div class="wixui-text-input"><label for="input_comp-lq2udd06" class="wixui-text-input__label">Phone</label>
<input id="input_comp-lq2udd06" type="tel"></div><button class="wixui-button" type="submit"><span class="wixui-button__label">Submit</span></button></form>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wixText('comp-lq2uee01', '<p class="font_9 wixui-rich-text__text">Calder Vale Age Friends is a registered charity, no. 1187340.</p>')}
${wixText('comp-lq2uee02', '<p class="font_9 wixui-rich-text__text">© 2026 by Calder Vale Age Friends. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<div id="ccsu-banner-text" class="consent-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies.
We use cookies to improve your experience.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline all</button><button data-hook="consent-banner-apply-button">Accept</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a3f4b2c1.bundle.min.js"></script></body></html>`;
const befriending: TestPage = {
  name: 'heldout496-wix-befriending',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [bHowH, bVolH],
  body: [bDek, ...bParas, ...bHow, bFree, bVol],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Calder Vale Age Friends', 'Our Services', 'Get Involved', 'Donate', 'Contact', 'Donate now', 'Apply to volunteer',
    'Refer someone', 'Call Alison on 01632 960 312, Monday to Thursday, 9am to 3pm.', 'Name', 'Phone', 'Submit',
    'Calder Vale Age Friends is a registered charity, no. 1187340.', '© 2026 by Calder Vale Age Friends. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience.', 'Settings', 'Decline all', 'Accept',
  ],
};

const gTitle = 'Why we are opening our kitchens to families on Sundays';
const gDek = 'From March, relatives can book a table for Sunday lunch in all five of our homes, and cook alongside our chefs if they like.';
const gParas = [
  j(
    'When we asked families what they missed most about time with a parent before they moved into care, the answer that came back',
    'again and again was Sunday lunch. Not the food so much as the ritual: the table, the carving, the arguments over gravy.',
  ),
  j(
    'So from 1 March every Thornbury Care home will set aside its garden dining room on Sundays for families. Up to three guests',
    'can join a resident for £9.50 each, and children under 12 eat free.',
  ),
];
const gH = ['Cooking together', 'What our residents said', 'How to book'];
const gCook = [
  j(
    'Families who want to can come in from eleven and help prepare the meal with our chefs. Our head of catering, Tomasz Wierzbicki,',
    'says several residents have already asked to teach their grandchildren how to make Yorkshire puddings "properly".',
  ),
  j(
    'All the kitchens have a lowered worktop for residents who use wheelchairs, and our chefs have completed training in supporting',
    'people living with dementia to cook safely.',
  ),
];
const gSaid = j(
  'We tried the idea at Oakhurst in the autumn. Of the 31 residents who took part, 27 said they would like it to carry on,',
  'and visits on Sundays went up by almost half.',
);
const gQuote = '"My son carves the beef now, like his father used to. It makes the week." Margaret, Oakhurst';
const gBook = j('Ask at reception or call your home. Tables fill quickly, so please book at least a week ahead.');
const gNav = ['Home', 'Our homes', 'News', 'Careers', 'About'];
const gRead = ['Our new minibus is on the road', 'Meet the Oakhurst gardening club', 'Five questions to ask when you visit a care home'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4c2a9f1e1d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.thornburycare.co.uk/sunday-lunch/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Thornbury Care News">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-11T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Thornbury Care News"},
"author":{"@type":"Person","name":"Hannah Lisle"},"headline":"${gTitle}","datePublished":"2026-02-11T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Thornbury Care News" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.thornburycare.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-family tag-food has-sans-title has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">Thornbury Care News</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(' ', '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-family tag-food">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/family/">Family</a></span>
<span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hannah/" class="author-avatar" aria-label="Read more of Hannah Lisle"><img class="author-profile-image" src="/content/images/hannah.jpg"
alt="Hannah Lisle"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/hannah/">Hannah Lisle</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/02/sunday-table.jpg" alt="${gTitle}">
<figcaption>A family lunch at Oakhurst during the trial</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas)}
<h2 id="cooking-together">${gH[0]}</h2>${ps(gCook)}
<h2 id="what-our-residents-said">${gH[1]}</h2><p>${gSaid}</p><blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="how-to-book">${gH[2]}</h2><p>${gBook}</p>
<div class="kg-card kg-button-card kg-align-center"><a href="https://thornburycare.co.uk/contact" class="kg-btn kg-btn-accent">Find your home's number</a></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg"
alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">2 min
read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Thornbury Care News</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4c2a9f1e1d"></script></body></html>`;
const sundayLunch: TestPage = {
  name: 'heldout496-ghost-care-news',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...gParas, ...gCook, gSaid, gQuote, gBook]),
  bylines: ['Hannah Lisle', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thornbury Care News', ...gNav.slice(2), 'Subscribe', 'Family', 'Featured', '3 min read', 'A family lunch at Oakhurst during the trial',
    "Find your home's number", 'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead, '2 min read', '© 2026', 'Sign up',
    'Powered by Ghost',
  ],
};

export const HELDOUT496_C: readonly TestPage[] = [befriending, sundayLunch];

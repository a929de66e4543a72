import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file b: a cheerleading club's safeguarding and welfare policy on Wix (rich-text blocks, welfare officer
 * box, Wix footer), and a trampoline club news post on Ghost (Casper) with a captioned image and "read more" cards.
 */
const wTitle = 'Safeguarding & Welfare Policy';
const wSecs: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    '1. Purpose of this policy',
    [
      j(
        'Vantage Allstars Cheer is committed to creating a safe and positive environment for every athlete. This policy sets out how',
        'coaches, volunteers, parents and athletes work together to protect children and adults at risk from harm, and what to do if',
        'you are worried about someone.',
      ),
      j(
        'It applies to everyone who takes part in club activities: training sessions, competitions, travel, fundraising events, camps',
        'and our online channels, including team group chats.',
      ),
    ],
    [],
  ],
  [
    '2. Our commitments',
    ['We will:'],
    [
      'put the welfare of every athlete first, above winning and results',
      'check the suitability of every coach and volunteer who works with children, including a criminal records check renewed every three years',
      'make sure at least two adults are present at every session, and that no adult is alone with an athlete out of sight of others',
      'train all coaches in safeguarding before they work with athletes, with a refresher every two years',
      'listen to athletes and take their concerns seriously',
      'keep records of concerns securely and share them only with those who need to know',
    ],
  ],
  [
    '3. Stunting, spotting and physical contact',
    [
      j(
        'Cheerleading involves close physical contact when coaches spot tumbling and stunts. Coaches will explain where they will place',
        'their hands before spotting a new skill, and athletes may always ask for a different spotter. Contact should only ever be what is',
        'needed to keep the athlete safe or to teach the skill.',
      ),
      j(
        'Athletes under 12 will not be placed in top or flyer positions for elite-level stunts, and any athlete returning from injury needs',
        'written clearance from a parent before stunting again.',
      ),
    ],
    [],
  ],
  [
    '4. Changing rooms, photography and social media',
    [
      j(
        'Coaches will not enter changing rooms while athletes are changing, except in an emergency and then with another adult.',
        'Mobile phones must not be used in changing areas by anyone.',
      ),
      j(
        'We ask every parent for consent before photographs or videos of their child are published. We never publish an athlete\u2019s',
        'full name with a photograph, and competition videos on our channels show team routines only.',
      ),
      j(
        'Coaches must not follow athletes under 18 on personal social media accounts or send them private messages. All messages to',
        'athletes go through the team group chat, with a parent or a second coach included.',
      ),
    ],
    [],
  ],
  [
    '5. Travel and overnight competitions',
    [
      j(
        'For away competitions we keep a ratio of at least one adult to every eight athletes, with both male and female staff on trips',
        'that include mixed teams. Athletes share rooms only with athletes of a similar age, and adults never share a room with an athlete',
        'who is not their own child.',
      ),
    ],
    [],
  ],
  [
    '6. Reporting a concern',
    [
      j(
        'If you are worried about an athlete\u2019s welfare, or about the behaviour of anyone at the club, speak to our Club Welfare',
        'Officer as soon as you can. You do not need proof, and you will not get into trouble for raising a concern that turns out to be',
        'unfounded.',
      ),
      'If a child is in immediate danger, call 999 first and tell the Welfare Officer afterwards.',
    ],
    [],
  ],
  [
    '7. Review',
    [
      j(
        'The committee reviews this policy every year, and after any serious incident. This version was agreed at the committee meeting',
        'in March 2026 and replaces all earlier versions.',
      ),
    ],
    [],
  ],
];
const wOfficer = ['Club Welfare Officer: Denise Harrower', 'welfare@vantageallstars.co.uk', '07700 914 552'];
const wNav = ['Home', 'Teams', 'Tryouts', 'Timetable', 'Policies', 'Shop', 'Contact'];
const p8 = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Safeguarding Policy | Vantage Allstars Cheer</title>
<meta name="description" content="How Vantage Allstars Cheer keeps athletes safe."><link rel="canonical" href="https://www.vantageallstars.co.uk/safeguarding">
<meta property="og:title" content="Safeguarding Policy | Vantage Allstars Cheer"><meta property="og:site_name" content="Vantage Allstars Cheer">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"SportsOrganization","name":"Vantage Allstars Cheer","sport":"Cheerleading"}
</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{"siteId":"8c1e"}}},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#0d1b3e;}.font_8{font-size:17px;line-height:1.6em;}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-kx1logo" class="MW5IWV"><a href="https://www.vantageallstars.co.uk" target="_self"><img src="https://static.wixstatic.com/media/8c1e_logo.png"
alt="Vantage Allstars Cheer logo"></a></div>
${rich('kx1title', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">VANTAGE ALLSTARS CHEER</span></p>')}
<nav id="comp-kx1menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemDepth02233374943__container">
${links(wNav, 'itemDepth02233374943__itemWrapper wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="xk9p2" class="dBAkHi theme-vars">
<section id="comp-lq3a" class="comp-lq3a wixui-section" tabindex="-1"><div data-testid="columns" class="comp-lq3a-container"><div
data-mesh-id="comp-lq3ainlineContent">
${rich('lq3h1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle.replace('&', '&amp;')}</span></h1>`)}
${rich('lq3upd', p8('<span style="font-style:italic;" class="wixui-rich-text__text">Last reviewed: 11 March 2026</span>'))}
${wSecs
  .map(([h, paras, items], i) =>
    rich(
      `lq4s${i}`,
      `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>${paras.map(p8).join('')}` +
        (items.length > 0 ? `<ul class="font_8 wixui-rich-text__text">${lis(items, 'wixui-rich-text__text')}</ul>` : ''),
    ),
  )
  .join('\n')}
</div></div></section>
<section id="comp-lq5b" class="comp-lq5b wixui-section"><div id="comp-lq5box" class="MW5IWV wixui-box"><div data-mesh-id="comp-lq5boxinlineContent">
${rich('lq5t', '<h4 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Need to talk to someone?</span></h4>')}
${rich('lq5o', wOfficer.map(p8).join(''))}
<div id="comp-lq5btn" class="comp-lq5btn wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.vantageallstars.co.uk/welfare-form"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Report a concern online</span></a></div></div></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('kx2addr', `${p8('Vantage Allstars Cheer, The Arena, Fenmore Road, Castlebridge CB7 2TW')}${p8('Affiliated to the regional cheer federation')}`)}
<div id="comp-kx2soc" class="wixui-social-links-bar"><ul aria-label="Social Bar"><li><a href="https://www.instagram.com/vantageallstars" target="_blank">
<img alt="Instagram" src="https://static.wixstatic.com/media/ig.png"></a></li><li><a href="https://www.tiktok.com/@vantageallstars" target="_blank">
<img alt="TikTok" src="https://static.wixstatic.com/media/tt.png"></a></li></ul></div>
${rich(
  'kx2copy',
  p8(j('© 2026 by Vantage Allstars Cheer. Proudly created with <a href="https://www.wix.com" target="_blank"', 'class="wixui-rich-text__text">Wix.com</a>')),
)}
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout676-wix-safeguarding',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: texts(wSecs.flatMap(([, paras, items]) => [...paras, ...items])),
  bylines: ['Last reviewed: 11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...wNav.filter((t) => !['Teams', 'Contact'].includes(t)), 'Need to talk to someone?', ...wOfficer,
    'Report a concern online',
    'Vantage Allstars Cheer, The Arena, Fenmore Road, Castlebridge CB7 2TW', 'Affiliated to the regional cheer federation',
    '© 2026 by Vantage Allstars Cheer. Proudly created with Wix.com',
  ],
};

const gTitle = 'Four Kestrel Bay trampolinists named in regional development squad';
const gExcerpt = 'Selection follows a strong autumn league season for the club\u2019s youngest competitive group.';
const gBody = [
  j(
    'Four gymnasts from Kestrel Bay Trampoline Club have been selected for the regional development squad for 2027, the most the',
    'club has ever had in a single intake. Mira Castell, 11, Joel Ansah, 12, Poppy Greaves, 10, and Theo Marwick, 12, will attend',
    'monthly squad days at the regional centre from January.',
  ),
  j(
    'Selectors watched the four at the final round of the autumn league in Dunmere, where Mira and Theo both won their age groups',
    'with routines that included their first competitive back somersaults with a full twist.',
  ),
  j(
    '\u201cThey have trained three evenings a week since September and it shows,\u201d said head coach Lorna Pike. \u201cThe squad days',
    'will give them time on the bigger competition beds and with the regional judges, which is exactly what they need next.\u201d',
  ),
  j(
    'Squad places come with a contribution towards travel, but families still pay for kit and competition entries. The club will',
    'hold a sponsored bounce in February to help cover costs, and local businesses who would like to support the squad can get in',
    'touch through the club secretary.',
  ),
];
const gNav = ['Home', 'Sessions', 'Competitions', 'News', 'About'];
const gMore: readonly (readonly [string, string])[] = [
  ['Autumn league round three: results', 'Nine medals for the club in Dunmere, including three golds for the under-13s.'],
  ['New double-mini trampoline arrives', 'Thanks to our grant from the town council, DMT sessions start in November.'],
  ['Coaching course places for volunteers', 'We will fund two places on the level 1 coaching course this winter.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b0e6c6a4f"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://kestrelbaytrampoline.org/regional-development-squad/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Kestrel Bay Trampoline Club"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-11-24T17:05:00.000Z"><meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kestrel Bay Trampoline Club"},
"author":{"@type":"Person","name":"Sam Okafor"},"headline":"${gTitle}","datePublished":"2026-11-24T17:05:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true"
data-ghost="https://kestrelbaytrampoline.org/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{background-color:#15212a;}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://kestrelbaytrampoline.org">Kestrel Bay Trampoline Club
</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe
</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sam/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/size/w100/2026/01/sam.jpg"
alt="Sam Okafor"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/sam/">Sam Okafor</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-24">Nov 24, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/11/squad.jpg 600w" src="/content/images/size/w2000/2026/11/squad.jpg"
alt="The four squad gymnasts with coach Lorna Pike"><figcaption>Mira, Joel, Poppy and Theo with head coach Lorna Pike. Photo: Kestrel Bay TC</figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps(gBody)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gMore
  .map(
    ([t, e]) => `<article class="post-card post tag-news"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w300/2026/10/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">News</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-30">Oct 30, 2026</time><span class="post-card-meta-length">1 min read</span>
</footer>
</div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://kestrelbaytrampoline.org">Kestrel Bay Trampoline Club</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Safeguarding', 'Privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8b0e6c6a4f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout676-ghost-squad-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gExcerpt, ...gBody]),
  bylines: ['Sam Okafor', 'Nov 24, 2026', 'Oct 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Subscribe', '• 2 min read', '1 min read',
    'Mira, Joel, Poppy and Theo with head coach Lorna Pike. Photo: Kestrel Bay TC', 'Sign up for more like this.', 'Enter your email',
    ...gMore.flat(), 'Kestrel Bay Trampoline Club © 2026', 'Safeguarding', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT676_B: readonly TestPage[] = [wix, ghost];

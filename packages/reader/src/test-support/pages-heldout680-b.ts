import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout680-kit.js';

/**
 * Held-out batch 680, file b: a lido trust's reopening news post on Ghost (Casper theme) with a feature image caption, a
 * portal subscribe box and "read more" cards, and a short holiday crash-course page of a private swim school built with Wix.
 */
const gTitle = 'Ashcombe Lido will reopen on 24 May after a winter of repairs';
const gDek = 'The 1936 pool gets a relined tank, a new filter house and, for the first time, a heated shallow end.';
const gParas = [
  j(
    'Ashcombe Lido will open its gates again on Saturday 24 May, the trust that runs the pool confirmed this week, after a',
    'winter closure that ran six weeks longer than planned.',
  ),
  j(
    'The work began in October when divers found that the 90-year-old tank had lost much of its lining along the deep end.',
    'Contractors stripped the walls back to the concrete, repaired two long cracks under the diving boards and relined the',
    'whole 55-metre pool in a pale blue membrane chosen to match photographs from the 1930s.',
  ),
  j(
    '"We knew the tank was tired, but we did not know how tired until we drained it," said Priya Malhotra-Keane, who chairs the',
    'Ashcombe Lido Trust. "The good news is that the structure underneath is sound. We should not need to do this again for',
    'another thirty years."',
  ),
  j(
    'The delay came when the old sand filters, housed in a brick shed behind the café, were found to be beyond repair. The trust',
    'has replaced them with a smaller glass-media system that uses about a fifth less water when the filters are backwashed.',
  ),
  j(
    'The biggest change for swimmers is at the shallow end. A heat pump, paid for by a grant from the county council and a',
    'crowdfunder that raised £86,000 from 1,900 donors, will keep the first 15 metres at 21°C from May to September. The rest of',
    'the pool will stay unheated, as it always has been.',
  ),
  j(
    'Season tickets go on sale to members on 1 April and to everyone else a week later. Prices are unchanged from last year.',
    'Early morning swims will again start at 6.30am on weekdays, and the pool will stay open until 8pm on Thursdays in June and',
    'July.',
  ),
];
const gHeads = ['What changes for swimmers', 'Volunteers wanted'];
const gVol = j(
  'The trust is looking for volunteers to help clean the terraces and paint the changing cubicles over four weekends in April.',
  'No experience is needed, and lunch is provided. Volunteers get a free swim for every day they help.',
);
const gNav = ['Home', 'News', 'Visit', 'Season tickets', 'History', 'Support us'];
const gMore = ['Meet the lifeguards of the 2026 season', 'Why we drain the pool every autumn', 'Crowdfunder passes its target in nine days'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c3a1e5f2d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.ashcombelido.example/reopening-24-may/">
<meta property="og:site_name" content="Ashcombe Lido News"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-03-11T09:30:00.000Z"><meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ashcombe Lido News"},
"author":{"@type":"Person","name":"Tom Ferrier"},"headline":"${gTitle}","datePublished":"2026-03-11T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://news.ashcombelido.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://news.ashcombelido.example">Ashcombe Lido News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="#">${t}</a></li>`).join('\n')}
</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span>
<span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/tom/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/tom.jpg" alt="Tom Ferrier"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tom/">Tom Ferrier</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-11">11 Mar 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/lido-drained.jpg 300w" src="/content/images/size/w2000/2026/03/lido-drained.jpg"
alt="The drained lido with scaffolding at the deep end"><figcaption><span style="white-space: pre-wrap;">The drained tank in January. Photo: Ashcombe Lido
Trust</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas.slice(0, 4))}
<h2 id="what-changes-for-swimmers">${gHeads[0]}</h2>
${ps(gParas.slice(4))}
<div class="kg-card kg-button-card kg-align-center"><a href="https://ashcombelido.example/season-tickets" class="kg-btn kg-btn-accent">Buy a season ticket</a>
</div>
<h2 id="volunteers-wanted">${gHeads[1]}</h2>
<p>${gVol}</p>
</section>
<section class="article-comments gh-canvas"></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-header"><h3 class="post-card-title">Read more</h3></div>
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"></a><div class="post-card-content">
<a class="post-card-content-link" href="#">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.ashcombelido.example">Ashcombe Lido News</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9c3a1e5f2d"></script></body></html>`;
const ghostReopening: TestPage = {
  name: 'heldout680-ghost-lido-reopening',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gParas, gVol],
  bylines: ['Tom Ferrier', '11 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashcombe Lido News', 'Home', 'Visit', 'History', 'Support us', 'Sign in', 'Subscribe', 'Featured', '• 3 min read',
    'The drained tank in January. Photo: Ashcombe Lido Trust', 'Buy a season ticket', 'Read more', ...gMore, 'Sign up for more like this.',
    'Enter your email', 'Ashcombe Lido News © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const wTitle = 'Holiday crash courses';
const wParas = [
  j(
    'Our crash courses run for five mornings in a row during the school holidays, with 30 minutes in the water each day. Daily',
    'practice helps nervous swimmers settle quickly and is a good way to catch up after a missed term.',
  ),
  j(
    'Groups are matched by ability, not age, and are capped at four children. Courses take place at the hydrotherapy pool at',
    'Orchard House, where the water is kept at a warm 32°C.',
  ),
  'Summer dates: 28 July – 1 August and 18 – 22 August. Price: £85 per child for the week, including a certificate.',
];
const wNav = ['Home', 'Lessons', 'Crash courses', 'Meet the team', 'Contact'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Holiday crash courses | Blue Heron Swim</title>
<meta name="description" content="Five-day holiday swimming crash courses in a warm pool."><meta property="og:site_name" content="Blue Heron Swim">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"isResponsive":false}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_0{font:normal normal normal 40px/1.4em wfont_2c41;}</style></head>
<body class="device-desktop"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
<div class="_C0cVf"><div id="comp-lk2p3" class="KcpHeO tz5f0K comp-lk2p3 wixui-rich-text" data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text">Blue Heron Swim</span></p></div>
<nav aria-label="Site" id="comp-lk2p5" class="comp-lk2p5 wixui-dropdown-menu"><ul class="ItHTAY" role="list">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="#" class="UiHgGh"><div class="ujlemh">
<p class="wixui-dropdown-menu__item">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBDBei">
<section id="comp-lk3a1" class="comp-lk3a1 wixui-section"><div data-testid="columns" class="comp-lk3a1-container">
<div id="comp-lk3a2" class="comp-lk3a2 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${wTitle}</h1></div>
${wParas
  .map(
    (p, i) => `<div id="comp-lk3b${i}" class="comp-lk3b${i} wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p></div>`,
  )
  .join('\n')}
<div id="comp-lk3c1" aria-disabled="false" class="comp-lk3c1 wixui-button"><a data-testid="linkElement" href="https://www.blueheronswim.example/book-online"
class="w2hc_J"><span class="w4Vxx6 wixui-button__label">Book Online</span></a></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-lk2q1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">© 2035 by Blue Heron Swim. Powered and secured by <a href="https://www.wix.com">Wix</a></p></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Qd1Ah ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixCrash: TestPage = {
  name: 'heldout680-wix-crash-courses',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wParas,
  bylines: [],
  furniture: [
    'top of page',
    'Blue Heron Swim',
    'Home',
    'Lessons',
    'Meet the team',
    'Contact',
    'Book Online',
    '© 2035 by Blue Heron Swim. Powered and secured by Wix',
    'bottom of page',
  ],
};

export const HELDOUT680_B: readonly TestPage[] = [ghostReopening, wixCrash];

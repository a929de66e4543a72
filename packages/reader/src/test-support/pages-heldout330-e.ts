import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, lis, ll, paras, pp, type Sec, secs } from './pages-heldout330-kit.js';

/**
 * Held-out batch 330, file e: a restaurant group's press page built with Wix (page-builder markup: `wixui-rich-text`
 * blocks in absolutely placed comps, a press release with its "For immediate release" and media-contact lines, a
 * "In the press" logo strip, the press kit button, footer, Wix ads banner) and a chef's interview Q&A on a Ghost
 * magazine (Casper theme: site nav, tag, author and reading time, feature image caption, the members sign-up box,
 * "Read more" cards and footer).
 */
const rich = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement"><div class="wixui-rich-text__text">${inner}</div></div>`;
const pTitle = 'Saltgrass Hospitality Announces Third Restaurant, Ember Row, Opening This Summer';
const pRelease = pp(`
  WESTHAVEN — Saltgrass Hospitality, the group behind Saltgrass Kitchen and The Mariner’s Table, today announced Ember Row, a
  ninety-seat live-fire restaurant opening in the restored Pellham Foundry building this June.

  Ember Row will be led by executive chef Delphine Acheson, who has cooked at Saltgrass Kitchen since it opened in 2019 and
  was promoted to chef de cuisine in 2023. The menu will centre on a twelve-metre open hearth, with vegetables, fish and
  dry-aged beef from farms within a hundred kilometres of the city.

  “The foundry was built around a furnace, so cooking over fire felt like the only honest thing to do in that room,” said
  Acheson. “We want it to feel generous and loud, a place for birthdays and long Sunday lunches.”

  The restaurant will open for dinner Wednesday to Sunday, with lunch on weekends. A forty-seat bar will take walk-ins and serve
  a separate snack menu until midnight.`);
const pFacts = ll(`
  Location: Pellham Foundry, 2 Smelter Yard, Westhaven
  Seats: 90 in the dining room, 40 at the bar
  Opening: June 2026; reservations open May 1`);
const pAbout = pp(`
  Saltgrass Hospitality was founded in 2019 by Rowan and Isla Pettigrew. The group employs 140 people across its restaurants and
  pays every member of staff at least the local living wage.`);
const pNav = ll('Restaurants | Private Dining | Careers | Press | Gift Cards | Contact');
const pLogos = ll('The Westhaven Courier | Coastline Magazine | Good Table Guide');
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press | Saltgrass Hospitality</title>
<meta name="generator" content="Wix.com Website Builder"><meta property="og:title" content="Press | Saltgrass Hospitality">
<meta property="og:site_name" content="Saltgrass Hospitality"><meta name="format-detection" content="telephone=no">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Saltgrass Hospitality",
"url":"https://www.saltgrass.example"}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["seo","cookieConsent"],"site":{"metaSiteId":"a1b2"}}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="WIX_ADS" class="wix-ads"><a href="https://www.wix.example/lpviral">
<span>This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span><span>Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div id="comp-hdr1" class="wixui-image"><img src="https://static.wixstatic.example/media/saltgrass-logo.png" alt="Saltgrass Hospitality"></div>
<nav id="comp-menu" aria-label="Site" class="wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">${links(pNav, 'wixui-horizontal-menu__item')}
</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="wixui-page"><section id="comp-sec1"
class="wixui-section"><div data-testid="columns" class="wixui-column-strip">
${rich('<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Press</span></h1>', 'h1')}
${rich('<p class="font_8 wixui-rich-text__text">For press enquiries, images and interviews, contact Marit Oyelaran at press@saltgrass.example</p>', 'c1')}
<div id="comp-btn1" class="wixui-button" data-testid="linkElement"><a href="/press-kit.pdf"><span class="wixui-button__label">Download Press Kit</span></a>
</div>
</div></section>
<section id="comp-sec2" class="wixui-section">
${rich('<h2 class="font_2 wixui-rich-text__text">Latest News</h2>', 'h2a')}
${rich(`<h3 class="font_4 wixui-rich-text__text">${pTitle}</h3>`, 'h3a')}
${rich('<p class="font_9 wixui-rich-text__text">FOR IMMEDIATE RELEASE</p><p class="font_9 wixui-rich-text__text">April 2, 2026</p>', 'd1')}
${rich(ps(pRelease, ' class="font_8 wixui-rich-text__text"'), 'r1')}
${rich(`<ul class="font_8 wixui-rich-text__text">${lis(pFacts, 'wixui-rich-text__text')}</ul>`, 'r2')}
${rich(`<h4 class="font_6 wixui-rich-text__text">About Saltgrass Hospitality</h4>${ps(pAbout, ' class="font_8 wixui-rich-text__text"')}`, 'r3')}
${rich('<p class="font_9 wixui-rich-text__text">Media contact: Marit Oyelaran, press@saltgrass.example</p>', 'r4')}</section>
<section id="comp-sec3" class="wixui-section">${rich('<h2 class="font_2 wixui-rich-text__text">In the Press</h2>', 'h2b')}
<div class="wixui-gallery">${pLogos.map((l) => `<div class="wixui-gallery__item"><p class="gallery-item-title">${l}</p></div>`).join('')}</div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">${rich('<p class="font_9">© 2026 by Saltgrass Hospitality. Proudly created with Wix.com</p>', 'f1')}
${rich('<p class="font_9">Sign up for news and events</p>', 'f2')}<form><input type="email" placeholder="Email*"><button>Join</button></form>
${rich('<p class="font_9">Instagram · Facebook</p>', 'f3')}</footer></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root"><p data-hook="ccsu-banner-text">This website uses cookies. By continuing to use this
website you agree to their use.</p><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline
all</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout330-wix-press-news',
  kind: 'news',
  html: pHtml,
  title: 'Press',
  headings: [pTitle, 'About Saltgrass Hospitality'],
  body: texts([...pRelease, ...pFacts, ...pAbout]),
  bylines: ['April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', ...pNav.filter((n) => n !== 'Press'),
    'For press enquiries, images and interviews, contact Marit Oyelaran at press@saltgrass.example', 'Download Press Kit', 'Latest News',
    'FOR IMMEDIATE RELEASE', 'Media contact: Marit Oyelaran, press@saltgrass.example', 'In the Press', ...pLogos,
    '© 2026 by Saltgrass Hospitality. Proudly created with Wix.com', 'Sign up for news and events', 'Join', 'Instagram · Facebook',
    'This website uses cookies. By continuing to use this website you agree to their use.', 'Settings', 'Decline all', 'Accept',
  ],
};

const gTitle = '“Bread is the first thing I taste every morning”: ten questions for chef Tobiah Renwick';
const gExcerpt = 'The chef behind Fallowfield talks about leaving fine dining, feeding a village, and why he bans tweezers from his kitchen.';
const gIntro = pp(`
  Tobiah Renwick spent a decade in tasting-menu kitchens before taking over the old post office in the village of Kestle Cross and
  turning it into Fallowfield, a forty-cover restaurant with a bakery counter at the front. We spoke in the quiet hour after lunch
  service, over coffee and a slab of his brown butter cake. The interview has been edited for length and clarity.`);
const gQa: Sec[] = [
  [
    'On leaving fine dining',
    pp(`
      <strong>Why leave the tasting-menu world?</strong>

      I loved it, and I learned everything there. But I realised I was cooking for about sixty people a week, most of whom had
      travelled two hours and would never come back. I wanted to cook for the people who live next door.

      <strong>Was it hard to let go of the precision?</strong>

      Not the precision, the fuss. We still weigh everything and taste everything. What went was the tweezers. If a plate needs
      tweezers to look right, the idea is not strong enough.`),
  ],
  [
    'On the bakery',
    pp(`
      <strong>Why put a bakery at the front of a restaurant?</strong>

      Because the village had lost its baker and people were driving twenty minutes for a loaf. The counter opens at seven, and by
      ten most of the bread is gone. It pays the rent in the quiet months.

      <strong>What do you bake first?</strong>

      A seeded rye that proves overnight. Bread is the first thing I taste every morning. If the rye is off, I know something is
      wrong with the day, the weather, the flour or me.`),
  ],
  [
    'On the menu and the team',
    pp(`
      <strong>How often does the menu change?</strong>

      A few dishes every week, depending on what the growers bring. There is always a pie, always a soup and always something
      roasted whole for two.

      <strong>What would you tell a young cook?</strong>

      Work somewhere that feeds its staff properly. You learn more about a kitchen from staff meal than from the tasting menu.`),
  ],
];
const gCards = ll('The quiet revival of the village pub kitchen | Six bakeries worth a detour this spring | How restaurants are rethinking staff meal');
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten questions for chef Tobiah Renwick</title>
<meta name="description" content="${gExcerpt}"><meta property="og:type" content="article"><meta name="generator" content="Ghost 5.96">
<meta property="article:published_time" content="2026-01-27T07:30:00.000Z"><meta property="article:tag" content="Interviews">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Hearth &amp; Table"},
"author":{"@type":"Person","name":"Clemency Orr"},"headline":"Ten questions for chef Tobiah Renwick","datePublished":"2026-01-27T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js" data-ghost="https://hearthandtable.example/"></script></head>
<body class="post-template tag-interviews is-head-left-logo has-serif-title"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://hearthandtable.example">Hearth &amp; Table</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(ll('Home | Reviews | Interviews | Recipes | About'), 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-interviews">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/interviews/">Interviews</a></section>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/clemency/" class="author-avatar"><img class="author-profile-image" src="/content/images/clemency.jpg" alt="Clemency Orr"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/clemency/">Clemency Orr</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-01-27">Jan 27, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/01/renwick-bakery.jpg" alt="Tobiah Renwick at the bread oven">
<figcaption><span style="white-space: pre-wrap;">Renwick at Fallowfield’s bread oven. Photo by Sunniva Hale</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${secs(gQa, 'h2')}
<div class="kg-card kg-cta-card"><p>Read more: <a href="/six-bakeries/">Six bakeries worth a detour this spring</a></p></div>
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map((c) => `<article class="post-card post"><div class="post-card-content"><h2 class="post-card-title">${c}</h2></div></article>`)
  .join('\n')}</div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Hearth &amp; Table</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(ll('Sign up | Privacy | Contact'))}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout330-ghost-interview-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: heads(gQa),
  body: texts([gExcerpt, ...gIntro, ...paras(gQa)]),
  bylines: ['Clemency Orr', 'Jan 27, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hearth & Table', 'Home', 'Reviews', 'Interviews', 'Recipes', 'About', 'Sign in', 'Subscribe',
    'Renwick at Fallowfield’s bread oven. Photo by Sunniva Hale', 'Read more:', 'Sign up for more like this.', 'Enter your email', ...gCards,
    'Hearth & Table © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT330_E: readonly TestPage[] = [wix, ghost];

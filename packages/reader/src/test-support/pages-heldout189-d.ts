import { links, ps, type TestPage, texts } from './page-kit.js';
import { schoolPage } from './pages-heldout189-d2.js';

/**
 * Held-out batch 189, file d: a parish church's weekly newsletter post on a WordPress site with an Astra-style theme (the
 * top bar with address and "Give", the site title and tagline, the primary menu, the entry meta, the newsletter's own
 * sections with service lists, notices and the prayer list, the Parish Giving button inside the post, categories and tags,
 * the previous/next post links, "Comments are closed.", the sidebar widgets, the footer and the GDPR cookie bar) and, from
 * file d2, a primary school's news page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const chTitle = 'Weekly Newsletter: Second Sunday of Advent';
const chP1 = paras(`
Dear friends, as the evenings draw in and the first Christmas lights appear along the High Street, Advent invites us to
slow down and wait. I know that is easier said than done in a month full of concerts, parties and shopping lists, but I
hope you will find a few quiet moments in church this week, even if it is just five minutes on the way home from work.
The church is open every day from 9am until 4pm.

Thank you to everyone who came to the Advent Fair last Saturday. Together we raised £2,846 for the roof fund and for the
Eastbridge Food Bank, which will receive a quarter of the total. Special thanks to Margaret and the cake team, who
sold out by half past eleven.

With every blessing, Revd Sarah Penhallow`);
const chH1 = 'Services this week';
const chServices = [
  'Sunday 7 December, 8am: Holy Communion (Book of Common Prayer)',
  'Sunday 7 December, 10am: Parish Eucharist with Junior Church',
  'Sunday 7 December, 6pm: Advent Carol Service by candlelight',
  'Wednesday 10 December, 10.30am: Said Eucharist followed by coffee in the Lady Chapel',
  'Friday 12 December, 12 noon: Prayers for the town',
];
const chH2 = 'Readings for Sunday';
const chReadings = paras(`
Isaiah 11.1-10, Psalm 72.1-7, Romans 15.4-13 and Matthew 3.1-12. Readers this week are Tom Ashby and Priya Fernandes.`);
const chH3 = 'Notices';
const chNotices = [
  'Christmas cards: please bring cards for the housebound to the back of church by 14 December and the visiting team will deliver them.',
  'Choir rehearsal for the Nine Lessons and Carols is on Thursday at 7.30pm. New voices are very welcome, especially tenors.',
  'The Christmas tree will be put up on Saturday morning from 10am. Volunteers with step ladders would be much appreciated.',
  'The parish office will be closed from 24 December to 2 January. For pastoral emergencies please ring the vicarage.',
];
const chP2 = paras(`
Our Christmas collection this year will again go to St Petroc's night shelter in Truro. If you would like to give online,
you can do so through the Parish Giving Scheme using the link below, marking your gift "Christmas".`);
const chH4 = 'Please pray for';
const chPrayer = paras(`
Those who are ill or in need, including Joan Treloar, Michael Hext, Baby Isla and the Pascoe family. Those who have died
recently, especially Frank Rowe, whose funeral will be held here on Tuesday at 1pm. And for all who find this season hard.`);
const chTop = ['St Gwinear’s Church, Church Lane, Pentrevah TR27 4AB', 'Give'];
const chTag = 'A Church of England parish in the Diocese of Truro';
const chNav = ['Home', 'About Us', 'Services', 'Weddings, Baptisms & Funerals', 'Children & Families', 'News', 'Contact'];
const chGive = ['Give to St Gwinear’s', 'Give via the Parish Giving Scheme'];
const chCats = ['Categories:', 'Newsletter', 'Tags:', 'Advent', 'Weekly notices'];
const chNavPosts = ['Previous Post', 'Weekly Newsletter: First Sunday of Advent', 'Next Post', 'Christmas at St Gwinear’s 2026'];
const chWidgets = [
  'Search for:',
  'Sunday Services',
  '8am Holy Communion, 10am Parish Eucharist, 6pm Evensong (first Sunday of the month)',
  'Recent Posts',
  'Archives',
  'December 2026',
  'November 2026',
  'October 2026',
];
const chRecent = ['Christmas at St Gwinear’s 2026', 'Weekly Newsletter: First Sunday of Advent', 'Advent Fair raises record total'];
const chFoot = ['Safeguarding', 'Privacy Policy', 'A Church Near You', 'Registered charity number 1132817', 'Copyright © 2026 St Gwinear’s Church'];
const chCookie = [
  'This website uses cookies to improve your experience. We’ll assume you’re ok with this, but you can opt-out if you wish.',
  'Accept',
  'Reject',
  'Read More',
];
const chHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${chTitle} – St Gwinear’s Church</title><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://stgwinear.example/2026/12/05/weekly-newsletter-second-sunday-of-advent/">
<meta property="og:type" content="article"><meta property="og:title" content="${chTitle}">
<link rel="stylesheet" id="astra-theme-css-css" href="https://stgwinear.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1">
<link rel="stylesheet" id="cookie-law-info-css" href="https://stgwinear.example/wp-content/plugins/cookie-law-info/css/cookie-law-info-public.css">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${chTitle}","datePublished":"2026-12-05T09:12:41+00:00","author":{"name":"Parish Office"}}]}</script>
<script src="https://stgwinear.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2214 ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><div class="ast-above-header-bar"><span class="ast-header-html">${chTop[0]}</span>
<a class="ast-custom-button" href="https://stgwinear.example/give/">${chTop[1]}</a></div>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="site-branding ast-site-identity"><span class="site-title"><a href="https://stgwinear.example/" rel="home">St Gwinear’s Church</a></span>
<p class="site-description">${chTag}</p></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">
${links(chNav, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-2214 post type-post status-publish format-standard category-newsletter ast-article-single">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${chTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">5 December 2026</span></span> /
<span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="/author/parishoffice/">
<span class="author-name">Parish Office</span></a></span></div>
</header><div class="entry-content clear" itemprop="text">
${ps(chP1)}
<h2 class="wp-block-heading">${chH1}</h2>
<ul class="wp-block-list">${chServices.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${chH2}</h2>
${ps(chReadings)}
<h2 class="wp-block-heading">${chH3}</h2>
<ul class="wp-block-list">${chNotices.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(chP2)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://www.parishgiving.example/donation/donate/8831">${chGive[1]}</a></div></div>
<h2 class="wp-block-heading">${chH4}</h2>
${ps(chPrayer)}
</div></div>
<footer class="entry-footer"><span class="cat-links">${chCats[0]} <a href="/category/newsletter/">${chCats[1]}</a></span>
<span class="tags-links">${chCats[2]} <a href="/tag/advent/">${chCats[3]}</a>, <a href="/tag/weekly-notices/">${chCats[4]}</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2026/11/28/weekly-newsletter-first-sunday-of-advent/"><span class="ast-left-arrow">←</span> ${chNavPosts[0]}
<p class="ast-post-title">${chNavPosts[1]}</p></a></div>
<div class="nav-next"><a href="/2026/12/06/christmas-2026/">${chNavPosts[2]} <span class="ast-right-arrow">→</span>
<p class="ast-post-title">${chNavPosts[3]}</p></a></div></div></nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">${chWidgets[0]}</span>
<input type="search" class="search-field" name="s"></label><button type="submit" class="search-submit">Search</button></form></aside>
<aside class="widget widget_text"><h2 class="widget-title">${chWidgets[1]}</h2><div class="textwidget"><p>${chWidgets[2]}</p></div></aside>
<aside class="widget widget_block"><div class="wp-block-buttons"><a class="wp-block-button__link" href="/give/">${chGive[0]}</a></div></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">${chWidgets[3]}</h2><ul>${links(chRecent)}</ul></aside>
<aside class="widget widget_archive"><h2 class="widget-title">${chWidgets[4]}</h2><ul>${links(chWidgets.slice(5))}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><ul class="ast-footer-menu">${links(chFoot.slice(0, 3))}</ul>
<p>${chFoot[3]}</p><p>${chFoot[4]} | Powered by <a href="https://wpastra.example/">Astra WordPress Theme</a></p></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>${chCookie[0]}<a role="button" class="cli_action_button cli-accept-button"
id="cookie_action_close_header">${chCookie[1]}</a> <a role="button" id="cookie_action_close_header_reject">${chCookie[2]}</a>
<a href="/privacy-policy/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">${chCookie[3]}</a></span></div>
<script src="https://stgwinear.example/wp-content/plugins/cookie-law-info/js/cookie-law-info-public.js?ver=3.2.4"></script>
</body></html>`;

const parishPage: TestPage = {
  name: 'heldout189-wordpress-parish-newsletter',
  kind: 'blog',
  html: chHtml,
  title: chTitle,
  headings: [chH1, chH2, chH3, chH4],
  body: texts([...chP1, ...chServices, ...chReadings, ...chNotices, ...chP2, ...chPrayer]),
  bylines: ['5 December 2026', 'Parish Office'],
  furniture: [
    ...new Set([
      'Skip to content',
      ...chTop,
      'St Gwinear’s Church',
      chTag,
      ...chNav,
      ...chGive,
      ...chCats,
      'Post navigation',
      ...chNavPosts,
      'Comments are closed.',
      ...chWidgets,
      'Search',
      ...chRecent,
      ...chFoot,
      'Astra WordPress Theme',
      ...chCookie,
    ]),
  ],
};

export const HELDOUT189_D: readonly TestPage[] = [parishPage, schoolPage];

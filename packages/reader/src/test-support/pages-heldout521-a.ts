import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout521-kit.js';

/**
 * Held-out batch 521, file a: a debating society page on an MSL (Membership Solutions) students' union site, and a
 * sabbatical election notice on a students' union WordPress site (Astra theme).
 */
const mTitle = 'Debating Society';
const mBody = [
  j(
    'We are the oldest society at Harrowgate Students\u2019 Union, founded in 1921 and still meeting every Wednesday evening in the',
    'Garner Room. Whether you have never spoken in public or you want to reach the finals of a national competition, there is a',
    'place for you here.',
  ),
  'What we do',
  j(
    'Each week we run a training session followed by practice debates in British Parliamentary format. Newer members are paired',
    'with an experienced speaker, and motions are set so that no prior knowledge is needed.',
  ),
  'weekly training and practice debates',
  'an internal novice competition in November',
  'travel to around ten intervarsity competitions a year',
  'public debates with guest speakers each term',
  'Membership',
  j(
    'Membership costs £6 for the year and includes free entry to the internal competitions. Bursaries cover competition fees for',
    'members who need them; ask any committee member in confidence.',
  ),
];
const mWhat = mBody.slice(3, 7);
const mNav = ['Opportunities', 'Support', 'Events', 'Shop', 'Democracy', 'About'];
const mCrumbs = ['Home', 'Opportunities', 'Societies'];
const mFoot = ['Contact us', 'Accessibility', 'Privacy policy', 'Complaints', 'Jobs at the Union'];
const mCommittee = ['President: Femi Adeyoola', 'Treasurer: Ruth Kallander', 'Training Officer: Dario Mensch'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mTitle} | Harrowgate Students' Union</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${mTitle}">
<link rel="stylesheet" href="/stylesheet.css?v=2026"><script src="/mslscripts/jquery-3.6.0.min.js"></script>
<script>var msl_org_id = 6012; var msl_group = 'debating';</script></head>
<body id="groups" class="msl-page"><form method="post" action="/opportunities/societies/debating/" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3"></div>
<a href="#main" class="skip">Skip to content</a>
<div id="cookie-notice" class="cookie-notice"><p>This site uses cookies to give you the best experience.</p>
<a href="/privacy/" class="msl-btn">Find out more</a><button type="button" class="msl-btn accept">OK, got it</button></div>
<header id="header"><div class="container"><a href="/" class="logo"><img src="/asset/logo.svg" alt="Harrowgate Students' Union"></a>
<div class="login"><a href="/login/">Log in</a></div>
<div class="search"><label for="search-box" class="sr-only">Search</label><input id="search-box" type="text" placeholder="Search">
<button type="submit">Go</button></div>
<nav id="nav"><ul class="msl_nav">${links(mNav)}</ul></nav></div></header>
<div id="breadcrumb"><ul class="sys_breadcrumb">${links(mCrumbs)}<li>${mTitle}</li></ul></div>
<div id="main" class="container"><div class="row"><div class="col-md-8 content">
<div class="msl-group-title"><h1>${mTitle}</h1></div>
<div class="msl_organisation_page"><div class="logo"><img src="/asset/Organisation/6012/debating.png" alt="Debating Society logo"></div>
<div class="description">
${ps([mBody[0] ?? ''])}
<h2>${mBody[1]}</h2>${ps([mBody[2] ?? ''])}<ul>${lis(mWhat)}</ul>
<h2>${mBody[7]}</h2>${ps([mBody[8] ?? ''])}
</div>
<div class="msl-join"><h3>Join</h3><ul class="msl_product_list"><li><span class="name">Standard membership</span>
<span class="price">£6.00</span><a href="/shop/product/6012-1/" class="msl-btn">Buy</a></li></ul></div>
</div></div>
<aside class="col-md-4 sidebar"><div class="box committee"><h3>Committee</h3><ul>${lis(mCommittee)}</ul></div>
<div class="box contact"><h3>Get in touch</h3><p><a href="mailto:debating@harrowgatesu.org">debating@harrowgatesu.org</a></p>
<ul class="social"><li><a href="https://instagram.com/hsudebating">Instagram</a></li></ul></div>
<div class="box events"><h3>Upcoming events</h3><ul class="msl_eventlist">
<li><a href="/events/6012/8811/">Novice Cup: round one</a><span class="msl_event_time">Wed 12 Nov 19:00</span></li></ul></div></aside>
</div></div>
<footer id="footer"><ul class="footer-links">${links(mFoot)}</ul>
<p>Harrowgate Students' Union is a registered charity, number 1149920.</p><p>Powered by MSL</p></footer>
</form><script src="/mslscripts/msl.js"></script></body></html>`;
const msl: TestPage = {
  name: 'heldout521-msl-debating-society',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[7] ?? ''],
  body: texts(mBody.filter((_, i) => i !== 1 && i !== 7)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'This site uses cookies to give you the best experience.', 'Find out more', 'OK, got it', 'Log in', 'Search', 'Go',
    ...mNav, ...mCrumbs, 'Join', 'Standard membership', '£6.00', 'Buy', 'Committee', ...mCommittee, 'Get in touch', 'debating@harrowgatesu.org',
    'Instagram', 'Upcoming events', 'Novice Cup: round one', 'Wed 12 Nov 19:00', ...mFoot,
    "Harrowgate Students' Union is a registered charity, number 1149920.", 'Powered by MSL',
  ]),
};

const eTitle = 'Notice of Election: Spring Sabbatical Elections 2027';
const eBody = [
  j(
    'The Returning Officer gives notice that elections will be held for the following positions of Brackwell Students\u2019 Union.',
    'Each sabbatical officer serves a one-year term from 1 July 2027 and is paid a salary of £24,800.',
  ),
  'President',
  'Vice President Education',
  'Vice President Welfare and Community',
  'Vice President Activities',
  'Key dates',
  'Nominations open: Monday 2 February, 10:00',
  'Nominations close: Friday 20 February, 12:00',
  'Candidates\u2019 briefing: Monday 23 February, 17:00, Council Chamber',
  'Voting opens: Monday 9 March, 09:00',
  'Voting closes: Thursday 12 March, 16:00',
  'Results: Thursday 12 March, 19:00, The Lantern Bar',
  'Who can stand',
  j(
    'Any full member of the Union may stand, including students in their final year. Candidates must be nominated by at least',
    'twenty members. Part-time students are eligible for all four roles.',
  ),
  j(
    'Complaints about the conduct of the election must be made in writing to the Deputy Returning Officer within 24 hours of the',
    'alleged breach. The full election regulations are available from the Union reception.',
  ),
];
const eNav = ['Home', 'Your Union', 'Get Involved', 'Advice', 'Elections', 'News'];
const eCats = ['Elections', 'Notices'];
const eRecent = ['Candidate workshops this week', 'What does a sabbatical officer do?', 'Council minutes: January'];
const eFoot = ['Brackwell Students\u2019 Union, Union Building, Mill Lane', 'Registered charity no. 1152284', '© 2027 Brackwell SU'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Brackwell SU</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"datePublished":"2027-01-26T09:00:00+00:00","author":{"name":"Returning Officer"}}]}</script></head>
<body class="post-template-default single single-post ast-right-sidebar astra-4.6.4 ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding">
<span class="site-title"><a href="/" rel="home">Brackwell SU</a></span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1"><ul id="primary-menu" class="main-header-menu ast-menu-shadow">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<button class="menu-toggle main-header-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button>
</div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1904 post type-post status-publish format-standard hentry category-elections ast-article-single" id="post-1904">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${eTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">26 January 2027</span></span> /
<span class="posted-by vcard author"><a class="url fn n" href="/author/returning-officer/"><span class="author-name">Returning Officer</span></a></span>
</div></header>
<div class="entry-content clear" itemprop="text">
${ps([eBody[0] ?? ''])}
<ul class="wp-block-list">${lis(eBody.slice(1, 5))}</ul>
<h2 class="wp-block-heading">${eBody[5]}</h2><ul class="wp-block-list">${lis(eBody.slice(6, 12))}</ul>
<h2 class="wp-block-heading">${eBody[12]}</h2>${ps([eBody[13] ?? '', eBody[14] ?? ''])}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/elections/nominate/">Submit your nomination</a></div></div>
<p class="has-small-font-size"><em>Signed: M. Okonkwo-Hale, Returning Officer</em></p>
</div></div>
<footer class="entry-footer"><span class="cat-links">Posted in ${eCats.map((c) => `<a href="/category/${c.toLowerCase()}/">${c}</a>`).join(', ')}</span>
</footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">
<a href="/council-minutes-january/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(eRecent)}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">${ps(eFoot.map((t) => t.replace(/&/g, '&amp;')))}</div></div>
</footer></div><script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const wpElection: TestPage = {
  name: 'heldout521-wp-astra-election-notice',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eBody[5] ?? '', eBody[12] ?? ''],
  body: texts(eBody.filter((_, i) => i !== 5 && i !== 12)),
  bylines: ['26 January 2027', 'Returning Officer', 'Signed: M. Okonkwo-Hale, Returning Officer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Brackwell SU', 'Your Union', 'Get Involved', 'Advice', 'News', 'Home', 'Main Menu', 'Submit your nomination',
    'Posted in', 'Notices', '← Previous Post', 'Search for:', 'Recent Posts', ...eRecent, ...eFoot,
  ]),
};

export const HELDOUT521_A: readonly TestPage[] = [msl, wpElection];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, table } from './pages-heldout286-kit.js';

/**
 * Held-out batch 286, file c: a rugby club's player profile on WordPress with the SportsPress plugin (player details list,
 * career statistics table, a short biography), and a regional newspaper's league table page with a season preview on Arc XP
 * (Fusion markup, standings table above the preview).
 */
const sTitle = 'Callum Rees-Ebanks';
const sBio = [
  j(
    'Callum joined the Stourford first team from the academy in 2019 and has since made more than 90 appearances at full-back and',
    'on the wing. He was named the club’s Players’ Player of the Season in 2024 after scoring 11 tries, a record for a back three player.',
  ),
  j(
    'Born in Whitby Cross, he played his junior rugby at Whitby Cross RFC and represented the county at under-16 and under-18 level',
    'before a serious knee injury kept him out of the game for most of 2018.',
  ),
  j(
    'Away from rugby, Callum is studying part-time for a degree in sports science and coaches the club’s under-12 side on Sunday',
    'mornings. He signed a two-year contract extension in January.',
  ),
];
const sHeads = ['Biography', 'Honours'];
const sHon = ['Players’ Player of the Season 2024', 'Regional Cup winner 2022', 'County under-18 captain 2017'];
const sMenu = ['Home', 'Fixtures', 'Results', 'League Table', 'First Team', 'Academy', 'Tickets', 'Shop', 'Contact'];
const sSide = ['Stourford 27-19 Wrexley Park', 'New signing: prop Dylan Carrow joins from Hallam', 'Season tickets on sale now'];
const sFoot = ['Privacy Policy', 'Cookie Policy', 'Safeguarding', 'Sponsors'];
const career = table(
  ['Season', 'Apps', 'Tries', 'Conv', 'Pens', 'Points'],
  [
    ['2022/23', '21', '6', '0', '0', '30'],
    ['2023/24', '24', '11', '2', '1', '62'],
    ['2024/25', '19', '7', '0', '0', '35'],
    ['Total', '64', '24', '2', '1', '127'],
  ],
  'sp-player-statistics sp-data-table sp-scrollable-table',
  'data-name',
  'data-number',
);
const sHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${sTitle} &#8211; Stourford RFC</title>
<meta name="generator" content="WordPress 6.5.3"><meta name="generator" content="SportsPress 2.7.21">
<link rel="stylesheet" id="sportspress-general-css" href="https://stourfordrfc.example/wp-content/plugins/sportspress/assets/css/sportspress.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${sTitle}",
"datePublished":"2019-08-02T10:00:00+00:00","dateModified":"2026-01-20T09:12:00+00:00"}]}</script>
<script id="sportspress-js-extra">var localized_strings = {"days":"days","hrs":"hrs","mins":"mins","secs":"secs"};</script></head>
<body class="sp_player-template-default single single-sp_player postid-812 theme-rookie"><div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Stourford RFC</a></p>
<p class="site-description">Founded 1884</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<ul id="primary-menu" class="menu">${links(sMenu, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area content-area-right-sidebar"><main id="main" class="site-main" role="main">
<article id="post-812" class="post-812 sp_player type-sp_player status-publish hentry sp_position-full-back">
<header class="entry-header"><h1 class="entry-title">${sTitle}</h1></header>
<div class="entry-content"><div class="sp-section-content sp-section-content-photo"><div class="sp-template sp-template-player-photo">
<img src="/wp-content/uploads/2025/08/rees-ebanks.jpg" class="attachment-sportspress-fit-medium wp-post-image" alt=""></div></div>
<div class="sp-section-content sp-section-content-details"><div class="sp-template sp-template-player-details sp-template-details">
<div class="sp-list-wrapper"><dl class="sp-player-details"><dt>Squad Number</dt><dd>15</dd><dt>Position</dt><dd>Full-back</dd>
<dt>Current Team</dt><dd><a href="/team/first-xv/">First XV</a></dd><dt>Nationality</dt><dd>England</dd><dt>Height</dt><dd>183 cm</dd></dl></div></div></div>
<div class="sp-section-content sp-section-content-content"><div class="sp-post-content">
<h2>${sHeads[0]}</h2>
${ps(sBio)}
<h2>${sHeads[1]}</h2>
<ul>${sHon.map((h) => `<li>${h}</li>`).join('')}</ul></div></div>
<div class="sp-section-content sp-section-content-statistics"><div class="sp-template sp-template-player-statistics">
<h4 class="sp-table-caption">Career Statistics</h4><div class="sp-table-wrapper">${career}</div></div></div></div>
<footer class="entry-footer"><span class="edit-link"><a href="#">Share this player</a></span></footer></article></main></div>
<div id="secondary" class="widget-area widget-area-right" role="complementary"><aside id="sportspress-countdown-2" class="widget widget_sportspress">
<h1 class="widget-title">Next Match</h1><div class="sp-template sp-template-countdown"><h3 class="event-name sp-event-name">Stourford v Kelham Vale</h3>
<p class="countdown sp-countdown"><time datetime="2026-02-21 15:00:00">Sat 21 Feb, 3pm</time></p></div></aside>
<aside id="recent-posts-3" class="widget widget_recent_entries"><h1 class="widget-title">Latest News</h1><ul>${links(sSide)}</ul></aside></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><ul>${links(sFoot)}</ul>
<p>© 2026 Stourford RFC. Designed by ThemeBoy.</p></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We’ll assume you’re ok with this.</span>
<a role="button" class="cli_action_button wt-cli-accept-btn">ACCEPT</a><a role="button" class="cli_settings_button">Cookie settings</a></div>
<script src="/wp-content/plugins/sportspress/assets/js/sportspress.js?ver=2.7.21"></script></body></html>`;
const sportspress: TestPage = {
  name: 'heldout286-sportspress-player-profile',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sBio, ...sHon]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Stourford RFC', 'Founded 1884', 'Menu', ...sMenu, 'Share this player', 'Next Match', 'Stourford v Kelham Vale', 'Sat 21 Feb, 3pm',
    'Latest News', ...sSide,
    ...sFoot, '© 2026 Stourford RFC. Designed by ThemeBoy.', 'This website uses cookies to improve your experience. We’ll assume you’re ok with this.',
    'ACCEPT', 'Cookie settings',
  ],
};

const aTitle = 'Season preview: Can anyone stop Brackwater in the Northern Counties League?';
const aDek = 'The champions kept their squad together. Our writer picks the contenders, the strugglers and the player to watch.';
const aBody = [
  j(
    'The Northern Counties League kicks off on Saturday with the same question it asked a year ago: who can get close to Brackwater?',
    'The champions won 24 of their 30 games last season, lost only twice and finished 13 points clear of second-placed Fellgate.',
  ),
  j(
    'More worrying for the rest is that they have kept almost everyone. The manager, Sunita Varley, added two experienced defenders',
    'over the summer and lost only a reserve goalkeeper. Pre-season wins over two sides from the division above suggest the gap has not closed.',
  ),
  j(
    'Fellgate remain the most likely challengers. Their attack scored 71 goals last season, more than anyone, but they conceded too',
    'many away from home. The return of their captain, Mo Kettering, from a long hamstring injury should help.',
  ),
  j(
    'Of the rest, Linthorpe Town look the best-run club in the league. A new artificial pitch means no more postponed games in',
    'January, which cost them four points in the run-in last spring.',
  ),
  j(
    'At the bottom, the two promoted sides, Crane Lane and Overby Athletic, will both hope to be clear of trouble by Christmas.',
    'Overby have spent more than anyone over the summer; Crane Lane are relying on the same young squad that won promotion.',
  ),
  'Our predictions for the top three:',
  'Brackwater, to win a third title in four years',
  'Fellgate, if Kettering stays fit',
  'Linthorpe Town, the surprise package',
  j(
    'The player to watch is Brackwater’s 19-year-old winger Adaeze Holm, who scored 14 goals in her first full season and has',
    'already been watched by scouts from three professional clubs.',
  ),
];
const aHeads = ['The contenders', 'The strugglers', 'Player to watch'];
const aNav = ['News', 'Sport', 'Business', 'Opinion', 'Life', 'Obituaries', 'e-Edition'];
const aRel = ['Brackwater sign defender from Fellgate', 'Fixtures released: full list for the new season', 'Overby Athletic unveil new manager'];
const aFoot = ['About Us', 'Contact Us', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Manage Cookies'];
const standings = table(
  ['Pos', 'Team', 'P', 'W', 'D', 'L', 'Pts'],
  [
    ['1', 'Brackwater', '30', '24', '4', '2', '76'],
    ['2', 'Fellgate', '30', '19', '6', '5', '63'],
    ['3', 'Linthorpe Town', '30', '17', '7', '6', '58'],
    ['4', 'Ashby Vale', '30', '15', '6', '9', '51'],
  ],
  'c-standings-table',
);
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} – The Dalesford Courier</title>
<meta name="description" content="${aDek}"><meta property="og:type" content="article"><meta name="arc-id" content="KX7QW3L2ZBF4RJ5">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-08-07T06:00:00Z",
"author":[{"@type":"Person","name":"Gareth Pennock"}]}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="dalesford-courier";
Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={"_id":"KX7QW3L2ZBF4RJ5","type":"story"};</script></head>
<body><div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced">
<header class="b-header-nav-chain"><a href="/" class="b-header-nav-chain__logo">The Dalesford Courier</a>
<nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><ul>${links(aNav, 'b-links-bar__item')}</ul></nav>
<a href="/subscribe" class="b-header-nav-chain__subscribe">Subscribe</a><a href="/account/login" class="b-header-nav-chain__login">Sign In</a></header>
<div class="b-single-chain"><div class="b-overline"><a href="/sport/football" class="c-overline">Local Football</a></div>
<h1 class="b-headline">${aTitle}</h1><p class="b-subheadline">${aDek}</p>
<div class="b-byline"><span class="c-byline">By <a href="/people/gareth-pennock">Gareth Pennock</a></span></div>
<div class="b-date"><time datetime="2026-08-07T06:00:00Z" class="c-date">August 7, 2026 at 6:00 a.m. BST</time></div>
<div class="b-share-bar"><button aria-label="Share on Facebook" class="c-button">Facebook</button><button class="c-button">X</button>
<button class="c-button" aria-label="Copy link">Copy link</button></div></div>
<section class="b-right-rail-advanced__main"><div class="b-html-box"><h2 class="c-heading">Final table, last season</h2>${standings}</div>
<article class="b-article-body">
${ps(aBody.slice(0, 2), ' class="c-paragraph"')}
<h2 class="c-heading">${aHeads[0]}</h2>
${ps(aBody.slice(2, 4), ' class="c-paragraph"')}
<div class="b-interstitial-link"><p class="c-paragraph"><b>RELATED:</b> <a href="/sport/brackwater-sign">${aRel[0]}</a></p></div>
<h2 class="c-heading">${aHeads[1]}</h2>
${ps(aBody.slice(4, 6), ' class="c-paragraph"')}
<ul class="c-list">${aBody
  .slice(6, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h2 class="c-heading">${aHeads[2]}</h2>
${ps(aBody.slice(9), ' class="c-paragraph"')}
<div class="b-ad-block"><span class="b-ad-label">ADVERTISEMENT</span><div id="arcad_feature-f0"></div></div></article>
<div class="b-newsletter"><h3>Get the Courier Sport briefing</h3><p>Local results and the week’s best reads, every Monday.</p>
<button>Sign up</button></div></section>
<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2 class="b-header">Most Read</h2><ul>${links(aRel)}</ul></div></aside>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot, 'b-footer__link')}</ul>
<p class="b-footer__copyright">Copyright © 2026 The Dalesford Courier. All rights reserved.</p></footer></div></div>
<div class="fc-consent-root"><p class="fc-dialog-headline">The Dalesford Courier asks for your consent to use your personal data to:</p>
<button class="fc-cta-consent">Consent</button><button class="fc-cta-manage-options">Manage options</button></div></body></html>`;
const arc: TestPage = {
  name: 'heldout286-arc-xp-league-table-preview',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([aDek, ...aBody]),
  bylines: ['By Gareth Pennock', 'August 7, 2026 at 6:00 a.m. BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Dalesford Courier', ...aNav, 'Subscribe', 'Sign In', 'Local Football', 'Facebook', 'Copy link', 'RELATED:', 'ADVERTISEMENT',
    'Get the Courier Sport briefing', 'Local results and the week’s best reads, every Monday.', 'Sign up', 'Most Read', ...aRel, ...aFoot,
    'Copyright © 2026 The Dalesford Courier. All rights reserved.', 'The Dalesford Courier asks for your consent to use your personal data to:',
    'Consent', 'Manage options',
  ],
};

export const HELDOUT286_C: readonly TestPage[] = [sportspress, arc];

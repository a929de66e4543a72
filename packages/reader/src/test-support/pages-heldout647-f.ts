import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file f: a recreational hockey league's weekly results page in an old table layout (font tags, left
 * navigation column, hit counter), and an ice hockey club's tryouts post on WordPress with Elementor Pro (Hello theme, theme
 * builder header and footer, post info, share buttons, post navigation, Complianz cookie banner).
 */
const tTitle = 'Week 9 Results and Standings';
const tIntro = [
  j(
    'A big week in the Thursday night league, with two one-goal games and the first shutout of the season for the Icebreakers.',
    'Reminder: the trade deadline is Week 11, and all roster changes must be emailed to the league secretary by Sunday night.',
  ),
];
const tResults = [
  ['Icebreakers', '5', 'Frost Giants', '0'],
  ['Zamboni Drivers', '3', 'Blue Line Bandits', '4'],
  ['Puck Hogs', '6', 'Rink Rats', '5'],
];
const tStand = [
  ['Icebreakers', '9', '7', '1', '1', '15'],
  ['Blue Line Bandits', '9', '6', '3', '0', '12'],
  ['Puck Hogs', '9', '5', '3', '1', '11'],
  ['Zamboni Drivers', '9', '3', '5', '1', '7'],
  ['Rink Rats', '9', '2', '6', '1', '5'],
  ['Frost Giants', '9', '2', '7', '0', '4'],
];
const tNotes = [
  'The Rink Rats vs Frost Giants makeup game from Week 4 will be played on March 12 at 10:15 PM.',
  'Referees are still needed for the playoffs. Contact Gary if you can help.',
];
const tHeads = ['Scores', 'Standings', 'League Notes'];
const tNav = ['Home', 'Schedule', 'Results', 'Rosters', 'Rules', 'Photos', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Lakeshore Adult Hockey League - Week 9</title>
<meta name="keywords" content="hockey, adult hockey, rec league, Lakeshore, beer league"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#003366"><img src="images/lahl_banner.gif" width="780"
height="110" alt="Lakeshore Adult Hockey League"></td></tr><tr><td width="160" valign="top" bgcolor="#CCDDEE">
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td><font face="Verdana, Arial" size="2"><b>MENU</b></font></td></tr>
${tNav.map((n) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${n.toLowerCase().replace(/ /g, '')}.htm">${n}</a></font></td></tr>`).join('\n')}
</table><br><center><font face="Verdana" size="1">You are visitor #<br><img src="cgi-bin/counter.cgi?df=lahl.dat" alt="041873"></font></center></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td class="content">
<h2><font face="Arial, Helvetica" color="#003366">${tTitle}</font></h2><font face="Verdana, Arial" size="2">
<i>Posted by Gary D. on 02/28/2026</i>${ps(tIntro)}
<h3>${tHeads[0]}</h3><table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999"><tr bgcolor="#003366"><th><font color="#FFFFFF">Home</font></th>
<th><font color="#FFFFFF">G</font></th><th><font color="#FFFFFF">Visitor</font></th><th><font color="#FFFFFF">G</font></th></tr>
${tResults.map((r) => tr(r)).join('\n')}</table>
<h3>${tHeads[1]}</h3><table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999"><tr bgcolor="#003366">
${['Team', 'GP', 'W', 'L', 'T', 'PTS'].map((h) => `<th><font color="#FFFFFF">${h}</font></th>`).join('')}</tr>
${tStand.map((r) => tr(r)).join('\n')}</table>
<h3>${tHeads[2]}</h3><ul>${lis(tNotes)}</ul></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2004-2026 Lakeshore Adult Hockey League.
All rights reserved.<br>Site last updated 02/28/2026<br><a href="mailto:webmaster@lahl-hockey.org"><font color="#FFFFFF">webmaster@lahl-hockey.org</font></a>
</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout647-table-layout-league-results',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: [...tIntro, ...tResults.map(rowText), ...tStand.map(rowText), ...tNotes],
  bylines: ['Posted by Gary D. on 02/28/2026', 'Site last updated 02/28/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'MENU', ...tNav.filter((n) => n !== 'Results'), 'You are visitor #', 'Copyright © 2004-2026 Lakeshore Adult Hockey League. All rights reserved.',
    'webmaster@lahl-hockey.org',
  ],
};

const eTitle = 'U13 and U15 tryouts for the 2026-27 season';
const eHeads = ['Dates and times', 'What to bring', 'How selection works', 'Fees'];
const eIntro = [
  j(
    'Tryouts for next season\u2019s U13 and U15 travel teams will take place over two weekends in May at Brackwater Ice Centre.',
    'Tryouts are open to all players of the right age, whether or not they played for the Hawks this season, and there is no',
    'need to have played travel hockey before.',
  ),
];
const eDates = [
  'U13 (born 2014 and 2015): Saturday 9 May and Sunday 10 May, 8:00 to 9:30 each day',
  'U15 (born 2012 and 2013): Saturday 16 May and Sunday 17 May, 8:00 to 9:45 each day',
  'Goaltenders of both age groups: Sunday 10 May, 10:00 to 11:00, with our goalie coach',
];
const eBring = [
  j(
    'Players need full hockey equipment, including a helmet with a full cage and a neck guard. Please bring two pucks, a water',
    'bottle with the player\u2019s name on it, and one light and one dark jersey. Arrive 45 minutes early to check in at the front',
    'desk and collect a numbered helmet sticker.',
  ),
];
const eSelect = [
  j(
    'Each session is run by our coaching staff with two independent evaluators from outside the club. Players are assessed on',
    'skating, puck skills, hockey sense and attitude, and every player is seen in drills and in small-area games.',
  ),
  j(
    'We aim to select one team of 15 skaters and 2 goaltenders in each age group. Players who are not selected for the travel team',
    'will be offered a place in our house league, where they keep developing and remain eligible for call-ups during the season.',
  ),
  'Decisions will be emailed to families by 22 May. Coaches are happy to give individual feedback after the decisions are out.',
];
const eFees = [
  j(
    'The tryout fee is £25 per player and covers both sessions. It is paid online when you register and is refunded in full if',
    'a player is injured before the first session.',
  ),
];
const eNav = ['Home', 'Teams', 'Learn to Play', 'Tryouts', 'News', 'Shop', 'Contact'];
const eShare = ['Facebook', 'WhatsApp', 'Email'];
const eLi = (t: string): string =>
  `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`;
const eW = (
  id: string,
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eBtn = (
  n: string,
): string => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${n.toLowerCase()}" role="button" tabindex="0"
aria-label="Share on ${n.toLowerCase()}"><span class="elementor-share-btn__icon"><i class="fab fa-${n.toLowerCase()}" aria-hidden="true"></i></span>
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">${n}</span></div></div></div>`;
const eInfo = `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item
elementor-repeater-item-a1" itemprop="author">
<a href="/author/sfairweather/"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="far fa-user-circle"></i></span><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">Sophie Fairweather</span></a></li><li class="elementor-icon-list-item
elementor-repeater-item-a2"
itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>March 3,
2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3"
itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
<span class="elementor-post-info__terms-list"><a href="/category/club-news/"
class="elementor-post-info__terms-list-item">Club News</a></span></span></li></ul>`;
const eBody = `${ps(eIntro)}<h2>${eHeads[0]}</h2><ul>${lis(eDates)}</ul><h2>${eHeads[1]}</h2>${ps(eBring)}
<h2>${eHeads[2]}</h2>${ps(eSelect)}<h2>${eHeads[3]}</h2>${ps(eFees)}<p><a href="https://harboursidehawks.sportlomo.com/tryouts"
class="wp-block-button__link">Register for tryouts</a></p>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Harbourside Hawks Ice Hockey Club</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1722004411" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Sophie Fairweather"},"datePublished":"2026-03-03T18:12:40+00:00","articleSection":["Club News"]}]}</script>
<style id="cmplz-banner-css">.cmplz-cookiebanner{position:fixed;z-index:99999}.cmplz-hidden{display:none!important}</style></head>
<body class="post-template-default single single-post postid-512 single-format-standard wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-6
elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3a4b e-flex e-con-boxed e-con e-parent" data-id="3a4b" data-element_type="container"><div class="e-con-inner">
${eW(
  '5c1d',
  'theme-site-logo',
  '<a href="/"><img width="180" height="60" src="/wp-content/uploads/2024/08/hawks-logo.png" class="attachment-full size-full" alt=""></a>',
)}
${eW(
  '7e2f',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-7e2f" class="elementor-nav-menu">${eNav.map(eLi).join('\n')}</ul></nav><div class="elementor-menu-toggle" role="button"
tabindex="0"
aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-7e2f" class="elementor-nav-menu">${eNav.map(eLi).join('\n')}</ul></nav>`,
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="88"
class="elementor elementor-88 elementor-location-single post-512 post type-post status-publish format-standard
has-post-thumbnail hentry category-club-news"
data-elementor-post-type="elementor_library"><div class="elementor-element elementor-element-1b2c e-flex e-con-boxed e-con e-parent"
data-id="1b2c" data-element_type="container"><div class="e-con-inner">
${eW('2d3e', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('3e4f', 'post-info', eInfo)}
${eW('4f5a', 'theme-post-featured-image', '<img width="1024" height="576" src="/wp-content/uploads/2026/03/tryouts-2025.jpg" alt="" loading="lazy">')}
${eW('5a6b', 'theme-post-content', eBody)}
${eW('6b7c', 'share-buttons', `<div class="elementor-grid">${eShare.map(eBtn).join('\n')}</div>`)}
${eW(
  '7c8d',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/2026/02/hawks-u11-win-spring-jamboree/"
rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i>
<span class="elementor-screen-only">Prev</span></span><span class="elementor-post-navigation__link__prev"><span
class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Hawks U11 win the spring jamboree</span></span></a></div><div class="elementor-post-navigation__separator-wrapper">
<div class="elementor-post-navigation__separator"></div></div><div class="elementor-post-navigation__next elementor-post-navigation__link">
<a href="/2026/03/volunteer-evening/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Volunteer evening on 18 March</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next">
<i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Next</span></span></a></div></div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="20" class="elementor elementor-20 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-9f0a e-flex e-con-boxed e-con e-parent" data-id="9f0a" data-element_type="container"><div class="e-con-inner">
${eW(
  'a0b1',
  'text-editor',
  '<p>Harbourside Hawks Ice Hockey Club is a volunteer-run, not-for-profit club affiliated to the regional ice hockey association.</p>',
)}
${eW('b1c2', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Sponsored by Brackwater Marine Services</h4>')}
${eW(
  'c2d3',
  'text-editor',
  '<p>© 2026 Harbourside Hawks Ice Hockey Club | <a href="/privacy-policy/">Privacy Policy</a> | <a href="/safeguarding/">Safeguarding</a></p>',
)}
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button"
aria-label="Close dialog"></div></div><div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body">
<div class="cmplz-message"
id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2" id="elementor-pro-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"version":"7.1.0"};</script></body></html>`;
const elementor: TestPage = {
  name: 'heldout647-elementor-tryouts',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [...eIntro, ...eDates, ...eBring, ...eSelect, ...eFees],
  bylines: ['Sophie Fairweather', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((n) => !['Teams', 'Tryouts'].includes(n)), 'Menu', 'Club News', 'Register for tryouts', ...eShare, 'Prev', 'Previous',
    'Hawks U11 win the spring jamboree', 'Volunteer evening on 18 March',
    'Harbourside Hawks Ice Hockey Club is a volunteer-run, not-for-profit club affiliated to the regional ice hockey association.',
    'Sponsored by Brackwater Marine Services', '© 2026 Harbourside Hawks Ice Hockey Club | Privacy Policy | Safeguarding', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT647_F: readonly TestPage[] = [tableLayout, elementor];

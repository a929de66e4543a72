import { plain, ps, type TestPage, texts } from './page-kit.js';
import { anchors, j, lis, rowTexts, trs } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file d: a board game café's blog post on Webflow (CMS collection template with related posts and a
 * newsletter form), and a chess club's club-nights page in an old table layout with a left menu column and a hit counter.
 */
const fTitle = 'How we run our Tuesday learn-to-play nights';
const fSummary = 'Small tables, one teacher each, and a strict no-rules-lawyers policy.';
const fParas = [
  j(
    'Every Tuesday from 6pm, half of the café is given over to people who have never played a modern board game. It started as',
    'a one-off in January and has become the busiest night of our week, so we thought it was time to explain how it works.',
  ),
  j(
    'Each table has four seats and one teacher from our staff. The teacher plays the first game with you, explains rules only',
    'when they are needed, and then steps back so that you can play the second game on your own.',
  ),
];
const fH1 = 'What you will play';
const fList = [
  'A short card game to warm up, usually under 20 minutes',
  'A family game with a board, chosen by the table',
  'If there is time, something a step heavier for the brave',
];
const fH2 = 'Why it is cheaper';
const fParas2 = [
  j(
    'The games fee on Tuesdays is £3 instead of £6, and the first drink is on us. We would rather fill the tables with',
    'curious people than leave them empty; plenty of our regulars started at this very night.',
  ),
  'Booking is not needed, but tables fill quickly after 7pm, so arrive early if you are coming as a group of four.',
];
const fNav = ['Games', 'Menu', 'Events', 'Journal', 'Visit'];
const fRelated: [string, string][] = [
  ['Ten games to play with your grandparents', 'Lists'],
  ['Meet the staff: Priya and the spreadsheet of doom', 'People'],
];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Wed Feb 10 2027 11:02:37 GMT+0000 -->
<html data-wf-domain="www.dicehousebristol.com" data-wf-page="6512a1f0c3" data-wf-site="6512a1f0b2" data-wf-collection="6512a1f0d4"
data-wf-item-slug="learn-to-play-nights"><head><meta charset="utf-8"><title>How we run our Tuesday learn-to-play nights | Dice House</title>
<meta content="Small tables, one teacher each, and a strict no-rules-lawyers policy." name="description">
<meta content="How we run our Tuesday learn-to-play nights | Dice House" property="og:title"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/6512a1f0b2/css/dicehouse.webflow.a1b2c3.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How we run our Tuesday learn-to-play nights",
"datePublished":"2027-02-08","author":{"@type":"Person","name":"Lou Penhallow"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/6512a1f0b2/logo.svg" loading="lazy"
alt="Dice House"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${anchors(fNav, 'nav-link w-nav-link')}<a href="/book" class="button nav-button w-button">Book now</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section blog-hero"><div class="container-narrow w-container"><div class="blog-meta-wrap"><a href="/journal-category/how-we-work"
class="category-pill w-inline-block"><div>How we work</div></a><div class="blog-date">February 8, 2027</div></div>
<h1 class="blog-title">${fTitle}</h1><p class="blog-summary">${fSummary}</p><div class="author-wrap"><img src="https://assets-global.website-files.com/lou.jpg"
loading="lazy" alt="" class="author-image"><div class="author-name">Lou Penhallow</div></div></div></div>
<div class="section blog-body"><div class="container-narrow w-container"><img src="https://assets-global.website-files.com/tuesday.jpg" loading="lazy"
alt="A teacher explaining a card game" class="blog-main-image"><div class="rich-text-block w-richtext">
${ps(fParas)}
<h2>${fH1}</h2><ul role="list">${lis(fList)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/table.jpg" loading="lazy"
alt=""></div>
<figcaption>A learn-to-play table on a January Tuesday.</figcaption></figure>
<h2>${fH2}</h2>
${ps(fParas2)}
</div></div></div>
<div class="section related"><div class="container w-container"><h2 class="section-heading">More from the journal</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">${fRelated
  .map(
    ([t, c]) => `<div role="listitem" class="w-dyn-item"><a href="#" class="related-card w-inline-block">
<div class="related-category">${c}</div><h3 class="related-title">${t}</h3><div class="related-more">Read more →</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section newsletter"><div class="container w-container"><h2 class="section-heading">Get the Dice House letter</h2>
<p class="newsletter-text">New games, event dates and the odd discount code. Once a month.</p><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="newsletter-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your email" type="email" id="email" required><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! You are on the list.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Visit us</div>
<p class="footer-text">22 Colston Mews, Bristol BS1 5AB</p><p class="footer-text">Open every day from noon</p></div><div class="footer-col">
<div class="footer-heading">Follow</div>
${anchors(['Instagram', 'Mastodon'], 'footer-link')}</div></div>
<div class="footer-legal">© 2027 Dice House Games Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6512a1f0b2" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6512a1f0b2/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout675-webflow-learn-to-play',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2],
  body: texts([fSummary, ...fParas, ...fList, ...fParas2]),
  bylines: ['February 8, 2027', 'Lou Penhallow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Games'), 'Book now', 'How we work', 'A learn-to-play table on a January Tuesday.', 'More from the journal',
    ...fRelated.flatMap(([t, c]) => [t, c]).filter((t) => t !== 'People'), 'Read more →', 'Get the Dice House letter',
    'New games, event dates and the odd discount code. Once a month.',
    'Visit us', '22 Colston Mews, Bristol BS1 5AB', 'Open every day from noon', 'Follow', 'Instagram', 'Mastodon',
    '© 2027 Dice House Games Ltd. All rights reserved.',
  ],
};

const tTitle = 'Club Nights &amp; Subscriptions';
const tParas = [
  j(
    'The club meets every Wednesday evening from 7.15pm in the upstairs room of the Railway Institute, Station Road. Boards,',
    'sets and clocks are provided. Visitors are always welcome to come along for a game and a cup of tea before deciding to join.',
  ),
  'League matches are played on Mondays and Thursdays. See the fixture list for home and away dates.',
];
const tRows = [
  ['Adult (full)', '£40'],
  ['Concession (over 65, student, unwaged)', '£25'],
  ['Junior (under 18)', '£10'],
];
const tNote = 'Subscriptions are due on 1st September. Please pay the Treasurer, Mr D. Wolstenholme, by cheque or at the club.';
const tMenu = ['Home', 'Club Nights', 'Fixtures', 'Results', 'History', 'Juniors', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Brinscall &amp; District Chess Club - Club Nights</title>
<meta name="keywords" content="chess, club, Brinscall, Lancashire, league"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link rel="stylesheet" type="text/css" href="style.css"><script language="JavaScript" type="text/javascript">
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#003366"><img src="images/banner.gif"
width="760" height="90" alt="Brinscall &amp; District Chess Club"></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6EEF5" class="menu"><table width="100%" border="0" cellpadding="4" cellspacing="0">
${tMenu.map((t) => `<tr><td class="menuitem"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><br><center><font size="1" face="Verdana">You are visitor no.<br><img src="/cgi-bin/counter.pl?page=clubnights" alt="counter"><br>since 2004</font>
</center></td>
<td width="610" valign="top" class="content"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Verdana, Arial" color="#003366">${tTitle}</font></h1>
${ps(tParas, ' class="bodytext"')}
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999" class="bodytext"><tr bgcolor="#E6EEF5"><td><b>Membership</b></td><td><b>Annual Sub</b>
</td></tr>
${trs(tRows)}
</table>
<p class="bodytext">${tNote}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font size="1" face="Verdana" color="#FFFFFF">Page last updated 14th August 2026 |
<a href="mailto:webmaster@brinscallchess.org.uk"><font color="#FFFFFF">webmaster@brinscallchess.org.uk</font></a></font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout675-table-layout-club-nights',
  kind: 'docs',
  html: tHtml,
  title: plain(tTitle),
  headings: [],
  body: texts([...tParas, ...rowTexts(tRows), tNote]),
  bylines: ['Page last updated 14th August 2026'],
  furniture: [...tMenu.filter((t) => t !== 'Club Nights' && t !== 'Home'), 'You are visitor no.', 'since 2004', 'webmaster@brinscallchess.org.uk'],
};

export const HELDOUT675_D: readonly TestPage[] = [webflow, tableLayout];

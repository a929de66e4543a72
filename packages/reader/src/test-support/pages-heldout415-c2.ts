import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 415, file c2: a youth soccer club's registration news post on SportsEngine (NGIN site builder: account nav,
 * site header and top navigation, page layout containers with page elements, the news article element with its author and
 * date, a sharing element, the "Latest News" aggregator and "Upcoming Events" elements in the side column, a sponsor element
 * and the SportsEngine footer).
 */
const sTitle = 'Fall 2027 Registration Is Open for All Age Groups';
const sIntro = [
  `Sign-ups for the Fall 2027 season of the Corran Valley league are now open for players born between 2012 and 2022.
The season runs from Saturday, August 28 to Saturday, November 6, with practices starting the week of August 16.`,
  `Early registration closes on June 30. After that date a late fee applies and places in some age groups may be limited, so we
encourage families to sign up as soon as they know their autumn plans.`,
];
const sProg = [
  `Our recreational programme is open to every player, with no try-outs. Teams are formed by age group and, where possible, by school
so that families can share driving. Players in U6 to U8 play small-sided games on Saturday mornings at Linden Fields; older age groups
play at Linden Fields and the Corran High School turf.`,
  `Our travel teams for U9 to U14 hold evaluations on June 12 and 13. Players must register for the season before attending an evaluation.`,
];
const sFees = [
  'U4 to U6: $95, including shirt, socks and a ball.',
  'U7 to U10: $140, including full kit.',
  'U11 to U19: $165, including full kit.',
  'Late fee after June 30: $30 per player.',
  'Sibling discount: $15 off each additional player in the same household.',
];
const sVol = [
  `Every team needs a volunteer head coach and an assistant. The league provides a free coaching course, a bag of equipment and a
session plan for each week. The children of coaches receive a full refund of their registration fee.`,
  `We also need referees. Anyone aged 13 or over can take the entry-level referee course in July, and young referees are paid for each
game they officiate.`,
];
const sQuote = `“We want every child in the valley to have a team to play for,” said league registrar Pilar Odenkirk. “If the fee is a
barrier, please get in touch. Nobody is turned away.”`;
const sHelp = [
  `Financial aid is available through the league's Kickstart fund; the request form is part of the online registration. For help with
the registration site, email the registrar or call the league office on weekday evenings.`,
];
const sNav = ['Home', 'Registration', 'Recreational', 'Travel', 'Coaches', 'Referees', 'Field Status', 'Contact'];
const sNews = ['Field closures for spring maintenance', 'Coaching course dates announced', 'Spring picture day schedule'];
const sEvents = ['Jun 12 · Travel evaluations U9–U11', 'Jun 13 · Travel evaluations U12–U14', 'Jul 10 · Entry-level referee course'];
const sFoot = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Site Map'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fall 2027 Registration Is Open for All Age Groups | Corran Valley Youth Soccer League</title>
<meta name="description" content="Registration for the Fall 2027 season is now open."><meta property="og:type" content="article">
<meta property="og:site_name" content="Corran Valley Youth Soccer League"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://app-assets1.sportngin.example/app_images/../assets/sites/site-f1a2.css" media="screen">
<script>window.NGIN = window.NGIN || {}; NGIN.site = {id: 40211, name: "Corran Valley Youth Soccer League"}; NGIN.page = {id: 7112004};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fall 2027 Registration Is Open for All Age Groups",
"datePublished":"2027-04-02T09:00:00-04:00","author":{"@type":"Person","name":"Pilar Odenkirk"}}</script></head>
<body id="body" class="publicSite page userLoggedOut"><div id="siteContainer" class="container-fluid">
<div id="accountNav" class="user_mode"><ul><li><a href="https://user.sportngin.example/users/sign_in" class="button-tiny">Sign In</a></li>
<li><a href="https://user.sportngin.example/users/sign_up" class="button-tiny">Create an Account</a></li></ul></div>
<div id="siteHeader"><div id="sn-site-logo"><a href="/" title="Corran Valley Youth Soccer League"><div class="sn-site-logo-background"></div></a></div>
<div class="sn-site-name">Corran Valley Youth Soccer League</div></div>
<nav id="topNav" class="zeroPadding"><ul class="theme-nav-style-dropdown">${links(sNav, 'theme-nav-item lowerDropdown')}</ul></nav>
<div id="pageContentContainer"><div id="panelTwo" class="layoutContainer layout_50_25_25"><div class="column column1">
<div class="pageElement newsItemElement"><div class="newsItemHeader"><h1>${sTitle}</h1></div>
<div class="newsPreviewThumb"><img src="https://cdn1.sportngin.example/attachments/news_article/8112/0330/fall-kickoff_large.jpg" alt="">
<p class="newsCaption">Players at last year's season kick-off day at Linden Fields.</p></div>
<div class="newsMeta"><div class="newsAuthor"><span>By Pilar Odenkirk</span></div><div class="newsDate"><span>04/02/2027, 9:00am EDT</span></div></div>
<div class="newsText">
${ps(sIntro)}
<h3>Recreational and travel programmes</h3>
${ps(sProg)}
<h3>Fees</h3>
<ul>
${sFees.map((f) => `<li>${f}</li>`).join('\n')}
</ul>
<h3>Coaches and referees needed</h3>
${ps(sVol)}
<blockquote><p>${sQuote}</p></blockquote>
${ps(sHelp)}
<p><a class="button-large" href="/register/form/118820455">Register Now</a></p>
</div></div>
<div class="pageElement sharingElement"><h3 class="sharingTitle">Share</h3><ul class="sharing-links"><li><a class="icon-facebook" href="#">Facebook</a></li>
<li><a class="icon-twitter" href="#">X</a></li><li><a class="icon-email" href="#">Email</a></li><li><a class="icon-print" href="#">Print</a></li></ul></div>
</div><div class="column column2"><div class="pageElement aggregatorElement newsAggregatorElement"><div class="elementTitle"><h3>Latest News</h3></div>
<ul class="newsAggregator">${links(sNews, 'aggregated')}</ul><a class="moreLink" href="/news">More News</a></div></div>
<div class="column column3"><div class="pageElement eventAggregatorElement"><div class="elementTitle"><h3>Upcoming Events</h3></div>
<ul class="eventAggregator">${links(sEvents, 'vevent')}</ul></div><div class="pageElement sponsorElement"><div class="elementTitle"><h3>Our Sponsors</h3></div>
<p class="sponsorName">Valley Hardware &amp; Garden</p><p class="sponsorName">Corran Family Dental</p></div></div></div></div>
<div id="siteFooter"><ul>${links(sFoot)}</ul><p>Corran Valley Youth Soccer League · PO Box 318 · Corran, VT 05402</p></div>
<div id="poweredByNGIN"><a href="https://www.sportsengine.example">Powered by SportsEngine</a><p>© 2027 SportsEngine, Inc. All rights reserved.</p></div>
</div><script src="https://app-assets1.sportngin.example/app_images/../assets/ngin.bundle.js"></script></body></html>`;
export const sportsEngine: TestPage = {
  name: 'heldout415-sportsengine-registration-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['Recreational and travel programmes', 'Fees', 'Coaches and referees needed'],
  body: texts([...sIntro, ...sProg, ...sFees, ...sVol, sQuote, ...sHelp]),
  bylines: ['By Pilar Odenkirk', '04/02/2027, 9:00am EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Create an Account', 'Corran Valley Youth Soccer League', ...sNav, "Players at last year's season kick-off day at Linden Fields.",
    'Register Now', 'Share', 'Facebook', 'Email', 'Print', 'Latest News', ...sNews, 'More News', 'Upcoming Events', ...sEvents, 'Our Sponsors',
    'Valley Hardware & Garden', 'Corran Family Dental', ...sFoot, 'Corran Valley Youth Soccer League · PO Box 318 · Corran, VT 05402',
    'Powered by SportsEngine', '© 2027 SportsEngine, Inc. All rights reserved.',
  ],
};

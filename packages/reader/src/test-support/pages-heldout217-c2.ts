import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file c2: a state bar association's news item on a Drupal site (utility bar with "Member Login",
 * "Join", "Renew" and "Find a Lawyer", the main menu, breadcrumb, the "Bar News" label, h1, date, the "Share this" links,
 * a lead image with caption and credit, the media contact block at the end of the text, the "Related News" rail, the
 * "Quick Links" sidebar, the CLE promo, the e-newsletter form and the footer with the address).
 */
const title = 'Bar Foundation Awards $2.4 Million in Grants to Expand Rural Legal Aid';
const p1 = [
  'HARTWELL — The Westmore State Bar Foundation on Thursday announced $2.4 million in grants to 19 organizations that provide free ' +
    'civil legal help, with more than half of the money going to programs that serve counties with fewer than five practicing ' +
    'lawyers per 10,000 residents.',
  'The grants, the largest annual round in the Foundation’s history, are funded by interest on lawyers’ trust accounts and by ' +
    'member donations. They will support an estimated 11,000 cases over the next year, from eviction defense to protective orders ' +
    'and veterans’ benefits claims.',
  '“In too much of this state, the nearest legal aid office is a two-hour drive away,” said Foundation President Marguerite Osei. ' +
    '“These grants put lawyers where people actually live.”',
];
const h1 = 'Where the money goes';
const p2 = ['Among the largest awards this year:'];
const list = [
  'Prairie Legal Services, $410,000, to open staffed offices in Coldwater and Ruston counties;',
  'Westmore Veterans Law Project, $265,000, for a mobile clinic that will visit VA medical centers monthly;',
  'Eastside Tenant Defense Network, $220,000, for right-to-counsel pilots in three eviction courts; and',
  'Harbor Family Justice Center, $180,000, for protective order advocacy in the southern judicial district.',
];
const h2 = 'Volunteer lawyers needed';
const p3 = [
  'Foundation staff said the grants will only go so far without help from private practitioners. The Bar’s Pro Bono Committee is ' +
    'recruiting volunteers for a new remote advice program that matches lawyers anywhere in the state with rural clients by video.',
  'Members can earn up to six hours of CLE credit per year through qualifying pro bono service under Rule 6.1. Interested ' +
    'lawyers can sign up through the member portal or by contacting the Pro Bono Committee.',
  'The Bar’s Board of Governors also voted in February to ask the Legislature for a one-time appropriation of $1.5 million to ' +
    'match the Foundation’s rural grants, a request that will be heard by the Senate Judiciary Committee later this month.',
  'The Foundation will open its next grant cycle in September. Applications from organizations that have not previously received ' + 'funding are encouraged.',
];
const contact = ['Media contact: Dana Whitcombe, Director of Communications, 555-0142, dwhitcombe@westmorebar.example'];
const caption = 'Foundation President Marguerite Osei announces the 2025 grants at the Bar Center in Hartwell.';
const credit = 'Photo: Westmore State Bar';
const util = ['Member Login', 'Join', 'Renew', 'Find a Lawyer', 'Contact'];
const nav = ['About', 'Membership', 'CLE & Events', 'Sections & Committees', 'Public Resources', 'News & Publications'];
const crumbs = ['Home', 'News & Publications', 'Bar News'];
const share = ['Share this', 'Facebook', 'LinkedIn', 'Email'];
const related = [
  'Supreme Court Adopts Amendments to Rules of Professional Conduct',
  'Annual Meeting Registration Now Open',
  'Lawyer Assistance Program Adds Evening Support Groups',
];
const relatedDates = ['February 20, 2025', 'February 11, 2025', 'January 29, 2025'];
const quick = ['Quick Links', 'Pay Dues', 'MCLE Compliance', 'Ethics Opinions', 'Lawyer Directory', 'Job Board'];
const cle = ['Upcoming CLE', 'Ethics in the Age of AI — March 27, 12:00 p.m. (1.0 ethics credit)', 'Register Now'];
const nl = ['Get Bar News in your inbox', 'Email address', 'Subscribe'];
const foot = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Careers', 'Site Map'];
const address = 'Westmore State Bar · 200 Capitol Mall, Suite 400 · Hartwell, WS 59001 · 555-0100';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${title} | Westmore State Bar</title><meta name="description" content="${p1[0]!.slice(12, 160)}">
<link rel="canonical" href="https://www.westmorebar.example/news/bar-foundation-awards-24-million-grants"><meta property="og:title" content="${title}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm4p1.css"><script src="/sites/default/files/js/js_Xa9b2.js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-WSB"></script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="utility-bar"><ul class="menu menu--utility">${links(util, 'menu-item')}</ul></div>
<header role="banner" class="site-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/wsb/logo.svg" alt="Westmore State Bar"></a>
<nav role="navigation" aria-labelledby="block-wsb-main-menu-menu" id="block-wsb-main-menu"><ul class="menu menu--main">${links(nav, 'menu-item')}</ul></nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>${links(crumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" about="/news/bar-foundation-awards-24-million-grants" class="node node--type-news node--view-mode-full">
<div class="field field--name-field-news-type field--type-entity-reference">Bar News</div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${title}</span></h1>
<div class="node__meta"><span class="field field--name-field-date"><time datetime="2025-03-06T12:00:00Z">March 6, 2025</time></span></div>
<div class="share-links"><span>${share[0]}</span><ul>${links(share.slice(1))}</ul></div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/2025-03/grants.jpg" alt="Marguerite Osei at a podium">
<figcaption>${caption} <span class="credit">${credit}</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h1}</h2>
${p2.map((t) => `<p>${t}</p>`).join('\n')}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${h2}</h2>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<p><strong>${contact[0]}</strong></p>
</div></article>
<section class="related-news"><h2>Related News</h2><ul>
${related.map((t, i) => `<li><a href="/news/${i}">${t}</a> <time>${relatedDates[i]}</time></li>`).join('\n')}</ul></section></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-quick-links"><h2>${quick[0]}</h2><ul>${links(quick.slice(1))}</ul></div>
<div class="block block-cle-promo"><h2>${cle[0]}</h2><p>${cle[1]}</p><a class="button" href="/cle/register">${cle[2]}</a></div>
<div class="block block-newsletter"><h2>${nl[0]}</h2><form><label for="edit-mail">${nl[1]}</label><input id="edit-mail" type="email">
<input type="submit" value="Subscribe" class="button"><span class="visually-hidden">${nl[2]}</span></form></div></aside></main>
<footer role="contentinfo" class="site-footer"><p class="site-footer__address">${address}</p><ul class="menu menu--footer">${links(foot)}</ul>
<p>© 2025 Westmore State Bar. All rights reserved.</p></footer></div></body></html>`;

export const barNews: TestPage = {
  html,
  name: 'heldout217-bar-association-news',
  kind: 'news',
  // the dateline "HARTWELL —" opens the first paragraph and stays in it; the media contact line closing the text is in
  // neither list (as a press release's contact block)
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...list, ...p3]),
  bylines: ['March 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...util, ...nav, 'Home', 'Bar News', ...share, caption, credit, 'Related News', ...related, ...relatedDates, ...quick,
    ...cle, nl[0]!, nl[1]!, ...foot, address, '© 2025 Westmore State Bar. All rights reserved.',
  ],
};

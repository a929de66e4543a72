import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 194, file e2: a Lapham's Quarterly Roundtable essay (the Drupal theme: the menu with "Subscribe" and "Donate",
 * the search form, the "Roundtable" section label, title, author and weekday date, Drupal body field with a quoted source in a
 * blockquote and an image with its museum caption, the author bio field, the "From the issue" box, the issue promo, the
 * "Most Popular" sidebar, the newsletter block and the footer).
 */
const lqTitle = 'A Short History of the Waiting Room';
const lqP1 = [
  `The first rooms built for the purpose of waiting were not in hospitals or railway stations but in the houses of the powerful.
In the palaces of early modern Europe, the antechamber was where petitioners sat, sometimes for days, until they were called.
Its furnishings were carefully judged. A bench said one thing about the visitor’s prospects; a cushioned chair said another.`,
  `The antechamber made waiting visible as a relation of power. The one who waits is the one who needs something. The one who is
waited for can decide when the waiting ends. A seventeenth-century courtier, Giacomo Landi, left a sour account of his own
experience in the anteroom of a cardinal in Rome:`,
];
const lqQuote = [
  `I have counted the tiles of this floor so many times that I could lay them again from memory. The servants pass me as if I
were a chair. Yesterday a man who arrived after me was admitted before noon, and I understood that my patience was itself the
price of my suit, and that it had not yet been paid in full.`,
];
const lqP2 = [
  `The railway age democratized waiting and, in a sense, made it impersonal. The station waiting room, which spread across Europe
and North America from the 1840s, was designed not for supplicants but for the public, sorted by class of ticket rather than
by rank. The wait was set by the timetable, not by any individual’s whim. Stations advertised their waiting rooms as amenities,
with fires, gas lighting and, in larger cities, separate rooms for ladies.`,
  `Medical waiting rooms came later and borrowed from both traditions. Like the station, they were public and orderly; like the
antechamber, they placed the patient in a posture of need before someone whose time was more valuable. The magazines on the
table, the potted plant, the clock on the wall: all of these were, and are, attempts to make that asymmetry bearable.`,
  `Today many waiting rooms are disappearing, replaced by queues that exist only in software. We wait on hold, in a virtual lobby,
on a screen that tells us we are number fourteen. The wait has not gone away, but it has lost its room. Whether that is a
liberation or a new kind of antechamber, with no floor tiles to count, is a question worth sitting with, while we wait.`,
];
const lqCaption = 'The Antechamber, by Pieter van Hoorn, c. 1660. Rijksmuseum Hollandia.';
const lqBio = `Margit Osterhaus is a historian of architecture and the author of Rooms for Strangers: Hospitality and Power in Early
Modern Europe. She teaches at the University of Halden.`;
const lqNav = ['Current Issue', 'Archive', 'Roundtable', 'Podcast', 'Events', 'Shop', 'Subscribe', 'Donate'];
const lqIssue = ['From the issue', 'Time', 'Volume XVI, Number 4 | Fall 2025', 'Buy the issue'];
const lqPop = ['Most Popular', 'The Invention of the Weekend', 'How the Romans Slept', 'A Brief History of Queues', 'The Lost Art of the Calling Card'];
const lqNews = ['Sign up for our newsletter', 'History’s best stories, in your inbox every week.', 'Email address', 'Sign Up'];
const lqFoot = ['About', 'Masthead', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Use', '© 2025 Lapham’s Quarterly. All rights reserved.'];
const lqHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>A Short History of the Waiting Room | Lapham’s Quarterly</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:title" content="${lqTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Lapham’s Quarterly">
<link rel="canonical" href="https://www.laphamsquarterly.org/roundtable/short-history-waiting-room">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq2k0bW8m1u.css?delta=0&language=en&theme=lq&include=eJxlj0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/44180"},
"ajaxPageState":{"theme":"lq"}}</script>
</head><body class="path-node page-node-type-roundtable">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-lq-branding" class="block block-system-branding-block">
<a href="/" rel="home"><img src="/themes/custom/lq/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-lq-main-menu-menu" id="block-lq-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-lq-main-menu-menu">Main navigation</h2><ul class="menu">${links(lqNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get"><label for="edit-keys"
class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search"></form></div></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article data-history-node-id="44180" role="article" class="node node--type-roundtable node--view-mode-full">
<div class="field field--name-field-section field--type-entity-reference field--label-hidden field__item"><a href="/roundtable">Roundtable</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${lqTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-author field--type-entity-reference field--label-hidden field__item">
<a href="/contributors/osterhaus">Margit Osterhaus</a></div><div class="field field--name-field-date field--type-datetime field--label-hidden field__item">
<time datetime="2025-10-08T12:00:00Z">Wednesday, October 8, 2025</time></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(lqP1)}
<blockquote>${ps(lqQuote)}</blockquote>
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/images/antechamber.jpg" alt="" loading="lazy">
<figcaption>${lqCaption}</figcaption></figure>
${ps(lqP2)}
</div>
<div class="field field--name-field-bio field--type-text-long field--label-hidden field__item"><p>${lqBio}</p></div>
<div class="issue-box"><h3>${lqIssue[0]}</h3><a href="/time"><img src="/sites/default/files/covers/time.jpg"
alt=""><span class="issue-box__title">${lqIssue[1]}</span></a>
<p class="issue-box__volume">${lqIssue[2]}</p><a class="button" href="/shop/time">${lqIssue[3]}</a></div></article></div>
<aside class="layout-sidebar-first" role="complementary"><div class="block block-views most-popular"><h2>${lqPop[0]}</h2><ol>${lqPop
  .slice(1)
  .map((t) => `<li class="views-row"><a href="#">${t}</a></li>`)
  .join('')}</ol></div>
<div class="block block-newsletter"><h2>${lqNews[0]}</h2><p>${lqNews[1]}</p><form><label for="nl" class="visually-hidden">${lqNews[2]}</label>
<input id="nl" type="email" placeholder="Email address"><input type="submit" value="Sign Up"
class="button"><span class="visually-hidden">${lqNews[3]}</span></form></div></aside></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(lqFoot.slice(0, 6), 'menu-item')}</ul><p>${lqFoot[6]}</p></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
export const laphamsEssay: TestPage = {
  html: lqHtml,
  name: 'heldout194-laphams-quarterly-essay',
  kind: 'blog',
  // the quoted source in the blockquote is body; author and date are bylines; the section label, caption, bio, issue box,
  // "Most Popular" list, newsletter, search, menu and footer are furniture
  title: lqTitle,
  headings: [],
  body: texts([...lqP1, ...lqQuote, ...lqP2]),
  bylines: ['Margit Osterhaus', 'Wednesday, October 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...lqNav, 'Search', lqCaption, texts([lqBio])[0] as string, ...lqIssue, ...lqPop, ...lqNews, ...lqFoot,
  ],
};

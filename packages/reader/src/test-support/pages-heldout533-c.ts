import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout533-kit.js';

/**
 * Held-out batch 533, file c: a data-centre migration notice on a hosting company's Ghost blog (Casper theme) with a callout
 * card, a captioned image, a member signup box and read-more cards, and a WHMCS knowledgebase article (Six template) whose
 * page h1 is "Knowledgebase" and whose article title is an h2.
 */
const gTitle = 'We are moving our Amsterdam servers to a new data centre';
const gDek = 'All shared and VPS customers in Amsterdam move to our new site in Almere between 9 and 23 November. Most of you need to do nothing.';
const gBody = [
  j(
    'Our Amsterdam racks have lived in the same building since 2014. The lease ends in January, and the new hall in Almere gives us',
    'room to grow, two separate power feeds and a cooling system that uses about a third less energy.',
  ),
  'What changes for you',
  j(
    'Every server keeps its IP addresses, because we are taking our address blocks with us. Your websites, mailboxes and DNS',
    'records stay exactly as they are.',
  ),
  'Each server will be offline for up to 40 minutes while it is driven to Almere and racked again.',
  "You will get an email with your server's slot at least seven days before it moves.",
  'Slots are between 01:00 and 05:00 CET, when traffic is lowest.',
  'When you need to act',
  j(
    'If you run a VPS with a firewall that only allows our old monitoring range, add <code>185.44.12.0/24</code> before your slot.',
    'Customers with colocated hardware will hear from their account manager separately.',
  ),
  j(
    'If the date we give you clashes with a launch or a sale, reply to the email and we will move your slot. We have kept the last',
    'weekend free for exactly that.',
  ),
  'Thank you for your patience while we make the move. We will post an update here when the last server is running in Almere.',
];
const gList = gBody.slice(3, 6);
const gCallout = 'Customers on the Amsterdam dedicated range (AMS-D) are not part of this move and will be contacted in 2027.';
const gCaption = 'The new hall in Almere before the first racks arrived.';
const gNav = ['Home', 'Announcements', 'Engineering', 'Status', 'Hosting'];
const gMore = [
  ['PHP 8.4 is now available on every plan', 'You can switch versions per site from the control panel.', 'Oct 21, 2026', '2 min read'],
  ['Why we moved our backups to object storage', 'Faster restores and a copy in a second country.', 'Sep 30, 2026', '6 min read'],
  ['A new control panel dashboard', 'Everything you use most, on one screen.', 'Sep 2, 2026', '3 min read'],
];
const gFoot = ['Sign up', 'Hosting plans', 'Status page', 'Contact'];
const gCard = ([t, s, d, r]: readonly string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${t}/">
<img class="post-card-image" sizes="(max-width: 1000px) 400px, 800px" src="/content/images/size/w600/2026/10/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/post/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Announcements</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${s}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-21">${d}</time><span
class="post-card-meta-length">${r}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d2c41a0e7">
<link rel="canonical" href="https://blog.hollowayhost.nl/amsterdam-move/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Holloway Host Blog"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-10-28T09:00:00.000Z"><meta property="article:tag" content="Announcements">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Holloway Host Blog"},
"author":{"@type":"Person","name":"Sanne Oudendijk"},"headline":"${gTitle}","datePublished":"2026-10-28T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.101"><link rel="alternate" type="application/rss+xml" title="Holloway Host Blog"
href="https://blog.hollowayhost.nl/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.hollowayhost.nl/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style>
<style>:root {--ghost-accent-color: #0f6b5c;}</style></head>
<body class="post-template tag-announcements is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.hollowayhost.nl">
<img src="/content/images/2026/01/holloway-logo.png" alt="Holloway Host Blog"></a><button class="gh-search gh-icon-btn"
aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((n) => `<li class="nav-${n.toLowerCase()}"><a href="/${n.toLowerCase()}/">${n}</a></li>`)
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-announcements">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/announcements/">Announcements</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sanne/" class="author-avatar" aria-label="Read more of Sanne Oudendijk"><img class="author-profile-image"
src="/content/images/2026/02/sanne.jpg"
alt="Sanne Oudendijk"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sanne/">Sanne Oudendijk</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-28">Oct 28, 2026</time><span class="byline-reading-time">
<span class="bull">•</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/almere.jpg 300w, /content/images/size/w600/2026/10/almere.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/10/almere.jpg"
alt="${gTitle}"><figcaption>${gCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([at(gBody, 0)])}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-changes-for-you">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}<ul>${lis(gList)}</ul>
<h2 id="when-you-need-to-act">${at(gBody, 6)}</h2>${ps(gBody.slice(7))}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.hollowayhost.nl">Holloway Host Blog</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8d2c41a0e7"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout533-ghost-dc-move',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 1), at(gBody, 6)],
  body: texts([gDek, at(gBody, 0), gCallout, ...gBody.filter((_, i) => i !== 0 && i !== 1 && i !== 6)]),
  bylines: ['Sanne Oudendijk', 'Oct 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Subscribe', '3 min read', gCaption, 'Sign up for more like this.', 'Enter your email',
    ...gMore.flatMap((m) => ['Announcements', ...m]), 'Holloway Host Blog © 2026', ...gFoot, 'Powered by Ghost',
  ],
};

const wTitle = 'How to create a MySQL database and user in cPanel';
const wBody = [
  j(
    'Most web applications, including WordPress and Joomla, store their content in a MySQL database. You can create the database and',
    'a user for it in a couple of minutes with the MySQL Database Wizard.',
  ),
  'Using the MySQL Database Wizard',
  'Log in to cPanel and click <strong>MySQL Database Wizard</strong> in the Databases section.',
  'Type a name for the database and click <strong>Next Step</strong>. cPanel adds your account prefix, for example <code>acme_</code>.',
  'Enter a username and a strong password, then click <strong>Create User</strong>.',
  'Tick <strong>ALL PRIVILEGES</strong> and click <strong>Next Step</strong> to finish.',
  'Connecting your application',
  j(
    'Use <code>localhost</code> as the database host. The full database name and username both include the prefix, so a database',
    'called <em>shop</em> on the account <em>acme</em> is <code>acme_shop</code>.',
  ),
  j(
    'If you need to reach the database from your own computer, add your IP address under <strong>Remote MySQL</strong> first. Please',
    'note that remote connections are not available on the Starter plan.',
  ),
];
const wSteps = wBody.slice(2, 6);
const wTop = ['English', 'View Cart', 'Login'];
const wNav = ['Home', 'Store', 'Announcements', 'Knowledgebase', 'Network Status', 'Affiliates', 'Contact Us', 'Account'];
const wCrumbs = ['Portal Home', 'Knowledgebase', 'cPanel'];
const wCats = [
  ['cPanel', '24'],
  ['Domains', '11'],
  ['Email', '17'],
  ['Billing', '9'],
  ['VPS', '6'],
];
const wAlso = [
  ['How to reset a MySQL user password', 'Open MySQL Databases in cPanel and scroll to Current Users...'],
  ['Importing a database with phpMyAdmin', 'Large imports over 256 MB should be sent to support...'],
];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>${wTitle} - Knowledgebase - Bramblecloud Hosting</title>
<link href="/templates/six/css/all.min.css?v=8f3a21" rel="stylesheet"><link href="/assets/css/fontawesome-all.min.css" rel="stylesheet">
<link href="/templates/six/css/custom.css" rel="stylesheet">
<script type="text/javascript">var csrfToken = 'a1d9e0b37c5f', markdownGuide = 'Markdown Guide', locale = 'en', saved = 'saved', saving = 'autosaving',
whmcsBaseUrl = "", requiredText = 'Required', recaptchaSiteKey = "";</script>
<script src="/templates/six/js/scripts.min.js?v=8f3a21"></script></head>
<body data-phone-cc-input="1"><section id="header"><div class="container">
<ul class="top-nav"><li><a href="#" class="choose-language" data-toggle="popover" id="languageChooser">${at(wTop, 0)}</a>
<div id="languageChooserContent" class="hidden"><ul><li><a href="/knowledgebase/41?language=dutch">Nederlands</a></li>
<li><a href="/knowledgebase/41?language=german">Deutsch</a></li></ul></div></li>
<li><a href="/cart.php?a=view" class="btn"><i class="fas fa-shopping-cart"></i> ${at(wTop, 1)}</a></li>
<li><a href="/clientarea.php" class="btn">${at(wTop, 2)}</a></li></ul>
<a href="/index.php" class="logo"><img src="/assets/img/logo.png" alt="Bramblecloud Hosting"></a></div></section>
<section id="main-menu"><nav id="nav" class="navbar navbar-default navbar-main" role="navigation"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#primary-nav"><span
class="sr-only">Toggle navigation</span>
<span class="icon-bar"></span></button></div><div class="collapse navbar-collapse" id="primary-nav"><ul class="nav navbar-nav">
${links(wNav.slice(0, 7), 'menu-item')}</ul><ul class="nav navbar-nav navbar-right"><li menuItemName="Account" class="dropdown" id="Secondary_Navbar-Account">
<a class="dropdown-toggle" data-toggle="dropdown" href="#">${at(wNav, 7)}&nbsp;<b class="caret"></b></a><ul class="dropdown-menu">
<li><a href="/clientarea.php">Login</a></li><li><a href="/register.php">Register</a></li><li><a href="/pwreset.php">Forgot Password?</a></li></ul></li></ul>
</div></div></nav></section>
<section id="main-body"><div class="container"><div class="row">
<div class="pull-md-right col-md-9"><div class="header-lined"><h1>Knowledgebase</h1><ol class="breadcrumb">
${wCrumbs.map((c) => `<li><a href="/knowledgebase.php">${c}</a></li>`).join('\n')}<li class="active">${wTitle}</li></ol></div></div>
<div class="col-md-3 pull-md-left sidebar"><div menuItemName="Support Knowledgebase Categories" class="panel panel-sidebar panel-sidebar">
<div class="panel-heading"><h3 class="panel-title"><i class="fas fa-info"></i>&nbsp;Categories<i
class="fas fa-chevron-up panel-minimise pull-right"></i></h3></div>
<div class="list-group">${wCats
  .map(
    ([c, n]) => `<a menuItemName="Support Knowledgebase Category ${n}" href="/knowledgebase/${n}" class="list-group-item">
<span class="badge">${n}</span><div class="truncate">${c}</div></a>`,
  )
  .join('\n')}</div></div></div>
<div class="col-md-9 pull-md-right main-content"><div class="kb-article-title"><a href="#" class="btn btn-link btn-print" onclick="window.print();return false">
<i class="fas fa-print"></i></a><h2>${wTitle}</h2></div>
<ul class="kb-article-details"><li><i class="fas fa-tag"></i> mysql, database, cpanel</li><li><i class="fas fa-star"></i> 63 Users Found This Useful</li></ul>
<div class="clearfix"></div><div class="kb-article-content">${ps([at(wBody, 0)])}
<h3>${at(wBody, 1)}</h3><ol>${lis(wSteps)}</ol><h3>${at(wBody, 6)}</h3>${ps(wBody.slice(7))}</div>
<ul class="kb-article-details"><li>Was this answer helpful?</li><li><form action="/knowledgebase/41/How-to-create-a-MySQL-database.html?useful=vote"
method="post">
<input type="hidden" name="token" value="a1d9e0b37c5f"><input type="hidden" name="vote" value="yes">
<button type="submit" name="vote" value="yes" class="btn btn-link"><i class="far fa-thumbs-up"></i> Yes</button>
<button type="submit" name="vote" value="no" class="btn btn-link"><i class="far fa-thumbs-down"></i> No</button></form></li></ul>
<div class="kb-also-read"><h3>Related Articles</h3><div class="kbarticles">${wAlso
  .map(([t, s]) => `<div><a href="/knowledgebase/44"><i class="glyphicon glyphicon-file"></i> ${t}</a><p>${s}</p></div>`)
  .join('\n')}</div></div></div></div></div></section>
<section id="footer"><div class="container"><a href="#" class="back-to-top"><i class="fas fa-chevron-up"></i></a>
<p>Copyright © 2026 Bramblecloud Hosting Ltd. All Rights Reserved.</p></div></section>
<div class="modal system-modal fade" id="modalAjax" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div
class="modal-content panel-primary">
<div class="modal-header panel-heading"><button type="button" class="close" data-dismiss="modal"><span aria-hidden="true">&times;</span><span
class="sr-only">Close</span>
</button><h4 class="modal-title"></h4></div><div class="modal-body panel-body">Loading...</div></div></div></div></body></html>`;
const whmcs: TestPage = {
  name: 'heldout533-whmcs-mysql-kb',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 6)],
  body: texts(wBody.filter((_, i) => i !== 1 && i !== 6)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wTop, 'Nederlands', 'Deutsch', 'Toggle navigation', ...wNav, 'Register', 'Forgot Password?', 'Knowledgebase', ...wCrumbs, 'Categories',
    ...wCats.flatMap(([c, n]) => [`${n} ${c}`]), 'mysql, database, cpanel',
    '63 Users Found This Useful', 'Was this answer helpful?', 'Yes', 'No', 'Related Articles', ...wAlso.flat(),
    'Copyright © 2026 Bramblecloud Hosting Ltd. All Rights Reserved.',
  ],
};

export const HELDOUT533_C: readonly TestPage[] = [ghost, whmcs].map(finish);

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout448-kit.js';

/**
 * Held-out batch 448, file b: a printer support page on Drupal 10 (Olivero theme: header menu, breadcrumb, a downloads table
 * as a Views block, a "Was this page helpful?" webform, sidebar blocks, footer) and a GPU driver release post on WordPress
 * (a news theme with a byline, reading time, share bar, a figure with caption, an inline "Read more" promo, tags, comments).
 */
const dTitle = 'Corvane LX-420 colour laser printer: drivers and software';
const dIntro = [
  j(
    'Here you find every driver and utility for the LX-420 and LX-420dw. The printer supports driverless printing on current systems,',
    'so most home users only need the full driver package if they want to use the scanner or change the tray settings.',
  ),
  'Select the file for your system in the table. Each file is signed by Corvane and can be checked against the SHA-256 value shown on its detail page.',
];
const dHead = ['File', 'System', 'Version', 'Date', 'Size'];
const dRows = [
  ['Full driver and software package', 'Windows 11, 10 (64-bit)', '4.11.0', '2026-01-19', '212 MB'],
  ['Printer driver only (PCL 6)', 'Windows 11, 10 (64-bit)', '4.11.0', '2026-01-19', '34 MB'],
  ['Scan utility', 'macOS 12 and later', '2.7.3', '2025-11-04', '58 MB'],
  ['Printer driver (PPD and filter)', 'Linux (deb and rpm)', '1.9.0', '2025-10-22', '6 MB'],
  ['Firmware updater', 'Windows and macOS', 'F2.30', '2026-02-02', '41 MB'],
];
const dNotes = [
  'Version 4.11.0 adds the long-edge duplex option to the driver for custom paper sizes.',
  'Firmware F2.30 fixes paper jams reported with 220 g/m² card in the manual feed slot.',
  'The scan utility 2.7.3 restores scanning to network folders that use SMB 3.',
];
const dWireless = [
  j(
    'To set up printing over Wi-Fi, start the full package installer and choose Wireless when asked how the printer is connected. Keep',
    'the printer within reach of the router during setup; you can move it once it has joined the network.',
  ),
  j(
    'If the installer does not find the printer, print a network configuration page by holding the Info button for five seconds, and',
    'enter the IP address shown on it by hand.',
  ),
  j(
    'A printer bought from an office supplier may ship with a locked admin page. The default password is printed on the label inside the',
    'front cover; change it after setup, because anyone on the same network could otherwise alter the printer settings.',
  ),
];
const dNav = ['Printers', 'Scanners', 'Supplies', 'Support', 'Business'];
const dCrumbs = ['Home', 'Support', 'Printers', 'LX-420'];
const dSide = ['LX-420 user manual (PDF)', 'Toner and drum compatibility', 'Register for the extended warranty'];
const dFoot = ['Contact', 'Recycling programme', 'Accessibility', 'Legal notice', 'Privacy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://support.corvane.example/printers/lx-420/drivers">
<title>${dTitle} | Corvane Support</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t9k2p1"><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_x1.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2231","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/webform\\/helpful":true}}</script>
</head>
<body class="path-node page-node-type-support-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-header__inner__container container"><div id="block-olivero-site-branding" class="site-branding">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Corvane Support</a></div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu"
aria-controls="header-nav"><span class="mobile-nav-button__label">Menu</span>
</button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav">
<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="2231" class="node node--type-support-page
node--view-mode-full">
<div class="node__meta"><span class="node__author">Corvane Support Team</span><span class="node__date">Updated 2 February 2026</span></div>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>Downloads</h2>
<table class="views-table views-view-table cols-5"><caption>Files for the LX-420 series</caption><thead>
${rows([dHead], 'th')}</thead><tbody>
${rows(dRows)}</tbody></table>
<h2>Release notes</h2><ul>
${lis(dNotes)}</ul>
<h2>Setting up wireless printing</h2>
${ps(dWireless)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Applies to</div><div class="field__items">
<div class="field__item"><a href="/taxonomy/term/31" hreflang="en">LX-420</a></div><div class="field__item"><a href="/taxonomy/term/32"
hreflang="en">LX-420dw</a></div>
</div></div></div></article></div>
<div id="block-helpful" class="block block-webform"><h2 class="block__title">Was this page helpful?</h2><form class="webform-submission-form"><div
class="js-form-type-radio"><label>Yes, it answered my question</label><label>No, I still need help</label></div>
<input type="submit" value="Send feedback" class="button js-form-submit form-submit"></form></div>
</div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-support-links"
class="block block-menu-block"><h2 class="block__title">More for the LX-420</h2>
<ul class="menu">${links(dSide, 'menu__item')}</ul></div>
<div id="block-chat" class="block block-block-content"><h2 class="block__title">Talk to us</h2><div class="text-content"><p>Phone and chat support is open
Monday to Friday, 8:00 to 18:00.</p></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav id="block-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div id="block-copyright" class="block"><p>© 2026 Corvane Imaging GmbH</p></div></div></div></footer>
</div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="alertdialog"><div class="eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We value your privacy</h2>
<p>This site uses cookies to offer you a better support experience.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Decline</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?t9k2p1"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout448-drupal-olivero-printer-support',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Downloads', 'Release notes', 'Setting up wireless printing'],
  body: texts([...dIntro, ...rowTexts(dRows), ...dNotes, ...dWireless]),
  bylines: ['Corvane Support Team', 'Updated 2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Corvane Support', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', 'Home', 'Printers', 'Files for the LX-420 series',
    'Applies to', 'Was this page helpful?', 'Yes, it answered my question', 'No, I still need help', 'More for the LX-420', ...dSide,
    'Talk to us', 'Phone and chat support is open Monday to Friday, 8:00 to 18:00.', ...dFoot, '© 2026 Corvane Imaging GmbH', 'We value your privacy',
    'This site uses cookies to offer you a better support experience.', 'Accept cookies', 'Decline',
  ],
};

const wTitle = 'Tessaline releases GeForge 612.40 driver with fixes for three new games';
const wBody = [
  j(
    'Tessaline has published version 612.40 of its GeForge graphics driver, the first release of the year in its Game Ready branch. The',
    'driver is available now through the Tessaline Hub app and as a manual download for Windows 10 and 11.',
  ),
  j(
    'Most of the changes concern games that launch this month. The company says the driver adds optimised profiles for Saltmarsh Run,',
    'Ironwake Tactics and the early access build of Orbital Gardens, and fixes a stutter in older titles that use the DirectX 11 path.',
  ),
  j(
    'The release notes also list a fix for a problem that owners of the 7000 series have complained about since December: the card could',
    'stay in its highest clock state on the desktop when two monitors with different refresh rates were connected, raising idle power to',
    'around 60 watts. With 612.40 the idle draw should return to about 15 watts.',
  ),
  '<blockquote><p>We know the idle power issue frustrated a lot of people, and we wanted it out of the way before the new games arrive.</p></blockquote>',
  j(
    'That is how a Tessaline product manager, Odile Ferreyra, put it in a short statement to the press. She added that a further update',
    'for laptop graphics would follow in the second half of March.',
  ),
];
const wChanges = [
  'Game Ready profiles for Saltmarsh Run, Ironwake Tactics and Orbital Gardens',
  'Fixed high idle clocks with mixed refresh rate monitors on the 7000 series',
  'Fixed flickering in video playback when HDR was switched on in a window',
  'Added support for the GF 7050 Ti mobile chip',
];
const wKnown = [
  j(
    'Tessaline lists two open issues. Some users of the 5000 series may see a black screen for a few seconds when switching to full screen',
    'in Ironwake Tactics, and the overlay of the Hub app can report a wrong frame rate in games that use frame generation.',
  ),
  j(
    'As usual, players who do not have problems with their current driver can wait. Those who want to try it can roll back through Device',
    'Manager if something goes wrong; a clean install option is in the custom installation menu.',
  ),
];
const wNav = ['News', 'Reviews', 'Hardware', 'Guides', 'Deals'];
const wTags = ['Drivers', 'Graphics cards', 'Tessaline'];
const wRelated = ['The best graphics cards for 1440p gaming', 'How to clean install a graphics driver', 'Tessaline Hub app review'];
const wComments = [
  ['Marten Vos', 'Finally. My card was sitting at 60 watts doing nothing for two months.'],
  ['kelpie_88', 'Installed it this morning, Saltmarsh Run runs fine now on my older card.'],
];
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Framebuffer</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-24T16:05:00+00:00">
<meta name="author" content="Rosalind Achebe"><link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7"
media="all"><link rel="stylesheet" id="framebuffer-style-css" href="/wp-content/themes/framebuffer/style.css?ver=3.1" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${wTitle}",
"datePublished":"2026-02-24T16:05:00+00:00","author":{"name":"Rosalind Achebe"}}]}</script>
<script>var framebufferAds = {"slots":["top","mid"],"lazy":true};</script></head>
<body class="post-template-default single single-post postid-48121 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/"
rel="home">Framebuffer</a></p>
<p class="site-description">PC hardware news and reviews</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu nav-menu">${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div class="ad-slot ad-slot--top"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-48121" class="post-48121 post type-post status-publish format-standard has-post-thumbnail category-drivers">
<header class="entry-header"><span class="cat-links"><a href="/category/drivers/" rel="category tag">Drivers</a></span>
<h1 class="entry-title">${wTitle}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/rachebe/">Rosalind Achebe</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-02-24T16:05:00+00:00">February 24, 2026</time></span>
<span class="reading-time">4 min read</span></div></header>
<div class="share-bar"><span class="share-bar__label">Share this article</span><a class="share-bar__item share-bar__item--x" href="#">Post</a>
<a class="share-bar__item share-bar__item--reddit" href="#">Reddit</a><a class="share-bar__item share-bar__item--copy" href="#">Copy link</a></div>
<figure class="post-thumbnail wp-block-image"><img width="1200" height="675" src="/wp-content/uploads/2026/02/geforge-7080.jpg"
class="attachment-post-thumbnail"
alt=""><figcaption class="wp-element-caption">A GeForge 7080 board on our test bench. Photo: Framebuffer</figcaption></figure>
<div class="entry-content">
${ps(wBody.slice(0, 3))}
${wBody[3] ?? ''}
${ps(wBody.slice(4))}
<p class="read-more-promo"><strong>Read more:</strong> <a href="/guides/clean-install">How to clean install a graphics driver</a></p>
<h2 class="wp-block-heading">What changes in 612.40</h2>
<ul class="wp-block-list">
${lis(wChanges)}</ul>
<div class="ad-slot ad-slot--mid"><span class="ad-label">Advertisement</span></div>
<h2 class="wp-block-heading">Known issues and should you update?</h2>
${ps(wKnown)}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged ${wTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-box"><h2 class="author-box__name">About Rosalind Achebe</h2><p class="author-box__bio">Rosalind covers graphics cards and
drivers for Framebuffer.</p></div></article>
<section class="related-posts"><h2 class="related-posts__title">You might also like</h2><ul>${links(wRelated, 'related-posts__item')}</ul></section>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${wTitle}”</h2><ol class="comment-list">
${wComments
  .map(
    ([a, c], i) => `<li id="comment-${i + 901}" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${a}</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2026-02-24T18:00:00+00:00">February 24, 2026 at ${
      6 + i
    }:12 pm</time>
</div></footer><div class="comment-content"><p>${c}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your
email address will not be published.</p><textarea id="comment" name="comment"></textarea><input type="submit" class="submit" value="Post Comment"></form></div>
</div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_newsletter"><h2 class="widget-title">The Framebuffer newsletter</h2>
<p>Driver updates and the week's hardware news, every Friday.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Framebuffer Media. <a href="/privacy/">Privacy policy</a></div></footer></div>
<script src="/wp-content/themes/framebuffer/js/navigation.js?ver=3.1" id="framebuffer-navigation-js"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout448-wordpress-gpu-driver-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: ['What changes in 612.40', 'Known issues and should you update?'],
  body: texts([...wBody, ...wChanges, ...wKnown]),
  bylines: ['By Rosalind Achebe', 'February 24, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Framebuffer', 'PC hardware news and reviews', 'Menu', ...wNav, 'Advertisement', 'Share this article', 'Post', 'Reddit',
    'Copy link', 'A GeForge 7080 board on our test bench. Photo: Framebuffer', 'Read more:', 'Tagged', 'Graphics cards', 'About Rosalind Achebe',
    'Rosalind covers graphics cards and drivers for Framebuffer.', 'You might also like', ...wRelated,
    `2 thoughts on “${wTitle}”`, ...wComments.map((c) => c[0] ?? ''), 'says:', ...wComments.map((c) => c[1] ?? ''), 'February 24, 2026 at 6:12 pm',
    'February 24, 2026 at 7:12 pm', 'Reply', 'Leave a Reply', 'Your email address will not be published.', 'The Framebuffer newsletter',
    "Driver updates and the week's hardware news, every Friday.", 'Subscribe', '© 2026 Framebuffer Media.', 'Privacy policy',
  ],
};

export const HELDOUT448_B: readonly TestPage[] = [drupal, wordpress];

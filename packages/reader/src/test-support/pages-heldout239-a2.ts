import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file a2: a security vendor's threat-research post on WordPress (Cookiebot dialog, mega menu, category
 * label, byline with date and reading time, hero figure with caption and credit, an inline "Read more" promo, the IOC table
 * and lists, share bar, author box, newsletter form, "You might also like" posts and the footer).
 */
const tTitle = 'Quillstrike: a loader hiding in fake invoice archives targets logistics firms';
const tIntro = [
  j(
    'Over the past six weeks, Larkspur Threat Labs has tracked a phishing campaign aimed at freight forwarders and warehouse operators',
    'in northern Europe. The emails carry password-protected archives that pretend to be overdue invoices and deliver a previously',
    'undocumented loader we call Quillstrike.',
  ),
  j(
    'Quillstrike is small, about 40 KB, and exists only to fetch a second stage. In every case we observed, that second stage was a',
    'commodity remote access tool, which suggests the operators sell access to the compromised networks rather than using it themselves.',
  ),
];
const tDeliv = [
  j(
    'The lure emails are short and written in the language of the recipient. They reference a real shipment number scraped from public',
    'tracking pages, which makes them unusually convincing. The archive password is given in the body of the message, a common trick',
    'for keeping the attachment away from mail gateway scanners.',
  ),
  'Inside the archive is a shortcut file with a PDF icon. Opening it runs a PowerShell one-liner that downloads the loader from a compromised WordPress site.',
];
const tLoader = [
  j(
    'Quillstrike copies itself into the user\u2019s AppData folder under a name that imitates a printer driver helper and creates a',
    'scheduled task that runs it every twenty minutes. It then sends a beacon to its command server with the host name, user name and',
    'the list of installed security products.',
  ),
  'We noted three behaviours that defenders can use for detection:',
];
const tBeh = [
  'The beacon is sent as an HTTP POST with the fixed user agent string "Mozilla/5.0 (compatible; QSync/2.1)".',
  'The scheduled task is always named "PrintSpoolerAssist" followed by four random digits.',
  'The loader sleeps for exactly 317 seconds before its first network request, which evades short sandbox runs.',
];
const tIocIntro = ['The following indicators were observed in this campaign. Domains are defanged.'];
const tIocRows = [
  ['invoice_0311.lnk', 'f3a9c1d2e8b4076a5e1f2c93d7b8a4e6c0d19f2b7a3e5c8d4f6b1a2e9c7d3f05'],
  ['printassist.exe', '9b2e7d4c1a8f3e6b0c5d2a9f7e4b1c8d3a6f0e2b9c7d4a1e8f5b2c6d3e9a0f17'],
  ['qs_stage2.dll', '4c8e1b7a3d9f2c6e0a5b8d1f4e7c2a9b6d3f0e8c5a2b7d4f1e9c6a3b0d8e5f29'],
];
const tDomains = ['update-cdn-sync[.]com', 'freightdocs-portal[.]net', 'cargo-invoice[.]org'];
const tRec = [
  'Block shortcut files inside archives at the mail gateway, and alert on PowerShell started by explorer.exe with a download command.',
  'Hunt for scheduled tasks whose names begin with PrintSpoolerAssist, and for the QSync user agent in proxy logs.',
  'Remind finance and dispatch staff that real invoices never arrive as password-protected archives.',
];
const tMenu = ['Platform', 'Services', 'Threat Research', 'Resources', 'Company', 'Contact Sales'];
const tLike = [
  'Inside a ransomware affiliate\u2019s playbook for hypervisors',
  'Three years of MFA fatigue attacks, in numbers',
  'How we track bulletproof hosting through TLS certificates',
];
const tFoot = ['Privacy Notice', 'Cookie Settings', 'Terms of Use', 'Responsible Disclosure', 'Careers'];
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} - Larkspur Security</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://larkspur.example/blog/quillstrike-loader/">
<meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<meta property="article:published_time" content="2026-03-10T09:00:00+00:00"><meta name="author" content="Tobias Lindqvist">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tobias Lindqvist">
<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="6 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${tTitle}",
"datePublished":"2026-03-10T09:00:00+00:00","author":{"name":"Tobias Lindqvist"},"articleSection":["Threat Research"]}]}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="8d1e" type="text/javascript" async></script>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2" media="all">
<link rel="stylesheet" id="larkspur-theme-css" href="/wp-content/themes/larkspur/dist/main.css?ver=3.4.0" media="all"></head>
<body class="post-template-default single single-post postid-4821 single-format-standard">
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotCookiebotDialogActive">
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our traffic. You can change your choice at any time.</div>
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">Larkspur Security</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(tMenu, 'menu-item menu-item-type-post_type')}</ul></nav>
<a class="header-cta button" href="/under-attack/">Under attack?</a></header>
<main id="primary" class="site-main"><article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail
category-threat-research">
<header class="entry-header"><div class="entry-category"><a href="/blog/category/threat-research/" rel="category tag">Threat Research</a></div>
<h1 class="entry-title">${tTitle}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/tlindqvist/">Tobias Lindqvist</a></span>
and <span class="author vcard"><a class="url fn n" href="/author/aokonkwo/">Ada Okonkwo</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-10T09:00:00+00:00">March 10, 2026</time></span>
<span class="reading-time">6 min read</span></div></header>
<figure class="post-thumbnail wp-block-image size-large"><img src="/wp-content/uploads/2026/03/quillstrike-hero.jpg" alt="" width="1200" height="630">
<figcaption class="wp-element-caption">A Quillstrike lure posing as an overdue freight invoice. Image: Larkspur Threat Labs</figcaption></figure>
<div class="entry-content">
${ps(tIntro)}
<h2 class="wp-block-heading">Delivery</h2>
${ps(tDeliv)}
<p class="promo-inline"><strong>Read more:</strong> <a href="/blog/lnk-in-archives/">Why shortcut files in archives keep beating mail filters</a></p>
<h2 class="wp-block-heading">What the loader does</h2>
${ps(tLoader)}
<ul class="wp-block-list">
${tBeh.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 class="wp-block-heading">Indicators of compromise</h2>
${ps(tIocIntro)}
<figure class="wp-block-table is-style-stripes"><table><thead><tr>
<th>File name</th>
<th>SHA-256</th>
</tr></thead><tbody>
${tIocRows.map(row).join('\n')}
</tbody></table></figure>
<ul class="wp-block-list ioc-domains">
${tDomains.map((t) => `<li><code>${t}</code></li>`).join('\n')}
</ul>
<h2 class="wp-block-heading">Recommendations</h2>
<ol class="wp-block-list">
${tRec.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
</div>
<footer class="entry-footer"><div class="share-bar"><span class="share-bar__label">Share this post</span>
<a class="share-bar__link" href="#">LinkedIn</a>
<a class="share-bar__link" href="#">Mastodon</a>
<a class="share-bar__link" href="#">Copy link</a></div>
<span class="tags-links">Tagged <a href="/tag/initial-access/" rel="tag">Initial access</a>, <a href="/tag/logistics/" rel="tag">Logistics sector</a></span>
<div class="author-box"><div class="author-box__name">Tobias Lindqvist</div>
<p class="author-box__bio">Tobias is a principal researcher at Larkspur Threat Labs, where he studies initial access brokers.</p></div></footer>
</article>
<section class="newsletter-cta"><h2>Get our research in your inbox</h2><p>One email a month with our latest findings. No marketing.</p>
<form class="newsletter-form"><input type="email" placeholder="Work email"><button type="submit">Subscribe</button></form></section>
<section class="related-posts"><h2 class="related-posts__title">You might also like</h2><ul>
${links(tLike, 'related-posts__item')}</ul></section></main>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(tFoot, 'menu-item')}</ul>
<p class="site-info">© 2026 Larkspur Security AB. All rights reserved.</p></footer>
<script src="/wp-content/themes/larkspur/dist/main.js?ver=3.4.0" id="larkspur-main-js"></script></body></html>`;
export const larkspur: TestPage = {
  name: 'heldout239-wordpress-vendor-threat-research',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['Delivery', 'What the loader does', 'Indicators of compromise', 'Recommendations'],
  body: texts([...tIntro, ...tDeliv, ...tLoader, ...tBeh, ...tIocIntro, ...tIocRows.flat(), ...tDomains, ...tRec]),
  bylines: ['Tobias Lindqvist', 'Ada Okonkwo', 'March 10, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and to analyse our traffic. You can change your choice at any time.', 'Deny', 'Allow all',
    'Larkspur Security', ...tMenu, 'Under attack?', 'Threat Research',
    'A Quillstrike lure posing as an overdue freight invoice. Image: Larkspur Threat Labs', 'Read more:',
    'Why shortcut files in archives keep beating mail filters', 'Share this post', 'LinkedIn', 'Mastodon', 'Copy link', 'Tagged', 'Initial access',
    'Logistics sector', 'Tobias is a principal researcher at Larkspur Threat Labs, where he studies initial access brokers.',
    'Get our research in your inbox', 'One email a month with our latest findings. No marketing.', 'Subscribe', 'You might also like', ...tLike,
    ...tFoot, '© 2026 Larkspur Security AB. All rights reserved.',
  ],
};

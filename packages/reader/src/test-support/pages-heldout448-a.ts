import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout448-kit.js';

/**
 * Held-out batch 448, file a: a hardware vendor's driver download page on Adobe Experience Manager core components (OS
 * selector form, release notes, breadcrumb, cookie banner, related products rail, footer) and a router firmware article on a
 * Zendesk Help Center (Copenhagen theme: votes, "Articles in this section", "Related articles", comments closed notice).
 */
const aTitle = 'HV-24 USB Audio Interface Driver 5.8.2';
const aIntro = [
  j(
    'This driver package adds low-latency ASIO and WDM support for the HV-24 and HV-24 Mk II interfaces. Install it before you connect',
    'the interface for the first time, and keep the control panel open while you set the buffer size for your recording software.',
  ),
  'Choose your operating system below to see the matching file. The macOS package contains the HV Control app only, because the interface is class compliant.',
];
const aFixes = [
  'Fixed crackling at 96 kHz when the buffer was set to 64 samples on some Ryzen laptops.',
  'Fixed the loopback channel staying muted after the computer woke from sleep.',
  'The control panel now remembers the monitor mix of each input across restarts.',
  'Improved detection of the interface on USB-C hubs with their own power supply.',
];
const aKnown = [
  j(
    'On Windows 10 version 21H2 the first start after installing may take up to a minute while the driver registers its endpoints.',
    'Do not unplug the interface during this time.',
  ),
  'Sample rates above 96 kHz are not available while the loopback channel is enabled.',
];
const aInstall = [
  'Close every audio application, including browsers that play sound.',
  'Run the installer as an administrator and accept the driver signature prompt.',
  'Restart the computer when the installer asks, then connect the interface to a USB port directly on the computer.',
  'Open HV Control and check that the firmware line reads 2.14 or later.',
];
const aTail = [
  j(
    'If you are upgrading from a 4.x driver, the installer removes the old version first and keeps your saved mixer presets. Owners of the',
    'original HV-24 made before 2019 should also update the interface firmware from the control panel after installing.',
  ),
  j(
    'Older driver versions stay available on request for studios that have to keep a certified setup. Write to the support team with the',
    'serial number printed under the interface, and tell us which recording software and version you use.',
  ),
];
const aOs = ['Windows 11 (64-bit)', 'Windows 10 (64-bit)', 'macOS 14 Sonoma and later', 'macOS 12 and 13'];
const aNav = ['Products', 'Software', 'Support', 'Where to buy', 'Community'];
const aCrumbs = ['Home', 'Support', 'Downloads', 'HV-24 drivers'];
const aRelated = ['HV-12 compact interface', 'HV Control app user guide', 'Firmware updater for HV interfaces'];
const aFoot = ['About Halvard', 'Careers', 'Press', 'Contact us', 'Privacy notice', 'Terms of use', 'Cookie settings'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${aTitle} | Halvard Instruments</title>
<meta name="description" content="Download the latest HV-24 driver for Windows and macOS."><meta name="template" content="download-page">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.halvard-instruments.example/support/downloads/hv-24.html">
<link rel="stylesheet" href="/etc.clientlibs/halvard/clientlibs/clientlib-site.lc-5f1c2-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${aTitle}","operatingSystem":"Windows, macOS",
"softwareVersion":"5.8.2","datePublished":"2026-02-12"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || [];
adobeDataLayer.push({"page":{"page-5a1":{"@type":"halvard/components/page","repo:modifyDate":"2026-03-03"}}});</script>
</head>
<body class="page basicpage" id="page-5a1" data-cmp-data-layer-enabled>
<div class="root container responsivegrid"><div id="container-1" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header"
class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="site-header"><a class="site-header__logo" href="/">Halvard Instruments</a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(aNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="cmp-search" role="search"><form class="cmp-search__form"><input class="cmp-search__input" type="text" placeholder="Search"
aria-label="Search"></form></div>
</header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-1" class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list">${links(aCrumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<main class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div id="container-main" class="cmp-container">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="text cmp-text--meta"><div class="cmp-text"><p><span class="meta-label">Released</span> 12 February 2026</p>
<p>Last updated: 3 March 2026</p></div></div>
<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img class="cmp-image__image"
src="/content/dam/halvard/hv-24-front.png"
alt="HV-24 front panel"><span class="cmp-image__title" itemprop="caption">The HV-24 front panel with its two combo inputs</span></div></div>
<div class="text"><div class="cmp-text">${ps(aIntro)}</div></div>
<div class="form container"><form class="cmp-form download-selector" data-cmp-is="downloadSelector"><div class="cmp-form-options cmp-form-options--drop-down">
<label class="cmp-form-options__label" for="os-select">Operating system</label><select class="cmp-form-options__field cmp-form-options__field--drop-down"
id="os-select" name="os">
${aOs.map((o) => `<option value="${o}">${o}</option>`).join('\n')}</select></div>
<div class="cmp-form-button"><a class="cmp-button"
href="/content/dam/halvard/drivers/HV24_Driver_5.8.2.exe"><span class="cmp-button__text">Download driver</span></a></div>
<p class="download-selector__file">HV24_Driver_5.8.2.exe · 38.4 MB</p></form></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">What's new in 5.8.2</h2></div></div>
<div class="text"><div class="cmp-text"><ul>
${aFixes.map((f) => `<li>${f}</li>`).join('\n')}</ul></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Known issues</h2></div></div>
<div class="text"><div class="cmp-text"><ul>
${lis(aKnown)}</ul></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Installation</h2></div></div>
<div class="text"><div class="cmp-text"><ol>
${lis(aInstall)}</ol>
${ps(aTail)}</div></div>
<div class="teaser cmp-teaser--promo"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Registered owners</p>
<h3 class="cmp-teaser__title">Get three free plug-ins with your HV-24</h3>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/register">Register your product</a></div></div></div></div>
</main>
<aside class="list aem-GridColumn aem-GridColumn--default--12"><h2 class="cmp-list__title">Related products and downloads</h2><ul class="cmp-list">
${links(aRelated, 'cmp-list__item')}</ul></aside>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-experiencefragment--footer site-footer">
<ul class="site-footer__links">${links(aFoot)}</ul><p class="site-footer__copy">© 2026 Halvard Instruments Ltd. All rights reserved.</p></footer></div>
</div></div></div>
<div id="consent-banner" class="consent-banner" role="dialog" aria-live="polite"><p>We use cookies to remember your region and to measure how our support pages
are used.</p><button class="consent-banner__accept">Accept all</button><button class="consent-banner__reject">Reject optional cookies</button></div>
<script src="/etc.clientlibs/halvard/clientlibs/clientlib-site.lc-8d9e1-lc.min.js"></script></body></html>`;
const aem: TestPage = {
  name: 'heldout448-aem-driver-download',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ["What's new in 5.8.2", 'Known issues', 'Installation'],
  body: texts([...aIntro, ...aFixes, ...aKnown, ...aInstall, ...aTail]),
  bylines: ['Released 12 February 2026', 'Last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halvard Instruments', ...aNav, ...aCrumbs, 'The HV-24 front panel with its two combo inputs', 'Operating system', ...aOs, 'Download driver',
    'HV24_Driver_5.8.2.exe · 38.4 MB', 'Registered owners', 'Get three free plug-ins with your HV-24', 'Register your product',
    'Related products and downloads', ...aRelated, ...aFoot, '© 2026 Halvard Instruments Ltd. All rights reserved.',
    'We use cookies to remember your region and to measure how our support pages are used.', 'Accept all', 'Reject optional cookies',
  ],
};

const zTitle = 'Firmware 3.2.7 for the Mireva AX3000 router';
const zIntro = [
  j(
    'Firmware 3.2.7 is a maintenance release for the AX3000 and AX3000 Pro. It closes two security holes in the web interface and fixes',
    'the mesh backhaul dropping to 2.4 GHz after a few days of uptime. We recommend it for every AX3000 owner.',
  ),
];
const zWarn = [
  'Do not turn off the router or unplug its power while the update runs. An interrupted update can leave the router unable to start.',
  'Firmware 3.2.7 cannot be rolled back to versions older than 3.1.0, because the boot loader is updated as well.',
];
const zChanges = [
  'Security: fixed a cross-site scripting flaw in the port forwarding page (reported by an outside researcher).',
  'Security: the admin session now expires after 15 minutes without activity.',
  'Mesh: the wired and 5 GHz backhaul no longer falls back to 2.4 GHz after long uptimes.',
  'Parental controls: schedules now follow daylight saving time changes.',
  'The status LED blinks amber, not red, while an update is being downloaded.',
];
const zSteps = [
  'Log in to the router at 192.168.50.1 with your admin password.',
  'Open Administration, then Firmware Upgrade.',
  'Select Check for updates. If 3.2.7 is listed, select Update now and wait about five minutes.',
  'If the router cannot reach the internet, download the file below and use Upload firmware instead.',
];
const zMesh = [
  j(
    'In a mesh system, update the main router first. The satellites receive the new firmware from the main router within an hour; you',
    'can also start their update from the Mesh page. Mixed versions work, but the backhaul fix only takes effect once every unit runs 3.2.7.',
  ),
  j(
    'After the update, the router keeps all of its settings. If the mesh map shows a satellite as offline for longer than an hour, restart',
    'that satellite once by unplugging it for ten seconds; it will join again with the new firmware.',
  ),
];
const zNav = ['Mireva Support', 'Submit a request', 'Sign in'];
const zCrumbs = ['Mireva Support', 'Routers', 'Firmware notes'];
const zSection = ['Firmware 3.2.5 for the AX3000 router', 'Firmware 1.9.2 for the AX1800 router', 'How to reset a router to factory settings'];
const zRelated = ['Mesh satellite shows a red light', 'Which routers still get security updates?'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Mireva Support</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta property="og:type" content="website">
<meta property="og:title" content="${zTitle}"><meta property="og:site_name" content="Mireva Support">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-2f7c9d.css">
<link rel="stylesheet" media="all" href="https://theme.zdassets.example/theme_assets/11828/3c2f1a/style.css">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"mireva","environment":"production"}; HelpCenter.user = {"role":"anonymous"};</script>
</head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="https://theme.zdassets.example/logo.png"
alt="Mireva Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
${links(zNav)}</ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container" id="main-content">
<div class="sub-nav"><nav aria-label="Current page"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/360"
class="article-sidebar-item">See more</a></div>
</div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://mireva.zendesk.example/system/photos/ab.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/4112">Priya Lindqvist</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-26T09:14:02Z" title="2026-02-26 09:14"
data-datetime="relative">February 26, 2026</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" href="/hc/en-us/articles/98123/subscription">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<div class="callout callout--warning"><p><strong>Important</strong></p><ul>
${lis(zWarn)}</ul></div>
<h2 id="h_01">Changelog</h2><ul>
${lis(zChanges)}</ul>
<h2 id="h_02">How to update</h2><ol>
${lis(zSteps)}</ol>
<h3 id="h_03">Mesh systems</h3>
${ps(zMesh)}
<p class="download-box"><a class="button button-primary" href="/hc/article_attachments/AX3000_3.2.7.bin">AX3000_3.2.7.bin</a></p>
</div><div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/article_attachments/notes.pdf"
class="attachment-item-link">AX3000_release_notes_3.2.7.pdf</a>
<div class="attachment-meta"><div class="attachment-meta-item">412 KB</div><a href="/hc/article_attachments/notes.pdf?download"
class="attachment-meta-item">Download</a></div>
</li></ul></div></div>
<div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.example/share"
class="share-facebook">Facebook</a></li>
<li><a href="https://twitter.example/share" class="share-twitter">X Corp</a></li><li><a href="https://www.linkedin.example/share"
class="share-linkedin">LinkedIn</a></li></ul>
</div><div class="article-return-to-top"><a href="#article-container">Return to top</a></div></div>
<div class="article-votes"><span class="article-votes-question" id="article-votes-label">Was this article helpful?</span>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up"
aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">48 out of 61 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related
articles</h2><ul>${links(zRelated)}</ul></section></div>
</section>
<section class="article-comments"><div class="comment-callout">Comments on firmware notes are closed. Please contact support if you need help.</div></section>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Mireva Support</a><div class="footer-language-selector">English (US)</div>
<p>© 2026 Mireva Networks</p></div></footer>
<script src="//static.zdassets.example/hc/assets/en-us.bbb1a.js"></script><script
src="https://theme.zdassets.example/theme_assets/11828/script.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout448-zendesk-router-firmware',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['Changelog', 'How to update', 'Mesh systems'],
  body: texts([...zIntro, ...zWarn, ...zChanges, ...zSteps, ...zMesh]),
  bylines: ['Priya Lindqvist', 'February 26, 2026', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zNav, ...zCrumbs.slice(1), 'Articles in this section', ...zSection, 'See more', 'Follow', 'Important', 'AX3000_3.2.7.bin',
    'AX3000_release_notes_3.2.7.pdf', '412 KB', 'Download', 'Facebook', 'X Corp', 'LinkedIn', 'Return to top', 'Was this article helpful?', 'Yes',
    '48 out of 61 found this helpful', 'Have more questions?', 'Related articles', ...zRelated,
    'Comments on firmware notes are closed. Please contact support if you need help.', 'English (US)', '© 2026 Mireva Networks',
  ],
};

export const HELDOUT448_A: readonly TestPage[] = [aem, zendesk];

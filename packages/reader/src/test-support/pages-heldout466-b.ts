import { links, ps, type TestPage } from './page-kit.js';
import { j, page, rowText, tr } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file b: a brewery's cookie policy on WordPress (GeneratePress) with the Cookiebot cookie declaration
 * rendered into it.
 */
const gTitle = 'Cookie Policy';
const gIntro = j(
  'This page explains how Hollin Brook Brewing Co. uses cookies on hollinbrook.co.uk. The list below is kept up to date automatically',
  'by our consent tool, which scans the site every month.',
);
const gDecl = [
  j(
    'Cookies are small text files that can be used by websites to make a user&#39;s experience more efficient. The law states that we',
    'can store cookies on your device if they are strictly necessary for the operation of this site. For all other types of cookies',
    'we need your permission.',
  ),
  'This site uses different types of cookies. Some cookies are placed by third party services that appear on our pages.',
];
const gTypes: { head: string; desc: string; rows: string[][] }[] = [
  {
    head: 'Necessary (2)',
    desc: j(
      'Necessary cookies help make a website usable by enabling basic functions like page navigation and access to secure areas of the',
      'website. The website cannot function properly without these cookies.',
    ),
    rows: [
      ['CookieConsent', 'Cookiebot', 'Stores the user&#39;s cookie consent state for the current domain', '1 year', 'HTTP Cookie'],
      ['wc_cart_hash_#', 'hollinbrook.co.uk', 'Keeps the contents of the shopping basket between pages', 'Persistent', 'HTML Local Storage'],
    ],
  },
  {
    head: 'Statistics (2)',
    desc: j('Statistic cookies help website owners to understand how visitors interact with websites by collecting and reporting', 'information anonymously.'),
    rows: [
      ['_ga', 'Google', 'Registers a unique ID that is used to generate statistical data on how the visitor uses the website.', '2 years', 'HTTP Cookie'],
      ['_ga_#', 'Google', 'Used by Google Analytics to collect data on the number of times a user has visited the website.', '2 years', 'HTTP Cookie'],
    ],
  },
  {
    head: 'Marketing (1)',
    desc: 'Marketing cookies are used to track visitors across websites to display ads that are relevant for the individual user.',
    rows: [['_tgr_id', 'Tagrelay', 'Used by Tagrelay to show our adverts to people who have visited the shop.', '3 months', 'HTTP Cookie']],
  },
];
const gOutro = j(
  'If you have any questions about cookies on this site, email <a href="mailto:hello@hollinbrook.co.uk">hello@hollinbrook.co.uk</a>',
  'or read our <a href="/privacy-policy/">Privacy Policy</a>.',
);
const gCols = ['Name', 'Provider', 'Purpose', 'Maximum Storage Duration', 'Type'];
const gTable = (rows: string[][]): string =>
  `<table class="CookieDeclarationTable"><thead><tr>${gCols.map((c) => `<th scope="col" class="CookieDeclarationTableHeader">${c}</th>`).join('')}</tr>
</thead><tbody>${rows.map(tr).join('\n')}</tbody></table>`;
const gNav = ['Our Beers', 'Taproom', 'Shop', 'Events', 'Contact'];
const gRecent = ['New in cans: Slack Water pale', 'The taproom is open on Sundays from May', 'Meet the team: cellar shift'];
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie Policy &#8211; Hollin Brook Brewing Co.</title><meta name='robots' content='max-image-preview:large' />
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5b2e71c4-0d9a-4f6e-9a13-7c8d2e1f4b90" data-blockingmode="auto"
type="text/javascript"></script>
<link rel='stylesheet' id='generate-style-css' href='https://hollinbrook.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all' /><style id='generate-style-inline-css'>body{background-color:#f7f3ec;color:#222222;}.main-navigation .main-nav ul li a{padding-left:18px;}</style>
<link rel="canonical" href="https://hollinbrook.co.uk/cookie-policy/" /><meta name="generator" content="WordPress 6.5.2" /></head>
<body class="page-template-default page page-id-3 wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left
dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding">
<p class="main-title" itemprop="headline"><a href="https://hollinbrook.co.uk/" rel="home">Hollin
Brook Brewing Co.</a></p><p class="site-description" itemprop="description">Small-batch beer from the Calder valley</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512"></svg></span>
<span class="screen-reader-text">Menu</span></button></nav><nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"
itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav">
<ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-3" class="post-3 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1></header>
<div class="entry-content" itemprop="text"><p>${gIntro}</p>
<script id="CookieDeclaration" src="https://consent.cookiebot.com/5b2e71c4-0d9a-4f6e-9a13-7c8d2e1f4b90/cd.js" type="text/javascript" async></script>
<div class="CookieDeclaration" lang="en" dir="ltr">${ps(gDecl, ' class="CookieDeclarationDialogText"')}
<p>Your current state: Allow all.<br>Your consent ID: 0aB3xq9TtLw2m7Q==<br>Consent date: Thursday, 12 March 2026, 09:41:07 GMT</p>
<a href="javascript: Cookiebot.renew()">Change your consent</a> | <a href="javascript: Cookiebot.withdraw();">Withdraw your consent</a>
<p class="CookieDeclarationLastUpdated">Cookie declaration last updated on 01/03/2026 by <a href="https://www.cookiebot.com" target="_blank">Cookiebot</a></p>
${gTypes
  .map(
    (t) => `<div class="CookieDeclarationType" lang="en" dir="ltr"><p class="CookieDeclarationTypeHeader"><strong>${t.head}</strong></p>
<p class="CookieDeclarationTypeDescription">${t.desc}</p>${gTable(t.rows)}</div>`,
  )
  .join('\n')}</div>
<p>${gOutro}</p></div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding
widget_search"><form method="get" class="search-form" action="https://hollinbrook.co.uk/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></label><button class="search-submit"
aria-label="Search"><span class="gp-icon icon-search"><svg viewBox="0 0 512 512"></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Hollin Brook Brewing Co.</span> &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" style="display: none;" data-template="popup">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise
content and ads and to analyse our traffic.</div><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<script id="generate-menu-js" src="https://hollinbrook.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const wordpress: TestPage = page({
  name: 'heldout466-wordpress-cookiebot-cookie-policy',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gIntro, ...gDecl, ...gTypes.flatMap((t) => [t.head, t.desc, ...t.rows.map(rowText)]), gOutro].map((t) => rowText([t])),
  bylines: ['Cookie declaration last updated on 01/03/2026 by Cookiebot'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hollin Brook Brewing Co.', 'Small-batch beer from the Calder valley', 'Menu', ...gNav,
    'Your current state: Allow all. Your consent ID: 0aB3xq9TtLw2m7Q== Consent date: Thursday, 12 March 2026, 09:41:07 GMT',
    'Change your consent', 'Withdraw your consent', 'Search for:', 'Recent Posts', ...gRecent,
    '© 2026 Hollin Brook Brewing Co.', 'Built with', 'GeneratePress',
  ],
});

export const HELDOUT466_B: readonly TestPage[] = [wordpress];

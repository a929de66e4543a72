import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file c2: an embassy's notice to travellers on a WordPress block theme (emergency alert bar, site header
 * with the embassy name, primary menu, entry header with category, date and author, AddToAny share buttons, a Gutenberg
 * pullquote and table, post navigation, a sidebar of recent alerts and a contact widget, the footer).
 */
const eTitle = 'Notice to Travellers: Kestrania Introduces Electronic Visa from 1 April';
const eBody1 = [
  j(
    'The Embassy of the Republic of Kestrania in Canberra informs travellers that, from 1 April 2026, all visitors holding Australian,',
    'New Zealand and Fijian passports will need an electronic visa (eVisa) before boarding a flight or ship to Kestrania.',
  ),
  j(
    'The eVisa replaces the visa on arrival that has been issued at Vellamo International Airport since 2014. Visas on arrival will',
    'no longer be available from that date, and airlines have been instructed not to board passengers without an approved eVisa.',
  ),
];
const eBody2 = [
  'Apply online through the official portal of the Kestrania Immigration Service only.',
  'Upload a passport photo page, a recent photograph and proof of accommodation for your first night.',
  'Pay the fee by card. Applications are processed within 10 working days.',
  'Print the approval letter or keep it on your phone to show at check-in and on arrival.',
];
const eQuote = 'We encourage every traveller to apply early, especially for travel during the Harvest Festival in August.';
const eRows: ReadonlyArray<readonly [string, string]> = [
  ['Single entry, 30 days', 'AUD 45'],
  ['Multiple entry, 90 days', 'AUD 110'],
  ['Transit, 72 hours', 'Free'],
];
const eBody3 = [
  j(
    'Travellers who already hold a visa on arrival issued before 1 April may stay until it expires. Holders of diplomatic and official',
    'passports should contact the Consular Section directly rather than use the online portal.',
  ),
  j(
    'Travellers arriving by sea, including cruise passengers on day visits, also need an eVisa. Cruise lines will collect the',
    'approvals before departure and present them to immigration officers at the port of Arrun.',
  ),
  'For questions, the Consular Section is open Monday to Thursday from 9:30 to 12:30. Please do not send passports to the Embassy by post.',
];
const eMenu = ['Home', 'About the Embassy', 'Consular Services', 'Visas', 'Trade &amp; Investment', 'News &amp; Events', 'Contact'];
const eMenuPlain = texts(eMenu);
const eRecent = ['Consular Section closed on National Day', 'Updated passport renewal fees', 'Ambassador presents credentials'];
const eFoot = ['Privacy Policy', 'Accessibility', 'Site Map'];
const eHtml = `<!doctype html>
<html lang="en-AU"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Embassy of the Republic of Kestrania</title><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://kestrania-embassy.example.au/notice-evisa-1-april/">
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<meta property="article:published_time" content="2026-03-02T10:15:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":
"${eTitle}","datePublished":"2026-03-02T10:15:00+00:00","author":{"name":"Consular Affairs Desk"}}]}</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all'>
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all'>
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard">
<div class="alert-bar" role="alert"><p>Emergency consular assistance: +61 2 6100 4477 (24 hours)</p></div>
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">
<a href="/" rel="home">Embassy of the Republic of Kestrania</a></p><p class="site-description">in the Commonwealth of Australia</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<ul id="primary-menu" class="menu">${eMenu.map((t) => `<li class="menu-item"><a href="#">${t}</a></li>`).join('')}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main"><article id="post-2214" class="post-2214 post type-post status-publish
category-travel-alerts">
<header class="entry-header"><span class="cat-links"><a href="/category/travel-alerts/" rel="category tag">Travel Alerts</a></span>
<h1 class="entry-title">${eTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-03-02T10:15:00+00:00">2 March 2026</time></span> <span class="byline">by <span class="author vcard">Consular Affairs Desk</span></span></div>
</header>
<div class="entry-content">${ps(eBody1)}
<h2 class="wp-block-heading">How to apply</h2><ol class="wp-block-list">${eBody2.map((t) => `<li>${t}</li>`).join('')}</ol>
<figure class="wp-block-pullquote"><blockquote><p>${eQuote}</p><cite>Consul General Adaku Ferrin</cite></blockquote></figure>
<h2 class="wp-block-heading">Fees</h2><figure class="wp-block-table"><table><thead><tr><th>Visa type</th><th>Fee</th></tr></thead><tbody>
${eRows.map((r) => `<tr><td>${r[0]}</td> <td>${r[1]}</td></tr>`).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading">Existing visas</h2>${ps(eBody3)}
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Share this:</div>
<div class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="#" title="Facebook"></a><a class="a2a_button_email" href="#"
title="Email"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share">Share</a></div></div></div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/evisa/" rel="tag">eVisa</a>, <a href="/tag/entry-rules/"
rel="tag">entry rules</a></span></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/national-day/" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">Consular Section closed
on National Day</span></a></div></div></nav></main>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Alerts</h2>
<ul>${links(eRecent)}</ul></section><section id="text-3" class="widget widget_text"><h2 class="widget-title">Find Us</h2>
<div class="textwidget"><p>14 Marlin Crescent, Yarralumla ACT 2600</p><p>consular@kestrania-embassy.example.au</p></div></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(eFoot)}</ul>
<div class="site-info">© 2026 Embassy of the Republic of Kestrania. Proudly powered by WordPress</div></footer></div>
<script src='/wp-content/plugins/add-to-any/addtoany.min.js?ver=1.1' id='addtoany-jquery-js'></script></body></html>`;
export const embassy: TestPage = {
  name: 'heldout385-embassy-wordpress-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['How to apply', 'Fees', 'Existing visas'],
  body: texts([...eBody1, ...eBody2, eQuote, ...eRows.map((r) => r.join(' ')), ...eBody3]),
  bylines: ['2 March 2026', 'Consular Affairs Desk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Emergency consular assistance: +61 2 6100 4477 (24 hours)', 'Skip to content',
    'in the Commonwealth of Australia', 
    'Menu', ...eMenuPlain.filter((t) => t !== 'Visas' && t !== 'Contact'), 'Travel Alerts', 'Consul General Adaku Ferrin', 'Share this:', 'Share',
    'Tagged eVisa, entry rules', 'Post navigation', 'Previous:', 'Recent Alerts', ...eRecent, 'Find Us', '14 Marlin Crescent, Yarralumla ACT 2600',
    'consular@kestrania-embassy.example.au', ...eFoot, '© 2026 Embassy of the Republic of Kestrania. Proudly powered by WordPress',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { gpComments, gpCommentsFurniture, gpCommentsHtml } from './pages-heldout26-d3.js';

/**
 * Held-out batch 26, file d2: a small business's blog post on WordPress with GeneratePress (Yoast JSON-LD, the top bar, the
 * site header with logo and primary menu, GeneratePress's entry header with the hidden "updated" time and the byline, the
 * featured image, an Easy Table of Contents box, headings with ez-toc spans, a call-to-action block inside the content,
 * the entry footer with categories, tags and post navigation, the comments (in pages-heldout26-d3.ts), the right sidebar
 * widgets, footer widgets, the copyright bar, the CookieYes-style banner and the back-to-top link).
 */
const gpTitle = 'Why Your Heat Pump Runs Nonstop When It’s Below Freezing';
const gpIntro =
  'Every January our phones light up with the same question: the heat pump has been running all day and hasn’t shut off once. Is ' +
  'it broken? Most of the time the answer is no. A heat pump that runs for hours on a cold day is usually doing exactly what it ' +
  'was designed to do.';
const gpH1 = 'Long Run Times Are Normal in Cold Weather';
const gpB1 = [
  'A furnace makes heat in short, hot bursts. A heat pump moves heat from the outdoor air into your house at a lower temperature ' +
    'and a steadier pace. As the temperature outside drops, there is less heat to collect, so the system has to run longer to keep up.',
  'On a 15-degree morning, a correctly sized heat pump may run almost continuously. As long as the house stays within a degree or ' +
    'two of the thermostat setting, that is a sign it is working, not failing.',
];
const gpH2 = 'When Nonstop Running Is a Warning Sign';
const gpB2 = 'Call a technician if you notice any of the following:';
const gpList = [
  'The house keeps getting colder even though the system never stops.',
  'The outdoor unit is covered in a thick layer of ice that does not clear after a defrost cycle.',
  'Your thermostat shows “AUX” or “EM HEAT” for most of the day, and your electric bill has jumped.',
  'You hear grinding or rattling from the outdoor unit.',
];
const gpH3 = 'Simple Things You Can Check First';
const gpB3 = [
  'Before you book a visit, take five minutes to rule out the easy causes. Replace the air filter if it is more than two months ' +
    'old, make sure no supply vents are blocked by furniture, and clear snow away from the outdoor unit so it has at least two ' +
    'feet of space on every side.',
  'Also check your thermostat schedule. Large setbacks at night force the system to work hard in the morning and often bring on ' +
    'expensive backup heat. With a heat pump, it is usually cheaper to keep the temperature steady.',
  'If something still doesn’t seem right, give us a call. We would rather answer a quick question on the phone than see a small ' +
    'problem turn into a frozen coil.',
];
const gpCta = ['Still not sure? Our technicians can check your system in under an hour.', 'Schedule a Heat Pump Checkup'];
const gpSite = 'Northfield Heating & Air';
const gpTop = ['Serving the Tri-County area since 1987', 'Call (555) 014-2290'];
const gpMenu = ['Home', 'Heating', 'Cooling', 'Heat Pumps', 'Indoor Air Quality', 'Maintenance Plans', 'Blog', 'Contact'];
const gpTags = ['cold weather', 'heat pumps', 'thermostats'];
const gpPrev = 'How Often Should You Replace Your Furnace Filter?';
const gpNext = 'Is a Dual-Fuel System Right for Your Home?';
const gpSideCta = ['Need a Technician?', 'Same-day service across the Tri-County area, seven days a week.', 'Call Now: (555) 014-2290'];
const gpRecent = [gpNext, 'What That Clicking Noise From Your AC Means', 'Ductless Mini-Splits for Older Homes', gpPrev];
const gpCats = ['Air Conditioning', 'Heat Pumps', 'Indoor Air Quality', 'Maintenance Tips'];
const gpFootW = [
  '412 Mill Road, Northfield, OH 44067',
  'Mon–Fri 7am–6pm, Sat 8am–2pm',
  'Service Areas',
  'Northfield',
  'Macedonia',
  'Sagamore Hills',
  'Twinsburg',
];
const gpCookie = [
  'We value your privacy',
  'We use cookies to improve your browsing experience and to understand how visitors use our site. Click “Accept All” to allow all cookies.',
  'Customize',
  'Reject All',
  'Accept All',
];
const gpIcon = (n: string): string =>
  `<span class="gp-icon icon-${n}"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"></svg></span>`;
const gpH = (id: string, t: string): string =>
  `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${id}" ez-toc-data-id="#${id}"></span>${t}<span class="ez-toc-section-end"></span></h2>`;
const gpHeads = [
  ['Long_Run_Times_Are_Normal_in_Cold_Weather', gpH1],
  ['When_Nonstop_Running_Is_a_Warning_Sign', gpH2],
  ['Simple_Things_You_Can_Check_First', gpH3],
] as const;
const gpToc = `<div id="ez-toc-container" class="ez-toc-v2_0_74 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#"
class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span
class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1 '>${gpHeads
  .map(
    ([id, t], i) => `<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#${id}" title="${t}">${t}</a></li>`,
  )
  .join('')}</ul></nav></div>`;
const gpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>${gpTitle} - ${gpSite.replace('&', '&amp;')}</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="article:published_time" content="2025-02-18T14:00:52+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gpTitle}",
"author":{"name":"Dana Kowalczyk"},"datePublished":"2025-02-18T14:00:52+00:00","dateModified":"2025-03-03T16:21:07+00:00","commentCount":4}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://northfieldair.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.6.0'
media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.entry-meta .updated{display:none;}</style>
<link rel='stylesheet' id='ez-toc-css' href='https://northfieldair.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.74'
media='all'></head>
<body class="post-template-default single single-post postid-2318 single-format-standard wp-custom-logo wp-embed-responsive post-image-below-header
post-image-aligned-center sticky-menu-fade right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active"
itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="block-7"
class="widget inner-padding widget_block"><p>${gpTop[0]} |
<a href="tel:5550142290">${gpTop[1]}</a></p></aside></div></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div
class="inside-header grid-container">
<div class="site-logo"><a href="https://northfieldair.example/" rel="home"><img class="header-image is-logo-image" alt="${gpSite.replace('&', '&amp;')}"
src="https://northfieldair.example/wp-content/uploads/2023/04/northfield-logo.png" width="240" height="60"></a></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">${gpIcon('menu-bars')}<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(gpMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2318" class="post-2318 post type-post status-publish format-standard has-post-thumbnail hentry
category-heat-pumps tag-cold-weather tag-heat-pumps tag-thermostats" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gpTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="updated"
datetime="2025-03-03T16:21:07+00:00" itemprop="dateModified">March 3, 2025</time><time class="entry-date published" datetime="2025-02-18T14:00:52+00:00"
itemprop="datePublished">February 18, 2025</time></span> <span class="byline">by <span class="author vcard" itemprop="author"
itemtype="https://schema.org/Person"
itemscope><a class="url fn n" href="https://northfieldair.example/author/dana/" title="View all posts by Dana Kowalczyk" rel="author" itemprop="url"><span
class="author-name" itemprop="name">Dana Kowalczyk</span></a></span></span></div></header>
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="https://northfieldair.example/wp-content/uploads/2025/02/heat-pump-snow.jpg" class="attachment-full size-full wp-post-image" alt="Outdoor heat pump unit
surrounded by snow" itemprop="image" decoding="async" fetchpriority="high"></div>
<div class="entry-content" itemprop="text">
<p>${gpIntro}</p>
${gpToc}
${gpH(gpHeads[0][0], gpH1)}
<p>${gpB1[0]}</p>
<p>${gpB1[1]}</p>
${gpH(gpHeads[1][0], gpH2)}
<p>${gpB2}</p>
<ul class="wp-block-list">
${gpList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained"><div class="wp-block-group__inner-container">
<p class="has-text-align-center">${gpCta[0]}</p><div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/schedule-service/">${gpCta[1]}</a></div></div></div></div>
${gpH(gpHeads[2][0], gpH3)}
${gpB3.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links">${gpIcon('categories')}<span class="screen-reader-text">Categories </span><a
href="https://northfieldair.example/category/heat-pumps/" rel="category tag">Heat Pumps</a></span> <span class="tags-links">${gpIcon('tags')}<span
class="screen-reader-text">Tags </span>${gpTags
  .map(
    (t) => `<a
href="https://northfieldair.example/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`,
  )
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous">${gpIcon('arrow-left')}<span class="prev"><a href="/furnace-filter/"
rel="prev">${gpPrev}</a></span></div><div class="nav-next">${gpIcon('arrow-right')}<span class="next"><a href="/dual-fuel/"
rel="next">${gpNext}</a></span></div>
</nav></footer></div></article>
${gpCommentsHtml(gpTitle)}
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-3"
class="widget inner-padding widget_block">
<h2 class="wp-block-heading">${gpSideCta[0]}</h2><p>${gpSideCta[1]}</p><p><strong><a href="tel:5550142290">${gpSideCta[2]}</a></strong></p></aside>
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://northfieldair.example/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s" title="Search for:"></label>
<button class="search-submit" aria-label="Search">${gpIcon('search')}</button></form></aside><aside id="recent-posts-2" class="widget inner-padding
widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gpRecent)}</ul></aside><aside id="categories-2" class="widget inner-padding
widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gpCats, 'cat-item')}</ul></aside></div></div></div></div>
<div class="site-footer"><div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div
class="inside-footer-widgets">
<div class="footer-widget-1"><aside class="widget inner-padding widget_block"><h2
class="wp-block-heading">${gpSite.replace('&', '&amp;')}</h2><p>${gpFootW[0]}<br>
${gpFootW[1]}</p></aside></div><div class="footer-widget-2"><aside class="widget inner-padding widget_block"><h2 class="wp-block-heading">${gpFootW[2]}</h2>
<ul>${gpFootW
  .slice(3)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></aside></div></div></div></div>
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div
class="copyright-bar">
<span class="copyright">© 2025 ${gpSite.replace('&', '&amp;')}</span> • Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div>
</div></footer></div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400"
data-start-scroll="300"
role="button">${gpIcon('arrow-up')}</a>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice"><p
class="cky-title"
role="heading" aria-level="1" data-cky-tag="title">${gpCookie[0]}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${gpCookie[1]}</p>
</div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">${gpCookie[2]}</button><button
class="cky-btn cky-btn-reject">${gpCookie[3]}</button>
<button class="cky-btn cky-btn-accept">${gpCookie[4]}</button></div></div></div></div></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var
e=document.body;e.addEventListener("mousedown",
function(){e.classList.add("using-mouse")}),e.addEventListener("keydown",function(){e.classList.remove("using-mouse")})}}();</script></body></html>`;
export const generatePress: TestPage = {
  html: gpHtml,
  name: 'heldout26-generatepress-business-post',
  kind: 'blog',
  // the paragraphs and the list are body, the three h2s the headings (the Easy TOC box repeats them: in neither list); the
  // call-to-action block inside the content is the company's ad, not the article: furniture; both entry dates are bylines
  // (the "updated" one is hidden by CSS only) with the author ("by" in neither); the comments are readers' posts under the
  // article, not the article: their texts, the "thoughts on" title, "Reply" links and the form are furniture, and each
  // commenter's name and time are bylines (the author's own reply counts her name once, in the post's byline); the top bar,
  // menu, categories, tags, prev/next titles, sidebar widgets (the prev/next titles recur in "Recent Posts": once), footer
  // widgets, copyright bar and the cookie banner are furniture; the menu's "Home" and the tag "cold weather" are words of
  // the body and a heading: left out; "Heat Pumps" and "Indoor Air Quality" (menu, category links) are counted once
  title: gpTitle,
  headings: [gpH1, gpH2, gpH3],
  body: texts([gpIntro, ...gpB1, gpB2, ...gpList, ...gpB3]),
  bylines: ['March 3, 2025', 'February 18, 2025', 'Dana Kowalczyk', ...gpComments.bylines],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gpTop, 'Menu', ...gpMenu.filter((t) => t !== 'Home'), 'Table of Contents', 'Toggle', ...gpCta, 'Categories', 'Tags',
    ...gpTags.filter((t) => t !== 'cold weather'), gpPrev, gpNext, ...gpCommentsFurniture(gpTitle), ...gpSideCta, 'Search for:', 'Recent Posts',
    ...gpRecent.slice(1, 3),
    ...gpCats.filter((t) => !gpMenu.includes(t)), gpSite, ...gpFootW, '© 2025 Northfield Heating & Air', 'Built with GeneratePress', ...gpCookie,
  ],
};

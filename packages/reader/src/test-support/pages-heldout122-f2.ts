import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 122, file f2: a state agency press release on WordPress with a GeneratePress-style theme and Jetpack (the
 * statewide top bar, skip link, the Google Translate widget, the site header and primary menu with sub-menus, the entry
 * header with the date and "by" author, the release text with its dateline, "###" and the media contact, Jetpack's
 * "Share this:" buttons, "Like this:" and "Related" posts, the category and tag footer, previous / next post links, the
 * sidebar widgets (search, recent posts, archives, categories) and the site footer).
 */
const stTitle = 'Agency awards $2.4 million to help dairy farms replace aging milk coolers';
const stP = [
  'MONTPELIER, Vt. – The Vermont Agency of Working Lands today announced $2.4 million in grants to 63 dairy farms to replace bulk milk ' +
    'tanks, compressors and heat-recovery systems, many of which are more than 30 years old.',
  'The Dairy Cooling Modernization Grants will pay up to 60 percent of the cost of new equipment, with a maximum award of $50,000 per ' +
    'farm. Farms in 12 of the state’s 14 counties received awards in this round, and two-thirds of the recipients milk fewer than 200 cows.',
  '“Keeping milk cold is the single most important thing a farm does for quality, and a failing compressor can cost a family a whole ' +
    'tank of milk overnight,” said Secretary of Working Lands Adelaide Fontaine-Marsh. “These grants help farms avoid that risk while ' +
    'cutting their electric bills.”',
  'New cooling systems use about 35 percent less electricity than the equipment they replace, according to estimates from the agency’s ' +
    'energy efficiency partners. Heat-recovery units capture warmth from the cooling process to preheat water for washing equipment, ' +
    'further reducing energy costs.',
  'Bartholomew Szabo, who milks 85 cows with his daughter on a farm in Orleans County, said the grant will allow them to replace a tank ' +
    'installed by his father in 1989.',
  '“We have patched that compressor three times in two years,” Szabo said. “Every summer we worried about a breakdown during a heat wave. ' +
    'Now we can stop worrying and put that money back into the herd.”',
  'The agency received 148 applications requesting a total of $5.9 million. Applications were scored on the age and condition of existing ' +
    'equipment, expected energy savings and the size of the farm, with priority given to smaller operations.',
  'A second round of funding, supported by $1.5 million from the state’s Clean Energy Development Fund, will open to applications on ' +
    'January 5, 2026. Farms that were not funded in this round are encouraged to apply again. Information sessions will be held online ' +
    'in November.',
  'A full list of grant recipients is available on the agency’s website.',
];
const stContact = 'Media Contact: Rowan Pelletier-Hayes, Communications Director, 802-555-0187';
const stTop = ['Vermont Official State Website', 'Governor', 'Find an Agency', 'Online Services'];
const stMenu: [string, string[]][] = [
  ['About', ['Leadership', 'Divisions', 'Careers']],
  ['Programs', ['Dairy', 'Produce Safety', 'Grants', 'Working Lands Enterprise']],
  ['Licensing', ['Dealer Licenses', 'Pesticide Applicators']],
  ['News', ['Press Releases', 'Newsletters']],
  ['Contact', []],
];
const stShare = ['Share this:', 'Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const stRelated = [
  ['Produce Safety Improvement Grants open for 2026', 'September 15, 2025'],
  ['State fair dairy exhibits draw record crowds', 'September 2, 2025'],
  ['Working Lands Enterprise Fund invests in 19 farm and forest businesses', 'August 21, 2025'],
];
const stRecent = [
  'Agency reminds dealers of winter feed labeling rules',
  stRelated[0]![0]!,
  'Secretary Fontaine-Marsh visits Northeast Kingdom creameries',
  stRelated[1]![0]!,
];
const stArchives = ['October 2025', 'September 2025', 'August 2025', 'July 2025'];
const stCats = ['Announcements', 'Grants', 'Press Releases'];
const stFoot = ['Accessibility Policy', 'Privacy Policy', 'Public Records Requests', 'Site Map'];
const stHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${stTitle} – Vermont Agency of Working Lands</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Vermont Agency of Working Lands » Feed" href="https://workinglands.vermont.example/feed/">
<link rel="stylesheet" id="generate-style-css" href="https://workinglands.vermont.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<link rel="stylesheet" id="jetpack-sharing-buttons-style-css" href="https://workinglands.vermont.example/wp-content/plugins/jetpack/css/sharing.css?ver=14.1">
<script src="https://workinglands.vermont.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="https://workinglands.vermont.example/2025/10/02/dairy-cooling-modernization-grants/">
<meta property="og:type" content="article"><meta property="og:title" content="${stTitle}"><meta property="article:published_time"
content="2025-10-02T14:15:22+00:00">
<meta name="generator" content="WordPress 6.8.3"></head>
<body class="post-template-default single single-post postid-4127 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar nav-below-header
separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<div class="state-topbar"><a href="https://www.vermont.example" class="state-topbar__home">${stTop[0]}</a>
<ul class="state-topbar__links">${links(stTop.slice(1))}</ul>
<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr"><div id=":0.targetLanguage"><select class="goog-te-combo"
aria-label="Language Translate Widget"><option value="">Select Language</option><option value="es">Spanish</option><option value="fr">French</option>
<option value="ne">Nepali</option><option value="so">Somali</option></select></div>Powered by <span style="white-space:nowrap">
<a class="VIpgJd-ZVi9od-l4eHX-hSRGPd"
href="https://translate.google.com"><img src="https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_color_42x16dp.png" width="37px" height="14px"
alt="Google Translate">Translate</a></span></div></div></div>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-logo"><a href="https://workinglands.vermont.example/" rel="home"><img class="header-image is-logo-image" alt="Vermont Agency of Working Lands"
src="https://workinglands.vermont.example/wp-content/uploads/2023/04/awl-logo.png" width="320" height="80"></a></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="mobile-menu">Menu</span>
</button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${stMenu
  .map(
    ([t, items]) =>
      `<li class="menu-item${items.length ? ' menu-item-has-children' : ''}"><a href="/${t.toLowerCase()}/">${t}</a>${
        items.length ? `<ul class="sub-menu">${links(items, 'menu-item')}</ul>` : ''
      }</li>`,
  )
  .join('\n')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-4127" class="post-4127 post type-post status-publish format-standard hentry category-press-releases
tag-dairy tag-grants" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${stTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2025-10-02T10:15:22-04:00" itemprop="datePublished">October 2, 2025</time></span> <span class="byline">by <span class="author vcard"
itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/communications/"
title="View all posts by Communications Office"
rel="author" itemprop="url"><span class="author-name" itemprop="name">Communications Office</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(stP)}
<p style="text-align: center;">###</p>
<p><strong>${stContact}</strong></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${stShare
  .slice(1)
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon" href="?share=${t}"
target="_blank" title="Click to share on ${t}"><span>${t}</span><span class="sharing-screen-reader-text">(Opens in new window)</span></a></li>`,
  )
  .join('\n')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-4127">
<h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span>
</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
${stRelated
  .map(
    ([t, d]) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/${d!.length}/">${t}</a></h4>
<p class="jp-relatedposts-post-date">${d}</p><p class="jp-relatedposts-post-context">In "Press Releases"</p></div>`,
  )
  .join('\n')}</div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/press-releases/"
rel="category tag">Press Releases</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/dairy/" rel="tag">Dairy</a>,
<a href="/tag/grants/" rel="tag">Grants</a></span><nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/2025/09/30/feed-labeling-rules/" rel="prev">Agency reminds dealers of winter feed labeling rules</a></span></div></nav></footer></div></article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://workinglands.vermont.example/">
<label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s" title="Search for:"></label>
<button class="search-submit" aria-label="Search">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(stRecent)}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(stArchives)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(stCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<ul class="footer-links">${links(stFoot)}</ul><div class="copyright-bar">© 2025 Vermont Agency of Working Lands · 116 State Street, Montpelier, VT 05620</div>
</div></footer></div>
<script id="jetpack-likes-js" src="https://workinglands.vermont.example/wp-content/plugins/jetpack/modules/likes/queuehandler.js?ver=14.1"></script>
<script id="generate-menu-js" src="https://workinglands.vermont.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script></body></html>`;
export const stateRelease: TestPage = {
  html: stHtml,
  name: 'heldout122-state-government-wordpress-press-release',
  kind: 'news',
  // the dateline is part of the first paragraph (body); "###" and the media contact line are in neither list; the date and
  // the "by" author are bylines; Jetpack's share, like and related blocks (inside the entry content), the category and tag
  // links, the previous-post link, the sidebar widgets, the translate widget and the state top bar are furniture
  title: stTitle,
  headings: [],
  body: texts(stP),
  bylines: ['October 2, 2025', 'by Communications Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...stTop, 'Select Language', 'Spanish', 'French', 'Nepali', 'Somali', 'Powered by', 'Translate', 'Skip to content', 'Menu',
    ...stMenu.flatMap(([t, items]) => [t, ...items]), ...stShare, '(Opens in new window)', 'Like this:', 'Like', 'Loading...', 'Related',
    ...stRelated.flat(), 'In "Press Releases"', 'Categories', 'Tags', 'Search for:', 'Search', 'Recent Posts', ...stRecent, 'Archives', ...stArchives,
    ...stCats, ...stFoot, '© 2025 Vermont Agency of Working Lands · 116 State Street, Montpelier, VT 05620',
  ])],
};

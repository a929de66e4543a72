import { links, type TestPage, texts } from './page-kit.js';
import { electronChangelog } from './pages-heldout226-e2.js';

/**
 * Held-out batch 226, file e: a WordPress.org plugin page opened on its Development tab (the wporg global header, the
 * plugin banner, the h1 with "By" author and the Download button, the Details / Reviews / Installation / Development tabs,
 * the tab sections that stay in the page but are hidden, the "Contributors & Developers" box and the Changelog, the
 * sidebar with version, installs, requirements, tags, ratings, contributors and support, and the global footer) and,
 * from file e2, an Electron note-taking app's changelog page on its own site.
 */
const wpTitle = 'Pantry Stock Manager for WooCommerce';
const wpAuthor = 'Tamsin Okoro';
const wpHidden = [
  'Pantry Stock Manager keeps WooCommerce stock in step with the shelves of a small food shop, with batch expiry dates and ' + 'low-stock alerts by email.',
  'Upload the plugin folder to the /wp-content/plugins/ directory and activate it.',
];
const wpH1 = 'Changelog';
const wpVers = ['3.2.0', '3.1.2', '3.1.1', '3.1.0'];
const wpDates = ['March 9, 2027', 'January 22, 2027', 'December 14, 2026', 'November 30, 2026'];
const wpLog = [
  [
    'New: batch expiry dates can now be imported from a CSV file exported by most wholesaler portals.',
    'New: a daily digest email lists every batch that expires within the next seven days.',
    'Improved: the stock screen loads about three times faster in shops with more than 2,000 products.',
    'Fixed: variable products with a single variation no longer show a blank stock column.',
    'Tested up to WordPress 6.9 and WooCommerce 10.4.',
  ],
  [
    'Fixed: the low-stock alert was sent twice when an order was paid and completed in the same minute.',
    'Fixed: a PHP warning on the settings page when no email recipient was set.',
  ],
  ['Security: added a capability check to the batch export endpoint. Thanks to Jonas Veltman for the responsible disclosure.'],
  [
    'New: shelf locations. Give each product an aisle and shelf, and print pick lists sorted by location.',
    'Improved: batches are now sorted by expiry date everywhere, oldest first.',
    'Dropped support for PHP 7.3. The plugin now needs PHP 7.4 or later.',
  ],
];
const wpContrib = [
  'Contributors & Developers',
  '“Pantry Stock Manager for WooCommerce” is open source software. The following people have contributed to this plugin.',
  'Contributors',
  'Translate “Pantry Stock Manager for WooCommerce” into your language.',
  'Interested in development?',
  'Browse the code, check out the SVN repository, or subscribe to the development log by RSS.',
];
const wpTabs = ['Details', 'Reviews', 'Installation', 'Development', 'Support'];
const wpSide = [
  'Version',
  'Last updated',
  '2 weeks ago',
  'Active installations',
  '6,000+',
  'WordPress version',
  '6.3 or higher',
  'Tested up to',
  '6.9',
  'PHP version',
  '7.4 or higher',
  'Languages',
  'English (US)',
  'Tags',
  'inventory',
  'stock',
  'woocommerce',
  'Advanced View',
  'Ratings',
  '4.8 out of 5 stars.',
  'See all',
  'Add my review',
  'Support',
  'Issues resolved in last two months:',
  '7 out of 9',
  'View support forum',
  'Donate',
  'Would you like to support the advancement of this plugin?',
  'Donate to this plugin',
];
const wpStars = ['5 stars', '4 stars', '3 stars', '2 stars', '1 star'];
const wpContributors = ['Tamsin Okoro', 'shelfwise'];
const wpHeader = [
  'Skip to content',
  'WordPress.org',
  'News',
  'Showcase',
  'Hosting',
  'Extend',
  'Themes',
  'Plugins',
  'Patterns',
  'Blocks',
  'Learn',
  'Community',
  'About',
  'Get WordPress',
  'Log In',
  'Register',
];
const wpFooter = [
  'Visit our Facebook page',
  'Visit our X (formerly Twitter) account',
  'About',
  'News',
  'Hosting',
  'Privacy',
  'Showcase',
  'Themes',
  'Plugins',
  'Patterns',
  'Learn',
  'Documentation',
  'Developers',
  'WordPress.tv',
  'Get Involved',
  'Events',
  'Donate',
  'Five for the Future',
  'WordPress.com',
  'Matt',
  'bbPress',
  'BuddyPress',
  'Code is Poetry',
];
const wpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pantry Stock Manager for WooCommerce – WordPress plugin | WordPress.org</title><meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="website"><meta property="og:title" content="Pantry Stock Manager for WooCommerce"><meta property="og:site_name"
content="WordPress.org">
<link rel="canonical" href="https://wordpress.org/plugins/pantry-stock-manager/"><script type="application/ld+json">[{"@context":"http://schema.org","@type":
["SoftwareApplication","Product"],"applicationCategory":"Plugin","operatingSystem":"WordPress","name":"Pantry Stock Manager for
WooCommerce","softwareVersion":"3.2.0",
"author":{"@type":"Person","name":"Tamsin Okoro"},"aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,"ratingCount":41}}]</script>
<link rel="stylesheet" id="wporg-global-header-footer-css" href="https://wordpress.org/wp-content/mu-plugins/blocks/global-header-footer/build/style.css"
media="all"><script src="https://wordpress.org/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body class="plugin-template-default single single-plugin postid-210778 wp-theme-wporg-parent-2021 wp-child-theme-wporg-plugins-2024">
<div class="wp-site-blocks"><header class="wp-block-group global-header"><a class="skip-link screen-reader-text"
href="#wp--skip-link--target">${wpHeader[0]}</a>
<figure class="wp-block-image global-header__wporg-logo-mark"><a href="https://wordpress.org/"><img alt="${wpHeader[1]}" src="logo.svg"></a></figure>
<nav class="wp-block-navigation global-header__navigation" aria-label="Primary menu"><ul class="wp-block-navigation__container">${links(
  wpHeader.slice(2, 13),
  'wp-block-navigation-item',
)}</ul></nav><div class="global-header__desktop-get-wordpress-container"><a href="https://wordpress.org/download/"
class="global-header__desktop-get-wordpress global-header__get-wordpress">${wpHeader[13]}</a></div></header>
<div class="wp-block-group local-nav-bar"><nav class="wporg-local-navigation" aria-label="Plugins"><ul>${links(
  wpHeader.slice(14),
  'wp-block-navigation-item',
)}</ul></nav></div>
<main class="wp-block-group entry-content" id="wp--skip-link--target"><div class="plugin-banner" id="plugin-banner-pantry-stock-manager"></div>
<article id="post-210778" class="plugin-210778 plugin type-plugin status-publish hentry plugin_tags-inventory plugin_tags-stock">
<div class="entry-thumbnail"><img class="plugin-icon" src="https://ps.w.org/pantry-stock-manager/assets/icon-256x256.png" alt=""></div>
<header class="plugin-header"><div class="entry-heading-container"><div><h1 class="plugin-title">${wpTitle}</h1>
<span class="byline">By <span class="author vcard"><a class="url fn n" rel="nofollow" href="https://tamsinokoro.example/">${wpAuthor}</a></span></span></div>
<div class="plugin-actions"><a class="plugin-download button download-button button-large"
href="https://downloads.wordpress.org/plugin/pantry-stock-manager.3.2.0.zip">Download</a></div></div></header>
<span id="description"></span><span id="reviews"></span><span id="installation"></span><span id="developers"></span>
<ul class="tabs clear"><li id="tablink-description"><a href="#description">${wpTabs[0]}</a></li><li id="tablink-reviews"><a
href="#reviews">${wpTabs[1]}</a></li>
<li id="tablink-installation"><a href="#installation">${wpTabs[2]}</a></li><li id="tablink-support"><a
href="https://wordpress.org/support/plugin/pantry-stock-manager/">${wpTabs[4]}</a></li>
<li id="tablink-developers"><a href="#developers">${wpTabs[3]}</a></li></ul>
<div class="entry-content"><div id="tab-description" class="plugin-description section"><h2
id="description-header">Description</h2><p>${wpHidden[0]}</p></div>
<div id="tab-installation" class="plugin-installation section"><h2 id="installation-header">Installation</h2><ol><li>${wpHidden[1]}</li></ol></div>
<div id="tab-developers" class="plugin-developers section read-more"><h2 id="developers-header">${wpContrib[0]}</h2><p>${wpContrib[1]}</p>
<h3 class="screen-reader-text">${wpContrib[2]}</h3><ul class="plugin-contributors">${wpContributors
  .map(
    (c) => `<li><img alt="" class="avatar avatar-32 photo"
src="https://secure.gravatar.com/avatar/x?s=32"><a href="https://profiles.wordpress.org/${c}/">${c}</a></li>`,
  )
  .join('\n')}</ul>
<p><a href="https://translate.wordpress.org/projects/wp-plugins/pantry-stock-manager">${wpContrib[3]}</a></p><h3>${wpContrib[4]}</h3>
<p><a href="https://plugins.trac.wordpress.org/browser/pantry-stock-manager/">Browse the code</a>, check out the <a
href="https://plugins.svn.wordpress.org/pantry-stock-manager/">SVN
repository</a>, or subscribe to the <a href="https://plugins.trac.wordpress.org/log/pantry-stock-manager/?format=rss">development log</a> by
<a href="https://plugins.trac.wordpress.org/log/pantry-stock-manager/?limit=100&amp;mode=stop_on_copy&amp;format=rss">RSS</a>.</p></div>
<div id="tab-changelog" class="plugin-changelog section read-more"><h2 id="changelog-header">${wpH1}</h2>
${wpVers
  .map((v, i) => `<h4>${v}</h4>\n<p><em>Released ${wpDates[i]}</em></p>\n<ul>\n${(wpLog[i] ?? []).map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`)
  .join('\n')}
</div></div>
<div class="entry-meta"><div class="widget plugin-meta"><h3 class="screen-reader-text">Meta</h3><ul>
<li>${wpSide[0]} <strong>${wpVers[0]}</strong></li><li>${wpSide[1]} <strong><span>${wpSide[2]}</span></strong></li><li>${wpSide[3]}
<strong>${wpSide[4]}</strong></li>
<li>${wpSide[5]} <strong>${wpSide[6]}</strong></li><li>${wpSide[7]} <strong>${wpSide[8]}</strong></li><li>${wpSide[9]} <strong>${wpSide[10]}</strong></li>
<li>${wpSide[11]} <strong>${wpSide[12]}</strong></li><li class="clear">${wpSide[13]}<div class="tags">${wpSide
  .slice(14, 17)
  .map((t) => `<a href="/plugins/tags/${t}/" rel="tag">${t}</a>`)
  .join('')}</div></li>
</ul><p class="aligncenter"><a href="https://wordpress.org/plugins/pantry-stock-manager/advanced/">${wpSide[17]}</a></p></div>
<div class="widget plugin-ratings"><h3 class="widget-title">${wpSide[18]}</h3><a class="reviews-link"
href="/support/plugin/pantry-stock-manager/reviews/">${wpSide[20]}</a>
<div class="rating"><div class="wporg-ratings" title="4.8 out of 5 stars"></div><p class="description">${wpSide[19]}</p></div>
<ul class="ratings-list">${wpStars
  .map(
    (s, i) => `<li class="counter-container"><a href="/reviews/?filter=${5 - i}"><span class="counter-label">${s}</span>
<span class="counter-back"><span class="counter-bar" style="width: 80%;"></span></span><span class="counter-count">${[36, 3, 1, 0, 1][i]}</span></a></li>`,
  )
  .join('\n')}</ul>
<a class="button button-secondary" href="/support/plugin/pantry-stock-manager/reviews/#new-post">${wpSide[21]}</a></div>
<div class="widget plugin-contributors"><h3 class="widget-title">${wpContrib[2]}</h3><ul>${wpContributors
  .map(
    (c) => `<li><a
href="/${c}/">${c}</a></li>`,
  )
  .join('')}</ul></div>
<div class="widget plugin-support"><h3 class="widget-title">${wpSide[22]}</h3><p class="aside">${wpSide[23]}</p><p class="counter-container">
<span class="counter-count">${wpSide[24]}</span></p><p><a class="button" href="/support/plugin/pantry-stock-manager/">${wpSide[25]}</a></p></div>
<div class="widget plugin-donate"><h3 class="widget-title">${wpSide[26]}</h3><p class="aside">${wpSide[27]}</p>
<p><a class="button button-secondary" href="https://tamsinokoro.example/donate">${wpSide[28]}</a></p></div></div>
</article></main>
<footer class="wp-block-group global-footer"><ul class="global-footer__social">${links(wpFooter.slice(0, 2))}</ul>
<nav class="global-footer__navigation" aria-label="Footer menu"><ul>${links(wpFooter.slice(2, 22))}</ul></nav>
<figure class="global-footer__code_is_poetry"><p>${wpFooter[22]}</p></figure></footer></div>
<script src="https://wordpress.org/plugins/wp-content/themes/wporg-plugins-2024/js/theme.js"></script></body></html>`;
const wordpress: TestPage = {
  html: wpHtml,
  name: 'heldout226-wordpress-plugin-changelog',
  kind: 'docs',
  // the page is the plugin's Development tab, so its article is the changelog: the h2 "Changelog" and each version h4 are
  // headings, the entries body and each "Released" line a byline; the Description and Installation sections (hidden on
  // this tab) are in neither list; "Contributors & Developers" and the whole sidebar are furniture
  title: wpTitle,
  headings: [wpH1, ...wpVers],
  body: texts(wpLog.flat()),
  bylines: [`By ${wpAuthor}`, ...wpDates.map((d) => `Released ${d}`)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wpHeader, 'Download', ...wpTabs, ...wpContrib, ...wpContributors.slice(1), ...wpSide.filter((s) => !['6.9', 'Support', 'About', 'stock',
'woocommerce'].includes(s)),
    ...wpStars, 'Meta', ...wpFooter,
  ],
};

export const HELDOUT226_E: readonly TestPage[] = [wordpress, electronChangelog];

import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 188, file e2: a WordPress.org plugin directory page (the wporg global header with its nav and "Get
 * WordPress", the plugin banner, the plugin header with "Download" and the "By" byline, the readme sections Description (with
 * h3 sub-sections), Screenshots (captions), Installation, FAQ (questions as h3 inside dt), the Reviews section with review
 * titles, authors and dates, "Contributors & Developers" with its translation and development notes, the Changelog with h4
 * version headings and the "Read more" toggles, the sidebar with the meta list, ratings, contributors, support and donate
 * widgets, and the global footer).
 */
const wpTitle = 'Larder Recipe Cards';
const wpH1 = 'Description';
const wpP1 = [
  'Larder Recipe Cards adds a recipe block to the WordPress editor. Type your ingredients and method into the block, and Larder ' +
    'turns them into a tidy, printable card with the structured data search engines look for, without a separate settings screen ' +
    'or a page builder.',
  'It was written for a small cooking blog that wanted recipe cards without the adverts, pop-ups and tracking scripts that come with ' +
    'many recipe plugins. It stays small: one block, one stylesheet and no front-end JavaScript unless you turn on the serving scaler.',
];
const wpH1a = 'Features';
const wpList = [
  'Ingredients and method as simple lists, with optional group headings such as “For the sauce”.',
  'Prep, cook and total times, servings and yield, written into Recipe schema automatically.',
  'A print button that prints only the card, in a layout that fits on one A4 or Letter page.',
  'An optional serving scaler that recalculates ingredient quantities in the reader’s browser.',
  'Inherits your theme’s fonts and colours, with three card styles to choose from.',
];
const wpH1b = 'Privacy and data';
const wpP2 = [
  'Larder Recipe Cards does not collect any data, set any cookies or contact any external service. Nutrition values are entered by ' +
    'you; the plugin does not look them up anywhere.',
];
const wpH2 = 'Installation';
const wpSteps = [
  'In your WordPress dashboard, go to Plugins, then Add New, and search for Larder Recipe Cards.',
  'Click Install Now, then Activate.',
  'Edit a post, click the block inserter and add the Recipe Card block.',
];
const wpH3 = 'FAQ';
const wpFaq = [
  [
    'Can I import recipes from another plugin?',
    'Not yet. An importer for the two most common recipe plugin formats is planned for version 2.0. Until then, existing recipe ' +
      'shortcodes keep working and you can move recipes across by hand.',
  ],
  [
    'Will the recipe card work with the classic editor?',
    'No. The card is a block, so you need the block editor for the posts that contain recipes. The rest of your site can still use ' + 'the classic editor.',
  ],
  [
    'Does it add Recipe schema for Google?',
    'Yes. The card writes JSON-LD Recipe data into the page from the fields you fill in. Times, servings and ingredients are included; ' +
      'ratings are not, because the plugin does not collect them.',
  ],
] as const;
const wpH4 = 'Changelog';
const wpVer = ['1.6.2', '1.6.0'];
const wpChanges = [
  ['Fixed the serving scaler rounding 1.5 cups to 1 cup.', 'Tested with WordPress 6.8.'],
  ['New “compact” card style.', 'Ingredient group headings can now be hidden on print.', 'Dropped support for PHP 7.2.'],
] as const;
const wpNav = ['News', 'Showcase', 'Hosting', 'Extend', 'Learn', 'Community', 'About'];
const wpShots = ['The recipe card in the Twenty Twenty-Five theme.', 'Editing ingredients in the block editor.', 'The printed card.'];
const wpReviews = [
  ['Finally a recipe plugin that isn’t bloated', 'saltmarshkitchen', 'October 19, 2025', 'Fast, clean, does exactly what it says. Thank you.'],
  ['Great but needs an importer', 'dmitri_bakes', 'September 2, 2025', 'Love the cards. Moving 300 recipes by hand is the only thing stopping me.'],
] as const;
const wpDev = [
  '“Larder Recipe Cards” is open source software. The following people have contributed to this plugin.',
  'Translate “Larder Recipe Cards” into your language.',
  'Interested in development?',
  'Browse the code, check out the SVN repository, or subscribe to the development log by RSS.',
];
const wpContrib = ['Marguerite Okonjo', 'Tobias Lindqvist'];
const wpMeta = [
  ['Version', '1.6.2'],
  ['Active installations', '6,000+'],
  ['WordPress version', '6.3 or higher'],
  ['Tested up to', '6.8.3'],
  ['PHP version', '7.4 or higher'],
  ['Languages', 'English (US) and German'],
] as const;
const wpTags = ['recipe', 'recipe card', 'food blog', 'schema', 'cooking'];
const wpRatings = ['5 stars', '4 stars', '3 stars', '2 stars', '1 star'];
const wpSupport = [
  'Support',
  'Issues resolved in last two months:',
  '3 out of 4',
  'View support forum',
  'Donate',
  'Would you like to support the advancement of this plugin?',
  'Donate to this plugin',
];
const wpFoot = [
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
];
const wpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Larder Recipe Cards &#8211; WordPress plugin | WordPress.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="website"><meta property="og:title" content="Larder
Recipe Cards">
<meta property="og:description" content="A lightweight recipe card block with schema and printing."><meta property="og:site_name" content="WordPress.org">
<link rel="canonical" href="https://wordpress.example/plugins/larder-recipe-cards/">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["SoftwareApplication","Product"],"applicationCategory":"Plugin",
"operatingSystem":"WordPress","name":"Larder Recipe Cards","softwareVersion":"1.6.2","aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,
"ratingCount":37}}]</script>
<link rel="stylesheet" id="wporg-parent-2021-style-css" href="https://wordpress.example/wp-content/themes/wporg-parent-2021/build/style.css?ver=2.0"
media="all">
<script src="https://wordpress.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="plugin-template-default single single-plugin postid-171204 wp-theme-wporg-parent-2021 wp-child-theme-wporg-plugins-2024">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<header class="wp-block-group global-header"><figure class="wp-block-image global-header__wporg-logo-mark"><a href="https://wordpress.example/">
<img alt="WordPress.org" src="/w-mark.svg"></a></figure><nav class="wp-block-navigation global-header__navigation" aria-label="Main menu">
<ul class="wp-block-navigation__container">${links(wpNav, 'wp-block-navigation-item')}</ul></nav>
<div class="global-header__search"><input type="search" placeholder="Search WP.org..." aria-label="Search WP.org..."></div>
<div class="wp-block-button global-header__get-wordpress"><a class="wp-block-button__link" href="https://wordpress.example/download/">Get
WordPress</a></div></header>
<main id="wp--skip-link--target" class="wp-block-group"><div class="wp-block-wporg-plugins-plugin-banner"><div class="plugin-banner"
style="background-image: url('https://ps.w.org/larder-recipe-cards/assets/banner-1544x500.png')"></div></div>
<article id="post-171204" class="post-171204 plugin type-plugin status-publish hentry plugin_tags-recipe plugin_category-editor">
<header class="plugin-header"><div class="entry-thumbnail"><img class="plugin-icon" src="https://ps.w.org/larder-recipe-cards/assets/icon-256x256.png"
alt=""></div>
<div class="plugin-actions"><a class="plugin-download button download-button button-large"
href="https://downloads.wordpress.example/plugin/larder-recipe-cards.1.6.2.zip"
>Download</a></div><h1 class="plugin-title">${wpTitle}</h1><span class="byline">By <span class="author vcard"><a class="url fn n"
href="https://profiles.wordpress.example/mokonjo/">Marguerite Okonjo</a></span></span></header>
<div class="entry-content"><div id="tab-description" class="plugin-description section"><h2 id="description-header">${wpH1}</h2>${ps(wpP1)}
<h3>${wpH1a}</h3><ul>${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul><h3>${wpH1b}</h3>${ps(wpP2)}</div>
<div id="screenshots" class="plugin-screenshots section"><h2 id="screenshots-header">Screenshots</h2><ul class="plugin-screenshots">
${wpShots.map((c, i) => `<li><figure><a href="/s${i}.png"><img src="/s${i}.png" alt=""></a><figcaption>${c}</figcaption></figure></li>`).join('\n')}</ul></div>
<div id="tab-installation" class="plugin-installation section"><h2
id="installation-header">${wpH2}</h2><ol>${wpSteps.map((t) => `<li>${t}</li>`).join('')}</ol></div>
<div id="faq" class="plugin-faq section"><h2 id="faq-header">${wpH3}</h2><dl>${wpFaq
  .map(
    ([q, a], i) => `<dt id="q${i}"><h3>${q}</h3></dt>
<dd><p>${a}</p></dd>`,
  )
  .join('\n')}</dl></div>
<div id="reviews" class="plugin-reviews section"><h2 id="reviews-header">Reviews</h2>${wpReviews
  .map(
    ([t, a, d, x]) => `<article class="plugin-review">
<div class="review-avatar"><img alt="" src="/av.png"></div><div class="review"><header><div class="header-top"><div class="wporg-ratings" title="5 out of 5
stars"></div>
<h3 class="review-title">${t}</h3></div><div class="header-bottom"><span class="review-author author vcard">${a}</span><span
class="review-date">${d}</span></div>
</header><div class="review-content">${x}</div></div></article>`,
  )
  .join('\n')}<a class="reviews-link" href="https://wordpress.example/support/plugin/larder-recipe-cards/reviews/"
>Read all 37 reviews</a></div>
<div id="tab-developers" class="plugin-developers section"><h2 id="developers-header">Contributors &amp; Developers</h2><p>${wpDev[0]}</p>
<h3 class="screen-reader-text">Contributors</h3><ul class="plugin-contributors">${links(wpContrib)}</ul><p><a
href="https://translate.wordpress.example/">${wpDev[1]}</a></p>
<h3>${wpDev[2]}</h3><p>${wpDev[3]}</p></div>
<div id="tab-changelog" class="plugin-changelog section"><h2 id="changelog-header">${wpH4}</h2>${wpVer
  .map(
    (v, i) => `<h4>${v}</h4>
<ul>${(wpChanges[i] ?? []).map((t) => `<li>${t}</li>`).join('')}</ul>`,
  )
  .join('\n')}</div>
<button type="button" class="button-link section-toggle" aria-controls="tab-changelog" aria-expanded="false">Read more</button></div>
<div class="entry-meta"><div class="widget plugin-meta"><h2 class="screen-reader-text">Meta</h2><ul>${wpMeta
  .map(
    ([k, v]) => `<li>${k}
<strong>${v}</strong></li>`,
  )
  .join('')}
<li>Last updated <strong><span>3 weeks</span>
ago</strong></li><li class="clear">Tags<div class="tags">${wpTags.map((t) => `<a rel="tag" href="/tags/${t}">${t}</a>`).join('')}
</div></li><li class="hide-if-no-js"><strong><a class="plugin-admin" href="advanced/">Advanced View</a></strong></li></ul></div>
<div class="widget plugin-ratings"><h2 class="widget-title">Ratings</h2><a class="reviews-link" href="/reviews/">See all</a><div class="rating">
<div class="wporg-ratings" title="4.8 out of 5 stars"></div><p class="description">4.8 out of 5 stars.</p></div><ul class="ratings-list">
${wpRatings
  .map(
    (s, i) => `<li class="counter-container"><a href="/reviews/?filter=${5 - i}"><span
class="counter-label">${s}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="widget plugin-contributors"><h2 class="widget-title">Contributors</h2><ul class="contributors">${links(wpContrib)}</ul></div>
<div class="widget plugin-support"><h2 class="widget-title">${wpSupport[0]}</h2><p>${wpSupport[1]}</p><p class="counter-container">${wpSupport[2]}</p>
<a class="button" href="/support/plugin/larder-recipe-cards/">${wpSupport[3]}</a></div><div class="widget plugin-donate"><h2
class="widget-title">${wpSupport[4]}</h2>
<p>${wpSupport[5]}</p><a class="button button-secondary" href="https://larder.example/donate">${wpSupport[6]}</a></div></div></article></main>
<footer class="wp-block-group global-footer"><ul class="global-footer__navigation-list">${links(wpFoot)}</ul>
<p class="global-footer__code-is-poetry">Code is Poetry</p></footer>
<script src="https://wordpress.example/wp-content/plugins/wporg-plugins/js/section-toggle.js?ver=2" id="section-toggle-js"></script></body></html>`;
export const wporgPlugin: TestPage = {
  html: wpHtml,
  name: 'heldout188-wordpress-plugin-docs',
  kind: 'docs',
  // the readme sections (Description with its h3s, Installation, FAQ, Changelog) are the article: their h2s, h3s (the FAQ
  // questions inside dt) and the changelog's version h4s are headings; "By Marguerite Okonjo" is the byline; screenshots'
  // captions, reviews, the contributors section, the "Read more" toggle, sidebar widgets, nav and footer are furniture
  title: wpTitle,
  headings: [wpH1, wpH1a, wpH1b, wpH2, wpH3, ...wpFaq.map(([q]) => q ?? ''), wpH4, ...wpVer],
  body: texts([...wpP1, ...wpList, ...wpP2, ...wpSteps, ...wpFaq.map(([, a]) => a ?? ''), ...wpChanges.flat()]),
  bylines: ['Marguerite Okonjo', '3 weeks'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wpNav, 'Get WordPress', 'Download', 'Screenshots', ...wpShots, 'Reviews', ...wpReviews.flat(), 'Read all 37 reviews',
    'Contributors & Developers', ...wpDev, 'Tobias Lindqvist', 'Read more', ...wpMeta.flat().filter((t) => t !== '1.6.2'), 'Last updated', 'Tags', ...wpTags,
    'Advanced View', 'Ratings', 'See all', '4.8 out of 5 stars.', ...wpRatings, 'Contributors', ...wpSupport, ...wpFoot, 'Code is Poetry',
  ],
};

import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 85, file d2: a personal-finance blog post on WordPress with the Astra theme: "Skip to content", the
 * header with the primary menu and its hidden mobile toggle text, the entry meta ("By", author, date, category), the
 * "Last Updated on" line (WP Last Modified Info) and the "Reading Time:" line (Reading Time WP) at the top of the entry
 * content, an affiliate disclosure line, a table, an in-content Kit (ConvertKit) inline form, the author box, the post
 * navigation, the comment form, the sidebar widgets, the footer and, at the end of the body, the Kit modal popup.
 */
const wpTitle = 'How to build a sinking fund for the bills that always surprise you';
const wpP1 = [
  'Every January our car insurance renews, and every January for about five years I acted as if it were a shock. It was not. It was ' +
    'the same bill, give or take twenty pounds, on the same date. What I lacked was not money but a plan for money that leaves in lumps.',
  'That plan has a dull name: a sinking fund. It is simply a pot you pay into every month for a cost you know is coming but that does ' +
    'not arrive monthly. Here is how we set ours up, and what we have learned in the three years since.',
];
const wpH1 = 'Step 1: List every irregular cost';
const wpP2 = [
  'Go through the last twelve months of bank statements and write down everything that was not a regular monthly payment. Ours ' +
    'included insurance, the car’s service and MOT, birthdays, Christmas, school trips, the boiler service and a new pair of glasses.',
  'Do not forget things that happen less than once a year. A washing machine lasts roughly eight to ten years; a set of tyres, about ' +
    'four. Divide the cost by the years and you have an annual figure.',
];
const wpH2 = 'Step 2: Turn the list into a monthly number';
const wpP3 = ['Add up the annual costs and divide by twelve. This is what our first list looked like:'];
const wpTable = [
  ['Car insurance', '£612', '£51'],
  ['Car service and MOT', '£330', '£27.50'],
  ['Christmas and birthdays', '£900', '£75'],
  ['Boiler service', '£96', '£8'],
  ['Replacing appliances', '£480', '£40'],
];
const wpP4 = [
  'That came to just over £200 a month, which was a sobering number. It was also, we realised, money we were already spending. We ' +
    'had just been borrowing it from the next month every time.',
];
const wpH3 = 'Step 3: Keep it somewhere separate';
const wpP5 = [
  'Keep the fund in a separate easy-access savings account, not your current account, or it will quietly be spent. Some banks let you ' +
    'split one account into labelled pots, which makes it easy to see how much belongs to each bill.',
  'Set up a standing order for the day after payday, so the money moves before you have a chance to miss it.',
];
const wpH4 = 'What we would do differently';
const wpList = [
  'Start smaller. Our first target was too ambitious and we paid in less than half of it for two months.',
  'Review the list every six months. Prices change, and so do children’s shoe sizes.',
  'Let the fund build a cushion of one extra month, so a bill that arrives early does not empty it.',
];
const wpP6 = [
  'Three years on, January is just another month. The insurance is paid from the pot, the pot refills, and I no longer open the ' +
    'renewal letter with my eyes half shut.',
];
const wpDisclosure = 'This post may contain affiliate links. If you open an account through one of them, we may earn a small commission.';
const wpNav = ['Home', 'Start Here', 'Budgeting', 'Saving', 'Debt', 'About'];
const wpInline = ['Get the free sinking fund spreadsheet', 'First Name', 'Email Address', 'Send me the spreadsheet'];
const wpModal = [
  'Before you go…',
  'Join 12,000 readers who get one practical money tip every Sunday. No spam, ever.',
  'Your email address',
  'Yes, sign me up',
  'We won’t send you spam. Unsubscribe at any time.',
  'Built with Kit',
];
const wpAuthor = 'Hannah Mercer writes about everyday money for families on ordinary incomes. She lives in Derwent with her husband and two sons.';
const wpSave = 'Save my name, email, and website in this browser for the next time I comment.';
const wpRecent = ['The envelope method, updated for a cashless life', 'What we spent on our first year of nursery', 'A plain guide to emergency funds'];
const wpCats = ['Budgeting', 'Saving', 'Debt', 'Family Life'];
const wpForm = ['Leave a Comment', 'Cancel reply', 'Type here..', 'Name*', 'Email*', 'Website', 'Post Comment »'];
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>How to build a sinking fund for the bills that always surprise you - Penny Wise Family</title>
<meta name="description" content="A sinking fund is a pot you pay into every month for a cost you know is coming."><meta name="robots" content="index, follow">
<meta property="og:type" content="article"><meta property="og:title" content="${wpTitle}"><meta property="article:modified_time"
content="2025-03-03T19:22:05+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wpTitle}",
"author":{"name":"Hannah Mercer"},"datePublished":"2023-01-09T07:00:00+00:00","dateModified":"2025-03-03T19:22:05+00:00","wordCount":612}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://pennywisefamily.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3"
media="all">
<script src="https://pennywisefamily.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async data-uid="a1b2c3d4e5" src="https://penny-wise.kit.example/a1b2c3d4e5/index.js"></script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar
astra-4.8.3" itemtype="https://schema.org/Blog" itemscope="itemscope"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to
content</a><div class="hfeed site" id="page"><header
class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header"
data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://pennywisefamily.example/" class="custom-logo-link" rel="home"><img class="custom-logo" alt="Penny Wise Family"
src="/wp-content/uploads/2022/06/logo.png"></a></span></div><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(wpNav, 'menu-item menu-item-type-post_type')}</ul>
</div></nav></div></div></div></div></div><div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><button data-index="0"
class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button>
</div></header><div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main"
class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-saving ast-article-single" id="post-1184"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${wpTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author"><a title="View all posts by Hannah Mercer" href="/author/hannah/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Hannah Mercer</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
January 9, 2023</span></span> / <span class="cat-links"><a href="/category/saving/" rel="category tag">Saving</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text"><p class="post-modified-info">Last Updated on March 3, 2025 by
<a href="/author/hannah/" target="_blank" class="last-modified-author">Hannah Mercer</a></p>
<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Reading Time: </span> <span class="rt-time">4</span>
<span class="rt-label rt-postfix">minutes</span></span>
<p class="affiliate-disclosure"><em>${wpDisclosure}</em></p>
${ps(wpP1)}
<h2 class="wp-block-heading">${wpH1}</h2>
${ps(wpP2)}
<h2 class="wp-block-heading">${wpH2}</h2>
${ps(wpP3)}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Cost</th><th>Per year</th><th>Per month</th></tr></thead><tbody>
${wpTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
${ps(wpP4)}
<form class="seva-form formkit-form" method="post" data-sv-form="5818811" data-uid="a1b2c3d4e5" data-format="inline" data-version="5"><div data-style="clean">
<div class="formkit-header"><h2>${wpInline[0]}</h2></div><ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul>
<div data-element="fields" class="seva-fields formkit-fields"><input class="formkit-input" name="fields[first_name]" aria-label="${wpInline[1]}"
placeholder="${wpInline[1]}"><input class="formkit-input" name="email_address" aria-label="${wpInline[2]}" placeholder="${wpInline[2]}" required>
<button data-element="submit" class="formkit-submit"><span>${wpInline[3]}</span></button></div></div></form>
<h2 class="wp-block-heading">${wpH3}</h2>
${ps(wpP5)}
<h2 class="wp-block-heading">${wpH4}</h2>
<ul class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wpP6)}
</div></div></article>
<div class="ast-single-author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="ast-author-meta"><div
class="about-author-title-wrapper">
<h3 class="about-author">About The Author</h3></div><div class="ast-author-details"><div class="post-author-avatar"><img alt="" src="/avatar.jpg"></div>
<div class="post-author-bio"><a class="url fn n" href="/author/hannah/" rel="author"><h4 class="author-title" itemprop="name">Hannah Mercer</h4></a>
<div class="post-author-desc">${wpAuthor}</div></div></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/envelope-method/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/nursery-costs/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
${wpForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${wpForm[1]}</a></small></h3><form
id="ast-commentform"
class="comment-form"><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
class="comment-form-textarea
ast-grid-common-col"><label for="comment" class="screen-reader-text">${wpForm[2]}</label><textarea id="comment" name="comment"
placeholder="Type here.."></textarea>
</div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col"><label for="author"
class="screen-reader-text">
${wpForm[3]}</label><input id="author" name="author" placeholder="Name*"></p><p class="comment-form-email ast-grid-common-col"><label for="email"
class="screen-reader-text">${wpForm[4]}</label><input id="email" name="email" placeholder="Email*"></p><p class="comment-form-url ast-grid-common-col"><label
for="url" class="screen-reader-text">${wpForm[5]}</label><input id="url" name="url" placeholder="Website"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">Save my name, email, and
website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment »"><span class="screen-reader-text">${wpForm[6]}</span></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar"><div class="sidebar-main"><aside id="search-2"
class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search …"></label><button class="search-submit">Search</button></form></aside><aside id="recent-posts-2" class="widget
widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(wpRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>${links(wpCats, 'cat-item')}
</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"><div
class="ast-builder-layout-element
ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright"><p>Copyright © 2025 Penny Wise Family |
Powered by Penny Wise Family</p></div></div></div></footer></div>
<div class="formkit-overlay" data-active="true" data-uid="a1b2c3d4e5"><div class="formkit-modal"><button class="formkit-close" aria-label="Close">×</button>
<form class="seva-form formkit-form" data-uid="a1b2c3d4e5" data-format="modal" data-version="5"><div class="formkit-background"></div><div data-style="minimal">
<div class="formkit-header" data-element="header"><h2>${wpModal[0]}</h2></div><div class="formkit-subheader" data-element="subheader"><p>${wpModal[1]}</p></div>
<div data-element="fields" class="seva-fields formkit-fields"><div class="formkit-field"><input class="formkit-input" name="email_address"
aria-label="${wpModal[2]}"
placeholder="${wpModal[2]}" required></div><button data-element="submit" class="formkit-submit"><span>${wpModal[3]}</span></button></div>
<div class="formkit-guarantee" data-element="guarantee"><p>${wpModal[4]}</p></div><div class="formkit-powered-by-convertkit-container">
<a href="https://kit.example/features/forms" class="formkit-powered-by-convertkit" target="_blank">${wpModal[5]}</a></div></div></form></div></div>
<script src="https://pennywisefamily.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3"
id="astra-theme-js-js"></script></body></html>`;
export const astraPost: TestPage = {
  html: wpHtml,
  name: 'heldout85-wordpress-astra-blog-popup-reading-time',
  kind: 'blog',
  // the "Last Updated on" and "Reading Time" lines are bylines; the affiliate disclosure, the inline Kit form, the author
  // box, the post navigation, the comment form, the sidebar and the Kit modal are furniture; table data cells are body
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3, wpH4],
  body: [...wpP1, ...wpP2, ...wpP3, ...wpTable.flat(), ...wpP4, ...wpP5, ...wpList, ...wpP6],
  bylines: ['By Hannah Mercer', 'January 9, 2023', 'Last Updated on March 3, 2025 by Hannah Mercer', 'Reading Time: 4 minutes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wpNav.filter((t) => t !== 'Saving'), 'Main Menu', 'Saving', wpDisclosure, wpInline[0]!, wpInline[3]!, 'About The Author', wpAuthor,
    'Post navigation', '← Previous Post', 'Next Post →', 'Leave a Comment', ...wpForm.slice(2), wpSave,
    'Search for:', 'Search', 'Recent Posts', ...wpRecent, 'Categories', 'Family Life', 'Copyright © 2025 Penny Wise Family | Powered by Penny Wise Family',
    ...wpModal.filter((t) => t !== 'Your email address'),
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { vueDocs } from './pages-heldout86-c2.js';

/**
 * Held-out batch 86, file c: a WordPress.org Documentation (HelpHub) article on the 2022 block theme (skip link, the
 * global header with its dropdown menus and "Get WordPress", the Documentation local nav, breadcrumbs, the chapter list,
 * "In this article" with "Back to top", an image with caption, an info notice block, a code block, the "Changelog" list
 * inside the post content, "First published" / "Last updated", the feedback prompt, previous / next links and the global
 * footer with "Code is Poetry") and, from file c2, a Vue 2 guide page with the end-of-life banner.
 */
const wpTitle = 'Revisions';
const wpIntro = [
  'Every time you save a draft or update a published post or page, WordPress keeps a copy of the previous version. These copies ' +
    'are called revisions. They let you see what changed between two versions and go back to an earlier one if you need to.',
  'Revisions are stored for posts, pages and any custom post type that supports them. Autosaves, which WordPress makes every ' +
    'minute or so while you edit, are kept separately: there is only ever one autosave per user for each post.',
];
const wpH = ['Finding revisions in the editor', 'Comparing revisions', 'Restoring a revision', 'Limiting the number of revisions'];
const wpFind = [
  'Open the post in the block editor and make sure the Settings sidebar is visible. In the <strong>Post</strong> tab, the ' +
    '<strong>Revisions</strong> item shows how many revisions the post has. It only appears once there are at least two.',
  'Click <strong>Revisions</strong> to open the revisions screen.',
];
const wpCaption = 'The Revisions item in the Post tab of the Settings sidebar';
const wpCompare = [
  'The revisions screen shows two versions side by side. Removed text is highlighted in red on the left and added text in green ' +
    'on the right. Changes to the title and the excerpt are shown as well as changes to the content.',
  'Drag the slider at the top of the screen to move through the revisions, or use the <strong>Previous</strong> and ' +
    '<strong>Next</strong> buttons. Each step on the slider is one saved revision, labelled with its author and the time it was saved.',
  'To compare any two revisions instead of neighbouring ones, check <strong>Compare any two revisions</strong>. The slider gets a ' +
    'second handle that you can move on its own.',
];
const wpRestore = [
  'Move the slider to the revision that you want to go back to.',
  'Click <strong>Restore This Revision</strong>.',
  'Check the post in the editor, then click <strong>Save</strong> or <strong>Update</strong>.',
];
const wpRestore2 = [
  'Restoring doesn’t delete newer revisions. The version that was current before the restore is kept as a revision of its own, ' +
    'so you can undo a restore in the same way.',
];
const wpLimit = [
  'By default WordPress keeps every revision. On sites with many long posts this can make the database large. A site ' +
    'administrator or host can limit how many revisions are kept for each post by adding a line to the <code>wp-config.php</code> file:',
  'Setting the value to <code>0</code> turns revisions off. Existing revisions aren’t deleted when you set a limit; the extra ' +
    'ones are removed the next time the post is saved.',
];
const wpNotice =
  'Some hosts set a revisions limit for you. If the Revisions item never appears, even after several saves, ask your host ' +
  'whether revisions are turned off on your site.';
const wpChangelog = ['Updated 2025-03-03: Replaced screenshots for WordPress 6.8.', 'Created 2019-04-12'];
const wpGlobal: [string, string[]][] = [
  ['News', []],
  ['Showcase', []],
  ['Hosting', []],
  ['Extend', ['Themes', 'Plugins', 'Patterns', 'Blocks', 'Openverse ↗︎']],
  ['Learn', ['Learn WordPress', 'Documentation', 'Forums', 'Developers', 'WordPress.tv ↗︎']],
  ['Community', ['Make WordPress', 'Education', 'Photos', 'Five for the Future', 'WordCamp ↗︎', 'Meetup ↗︎', 'Job Board ↗︎']],
  ['About', ['About WordPress', 'Enterprise', 'Gutenberg ↗︎']],
];
const wpLocal = ['Get Started', 'Support Forums', 'Developer Resources'];
const wpCrumbs = ['Home', 'Documentation', 'Support Guides', 'Basic Usage'];
const wpChapters = ['Overview', 'Technical Guides', 'Support Guides', 'Customization', 'Troubleshooting', 'Contributing'];
const wpFeedback = [
  'Was this article helpful? How could it be improved?',
  'Log in to submit feedback. If you need support with something that wasn’t covered by this article, please post your question ' + 'in the support forums.',
];
// biome-ignore format: the footer links are packed several to a line
const wpFoot = [
  'About', 'News', 'Hosting', 'Privacy', 'Showcase', 'Themes', 'Plugins', 'Patterns', 'Learn', 'Documentation', 'Developers',
  'WordPress.tv ↗', 'Get Involved', 'Events', 'Donate ↗', 'Five for the Future', 'WordPress.com ↗', 'Matt ↗', 'bbPress ↗', 'BuddyPress ↗',
];
const wpSocial = ['Visit our X (formerly Twitter) account', 'Visit our Bluesky account', 'Visit our Mastodon account', 'Visit our Facebook page'];
const wpPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const wpLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const wpId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const wpH2 = (t: string): string => `<h2 class="wp-block-heading" id="${wpId(t)}">${t}</h2>`;
const wpSub = (items: string[]): string => `<button class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle"
aria-expanded="false"></button><ul class="wp-block-navigation__submenu-container">
${items
  .map(
    (t) => `<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="#"><span
class="wp-block-navigation-item__label">${t}</span></a></li>`,
  )
  .join('\n')}</ul>`;
const wpNavItem = ([h, items]: [string, string[]]): string => `<li class="wp-block-navigation-item${
  items.length ? ' has-child wp-block-navigation-submenu' : ''
}"><a class="wp-block-navigation-item__content" href="https://wordpress.example/${wpId(h)}/"><span
class="wp-block-navigation-item__label">${h}</span></a>${items.length ? wpSub(items) : ''}</li>`;
const wpSocialItem = (t: string): string => `<li class="wp-social-link"><a href="#" class="wp-block-social-link-anchor"><span
class="wp-block-social-link-label screen-reader-text">${t}</span></a></li>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wpTitle} – Documentation – WordPress.org</title><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://wordpress.example/documentation/article/revisions/"><meta property="og:type" content="article">
<meta property="og:title" content="${wpTitle}"><meta property="og:site_name" content="Documentation">
<meta property="og:description" content="Every time you save a draft or update a published post or page, WordPress keeps a copy of the previous version.">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@WordPress">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"Revisions","datePublished":"2019-04-12",
"dateModified":"2025-03-03","publisher":{"@type":"Organization","name":"WordPress.org"}}</script>
<link rel="stylesheet" id="wporg-parent-2021-style-css" href="https://wordpress.example/wp-content/themes/wporg-parent-2021/build/style.css?ver=1.0.0">
<link rel="stylesheet" id="wporg-documentation-2022-style-css" href="https://wordpress.example/wp-content/themes/wporg-documentation-2022/build/style.css">
<script src="https://wordpress.example/wp-includes/js/dist/interactivity.min.js?ver=6.8" id="wp-interactivity-js" type="module"></script></head>
<body class="helphub_article-template-default single single-helphub_article postid-18422 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group global-header alignfull is-layout-flex">
<figure class="wp-block-image global-header__wporg-logo-mark"><a href="https://wordpress.example/"><img class="global-header__wporg-logo"
alt="WordPress.org" src="https://wordpress.example/wp-content/mu-plugins/blocks/global-header-footer/images/w-mark.svg"></a></figure>
<nav class="wp-block-navigation global-header__navigation" aria-label="Main menu"><ul class="wp-block-navigation__container">
${wpGlobal.map(wpNavItem).join('\n')}</ul></nav>
<div class="global-header__search"><form role="search" method="get" action="https://wordpress.example/search/" class="wp-block-search">
<label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Search</label><input class="wp-block-search__input"
id="wp-block-search__input-1" placeholder="Search WP.org..." value="" type="search" name="s" required></form></div>
<div class="global-header__get-wordpress"><a class="wp-block-button__link" href="https://wordpress.example/download/">Get WordPress</a></div></div>
<div class="wp-block-group alignfull wporg-local-navigation-bar has-charcoal-2-background-color"><p class="wp-block-site-title"><a
href="https://wordpress.example/documentation/">Documentation</a></p><nav class="wp-block-navigation is-responsive" aria-label="Documentation">
<ul class="wp-block-navigation__container">${links(wpLocal, 'wp-block-navigation-item')}</ul></nav></div></header>
<main class="wp-block-group" id="wp--skip-link--target"><div class="wp-block-group alignwide"><div class="wp-block-wporg-site-breadcrumbs">
${wpCrumbs.map((t) => `<span><a href="https://wordpress.example/documentation/${wpId(t)}/">${t}</a></span>`).join('\n')}<span>${wpTitle}</span></div></div>
<div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column wporg-sidebar-chapters" style="flex-basis:25%">
<h2 class="wp-block-heading has-small-font-size">Chapters</h2><ul class="wporg-chapter-list">${links(wpChapters, 'page_item')}</ul></div>
<div class="wp-block-column" style="flex-basis:75%"><h1 class="wp-block-post-title">${wpTitle}</h1>
<div class="wp-block-wporg-sidebar-container is-floating-sidebar"><div class="wp-block-wporg-table-of-contents"><h2 class="wp-block-heading
has-charcoal-1-color">In this article</h2><ul>${wpH.map((t) => `<li><a href="#${wpId(t)}">${t}</a></li>`).join('\n')}
<li><a href="#changelog">Changelog</a></li></ul></div><p class="has-small-font-size is-link-to-top"><a href="#wp--skip-link--target">↑ Back to top</a></p>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained">
${wpPs(wpIntro)}
${wpH2(wpH[0]!)}
<p>${wpFind[0]}</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="612"
src="https://wordpress.example/documentation/files/2025/03/revisions-sidebar.png" alt="" class="wp-image-18430"><figcaption
class="wp-element-caption">${wpCaption}</figcaption></figure>
<p>${wpFind[1]}</p>
${wpH2(wpH[1]!)}
${wpPs(wpCompare)}
${wpH2(wpH[2]!)}
<ol class="wp-block-list">${wpLis(wpRestore)}</ol>
${wpPs(wpRestore2)}
${wpH2(wpH[3]!)}
<p>${wpLimit[0]}</p>
<pre class="wp-block-code"><code>define( 'WP_POST_REVISIONS', 10 );</code></pre>
<p>${wpLimit[1]}</p>
<div class="wp-block-wporg-notice is-info-notice"><div class="wp-block-wporg-notice__icon"></div><div class="wp-block-wporg-notice__content">
<p>${wpNotice}</p></div></div>
<h2 class="wp-block-heading" id="changelog">Changelog</h2>
<ul class="wp-block-list">${wpLis(wpChangelog)}</ul>
</div>
<div class="wp-block-group wporg-article-meta is-layout-flex"><div class="wp-block-group"><p class="has-small-font-size">First published</p>
<p class="has-small-font-size wp-block-post-date"><time datetime="2019-04-12T14:02:11+00:00">April 12, 2019</time></p></div>
<div class="wp-block-group"><p class="has-small-font-size">Last updated</p><p class="has-small-font-size wp-block-post-date"><time
datetime="2025-03-03T09:40:27+00:00">March 3, 2025</time></p></div><p class="has-small-font-size"><a
href="https://github.example/WordPress/Documentation-Issue-Tracker/issues/new">Edit article</a></p></div>
<div class="wp-block-wporg-article-feedback"><h2 class="wp-block-heading has-inter-font-family">${wpFeedback[0]}</h2>
<p>${wpFeedback[1]}</p></div>
<nav class="wp-block-wporg-prev-next" aria-label="Articles"><a class="wporg-prev-next__previous" href="/documentation/article/posts-screen/"><span
class="wporg-prev-next__label">Previous</span><span class="wporg-prev-next__title">Posts Screen</span></a><a class="wporg-prev-next__next"
href="/documentation/article/pages-screen/"><span class="wporg-prev-next__label">Next</span><span class="wporg-prev-next__title">Pages Screen</span></a>
</nav></div></div></main>
<footer class="wp-block-group global-footer is-style-black has-white-color"><ul class="global-footer__navigation-container">
${links(wpFoot, 'wp-block-navigation-item')}</ul><div class="global-footer__logos-container"><figure class="wp-block-image global-footer__wporg-logo-full">
<a href="https://wordpress.example/"><img alt="WordPress.org" src="https://wordpress.example/logo.svg"></a></figure><ul class="wp-block-social-links">
${wpSocial.map(wpSocialItem).join('\n')}
</ul></div><p class="global-footer__code_is_poetry">Code is Poetry</p></footer></div>
<script src="https://wordpress.example/wp-content/mu-plugins/blocks/global-header-footer/build/view.js?ver=5d2b3f" id="global-header-footer-js"></script>
</body></html>`;

const wordpress: TestPage = {
  name: 'heldout86-wordpress-org-documentation-docs',
  kind: 'docs',
  // the info notice is part of the article (body); the "Changelog" h2 and its list record edits of the page, not the topic,
  // so they are furniture; "First published" / "Last updated" and their dates are bylines; the "In this article" entries
  // repeat the headings and the last breadcrumb repeats the title, so they are left out
  html: wpHtml,
  title: wpTitle,
  headings: wpH,
  body: texts([...wpIntro, ...wpFind, ...wpCompare, ...wpRestore, ...wpRestore2, ...wpLimit, wpNotice]),
  bylines: ['First published', 'April 12, 2019', 'Last updated', 'March 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to content', ...wpGlobal.flatMap(([h, items]) => [h, ...items]), 'Search', 'Get WordPress', ...wpLocal, ...wpCrumbs, 'Chapters',
      ...wpChapters, 'In this article', 'Changelog', '↑ Back to top', wpCaption, ...wpChangelog, 'Edit article', ...wpFeedback, 'Previous',
      'Posts Screen', 'Next', 'Pages Screen', ...wpFoot, ...wpSocial, 'Code is Poetry',
    ]),
  ],
};

export const HELDOUT86_C: readonly TestPage[] = [wordpress, vueDocs];

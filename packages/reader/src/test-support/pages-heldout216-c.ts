import { links, ps, type TestPage, texts } from './page-kit.js';
import { yogaStudio } from './pages-heldout216-c2.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file c: a running club's race report on a WordPress site with the Astra theme (top bar with the
 * Facebook / Strava club links, header menu with "Join the Club", the post meta, the featured image caption, a results table
 * inside the post, the Jetpack share buttons and likes, post navigation, two reader comments and the reply form, the sidebar
 * with search, upcoming fixtures, categories and archives, and the footer credits) and, from file c2, a yoga studio blog post.
 */
const title = 'Race report: Calder Valley Half Marathon 2026';
const p1 = paras(`
Twenty-three Harriers lined up in Hebden Royd on Sunday morning for the Calder Valley Half, our biggest turnout for a road race
since the club started keeping records. The forecast had promised drizzle and delivered a proper downpour for the first six
miles, but nobody seemed to mind once the sun came out over Mytholm.

The course was changed this year because of the works on the canal towpath, so the long drag up to Blackshaw Head came at mile
eight rather than mile ten. Several of our runners said this made it easier to pace, though a few admitted walking the last
stretch before the cattle grid.
`);
const h1 = 'Front of the pack';
const p2 = paras(`
Ravi Dhillon had a superb run to finish eleventh overall in 1:14:52, a personal best by nearly two minutes and the fastest time
by a Harrier on this course. Ravi went out with the lead group and held on up the climb, then picked off three runners on the
descent into Mytholmroyd.

First woman home for the club was Sinead Farrelly in 1:29:07, which also won her the F45 category. Sinead has been building back
carefully after a calf injury in the spring and said afterwards that she had planned to run it as a training run. It did not
look like a training run from where we were standing.
`);
const h2 = 'First half marathons';
const p3 = paras(`
A special mention to our four debutants, all graduates of last winter’s Couch to 5k group: Jo Pearce, Aled Morgan, Priya Nair and
Tom Whitworth. All four finished strongly, and Aled was still smiling in the finishing photos, which is more than can be said
for the rest of us.
`);
const h3 = 'Club results';
const results = [
  ['Ravi Dhillon', '1:14:52', 'M35', 'PB'],
  ['Ben Ashworth', '1:22:40', 'M40', ''],
  ['Sinead Farrelly', '1:29:07', 'F45', '1st F45'],
  ['Karen Lodge', '1:41:15', 'F55', ''],
  ['Aled Morgan', '1:58:33', 'M20', 'First half'],
  ['Priya Nair', '2:04:10', 'F35', 'First half'],
] as const;
const p4 = paras(`
Full results for all twenty-three runners are on the race organiser’s website. Thanks as ever to everyone who came out to cheer
at the Heptonstall turn, and to Karen for the flapjacks.
`);
const next = ['Next up for the club:'] as const;
const fixtures = [
  'Sunday 13 December: Christmas pudding handicap, 5 miles from the clubhouse',
  'Saturday 2 January: New Year parkrun social at Shibden',
] as const;
const topBar = ['Facebook', 'Strava club', 'Instagram'] as const;
const nav = ['Home', 'About', 'Training', 'Races', 'Results', 'Juniors', 'Contact', 'Join the Club'] as const;
const caption = 'Harriers at the start on Burnley Road. Photo: Dave Lodge';
const share = ['Share this:', 'Facebook', 'X', 'WhatsApp', 'Email', 'Like this:', 'Like', 'Loading...'] as const;
const postNav = ['Previous Post', 'Cross-country league round 2: a muddy day at Ogden', 'Next Post', 'Christmas handicap: entries open'] as const;
const comments = [
  { who: 'Lynne Barraclough', when: 'November 24, 2026 at 7:41 pm', text: 'Great report and brilliant running by everyone. That hill!' },
  { who: 'Ravi Dhillon', when: 'November 24, 2026 at 9:03 pm', text: 'Thanks Lynne. Couldn’t have done the last two miles without the cheering.' },
] as const;
const form = ['Leave a Reply', 'Your email address will not be published.', 'Comment', 'Name', 'Email', 'Website', 'Post Comment'] as const;
const side = [
  'Search',
  'Upcoming fixtures',
  'Christmas pudding handicap',
  'New Year parkrun social',
  'Categories',
  'Race reports',
  'Club news',
  'Training',
  'Archives',
  'November 2026',
  'October 2026',
] as const;
const foot = ['Copyright © 2026 Calder Harriers', 'Powered by Astra WordPress Theme', 'Affiliated to England Athletics'] as const;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Calder Harriers</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://calderharriers.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1">
<link rel="stylesheet" id="jetpack-sharing-css" href="https://calderharriers.example/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css">
<script src="https://calderharriers.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Calder Harriers">
</head><body class="post-template-default single single-post postid-2291 ast-right-sidebar astra-4.8.1">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site"><div class="ast-above-header-bar"><ul class="ast-social-stack">${links(topBar, 'ast-social-icon')}</ul></div>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="site-branding ast-site-identity">
<span class="site-title"><a href="https://calderharriers.example/" rel="home">Calder Harriers</a></span>
<p class="site-description">Running in the Upper Calder Valley since 1982</p></div>
<nav id="primary-site-navigation-desktop" class="site-navigation ast-flex-grow-1" aria-label="Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(nav, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2291 post type-post status-publish format-standard has-post-thumbnail category-race-reports ast-article-single" id="post-2291">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<figure class="wp-block-image"><img src="https://calderharriers.example/wp-content/uploads/2026/11/calder-half-start.jpg" alt="">
<figcaption class="wp-element-caption">${caption}</figcaption></figure></div>
<h1 class="entry-title" itemprop="headline">${title}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/helen-mason/"><span
class="author-name">Helen Mason</span></a></span>
/ <span class="posted-on"><span class="published">November 24, 2026</span></span> / <span class="cat-links"><a href="/category/race-reports/">Race reports</a>
</span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h3}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Runner</th><th>Time</th><th>Category</th><th>Note</th></tr></thead><tbody>
${results.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></figure>
${ps(p4)}
${ps(next)}
<ul class="wp-block-list">${lis(fixtures)}</ul>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">${share[0]}</h3>
<div class="sd-content"><ul>${links(share.slice(1, 5), 'share-item')}</ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">${share[5]}</h3><div
class="likes-widget-placeholder post-likes-widget-placeholder">
<span class="button"><span>${share[6]}</span></span> <span class="loading">${share[7]}</span></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/cross-country-round-2/" rel="prev">
<span class="ast-post-nav">${postNav[0]}</span> <p>${postNav[1]}</p></a></div><div class="nav-next"><a href="/christmas-handicap/" rel="next">
<span class="ast-post-nav">${postNav[2]}</span> <p>${postNav[3]}</p></a></div></div></nav>
<div id="comments" class="comments-area"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on “${title}”</h3></div>
<ol class="ast-comment-list">
${comments
  .map(
    (c, i) => `<li class="comment even thread-even depth-1" id="li-comment-${i}"><article id="comment-${i}" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-data-wrap"><cite><b class="fn">${c.who}</b></cite>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${i}"><time datetime="2026-11-24">${c.when}</time></a></span></div></div></header></div>
<section class="ast-comment-content comment"><p>${c.text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]}</h3>
<form id="ast-commentform" class="comment-form"><p class="comment-notes">${form[1]}</p><p class="comment-form-textarea"><label for="comment">${form[2]}</label>
<textarea id="comment"></textarea></p><p><label for="author">${form[3]}</label><input id="author"></p><p><label for="email">${form[4]}</label><input
id="email"></p>
<p><label for="url">${form[5]}</label><input id="url"></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="${form[6]}">
<button type="submit" class="screen-reader-text">${form[6]}</button></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">${side[0]}</span>
<input type="search" class="search-field"></label></form></aside>
<aside class="widget widget_text"><h2 class="widget-title">${side[1]}</h2><ul>${links(side.slice(2, 4))}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">${side[4]}</h2><ul>${links(side.slice(5, 8), 'cat-item')}</ul></aside>
<aside class="widget widget_archive"><h2 class="widget-title">${side[8]}</h2><ul>${links(side.slice(9))}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>${foot[0]} | ${foot[1]}</p>
<p>${foot[2]}</p></div></div></footer></div>
<script src="https://calderharriers.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.1" id="astra-theme-js-js"></script>
<script src="https://stats.wp.example/e-202648.js" defer></script></body></html>`;

const raceReport: TestPage = {
  html,
  name: 'heldout216-running-club-race-report',
  kind: 'blog',
  // table data cells are body (header cells in neither list); the featured image caption, Jetpack share and like blocks,
  // post navigation, reader comments and the form, the sidebar and footer are furniture; "Race reports" (the category
  // link) is furniture, "Training" (nav and sidebar) too
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...texts(p2), ...texts(p3), ...results.flat().filter((c) => c !== ''), ...texts(p4), ...next, ...fixtures],
  bylines: ['Helen Mason', 'November 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...topBar, 'Calder Harriers', 'Running in the Upper Calder Valley since 1982', ...nav, caption, ...share.filter((s) => s !== 'Facebook'),
    ...postNav, '2 thoughts on', ...comments.flatMap((c) => [c.who, c.when, c.text]).filter((c) => c !== 'Ravi Dhillon'), 'Reply', ...form, ...side, ...foot,
  ])],
};

export const HELDOUT216_C: readonly TestPage[] = [raceReport, yogaStudio];

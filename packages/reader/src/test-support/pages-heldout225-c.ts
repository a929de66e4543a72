import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementorPost } from './pages-heldout225-c2.js';

/**
 * Held-out batch 225, file c: an allotment society's blog post on WordPress.com (Twenty Sixteen: the site title and
 * description, the primary menu, the entry meta in the footer of the entry with author, date, categories and tags, the
 * sharedaddy "Share this:" buttons, "Like this:" with "Loading...", Jetpack related posts, the post navigation, two reader
 * comments with "Reply" and the comment form, the sidebar widgets, the WordPress.com actionbar and the footer credit) and,
 * from file c2, a garden centre's Elementor blog post.
 */
const title = 'Water butts, wood chip and the great hosepipe debate';
const body1 = [
  'At the committee meeting on Tuesday we finally agreed the new watering rules for the Mill Lane site, after what the minutes ' +
    'politely call “a lively discussion”. Thank you to the thirty-odd plotholders who came along or sent in their views.',
  'The short version: hosepipes will no longer be allowed on the site from 1 May to 30 September, except for filling water butts ' +
    'and troughs. We know this will not be popular with everyone, so here is why we got there and what we are doing to help.',
];
const h1 = 'Why the change';
const body2 = [
  'Last summer our water bill went up by more than forty percent. The site has one metered supply and the cost is shared across ' +
    'all 84 plots through the rent, so every plotholder pays for the hosepipe left running on plot 31 overnight. We also had three ' +
    'weeks in July when the pressure at the top of the site was so low that the troughs would not refill.',
  'Watering cans put water where it is needed, at the roots, and most of what comes out of a hose on a hot afternoon evaporates ' + 'before it does any good.',
];
const h2 = 'What the society is doing';
const help = [
  'Twenty new 200-litre water butts, bought with the grant from the district council, will be fitted to the communal shed and ' +
    'the polytunnel in March. Plotholders can apply for one for their own shed at cost price (£18).',
  'The wood chip delivery from Hendry Tree Services is booked for the second week of April. Wood chip on paths and around fruit ' +
    'bushes makes a huge difference to how quickly the soil dries out.',
  'The two troughs at the top of the site will be replaced with a larger tank fed from the main at night.',
  'Plotholders with a disability or health condition that makes carrying cans difficult can ask for an exemption. Speak to Pauline ' +
    'or any committee member, and we will sort it out quietly.',
];
const body3 = [
  'We will review the rule at the AGM in November. If it is not working, we will change it. In the meantime, the best advice from ' +
    'our longest-serving plotholder Desmond, who has had plot 7 since 1986, is to water less often but more deeply, and to hoe. ' +
    '“A hoeing is worth two waterings,” he says, and he has the onions to prove it.',
];
const site = 'Mill Lane Allotment Society';
const desc = 'Growing together in Hartwell since 1921';
const menu = ['Home', 'About', 'Plots & waiting list', 'Site rules', 'Trading hut', 'Contact'];
const meta = ['Author', 'Pauline Okafor', 'Posted on', '18 February 2026', 'Categories', 'Committee news', 'Tags'];
const tags = ['rules', 'water', 'wood chip'];
const share = ['Share this:', 'Facebook', 'X', 'Email', 'Print', 'Like this:', 'Like', 'Loading...'];
const related = ['Plot inspections: what we look for', 'Trading hut opening times for spring', 'Bonfire ban reminder'] as const;
const relDates = ['12 January 2026', '2 February 2026', '20 November 2025'];
const comments = [
  {
    who: 'Graham T (plot 52)',
    when: '18 February 2026 at 7:41 pm',
    text: 'Fair enough on the bill, but can we have the butts on the north side too? The top plots are a long walk from the shed.',
  },
  {
    who: 'Pauline Okafor',
    when: '19 February 2026 at 9:02 am',
    text: 'Yes Graham, four of the twenty are earmarked for the north fence. Come and help fit them!',
  },
];
const form = ['Leave a comment', 'Cancel reply', 'Write a Comment...', 'Email (Address never made public)', 'Name', 'Website', 'Post Comment'];
const widgets = ['Search for:', 'Search', 'Recent Posts', 'Recent Comments', 'Archives', 'February 2026', 'January 2026', 'November 2025'];
const bar = ['Comment', 'Reblog', 'Subscribe', 'Subscribed', 'Sign me up', 'Already have a WordPress.com account? Log in now.', 'Report this content'];
const credit = 'Blog at WordPress.com.';
const nav = ['Previous', 'Previous post:', 'Seed swap on 8 March', 'Next', 'Next post:', 'Wood chip is coming'] as const;

const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} &#8211; ${site}</title><link rel="canonical" href="https://millaneallotments.wordpress.com/2026/02/18/water-butts-wood-chip/">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">
<meta property="article:published_time" content="2026-02-18T16:20:11+00:00"><link rel="stylesheet" id="twentysixteen-style-css"
href="https://s0.wp.example/wp-content/themes/pub/twentysixteen/style.css?m=1700" media="all"><script type="text/javascript">
var _wpcom_is_ajax = false; window._tkq = window._tkq || []; </script></head>
<body class="post-template-default single single-post postid-512 single-format-standard wp-embed-responsive customizer-styles-applied jetpack-reblog-enabled">
<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a href="/" rel="home">${site}</a></p>
<p class="site-description">${desc}</p></div><button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu">
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><div class="menu-primary-container"><ul id="menu-primary" class="primary-menu">
${links(menu, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-512" class="post-512 post type-post status-publish format-standard hentry category-committee-news tag-rules tag-water tag-wood-chip">
<header class="entry-header"><h1 class="entry-title">${title}</h1></header>
<div class="entry-content">
${ps(body1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(body2)}
<h2 class="wp-block-heading">${h2}</h2>
<ul class="wp-block-list">${help.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(body3)}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent
sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">${share[0]}</h3><div class="sd-content"><ul>
<li class="share-facebook"><a class="share-facebook sd-button share-icon" href="#"><span>${share[1]}</span></a></li>
<li class="share-x"><a class="share-x sd-button share-icon" href="#"><span>${share[2]}</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="#"><span>${share[3]}</span></a></li>
<li class="share-print"><a class="share-print sd-button share-icon" href="#"><span>${share[4]}</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1904-512"
data-name="like-post-frame"><h3 class="sd-title">${share[5]}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder">
<span class="button"><span>${share[6]}</span></span> <span class="loading">${share[7]}</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
${related
  .map(
    (t, i) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r${i}">${t}</a></h4>
<p class="jp-relatedposts-post-date">${relDates[i]}</p><p class="jp-relatedposts-post-context">In "Committee news"</p></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">${meta[0]} </span>
<a class="url fn n" href="/author/paulineokafor/">${meta[1]}</a></span></span><span class="posted-on"><span class="screen-reader-text">${meta[2]} </span>
<a href="/2026/02/18/water-butts-wood-chip/" rel="bookmark"><time class="entry-date published" datetime="2026-02-18T16:20:11+00:00">${meta[3]}</time></a>
</span><span class="cat-links"><span class="screen-reader-text">${meta[4]} </span><a href="/category/committee-news/" rel="category tag">${meta[5]}</a></span>
<span class="tags-links"><span class="screen-reader-text">${meta[6]} </span>${tags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span>
</footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${title}”</h2><ol class="comment-list">
${comments
  .map(
    (c, i) => `<li id="comment-${90 + i}" class="comment ${i ? 'byuser bypostauthor' : ''} even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${c.who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${90 + i}"><time datetime="2026-02-18">${c.when}</time></a></div></footer>
<div class="comment-content"><p>${c.text}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">${form[1]}</a></small></h3><form id="commentform" class="comment-form">
<div class="comment-form-field comment-textarea"><label for="comment">${form[2]}</label><textarea id="comment"></textarea></div>
<div class="comment-form-email"><label for="email">${form[3]}</label><input id="email"></div><div class="comment-form-author"><label
for="author">${form[4]}</label><input id="author"></div><div class="comment-form-url"><label for="url">${form[5]}</label><input id="url"></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"><button class="submit">${form[6]}</button></p>
</form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/seed-swap/" rel="prev"><span class="meta-nav" aria-hidden="true">${nav[0]}</span> <span class="screen-reader-text">${nav[1]}</span>
<span class="post-title">${nav[2]}</span></a></div><div class="nav-next"><a href="/wood-chip/" rel="next"><span class="meta-nav"
aria-hidden="true">${nav[3]}</span>
<span class="screen-reader-text">${nav[4]}</span> <span class="post-title">${nav[5]}</span></a></div></div></nav>
</main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form">
<label><span class="screen-reader-text">${widgets[0]}</span><input type="search" class="search-field" placeholder="Search &hellip;"></label>
<button type="submit" class="search-submit"><span class="screen-reader-text">${widgets[1]}</span></button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">${widgets[2]}</h2><ul>${links([title, nav[2], related[1]])}</ul></section>
<section class="widget widget_recent_comments"><h2 class="widget-title">${widgets[3]}</h2><ul id="recentcomments"><li class="recentcomments">
<span class="comment-author-link">Pauline Okafor</span> on <a href="#comment-91">Water butts, wood chip and the great hosepipe…</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">${widgets[4]}</h2><ul>${links(widgets.slice(5))}</ul></section></aside>
</div><footer id="colophon" class="site-footer"><nav class="main-navigation" aria-label="Footer Primary Menu"><ul class="primary-menu">${links(menu)}</ul></nav>
<div class="site-info"><span class="site-title"><a href="/" rel="home">${site}</a></span><a href="https://wordpress.com/?ref=footer_blog"
rel="nofollow">${credit}</a>
</div></footer></div></div>
<div id="actionbar" class="actnbr-pub-twentysixteen actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-comment"
href="#respond"><span>${bar[0]}</span></a></li><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-reblog"
href="#"><span>${bar[1]}</span></a>
</li><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href="#"><span>${bar[2]}</span></a><a class="actnbr-action
actnbr-actn-following no-display" href="#"><span>${bar[3]}</span></a><div class="actnbr-popover tip tip-top-left actnbr-notice"><div class="tip-inner">
<div class="actnbr-follow-bubble"><ul><li class="actnbr-sitename actnbr-hidden"><a href="/">${site}</a></li><li><form><input type="email"
placeholder="Enter your email address"><button type="submit">${bar[4]}</button></form></li><li class="actnbr-login-nudge">${bar[5]}</li></ul></div></div></div>
</li><li class="actnbr-ellipsis actnbr-hidden"><a href="#">${bar[6]}</a></li></ul></div>
<script src="https://s0.wp.example/_static/??-eJx9jEEKgzAQRS/kOEip0kXpWdLJoAlJJ2QGvH6Nq7Zu3v/wH+WF8ewQ" type="text/javascript"></script></body></html>`;

const allotmentBlog: TestPage = {
  name: 'heldout225-wordpresscom-allotment-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2],
  body: texts([...body1, ...body2, ...help, ...body3]),
  bylines: ['Pauline Okafor', '18 February 2026'],
  // reader comments (with their names and times) are furniture on a blog page
  // biome-ignore format: packed furniture
  furniture: [
    'Skip to content', site, desc, 'Menu', ...menu, ...meta.filter((m) => m !== 'Pauline Okafor' && m !== '18 February 2026'), 'Committee news', ...tags,
    ...share, 'Related', ...related, ...relDates, 'In "Committee news"', `2 thoughts on “${title}”`, 'Graham T (plot 52)', 'says:',
    ...comments.flatMap((c) => [c.when, c.text]), 'Reply', ...form, 'Post navigation', ...nav, ...widgets,
    'Water butts, wood chip and the great hosepipe…', credit, ...bar,
  ],
};

export const HELDOUT225_C: readonly TestPage[] = [allotmentBlog, elementorPost];

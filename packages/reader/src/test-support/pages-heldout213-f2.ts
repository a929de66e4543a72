import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 213, file f2: a volunteer-run campaign group's update on a WordPress.com site with a classic theme (the
 * skip link, site title and tagline, the menu, the post's date, author and category, a "Donate to our legal fund" box the
 * authors put at the top of the post, the Jetpack "Share this:" buttons and "Like" block, the Jetpack "Related" posts, the
 * tags, the previous/next post links, two reader comments with "Reply" links and the comment form, the sidebar widgets
 * (follow by email, recent posts, archives, categories), the "Blog at WordPress.com." footer and the WordPress.com action
 * bar with its hidden follow box).
 */
const title = 'Inquiry update: the inspector’s site visit, and what happens next';
const notice = 'Our legal fund is at £11,240 of the £15,000 we need for the final hearing. Please donate if you can!';
const p1 = [
  'Thank you to the 60 or so of you who came out on Tuesday for the planning inspector’s site visit to Hadley Meadows. It was ' +
    'cold and muddy, and it meant a great deal to see so many people there, from toddlers in wellies to members who remember ' +
    'haymaking on the fields in the 1960s.',
  'For anyone new to the campaign: the developer, Corvane Homes, appealed after the district council refused permission for ' +
    '240 houses on the meadows last year. The appeal is being decided by a planning inspector at a public inquiry, which opened ' +
    'on 4 March and has now heard most of the evidence.',
];
const h1 = 'The site visit';
const p2 = [
  'The inspector walked the route of the public footpath from Mill Lane to the river, with representatives of the developer, ' +
    'the council and our group. Under the rules nobody is allowed to make arguments during the visit, only to point out ' +
    'features, so our job was to make sure she saw the things we had talked about in our evidence.',
  'We showed her the flood marks on the old field barn, the hedgerow that our surveyors dated to before 1750, and the spot ' +
    'where the barn owls have nested for the last four years. Jenny also pointed out how water was standing on the lower meadow ' +
    'even after a dry week, which matters because the developer says the site drains well.',
];
const h2 = 'What happens next';
const p3 = ['The inquiry closes with written statements from each side. The timetable is:'];
const list = [
  'Closing statements due by 4 April',
  'Inspector’s decision expected in late June or July',
  'If permission is refused, the developer can only challenge it in the High Court on a point of law',
];
const p4 = [
  'Our barrister, who has given her time at a heavily reduced rate, is preparing our closing statement now. We will post it ' +
    'here as soon as it is submitted.',
  'In the meantime, the best thing you can do is tell your friends and neighbours, and come to our next open meeting at the ' +
    'Village Hall on Thursday 10 April at 7.30pm. Tea and cake as usual.',
  'Thank you all. We could not have got this far without you.',
];
const signoff = 'Margaret, Ros and the Save Hadley Meadows committee';
const menu = ['Home', 'About the campaign', 'The inquiry', 'Get involved', 'Donate', 'Contact'];
const share = ['Share this:', 'Facebook', 'X', 'Email', 'Print'];
const related = ['Inquiry day three: flooding evidence', 'Why the hedgerows matter', 'Meeting notes, February'];
const relDates = ['March 7, 2025', 'February 19, 2025', 'February 12, 2025'];
const tags = ['Hadley Meadows', 'planning inquiry', 'site visit'];
const comments = [
  { who: 'Colin Hearne', when: 'March 20, 2025 at 8:14 pm', text: 'Great turnout. Well done everyone, especially for getting the barn owl site in.' },
  { who: 'Priya Walsh', when: 'March 21, 2025 at 9:02 am', text: 'Just donated. Will bring the kids to the meeting on the 10th.' },
];
const form = ['Leave a comment', 'Cancel reply', 'Comment', 'Email (required)', 'Name (required)', 'Website'];
const widgets = ['Follow by email', 'Enter your email address to follow this blog and receive notifications of new posts by email.', 'Follow'];
const recent = ['Inquiry day three: flooding evidence', 'Inquiry opens: a packed hall', 'Why the hedgerows matter'];
const archives = ['March 2025', 'February 2025', 'January 2025'];
const cats = ['Inquiry', 'Meetings', 'Wildlife'];
const bar = [
  'Subscribe',
  'Subscribed',
  'Save Hadley Meadows',
  'Already have a WordPress.com account? Log in now.',
  'Report this content',
  'View site in Reader',
];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inquiry update: the inspector’s site visit, and what happens next – Save Hadley Meadows</title>
<link rel="canonical" href="https://savehadleymeadows.wordpress.com/2025/03/20/inquiry-update-site-visit/"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Save Hadley Meadows"><meta property="article:published_time"
content="2025-03-20T17:45:09+00:00">
<meta name="generator" content="WordPress.com"><link rel="stylesheet" id="all-css-0" href="https://s0.wp.com/_static/??-eJx9jEsOwjAMRO9D.css" media="all">
<script>var _tkq = _tkq || []; _tkq.push(['storeContext', {'blog_id':'212884301','blog_tz':'0','user_lang':'en-gb','blog_lang':'en'}]);</script></head>
<body class="post-template-default single single-post postid-318 single-format-standard customizer-styles-applied highlander-enabled highlander-light">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Save Hadley Meadows</a></p>
<p class="site-description">Keeping the meadows green for everyone</p></div><nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><ul id="primary-menu"
class="menu">${links(menu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-318" class="post-318 post type-post status-publish format-standard hentry category-inquiry">
<header class="entry-header"><h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="/2025/03/20/"
rel="bookmark">
<time class="entry-date published" datetime="2025-03-20T17:45:09+00:00">March 20, 2025</time></a></span><span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/savehadley/">savehadley</a></span></span></div></header>
<div class="entry-content">
<div class="wp-block-group has-pale-pink-background-color has-background"><p><strong>${notice}</strong> <a href="/donate/">Donate to our legal fund</a></p>
</div>
${ps(p1)}
<h3 class="wp-block-heading">${h1}</h3>
${ps(p2)}
<h3 class="wp-block-heading">${h2}</h3>
${ps(p3)}
<ul class="wp-block-list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
<p><em>${signoff}</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">${share[0]}</h3>
<div class="sd-content"><ul>${share
  .slice(1)
  .map((t) => `<li class="share-${t.toLowerCase()}"><a class="share-${t.toLowerCase()} sd-button" href="#"><span>${t}</span></a></li>`)
  .join('')}
</ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder">
<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${related
  .map(
    (t, i) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r${i}/">${t}</a></h4>
<p class="jp-relatedposts-post-date">${relDates[i]}</p>
<p class="jp-relatedposts-post-context">In "Inquiry"</p></div>`,
  )
  .join('\n')}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/inquiry/" rel="category tag">Inquiry</a></span>
<span class="tags-links">Tagged ${tags.map((t) => `<a href="/tag/${t.replace(/ /g, '-').toLowerCase()}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/03/07/" rel="prev">Inquiry day three: flooding evidence</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${title}”</h2><ol class="comment-list">
${comments
  .map(
    (c, i) => `<li id="comment-${i}" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${c.who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${i}"><time>${c.when}</time></a></div></footer>
<div class="comment-content"><p>${c.text}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a id="cancel-comment-reply-link"
href="#respond">${form[1]}</a></small></h3>
<form id="commentform" class="comment-form"><div class="comment-form-field"><label for="comment">${form[2]}</label><textarea id="comment"></textarea></div>
<div class="comment-form-email"><label for="email">${form[3]}</label><input id="email"></div><div class="comment-form-author">
<label for="author">${form[4]}</label>
<input id="author"></div><div class="comment-form-url"><label for="url">${form[5]}</label><input id="url"></div></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_blog_subscription"><h2 class="widget-title">${widgets[0]}</h2><p>${widgets[1]}</p>
<form><input type="email" placeholder="Email Address"><button>${widgets[2]}</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(recent)}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(archives)}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(cats, 'cat-item')}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog">Blog at WordPress.com.</a></div></footer>
</div>
<div id="actionbar" class="actnbr-pub-theme actnbr-has-follow" style="display: none;"><ul><li class="actnbr-btn actnbr-hidden">
<a class="actnbr-action actnbr-actn-follow"
href=""><span>${bar[0]}</span></a><a class="actnbr-action actnbr-actn-following no-display" href=""><span>${bar[1]}</span></a>
<div class="actnbr-popover tip tip-top-left actnbr-notice"><div class="tip-inner"><div class="actnbr-follow-bubble"><ul><li class="actnbr-sitename">
<a href="/">${bar[2]}</a></li><li class="actnbr-login-nudge"><div>${bar[3]}</div></li></ul></div></div></div></li>
<li class="actnbr-ellipsis actnbr-hidden"><ul><li><a href="#">${bar[4]}</a></li><li><a href="#">${bar[5]}</a></li></ul></li></ul></div>
<script src="https://s0.wp.com/_static/??-eJydj8EKwjAMQH9.js"></script></body></html>`;
export const campaignUpdate: TestPage = {
  html,
  name: 'heldout213-campaign-wordpress-update',
  kind: 'blog',
  // the legal-fund box the authors put at the top of the post is a promo (furniture); the sign-off line is a byline;
  // the comment count heading and reader comments are furniture (not a discussion page)
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['Posted on March 20, 2025', 'savehadley', signoff],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Keeping the meadows green for everyone', 'Menu', ...menu, notice, 'Donate to our legal fund', ...share, 'Like this:', 'Like',
    'Loading...', 'Related', ...related.slice(1), ...relDates, 'In "Inquiry"', 'Posted in', 'Tagged', ...tags, 'Post navigation',
    'Inquiry day three: flooding evidence', `2 thoughts on “${title}”`, ...comments.flatMap((c) => [c.who, c.when, c.text]), 'says:', 'Reply', ...form,
    ...widgets, 'Recent Posts', ...recent.filter((t) => !related.includes(t)), 'Archives', ...archives, 'Categories', ...cats, 'Blog at WordPress.com.', ...bar,
  ],
};

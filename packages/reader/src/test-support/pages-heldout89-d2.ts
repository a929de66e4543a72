import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 89, file d2: a WordPress.com hosted blog post in Twenty Sixteen (skip link, site title and tagline, the
 * menu, the post with Jetpack "Share this:", "Like this:" and "Related" blocks inside the entry content, the entry footer
 * with screen-reader labels, author, dates, category and tags, four reader comments with "says:", times, comment likes and
 * "Reply", the Jetpack "Leave a comment" form, post navigation, the sidebar widgets, "Blog at WordPress.com.", the hidden
 * logged-out action bar and the EU cookie-law widget).
 */
const wpTitle = 'Saving seed from this year’s tomatoes (and why I nearly didn’t bother)';
const wpP1 = [
  'I have grown the same pink beefsteak tomato on plot 14B for six summers now. The seed came from Arthur on the next plot, who got it from his ' +
    'father, who apparently brought it back from a holiday in the 1970s in a twist of newspaper. Nobody knows its real name. Arthur calls it “the good ' +
    'one”, so that is what it says on my labels.',
  'Every autumn I mean to save seed from it, and every autumn I run out of time and end up begging a few seeds from Arthur in March. This year he told ' +
    'me, kindly but firmly, that he was not getting any younger and I had better learn to do it myself. So here is how it went.',
];
const wpH1 = 'Choosing the fruit';
const wpP2 = [
  'You want the best tomatoes from the best plants, not the split ones at the end of the season. I picked three fat, fully ripe fruit from the two ' +
    'plants that had cropped earliest and stayed free of blight longest. Arthur says that is how the good one got good in the first place: forty years ' +
    'of keeping seed from the plants that did best.',
  'Because tomatoes mostly pollinate themselves, seed from an old open-pollinated variety like this should come true. That is not the case with F1 ' +
    'hybrids, so do not bother saving seed from those unless you like surprises.',
];
const wpH2 = 'Fermenting the seed';
const wpP3 = ['This is the part I had been putting off, because it sounded fiddly and smelly. It is a bit smelly. It is not fiddly.'];
const wpSteps = [
  'Cut the tomatoes across the middle and squeeze the seeds and jelly into a clean jam jar.',
  'Add about the same amount of water, cover the jar with a bit of kitchen roll and put it somewhere warm but out of the sun.',
  'Stir it once a day. After three or four days a layer of mould will form on the top. This is what you want.',
  'Tip off the mould and the floating seeds, which are usually duds, and rinse the good seeds that have sunk to the bottom in a sieve.',
  'Spread them on a plate (not kitchen paper, they stick to it) and leave them to dry for a week or so.',
];
const wpP4 = [
  'The fermenting gets rid of the gel coat around each seed, which stops them germinating inside the fruit, and it seems to kill off some of the ' +
    'diseases that can be carried on the seed. It also makes your kitchen windowsill smell like a compost bin, so warn anyone you live with.',
];
const wpH3 = 'Was it worth it?';
const wpP5 = [
  'I ended up with a little over two hundred seeds from three tomatoes, which is roughly two hundred more than I need. They are in a labelled envelope ' +
    'in a biscuit tin in the shed, and the rest are going to the seed swap at the allotment society in February.',
  'Arthur inspected them on Sunday and said they would do. From him, that is high praise.',
];
const wpMenu = ['Home', 'About', 'Plot diary', 'Recipes', 'Seed swap'];
const wpShare = ['Facebook', 'X', 'Email', 'Print'];
const wpRelated = [
  ['Leeks, and why I will never again grow them from shop-bought plants', 'October 14, 2025', 'In "Plot diary"'],
  ['The seed swap is back!', 'January 29, 2025', 'In "Seed swap"'],
  ['Blight, again', 'August 21, 2024', 'In "Plot diary"'],
];
const wpComments = [
  {
    id: '412',
    name: 'Moira in Tyneside',
    time: 'November 3, 2025 at 7:12 pm',
    text:
      'Brilliant, thank you. I did this for the first time last year and nobody warned me about the smell. My husband thought something had died ' +
      'behind the bread bin.',
    likes: 'Liked by 2 people',
    depth: 1,
  },
  {
    id: '413',
    name: 'Bridget Arkwright',
    time: 'November 3, 2025 at 8:40 pm',
    text: 'Ha! I did warn mine this time and he still complained. Hope yours came up well in the spring.',
    likes: 'Liked by 1 person',
    depth: 2,
  },
  {
    id: '418',
    name: 'greenfingers_dave',
    time: 'November 4, 2025 at 9:05 am',
    text: 'Could you put some of the good one aside for me at the swap? I will trade you some of my purple climbing beans.',
    likes: '',
    depth: 1,
  },
  {
    id: '421',
    name: 'Hollie',
    time: 'November 4, 2025 at 6:31 pm',
    text:
      'Do you have to ferment them? I have always just dried the seeds on kitchen paper and they come up fine, although I suppose I do have to ' +
      'peel the paper off.',
    likes: '',
    depth: 1,
  },
];
const wpRespond = ['Leave a comment', 'Cancel reply'];
const wpNav = ['Post navigation', 'Previous', 'Previous post:', 'Garlic in, at last', 'Next', 'Next post:', 'A very late bonfire'];
const wpSide = [
  'Search for:',
  'Search',
  'Follow Blog via Email',
  'Enter your email address to follow this blog and receive notifications of new posts ' + 'by email.',
];
const wpSide2 = ['Email Address:', 'Follow', 'Join 214 other subscribers', 'Recent Posts', 'Archives', 'November 2025', 'October 2025', 'September 2025'];
const wpRecent = ['A very late bonfire', 'Garlic in, at last', 'Leeks, and why I will never again grow them from shop-bought plants'];
const wpBar = [
  'Subscribe',
  'Subscribed',
  'The Slow Allotment',
  'Sign me up',
  'Already have a WordPress.com account? Log in now.',
  'Sign up',
  'Log in',
  'Copy shortlink',
  'Report this content',
  'View post in Reader',
  'Manage subscriptions',
  'Collapse this bar',
];
const wpCookie = [
  'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
  'To find out more, including how to control cookies, see here: Cookie Policy',
];
const wpP = (t: string): string => `<p>${t}</p>`;
const wpH = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const wpComment = (c: (typeof wpComments)[number]): string => `<li id="comment-${c.id}" class="comment depth-${c.depth}"><article id="div-comment-${c.id}"
class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://0.gravatar.com/avatar/${c.id}?s=42&amp;d=identicon"
class="avatar avatar-42" height="42" width="42"><b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="https://slowallotment.wordpress.com/2025/11/03/saving-tomato-seed/#comment-${c.id}"><time
datetime="2025-11-03T19:12:00+00:00">${c.time}</time></a></div>
</footer><div class="comment-content"><p>${c.text}</p><p id="comment-like-${c.id}" class="comment-likes"><a class="comment-like-link" href="#">Like</a>${
  c.likes === '' ? '' : `<span class="comment-like-feedback">${c.likes}</span>`
}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}">Reply</a></div></article>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saving seed from this year’s tomatoes (and why I nearly didn’t bother) – The Slow Allotment</title>
<meta name="robots" content="max-image-preview:large"><meta property="og:type" content="article"><meta property="og:title" content="${wpTitle}">
<meta property="og:site_name" content="The Slow Allotment"><meta property="article:published_time" content="2025-11-03T17:48:10+00:00">
<link rel="canonical" href="https://slowallotment.wordpress.com/2025/11/03/saving-tomato-seed/"><link rel="shortlink" href="https://wp.me/p9xK2b-zZ">
<link rel="stylesheet" id="all-css-0" href="https://s0.wp.com/_static/??-eJyNUMFOwzAM/SFSq0Nj4oD4ljTxMq9JHNUp1f4etxKHiQNcrGc/v2e/wDEUeL0=">
<script type="text/javascript">var WPCOM_sharing_counts = {"https://slowallotment.wordpress.com/2025/11/03/saving-tomato-seed/":2231};</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive customizer-styles-applied jetpack-reblog-enabled
has-marketing-bar has-marketing-bar-theme-twentysixteen"><div id="page" class="site"><div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a
href="https://slowallotment.wordpress.com/" rel="home">The Slow Allotment</a></p><p class="site-description">Growing food, slowly, on plot 14B</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu"><nav id="site-navigation"
class="main-navigation"
aria-label="Primary Menu"><div class="menu-primary-container"><ul id="menu-primary" class="primary-menu">${links(
  wpMenu,
  'menu-item',
)}</ul></div></nav></div></div>
</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard hentry category-plot-diary tag-seed-saving tag-tomatoes">
<header class="entry-header"><h1 class="entry-title">${wpTitle}</h1></header>
<div class="entry-content">
${wpP1.map(wpP).join('\n')}
${wpH(wpH1)}
${wpP2.map(wpP).join('\n')}
${wpH(wpH2)}
${wpP3.map(wpP).join('\n')}
<ol class="wp-block-list">${wpSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${wpP4.map(wpP).join('\n')}
${wpH(wpH3)}
${wpP5.map(wpP).join('\n')}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent
sd-block sd-social
sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
${wpShare
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon"
href="#"><span>${t}</span></a></li>`,
  )
  .join('\n')}
<li class="share-end"></li></ul></div></div></div><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded"
id="like-post-wrapper-141203300-2231-6908f1a2"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"
style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div
class="jp-relatedposts-items
jp-relatedposts-items-visual jp-relatedposts-grid">
${wpRelated
  .map(
    (r, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i}"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="/r/${i}/">${r[0]}</a></h4><p class="jp-relatedposts-post-date">${r[1]}</p><p class="jp-relatedposts-post-context">${r[2]}</p></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="https://2.gravatar.com/avatar/bb1?s=49" class="avatar
avatar-49"><span
class="screen-reader-text">Author </span> <a class="url fn n" href="https://slowallotment.wordpress.com/author/bridgetarkwright/">Bridget
Arkwright</a></span></span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="#" rel="bookmark"><time class="entry-date published"
datetime="2025-11-03T17:48:10+00:00">November 3, 2025</time><time class="updated" datetime="2025-11-04T08:02:51+00:00">November 4, 2025</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/plot-diary/" rel="category tag">Plot diary</a></span><span
class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/seed-saving/" rel="tag">seed saving</a>, <a href="/tag/tomatoes/"
rel="tag">tomatoes</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">4 thoughts on “${wpTitle}”</h2><ol class="comment-list">
${wpComment(wpComments[0]!)}<ol class="children">${wpComment(wpComments[1]!)}</li></ol></li>
${wpComment(wpComments[2]!)}</li>
${wpComment(wpComments[3]!)}</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${wpRespond[0]} <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">${wpRespond[1]}</a></small></h3><form id="commentform" class="comment-form"><iframe title="Comment Form"
src="https://jetpack.wordpress.com/jetpack-comment/?blogid=141203300&amp;postid=2231" name="jetpack_remote_comment" class="jetpack_remote_comment"
id="jetpack_remote_comment" sandbox="allow-same-origin allow-top-navigation allow-scripts allow-forms allow-popups"></iframe></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">${wpNav[0]}</h2><div class="nav-links"><div class="nav-previous"><a
href="/2025/10/27/garlic/" rel="prev"><span class="meta-nav" aria-hidden="true">${wpNav[1]}</span> <span class="screen-reader-text">${wpNav[2]}</span> <span
class="post-title">${wpNav[3]}</span></a></div><div class="nav-next"><a href="/2025/11/05/bonfire/" rel="next"><span class="meta-nav"
aria-hidden="true">${wpNav[4]}</span>
<span class="screen-reader-text">${wpNav[5]}</span> <span class="post-title">${wpNav[6]}</span></a></div></div></nav></main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get"
class="search-form"><label><span
class="screen-reader-text">${wpSide[0]}</span><input type="search" class="search-field" placeholder="Search …" name="s"></label><button type="submit"
class="search-submit"><span class="screen-reader-text">${wpSide[1]}</span></button></form></section>
<section id="blog_subscription-2" class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title">${wpSide[2]}</h2><form
method="post">
<div id="subscribe-text"><p>${wpSide[3]}</p></div><p id="subscribe-email"><label for="subscribe-field">${wpSide2[0]}</label><input type="email"
id="subscribe-field"></p>
<p id="subscribe-submit"><button type="submit">${wpSide2[1]}</button></p></form><div
class="wp-block-jetpack-subscriptions__subscount">${wpSide2[2]}</div></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">${wpSide2[3]}</h2><ul>${links(wpRecent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">${wpSide2[4]}</h2><ul>${links(wpSide2.slice(5))}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="site-title"><a href="https://slowallotment.wordpress.com/" rel="home">The Slow
Allotment</a></span><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></div></footer></div></div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentysixteen actnbr-has-follow actnbr-has-actions"><ul><li class="actnbr-btn
actnbr-hidden"><a
class="actnbr-action actnbr-actn-follow" href=""><span>${wpBar[0]}</span></a><a class="actnbr-action actnbr-actn-following no-display"
href=""><span>${wpBar[1]}</span></a>
<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a
href="https://slowallotment.wordpress.com">${wpBar[2]}</a></li><li class="actnbr-message"><form method="post"><input type="email" name="email"
placeholder="Enter your email address" class="actnbr-email-field"><button type="submit">${wpBar[3]}</button></form></li><li
class="actnbr-login-nudge"><div>Already
have a WordPress.com account? <a href="https://wordpress.com/log-in">Log in now.</a></div></li></ul></div></div></li><li class="actnbr-ellipsis
actnbr-hidden"><div
class="actnbr-popover tip tip-top-left actnbr-more"><div class="tip-inner"><ul><li class="actnbr-signup"><a
href="https://wordpress.com/start/">${wpBar[5]}</a></li>
<li class="actnbr-login"><a href="https://wordpress.com/log-in">${wpBar[6]}</a></li><li class="actnbr-shortlink"><a href="https://wp.me/p9xK2b-zZ"><span
class="actnbr-shortlink__text">${wpBar[7]}</span></a></li><li class="flb-report"><a href="https://wordpress.com/abuse/">${wpBar[8]}</a></li><li
class="actnbr-reader">
<a href="https://wordpress.com/reader/blogs/141203300/posts/2231">${wpBar[9]}</a></li><li class="actnbr-subs"><a
href="https://subscribe.wordpress.com/">${wpBar[10]}</a></li>
<li class="actnbr-fold"><a href="">${wpBar[11]}</a></li></ul></div></div></li></ul></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180"
id="eu-cookie-law"><form
method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept"></form>Privacy &amp; Cookies: This site
uses cookies. By
continuing to use this website, you agree to their use.<br><br>To find out more, including how to control cookies, see here: <a
href="https://automattic.com/cookies/"
rel="nofollow">Cookie Policy</a></div></div>
<script src="https://s0.wp.com/_static/??-eJydkEEOwjAMBD9EcSEXuCDe4iZWSRs7UeJQ5feUC4ILB47WjGclw5o7m0RJFLh2OdbJSwGmQA=="></script></body></html>`;
export const wpcomPost: TestPage = {
  html: wpHtml,
  name: 'heldout89-wordpress-com-blog',
  kind: 'blog',
  // reader comments on a blog post are furniture (names, times, texts, likes); the author name and the two dates in the
  // entry footer are bylines and its screen-reader labels, category and tags furniture; the Jetpack share, like and related
  // blocks inside .entry-content, post navigation, sidebar, footer, hidden action bar and cookie widget are furniture
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3],
  body: texts([...wpP1, ...wpP2, ...wpP3, ...wpSteps, ...wpP4, ...wpP5]),
  bylines: ['Bridget Arkwright', 'November 3, 2025', 'November 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Growing food, slowly, on plot 14B', 'Menu', ...wpMenu, 'Share this:', ...wpShare, 'Like this:', 'Like', 'Loading...', 'Related',
    ...wpRelated.flat(), 'Author', 'Posted on', 'Categories', 'Plot diary', 'Tags', 'seed saving', 'tomatoes', `4 thoughts on “${wpTitle}”`,
    ...wpComments.flatMap((c) => [c.name, c.time, c.text, c.likes].filter((t) => t !== '' && t !== 'Bridget Arkwright')), 'says:', 'Reply', ...wpRespond,
    ...wpNav, ...wpSide, ...wpSide2, ...wpRecent, 'Blog at WordPress.com.', ...wpBar, ...wpCookie,
  ],
};

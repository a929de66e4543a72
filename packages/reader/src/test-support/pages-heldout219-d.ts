import { links, type TestPage, texts } from './page-kit.js';
import { ecoscopePost } from './pages-heldout219-d2.js';

/**
 * Held-out batch 219, file d: a Bank of England Bank Underground blog post on WordPress.com (skip link, the site title
 * and tagline, the menu, the post date, the authors' names as the first paragraph of the entry content, a chart image with
 * its caption, the standing "get in touch" and views disclaimer at the end of the content, the Jetpack "Share this" and
 * "Like this" blocks, categories and tags, one approved reader comment, the reply form, the sidebar widgets and the
 * WordPress.com footer and follow bar) and, from file d2, an OECD Ecoscope blog post.
 */
const buTitle = 'Do firms pass on energy price falls as quickly as rises?';
const buAuthors = 'Priya Holloway-Nunn and Callum Teague';
const buP = [
  'When wholesale energy prices jumped in 2022, firms in energy-intensive sectors raised their output prices within months. ' +
    'Since wholesale prices fell back, many households and businesses have asked whether the reverse is happening just as fast. ' +
    'In this post we use survey data on firms’ pricing decisions to look at that question.',
  'The answer, in short, is no. In our data, firms passed on increases in energy costs roughly twice as quickly as they passed ' +
    'on decreases. That asymmetry matters for how quickly inflation returns to target.',
];
const buH1 = 'Rockets and feathers';
const buP2 = [
  'Economists sometimes describe prices that shoot up like rockets and float down like feathers. The pattern is well documented ' +
    'for petrol, where retail prices respond faster to rising crude costs than to falling ones. Evidence for the wider economy is ' +
    'thinner, partly because it is hard to observe individual firms’ costs and prices at the same time.',
  'We use a panel of around 2,300 firms that report both their expected change in energy costs and their planned change in ' +
    'selling prices each quarter. That lets us estimate how much of a given change in energy costs shows up in prices, and how fast.',
];
const buH2 = 'What we find';
const buP3 = [
  'Within two quarters of a 10% rise in energy costs, the median firm in our sample raised its prices by about 1.1%. Within two ' +
    'quarters of a 10% fall, it cut prices by only 0.5%. After four quarters the gap narrows but does not close.',
  'The asymmetry is strongest in sectors with few competitors and in firms that say they are trying to rebuild margins squeezed ' +
    'during the period of high costs. It is weakest in manufacturing firms that sell in international markets.',
];
const buH3 = 'Implications for policy';
const buP4 = [
  'If firms pass on falls more slowly than rises, then the disinflationary effect of lower energy prices will take longer to ' +
    'arrive than a symmetric model would suggest. Forecasters who assume symmetry may overestimate how quickly inflation falls.',
  'Our results are based on firms’ own reports and cover a single, unusual episode, so they should be treated with caution. But ' +
    'they suggest that the margin rebuilding seen in recent surveys may be part of a more general pattern.',
];
const buCaption = 'Chart 1: Cumulative pass-through of energy cost changes to output prices, by direction of change';
const buDisc = [
  'If you want to get in touch, please email us at bankunderground@bankofengland.co.uk or leave a comment below.',
  'Comments will only appear once approved by a moderator, and are only published where a full name is supplied. Bank Underground ' +
    'is a blog for Bank of England staff to share views that challenge – or support – prevailing policy orthodoxies. The views ' +
    'expressed here are those of the authors, and are not necessarily those of the Bank of England, or its policy committees.',
];
const buMenu = ['Home', 'About', 'Guidelines for contributors', 'Privacy'];
const buShare = ['Share this:', 'Email', 'Print', 'LinkedIn', 'Facebook', 'X', 'Like this:', 'Like Loading...'];
const buCats = ['Inflation', 'Firms', 'Energy'];
const buComment = {
  name: 'Gerald Mawhinney',
  date: 'March 12, 2025 at 9:41 am',
  text: 'Interesting post. Did you look at whether the asymmetry differs between firms that hedge their energy costs and those that do not?',
};
const buForm = ['Leave a comment', 'Cancel reply', 'Comment', 'Name (required)', 'Email (required)', 'Website', 'Post Comment'];
const buSide = ['Follow Bank Underground', 'Categories', 'Recent Posts', 'Archives'];
const buRecent = ['What do surveys tell us about rents?', 'Mapping the UK’s non-bank lenders', 'A new look at productivity and hybrid work'];
const buFoot = ['Blog at WordPress.com.', 'Follow', 'Subscribe', 'Already have a WordPress.com account? Log in now.', 'Report this content'];
const buPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const buHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${buTitle} | Bank Underground</title><meta name="description" content="${buP[0]?.slice(0, 150)}">
<meta property="og:type" content="article"><meta property="og:title" content="${buTitle}"><meta property="og:site_name" content="Bank Underground">
<meta property="article:published_time" content="2025-03-11T06:00:41+00:00"><link rel="canonical"
href="https://bankunderground.co.uk/2025/03/11/do-firms-pass-on-energy-price-falls/">
<link rel="stylesheet" id="all-css-0" href="https://s0.wp.com/_static/??-eJx9kNEKwjAMRX/IrQ==?cssminify=yes" type="text/css">
<script>var _stq = window._stq || [];_stq.push(['view',{'blog':'87562019','post':'14228'}]);</script>
<script src="https://stats.wp.com/w.js?68" defer></script></head>
<body class="post-template-default single single-post postid-14228 single-format-standard customizer-styles-applied highlander-enabled">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Bank Underground</a></p>
<p class="site-description">Views from the Bank of England’s staff</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(buMenu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-14228" class="post-14228 post type-post status-publish format-standard hentry category-inflation">
<header class="entry-header"><h1 class="entry-title">${buTitle}</h1><div class="entry-meta"><span class="posted-on">
<a href="/2025/03/11/do-firms-pass-on-energy-price-falls/" rel="bookmark"><time class="entry-date published"
datetime="2025-03-11T06:00:41+00:00">March 11, 2025</time></a></span></div></header>
<div class="entry-content"><p><em>${buAuthors}</em></p>
${buPs(buP)}
<h3 class="wp-block-heading">${buH1}</h3>
${buPs(buP2)}
<h3 class="wp-block-heading">${buH2}</h3>
${buPs(buP3)}
<figure class="wp-block-image size-large"><img src="https://bankunderground.co.uk/wp-content/uploads/2025/03/chart1.png?w=1024" alt="">
<figcaption class="wp-element-caption">${buCaption}</figcaption></figure>
<h3 class="wp-block-heading">${buH3}</h3>
${buPs(buP4)}
<p><em>Priya Holloway-Nunn works in the Bank’s Structural Economics Division and Callum Teague works in the Bank’s Monetary Analysis Division.</em></p>
<p><em>${buDisc[0]}</em></p><p><em>${buDisc[1]}</em></p>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent
sd-block sd-social">
<h3 class="sd-title">${buShare[0]}</h3><div class="sd-content"><ul>${buShare
  .slice(1, 6)
  .map((s) => `<li class="share-${s.toLowerCase()}"><a class="share-${s.toLowerCase()} sd-button" href="#"><span>${s}</span></a></li>`)
  .join('')}</ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">${buShare[6]}</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span><span
class="loading">Loading...</span></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in ${buCats
  .map((c) => `<a href="/category/${c.toLowerCase()}/" rel="category tag">${c}</a>`)
  .join(', ')}</span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">One thought on “${buTitle}”</h2><ol class="comment-list">
<li id="comment-9921" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${buComment.name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="#comment-9921"><time>${buComment.date}</time></a></div></footer>
<div class="comment-content"><p>${buComment.text}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${buForm[0]}
<small><a id="cancel-comment-reply-link" href="#" style="display:none;">${buForm[1]}</a></small></h3>
<form id="commentform" class="comment-form"><label for="comment">${buForm[2]}</label><textarea id="comment"></textarea><label for="author">${buForm[3]}</label>
<input id="author"><label for="email">${buForm[4]}</label><input id="email"><label for="url">${buForm[5]}</label><input id="url">
<input name="submit" type="submit" id="comment-submit" value="Post Comment"><span class="submit-label">${buForm[6]}</span></form></div></div>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-previous"><a href="#">${buRecent[0]}</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area" role="complementary"><section class="widget widget_search"><form role="search"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field"></label><input type="submit" value="Search"></form></section>
<section class="widget widget_blog_subscription"><h2 class="widget-title">${buSide[0]}</h2><p>Enter your email address to follow this blog and receive
notifications of new posts by email.</p>
<p>Join 14,806 other subscribers</p></section>
<section class="widget widget_categories"><h2 class="widget-title">${buSide[1]}</h2><ul>${links(
  ['Banking', 'Financial stability', 'Inflation', 'Labour markets'],
  'cat-item',
)}</ul></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">${buSide[2]}</h2><ul>${links(buRecent)}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">${buSide[3]}</h2><select><option>Select Month</option></select></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog">${buFoot[0]}</a></div></footer></div>
<div id="actionbar" class="actnbr-pub-bankunderground actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow"
href="#">
<span>${buFoot[1]}</span></a></li><li><button>${buFoot[2]}</button></li></ul><div class="actnbr-login-nudge"><div>${buFoot[3]}</div></div>
<a href="#">${buFoot[4]}</a></div></body></html>`;
const bankUnderground: TestPage = {
  html: buHtml,
  name: 'heldout219-bankunderground-blog-post',
  kind: 'blog',
  // the authors' names (first italic paragraph) are a byline; the closing authors' affiliations and the standing
  // disclaimer paragraphs are furniture; the reader comment (a blog page's comment) is furniture
  title: buTitle,
  headings: [buH1, buH2, buH3],
  body: texts([...buP, ...buP2, ...buP3, ...buP4]),
  bylines: [buAuthors, 'March 11, 2025', buComment.date],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bank Underground', 'Views from the Bank of England’s staff', 'Menu', ...buMenu, buCaption,
    'Priya Holloway-Nunn works in the Bank’s Structural Economics Division and Callum Teague works in the Bank’s Monetary Analysis Division.',
    ...buDisc, ...buShare.slice(0, 7), 'Like', 'Loading...', 'Posted in', ...buCats, `One thought on “${buTitle}”`, buComment.name, 'says:', buComment.text,
    'Reply', ...buForm, 'Post navigation', 'Search for:',
    ...buSide, 'Enter your email address to follow this blog and receive notifications of new posts by email.',
    'Join 14,806 other subscribers', 'Banking', 'Financial stability', 'Labour markets', 'Select Month', ...buRecent, ...buFoot,
  ],
};

export const HELDOUT219_D: readonly TestPage[] = [bankUnderground, ecoscopePost];

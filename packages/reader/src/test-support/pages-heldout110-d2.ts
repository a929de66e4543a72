import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file d2: a WordPress post on the Astra theme with a Simple Author Box moved above the post text and
 * the Reading Time WP label under the title (site header menu, breadcrumbs, the author box with its bio and social links,
 * the "Reading Time:" line, a Social Warrior-style floating share bar, a "Related Posts" block, the post navigation, a
 * comment with reply link, the comment form, the sidebar newsletter widget and the footer).
 */
const title = 'We replaced our daily standup with a written check-in. Here’s what happened after six months.';
const p1 = paras(`
Last spring my team of nine engineers, spread across four time zones, stopped meeting every morning. Instead, everyone writes a
short check-in in a shared channel before noon their time. Six months later nobody wants to go back, but it took some work to
get there.`);
const h1 = 'Why the meeting stopped working';
const p2 = paras(`
Our standup was at 9:30 a.m. Eastern, which was fine for the four of us in Toronto, early for our two colleagues in Vancouver and
late afternoon for the three in Lisbon. It was fifteen minutes on paper and usually twenty-five in practice, and it landed right
in the middle of the best focus time for half the team.

Worse, it had stopped doing its job. People reported what they had done, not what was blocking them, because saying "I'm stuck"
in front of nine people felt like admitting failure.`);
const h2 = 'What a check-in looks like';
const p3 = paras(`Each check-in answers three questions, in a sentence or two each:`);
const qs = ['What did I finish since my last check-in?', 'What am I working on next?', 'Is anything in my way, and who could help?'];
const p4 = paras(`
The third question is the one that matters. In writing, people are far more willing to say they are stuck, and the right person
usually replies within an hour, without anyone else having to sit through the conversation.`);
const h3 = 'What we got wrong at first';
const p5 = paras(`
For the first month, check-ins turned into essays. Some people wrote three hundred words a day, and reading them all took longer
than the meeting had. We set a soft limit of five lines and started using threads for anything longer.

We also lost something social. The standup had been the only time some of us saw each other's faces. Now we have a thirty-minute
video call every Friday with no agenda at all, and attendance is better than the standup ever was.`);
const h4 = 'Would I recommend it?';
const p6 = paras(`
For a distributed team, yes. For a team in one office, I'm less sure; a quick standup at the whiteboard is hard to beat when
everyone is in the same room. Either way, try it for a month, ask the team, and be ready to change the format as you go.`);
const menu = ['Home', 'Blog', 'Talks', 'Newsletter', 'About'];
const bio = 'Dev Raman is an engineering manager who has led remote teams for ten years. He writes about management, hiring and working across time zones.';
const social = ['Website', 'LinkedIn', 'Mastodon'];
const related = ['How we run one-on-ones across four time zones', 'The interview question I stopped asking', 'Writing a team charter that people read'];
const comment = {
  who: 'Hannelore Voss',
  when: 'November 3, 2026 at 8:14 am',
  text: 'We tried this and the five-line limit was the thing that made it stick for us too. Great write-up.',
};
const form = ['Leave a Reply', 'Cancel reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *'];
const widget = ['Get new posts by email', 'One post a month about leading engineering teams. No spam.', 'Subscribe'];
const foot = ['Copyright © 2026 Managing Across Time Zones', 'Powered by Astra WordPress Theme'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>${title} – Managing Across Time Zones</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta name="author" content="Dev Raman">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Dev Raman"},"datePublished":"2026-10-28T13:00:00+00:00","timeRequired":"PT5M"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://timezones.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3">
<link rel="stylesheet" id="sab-font-css"
href="https://timezones.example/wp-content/plugins/simple-author-box/assets/css/simple-author-box.min.css?ver=2.58"></head>
<body class="post-template-default single single-post ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="ast-builder-grid-row"><div
class="site-branding ast-site-identity">
<span class="site-title"><a href="/" rel="home">Managing Across Time Zones</a></span></div><nav id="primary-site-navigation-desktop" class="site-navigation
ast-flex-grow-1 navigation-accessibility" aria-label="Primary Site Navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(menu, 'menu-item')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-3310 post type-post status-publish format-standard ast-article-single" id="post-3310"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="ast-breadcrumbs-wrapper"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li><li class="trail-item"><a href="/category/remote-work/">
<span>Remote Work</span></a></li></ul></nav></div>
<h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="posted-on"><span class="published">October 28, 2026</span></span> /
<span class="cat-links"><a href="/category/remote-work/" rel="category tag">Remote Work</a></span></div></header>
<div class="entry-content clear">
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar">
<img alt="Dev Raman" src="/dev.jpg" itemprop="image"></div><div class="saboxplugin-authorname"><a href="/author/dev/" class="vcard author" rel="author">
<span class="fn">Dev Raman</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>${bio}</p></div></div>
<div class="clearfix"></div><div class="saboxplugin-socials sabox-colored">${social
  .map(
    (t) => `<a title="${t}" target="_blank" href="#"
class="saboxplugin-icon-color"><span class="screen-reader-text">${t}</span></a>`,
  )
  .join('')}</div></div></div>
<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Reading Time:</span> <span class="rt-time">5</span>
<span class="rt-label rt-postfix">minutes</span></span>
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<ol class="wp-block-list">${lis(qs)}</ol>
${ps(p4)}
<h2 class="wp-block-heading">${h3}</h2>
${ps(p5)}
<h2 class="wp-block-heading">${h4}</h2>
${ps(p6)}
<div class="swp_social_panel swp_horizontal_panel swp_flat_fresh swp_default_full_color" data-position="below"><div class="nc_tweetContainer swp_share_button
total_shares"><span class="swp_count">42 Shares</span></div><a class="nc_tweet swp_share_link" href="#"><span class="swp_share">Share</span></a>
<a class="nc_tweet swp_share_link" href="#"><span class="swp_share">Post</span></a></div>
</div></div></article>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
<div class="ast-related-posts-wrapper">${related
  .map(
    (t) => `<article class="ast-related-post"><h3 class="ast-related-post-title entry-title">
<a href="#">${t}</a></h3></article>`,
  )
  .join('')}</div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="#" rel="next">Next Post <span
class="ast-right-arrow">→</span></a>
</div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">One thought on
“We replaced our daily standup with a written check-in”</h3></div><ol class="ast-comment-list"><li
class="comment even thread-even depth-1" id="li-comment-88">
<article id="comment-88" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${comment.who}</b></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-88"><time datetime="2026-11-03T08:14:00+00:00">${comment.when}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${comment.text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${form[1]}</a></small></h3><form id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">${form[2]}</span> <span class="required-field-message">${form[3]}</span></p><div class="ast-row comment-textarea"><fieldset
class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment"
class="screen-reader-text">${form[4]}</label><textarea id="comment" name="comment" placeholder="Type here.."></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col"><label for="author" class="screen-reader-text">${form[5]}</label>
<input id="author" name="author" type="text" placeholder="Name*"></p><p class="comment-form-email"><label for="email"
class="screen-reader-text">${form[6]}</label>
<input id="email" type="text" placeholder="Email*"></p></div><p class="form-submit"><input type="submit" class="submit"
value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="block-7" class="widget widget_block">
<div class="wp-block-group newsletter-widget"><h2 class="wp-block-heading">${widget[0]}</h2><p>${widget[1]}</p><form class="mailpoet_form"><input type="email"
placeholder="Email Address"><button type="submit">${widget[2]}</button></form></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div
class="ast-footer-copyright"><p>${foot[0]} | ${foot[1]}</p></div></div></footer></div>
<script src="https://timezones.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body></html>`;
export const authorTopPost: TestPage = {
  html,
  name: 'heldout110-astra-wordpress-blog-author-box-top',
  kind: 'blog',
  // the author box above the post text: the author's name is a byline, the bio and social links furniture; the
  // "Reading Time: 5 minutes" line is a byline; the reader comment is furniture (its name and time bylines)
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...p2, ...p3, ...qs, ...p4, ...p5, ...p6]),
  bylines: ['October 28, 2026', 'Dev Raman', 'Reading Time: 5 minutes', comment.who, comment.when],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Managing Across Time Zones', ...menu, 'Remote Work', bio, ...social, '42 Shares', 'Share', 'Post', 'Related Posts', ...related,
    '← Previous Post', 'Next Post →', 'One thought on “We replaced our daily standup with a written check-in”', comment.text, 'Reply', ...form,
    ...widget, ...foot,
  ],
};

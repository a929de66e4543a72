import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file a2: a Hackaday-style WordPress blog post (top menu, "by / date / comments" entry meta, featured image,
 * "Posted in / Tagged" footer, share links, the comment thread with replies and the reply form, a sidebar with search, newsletter
 * box and "If you missed it", footer).
 */
const hTitle = 'A Flip-Dot Clock That Runs On A Retired Bus Sign';
const hBody = [
  j(
    'Flip-dot displays have a sound that no LED matrix can fake: a dry, satisfying clatter as each little disc turns from black to',
    'yellow. [Oskar Lindqvist] got hold of a destination sign from a scrapped regional bus and turned it into a wall clock that',
    'clatters once a minute.',
  ),
  j(
    'The sign is a grid of 28 by 16 dots, driven by coils that need a short pulse of 24 volts in one direction or the other. The',
    'original controller board was long gone, so [Oskar] mapped the row and column drivers by hand with a bench supply and a lot',
    'of patience. It took him two evenings to work out which connector pin flipped which dot.',
  ),
  j(
    'The new controller is an ESP32 on a carrier board with a bank of H-bridge chips. Each dot gets a pulse of about one',
    'millisecond, which is enough to flip it and short enough that the coils never get warm. Updating the whole face takes a',
    'little under half a second, and the firmware only pulses dots that need to change, which keeps the noise down at night.',
  ),
  j(
    'There is a quiet mode, too. Between midnight and six the clock stops updating every minute and only changes on the quarter',
    'hour. [Oskar] says his partner negotiated that feature before the clock was allowed on the living room wall.',
  ),
  j(
    'Time comes from NTP, and the font is a hand-drawn seven by five that matches the lettering the sign used on the road. As a',
    'bonus, the clock shows the next departure from the stop outside his flat, pulled from the transit agency\u2019s open data feed.',
  ),
  j(
    'We have seen a few flip-dot builds over the years, from a single-digit counter to a full wall of pixels, but there is',
    'something fitting about giving a sign from a bus a second life as a clock that still tells you when the bus is coming.',
  ),
];
const hNav = ['Home', 'Blog', 'Hackaday.io', 'Tindie', 'Hackaday Prize', 'Submit', 'About'];
const hMissed = ['Supercon Badge Hacks Roundup', 'Reverse Engineering A Thermal Printer\u2019s Protocol', 'This Week In Security: Printer Firmware'];
const hFoot = ['Never miss a hack', 'Our Columns', 'Policies', 'Privacy Policy', 'Terms of Use', 'Contact'];
const hC1 = 'The sound is the whole point. I had one on my desk at work for a year and nobody ever complained, which surprised me.';
const hC2 = 'Are the coils latching? If so the display should draw nothing at all between updates.';
const hC3 = 'They are. Power draw between minutes is just the ESP32 idling, about 40 mA.';
const hHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>${hTitle} | Hackaday</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<meta property="article:published_time" content="2026-03-05T12:00:00+00:00">
<meta name="author" content="Dana Whitcombe">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${hTitle}","author":{"name":"Dana Whitcombe"},
"datePublished":"2026-03-05T12:00:00+00:00"}]}</script>
<link rel='stylesheet' id='hackaday-style-css' href='https://hackaday.example/wp-content/themes/hackaday-2/style.css' media='all' />
<script>window._wpemojiSettings = {"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/"};</script></head>
<body class="post-template-default single single-post postid-701345 single-format-standard"><div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="header-content"><a href="https://hackaday.example/" class="logo" rel="home">Hackaday</a>
<nav id="site-navigation" class="main-navigation" role="navigation"><ul id="menu-main-menu" class="menu">${links(hNav, 'menu-item menu-item-type-custom')}</ul>
</nav></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-701345" class="post-701345 post type-post status-publish format-standard has-post-thumbnail hentry category-clock-hacks">
<header class="entry-header"><h1 class="entry-title">${hTitle}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard">by: <a class="url fn n" href="/author/dwhitcombe/">Dana Whitcombe</a></span></span>
<span class="posted-on"><span class="entry-date published">March 5, 2026</span></span>
<span class="comments-link"><a href="#comments">12 Comments</a></span></div></header>
<div class="entry-featured-image"><img src="https://hackaday.example/wp-content/uploads/2026/03/flipdot-featured.jpg" alt="" class="attachment-full"></div>
<div class="entry-content">
${ps(hBody)}
<div class="wp-video"><a href="https://www.youtube.example/watch?v=flpdt">Watch the clock update in the video after the break.</a></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/clock-hacks/" rel="category tag">clock hacks</a></span>
<span class="tags-links">Tagged <a href="/tag/bus-sign/" rel="tag">bus sign</a>, <a href="/tag/ntp-clock/" rel="tag">ntp clock</a>,
<a href="/tag/upcycling/" rel="tag">upcycling</a></span>
<div class="share-post"><span class="share-label">Share this post</span><a class="share-facebook" href="#">Facebook</a><a class="share-x" href="#">X</a>
<a class="share-reddit" href="#">Reddit</a><a class="share-email" href="#">Email</a></div></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">12 thoughts on “${hTitle}”</h2>
<ol class="comment-list"><li id="comment-7012" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Gerrit Maas</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-7012"><time datetime="2026-03-05T12:41:00+00:00">March 5, 2026 at 12:41 pm</time></a></div></footer>
<div class="comment-content"><p>${hC1}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-7019" class="comment odd alt thread-odd depth-1 parent"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">lowvolt</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-03-05T13:02:00+00:00">March 5, 2026 at 1:02 pm</time></div></footer>
<div class="comment-content"><p>${hC2}</p></div></article>
<ol class="children"><li id="comment-7023" class="comment byuser depth-2"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Oskar Lindqvist</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-03-05T14:15:00+00:00">March 5, 2026 at 2:15 pm</time></div></footer>
<div class="comment-content"><p>${hC3}</p></div></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Please be kind and respectful to help make the comments section excellent.</p>
<form action="/wp-comments-post.php" method="post" id="commentform"><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form>
<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. Learn how your comment data is processed.</p></div></div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary"><section id="search-2" class="widget widget_search"><form role="search" class="search-form">
<input type="search" class="search-field" placeholder="Search …" name="s"></form></section>
<section id="newsletter-3" class="widget widget_newsletter"><h2 class="widget-title">Never miss a hack</h2>
<p class="newsletter-blurb">Get the best of the week in your inbox every Saturday.</p><button class="btn">Subscribe</button></section>
<section id="recent-posts-4" class="widget widget_recent_entries"><h2 class="widget-title">If you missed it</h2><ul>${links(hMissed)}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><ul class="footer-menu">${links(hFoot)}</ul>
<p class="site-info">Powered by WordPress VIP</p></footer></div>
<script type='text/javascript' src='https://hackaday.example/wp-includes/js/comment-reply.min.js' id='comment-reply-js' async></script></body></html>`;
export const hackaday: TestPage = {
  name: 'heldout321-hackaday-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hBody),
  bylines: ['by: Dana Whitcombe', 'March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, '12 Comments', 'Watch the clock update in the video after the break.', 'Posted in', 'clock hacks', 'Tagged', 'bus sign',
    'ntp clock', 'upcycling', 'Share this post', 'Facebook', 'Reddit', 'Email', `12 thoughts on “${hTitle}”`, 'Gerrit Maas', 'says:',
    'March 5, 2026 at 12:41 pm', hC1, 'Reply', 'lowvolt', 'March 5, 2026 at 1:02 pm', hC2, 'March 5, 2026 at 2:15 pm', hC3, 'Leave a Reply',
    'Please be kind and respectful to help make the comments section excellent.',
    'This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'Get the best of the week in your inbox every Saturday.',
    'Subscribe', 'If you missed it', ...hMissed, 'Powered by WordPress VIP',
  ],
};

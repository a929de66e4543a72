import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 165, file c2: a Mozilla Hacks post (the masthead with the nav and search form, the post header with the
 * "By" author h3 and the "Posted on ... in" meta line with categories, the article text with a code block and a figure,
 * the "About" author section with "More articles by", the developer newsletter form, the comments list with each comment
 * body in a blockquote, "Comments are closed for this article." and the footer with the licence line).
 */
const mhTitle = 'Finding the slow click: a field guide to Interaction to Next Paint';
const mhP1 = [
  'Last autumn the team behind Tidewater, a volunteer-run tide table site used by about 80,000 sailors a month, got an odd ' +
    'complaint. On some phones, tapping a harbour in the list did nothing for almost a second. Nobody on the team could ' +
    'reproduce it on their own devices. This is the story of how we found it, and a method you can use on your own site.',
];
const mhH1 = 'Measure in the field first';
const mhP2 = [
  'Lab tools are very good at telling you how fast a page loads on the machine in front of you. They are much worse at ' +
    'telling you how a page responds to a tap on a three-year-old phone with forty tabs open. For that you need data from ' +
    'real visits.',
  'We added a few lines of script that use the Event Timing API to record the slowest interaction of each visit, along with ' +
    'the element that was tapped and the time spent in each phase: input delay, processing and presentation.',
];
const mhCode = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) report(entry.name, entry.duration, entry.target);
}).observe({ type: "event", durationThreshold: 40, buffered: true });`;
const mhP3 = [
  'Within a week the pattern was obvious. The slow taps were almost all on the harbour list, and almost all of the time was ' +
    'input delay, not processing. Something else was keeping the main thread busy at the moment people tapped.',
];
const mhH2 = 'Find what is blocking the main thread';
const mhP4 = [
  'Input delay means the browser received the tap but could not start running your handler. The usual suspects are long ' +
    'tasks: a big script evaluating, a large layout, or a timer doing more work than anyone remembered.',
  'In our case it was the tide chart. Every time new readings arrived, every thirty seconds, the chart redrew all 2,000 points ' +
    'for the week in a single task that took 700 milliseconds on a slow phone. If you tapped during that task, you waited.',
];
const mhFig = 'The performance panel showing a 700 ms chart redraw blocking a tap.';
const mhH3 = 'Break up the work';
const mhP5 = [
  'We did two things. First, the chart now redraws only the points that changed, which in practice is one or two. Second, the ' +
    'full redraw that still happens when you change the date range yields to the browser every fifty points, so a tap can get ' +
    'in between.',
  'The slowest interaction at the 75th percentile went from 880 milliseconds to 140. The complaints stopped. If your own site ' +
    'has a similar problem, the order that worked for us is simple: measure in the field, find the long task, and split it up.',
];
const mhNav = ['Articles', 'Videos', 'Demos', 'About', 'Feed'];
const mhCats = ['Developer Tools', 'Featured Article', 'Performance'];
const mhBio =
  'Ilse is a front-end developer and volunteer maintainer of Tidewater. She cares about slow phones, fast pages and accurate ' +
  'tide tables, in roughly that order.';
const mhNews = [
  'Discover great resources for web development',
  'Sign up for the Mozilla Developer Newsletter:',
  'E-mail',
  'I’m okay with Mozilla handling my info as explained in this Privacy Policy.',
  'Sign up now',
];
const mhComments = [
  { n: 'Dariusz K.', d: 'April 9th, 2025 at 02:14', t: 'Great write-up. Did you try scheduler.yield() or just setTimeout for the chunks?' },
  { n: 'Ilse Marwick', d: 'April 9th, 2025 at 06:40', t: 'We use scheduler.yield() where it is available and fall back to setTimeout elsewhere.' },
  { n: 'Hemi Walker', d: 'April 11th, 2025 at 19:03', t: 'The point about field data versus lab data is one I keep having to make at work. Sharing this.' },
];
const mhFoot = ['Mozilla', 'Privacy', 'Cookies', 'Legal', 'Report content'];
const mhLicence =
  'Except where otherwise noted, content on this site is licensed under the Creative Commons Attribution Share-Alike License v3.0 or any later version.';
const mhPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mhHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mhTitle} - Mozilla Hacks - the Web developer blog</title><meta name="description" content="How we found a slow tap on a tide table site.">
<meta property="og:site_name" content="Mozilla Hacks – the Web developer blog"><meta property="og:title" content="${mhTitle}">
<meta property="og:url" content="https://hacks.mozilla.org/2025/04/finding-the-slow-click/"><meta name="twitter:site" content="@mozhacks">
<link rel="stylesheet" id="hacks2013-style-css" href="https://hacks.mozilla.org/wp-content/themes/Hax/css/style.css?ver=7" type="text/css" media="all">
<link rel="alternate" type="application/rss+xml" title="Mozilla Hacks - the Web developer blog RSS Feed" href="https://hacks.mozilla.org/feed/">
<script src="https://hacks.mozilla.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-48211 single-format-standard">
<div id="outer-wrapper"><header class="masthead"><div class="row"><div class="logo"><a href="https://hacks.mozilla.org/">
<img src="https://hacks.mozilla.org/wp-content/themes/Hax/img/mdn-logo-mono.svg" alt="Mozilla" width="137" height="40">
<span class="logo__title">Hacks</span></a></div><nav class="nav-main" role="navigation"><ul class="nav-main__list">${links(mhNav, 'nav-main__item')}</ul></nav>
<form class="search" role="search" method="get" action="https://hacks.mozilla.org/"><label for="s" class="offscreen">Search Mozilla Hacks</label>
<input type="search" id="s" name="s" placeholder="Search Mozilla Hacks"><button type="submit" class="button">Search</button></form></div></header>
<main role="main" id="content"><article class="post" role="article"><header class="post__header"><h1 class="post__title">${mhTitle}</h1>
<div class="byline"><h3 class="post__author"><img alt="" src="https://secure.gravatar.example/avatar/9a2?s=64&amp;d=mm" class="avatar avatar-64" height="64"
width="64">
By <a href="https://hacks.mozilla.org/author/imarwick/" title="Posted by Ilse Marwick" class="url" rel="author">Ilse Marwick</a></h3>
<p class="post__meta">Posted on <abbr class="published" title="2025-04-08T07:05:36-07:00">April 8, 2025</abbr><span class="entry-tags"> in
${mhCats
  .map(
    (c) => `<a href="https://hacks.mozilla.org/category/${c.toLowerCase().replace(/ /g, '-')}/"
rel="category tag">${c}</a>`,
  )
  .join(', ')}</span></p></div></header>
<div class="article">
${mhPs(mhP1)}
<h2>${mhH1}</h2>
${mhPs(mhP2)}
<pre><code class="language-javascript">${mhCode}</code></pre>
${mhPs(mhP3)}
<h2>${mhH2}</h2>
${mhPs(mhP4)}
<figure class="wp-caption aligncenter"><img src="https://hacks.mozilla.org/wp-content/uploads/2025/04/inp-trace.png" alt="Performance panel" width="1200"
height="640"><figcaption class="wp-caption-text">${mhFig}</figcaption></figure>
<h2>${mhH3}</h2>
${mhPs(mhP5)}
</div>
<section class="about"><h2 class="about__header"><img alt="" src="https://secure.gravatar.example/avatar/9a2?s=64&amp;d=mm" class="avatar avatar-64" height="64"
width="64"><a class="url" href="https://tidewater.example/">Ilse Marwick</a></h2><p>${mhBio}</p>
<p class="more-link"><a href="https://hacks.mozilla.org/author/imarwick/" class="url">More articles by Ilse Marwick…</a></p></section>
<section class="newsletter" id="newsletter"><form class="newsletter__form" id="newsletter_form" action="https://www.mozilla.org/en-US/newsletter/"
method="post">
<h3 class="newsletter__title">${mhNews[0]}</h3><fieldset><p><label for="newsletter_email">${mhNews[1]}</label></p>
<p><label class="offscreen" for="newsletter_email">${mhNews[2]}</label><input type="email" id="newsletter_email" name="email"
required placeholder="you@example.com"></p>
<p class="form-check"><label for="privacy"><input type="checkbox" id="privacy" name="privacy"
required> I’m okay with Mozilla handling my info as explained in this
<a href="https://www.mozilla.org/privacy/websites/">Privacy Policy</a>.</label></p><button type="submit"
class="button">${mhNews[4]}</button></fieldset></form></section>
</article>
<section id="comments"><header class="comments__head"><h2 class="comments__title">3 comments</h2></header><ol class="comments__list">
${mhComments
  .map(
    (c, i) => `<li id="comment-${31400 + i}" class="comment even thread-even depth-1"><header class="comment__head"><cite class="comment__author author vcard">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=64" class="avatar avatar-64 photo" height="64" width="64">${c.n}</cite>
<a class="comment__meta" href="#comment-${31400 + i}" title="Permanent link to this comment">${c.d}</a></header>
<blockquote class="comment__body"><p>${c.t}</p></blockquote></li>`,
  )
  .join('\n')}</ol>
<p class="comments--closed">Comments are closed for this article.</p></section></main>
<footer class="site-footer"><div class="row"><a class="footer__logo" href="https://www.mozilla.org/"><img src="/wp-content/themes/Hax/img/moz-logo.svg"
alt="Mozilla"></a>
<ul class="footer__nav">${links(mhFoot.slice(1), 'footer__item')}</ul><p class="footer__license">${mhLicence}</p></div></footer></div>
<script src="https://hacks.mozilla.org/wp-content/themes/Hax/js/analytics.js?ver=1.2" id="analytics-js"></script></body></html>`;
export const hacksPost: TestPage = {
  html: mhHtml,
  name: 'heldout165-mozilla-hacks-blog',
  kind: 'blog',
  // "By Ilse Marwick" and "Posted on April 8, 2025" are bylines; the categories after "in", the About section, the
  // newsletter form and the comments (names, times and the blockquoted comment texts) are furniture; the code is in neither
  title: mhTitle,
  headings: [mhH1, mhH2, mhH3],
  body: texts([...mhP1, ...mhP2, ...mhP3, ...mhP4, ...mhP5]),
  bylines: ['By Ilse Marwick', 'Posted on April 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacks', ...mhNav, 'Search Mozilla Hacks', 'Search', ...mhCats, mhFig, mhBio, 'More articles by Ilse Marwick…', ...mhNews, '3 comments',
    ...mhComments.flatMap((c) => [c.d, c.t]), 'Dariusz K.', 'Hemi Walker', 'Comments are closed for this article.', ...mhFoot.slice(1), mhLicence,
  ],
};

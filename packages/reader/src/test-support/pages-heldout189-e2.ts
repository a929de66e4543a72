import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 189, file e2: a running club's race report on a WordPress site with a GeneratePress-style theme (the site
 * title and tagline, the primary menu with "Join Us", the entry meta, the featured image caption, the results table, the
 * Jetpack share buttons and "Like" box, categories and tags, the post navigation, two reader comments with "Reply" links and
 * the comment form, the sidebar's club widgets, the footer and the cookie notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const rnTitle = 'Race report: Harewood Hills Trail Half Marathon';
const rnP1 = paras(`
Eleven Dalebank Harriers made the trip to Harewood on Sunday for the Hills Trail Half, and what a morning it turned out to
be. After a week of rain, the organisers warned us on Friday that the lower fields were "more swamp than trail", and they
were not exaggerating. Road shoes were a brave choice. Several of us learned that the hard way.

The race starts on the estate drive before turning uphill through the deer park, and the first three miles are a steady
climb to the top of Beacon Ridge. From there it is a long, muddy descent through the woods, two loops of the lake and a
final drag back up to the finish in front of the house, which nobody enjoyed.`);
const rnH1 = 'How everyone got on';
const rnP2 = paras(`
First home for the club, and ninth overall, was Imran Qadir in 1:29:41, who ran most of the race with the leading
women and said he only realised how well he was doing when a marshal told him he was in the top ten. That is a new course
best for Imran by more than three minutes and it earns him the Harriers' runner of the month vote for November.

Right behind him was Becky Thornton, third woman overall and first in the V40 category, who somehow still had the breath
to cheer everyone else in after her finish. Becky has been building up her hill work on our Thursday night sessions, and it
showed on the ridge.

Special mention to Sue Padgett, who was running her first ever half marathon and her first ever trail race on the same day.
She lost a shoe in the mud at mile eight, went back for it, and still finished with a smile. Sue, we are so proud of you.`);
const rnH2 = 'Harriers results';
const rnResultsHead = ['Position', 'Name', 'Time', 'Category'];
const rnResults = [
  ['9', 'Imran Qadir', '1:29:41', 'SM'],
  ['24', 'Becky Thornton', '1:36:02', 'V40 1st'],
  ['57', 'Gareth Lowe', '1:44:19', 'V50'],
  ['88', 'Hannah Doyle', '1:51:37', 'SW'],
  ['131', 'Phil Cawthorne', '2:02:48', 'V60'],
  ['212', 'Sue Padgett', '2:31:15', 'V50'],
];
const rnP3 = paras(`
Full results, including the rest of our runners, are on the race organiser's website. Thanks as always to Gareth for
organising the car share, and to the marshals, many of them from our friends at Wharfe Valley Striders, who stood in the
rain for hours to keep us on the right path.`);
const rnH3 = 'Next up';
const rnP4 = paras(`
The next club championship race is the Boxing Day 10k at Otley. Entries close on 15 December, so get your name down soon
if you want to run in club colours. Spare vests are available from Linda at Tuesday training.`);
const rnSite = ['Dalebank Harriers', 'Friendly running club for all abilities since 1983'];
const rnNav = ['Home', 'About', 'Training', 'Races', 'Results', 'Blog', 'Join Us', 'Contact'];
const rnCaption = 'Harriers at the start line on the estate drive. Photo: Linda Marsh';
const rnShare = ['Share this:', 'Facebook', 'WhatsApp', 'Email', 'Like this:', 'Like', 'Loading...'];
const rnCats = ['Race Reports', 'half marathon', 'trail'];
const rnPostNav = ['Post navigation', 'Tuesday night sessions over Christmas', 'Club Christmas party: tickets on sale'];
const rnComments = [
  'Brilliant report and brilliant running from everyone. Harewood is a brute of a course in the dry, never mind in that mud!',
  'Thanks all for the cheers at the finish. I will be buying trail shoes before next year, I promise.',
];
const rnCommentMeta = ['Gareth Lowe', 'November 25, 2026 at 8:12 pm', 'Sue Padgett', 'November 25, 2026 at 9:40 pm', 'Reply'];
const rnForm = [
  'Leave a Reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const rnWidgets = [
  'Training sessions',
  'Tuesday 6.30pm: club run from the Red Lion',
  'Thursday 7pm: hills and intervals',
  'Saturday 8.30am: parkrun at Dalebank Park',
  'Upcoming races',
  'Boxing Day 10k, Otley',
  'New Year Fell Dash, Ilkley',
  'Follow us on Strava',
];
const rnFoot = ['Affiliated to England Athletics', 'Privacy Policy', 'Constitution', 'Welfare', '© 2026 Dalebank Harriers'];
const rnCookie = ['This site uses cookies. By continuing to use this website, you agree to their use.'];
const rnComment = (i: number): string => `<li id="comment-${40 + i}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${40 + i}"><footer class="comment-meta"><div class="comment-author-info">
<cite itemprop="name" class="fn">${rnCommentMeta[i * 2]}</cite><div class="entry-meta comment-metadata">
<a href="#comment-${40 + i}"><time datetime="2026-11-25T20:12:00+00:00">${rnCommentMeta[i * 2 + 1]}</time></a></div></div></footer>
<div class="comment-content"><p>${rnComments[i]}</p><span class="reply"><a class="comment-reply-link" href="#respond">${rnCommentMeta[4]}</a></span>
</div></article></li>`;
const rnHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rnTitle} – Dalebank Harriers</title><link rel="canonical" href="https://dalebankharriers.example/2026/11/24/harewood-hills-trail-half/">
<meta property="og:type" content="article"><meta property="og:title" content="${rnTitle}">
<link rel="stylesheet" id="generate-style-css" href="https://dalebankharriers.example/wp-content/themes/generatepress/assets/css/main.min.css">
<script src="https://stats.wp.example/e-202648.js" defer></script></head>
<body class="post-template-default single single-post right-sidebar nav-float-right separate-containers" itemtype="https://schema.org/Blog">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead"><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title"><a href="/" rel="home">${rnSite[0]}</a></p><p class="site-description">${rnSite[1]}</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><button class="menu-toggle" aria-controls="primary-menu">
<span class="mobile-menu">Menu</span></button><ul id="menu-primary" class="menu sf-menu">${links(rnNav, 'menu-item')}</ul></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-3120" class="post-3120 post type-post status-publish category-race-reports" itemtype="https://schema.org/CreativeWork">
<div class="inside-article"><div class="featured-image page-header-image-single"><img src="/wp-content/uploads/2026/11/harewood-start.jpg" alt="">
<p class="wp-caption-text">${rnCaption}</p></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${rnTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-24T19:05:00+00:00">November 24, 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/lindam/">
<span class="author-name">Linda Marsh</span></a></span></span></div>
</header><div class="entry-content" itemprop="text">
${ps(rnP1)}
<h2 class="wp-block-heading">${rnH1}</h2>
${ps(rnP2)}
<h2 class="wp-block-heading">${rnH2}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr>${rnResultsHead.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${rnResults.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></figure>
${ps(rnP3)}
<h2 class="wp-block-heading">${rnH3}</h2>
${ps(rnP4)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">${rnShare[0]}</h3>
<ul>${links(rnShare.slice(1, 4), 'share-item')}</ul></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">${rnShare[4]}</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>${rnShare[5]}</span></span>
<span class="loading">${rnShare[6]}</span></div></div>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><a href="/category/race-reports/">${rnCats[0]}</a></span>
<span class="tags-links"><a href="/tag/half-marathon/">${rnCats[1]}</a>, <a href="/tag/trail/">${rnCats[2]}</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><span class="screen-reader-text">${rnPostNav[0]}</span>
<div class="nav-previous"><a href="/2026/11/18/tuesday-sessions-christmas/" rel="prev">${rnPostNav[1]}</a></div>
<div class="nav-next"><a href="/2026/11/27/christmas-party/" rel="next">${rnPostNav[2]}</a></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${rnTitle}”</h3>
<ol class="comment-list">${rnComment(0)}\n${rnComment(1)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${rnForm[0]}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes"><span id="email-notes">${rnForm[1]}</span>
<span class="required-field-message">${rnForm[2]}</span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">${rnForm[3]}</label><textarea id="comment" name="comment"></textarea></p>
<label for="author" class="screen-reader-text">${rnForm[4]}</label><input id="author" name="author" type="text">
<label for="email" class="screen-reader-text">${rnForm[5]}</label><input id="email" name="email" type="email">
<label for="url" class="screen-reader-text">${rnForm[6]}</label><input id="url" name="url" type="url">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">${rnForm[7]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
</form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget inner-padding widget_block"><h2 class="widget-title">${rnWidgets[0]}</h2><ul>${links(rnWidgets.slice(1, 4))}</ul></aside>
<aside class="widget inner-padding widget_block"><h2 class="widget-title">${rnWidgets[4]}</h2><ul>${links(rnWidgets.slice(5, 7))}</ul></aside>
<aside class="widget inner-padding widget_block"><a class="strava-badge" href="https://www.strava.example/clubs/dalebank">${rnWidgets[7]}</a></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container">
<div class="footer-bar"><ul>${links(rnFoot.slice(0, 4))}</ul></div><div class="copyright-bar">${rnFoot[4]}</div></div></footer></div>
<div class="widget_eu_cookie_law_widget"><div id="eu-cookie-law"><form method="post"><input type="submit" value="Close and accept" class="accept"></form>
${rnCookie[0]}</div></div>
</body></html>`;

export const runningPage: TestPage = {
  name: 'heldout189-wordpress-running-club-race-report',
  kind: 'blog',
  html: rnHtml,
  title: rnTitle,
  headings: [rnH1, rnH2, rnH3],
  body: texts([...rnP1, ...rnP2, ...rnResults.flat(), ...rnP3, ...rnP4]),
  bylines: ['November 24, 2026', 'Linda Marsh'],
  furniture: [
    ...new Set([
      'Skip to content',
      ...rnSite,
      'Menu',
      ...rnNav,
      rnCaption,
      ...rnShare,
      ...rnCats,
      ...rnPostNav,
      `2 thoughts on “${rnTitle}”`,
      ...rnComments,
      ...rnCommentMeta.filter((t) => !['Gareth Lowe', 'Sue Padgett'].includes(t)),
      ...rnForm,
      ...rnWidgets,
      ...rnFoot,
      ...rnCookie,
    ]),
  ],
};

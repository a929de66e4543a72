import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout406-kit.js';
import { mlh } from './pages-heldout406-e2.js';

/**
 * Held-out batch 406, file e: a winners' announcement on a company blog running WordPress with a block theme (Yoast JSON-LD,
 * skip link, site header and navigation, category link, byline and date, reading time, featured image with caption, the post
 * with headings, a winners table and a pull quote, a "Read more" promo, share buttons, tags, author box, newsletter form,
 * related posts, the comment form, footer and the cookie notice) and, from file e2, a Major League Hacking season listing.
 */
const title = 'Meet the winners of the Brinewave Open Data Challenge';
const intro = [
  j(
    'Six weeks, 140 teams and more than 2,000 gigabytes of sensor data later, the first Brinewave Open Data Challenge is over.',
    'We asked developers, students and researchers to do something useful with three years of readings from our buoys along the',
    'northern coast, and they did not disappoint.',
  ),
  j(
    'Judging took longer than we planned, partly because so many projects actually ran. Here are the teams that impressed the',
    'panel most, and what they built.',
  ),
];
const grandH = 'Grand prize: Driftline';
const grand = [
  j(
    'Driftline, a team of three from the Tarrow Polytechnic, built a model that predicts where floating debris will wash up',
    'along the coast over the next 72 hours. It combines our current and wind readings with a simple particle simulation, and',
    'the team checked its forecasts against a month of beach clean-up records from local volunteers.',
  ),
  j(
    'The judges liked that it answered a question people were already asking. The beach clean-up groups have asked to use it',
    'this summer, and we will be helping them run it.',
  ),
];
const quote = 'We built it because we were tired of walking the wrong beach on a Saturday morning.';
const quoteBy = 'Fenella Droy, Driftline';
const runnersH = 'Runners-up';
const runners = ['The panel also awarded two runner-up prizes and a special mention for the best student project.'];
const rows: [string, string, string][] = [
  ['Driftline', 'Grand prize', 'Debris landfall forecasts for volunteer beach clean-ups'],
  ['Salt and Signal', 'Runner-up', 'An audio sonification of wave height for visually impaired sailors'],
  ['Kelpie', 'Runner-up', 'Early warning of algal blooms from temperature and turbidity trends'],
  ['Buoy Oh Buoy', 'Student mention', 'A classroom kit that lets pupils query live buoy data with block code'],
];
const nextH = 'What happens next';
const next = [
  j(
    'All four teams will present at our open day in June, and every winning project has agreed to publish its code under an',
    'open licence. The buoy data will stay open too: we are adding two new stations in the autumn.',
  ),
  'Thank you to every team that entered, to our judges, and to the volunteers who answered endless questions on the forum.',
];
const nav = ['Products', 'Solutions', 'Datasets', 'Developers', 'Blog', 'Company'];
const share = ['Share on LinkedIn', 'Share on X', 'Share on Facebook', 'Copy link'];
const tags = ['Open data', 'Hackathons', 'Community'];
const related = ['How we calibrate a buoy at sea', 'Opening our archive: three years of coastal readings', 'Five ideas for the next challenge'];
const foot = ['Privacy', 'Terms', 'Accessibility', 'Careers', 'Press'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meet the winners of the Brinewave Open Data Challenge - Brinewave</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-05-12T09:00:00+00:00"><meta name="author" content="Corin Maddox">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Corin Maddox"><meta name="twitter:label2" content="Est. reading time">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Corin Maddox"},"datePublished":"2026-05-12T09:00:00+00:00","publisher":{"@id":"https://brinewave.example/#organization"}}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://brinewave.example/wp-includes/css/dist/block-library/style.min.css" media="all">
</head>
<body class="post-template-default single single-post postid-4411 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<header class="wp-block-template-part site-header"><div class="wp-block-group">
<p class="wp-block-site-title"><a href="https://brinewave.example">Brinewave</a></p>
<nav class="wp-block-navigation" aria-label="Main"><ul class="wp-block-navigation__container">${links(nav, 'wp-block-navigation-item')}</ul></nav>
<div class="wp-block-buttons"><a class="wp-block-button__link" href="/contact">Talk to us</a></div></div></header>
<main class="wp-block-group" id="wp--skip-link--target"><article class="wp-block-group post-4411 post type-post">
<div class="taxonomy-category wp-block-post-terms"><a href="/blog/category/community/" rel="tag">Community news</a></div>
<h1 class="wp-block-post-title">${title}</h1>
<div class="wp-block-group post-meta"><div class="wp-block-post-author"><div class="wp-block-post-author__content">
<p class="wp-block-post-author__name">Corin Maddox</p></div></div>
<div class="wp-block-post-date"><time datetime="2026-05-12T09:00:00+00:00">12 May 2026</time></div><span class="reading-time">4 min read</span></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/05/winners.jpg" alt="" class="wp-post-image">
<figcaption class="wp-element-caption">The Driftline team at the final showcase. Photo: Amira Soltane</figcaption></figure>
<div class="entry-content wp-block-post-content is-layout-constrained">
${ps(intro)}
<h2 class="wp-block-heading">${grandH}</h2>
${ps(grand)}
<figure class="wp-block-pullquote"><blockquote><p>${quote}</p><cite>${quoteBy}</cite></blockquote></figure>
<p class="promo"><strong>Read more:</strong> <a href="/blog/opening-our-archive/">Opening our archive: three years of coastal readings</a></p>
<h2 class="wp-block-heading">${runnersH}</h2>
${ps(runners)}
<figure class="wp-block-table"><table><thead><tr><th>Team</th><th>Award</th><th>Project</th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading">${nextH}</h2>
${ps(next)}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul class="share-buttons">${lis(share, 'share-item')}</ul></div>
<div class="taxonomy-post_tag wp-block-post-terms">
<span class="wp-block-post-terms__prefix">Tags: </span>${tags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(', ')}</div>
<div class="author-box"><p class="author-box__name">About Corin Maddox</p>
<p class="author-box__bio">Corin leads developer relations at Brinewave and still owns the first buoy the company ever built.</p></div>
</article>
<section class="newsletter-signup wp-block-group"><h2>Get the Brinewave developer newsletter</h2><p>New datasets, tools and challenges, once a month.</p>
<form><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form></section>
<section class="related-posts"><h2>Related posts</h2><ul>${links(related, 'related-post')}</ul></section>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<form id="commentform"><textarea id="comment" name="comment"></textarea><input type="submit" value="Post Comment"></form></div></main>
<footer class="wp-block-template-part site-footer"><ul class="footer-links">${links(foot)}</ul><p>© 2026 Brinewave Ltd. Registered in Scotland.</p></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to understand how people use our site.
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a role="button" id="cookie_action_close_header_reject" class="cli_action_button">Reject</a></span></div>
<script src="https://brinewave.example/wp-includes/js/wp-emoji-release.min.js" defer></script></body></html>`;
const winners: TestPage = {
  name: 'heldout406-wordpress-company-blog',
  kind: 'blog',
  html,
  title,
  headings: [grandH, runnersH, nextH],
  body: texts([...intro, ...grand, quote, ...runners, ...rows.flat(), ...next]),
  bylines: ['Corin Maddox', '12 May 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Talk to us', 'Community news', 'The Driftline team at the final showcase. Photo: Amira Soltane', quoteBy,
    'Read more: Opening our archive: three years of coastal readings', 'Share this:', ...share, 'Tags:', ...tags, 'About Corin Maddox',
    'Corin leads developer relations at Brinewave and still owns the first buoy the company ever built.', 'Get the Brinewave developer newsletter',
    'New datasets, tools and challenges, once a month.', 'Subscribe', 'Related posts', ...related, 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', ...foot, '© 2026 Brinewave Ltd. Registered in Scotland.',
    'We use cookies to understand how people use our site.', 'Accept', 'Reject',
  ],
};

export const HELDOUT406_E: readonly TestPage[] = [winners, mlh];

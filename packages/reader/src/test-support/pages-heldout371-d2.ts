import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file d2: a journalist's FOI-based story on a WordPress Newspack site (header with the donate button,
 * the category link, byline with avatar and date, the featured image with caption and credit, share buttons, a Newspack
 * "Related" block, the newsletter sign-up block, the donate block, the author bio, tags, comments closed note, the
 * republish button, the cookie notice and the footer).
 */
const nTitle = 'Records show water board ignored lead warnings for two years';
const nBody = [
  j(
    'The Ashcombe Valley Water Board was told in 2023 that lead service lines in three neighborhoods were likely leaching',
    'into drinking water, but it did not begin testing homes in those areas until last spring, according to internal emails',
    'obtained by the Ledger through a public records request.',
  ),
  j(
    'The records, more than 600 pages released in January after a nine-month wait, include a memo from a staff engineer who',
    'warned that a change in water treatment chemicals could make older pipes corrode faster.',
  ),
  '“We should assume elevated lead in the pre-1950 housing stock until testing shows otherwise,” the engineer wrote in May 2023.',
  j(
    'Board chair Lionel Makepeace said in an interview that the memo had been “one of many technical opinions” and that the',
    'board acted once state guidance changed. He said testing since 2025 had found lead above the action level in 38 of 412 homes.',
  ),
];
const nDelay = [
  j(
    'The Ledger first asked for the records in April 2025. The board initially said that gathering them would take six weeks,',
    'then extended the deadline four times, citing staff shortages and the need to review emails for attorney-client privilege.',
  ),
  j(
    'Roughly 140 pages were withheld in full. The board’s log of withheld records describes most of them as legal advice. The',
    'Ledger has appealed the withholding of 22 pages that the log describes only as “operational discussion.”',
  ),
];
const nResidents = [
  j(
    'In the Millbrook neighborhood, where the highest readings were found, residents said they had never been told about the',
    'engineer’s warning. Patrice Oduya, who has two children under five, said the board’s letters had described the water as safe.',
  ),
  '“If they knew in 2023, we should have known in 2023,” she said. “We were mixing formula with that water.”',
  j(
    'The board now offers free filters to households in the three neighborhoods and says it will replace 1,100 lead service',
    'lines by 2029. It has not said how the work will be paid for.',
  ),
  j(
    'State Rep. Hollis Varga said she would ask for a legislative hearing on the delay. “Public records should not take a',
    'year to produce, especially when they are about the water people drink,” she said.',
  ),
];
const nNav = ['News', 'Environment', 'Government', 'Investigations', 'Events', 'About'];
const nShare = ['Share on Facebook', 'Share on Bluesky', 'Share by email', 'Print'];
const nRelated = ['Water rates to rise 9% in July', 'How we reported this story', 'Ashcombe schools to test drinking fountains'];
const nFoot = ['About us', 'Our team', 'Ethics policy', 'Corrections', 'Republish our stories', 'Privacy policy'];
const nHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} – Ashcombe Ledger</title><meta name="robots" content="max-image-preview:large"/>
<meta property="og:type" content="article"/><meta property="og:title" content="${nTitle}"/><meta property="article:section" content="Investigations"/>
<meta property="article:published_time" content="2026-03-09T06:00:00+00:00"/>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${nTitle}",
"author":{"@type":"Person","name":"Mariela Quist"},"datePublished":"2026-03-09T06:00:00+00:00"}]}</script>
<link rel="stylesheet" id="newspack-theme-style-css" href="/wp-content/themes/newspack-theme/style.css" media="all"/>
<script id="newspack-blocks-js-extra">var newspack_blocks = {"post_id":48211};</script></head>
<body class="post-template-default single single-post postid-48211 single-format-standard wp-embed-responsive newspack-theme h-sb h-ll">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="page" class="site">
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<a href="/support" class="button header-donate">Donate</a></div></div><div class="middle-header-contain"><div class="wrapper">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Ashcombe Ledger</a></p>
<p class="site-description">Independent, nonprofit news for the Ashcombe Valley</p></div>
<nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(nNav, 'menu-item')}</ul>
</nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish entry"><header class="entry-header">
<span class="cat-links"><a href="/category/investigations/" class="tag-investigations">Investigations</a></span>
<h1 class="entry-title">${nTitle}</h1>
<div class="newspack-post-subtitle">Emails obtained by the Ledger show an engineer’s memo sat unanswered while lead levels rose.</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/quist.jpg" class="avatar"/></span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/mquist/">Mariela Quist</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-09T06:00:00+00:00">March 9, 2026</time></span></div>
<div class="share-after-meta"><div class="sharedaddy sd-sharing-enabled"><ul>${links(nShare, 'share-item')}</ul></div></div></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/03/millbrook-pipes.jpg" alt="" class="wp-post-image"/>
<figcaption><span class="image-caption">Crews dig up a lead service line on Orchard Row in Millbrook in February.</span>
<span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Tobias Renn / Ashcombe Ledger</span></figcaption></figure>
<div class="entry-content">
${ps(nBody)}
<div class="wp-block-newspack-blocks-homepage-articles is-style-borders"><h2 class="article-section-title">Related</h2><ul>${links(nRelated)}</ul></div>
<h2 class="wp-block-heading">A nine-month wait</h2>
${ps(nDelay)}
<div class="wp-block-newspack-newsletters-subscribe"><p class="newspack-newsletters-subscribe__title">Get the Ledger in your inbox</p>
<p>Our free morning newsletter, five days a week.</p><form><input type="email" placeholder="Enter your email address"/><input type="submit"
value="Sign up"/></form></div>
<h2 class="wp-block-heading">‘We should have known’</h2>
${ps(nResidents)}
<div class="wp-block-newspack-blocks-donate"><p>The Ledger is a nonprofit newsroom. Our public records work depends on readers like you.</p>
<a class="wp-block-button__link" href="/support">Support our work</a></div></div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span><a href="/tag/public-records/" rel="tag">Transparency</a>
<a href="/tag/drinking-water/" rel="tag">Water quality</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Mariela Quist</h2></div>
<p>Mariela Quist covers government and the environment for the Ledger. She previously reported for the Harlow Tribune.</p>
<a class="author-link" href="/author/mquist/">More by Mariela Quist</a></div></div>
<div class="republication-tracker-tool-button"><button>Republish this story</button></div>
<p class="no-comments">Comments are closed.</p></article></main></div></div>
<footer id="colophon" class="site-footer"><div class="wrapper"><ul class="footer-menu">${links(nFoot)}</ul>
<div class="site-info"><span class="copyright">© 2026 Ashcombe Ledger.</span>
<a class="imprint" href="https://newspack.example/">Proudly powered by Newspack</a>
</div></div></footer></div>
<div class="newspack-popup-container newspack-lightbox" role="dialog" data-popup-id="cookie"><div class="newspack-popup">
<p>We use cookies to understand how you use our site and to improve your experience.</p><button class="newspack-lightbox__close">Accept</button></div></div>
<script src="/wp-content/themes/newspack-theme/js/dist/amp-fallback.js" id="newspack-amp-fallback-js"></script></body></html>`;
export const foiStory: TestPage = {
  name: 'heldout371-newspack-foi-story',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['A nine-month wait', '‘We should have known’'],
  body: texts([...nBody, ...nDelay, ...nResidents]),
  bylines: ['by Mariela Quist', 'March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Donate', 'Ashcombe Ledger', 'Independent, nonprofit news for the Ashcombe Valley', ...nNav,
    'Emails obtained by the Ledger show an engineer’s memo sat unanswered while lead levels rose.', ...nShare,
    'Crews dig up a lead service line on Orchard Row in Millbrook in February.', 'Credit: Tobias Renn / Ashcombe Ledger', 'Related', ...nRelated,
    'Get the Ledger in your inbox', 'Our free morning newsletter, five days a week.',
    'The Ledger is a nonprofit newsroom. Our public records work depends on readers like you.', 'Support our work', 'Tagged:', 'Transparency',
    'Water quality', 'Mariela Quist covers government and the environment for the Ledger. She previously reported for the Harlow Tribune.',
    'More by Mariela Quist', 'Republish this story', 'Comments are closed.', ...nFoot, '© 2026 Ashcombe Ledger.', 'Proudly powered by Newspack',
    'We use cookies to understand how you use our site and to improve your experience.', 'Accept',
  ],
};

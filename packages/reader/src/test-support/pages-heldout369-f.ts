import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout369-kit.js';

/**
 * Held-out batch 369, file f: a cloud-storage company's quarterly drive reliability report on a classic WordPress theme
 * (entry header with author and date, a data table with caption, a "Download the data" note, the author box, share links,
 * WordPress comments and the sidebar) and a deals roundup on a Next.js news site (Vox-style "duet" component classes,
 * affiliate disclosure, deal cards with prices and buttons, the newsletter box and "Most Popular" rail).
 */
const rTitle = 'Drive Stats for Q3 2026: Annualized Failure Rates by Model';
const rIntro = [
  j(
    'At the end of Q3 2026 we were monitoring 318,406 hard drives and SSDs across our data centers. This report covers the',
    '301,922 data drives in service, leaving out boot drives and the handful of models with fewer than 60 units or under 10,000',
    'drive days in the quarter.',
  ),
  j(
    'The quarterly annualized failure rate (AFR) across all data drives was 1.47%, down from 1.62% in Q2. As usual, most of the',
    'change comes from retiring older 8TB and 10TB drives rather than from the newer models getting better.',
  ),
];
const rH1 = 'Q3 2026 Hard Drive Failure Rates';
const rTable: readonly (readonly string[])[] = [
  ['Tarrow', 'TR16000NM', '16TB', '38,114', '3,487,202', '124', '1.30%'],
  ['Tarrow', 'TR20000NM', '20TB', '21,460', '1,953,380', '41', '0.77%'],
  ['Meridyn', 'MD14EAX', '14TB', '44,781', '4,118,520', '206', '1.83%'],
  ['Meridyn', 'MD22EBX', '22TB', '18,032', '1,501,944', '17', '0.41%'],
  ['Oyamada', 'OY12TN', '12TB', '9,870', '908,040', '98', '3.94%'],
];
const rP2 = [
  j(
    'The Oyamada 12TB stands out for the wrong reason again. These drives average just over six years in service, and their AFR',
    'has climbed every quarter this year. We are replacing them as they fail and will have migrated the remaining vaults by',
    'spring.',
  ),
  j(
    'At the other end, the Meridyn 22TB drives recorded 17 failures in 1.5 million drive days. It is early, since the fleet',
    'averages only eight months of age, but that is the lowest AFR we have seen for any model above 20TB.',
  ),
];
const rH2 = 'Lifetime Failure Rates';
const rP3 = [
  j(
    'Over the lifetime of the drives in this report, the AFR is 1.39%. Lifetime figures move slowly, which is exactly why we',
    'publish them: a single bad quarter for a model tells you much less than five years of steady numbers.',
  ),
  'A few notes on how we count:',
];
const rList = [
  'A drive is counted as failed when it is removed from service because it has stopped working or shows signs that it will.',
  'Drives removed during planned migrations are not failures.',
  'AFR is failures divided by drive days, multiplied by 365.',
];
const rP4 = [
  j('As always, the complete data set behind this report is free to download, and we welcome your own analysis. Tell us what', 'you find in the comments.'),
];
const rComments = [
  ['Halvor Stene', 'November 6, 2026 at 10:14 am', 'Any chance you will break out SSD boot drives by model again? The Q1 numbers were really useful.'],
  ['pinecone_nas', 'November 6, 2026 at 3:40 pm', 'Good to see the 22TB doing well. I just bought two of them for my home server.'],
] as const;
const rSide = ['Drive Stats for Q2 2026', 'SSD Edition: Three Years of Boot Drive Data', 'How We Retire a Storage Vault'];
const rHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${rTitle}</title>
<meta name="description" content="Quarterly hard drive failure rates for our data centers, by model."><link rel="stylesheet" id="stratus-style-css"
href="https://www.nimbusvault.example/blog/wp-content/themes/stratus/style.css?ver=4.2.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${rTitle}","author":{"@type":"Person",
"name":"Ines Karlberg"},"datePublished":"2026-11-05T13:00:00+00:00"}</script>
<script>var _hsq = window._hsq = window._hsq || [];</script></head>
<body class="post-template-default single single-post postid-118820 single-format-standard"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/blog/" rel="home">NimbusVault Blog</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(
  ['Cloud Storage', 'Backup', 'Drive Stats', 'Tech Lab', 'Pricing'],
  'menu-item menu-item-type-taxonomy',
)}</ul></nav><a class="button header-cta" href="/sign-up">Start Free Trial</a></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-118820" class="post-118820 post type-post status-publish format-standard has-post-thumbnail category-drive-stats">
<header class="entry-header"><span class="cat-links"><a href="/blog/category/drive-stats/" rel="category tag">Drive Stats</a></span>
<h1 class="entry-title">${rTitle}</h1><div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n"
href="/blog/author/ikarlberg/">Ines Karlberg</a></span></span> <span class="posted-on"><time class="entry-date published"
datetime="2026-11-05T13:00:00+00:00">November 5, 2026</time></span> <span class="comments-link"><a href="#comments">2 Comments</a></span></div></header>
<div class="share-links"><span>Share:</span> <a class="share-x">X</a> <a class="share-linkedin">LinkedIn</a> <a class="share-email">Email</a></div>
<div class="entry-content">
${ps(rIntro)}
<h2 class="wp-block-heading">${rH1}</h2>
<figure class="wp-block-table"><table><thead><tr><th>MFG</th><th>Model</th><th>Size</th><th>Drive Count</th><th>Drive Days</th><th>Failures</th>
<th>AFR</th></tr></thead><tbody>
${rows(rTable)}</tbody></table><figcaption class="wp-element-caption">Table: Q3 2026 annualized failure rates for data drives, selected
models.</figcaption></figure>
${ps(rP2)}
<h2 class="wp-block-heading">${rH2}</h2>
${ps(rP3)}
<ul class="wp-block-list">${rList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(rP4)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link"
href="/drive-stats-data/">Download the Drive Stats data</a></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/blog/tag/hard-drives/" rel="tag">Hard Drives</a>, <a href="/blog/tag/reliability/"
rel="tag">Reliability</a></span></footer>
<div class="author-box"><img alt="" src="/blog/wp-content/uploads/ines.jpg" class="avatar avatar-96"><div class="author-box-text"><h4>About Ines Karlberg</h4>
<p>Ines leads the fleet analytics team and has written the Drive Stats reports since 2022.</p></div></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${rTitle}”</h2><ol class="comment-list">
${rComments
  .map(
    ([a, d, t], i) => `<li id="comment-${9100 + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${a}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${9100 + i}"><time
datetime="2026-11-06">${d}</time></a></div></footer><div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow"
class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email
address will not be published. Required fields are marked *</p><p class="form-submit"><input name="submit" type="submit" class="submit"
value="Post Comment"></p></div></div></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rSide)}</ul>
</section><section class="widget widget_text"><h2 class="widget-title">Back up everything</h2><div class="textwidget"><p>Unlimited backup for your
computer, from $9 a month.</p></div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 NimbusVault, Inc. All rights reserved.</div>
<ul>${links(['Privacy', 'Terms', 'Careers'])}</ul></footer></div>
<div id="hs-eu-cookie-confirmation"><p id="hs-eu-cookie-disclaimer">This website stores cookies on your computer to improve your website experience.</p>
<a id="hs-eu-confirmation-button">Accept</a><a id="hs-eu-decline-button">Decline</a></div></body></html>`;
const driveStats: TestPage = {
  name: 'heldout369-wordpress-drive-stats-report',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2],
  body: [...texts(rIntro), ...rowTexts(rTable), ...texts([...rP2, ...rP3, ...rList, ...rP4])],
  bylines: ['Ines Karlberg', 'November 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'NimbusVault Blog', 'Cloud Storage', 'Backup', 'Drive Stats', 'Tech Lab', 'Pricing', 'Start Free Trial', '2 Comments', 'Share:',
    'LinkedIn', 'Email', 'Table: Q3 2026 annualized failure rates for data drives, selected models.', 'Download the Drive Stats data', 'Tagged',
    'Hard Drives', 'Reliability', 'About Ines Karlberg', 'Ines leads the fleet analytics team and has written the Drive Stats reports since 2022.',
    `2 thoughts on “${rTitle}”`, ...rComments.flat(), 'says:', 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...rSide, 'Back up everything',
    'Unlimited backup for your computer, from $9 a month.', '© 2026 NimbusVault, Inc. All rights reserved.', 'Privacy', 'Terms', 'Careers',
    'This website stores cookies on your computer to improve your website experience.', 'Accept', 'Decline',
  ],
};

const vTitle = 'The best PC hardware deals this week: SSDs, monitors and a rare GPU discount';
const vDek = 'Storage prices are dropping ahead of the holidays, and one of our favorite graphics cards is finally below list price.';
const vIntro = [
  j(
    'It is a good week to finish a build. Several of the NVMe drives we recommend have hit their lowest prices of the year, and',
    'there is a rare discount on a current-generation graphics card. As always, we only list deals on hardware we have tested',
    'or would buy ourselves.',
  ),
  j(
    'Prices below were checked on Sunday morning. Retailers change them often during the holiday season, so if a deal has',
    'expired, check back: several of these products have dropped to the same price two or three times since October.',
  ),
];
const vDeals: readonly { h: string; p: string; price: string; was: string; shop: string }[] = [
  {
    h: 'Aurelion RX 9080 XT',
    p: j(
      'The quietest high-end card we have tested is $60 off at Voltmart, the first real discount since launch. It beats the Norrland',
      'GX 5080 in most raster games and comes with 20GB of memory.',
    ),
    price: '$789.99',
    was: '$849.99',
    shop: 'Voltmart',
  },
  {
    h: 'Pellucid P44 Pro 4TB',
    p: j(
      'This single-sided 4TB drive fits almost any laptop and reads at up to 12GB/s. At $219 it costs less per terabyte than most',
      '2TB drives did in the spring.',
    ),
    price: '$219.99',
    was: '$289.99',
    shop: 'Parcelbay',
  },
  {
    h: 'Brightwater Tessera 27 OLED monitor',
    p: j(
      'A 27-inch 1440p OLED with a 360Hz refresh rate and a matte coating that handles sunny rooms better than glossy rivals.',
      'This matches the Black Friday price from last year.',
    ),
    price: '$549.99',
    was: '$699.99',
    shop: 'Brightwater',
  },
  {
    h: 'Halvard B850M Tern WiFi',
    p: 'Our pick for a budget Strata 5 build gets a small cut, and it now ships with the latest BIOS preinstalled.',
    price: '$124.99',
    was: '$139.99',
    shop: 'Voltmart',
  },
];
const vOutro = j(
  'A note on timing: the GPU and monitor discounts are listed as limited-time offers and may end before the weekend, while the',
  'storage prices have held steady for ten days. We will update this post as prices change throughout the week.',
);
const vPopular = [
  'Korvane’s Strata 9 7950K is the new desktop CPU to beat',
  'The best gaming laptops you can buy right now',
  'Tamsin’s Ledger 14 Pro is the safe bet with a better screen',
];
const vNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'Deals'];
const duet = 'duet--article--article-body-component';
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vTitle} | The Circuit</title><meta name="description" content="${vDek}"><meta name="next-head-count" content="12">
<link rel="preload" href="/_next/static/css/4e1c8a.css" as="style"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"${vTitle}","author":[{"@type":"Person","name":"Renata Osei"}],"datePublished":"2026-11-23T15:00:00.000Z"}</script></head>
<body><div id="__next"><div class="duet--layout--page-wrapper"><a class="duet--navigation--skip-link" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation"><a href="/"
aria-label="The Circuit homepage">The Circuit</a><nav><ul>${links(vNav, 'duet--navigation--nav-item')}<li><a href="/ai">AI</a></li></ul>
</nav><a class="duet--cta--button" href="/subscribe">Subscribe</a></header>
<main id="content"><article class="duet--article--standard"><div class="duet--article--lede"><ul class="duet--article--breadcrumbs">
${links(['Deals', 'Tech'], 'duet--article--breadcrumb')}</ul>
<h1 class="duet--article--dangerously-set-cms-markup _1pm20r52">${vTitle}</h1>
<p class="duet--article--dangerously-set-cms-markup _1xwtict9">${vDek}</p>
<div class="duet--article--byline"><span>by <a href="/authors/renata-osei" class="_1lkmsmo1">Renata Osei</a></span>
<time datetime="2026-11-23T15:00:00.000Z">Nov 23, 2026, 3:00 PM UTC</time></div>
<div class="duet--article--share-buttons"><button aria-label="Share this story">Share this story</button>
<div class="_19ay6p0"><a href="#">Share this on Facebook</a><a href="#">Share this on Threads</a></div></div></div>
<div class="duet--article--article-body">
<div class="duet--article--affiliate-disclosure"><p>If you buy something from a The Circuit link, Greyfield Media may earn a commission.
<a href="/ethics">See our ethics statement.</a></p></div>
<div class="${duet}">${ps(vIntro, ' class="duet--article--dangerously-set-cms-markup"')}</div>
${vDeals
  .map(
    (d) => `<div class="duet--article--product-card"><h2 class="duet--article--product-card-title">${d.h}</h2>
<div class="${duet}"><p class="duet--article--dangerously-set-cms-markup">${d.p}</p></div>
<div class="duet--article--product-card-price"><span class="_price">${d.price}</span> <s class="_was">${d.was}</s></div>
<a class="duet--article--product-card-button" rel="sponsored" href="https://go.example/${d.shop.toLowerCase()}">${d.price} at ${d.shop}</a></div>`,
  )
  .join('\n')}
<div class="${duet}"><p class="duet--article--dangerously-set-cms-markup">${vOutro}</p></div>
<div class="duet--newsletters--inline"><h3>Installer</h3><p>A weekly newsletter of the best apps, gadgets and deals.</p><input type="email"
placeholder="Email (required)"><button>Sign Up</button><p class="_legal">By submitting your email, you agree to our Terms and Privacy Notice.</p></div>
</div><div class="duet--article--topics"><ul>${links(['Deals', 'PC Gaming', 'SSD Storage', 'Monitors'], 'duet--article--topic')}</ul></div></article>
<aside class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>${links(vPopular, 'duet--recirculation--item')}</ol></aside></main>
<footer class="duet--navigation--footer"><ul>${links(['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Licensing FAQ', 'Accessibility'])}</ul>
<p>© 2026 Greyfield Media, LLC. All Rights Reserved</p></footer></div></div>
<div id="privacy-consent"><p>We use cookies and similar technologies to personalize content and ads.</p><button>Accept</button><button>Manage</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"StoryLayoutQuery"}]}}},
"page":"/[...slugs]",
"buildId":"gW1a8bX","isFallback":false,"gssp":true}</script></body></html>`;
const nextDeals: TestPage = {
  name: 'heldout369-nextjs-deals-roundup',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vDeals.map((d) => d.h),
  body: [vDek, ...texts(vIntro), ...vDeals.map((d) => d.p), vOutro],
  bylines: ['Renata Osei', 'Nov 23, 2026, 3:00 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Circuit', ...vNav, 'Subscribe', 'Share this story', 'Share this on Facebook', 'Share this on Threads',
    'If you buy something from a The Circuit link, Greyfield Media may earn a commission.', 'See our ethics statement.',
    ...vDeals.flatMap((d) => [d.was, `${d.price} at ${d.shop}`]), 'Installer', 'A weekly newsletter of the best apps, gadgets and deals.', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.', 'PC Gaming', 'SSD Storage', 'Monitors', 'Most Popular', ...vPopular,
    'Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Licensing FAQ', 'Accessibility', '© 2026 Greyfield Media, LLC. All Rights Reserved',
    'We use cookies and similar technologies to personalize content and ads.', 'Accept', 'Manage',
  ],
};

export const HELDOUT369_F: readonly TestPage[] = [driveStats, nextDeals];

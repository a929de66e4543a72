import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 116, file a2: a Newsweek news story (site header with "Subscribe" and "Log In", the "Trending" bar, the
 * "News" article-type badge with its hidden tooltip, the byline with role and published/updated lines, the Listen / Translate
 * / share bar and the hidden AI-translation disclaimer, the lede photo with caption and credit, the "Why It Matters" / "What
 * To Know" / "What People Are Saying" / "What Happens Next" h2 sections, an inline "Related Articles" box, the update note,
 * reprint and correction links, the mission statement, the "About the writer" box, the rails and the footer).
 */
const nwTitle = 'Thousands Face Water Limits as Reservoir Drops to Lowest Level in 40 Years';
const nwP1 = [
  'More than 60,000 residents in three counties will face mandatory watering restrictions starting next week after Lake ' +
    'Arvena, the reservoir that supplies most of the region, fell to its lowest level since records began in 1985.',
  'The Tollund Valley Water Authority announced the measures on Sunday, saying the lake was at 31 percent of capacity after ' +
    'the driest winter in four decades.',
];
const nwH1 = 'Why It Matters';
const nwP2 = [
  'Lake Arvena provides drinking water to the cities of Marlow, Castine and Reedsport, as well as irrigation for roughly ' +
    '40,000 acres of orchards and row crops. Officials have warned that if spring rainfall remains below average, farmers ' +
    'could see their allocations cut for the first time since the reservoir was built.',
  'The restrictions are also a test of a drought plan the authority adopted in 2022, which has never been used beyond its ' + 'voluntary first stage.',
];
const nwH2 = 'What To Know';
const nwP3 = ['Under the stage two rules that take effect on March 10:'];
const nwList = [
  'Outdoor watering is limited to two days a week, before 8 a.m. or after 7 p.m.',
  'Washing cars at home is banned, though commercial car washes that recycle water may stay open.',
  'Filling new swimming pools requires a permit from the authority.',
  'Households that break the rules face a warning, then fines starting at $100.',
];
const nwP4 = [
  'The authority said about 70 percent of residential water use in summer goes on lawns and gardens, making outdoor watering ' + 'the quickest place to save.',
  'Snowpack in the mountains that feed the lake stood at 48 percent of normal on March 1, according to the state’s water ' + 'resources department.',
];
const nwH3 = 'What People Are Saying';
const nwP5 = [
  'Dana Whitcomb, general manager of the Tollund Valley Water Authority, said in a statement: “We know nobody wants to see ' +
    'their lawn turn brown. But every gallon we save now is a gallon we will have in August, when we really need it.”',
  'Luis Ferrante, who grows apples and pears near Castine, told <em>Newsweek</em>: “We have been through dry years before, ' +
    'but not like this one. If our allocation gets cut in half, some growers here will have to decide which trees to let go.”',
  'Hydrologist Rebecca Osei of Calder State University told <em>Newsweek</em> that a single wet spring would not be enough to ' +
    'refill the lake, which she said had been declining for most of the past five years.',
];
const nwH4 = 'What Happens Next';
const nwP6 = [
  'The authority’s board will review the reservoir level at its April meeting and could move to stage three, which would ' +
    'ban all outdoor watering, if the lake falls below 25 percent.',
  'Forecasters with the National Weather Service expect below-average rain across the region through at least May.',
  '<em>Update 3/3/25, 9:30 a.m. ET: This article was updated with comment from Rebecca Osei.</em>',
];
const nwNav = ['U.S.', 'World', 'Health', 'Science', 'Sports', 'Entertainment', 'Opinion', 'Life', 'Autos', 'Rankings', 'Vantage'];
const nwTrending = ['Tax Refund', 'Social Security', 'Weather Forecast', 'Measles Outbreak', 'Stock Market'];
const nwTooltip = 'Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.';
const nwCaption = 'Boats sit on the dry bed of Lake Arvena near Marlow on February 27, 2025.';
const nwCredit = 'Kendra Hollis/Getty Images';
const nwAi = 'Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.';
const nwRelated = [
  'Map Shows Where Drought Is Worst Heading Into Spring',
  'Farmers Brace for Smaller Harvest as Snowpack Shrinks',
  'Heat Wave Forecast Breaks Records Across the Southwest',
];
const nwMission = 'Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.';
const nwBio =
  'Marcus Teller is a Newsweek reporter based in Denver, Colorado. His focus is reporting on weather, water and climate in the ' +
  'American West. He joined Newsweek in 2023.';
const nwTop = [
  'Winter Storm Warning Issued for Five States',
  'Social Security Checks Worth Up to $5,108 Going Out This Week',
  'Map Shows Cities With the Fastest-Rising Rents',
  'Airline Cancels Dozens of Flights Over Staff Shortage',
];
const nwFoot = [
  'About Us',
  'Corrections',
  'Contact Us',
  'Editorial Guidelines',
  'Advertise',
  'Copyright',
  'Terms & Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Terms of Sale',
  'Archive',
  'Editorial Team',
];
const nwP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nwH = (t: string): string => `<h2>${t}</h2>`;
const nwAd = (id: string): string => `<div class="ad-container ad-inline" id="${id}"><div class="ad-label">Advertisement</div>
<div class="nw-ad" data-ad-slot="${id}"></div></div>`;
const nwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Thousands Face Water Limits as Reservoir Drops to Lowest Level in 40 Years - Newsweek</title>
<meta name="description" content="Lake Arvena fell to its lowest level since records began in 1985.">
<meta property="og:title" content="${nwTitle}"><meta property="og:site_name" content="Newsweek"><meta name="news_keywords" content="Drought, Water">
<link rel="canonical" href="https://www.newsweek.com/reservoir-lake-arvena-water-restrictions-2040117">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nwTitle}",
"datePublished":"2025-03-03T06:12:01-05:00","dateModified":"2025-03-03T09:30:44-05:00","author":[{"@type":"Person","name":"Marcus Teller",
"jobTitle":"Weather and Climate Reporter"}],"publisher":{"@type":"Organization","name":"Newsweek"},"isAccessibleForFree":true}</script>
<script src="https://d.newsweek.example/themes/newsweek/js/dist/main.min.js?v=2025" defer></script>
<link rel="stylesheet" href="https://d.newsweek.example/themes/newsweek/css/dist/article.min.css?v=2025"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="site-header" role="banner"><div class="header-top">
<a class="logo" href="/" rel="home"><img src="/themes/newsweek/img/newsweek-logo.svg" alt="Newsweek"></a>
<nav class="main-menu" role="navigation" aria-label="Main"><ul class="menu">${links(nwNav, 'menu-item')}</ul></nav>
<div class="header-actions"><a class="btn-newsletters" href="/newsletters">Newsletters</a><a class="btn-subscribe" href="/subscribe">Subscribe</a>
<a class="btn-login" href="/user/login">Log In</a></div></div>
<div class="trending-bar"><span class="trending-label">Trending:</span><ul>${links(nwTrending)}</ul></div></header>
<main id="main-content" role="main"><div class="layout-content"><article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-header"><div class="article-labels"><a class="category" href="/us">U.S.</a>
<div class="article-type-badge"><button class="article-type" aria-expanded="false">News</button>
<div class="article-type-tooltip" hidden><div class="tooltip-title">News Article</div><p>${nwTooltip}</p>
<a href="/editorial-standards">Newsweek Is A Trust Project Member</a></div></div></div>
<h1 class="title" itemprop="headline">${nwTitle}</h1>
<div class="byline"><div class="author-wrap"><img class="author-avatar" src="/authors/marcus-teller.jpg" alt="">
<span class="author" itemprop="author"><a href="/authors/marcus-teller">Marcus Teller</a></span>
<span class="author-role">Weather and Climate Reporter</span></div>
<div class="dates"><span class="published">Published <time datetime="2025-03-03T06:12:01-05:00">Mar 03, 2025 at 06:12 AM EST</time></span>
<span class="updated">Updated <time datetime="2025-03-03T09:30:44-05:00">Mar 03, 2025 at 09:30 AM EST</time></span></div></div>
<div class="article-tools"><button class="listen-btn">Listen</button><button class="translate-btn" aria-expanded="false">Translate</button>
<div class="translate-disclaimer" hidden>${nwAi}</div><div class="share-tools"><span class="share-label">Share</span>
<a class="share-fb" href="#"><span class="sr-only">Share on Facebook</span></a><a class="share-x" href="#"><span class="sr-only">Share on X</span></a>
<a class="share-li" href="#"><span class="sr-only">Share on LinkedIn</span></a><button class="share-copy">Copy Link</button></div></div></header>
<figure class="article-image"><img src="https://d.newsweek.example/en/full/2601193/lake-arvena.jpg?w=1200" alt="Lake Arvena" width="1200" height="800">
<figcaption><span class="caption">${nwCaption}</span> <span class="credit">${nwCredit}</span></figcaption></figure>
<div class="article-body v_text" itemprop="articleBody">
${nwP(nwP1)}
${nwH(nwH1)}
${nwP(nwP2)}
${nwAd('ad-inline-1')}
${nwH(nwH2)}
${nwP(nwP3)}
<ul>${nwList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${nwP(nwP4)}
<div class="related-content-inline"><span class="related-title">Related Articles</span>
<ul>${nwRelated.map((t, i) => `<li><a href="/drought-${i}">${t}</a></li>`).join('\n')}</ul></div>
${nwH(nwH3)}
${nwP(nwP5)}
${nwAd('ad-inline-2')}
${nwH(nwH4)}
${nwP(nwP6)}
</div>
<div class="article-footer-links"><a href="/reprints">Request Reprint &amp; Licensing</a><a href="/corrections">Submit Correction</a>
<a href="/editorial-standards">View Editorial Guidelines</a></div>
<div class="mission-statement"><p>${nwMission}</p><a class="btn" href="/subscribe">Help Newsweek continue to bring you facts and context.</a></div>
<section class="about-author"><h3 class="about-author-title">About the writer</h3><div class="author-card"><a href="/authors/marcus-teller">Marcus Teller</a>
<p class="author-bio">${nwBio}</p><p class="author-contact">You can get in touch with Marcus by emailing m.teller@newsweek.com</p>
<button class="follow-author">Follow</button></div></section></article>
<aside class="sidebar"><section class="block-top-stories"><h2 class="block-title">Top Stories</h2>
<ul>${nwTop.map((t, i) => `<li><a href="/top-${i}"><h3>${t}</h3></a></li>`).join('\n')}</ul></section>${nwAd('ad-rail-1')}</aside>
</div></main>
<footer class="site-footer"><div class="footer-logo">Newsweek</div><ul class="footer-menu">${links(nwFoot)}</ul>
<p class="copyright">© 2025 NEWSWEEK DIGITAL LLC</p></footer></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"nid":"2040117","section":"U.S.","author":"Marcus Teller"});</script></body></html>`;
export const newsweekStory: TestPage = {
  html: nwHtml,
  name: 'heldout116-newsweek-news',
  kind: 'news',
  // the four "What ..." h2s are the story's own sections; the italic update note at the end of the text is body;
  // the inline "Related Articles" box, the mission statement and the "About the writer" box are furniture
  title: nwTitle,
  headings: [nwH1, nwH2, nwH3, nwH4],
  body: [...nwP1, ...nwP2, ...nwP3, ...nwList, ...nwP4, ...texts(nwP5), ...texts(nwP6)],
  bylines: ['Marcus Teller', 'Weather and Climate Reporter', 'Published Mar 03, 2025 at 06:12 AM EST', 'Updated Mar 03, 2025 at 09:30 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nwNav, 'Newsletters', 'Subscribe', 'Log In', 'Trending:', ...nwTrending, 'News', 'News Article', nwTooltip,
    'Newsweek Is A Trust Project Member', 'Listen', 'Translate', nwAi, 'Share', 'Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy Link',
    nwCaption, nwCredit, 'Advertisement', 'Related Articles', ...nwRelated, 'Request Reprint & Licensing', 'Submit Correction',
    'View Editorial Guidelines', nwMission, 'Help Newsweek continue to bring you facts and context.', 'About the writer', nwBio,
    'You can get in touch with Marcus by emailing m.teller@newsweek.com', 'Follow', 'Top Stories', ...nwTop, 'Newsweek', ...nwFoot,
    '© 2025 NEWSWEEK DIGITAL LLC',
  ],
};

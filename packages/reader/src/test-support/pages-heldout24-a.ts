import { links, type TestPage, texts } from './page-kit.js';
import { paywallStory } from './pages-heldout24-a2.js';

/**
 * Held-out batch 24, file a: an opinion piece on a Washington Examiner / National Review-style conservative magazine site
 * (top bar with "Subscribe" and "Log In", section nav, the "Commentary" kicker, headline and dek, byline with author photo and
 * date, the "Listen to this article" audio widget, share bar, article with an inline "Related" link box and an ad slot, the
 * author's bio line, topic tags, the metered-paywall counter, the "Recommended" rail, the newsletter box, OpenWeb comments
 * placeholder, cookie notice and the footer).
 */
const opTitle = 'The Suburbs Are Done Waiting for Washington to Fix Their Roads';
const opDek = 'County governments have stopped asking for permission, and the results are better than anything the federal program delivered.';
const opBody = [
  'For most of the last decade, the standard answer to a crumbling county road was a grant application. A county engineer would ' +
    'fill out forty pages of forms, wait eighteen months, and then learn that the money had gone to a transit project two states away.',
  'That era is quietly ending. In at least nine states, suburban counties have begun raising their own road money, issuing ' +
    'small bonds, and hiring contractors directly, without waiting for the next <a href="/topic/infrastructure">infrastructure</a> ' +
    'bill to trickle down through the state capital.',
  'Consider Halden County, a fast-growing ring of subdivisions outside a mid-sized Midwestern city. Its commissioners put a ' +
    'half-cent sales tax on the ballot in 2023 and promised to spend every dollar on resurfacing and intersections. Voters approved ' +
    'it by twenty points. Two years later the county has repaved 140 miles of road, more than it managed in the previous ten years ' +
    'combined.',
  'The lesson is not that federal money is always wasted. It is that money arrives faster, and is spent more carefully, when the ' +
    'people who approve it can drive on the result. A commissioner who has to explain a pothole at the grocery store has every ' +
    'reason to get the job done on time.',
  'Critics will say that local taxes hit poorer counties hardest, and that is a fair point. But the answer is not to keep every ' +
    'county dependent on a federal formula that rewards the best grant writers rather than the worst roads. A simpler block grant, ' +
    'with fewer strings and a shorter application, would help the counties that cannot raise their own money without punishing ' +
    'the ones that can.',
  'Congress will take up the next highway bill in the spring. Its members could do worse than to visit Halden County first, ' +
    'look at the new asphalt, and ask themselves why the federal version takes three times as long.',
];
const opRelated = 'Related: Why Federal Highway Grants Favor the Biggest Cities';
const opNav = ['Politics', 'Policy', 'Commentary', 'Magazine', 'Podcasts', 'Video', 'Newsletters'];
const opRec = [
  'The Case Against a National Speed Camera Program',
  'What the Governors Learned From the Last Shutdown',
  'A Small-Town Mayor’s Guide to Saying No',
  'Why Housing Costs Less Where Permits Are Quick',
];
const opTags = ['Infrastructure', 'Local Government', 'Taxes', 'Congress'];
const opFoot = ['About Us', 'Contact', 'Advertise', 'Careers', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const opHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>${opTitle} | The Federal Review</title>
<meta property="og:type" content="article"><meta name="author" content="Daniel Whitcombe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"${opTitle}",
"author":{"@type":"Person","name":"Daniel Whitcombe"},"datePublished":"2025-11-18T06:00:00-05:00","publisher":{"@type":"Organization",
"name":"The Federal Review"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"opinion","section":"commentary","paywall":"metered"});</script>
<style>.piano-meter{position:fixed;bottom:0}.recommended-rail .card{display:flex}</style></head>
<body class="post-template-default single single-post postid-318842 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="top-bar"><a class="top-bar__subscribe" href="/subscribe">Subscribe</a><a class="top-bar__login" href="/login">Log In</a></div>
<header class="site-header" role="banner"><a class="site-header__logo" href="/" aria-label="The Federal Review home">The Federal Review</a>
<nav class="site-header__nav" aria-label="Primary"><ul class="menu">${links(opNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<button class="site-header__search-toggle" aria-expanded="false"><span class="screen-reader-text">Open search</span></button></header>
<div class="ad-container ad-container--leaderboard" data-ad-slot="top_leaderboard"><div class="ad-label">Advertisement</div></div>
<main id="main" class="site-main"><div class="container container--article">
<article id="post-318842" class="post-318842 post type-post status-publish category-commentary">
<header class="article-header"><div class="article-header__kicker"><a href="/section/commentary">Commentary</a></div>
<h1 class="article-header__title">${opTitle}</h1><p class="article-header__dek">${opDek}</p>
<div class="article-header__meta"><div class="author-byline"><img class="author-byline__photo" src="/wp-content/uploads/authors/whitcombe.jpg" alt="">
<span class="author-byline__name">By <a href="/author/daniel-whitcombe" rel="author">Daniel Whitcombe</a></span>
<time class="author-byline__date" datetime="2025-11-18T06:00:00-05:00">November 18, 2025 6:00 AM</time></div>
<div class="share-bar" data-share-location="top"><a class="share-bar__link share-bar__link--facebook" href="#">Share on Facebook</a>
<a class="share-bar__link share-bar__link--x" href="#">Share on X</a><a class="share-bar__link share-bar__link--email" href="#">Email</a>
<button class="share-bar__link share-bar__link--copy">Copy Link</button></div></div></header>
<div class="trinity-tts-pb" id="trinityAudioPlaceholder"><div class="trinity-player"><button aria-label="Play">Listen to this article</button>
<span class="trinity-duration">5 min</span></div></div>
<figure class="article-featured-image"><img src="/wp-content/uploads/2025/11/road-paving.jpg" alt="A paving crew on a county road.">
<figcaption>Crews resurface a county road in Halden County, Nov. 4, 2025. <span class="credit">(Photo by Marcy Elden/Federal Review)</span>
</figcaption></figure>
<div class="article-body entry-content" data-paywall-region="body">
<p>${opBody[0]}</p>
<p>${opBody[1]}</p>
<aside class="inline-related"><a href="/commentary/federal-highway-grants-favor-biggest-cities">${opRelated}</a></aside>
<p>${opBody[2]}</p>
<p>${opBody[3]}</p>
<div class="ad-container ad-container--in-article" data-ad-slot="in_article_1"><div class="ad-label">Advertisement</div></div>
<p>${opBody[4]}</p>
<p>${opBody[5]}</p>
<p class="author-bio"><em>Daniel Whitcombe is a contributing editor at The Federal Review and a former county commissioner in Ohio.</em></p>
</div>
<footer class="article-footer"><div class="article-tags"><span class="article-tags__label">Topics:</span>
<ul>${links(opTags, 'article-tags__item')}</ul></div>
<div class="share-bar" data-share-location="bottom"><a class="share-bar__link" href="#">Share on Facebook</a><a class="share-bar__link"
 href="#">Share on X</a></div>
</footer></article>
<aside class="recommended-rail" aria-labelledby="recommended-heading"><h2 id="recommended-heading" class="recommended-rail__title">Recommended</h2>
<ul class="recommended-rail__list">${opRec
  .map(
    (t, i) => `<li class="card"><span
 class="card__num">${i + 1}</span><a href="/commentary/r${i}">${t}</a></li>`,
  )
  .join('\n')}</ul>
</aside>
<section class="newsletter-signup" data-newsletter="morning-brief"><h2>The Morning Brief</h2>
<p>The day’s best commentary from our writers, in your inbox before 7 a.m.</p>
<form><label for="nl-email" class="screen-reader-text">Email address</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit">Sign Up</button></form></section>
<section class="comments" id="comments"><h2 class="comments__title">Comments</h2>
<div data-spotim-module="conversation" data-post-id="318842"><button class="comments__load">Show Comments</button></div></section>
</div></main>
<div class="piano-meter" data-piano="meter"><p>You have <strong>2</strong> free articles remaining this month.</p>
<a href="/subscribe?ref=meter">Subscribe for unlimited access</a></div>
<div id="cookie-notice" role="dialog" aria-live="polite"><p>We use cookies to personalize content and ads and to analyze our traffic.</p>
<button id="cn-accept-cookie">Accept</button><a href="/privacy-policy">Learn more</a></div>
<footer class="site-footer"><a class="site-footer__logo" href="/">The Federal Review</a><ul class="site-footer__links">${links(opFoot)}</ul>
<p class="site-footer__copyright">© 2025 The Federal Review. All Rights Reserved.</p></footer>
<script src="/wp-content/themes/federal-review/dist/app.js" defer></script></body></html>`;
const opinion: TestPage = {
  html: opHtml,
  name: 'heldout24-opinion-recommended-rail',
  kind: 'news',
  // the dek is body; the author's italic bio line at the end of the article body is furniture (about the author, not the
  // argument), as is the inline "Related:" link box between paragraphs; "Daniel Whitcombe" and the date are the bylines ("By" in
  // neither); kicker, share bars, audio widget, caption and credit, ads, tags, "Recommended" rail, newsletter, comments
  // placeholder, meter, cookie notice, header and footer are furniture; the skip link and the search toggle's hidden label too
  title: opTitle,
  headings: [],
  body: [opDek, ...texts(opBody)],
  bylines: ['Daniel Whitcombe', 'November 18, 2025 6:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Log In', 'The Federal Review', ...opNav, 'Open search', 'Advertisement', 'Share on Facebook', 'Share on X',
    'Email', 'Copy Link', 'Listen to this article', '5 min', 'Crews resurface a county road in Halden County, Nov. 4, 2025.',
    '(Photo by Marcy Elden/Federal Review)', opRelated,
    'Daniel Whitcombe is a contributing editor at The Federal Review and a former county commissioner in Ohio.', 'Topics:', ...opTags,
    'Recommended', ...opRec, 'The Morning Brief', 'The day’s best commentary from our writers, in your inbox before 7 a.m.',
    'Email address', 'Sign Up', 'Comments', 'Show Comments', 'You have 2 free articles remaining this month.', 'Subscribe for unlimited access',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept', 'Learn more', ...opFoot,
    '© 2025 The Federal Review. All Rights Reserved.',
  ],
};

export const HELDOUT24_A: readonly TestPage[] = [opinion, paywallStory];

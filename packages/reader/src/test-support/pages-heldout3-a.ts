import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 3 (first half), written AFTER the sprint-8 rules and never used to change them:
 * a national-paper article with inline "Read more" links and gift/listen tools, a product review
 * with an affiliate disclosure and price buttons, and a browser-API reference page.
 */
const paper = [
  'The state will pay for free school meals for every public-school pupil from next autumn, ' +
    'after lawmakers approved the plan on Tuesday by a vote of 61 to 38.',
  'About 400,000 children already get free or reduced-price meals. The new law removes the ' +
    'income test, which school districts say costs them money to run and keeps some families ' +
    'away out of embarrassment.',
  'The program will cost about $180 million a year, paid for by a tax on incomes over $1 million that voters approved in 2022.',
  'Opponents said the money would be better spent on teachers. Supporters pointed to studies showing that pupils who eat breakfast at school miss fewer days.',
  'The governor is expected to sign the bill next week.',
];
const newspaper: TestPage = {
  name: 'heldout3-national-paper-tools',
  kind: 'news',
  title: 'Lawmakers approve free school meals for all pupils',
  headings: [],
  body: texts(paper),
  bylines: ['By Daniel Ortiz', 'Updated March 5, 2024 at 7:12 p.m. EST', 'Published March 5, 2024 at 4:30 p.m. EST'],
  furniture: [
    'Gift Article',
    'Listen',
    '4 min',
    'Comment on this story',
    'Save',
    'Read more: Schools struggle to hire cafeteria workers',
    'Story continues below advertisement',
    'Correction: An earlier version of this article misstated the size of the vote.',
    'Sign up for the Morning Brief',
    'Daniel Ortiz covers education and state politics. He joined the paper in 2019.',
    'View more',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Lawmakers approve free school meals for all pupils - The Capital Post</title>
<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":true}</script></head><body>
<div id="__next"><header class="wpds-c-kcBwgR"><div class="wpds-c-fGwUTo"><a>Sections</a><a>The Capital Post</a><a>Subscribe</a><a>Sign in</a></div></header>
<main><div class="grid-body"><div class="main-content"><div data-qa="headline" class="wpds-c-iXQWWS"><h1 id="main-content"\
 data-qa="headline-text">Lawmakers approve free school meals for all pupils</h1></div>
<div data-qa="attribution" class="wpds-c-kgNPAl"><div data-qa="author-byline" class="wpds-c-cNdzuP">By <a rel="author"\
 href="/people/daniel-ortiz/">Daniel Ortiz</a></div>
<div data-qa="timestamp" class="wpds-c-iKQyrV"><span class="wpds-c-dCnsdK">Updated March 5, 2024 at 7:12 p.m. EST</span><span\
 class="wpds-c-dCnsdK"> | Published March 5, 2024 at 4:30 p.m. EST</span></div></div>
<div class="wpds-c-gvLPEe" data-qa="article-share-tools"><button data-qa="gift-article-button"><span>Gift Article</span></button><button\
 data-qa="audio-button"><span>Listen</span><span>4 min</span></button>
<button data-qa="comments-btn"><span>Comment on this story</span></button><button data-qa="save-button"><span>Save</span></button></div>
<div class="article-body grid-center">${ps(paper.slice(0, 2), ' class="wpds-c-cYdRxM" data-el="text" dir="null"')}
<p class="wpds-c-cYdRxM" data-el="text"><b>Read more: <a href="/education/2024/02/10/cafeteria-workers/">Schools struggle to hire cafeteria workers</a></b></p>
${ps(paper.slice(2, 3), ' class="wpds-c-cYdRxM" data-el="text"')}
<div class="teaser-content-ad" data-qa="article-body-ad"><p class="ad-label">Story continues below advertisement</p></div>
${ps(paper.slice(3), ' class="wpds-c-cYdRxM" data-el="text"')}
<div class="wpds-c-hVPrXF" data-qa="correction"><p><i>Correction: An earlier version of this article misstated the size of the vote.</i></p></div></div>
<div class="hide-for-print" data-qa="newsletter-inline"><p>Sign up for the Morning Brief</p><input placeholder="Email address"></div>
<div data-qa="author-bio" class="wpds-c-jWgXSu"><p>Daniel Ortiz covers education and state politics. He joined the paper in 2019.</p></div>
<div data-qa="comments-launch"><button>View more</button></div></div></div></main></div></body></html>`,
};

const review = [
  'After testing nine robot vacuums in a three-bedroom house with two dogs, we think the ' +
    'Corvo S7 is the best for most people. It cleaned as well as machines that cost twice as ' +
    'much.',
  'It mapped the house in one run and remembered which rooms to avoid. On hard floors it ' +
    'picked up 96 per cent of the rice and cereal we scattered; on carpet, 88 per cent.',
  'The app is the weak point. Setting up no-go zones took us several tries, and the schedule sometimes reset after a software update.',
  'If you have mostly carpet or a lot of pet hair, the Halden Pro is worth the extra money: its rubber rollers did not tangle once in a month of testing.',
];
const productReview: TestPage = {
  name: 'heldout3-product-review-affiliate',
  kind: 'blog',
  title: 'The best robot vacuum',
  headings: ['Our pick: Corvo S7', 'Upgrade pick: Halden Pro'],
  body: texts(review),
  bylines: ['By Laura Chen and Tim Ruiz', 'Updated February 20, 2024'],
  furniture: [
    'We independently review everything we recommend. When you buy through our links, we may earn a commission.',
    'Learn more',
    '$299 from Amazon',
    '$349 from Best Buy',
    '$549 from Target',
    '*At the time of publishing, the price was $299.',
    'Everything we recommend',
    'Share this review',
    'Further reading',
    'The best cordless vacuum',
    'Meet your guide',
    'Laura Chen is a senior staff writer covering home appliances.',
  ],
  html: `<!DOCTYPE html><html><head><title>The best robot vacuum | Rated</title></head><body>
<div class="_3fP3K"><header class="_1lW1v"><a>Rated</a><a>Appliances</a><a>Home &amp; Garden</a><a>Everything we recommend</a></header>
<article class="_2Wt5m"><div class="_3RhHG"><h1 class="_1JBvW">The best robot vacuum</h1><div class="_2lxuU"><span>By <a>Laura Chen</a> and\
 <a>Tim Ruiz</a></span></div><div class="_1bAnt"><time>Updated February 20, 2024</time></div>
<div class="_3l6xn"><p>We independently review everything we recommend. When you buy through our links, we may earn a commission. <a>Learn more</a></p></div>
<div class="_2XcZC"><button>Share this review</button></div></div>
<div class="_13Rjq">${ps(review.slice(0, 1))}<h2 id="our-pick">Our pick: Corvo S7</h2>
<div class="_2K4oU product-callout"><div class="_1G7Jh"><a class="_1DCfg" href="https://amazon.example/corvo" rel="sponsored">$299 from\
 Amazon</a><a class="_1DCfg" href="https://bestbuy.example/corvo" rel="sponsored">$349 from Best Buy</a></div>
<p class="_3jNbO"><small>*At the time of publishing, the price was $299.</small></p></div>
${ps(review.slice(1, 3))}<h2 id="upgrade-pick">Upgrade pick: Halden Pro</h2>
<div class="_2K4oU product-callout"><div class="_1G7Jh"><a class="_1DCfg" rel="sponsored">$549 from Target</a></div></div>${ps(review.slice(3))}</div>
<div class="_1bqUf"><h2>Further reading</h2><div class="_2bgdk"><a><img src="c.jpg"><span>The best cordless vacuum</span></a></div></div>
<div class="_2z9D1"><h2>Meet your guide</h2><p>Laura Chen is a senior staff writer covering home appliances.</p></div></article></div></body></html>`,
};

const mdn = [
  'The structuredClone() method of the Window interface creates a deep clone of a given value using the structured clone algorithm.',
  'The method also allows transferable objects in the original value to be transferred ' +
    'rather than cloned to the new object. Transferred objects are detached from the original ' +
    'object.',
  'The returned value is a deep copy of the original value. It throws a DataCloneError if any part of the input value is not serializable.',
  'Functions, DOM nodes and property descriptors cannot be cloned. The prototype chain is not walked or duplicated.',
];
const reference: TestPage = {
  name: 'heldout3-api-reference',
  kind: 'docs',
  title: 'Window: structuredClone() method',
  headings: ['Syntax', 'Return value', 'Exceptions', 'Browser compatibility'],
  body: texts(mdn),
  bylines: ['This page was last modified on Jan 12, 2024 by MDN contributors.'],
  furniture: [
    'Baseline',
    'Widely available',
    'This feature is well established and works across many devices and browser versions.',
    'Learn more',
    'See full compatibility',
    'Report feedback',
    'In this article',
    'Found a content problem with this page?',
    'Edit the page on GitHub.',
    'Report the content issue.',
    'View the source on GitHub.',
    'Want to get more involved?',
    'Learn how to contribute.',
    'References',
    'Web APIs',
  ],
  html: `<!doctype html><html lang="en-US" prefix="og: https://ogp.me/ns#"><head><title>Window: structuredClone() method - Web APIs | MDN</title></head><body>
<ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li><li><a id="skip-search"\
 href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="page-wrapper category-api document-page"><div class="top-navigation"><div class="container"><a class="logo">MDN Web Docs</a><div\
 class="top-navigation-main"><a>References</a><a>Guides</a><a>Plus</a></div></div></div>
<div class="article-actions-container"><div class="container"><nav class="breadcrumbs-container"><ol typeof="BreadcrumbList"\
 vocab="https://schema.org/"><li property="itemListElement"><a>References</a></li><li><a>Web APIs</a></li><li><a>Window</a></li></ol></nav>\
</div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar"><ol><li><a>Window</a></li><li>\
<a>alert()</a></li></ol></aside></div>
<div class="toc-container"><aside class="toc"><nav><h2 id="on-this-page">In this article</h2><ul><li><a href="#syntax">Syntax</a></li><li><a\
 href="#browser_compatibility">Browser compatibility</a></li></ul></nav></aside></div>
<main id="content" class="main-content"><article class="main-page-content" lang="en-US"><header><h1>Window: structuredClone() method</h1>
<details class="baseline-indicator high"><summary><span class="indicator" role="img" aria-label="Baseline Check"></span><h2>Baseline <span\
 class="not-bold">Widely available</span></h2></summary>
<div class="extra"><p>This feature is well established and works across many devices and browser versions.</p><ul><li><a>Learn more</a></li>\
<li><a>See full compatibility</a></li><li><a>Report feedback</a></li></ul></div></details></header>
<div class="section-content">${ps(mdn.slice(0, 2))}</div>
<section aria-labelledby="syntax"><h2 id="syntax"><a href="#syntax">Syntax</a></h2><div class="code-example"><div class="example-header">\
<span class="language-name">js</span></div><pre class="brush: js notranslate"><code>structuredClone(value)
structuredClone(value, options)</code></pre></div></section>
<section aria-labelledby="return_value"><h3 id="return_value"><a href="#return_value">Return value</a></h3><div\
 class="section-content">${ps(mdn.slice(2, 3))}</div></section>
<section aria-labelledby="exceptions"><h3 id="exceptions"><a href="#exceptions">Exceptions</a></h3><div\
 class="section-content">${ps(mdn.slice(3))}</div></section>
<section aria-labelledby="browser_compatibility"><h2 id="browser_compatibility"><a href="#browser_compatibility">Browser compatibility</a>\
</h2><div class="bc-table-wrapper"><table class="bc-table"><tr><th>Chrome</th><td>98</td></tr></table></div></section></article>
<aside class="metadata"><div class="metadata-content-container"><div id="on-github" class="on-github"><h3>Found a content problem with this\
 page?</h3><ul><li><a>Edit the page on GitHub.</a></li><li><a>Report the content issue.</a></li><li><a>View the source on GitHub.</a></li></ul>
Want to get more involved? <a>Learn how to contribute.</a></div><p class="last-modified-date">This page was last modified on <time>Jan 12,\
 2024</time> by <a>MDN contributors</a>.</p></div></aside></main></div></div></body></html>`,
};

export const HELDOUT3_A: readonly TestPage[] = [newspaper, productReview, reference];

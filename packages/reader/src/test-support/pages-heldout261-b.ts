import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout261-kit.js';

/**
 * Held-out batch 261, file b: a Wired-style product review (the verso review template: rating box with its pros and cons,
 * buy buttons with prices, affiliate note, byline, gear nav, "More Great Stories" rail, footer) and a Vox-style explainer on
 * the Duet (Next.js) template (section label, byline with role and date, share buttons, contribution ask, inline
 * "Related" links, "Most Popular" rail, newsletter box, footer and consent banner).
 */
const wTitle = 'Lumen Fold 3 Review: A Folding E-Reader That Almost Earns Its Hinge';
const wDek = 'Two e-ink screens and a clever hinge make this the best way to read PDFs on a train. The price is harder to fold away.';
const wPros = ['Two 7-inch e-ink panels with even front lighting', 'Hinge is firm at any angle', 'Excellent PDF reflow', 'Stylus included'];
const wCons = ['Expensive', 'Page turns lag when both screens refresh', 'No waterproofing', 'Store app is sparse'];
const wHeads = ['Two Screens, One Book', 'Battery and Software', 'Should You Buy It?'];
const wP1 = [
  j(
    'I have been reading on e-ink devices for more than a decade, and for most of that time the basic shape has not changed: a',
    'gray slab, a page, a button or a swipe. The Lumen Fold 3 is the first reader in a while that made me rethink the shape. It is',
    'two screens joined by a hinge, and when you open it flat it looks a bit like a paperback held open with one hand.',
  ),
];
const wP2 = [
  j(
    'Each panel is a 7-inch, 300-pixel-per-inch display, and in book mode the left screen shows one page and the right screen the',
    'next. That sounds like a gimmick until you read something with footnotes, maps, or tables. I read a dense history of canal',
    'building on it, and being able to keep a map on the left while the text ran on the right was genuinely useful.',
  ),
  j(
    'The hinge deserves credit. It holds at any angle, so you can stand the Fold on a table like a small tent, and it closes with',
    'a magnetic click that never opened by accident in my bag. The downside is weight: at 412 grams it is nearly twice as heavy as',
    'a basic single-screen reader.',
  ),
];
const wP3 = [
  j(
    'Lumen claims four weeks of battery life, and in my testing, reading about an hour a day with the light at half, I got a little',
    'under three. Refreshing both screens at once is the main drain, and it is also the Fold\u2019s biggest annoyance: turning a',
    'spread takes a visible beat longer than on single-screen readers.',
  ),
  j(
    'The software is otherwise solid. PDF reflow is the best I have used, margins and fonts are easy to adjust, and you can send',
    'articles from a browser extension. The built-in store is thin, but the Fold reads EPUB files and supports library lending.',
  ),
];
const wP4 = [
  j(
    'If you mostly read novels, no. A single-screen reader is lighter, cheaper, and just as good at the thing you do. But if you read',
    'technical books, scores, or scanned PDFs, the Fold 3 is the first e-reader that feels designed for you, and it is worth a look',
    'when it goes on sale.',
  ),
];
const wNav = ['Security', 'Politics', 'The Big Story', 'Business', 'Science', 'Culture', 'Reviews'];
const wRail = ['The Best E-Readers for Every Budget', 'We Tested 14 Reading Lights', 'The Best Tablets for Note-Taking'];
const wFoot = ['Subscribe', 'Newsletters', 'FAQ', 'Press Center', 'Contact Us', 'Advertise', 'Accessibility Help', 'Site Map', 'Your Privacy Choices'];
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${wTitle} | VOLTAGE</title>
<meta name="description" content="${wDek}"><meta property="og:type" content="article"><meta name="content-type" content="review">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"${wTitle}","reviewRating":{"@type":"Rating","ratingValue":7,
"bestRating":10},"author":[{"@type":"Person","name":"Quentin Ralls"}],"itemReviewed":{"@type":"Product","name":"Lumen Fold 3"}}</script>
<script>window.__PRELOADED_STATE__={"coreDataLayer":{"content":{"contentType":"review","section":"gear"}}};</script></head>
<body><div id="app-root"><a class="StyledSkipLink-kQcvc" href="#main-content">Skip to main content</a>
<header class="HeaderWrapper-cVQfUd"><a class="LogoLink-bOZUwZ" href="/">VOLTAGE</a><nav aria-label="Main"><ul>${links(wNav, 'NavigationListItem-gHaHcy')}
</ul></nav>
<a class="ButtonWrapper-xCepQ" href="/subscribe">Subscribe</a></header>
<main id="main-content"><article class="article main-content review"><header class="ContentHeaderWrapper-jbXFOK">
<nav class="BreadcrumbsWrapper-dGgBjp" aria-label="Breadcrumb"><ol><li><a href="/gear">Gear</a></li><li><a href="/gear/reviews">Product Reviews</a></li></ol>
</nav>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd ContentHeaderHed-NCyCC">${wTitle}</h1>
<div class="ContentHeaderDek-bIqFFZ">${wDek}</div>
<div class="BylinesWrapper-KIudn"><span class="BylineWrapper-jWHrLH">By <a href="/author/quentin-ralls"><span class="BylineName-kwmrLn">Quentin Ralls</span>
</a></span>
<time class="ContentHeaderPublishDate-hvbUkN" datetime="2026-03-01T09:00:00-05:00">Mar 1, 2026 9:00 AM</time></div>
<figure class="ResponsiveAssetFigure-cGAeGK"><img alt="Lumen Fold 3 e-reader open on a table" src="https://media.voltage.example/fold3.jpg">
<figcaption><span class="CaptionCredit-ejegAh">Photograph: Lumen</span></figcaption></figure></header>
<div class="ProductReviewBlock-eTDrcR" data-testid="ProductReview"><div class="RatingWrapper-kxvUFS"><span class="RatingLabel-fLzpaq">Rating:</span>
<span class="RatingValue-bSBkCT">7/10</span></div>
<div class="ProsConsWrapper-dwGMrm"><div class="Pros-hBtRZt"><h3 class="ProsConsHeading-kcgCwz">CHARGED</h3><ul>${lis(wPros)}</ul></div>
<div class="Cons-dyNIbe"><h3 class="ProsConsHeading-kcgCwz">DRAINED</h3><ul>${lis(wCons)}</ul></div></div>
<div class="ProductOfferWrapper-cqxXlr"><a class="ProductOfferButton-gtRGUK" href="https://lumen.example/fold3" rel="sponsored">$329 at Lumen</a>
<a class="ProductOfferButton-gtRGUK" href="https://parcelry.example/fold3" rel="sponsored">$319 at Parcelry</a></div></div>
<p class="AffiliateDisclaimer-gpyeOW">If you buy something using links in our stories, we may earn a commission. This helps support our journalism.</p>
<div class="body__inner-container">
${ps(wP1)}
<h2>${wHeads[0]}</h2>
${ps(wP2)}
<div class="CalloutWrapper-fGnPpx"><div class="ConsumerMarketingUnit-ezdnVG">Power up with unlimited access to VOLTAGE.
<a href="/subscribe">Get best-in-class reporting</a></div></div>
<h2>${wHeads[1]}</h2>
${ps(wP3)}
<h2>${wHeads[2]}</h2>
${ps(wP4)}
</div><div class="ContributorBioWrapper-ceIfzR"><p>Quentin Ralls is a product writer who covers e-readers, tablets and stationery.</p></div></article>
<aside class="RecircMostPopular-bBSpgI"><h2>More Great VOLTAGE Stories</h2><ul>${links(wRail)}</ul></aside></main>
<footer class="FooterWrapper-kJmSyz"><ul>${links(wFoot)}</ul><p class="FooterLegalText-jhNKHQ">© 2026 Voltage Media. All rights reserved.</p></footer></div>
</body></html>`;
const wired: TestPage = {
  name: 'heldout261-wired-review-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wDek, ...wPros, ...wCons, ...wP1, ...wP2, ...wP3, ...wP4]),
  bylines: ['Quentin Ralls', 'Mar 1, 2026 9:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...wNav, 'Gear', 'Product Reviews', 'Photograph: Lumen', 'Rating:', '7/10', 'CHARGED', 'DRAINED', '$329 at Lumen',
    '$319 at Parcelry', 'If you buy something using links in our stories, we may earn a commission. This helps support our journalism.',
    'Power up with unlimited access to VOLTAGE.', 'Get best-in-class reporting',
    'Quentin Ralls is a product writer who covers e-readers, tablets and stationery.', 'More Great VOLTAGE Stories', ...wRail, ...wFoot,
    '© 2026 Voltage Media. All rights reserved.',
  ],
};

const vTitle = 'Why your water bill keeps going up, explained';
const vDek = 'The pipes under American cities are old, the rules are new, and someone has to pay.';
const vHeads = ['The pipes are older than your grandparents', 'New rules, new costs', 'Who pays, and who should', 'What could change'];
const vP1 = [
  j(
    'If you have opened a water bill lately and winced, you are not imagining it. In many cities, the price of water and sewer',
    'service has risen faster than rent, groceries, or electricity over the past ten years. In the fictional but typical city of',
    'Calder Springs, the average household bill went from $48 a month to $91.',
  ),
  'The reasons are not mysterious, but they are mostly buried, literally, under the street.',
];
const vP2 = [
  j(
    'Much of the water network in older cities was laid between the 1890s and the 1950s. Cast iron mains were expected to last',
    'about a century, and many have now passed that. When they fail, they fail expensively: a single main break can cost a',
    'utility several hundred thousand dollars to repair, not counting the flooded basements.',
  ),
];
const vP3 = [
  j(
    'Utilities are also being asked to do more. Stricter limits on lead, on so-called forever chemicals, and on sewage overflows',
    'into rivers all require new treatment plants or the replacement of thousands of service lines. Few people argue against the',
    'rules themselves. The trouble is the bill.',
  ),
];
const vP4 = ['Water systems are mostly paid for by the people who use them, through their rates. That creates three problems:'];
const vList = [
  'Shrinking cities have the same pipes but fewer households to split the cost.',
  'Flat fees hit low-income households hardest, since everyone pays the same base charge.',
  'Federal aid, which once covered a large share of new plants, now covers a small one.',
];
const vQuote = j(
  '“We are asking the people who can least afford it to pay for a century of deferred maintenance,” said Imani Okereke, who',
  'studies utility finance at the fictional Harlow Institute.',
);
const vP5 = [
  j(
    'Some cities have started income-based rates, so that a household\u2019s bill is capped at a share of its income. Others are',
    'merging small utilities into regional ones to spread fixed costs. And there are proposals for a permanent federal fund,',
    'similar to the one for highways, though none has passed.',
  ),
  j(
    'None of these will make water cheap again. But they could decide whether the cost of fixing the pipes lands on everyone, or',
    'mostly on those who live at the end of them.',
  ),
];
const vNav = ['Explainers', 'Politics', 'Culture', 'Advice', 'Science', 'Technology', 'Climate', 'Health', 'Money', 'Life', 'Future Perfect'];
const vRel = ['Related: The lead pipe problem, in 4 charts', 'Related: Why cities keep flooding, explained'];
const vPop = ['The surprising history of the office chair', 'What a four-day week did to one county', 'Why eggs cost so much this year'];
const vFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Contact'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${vTitle} | Voxel</title>
<meta name="description" content="${vDek}"><meta property="og:type" content="article"><meta property="article:section" content="Money">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}","author":[{"@type":"Person",
"name":"Tobias Wren"}],"datePublished":"2026-03-04T11:30:00.000Z"}]</script></head>
<body><div id="__next"><a class="_1ykm3uh0" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation _1ahlsg10"><a href="/" class="_1ahlsg14" aria-label="Voxel homepage">Voxel</a>
<nav class="duet--navigation--menu"><ul>${links(vNav, '_1ahlsg1b')}</ul></nav><a class="_1ahlsg1f" href="/support">Support Voxel</a></header>
<main id="content"><article class="duet--layout--entry-body-container">
<div class="duet--article--lede"><div class="_1xwtict2"><a class="duet--article--section-label" href="/explainers">Explainers</a></div>
<h1 class="_1xwtict9">${vTitle}</h1><p class="duet--article--dek _1xwtictb">${vDek}</p>
<div class="duet--article--byline"><span class="_765ngu1">by <a href="/authors/tobias-wren">Tobias Wren</a></span>
<span class="duet--article--byline-role">Senior correspondent covering cities and infrastructure</span>
<time class="duet--article--timestamp" datetime="2026-03-04T11:30:00.000Z">Mar 4, 2026, 6:30 AM EST</time></div>
<div class="duet--article--share-buttons"><button aria-label="Share this story">Share this story</button><ul>
<li><a href="https://facebook.example/share">Share this on Facebook</a></li><li><a href="https://x.example/share">Share this on X</a></li>
<li><button>Copy link</button></li></ul></div>
<figure class="duet--article--lede-image"><img alt="A crew repairs a water main" src="https://cdn.voxel.example/main.jpg">
<figcaption class="duet--media--caption"><span>A crew repairs a broken water main in Calder Springs.</span> <cite>Ravi Solano/Getimage</cite></figcaption>
</figure></div>
<div class="duet--article--article-body-component-container"><div class="duet--article--article-body-component">
${ps(vP1, ' class="duet--article--dangerously-set-cms-markup _1agbrixu"')}</div>
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">${vHeads[0]}</h2>
${ps(vP2, ' class="duet--article--dangerously-set-cms-markup _1agbrixu"')}</div>
<div class="duet--article--article-body-component"><p class="duet--article--related-link"><a href="/money/lead-pipes">${vRel[0]}</a></p></div>
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">${vHeads[1]}</h2>
${ps(vP3, ' class="duet--article--dangerously-set-cms-markup _1agbrixu"')}</div>
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">${vHeads[2]}</h2>
${ps(vP4, ' class="duet--article--dangerously-set-cms-markup _1agbrixu"')}<ul class="duet--article--dangerously-set-cms-markup">${lis(vList)}</ul>
<blockquote class="duet--article--blockquote"><p>${vQuote}</p></blockquote></div>
<div class="duet--article--article-body-component"><div class="duet--cta--contribution"><h2 class="_4hwdrq2">You’ve read 1 article in the last month</h2>
<p>Here at Voxel, we believe in helping everyone understand our complicated world. Will you support our work?</p>
<a href="/support" class="_4hwdrq8">Yes, I’ll give</a></div></div>
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">${vHeads[3]}</h2>
${ps(vP5, ' class="duet--article--dangerously-set-cms-markup _1agbrixu"')}</div>
<div class="duet--article--article-body-component"><p class="duet--article--related-link"><a href="/climate/flooding">${vRel[1]}</a></p></div></div>
</article><aside class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>${links(vPop)}</ol></aside>
<div class="duet--cta--newsletter"><h2>Today, Explained</h2><p>Understand the world with a daily explainer plus the most compelling stories of the day.</p>
<form><input type="email" aria-label="Email (required)"><button>Sign Up</button></form></div></main>
<footer class="duet--navigation--footer"><ul>${links(vFoot)}</ul><p>© 2026 Voxel Media, LLC. All Rights Reserved</p></footer>
<div id="privacy-consent" class="duet--privacy--banner"><p>By choosing “I Accept”, you consent to our use of cookies and other tracking technologies.</p>
<button>I Accept</button><button>Opt out</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"EntryLayoutQuery"}]}}}}</script>
</body></html>`;
const vox: TestPage = {
  name: 'heldout261-vox-explainer-news',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([vDek, ...vP1, ...vP2, ...vP3, ...vP4, ...vList, vQuote, ...vP5]),
  bylines: ['Tobias Wren', 'Mar 4, 2026, 6:30 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vNav, 'Support Voxel', 'Senior correspondent covering cities and infrastructure', 'Share this story',
    'Share this on Facebook', 'Share this on X', 'Copy link', 'A crew repairs a broken water main in Calder Springs.', 'Ravi Solano/Getimage', ...vRel,
    'You’ve read 1 article in the last month', 'Here at Voxel, we believe in helping everyone understand our complicated world. Will you support our work?',
    'Yes, I’ll give', 'Most Popular', ...vPop, 'Today, Explained', 'Understand the world with a daily explainer plus the most compelling stories of the day.',
    'Sign Up', ...vFoot, '© 2026 Voxel Media, LLC. All Rights Reserved',
    'By choosing “I Accept”, you consent to our use of cookies and other tracking technologies.',
    'I Accept', 'Opt out',
  ],
};

export const HELDOUT261_B: readonly TestPage[] = [wired, vox];

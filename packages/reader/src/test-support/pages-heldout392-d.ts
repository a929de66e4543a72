import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout392-kit.js';

/**
 * Held-out batch 392, file d: a regional newspaper's "From the Archives" republished story on an Arc XP-style template
 * (masthead, section nav, the kicker, editor's note, the original and the compiling bylines, share bar, the archive photo
 * caption, an inline "Read more" promo, newsletter sign-up, the most-read rail, consent banner and footer) and a digitised
 * magazine article on a library's CONTENTdm-style periodicals site (React markup: the collection header, breadcrumbs,
 * the compound-object page list, the viewer toolbar, the metadata table with the article's transcript field and the footer).
 */
const aTitle = 'From the Archives: Thousands cheer as the Silver Gull ends her first run to Port Alder';
const aNote = j(
  'Editor’s note: This story was first published in The Brannock Tribune in October 1936 and is republished as part of our',
  'From the Archives series. It appears as it was written, with only spelling and punctuation brought into line with our style.',
);
const aP1 = [
  j(
    'A crowd estimated by police at 9,000 persons lined the municipal pier and the sea wall yesterday afternoon to welcome the',
    'Silver Gull, the new passenger motor ship of the Brannock and Port Alder Line, at the close of her maiden voyage.',
  ),
  j(
    'The vessel came round the breakwater at 3:40 o’clock, twenty minutes ahead of her schedule, with her flags flying and her',
    'whistle answered by every tug in the harbor. Aboard were 212 passengers, among them the mayor of Port Alder and a party',
    'of city officials who had made the outward trip on Tuesday.',
  ),
];
const aH1 = 'Crowd fills the pier';
const aP2 = [
  j(
    'Long before the ship was sighted, the pier was packed from end to end, and late comers climbed onto freight sheds and',
    'lamp posts to see over the heads of the crowd. The high school band played on the landing stage, and a special',
    'detail of twenty patrolmen was needed to keep a lane open for the passengers as they came ashore.',
  ),
  j(
    'Capt. Harold Benning, master of the Silver Gull, said the ship had behaved “like a yacht” in a moderate head sea on the',
    'return passage. She averaged better than sixteen knots, he said, and her diesel engines gave no trouble at all.',
  ),
];
const aH2 = 'A faster link for the coast';
const aP3 = [
  j(
    'The Silver Gull will cut the run between the two ports from eleven hours to a little under seven, and the line expects',
    'to offer a daily service in each direction through the summer months. Officials of the company said that bookings',
    'for the first month were already heavy, particularly for the cabins on the promenade deck.',
  ),
  j(
    'Merchants at Port Alder have long complained that freight from Brannock took two days to reach them by the old steamers.',
    'The new ship carries 300 tons of cargo in addition to her passengers, and the company has promised next-morning',
    'delivery for goods loaded before 6 o’clock in the evening.',
  ),
];
const aNav = ['News', 'Sports', 'Business', 'Opinion', 'Life', 'Obituaries', 'E-Edition'];
const aShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'];
const aMost = ['County approves budget with new ferry subsidy', 'Tide pool walks return to Gull Point', 'High school rowers win regional title'];
const aFoot = ['Contact Us', 'Advertise', 'Subscribe', 'Terms of Service', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>From the Archives: Thousands cheer as the Silver Gull ends her first run to Port Alder – The Brannock Tribune</title>
<meta name="description" content="A crowd estimated by police at 9,000 persons lined the municipal pier to welcome the Silver Gull in 1936.">
<meta property="og:type" content="article"><meta property="article:section" content="From the Archives">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2026-10-09T10:00:00Z","author":[{"@type":"Person","name":"Naomi Strand"}]}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="brannock-tribune";Fusion.contentCache={};</script>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=512"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to main content</a>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a href="/" class="b-header-nav-chain__logo">
<img src="/pf/resources/images/tribune-logo.svg" alt="The Brannock Tribune"></a>
<a class="c-button b-header-nav-chain__subscribe" href="/subscribe">Subscribe</a><a class="c-link" href="/login">Sign In</a></div>
<nav class="b-header-nav-chain__nav" aria-label="Sections"><ul class="c-stack">${links(aNav, 'b-header-nav-chain__nav-item')}</ul></nav></header>
<main id="main" class="b-right-rail"><div class="b-right-rail__main"><article class="b-article-body-wrapper">
<div class="c-overline b-overline"><a href="/archives/">From the Archives</a></div>
<h1 class="c-heading b-headline">${aTitle}</h1>
<div class="b-byline c-attribution"><span class="ts-byline__by">By Tribune Staff</span>
<span class="ts-byline__compiled">Compiled by Naomi Strand</span></div>
<div class="c-date b-date"><time datetime="2026-10-09T10:00:00Z">Published Oct. 9, 2026, 6:00 a.m. EDT</time></div>
<div class="b-share-bar"><ul class="c-stack">${links(aShare, 'b-share-bar__item')}</ul></div>
<figure class="b-lead-art c-media-item"><img src="/resizer/gull-1936.jpg" alt=""><figcaption class="c-media-item__fig-caption">
<span class="c-media-item__title">The Silver Gull rounds the breakwater, Oct. 8, 1936.</span>
<span class="c-media-item__credit">Tribune archive photo</span></figcaption></figure>
<div class="b-article-body"><p class="c-paragraph b-article-body__note"><i>${aNote}</i></p>
${ps(aP1, ' class="c-paragraph"')}
<h2 class="c-heading">${aH1}</h2>
${ps(aP2, ' class="c-paragraph"')}
<div class="b-article-body__interstitial"><p class="c-paragraph"><b>Read more:</b>
<a href="/archives/1937/harbor-strike/">From the Archives: The week the harbor stood still</a></p></div>
<h2 class="c-heading">${aH2}</h2>
${ps(aP3, ' class="c-paragraph"')}
</div>
<div class="b-newsletter"><h3>Get the Tribune Morning Report</h3><p>Local headlines in your inbox before 7 a.m.</p>
<form><input type="email" aria-label="Email"><button class="c-button">Sign Up</button></form></div></article></div>
<aside class="b-right-rail__rail"><div class="b-ad"><span class="b-ad__label">Advertisement</span><div id="arcad-right-1"></div></div>
<div class="b-top-table-list"><h2 class="b-top-table-list__title">Most Read</h2><ol>${links(aMost)}</ol></div></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul><p class="b-footer__copyright">© 2026 The Brannock Tribune. All rights reserved.</p>
</footer>
<div id="consent-banner" class="consent" role="dialog"><p>We and our partners use cookies to personalize content and ads.</p>
<button>Accept All</button><button>Reject All</button></div></div>
<script id="fusion-metadata">Fusion.deployment="512";Fusion.globalContent={"_id":"J3K2L"};</script></body></html>`;
const archives: TestPage = {
  name: 'heldout392-arc-from-the-archives-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2],
  body: texts([aNote, ...aP1, ...aP2, ...aP3]),
  bylines: ['By Tribune Staff', 'Compiled by Naomi Strand', 'Published Oct. 9, 2026, 6:00 a.m. EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Sign In', ...aNav, ...aShare, 'The Silver Gull rounds the breakwater, Oct. 8, 1936.', 'Tribune archive photo',
    'Read more: From the Archives: The week the harbor stood still', 'Get the Tribune Morning Report', 'Local headlines in your inbox before 7 a.m.',
    'Sign Up', 'Advertisement', 'Most Read', ...aMost, ...aFoot, '© 2026 The Brannock Tribune. All rights reserved.',
    'We and our partners use cookies to personalize content and ads.', 'Accept All', 'Reject All',
  ],
};

const mTitle = 'The Orchard in Winter';
const mTrans = [
  j(
    'Most of us think of the orchard as a place of April blossom and October harvest, and leave it to look after itself',
    'through the dark months. Yet the grower who walks among his trees in January, pruning saw in hand, does more for next',
    'autumn’s crop than he will do in all the busy weeks of summer.',
  ),
  j(
    'Winter pruning has two purposes. The first is to let light and air into the head of the tree, so that fruit may colour',
    'and disease find no damp corner to settle in. The second is to keep a balance between wood and bearing spurs, for a',
    'tree that is left to itself will soon carry a thicket of young growth and very little fruit.',
  ),
  j(
    'Begin with the dead and broken branches, then take out any that cross or rub against one another. Only then stand back',
    'and consider the shape of the whole. An old apple tree should be opened gradually, over three or four winters; to cut',
    'away too much in one season invites a forest of water shoots the following spring.',
  ),
  j(
    'The cuts themselves deserve care. Make them close to a bud or a fork, sloping away from the bud, and paint any wound',
    'larger than a shilling with grafting wax or thick lead paint. Ragged stubs left by a blunt saw are the chief entrance',
    'for canker, and the careful pruner keeps his tools as sharp as a carpenter does.',
  ),
  j(
    'When the pruning is done, rake up the cuttings and burn them, for they carry the eggs of many pests. A dressing of',
    'well-rotted manure spread beneath the branches, and a winter wash of lime sulphur on a still, dry day, will complete',
    'the work. The trees will repay it many times over when the baskets are filled in the autumn.',
  ),
];
const mMeta: [string, string][] = [
  ['Title', mTitle],
  ['Creator', 'Marchbanks, Helen'],
  ['Date', '1924-01'],
  ['Source', 'The Valley Homestead, vol. 12, no. 1, pp. 14-16'],
  ['Subject', 'Fruit-culture; Pruning; Apples'],
  ['Rights', 'No known copyright restrictions'],
];
const mCrumbs = ['Home', 'Browse Collections', 'Valley Homestead Magazine', 'The Orchard in Winter'];
const mPages = ['Page 14', 'Page 15', 'Page 16'];
const mTools = ['Previous Item', 'Next Item', 'Download', 'Print', 'Share', 'Add to Favorites'];
const mFoot = ['Ashby Public Library Digital Collections', 'Contact', 'Copyright and Reuse', 'Accessibility', 'Powered by CONTENTdm®'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The Orchard in Winter - Valley Homestead Magazine - Ashby Public Library Digital Collections</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The Orchard in Winter">
<meta property="og:title" content="The Orchard in Winter"><meta property="og:type" content="website">
<link rel="stylesheet" href="/customizations/global/pages/css/custom.css"><link rel="stylesheet" href="/ui/static/css/main.3c9f.css">
<script>window.__INITIAL_STATE__={"item":{"collectionAlias":"homestead","id":"4412","parentId":"4415"},"ui":{"lang":"en"}};</script>
</head><body><div id="root"><div class="App-root"><a class="SkipLink-skip" href="#main-content">Skip to main content</a>
<header class="Header-header"><div class="Header-logoHolder"><a href="/"><img class="Header-logo" src="/customizations/global/pages/logo.png"
alt="Ashby Public Library Digital Collections"></a></div><nav class="Header-nav"><a class="Header-navLink" href="/">Home</a>
<a class="Header-navLink" href="/search/collection/homestead">Browse</a><a class="Header-navLink" href="/about">About</a></nav>
<form class="SimpleSearch-form"><input class="form-control" placeholder="Search" aria-label="Search"><button class="btn">Go</button></form></header>
<nav class="Breadcrumbs-breadcrumbs" aria-label="breadcrumb"><ol class="breadcrumb">${links(mCrumbs, 'breadcrumb-item')}</ol></nav>
<main id="main-content" class="ItemView-mainContainer"><div class="ItemView-header">
<h1 class="ItemTitle-primaryTitle">${mTitle}</h1><div class="ItemTitle-collectionLink"><a href="/digital/collection/homestead">
Valley Homestead Magazine</a></div></div>
<div class="ItemView-toolbar btn-toolbar">${mTools.map((t) => `<button class="btn btn-default ItemView-toolbarButton">${t}</button>`).join('\n')}</div>
<div class="ItemView-itemViewerWrapper"><div class="ItemImage-itemImage"><img src="/digital/api/singleitem/image/homestead/4412/default.jpg"
alt=""></div>
<div class="CompoundItemNavigation-container"><h2 class="CompoundItemNavigation-heading">Pages in this article</h2>
<ul class="CompoundItemNavigation-list">${links(mPages, 'CompoundItemNavigation-item')}</ul></div></div>
<div class="ItemView-itemMetadata"><h2 class="ItemView-panelHeading">Item Description</h2><table class="ItemMetadata-metadatarow table">
<tbody>${mMeta.map(([k, v]) => `<tr class="field-${k.toLowerCase()}"><td class="ItemMetadata-key">${k}</td><td class="field-value">${v}</td></tr>`).join('\n')}
<tr class="field-transc"><td class="ItemMetadata-key">Transcript</td><td class="field-value"><span>${ps(mTrans)}</span></td></tr></tbody></table></div>
</main>
<footer class="Footer-footer">${mFoot.map((t) => `<span class="Footer-item">${t}</span>`).join('\n')}</footer></div></div>
<script src="/ui/static/js/main.a81e.js"></script></body></html>`;
const magazine: TestPage = {
  name: 'heldout392-contentdm-magazine-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mTrans),
  bylines: ['Marchbanks, Helen', '1924-01'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Home', 'Browse', 'About', ...mCrumbs.slice(0, 3), ...mTools, 'Pages in this article', ...mPages,
    'Item Description', 'Title', 'Creator', 'Date', 'Source', 'The Valley Homestead, vol. 12, no. 1, pp. 14-16', 'Subject',
    'Fruit-culture; Pruning; Apples', 'Rights', 'No known copyright restrictions', 'Transcript', ...mFoot,
  ],
};

export const HELDOUT392_D: readonly TestPage[] = [archives, magazine];

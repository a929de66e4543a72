import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout261-kit.js';

/**
 * Held-out batch 261, file a: an Atlantic-style feature on a Next.js template with CSS-module class names (nav, kicker,
 * dek, byline, audio player, lead art with credit, inline "Read:" promos, share bar, author bio, newsletter, footer and a
 * consent banner) and a New Yorker-style piece on the Condé Nast verso template (rubric, byline, dek, save bar, drop cap,
 * print-edition line, tags, "Most Popular" rail, newsletter sign-up and footer).
 */
const aTitle = 'The Town That Decided to Stop Mowing';
const aDek = 'What happened when a small river town in the Tessaly Valley let its lawns go wild for three summers.';
const aHeads = ['An experiment nobody asked for', 'The second summer', 'What the numbers say'];
const aP1 = [
  j(
    'On the first Monday of May three summers ago, the public-works crew of Alder Ferry parked its four ride-on mowers in',
    'the salt barn and did not take them out again. The village council had voted, five to two, to stop cutting every publicly',
    'owned strip of grass that was not a ball field, a playground, or a sightline at a crossing.',
  ),
  j(
    'The idea came from Dorrit Vance, a retired high-school biology teacher who had spent a winter counting the bees on the',
    'clover in her own yard. She brought a spreadsheet to the council. It showed that the village spent more on mowing than on',
    'its library, and that almost nobody used the grass being mowed.',
  ),
];
const aP2 = [
  j(
    'The first summer was ugly. By July the verges along Canal Street were knee-high and brown at the tips, and the council',
    'received more letters than it had about anything since a proposal to close the swimming pool. Some residents mowed the',
    'public strips themselves, at night, in neat defiant rectangles.',
  ),
  j(
    'Then, in the second summer, the verges changed. Chicory and black-eyed Susan came up where rye grass had been, and the',
    'ditches along the river road filled with milkweed. Children began to bring jars to the strip by the post office to catch',
    'grasshoppers. The letters did not stop, but their tone did.',
  ),
  '<q>I still think it looks like nobody lives here,</q> one resident told me. <q>But I have never seen so many butterflies.</q>',
];
const aP3 = [j('A field survey by a community college two towns over counted insects on fixed plots each August. Its findings were modest', 'but consistent:')];
const aList = [
  'Flowering plant species on the public strips rose from 9 to 31.',
  'Bee visits per plot roughly tripled between the first and the third summer.',
  'The village saved about $41,000 a year in fuel, labor and repairs.',
  'Complaints to the council fell from 212 in the first year to 38 in the third.',
];
const aP4 = [
  j(
    'None of this settles the argument about what a town should look like. It does suggest that the argument was never really',
    'about grass. It was about who gets to decide what care looks like, and whether a neat edge is a sign of attention or just a',
    'habit that outlived its reasons.',
  ),
  j('This spring the council will vote again. Vance says she will bring a new spreadsheet, and a jar of grasshoppers, just in', 'case.'),
];
const aNav = ['Popular', 'Latest', 'Newsletters', 'Sections', 'Audio', 'Crossword'];
const aRead = ['Read: The quiet war over American lawns', 'Read: Why small towns are running out of volunteers'];
const aRel = ['The Suburb That Planted a Forest', 'What Bees Know About Cities', 'The Case Against the Leaf Blower'];
const aFoot = ['About', 'Our History', 'Careers', 'Contact', 'Help Center', 'Privacy Policy', 'Terms Conditions', 'Advertise'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} - The Meridian</title>
<meta name="description" content="${aDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Meridian">
<meta name="author" content="Hollis Brandt"><link rel="canonical" href="https://www.themeridian.example/ideas/archive/2026/03/alder-ferry-mowing/681234/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","author":[{"@type":"Person",
"name":"Hollis Brandt"}],"datePublished":"2026-03-03T07:00:00Z","publisher":{"@type":"Organization","name":"The Meridian"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:"article",section:"ideas",paywall:"metered"});</script></head>
<body><div id="__next"><a class="SkipLink_root__k3Qz1" href="#main-content">Skip to content</a>
<header class="Header_root__dWq2x"><div class="Header_logo__8fZpL"><a href="/" aria-label="The Meridian">The Meridian</a></div>
<nav class="Header_nav__Ks9aL" aria-label="Primary"><ul class="Header_navList__Tm2Qe">${links(aNav, 'Header_navItem__p1R0v')}</ul></nav>
<a class="Header_subscribe__Rr4sH" href="/subscribe/">Subscribe</a><a class="Header_signIn__Jx0cQ" href="/login/">Sign In</a></header>
<main id="main-content"><article class="ArticleLayout_article__aB3kD"><header class="ArticleHeader_root__kX4w2">
<div class="ArticleRubric_root__Qm1cZ"><a href="/ideas/">Ideas</a></div>
<h1 class="ArticleTitle_root__VrZaG">${aTitle}</h1>
<p class="ArticleDek_root__R1yKw">${aDek}</p>
<div class="ArticleBylines_root__Bn7Pz"><address id="byline" class="ArticleBylines_address__u3LQd">By
<a class="ArticleBylines_link__kNP4C" href="/author/hollis-brandt/">Hollis Brandt</a></address></div>
<time class="ArticleTimestamp_root__b3bL6" datetime="2026-03-03T07:00:00Z">March 3, 2026, 7 AM ET</time>
<div class="ArticleAudio_root__Lq6vA"><button class="ArticleAudio_button__pQ2aX">Listen to this article</button><span class="ArticleAudio_time__yW3sE">00:00
</span>
<span class="ArticleAudio_duration__rC8mN">08:12</span><p class="ArticleAudio_credit__Hk2oZ">Produced by Voxmere using AI narration.</p></div>
<figure class="ArticleLeadArt_root__jT5hU"><picture><img alt="Tall grass and chicory along a village street" src="https://cdn.themeridian.example/lead.jpg"
width="960" height="540"></picture>
<figcaption class="ArticleLeadFigure_caption__hN4cV">Illustration by Marta Quill. Source: Tessaly Valley Historical Society.</figcaption></figure>
</header><div class="ArticleShare_root__Zp2sA"><button class="ArticleShare_button__fH2qE">Share</button><button class="ArticleShare_button__fH2qE">Save</button>
<a class="ArticleShare_gift__w9aLm" href="#gift">Gift Article</a></div>
<section class="ArticleBody_root__nZ4HA" data-event-module="article body">
<h2 class="ArticleHeading_root__K5Xm1">${aHeads[0]}</h2>
${ps(aP1, ' class="ArticleParagraph_root__4mszW"')}
<p class="ArticleRelatedContentLink_root__VY4Xr"><a href="/ideas/archive/2025/07/lawns/">${aRead[0]}</a></p>
<h2 class="ArticleHeading_root__K5Xm1">${aHeads[1]}</h2>
${ps(aP2, ' class="ArticleParagraph_root__4mszW"')}
<div class="ArticleInjector_root__mQ8Lx"><div class="ArticleInjector_ad__p0aJd"><span class="Ad_label__X2rTt">Advertisement</span>
<div id="ad-mid-1" class="Ad_slot__V1zPd"></div></div></div>
<h2 class="ArticleHeading_root__K5Xm1">${aHeads[2]}</h2>
${ps(aP3, ' class="ArticleParagraph_root__4mszW"')}
<ul class="ArticleList_root__F3nGt">${lis(aList, 'ArticleList_item__Qe4Wd')}</ul>
<p class="ArticleRelatedContentLink_root__VY4Xr"><a href="/family/archive/2025/11/volunteers/">${aRead[1]}</a></p>
${ps(aP4, ' class="ArticleParagraph_root__4mszW"')}
</section><footer class="ArticleFooter_root__t7LsC"><div class="ArticleBio_root__Hh2xN"><h3 class="ArticleBio_heading__Nn9wA">About the Author</h3>
<p class="ArticleBio_text__d4QfR">Hollis Brandt is a staff writer covering rural America.</p></div></footer></article>
<aside class="ArticleRecirc_root__Xw3pQ"><h2 class="ArticleRecirc_heading__m8Tz0">More From Ideas</h2><ul>${links(aRel, 'ArticleRecirc_item__gE2hC')}</ul>
</aside>
<div class="NewsletterSignup_root__Pq8vB"><h2 class="NewsletterSignup_title__sD3Lx">The Daily Meridian</h2>
<p class="NewsletterSignup_dek__qH9nK">The stories you need to understand the day, every weekday evening.</p>
<form><input type="email" placeholder="Enter your email"><button type="submit">Sign Up</button></form></div></main>
<footer class="SiteFooter_root__cW4xN"><ul class="SiteFooter_links__hR5mL">${links(aFoot)}</ul>
<p class="SiteFooter_copyright__Ld2wA">Themeridian.example Copyright © 2026 by The Meridian Monthly Group. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog"><p id="onetrust-policy-text">We use cookies and similar technologies to
personalize content and ads and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":681234,"section":"ideas"}},"page":"/[section]/archive/[...slug]"}</script>
</body></html>`;
const atlantic: TestPage = {
  name: 'heldout261-atlantic-feature-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([aDek, ...aP1, ...aP2, ...aP3, ...aList, ...aP4]),
  bylines: ['Hollis Brandt', 'March 3, 2026, 7 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Subscribe', 'Sign In', 'Ideas', 'Listen to this article', '08:12', 'Produced by Voxmere using AI narration.',
    'Illustration by Marta Quill. Source: Tessaly Valley Historical Society.', 'Share', 'Save', 'Gift Article', ...aRead, 'Advertisement', 'About the Author',
    'Hollis Brandt is a staff writer covering rural America.', 'More From Ideas', ...aRel, 'The Daily Meridian',
    'The stories you need to understand the day, every weekday evening.', 'Sign Up', ...aFoot,
    'Themeridian.example Copyright © 2026 by The Meridian Monthly Group. All Rights Reserved.',
    'We use cookies and similar technologies to personalize content and ads and to analyze our traffic.', 'I Accept', 'Manage Preferences',
  ],
};

const nTitle = 'The Last Bell-Founder of Greywater Lane';
const nDek = 'For two hundred years, one family has cast the bells of a northern city. Now the furnace is cooling.';
const nP = [
  j(
    'The foundry on Greywater Lane is easy to miss. It sits behind a tire shop, under a brick chimney that has not smoked regularly',
    'since the spring, and the only sign is a brass plate so worn that the family name on it reads, at most angles, as a smudge.',
    'Inside, on a Tuesday in February, Ansel Marrow was sweeping sand into a pile with the slowness of a man who has decided that',
    'there is no longer any reason to hurry.',
  ),
  j(
    'Marrow is sixty-eight. His great-great-great-grandfather cast his first bell in this yard in 1824, for a chapel that no longer',
    'exists, and since then the family has made, by its own count, some four thousand bells: for churches and town halls, for',
    'ships, for a lighthouse on the northern cape, and, once, for a circus elephant that would not walk without one.',
  ),
  j(
    'A bell, he explained, is mostly a problem of shape. The metal is always the same, roughly four parts copper to one of tin,',
    'but the profile of the wall, the way it thickens toward the lip, decides whether the bell will ring true or sour. The family',
    'kept its profiles on wooden boards called strickles, and there are hundreds of them hanging in the loft, each marked in pencil',
    'with a date and a note. One of them just says <em>Do not use. Father was angry.</em>',
  ),
  j(
    'Demand fell slowly and then all at once. Churches closed or merged; those that remained bought recordings and loudspeakers.',
    'The last large commission, a peal of eight bells for a cathedral tower, came in 2011, and Marrow took three years to finish',
    'it, partly, he admits, because he did not want it to end.',
  ),
  j(
    'His daughter, Cressida, is an engineer who designs cooling systems for data centers. She grew up in the foundry and can still',
    'tune a bell by ear, which her father says is the rarer skill. She does not want the business. <q>I love it,</q> she told me,',
    '<q>the way you love a house you grew up in. That is not the same thing as wanting to live there.</q>',
  ),
  j(
    'In the autumn, the yard will be sold. A museum in the city has offered to take the strickles and a small bell, and Marrow has',
    'agreed, with the condition that the bell be rung once a year by a child. He has not decided which bell. Before I left, he',
    'struck the one nearest the door with the heel of his hand, and we stood there until the sound went out of the room.',
  ),
];
const nNav = ['Newsletter', 'News', 'Books & Culture', 'Fiction & Poetry', 'Humor & Cartoons', 'Magazine', 'Puzzles & Games', 'Video', 'Podcasts'];
const nTags = ['Crafts', 'Family Businesses', 'Music'];
const nPop = [
  'The Secret Life of Hotel Pillows',
  'What the Tide Took From Port Amsel',
  'A Composer Who Writes Only for Rain',
  'The Overlooked Genius of the Paper Clip',
];
const nFoot = ['About', 'Careers', 'Contact', 'F.A.Q.', 'Media Kit', 'Press', 'Accessibility Help', 'User Agreement', 'Privacy Policy'];
const nHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${nTitle} | The Lantern</title>
<meta name="description" content="${nDek}"><meta property="og:title" content="${nTitle}"><meta property="og:type" content="article">
<meta name="parsely-metadata" content='{"byline":["Wendeline Ashe"],"section":"Dept. of Craft"}'>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Wendeline Ashe"}],"datePublished":"2026-03-02T06:00:00.000-05:00","isAccessibleForFree":false}</script>
<script>window.__PRELOADED_STATE__={"transformed":{"article":{"headerProps":{"dangerousHed":"${nTitle}"}}}};</script></head>
<body><div id="app-root"><div class="page page--article"><a class="StyledSkipLink-kQcvc" href="#main-content">Skip to main content</a>
<header class="StackedNavigationWrapper-bFftJw"><div class="BaseWrap-sc-gjQpdd NavigationLogo-lfRhTG"><a href="/">The Lantern</a></div>
<nav class="NavigationWrapper-bFftJw" aria-label="Main"><ul class="NavigationListWrapper-eTjCbv">${links(nNav, 'NavigationListItem-gHaHcy')}</ul></nav>
<a class="ButtonWrapper-xCepQ" href="/newsletter">Newsletter</a><a class="ButtonWrapper-xCepQ" href="/account/sign-in">Sign In</a>
<a class="ButtonWrapper-xCepQ" href="/subscribe">Subscribe</a></header>
<main id="main-content" class="BasePageMain-fuQrOm"><article class="article main-content" lang="en-US">
<header class="SplitScreenContentHeaderWrapper-bDQBKO"><div class="RubricWrapper-dKmCNX"><a class="RubricLink-iQFDRh" href="/dept-of-craft">
<span class="RubricName-fVtemz">Dept. of Craft</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd SplitScreenContentHeaderHed-lcUSuI">${nTitle}</h1>
<div class="ContentHeaderDek-bIqFFZ">${nDek}</div>
<div class="BylinesWrapper-KIudn"><span class="BylineWrapper-jWHrLH">By <a class="BylineLink-gEnFiw" href="/contributors/wendeline-ashe">
<span class="BylineName-kwmrLn">Wendeline Ashe</span></a></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-hvbUkN">March 2, 2026</time>
<figure class="ResponsiveAssetFigure-cGAeGK">
<img class="ResponsiveImageContainer-eybHBd" alt="A bell-founder in his yard" src="https://media.thelantern.example/bell.jpg">
<figcaption class="BaseWrap-sc-gjQpdd CaptionWrapper-jJkMzy"><span class="CaptionText-lmmnb">Ansel Marrow in the yard of the family foundry.</span>
<span class="CaptionCredit-ejegAh">Photograph by Idris Falk for The Lantern</span></figcaption></figure></header>
<div class="ContentHeaderSaveButton-bmqSpY"><button class="SaveButtonWrapper-fbjWLQ" aria-label="Save this story">Save this story</button></div>
<div class="article__body"><div class="body__container"><div class="container--body-inner"><div class="body__inner-container">
<p class="has-dropcap has-dropcap__lead-standard-heading">${nP[0]}</p>
${ps(nP.slice(1, 3))}
<div class="ConsumerMarketingUnitThemedWrapper-ezdnVG"><div class="ConsumerMarketingUnitHeadline-kHCvLs">Get the best of The Lantern in your in-box.</div>
<a href="/newsletter/daily">Sign up for our daily newsletter.</a></div>
${ps(nP.slice(3))}
<p class="has-text-align-right"><span class="Endmark">♦</span></p></div></div></div></div>
<div class="ContentFooterWrapper-kPWNdf"><p class="ContentFooterBottomText-dJxjZv"><em>Published in the print edition of the March 9, 2026, issue, with the
headline “Last Peal.”</em></p><div class="ContributorBioWrapper-ceIfzR"><span class="ContributorBio-hvbEhL"><a href="/contributors/wendeline-ashe">Wendeline
Ashe</a> is a staff writer and the author of “Small Fires.”</span></div>
<div class="TagCloudWrapper-ffqqgO"><span class="TagCloudName-ceKRgB">More:</span><ul>${links(nTags, 'TagCloudItem-cPyEOk')}</ul></div></div></article>
<aside class="SummaryCollectionGridWrapper-jwhvBW"><h2 class="SectionTitleHed-aMvSD">Most Popular</h2><ul>${links(nPop, 'SummaryItemWrapper-iwvBff')}</ul>
</aside></main>
<footer class="FooterWrapper-kJmSyz"><ul class="FooterLinks-eFeEtK">${links(nFoot)}</ul>
<p class="FooterLegalText-jhNKHQ">© 2026 Lantern Media Group. All rights reserved.
The Lantern may earn a portion of sales from products that are purchased through our site.</p>
</footer></div></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners store and/or access information on a
device, such as unique IDs in cookies, to process personal data.</p><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button></div></body></html>`;
const newYorker: TestPage = {
  name: 'heldout261-newyorker-profile-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nP]),
  bylines: ['Wendeline Ashe', 'March 2, 2026', 'Published in the print edition of the March 9, 2026, issue, with the headline “Last Peal.”'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Sign In', 'Subscribe', 'Dept. of Craft', 'Ansel Marrow in the yard of the family foundry.',
    'Photograph by Idris Falk for The Lantern', 'Save this story', 'Get the best of The Lantern in your in-box.', 'Sign up for our daily newsletter.',
    'Wendeline Ashe is a staff writer and the author of “Small Fires.”', 'More:', ...nTags, 'Most Popular', ...nPop, ...nFoot,
    '© 2026 Lantern Media Group. All rights reserved. The Lantern may earn a portion of sales from products that are purchased through our site.',
    'We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data.', 'Accept all', 'Reject all',
  ],
};

export const HELDOUT261_A: readonly TestPage[] = [atlantic, newYorker];

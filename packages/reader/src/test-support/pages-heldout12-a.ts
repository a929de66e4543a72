import { links, plain, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 12, file a: a regional paper's story syndicated on a news portal (provider logo and name, in-body ad
 * slots with "Story continues below advertisement", reactions, "Recommended Stories" stream) and a press release on a
 * wire distribution site (inline "CITY, Date /PRNewswire/ --" dateline, "About" boilerplate, media contact, SOURCE line,
 * related links, "Also from this source").
 */
const ynTitle = 'Westvale council approves reclaimed water pipeline to green up parched city parks';
const ynA = [
  'The playing fields at Linden Park in Westvale have been brown since July. By next summer, city officials say, they ' +
    'will be green again, watered not from the municipal supply but from a pipe carrying treated wastewater from the plant ' +
    'on the other side of the freeway.',
  'The city council voted 5-2 on Monday night to spend $4.1 million on the first phase of a reclaimed water network, a ' +
    'project that has been discussed in Westvale for more than a decade and shelved at least twice.',
  '“We kept waiting for a wet year to make the decision for us,” said council member Rosa Delgado, who has pushed for the ' +
    'project since 2019. “It turns out the wet years are the ones where nobody wants to spend money on water.”',
  'The first phase will run about three miles of purple pipe, the colour used across the industry to mark water that is ' +
    'not for drinking, from the Eastside treatment plant to four parks and the high school’s athletic complex. Together ' +
    'those sites use roughly 60 million gallons a year, about 6 percent of the city’s total demand.',
];
const ynB = [
  'Treated wastewater has been used for irrigation in the Southwest for decades, and state rules require it to be ' +
    'disinfected and tested before it reaches any surface where people play. Signs at each site will tell visitors the ' +
    'water is not safe to drink.',
  'The two council members who voted against the plan did not dispute its benefits. Councilman Gary Whitcombe said he ' +
    'worried about the cost of the later phases, which would extend the network to two golf courses and the city ' +
    'cemetery and could approach $20 million.',
  '“Nobody is against green grass,” Whitcombe said. “I want to know who pays for the second pipe before we lay the first one.”',
  'City staff said they would apply for a state drought-resilience grant that could cover up to half of the first ' +
    'phase. Construction is expected to begin in the autumn, with water reaching the parks by the following May.',
];
const ynC = [
  'For the youth soccer league that plays at Linden Park, the timeline is tight. League president Dana Okoye said ' +
    'eleven spring games were moved last season because the ground had baked too hard to play on safely.',
  '“The kids don’t care where the water comes from,” she said. “They care whether they can fall down without getting hurt.”',
];
const ynNav = ['Home', 'US', 'World', 'Politics', 'Climate Change', 'Health', 'Science', 'Originals'];
const ynRec = [
  ['Associated Press', 'Drought emergency declared in four inland counties as reservoirs hit record lows'],
  ['The Carrowmore Ledger', 'Eastside treatment plant upgrade finishes six months early'],
  ['Reuters', 'Water utilities weigh price rises as heat waves stretch supply'],
  ['Patch', 'Westvale library to extend weekend hours starting in April'],
];
const ynFoot = ['Terms and Privacy Policy', 'Privacy Dashboard', 'About Our Ads', 'Help', 'Feedback'];
const ynAd = (n: number): string =>
  `<div class="caas-da caas-da-inbody" data-ad-slot="inbody-${n}"><span class="caas-da-label">Advertisement</span>` +
  `<div id="sda-INBODYAD-${n}" class="sda-iframe" style="min-height:250px"></div>` +
  `<p class="caas-story-continues">Story continues below advertisement</p></div>`;
const ynRecItem = ([src, t]: string[]): string =>
  `<li class="stream-item js-stream-content" data-uuid="x"><div class="stream-item__meta"><span class="stream-item__provider">${src}</span></div>` +
  `<h3 class="stream-item__title"><a href="/news/x.html">${t}</a></h3></li>`;
const ynHtml = `<!DOCTYPE html>
<html id="atomic" lang="en-US" class="caas-desktop"><head><meta charset="utf-8">
<title>${ynTitle}</title>
<meta name="description" content="The city council voted 5-2 to spend $4.1 million on the first phase of a reclaimed water network.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Orbit News">
<meta property="og:title" content="${ynTitle}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.carrowmoreledger.example/news/westvale-reclaimed-water-20250304.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ynTitle}",
"author":[{"@type":"Person","name":"Priya Ramaswamy"}],"provider":{"@type":"Organization","name":"The Carrowmore Ledger"},
"datePublished":"2025-03-04T14:12:00.000Z","publisher":{"@type":"Organization","name":"Orbit News"}}</script>
<style>.caas-da{clear:both;text-align:center}.caas-da-label{font-size:11px;color:#828c93}.caas-body p{margin:0 0 1em}</style>
<script>window.performance && performance.mark && performance.mark('PageStart');</script></head>
<body class="Bgc(#fff) news-article">
<div id="ybar" class="ybar-ytheme-news" role="banner"><a class="ybar-logo" href="/">Orbit News</a>
<form class="ybar-search" role="search"><input type="text" placeholder="Search the web" aria-label="Search"></form>
<a class="ybar-mail" href="/mail">Mail</a><a class="ybar-signin" href="/login">Sign in</a></div>
<nav id="navigation" class="nav-wrapper" aria-label="News sections"><ul class="nav-list">${links(ynNav, 'nav-item')}</ul></nav>
<div id="YDC-Col1" class="YDC-Col1"><div id="module-article" class="caas-container" data-content-type="story">
<div class="caas-content-wrapper"><article class="caas-content" role="article">
<header class="caas-header"><div class="caas-title-wrapper"><h1 data-test-locator="headline">${ynTitle}</h1></div></header>
<div class="caas-attr"><div class="caas-logo"><a href="https://www.carrowmoreledger.example" rel="nofollow noopener" target="_blank">
<img class="caas-img" src="https://s.orbit.example/provider/carrowmore_ledger.png" alt="The Carrowmore Ledger"></a></div>
<div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Priya Ramaswamy</span></div>
<div class="caas-attr-provider"><span>The Carrowmore Ledger</span></div>
<div class="caas-attr-time-style"><time class="" datetime="2025-03-04T14:12:00.000Z">Tue, March 4, 2025 at 6:12 AM PST</time>
<span class="caas-attr-mins-read">4 min read</span></div></div>
<div class="caas-share-buttons" role="toolbar" aria-label="Share"><button aria-label="Share on Facebook"></button>
<button aria-label="Share on X"></button><button aria-label="Email"></button><button class="caas-comments-button">214</button></div></div>
<div class="caas-body-content"><figure class="caas-figure"><div class="caas-img-container" style="padding-bottom:66.7%">
<img class="caas-img" src="https://s.orbit.example/uu/api/res/1.2/linden.jpg" alt="Dry turf at Linden Park"></div>
<figcaption class="caption-collapse"><div class="caption-text">Dry turf at Linden Park in Westvale, where the city plans to irrigate with
treated wastewater by next May. (Marcus Bell/The Carrowmore Ledger)</div></figcaption></figure>
<div class="caas-body">
${ps(ynA)}
${ynAd(1)}
${ps(ynB)}
${ynAd(2)}
${ps(ynC)}
</div></div>
<div class="caas-reactions" data-reactions="true"><h2 class="reactions-title">What do you think?</h2>
<ul class="reactions-list"><li><button aria-label="Happy">😀</button></li><li><button aria-label="Sad">😢</button></li>
<li><button aria-label="Angry">😠</button></li></ul><p class="reactions-count">1,027 reactions</p>
<button class="caas-open-comments">View comments (214)</button></div>
</article></div></div></div>
<div id="YDC-Stream" class="YDC-Stream"><section class="recommended-stream" aria-labelledby="rec-heading">
<h2 id="rec-heading" class="stream-heading">Recommended Stories</h2><ul class="stream-items">
${ynRec.map(ynRecItem).join('\n')}
</ul></section></div>
<div id="YDC-Col2" class="YDC-Col2" role="complementary"><div class="trending-now"><h3>Trending Now</h3><ol>
<li><a href="/s/1">Storm watch for the northern coast</a></li><li><a href="/s/2">Mortgage rates dip for a third week</a></li></ol></div>
<div id="sda-LREC" class="sda-iframe"><span class="caas-da-label">Advertisement</span></div></div>
<footer id="footer" class="footer" role="contentinfo"><ul class="footer-links">${links(ynFoot)}</ul>
<p class="footer-copyright">© 2025 Orbit Media. All rights reserved.</p></footer>
<div id="consent-banner" class="consent-overlay" role="dialog" aria-label="Cookie consent"><p>We, Orbit, are part of the Orbit family of
brands. We and our partners use cookies to give you a better experience.</p><button>Accept all</button><button>Manage privacy settings</button></div>
<script src="https://s.orbit.example/aaq/caas/article.js" defer></script>
</body></html>`;
const yahooSyndicated: TestPage = {
  html: ynHtml,
  name: 'heldout12-portal-syndicated-news',
  kind: 'news',
  // decided: the provider's name (logo alt and text beside the byline) is attribution, so a byline; the photo caption is
  // furniture (it describes the photo, not the story); the in-body ad labels and "Story continues below advertisement"
  // are furniture even though they sit in <p>/<span> inside the story body
  title: ynTitle,
  headings: [],
  body: [...texts(ynA), ...texts(ynB), ...texts(ynC)],
  bylines: ['Priya Ramaswamy', 'The Carrowmore Ledger', 'Tue, March 4, 2025 at 6:12 AM PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orbit News', 'Mail', 'Sign in', ...ynNav, '4 min read',
    'Dry turf at Linden Park in Westvale, where the city plans to irrigate with treated wastewater by next May. (Marcus Bell/The Carrowmore Ledger)',
    'Advertisement', 'Story continues below advertisement', 'What do you think?', '1,027 reactions', 'View comments (214)', 'Recommended Stories',
    'Associated Press', 'Reuters', 'Patch', ...ynRec.map((r) => r[1]!), 'Trending Now', 'Storm watch for the northern coast',
    'Mortgage rates dip for a third week', ...ynFoot, '© 2025 Orbit Media. All rights reserved.',
    'We, Orbit, are part of the Orbit family of brands. We and our partners use cookies to give you a better experience.', 'Accept all',
    'Manage privacy settings',
  ],
};

const prTitle = 'Harrowgate Cold Chain Opens Solar-Powered Distribution Center in Fresno County, Creating 140 Jobs';
const prSub = 'The 210,000-square-foot facility will store produce for growers across the southern San Joaquin Valley and run on its own microgrid';
const prDateline =
  '<span class="legendSpanClass"><span class="xn-location">FRESNO, Calif.</span></span>, <span class="legendSpanClass">' +
  '<span class="xn-chron">March 5, 2025</span></span> /PRNewswire/ --';
const prA = [
  'Harrowgate Cold Chain, a refrigerated logistics provider serving farms and food processors in the western United ' +
    'States, today opened a 210,000-square-foot distribution center near Selma, its largest site to date and the first ' +
    'in its network designed to run primarily on solar power.',
  'The facility includes 24 loading docks, six temperature zones ranging from deep freeze to controlled ripening, and ' +
    'a 4.2-megawatt rooftop solar array paired with battery storage. Harrowgate expects the site to draw less than a ' +
    'quarter of its annual electricity from the grid.',
];
const prPoints = [
  '140 full-time jobs in warehousing, maintenance and transport planning, with hiring under way',
  'Capacity for about 38,000 pallets of fresh and frozen produce',
  'An on-site training room run with Reedley Community College for forklift and refrigeration certificates',
];
const prB = [
  '"Growers in this valley have told us for years that the nearest modern cold storage was too far away and too ' +
    'expensive to run," said Marisol Vance, chief executive officer of Harrowgate Cold Chain. "Building here, and ' +
    'building it to make most of its own power, lets us hold rates down while the cost of electricity keeps climbing."',
  'The company said the center will handle stone fruit, grapes and citrus during the summer and autumn harvests, and ' +
    'frozen vegetables for regional processors through the winter. Its first customers include three grower cooperatives ' +
    'that together farm about 19,000 acres.',
  '"Keeping fruit cold within hours of picking is the difference between a premium grade and a juice grade," said ' +
    'Thomas Ekwueme, general manager of the Kings River Growers Cooperative. "Having that capacity twenty minutes ' +
    'from our packing sheds changes what we can promise buyers."',
  'Construction began in the spring of 2023 and was financed in part through a state clean energy loan program. ' +
    'Harrowgate plans to add a second building of similar size on the same parcel by 2027, subject to county approval.',
];
const prAbout =
  'Harrowgate Cold Chain provides temperature-controlled storage, cross-docking and transport for agricultural ' +
  'producers and food companies. Founded in 2009 and based in Sacramento, California, the company operates nine ' +
  'facilities in California, Oregon and Arizona. For more information, visit www.harrowgatecold.example.';
const prAlso = ['Harrowgate Cold Chain Names New Chief Operating Officer', 'Harrowgate Cold Chain Completes Oregon Expansion'];
const prNav = ['News', 'Products', 'Contact'];
const prHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${prTitle}</title>
<meta name="description" content="${prSub}"><meta property="og:type" content="article">
<meta property="og:site_name" content="PR Newswire"><meta name="author" content="Harrowgate Cold Chain">
<meta name="date" content="2025-03-05T08:00:00-05:00"><link rel="canonical" href="https://www.prnewswire.example/news-releases/harrowgate-302391184.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${prTitle}",
"datePublished":"2025-03-05T08:00:00-05:00","author":{"@type":"Organization","name":"Harrowgate Cold Chain"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"releaseId":"302391184","industry":"TRN"});</script>
<style>.release-body p{font-size:16px;line-height:1.6}.prntac{text-align:center}</style></head>
<body class="release-page">
<header class="site-header"><div class="container"><a class="navbar-brand" href="/">PR Newswire</a>
<nav class="navbar-collapse" id="navbar"><ul class="nav navbar-nav">${links(prNav)}</ul></nav>
<a class="btn btn-orange" href="/account/online-membership-form/">Send a Release</a>
<form class="navbar-form" role="search"><input type="search" class="form-control" placeholder="Search"></form></div></header>
<div class="release-container">
<header class="container release-header"><div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1 detail-headline">
<h1>${prTitle}</h1>
<p class="subtitle">${prSub}</p></div></div>
<div class="row"><div class="col-sm-8 col-lg-7 col-lg-offset-1 release-meta"><div class="meta-row">
<p class="mb-no">News provided by</p><a class="color-text" href="/news/harrowgate-cold-chain/"><strong>Harrowgate Cold Chain</strong></a>
<p class="mb-no">Mar 05, 2025, 08:00 ET</p></div></div>
<div class="col-sm-4 col-lg-3 social-share"><p class="share-label">Share this article</p><ul class="social-links">
<li><a class="share-facebook" href="#" aria-label="Facebook"></a></li><li><a class="share-x" href="#" aria-label="X"></a></li>
<li><a class="share-linkedin" href="#" aria-label="LinkedIn"></a></li><li><a class="share-email" href="#" aria-label="Email"></a></li></ul></div>
</div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<div class="image-container"><img src="https://mma.prnewswire.example/media/2631842/Harrowgate_Selma.jpg" alt="Harrowgate Selma facility">
<p class="caption">Harrowgate Cold Chain's new distribution center near Selma, California. (PRNewsfoto/Harrowgate Cold Chain)</p></div>
<p>${prDateline} ${prA[0]}</p>
${ps(prA.slice(1))}
<p><b>Highlights of the new facility:</b></p>
<ul type="disc">${prPoints.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(prB)}
<p><b>About Harrowgate Cold Chain</b></p>
<p>${prAbout}</p>
<p><b>Media Contact:</b><br>Jenna Albright<br>Harrowgate Cold Chain<br>(916) 555-0142<br>press@harrowgatecold.example</p>
<p id="PURL"><span class="prntac">SOURCE Harrowgate Cold Chain</span></p>
<div class="divOverflow"><p class="related-links-title"><b>Related Links</b></p>
<p><a href="http://www.harrowgatecold.example" rel="nofollow">http://www.harrowgatecold.example</a></p></div>
</div></div></section>
<section class="container also-from-source"><h3>Also from this source</h3><div class="row">
${prAlso.map((t) => `<div class="col-sm-6 card"><a href="/news-releases/x.html"><h3>${t}</h3></a><p class="card-date">Jan 14, 2025</p></div>`).join('\n')}
</div><a class="btn" href="/news/harrowgate-cold-chain/">Explore</a></section>
<section class="container more-releases"><h3>More Releases From This Source</h3><p>View all releases from Harrowgate Cold Chain</p></section>
</div>
<footer class="site-footer"><ul class="footer-links">${links(['Terms of Use', 'Privacy Policy', 'Site Map', 'RSS Feeds'])}</ul>
<p class="copyright">Copyright © 2025 PR Newswire Association LLC. All Rights Reserved.</p></footer>
<script src="https://static.prnewswire.example/js/release.min.js" defer></script></body></html>`;
const pressRelease: TestPage = {
  html: prHtml,
  name: 'heldout12-wire-press-release',
  kind: 'news',
  // decided: the dateline "FRESNO, Calif., March 5, 2025 /PRNewswire/ --" opens the first paragraph, as the wire sets it,
  // and is a byline (body gold is the rest of that paragraph); the sub-headline under the h1 is the release's own deck,
  // so body; "Highlights of the new facility:" is a bold lead-in to the list, body; the "About" boilerplate (the same on
  // every release from the company), media contact, SOURCE line, photo caption and related links are furniture
  title: prTitle,
  headings: [],
  // gold changed in round 11 (a convention conflict, the HTML untouched): the earlier batches keep a wire dateline in the
  // paragraph it opens, as body (batch 5's PR Newswire release, the written pages' "TOKYO (Reuters) -" and "WASHINGTON
  // (AP) -"), so this one is body too, no longer a byline
  body: [prSub, `${plain(prDateline)} ${prA[0]}`, ...texts(prA.slice(1)), 'Highlights of the new facility:', ...prPoints, ...texts(prB)],
  bylines: ['Harrowgate Cold Chain', 'Mar 05, 2025, 08:00 ET', 'Jan 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PR Newswire', ...prNav, 'Send a Release', 'News provided by', 'Share this article',
    "Harrowgate Cold Chain's new distribution center near Selma, California. (PRNewsfoto/Harrowgate Cold Chain)", 'About Harrowgate Cold Chain',
    prAbout, 'Media Contact:', 'Jenna Albright', '(916) 555-0142', 'press@harrowgatecold.example', 'SOURCE Harrowgate Cold Chain', 'Related Links',
    'http://www.harrowgatecold.example', 'Also from this source', ...prAlso, 'Explore', 'More Releases From This Source',
    'View all releases from Harrowgate Cold Chain', 'Terms of Use', 'Privacy Policy', 'Site Map', 'RSS Feeds',
    'Copyright © 2025 PR Newswire Association LLC. All Rights Reserved.',
  ],
};

export const HELDOUT12_A: readonly TestPage[] = [yahooSyndicated, pressRelease];

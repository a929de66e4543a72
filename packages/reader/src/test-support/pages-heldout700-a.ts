import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout700-kit.js';

/**
 * Held-out batch 700, file a: a regional daily's city-hall story on Arc XP (Fusion, Themes blocks: overline, headline,
 * subheadline, byline, share bar, lead art, in-body ad and interstitial link, author bio, tags, right rail), and a local
 * paper's water-rates story on TownNews BLOX CMS (kicker, subhead, byline list, photo with "Buy Now", a rate table,
 * in-story ad region, tags, author card, "Most Popular" block, "Be the first to know" alerts box).
 */
const aTitle = 'Port Carrick council votes to close Ferris Street Bridge for 14 months of repairs';
const aDek = j('Inspectors found corroded steel in two of the bridge’s four spans. Detours will add up to 12 minutes for drivers', 'crossing the Lowan River.');
const aBody = [
  j(
    'The Port Carrick City Council voted 6-1 on Tuesday night to close the Ferris Street Bridge to all traffic beginning',
    'May 1, after engineers told members that corrosion in the 69-year-old span had advanced faster than expected.',
  ),
  j(
    'The closure is expected to last 14 months. The $31.6 million repair, most of it paid for with state and federal bridge',
    'funds, will replace the steel girders under two spans and the entire deck surface.',
  ),
  j(
    '“Nobody up here wanted to vote for this,” said council member Ruth Abernathy, whose district includes the bridge’s east',
    'end. “But when an engineer tells you a beam has lost a third of its thickness, you don’t wait for the next inspection.”',
  ),
  j(
    'A December inspection by Calloway &amp; Finch, the city’s consulting engineers, found section loss of up to 34% in the',
    'bottom flanges of several girders. The bridge has carried a 15-ton weight limit since 2024, which already keeps buses',
    'and most trucks off it.',
  ),
  'Detours and transit',
  j(
    'Drivers will be routed to the Harmon Avenue and Route 9 bridges. City traffic engineer Dev Okafor said the detour would',
    'add between four and 12 minutes to most trips, depending on the time of day, and that signal timing at six',
    'intersections would be adjusted before the closure.',
  ),
  j(
    'Carrick Area Transit will move Route 4 to Harmon Avenue. A free pedestrian and bicycle shuttle will run across the river',
    'every 20 minutes from 6 a.m. to 9 p.m., and the bridge’s sidewalk will stay open for the first three months of work.',
  ),
  j(
    'Business owners on the east side said they were worried about losing customers. Tamsin Reyes, who owns the Lantern',
    'Diner two blocks from the bridge, said about a third of her weekday breakfast trade comes from across the river.',
    '“We survived the weight limit,” she said. “I don’t know if we survive a year of nobody being able to get here.”',
  ),
  j(
    'The council also approved $250,000 for a small-business support fund that will offer grants of up to $5,000 to shops',
    'within half a mile of the bridge. Applications open April 1.',
  ),
  'The lone no vote',
  j(
    'Council member Gil Stroud cast the only vote against the plan. He argued for keeping one lane open during construction,',
    'an option the engineers said would stretch the work to 22 months and add about $6 million to the cost.',
  ),
  '“We are asking the east side to carry all of the pain so the contractor can have an easier job,” Stroud said.',
  j(
    'Construction is scheduled to finish in July 2028. The city will hold a public information session on March 18 at the',
    'Port Carrick Public Library’s main branch.',
  ),
];
const aHeads = [at(aBody, 4), at(aBody, 9)];
const aParas = aBody.filter((t) => !aHeads.includes(t));
const aNav = ['News', 'Sports', 'Business', 'Opinion', 'Obituaries', 'Things to Do', 'e-Edition'];
const aRead = [
  'Lowan River flood wall work pushes back Riverside Park reopening',
  'School board picks interim superintendent after Hale resigns',
  'Port Carrick’s first food hall opens in old Sears building',
  'Police: Man charged after chase ends on Route 9',
];
const aFoot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Manage Subscription'];
const aTags = ['Port Carrick', 'Transportation', 'City Council'];
const cp = (t: string): string => `<p class="c-paragraph">${t}</p>`;
const adSlot = (id: string): string => `<div class="b-ad-block b-ad-block--article"><div class="arcad-feature" data-ad-id="${id}">
<div class="b-ad-block__label">Advertisement</div><div id="arcad_${id}" class="arcad ad-300x250"></div></div></div>`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Port Carrick council votes to close Ferris Street Bridge for 14 months – The Tidewater Ledger</title>
<meta name="description" content="Inspectors found corroded steel in two of the bridge’s four spans.">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Tidewater Ledger">
<meta property="article:section" content="Local News"><meta property="article:published_time" content="2027-03-04T00:41:00Z">
<link rel="canonical" href="https://www.tidewaterledger.com/news/local/2027/03/03/ferris-street-bridge-closure-vote/">
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2027-03-04T00:41:00Z","dateModified":"2027-03-04T15:05:00Z","author":[{"@type":"Person","name":"Marisol Quint"}],
"publisher":{"@type":"Organization","name":"The Tidewater Ledger"},"isAccessibleForFree":false}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="tidewater-ledger";
Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={"_id":"7QXN3KD2ZJDM5","type":"story","canonical_url":
"/news/local/2027/03/03/ferris-street-bridge-closure-vote/","headlines":{"basic":"${aTitle}"},"taxonomy":{"primary_section":
{"_id":"/news/local","name":"Local News"}}};Fusion.spaEnabled=false;</script>
<script async src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0a1b2c3d-tidewater"></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TDL412" height="0" width="0" style="display:none"></iframe></noscript>
<div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced">
<header class="b-right-rail-advanced__navigation"><div class="b-header-nav-chain"><nav id="main-nav" class="b-header-nav-chain__nav"
aria-label="Sections Menu"><div class="b-header-nav-chain__top-layout"><div class="b-header-nav-chain__nav-left">
<button class="c-button c-button--secondary-reverse b-header-nav-chain__sections-button" aria-label="Sections" type="button">
<svg class="c-icon"></svg><span>Sections</span></button></div>
<div class="b-header-nav-chain__nav-logo"><a href="/" title="The Tidewater Ledger logo"><img src="/pf/resources/images/ledger-logo.svg?d=412"
alt="The Tidewater Ledger logo"></a></div>
<div class="b-header-nav-chain__nav-right"><a class="c-button c-button--small c-button--primary" href="/subscribe/">Subscribe</a>
<button class="c-button c-button--small c-button--secondary-reverse" type="button">Sign In</button></div></div>
<div class="b-header-nav-chain__links-list"><ul class="b-links-bar">${links(aNav, 'b-links-bar__item')}</ul></div></nav></div></header>
<div class="b-right-rail-advanced__fullwidth-1"><div class="b-ad-block b-ad-block--leaderboard"><div class="arcad-feature">
<div class="b-ad-block__label">Advertisement</div><div id="arcad_leaderboard_1" class="arcad ad-728x90"></div></div></div></div>
<section role="main" id="main" tabindex="-1" class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__main-interior-item">
<a class="b-overline" href="/news/local/">Local News</a>
<h1 class="b-headline">${aTitle}</h1>
<h2 class="b-subheadline">${aDek}</h2>
<div class="b-byline-block"><section class="c-stack b-byline" data-style-direction="vertical"><span class="c-attribution">By
<a class="c-link" href="/people/marisol-quint/">Marisol Quint</a></span></section>
<div class="b-date"><time class="c-date" datetime="2027-03-04T15:05:00Z">Updated March 4, 2027 at 10:05 a.m. EST</time></div></div>
<div class="b-share-bar"><button type="button" class="c-button c-button--small" aria-label="Share on Facebook"><svg></svg></button>
<button type="button" class="c-button c-button--small" aria-label="Share on X"><svg></svg></button>
<button type="button" class="c-button c-button--small" aria-label="Share on LinkedIn"><svg></svg></button>
<button type="button" class="c-button c-button--small" aria-label="Share via email"><svg></svg></button>
<button type="button" class="c-button c-button--small c-button--secondary b-share-bar__gift"><svg></svg><span>Gift this article</span></button></div>
<div class="b-lead-art"><figure class="c-media-item"><img class="c-image" alt="Cars cross a steel bridge over a river"
src="https://www.tidewaterledger.com/resizer/v2/FERRIS7QXN.jpg?auth=1b2c&amp;width=800&amp;height=533" width="800" height="533">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Traffic crosses the Ferris Street Bridge on Tuesday.
The 1958 span carries about 21,000 vehicles a day.</span> <span class="c-media-item__credit">(Hollis Brandt/The Tidewater Ledger)</span>
</figcaption></figure></div>
<article class="b-article-body">
${aParas.slice(0, 3).map(cp).join('\n')}
${adSlot('article_inline_1')}
${cp(at(aParas, 3))}
<p class="c-paragraph c-interstitial-link"><strong>RELATED:</strong> <a href="/news/local/2024/06/11/ferris-street-weight-limit-businesses/">What
the 2024 weight limit meant for Ferris Street businesses</a></p>
<h2 class="c-heading">${at(aHeads, 0)}</h2>
${aParas.slice(4, 7).map(cp).join('\n')}
${adSlot('article_inline_2')}
${cp(at(aParas, 7))}
<h2 class="c-heading">${at(aHeads, 1)}</h2>
${aParas.slice(8).map(cp).join('\n')}
</article>
<div class="b-author-bio"><div class="b-author-bio__author"><img class="c-image" src="/pf/resources/images/authors/quint.jpg" alt="Marisol Quint">
<div class="b-author-bio__text"><a class="b-author-bio__name" href="/people/marisol-quint/">Marisol Quint</a>
<p class="c-paragraph">Marisol Quint covers city government for The Tidewater Ledger. Reach her at mquint@tidewaterledger.com.</p></div></div></div>
<div class="b-tag"><div class="c-stack b-tag__items">${aTags
  .map(
    (t) => `<a class="c-pill"
href="/topics/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`,
  )
  .join('')}
</div></div>
<div class="b-newsletter-signup"><h3 class="b-newsletter-signup__title">Sign up for The Morning Ledger</h3>
<p class="c-paragraph">Get the day’s top local stories in your inbox every weekday.</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button class="c-button c-button--primary" type="submit">Sign up</button>
</form></div></div></section>
<aside class="b-right-rail-advanced__rail"><div class="b-ad-block b-ad-block--rail"><div class="arcad-feature">
<div class="b-ad-block__label">Advertisement</div><div id="arcad_right_rail_1" class="arcad ad-300x600"></div></div></div>
<div class="b-top-table-list"><h2 class="b-header">Most Read</h2><ol class="b-top-table-list-small">${aRead
  .map(
    (t, i) => `<li class="b-top-table-list-small__item"><span class="b-top-table-list-small__number">${i + 1}</span>
<a class="c-link" href="/news/local/2027/03/0${i + 1}/">${t}</a></li>`,
  )
  .join('\n')}</ol></div></aside>
<div class="b-right-rail-advanced__fullwidth-2"><div class="b-meter-banner" role="region" aria-label="Subscription offer">
<p class="b-meter-banner__text">You have 2 free articles remaining this month.</p>
<a class="c-button c-button--primary" href="/subscribe/?source=meter">Subscribe for $1 a week</a></div></div>
<footer class="b-right-rail-advanced__footer"><div class="b-footer"><div class="b-footer__top-container">
<img class="b-footer__logo" src="/pf/resources/images/ledger-logo-white.svg" alt="The Tidewater Ledger"></div>
<ul class="b-footer__links">${links(aFoot, 'b-footer__links-item')}</ul>
<p class="b-footer__copyright">© 2027 The Tidewater Ledger. All rights reserved.</p></div></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to personalize content and ads, to provide social media features and to
analyze our traffic. <a href="/privacy-policy/" aria-label="More information about your privacy, opens in a new tab">Privacy Policy</a></p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button></div></div></div></div></div></div>
<script src="/pf/dist/engine/react.js?d=412&amp;mxId=00000000" defer></script>
<script>window.addEventListener('DOMContentLoaded',function(){Fusion.hydrate&&Fusion.hydrate()});</script></body></html>`;
const arc: TestPage = gold({
  name: 'heldout700-arcxp-bridge-closure',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([aDek, ...aParas]),
  bylines: ['By Marisol Quint', 'Updated March 4, 2027 at 10:05 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sections', 'Subscribe', 'Sign In', ...aNav, 'Advertisement', 'Local News', 'Gift this article',
    'Traffic crosses the Ferris Street Bridge on Tuesday. The 1958 span carries about 21,000 vehicles a day.', '(Hollis Brandt/The Tidewater Ledger)',
    'RELATED: What the 2024 weight limit meant for Ferris Street businesses', 'Marisol Quint',
    'Marisol Quint covers city government for The Tidewater Ledger. Reach her at mquint@tidewaterledger.com.', ...aTags,
    'Sign up for The Morning Ledger', 'Get the day’s top local stories in your inbox every weekday.', 'Sign up', 'Most Read', '1', '2', '3', '4', ...aRead,
    'You have 2 free articles remaining this month.', 'Subscribe for $1 a week', ...aFoot, '© 2027 The Tidewater Ledger. All rights reserved.',
    'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.', 'Privacy Policy', 'Cookie Settings',
    'Accept All Cookies',
  ],
});

const bTitle = 'Kettle Prairie water rates to rise 9% as city replaces lead service lines';
const bDek = 'Council says the increase will pay for replacing about 600 lead lines over five years';
const bBody = [
  j(
    'Water bills in Kettle Prairie will go up about 9% on July 1 after the City Council voted 4-1 Monday to approve a two-year',
    'rate plan that pays for replacing the city’s remaining lead service lines.',
  ),
  j(
    'The typical household, using about 5,000 gallons a month, will pay $44.90 instead of $41.20. A second increase of the',
    'same size is scheduled for July 2028.',
  ),
  j(
    'City Administrator Joel Varga said the city has identified 612 lead or galvanized lines running from the water main to',
    'homes, mostly in neighborhoods built before 1950 on the north side. Federal rules require them to be replaced within 10',
    'years, but the council set a goal of five.',
  ),
  j(
    '“We can stretch this out and pay less each year, or we can get the lead out of the ground while our kids are still in',
    'grade school,” Mayor Carla Benning said before the vote.',
  ),
];
const bRows = [
  ['Billing period', 'Typical monthly bill'],
  ['Now', '$41.20'],
  ['From July 2027', '$44.90'],
  ['From July 2028', '$48.95'],
];
const bHead = 'Who pays for the private side';
const bLabel = 'What the typical monthly bill will be';
const bMore = [
  j(
    'The total project is estimated at $7.4 million. A state revolving loan will cover $3.1 million, and about $1.2 million',
    'of that will be forgiven, Varga said. The rest will come from the water fund.',
  ),
  j(
    'Under the plan, the city will pay to replace the whole line, including the part on private property, which in most',
    'cities is the homeowner’s responsibility. Residents will need to sign a consent form to let crews dig in their yards.',
  ),
  j(
    'Council member Doug Peltier, who voted no, said he supported replacing the lines but wanted the cost spread over a',
    'longer period. “Nine percent two years in a row is a lot for people on fixed incomes,” he said.',
  ),
  j(
    'The council directed staff to bring back a proposal for a discount for low-income households by May. Residents can',
    'check whether their address has a lead line on the city’s website or by calling City Hall at 555-0120.',
  ),
];
const bNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Community', 'Classifieds', 'e-Edition'];
const bPopular = [
  'Oxbow County fair board names new grounds manager',
  'Kettle Prairie girls advance to state semifinal',
  'Obituary: Harold “Hal” Dreesen, 88',
  'Linden Street closed for sewer work through April',
];
const bRelated = ['City to map lead service lines this summer', 'Water tower repainting finished ahead of schedule'];
const bTags = ['Water Rates', 'Lead Service Lines', 'Kettle Prairie City Council', 'Utilities'];
const bFoot = ['Contact Us', 'Submit an Obituary', 'Place a Classified', 'Subscribe', 'Terms of Use', 'Privacy Policy'];
const bHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kettle Prairie water rates to rise 9% as city replaces lead service lines | Local News | oxbowregister.com</title>
<meta name="description" content="Water bills in Kettle Prairie will go up about 9% on July 1.">
<meta name="author" content="Lena Hargrove"><meta property="og:type" content="article"><meta property="og:site_name" content="Oxbow County Register">
<meta property="og:title" content="${bTitle}"><meta name="tncms-access-version" content="1741644000">
<link rel="canonical" href="https://www.oxbowregister.com/news/local/kettle-prairie-water-rates-to-rise/article_5c1e8a2e-de2b-11ef.html">
<link rel="stylesheet"
href="https://bloximages.chicago2.vip.townnews.com/oxbowregister.com/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/bootstrap.min.css">
<link rel="stylesheet"
href="https://bloximages.chicago2.vip.townnews.com/oxbowregister.com/shared-content/art/tncms/templates/global/resources/styles/global.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bTitle}","datePublished":"2027-03-09T17:30:00-06:00",
"author":{"@type":"Person","name":"Lena Hargrove"},"publisher":{"@type":"Organization","name":"Oxbow County Register"}}</script>
<script>var __tnt = __tnt || {}; __tnt.user = {"loggedIn":false}; __tnt.trackEvent=function(){};
var TNCMS = TNCMS || {}; TNCMS.config = {"asset":{"uuid":"5c1e8a2e-de2b-11ef","type":"article","section":"news/local"}};</script>
</head>
<body class="fixed-scroll-nav app-editorial asset-type-article section-news section-news-local" data-path="/news/local/">
<div id="site-container"><a href="#main-page-container" class="sr-only sr-only-focusable">Skip to main content</a>
<div id="site-top-nav-container" class="hidden-xs hidden-sm"><div class="container"><ul class="list-inline pull-right">
<li><a href="/users/login/" class="tnt-user-login">Log In</a></li><li><a href="/subscribe/" class="btn btn-primary btn-sm">Subscribe</a></li></ul>
<ul class="list-inline"><li><a href="/eedition/">e-Edition</a></li><li><span class="tnt-weather">38°F</span></li></ul></div></div>
<header id="site-header" class="hidden-print" role="banner"><div class="container"><div id="site-logo"><a href="/" aria-label="Oxbow County Register">
<img src="https://bloximages.chicago2.vip.townnews.com/oxbowregister.com/content/tncms/custom/image/logo.png" alt="Oxbow County Register"></a></div></div>
<nav id="main-navigation" class="navbar navbar-default" aria-label="Main"><div class="container"><ul class="nav navbar-nav">${links(bNav, 'dropdown')}</ul>
</div></nav></header>
<div id="main-page-container" class="container"><div id="tncms-region-global-container-top" class="tncms-region hidden-print">
<div class="tncms-block"><div class="tnt-ads-container text-center"><div class="tnt-ads-label">Ad</div><div id="tncms-ad-leaderboard" class="tnt-ads"></div>
</div></div></div>
<section id="main-body-container"><div class="row"><div class="col-md-8 col-lg-8 main-content">
<div class="asset-breakingnews"></div>
<article itemscope itemtype="http://schema.org/NewsArticle" class="asset" id="article_5c1e8a2e-de2b-11ef">
<div class="asset-masthead"><header class="asset-header"><div class="kicker"><a href="/news/local/">Local</a></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${bTitle}</span></h1>
<h2 class="subhead"><span class="tnt-subheadline" itemprop="alternativeHeadline">${bDek}</span></h2>
<div class="meta"><div class="asset-byline"><ul class="list-inline"><li><span class="tnt-byline" itemprop="author">By Lena Hargrove</span></li>
<li><span class="asset-date text-muted"><time class="tnt-date" datetime="2027-03-09T17:30:00-06:00">Mar 9, 2027</time></span></li>
<li><span class="asset-date text-muted">Updated <time class="tnt-date" datetime="2027-03-10T08:12:00-06:00">Mar 10, 2027</time></span></li></ul></div>
<div class="share-container headline-right hidden-print"><ul class="list-inline">
<li class="share facebook"><a href="https://www.facebook.com/sharer/sharer.php?u=x" class="tnt-share"><span class="sr-only">Facebook</span></a></li>
<li class="share twitter"><a href="https://twitter.com/intent/tweet?url=x" class="tnt-share"><span class="sr-only">Twitter</span></a></li>
<li class="share email"><a href="mailto:?subject=x" class="tnt-share"><span class="sr-only">Email</span></a></li>
<li class="share print"><a href="#" onclick="window.print();return false;" class="tnt-share"><span class="sr-only">Print</span></a></li>
<li class="share save"><a href="/users/admin/contributions/" class="tnt-share">Save</a></li></ul></div></div></header></div>
<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image"><img class="img-responsive" alt="Water line work"
src="https://bloximages.chicago2.vip.townnews.com/oxbowregister.com/content/tncms/assets/v3/editorial/5/c1/linden.jpg"></div>
<figcaption class="caption"><div class="caption-container"><div class="caption-text"><p>Crews replace a water line on Linden Street in Kettle
Prairie last fall.</p></div><div class="caption-author"><span class="tnt-byline">Lena Hargrove / Oxbow County Register</span></div>
<a href="/photos/buy/5c1e8a2e" class="buy-now hidden-print">Buy Now</a></div></figcaption></figure></div>
<div class="asset-content subscriber-premium"><div id="article-body" class="asset-body" itemprop="articleBody">
<div class="subscriber-preview">${ps(bBody.slice(0, 2))}</div>
<div class="subscriber-only">${ps(bBody.slice(2, 4))}
<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tncms-block"><div class="tnt-ads-container">
<div class="tnt-ads-label">Ad</div><div class="tnt-ads" id="tncms-ad-instory-1"></div></div></div></div>
<p><strong>${bLabel}</strong></p>
<table class="table table-striped"><thead><tr><th>${at(bRows[0] ?? [], 0)}</th><th>${at(bRows[0] ?? [], 1)}</th></tr></thead><tbody>
${bRows
  .slice(1)
  .map((r) => `<tr><td>${at(r, 0)}</td><td>${at(r, 1)}</td></tr>`)
  .join('\n')}</tbody></table>
<h3>${bHead}</h3>
${ps(bMore)}
<p class="tnt-signature"><em>Lena Hargrove can be reached at lhargrove@oxbowregister.com or 555-0187.</em></p></div></div></div>
<div class="asset-tags"><h3 class="block-title">Tags</h3><ul class="list-inline">${bTags
  .map((t) => `<li><a href="/search/?k=%22${t.replace(/ /g, '+')}%22" class="tnt-tag">${t}</a></li>`)
  .join('')}</ul></div>
<div class="author-card-container"><div class="card author-card"><div class="card-body"><h4 class="tnt-author-name">Lena Hargrove</h4>
<p class="card-text">Reporter</p><ul class="list-inline"><li><a href="mailto:lhargrove@oxbowregister.com">Author email</a></li>
<li><a href="/users/profile/lhargrove/">Follow Lena Hargrove</a></li></ul></div></div></div>
<div class="related-content"><h3 class="block-title">Related to this story</h3><ul class="list-unstyled">${links(bRelated)}</ul></div>
<div id="comments" class="asset-comments"><h3 class="block-title">Comments</h3><p>Sign in or register to join the conversation.</p></div>
</article></div>
<aside class="col-md-4 col-lg-4 hidden-print"><div class="tncms-block"><div class="tnt-ads-container"><div class="tnt-ads-label">Ad</div>
<div class="tnt-ads" id="tncms-ad-rail-1"></div></div></div>
<div class="tncms-block"><div class="block-title"><h3 class="block-title-inner">Most Popular</h3></div><ul class="nav nav-tabs"><li class="active">
<a href="#stories">Stories</a></li><li><a href="#videos">Videos</a></li></ul><ol class="list-unstyled">${links(bPopular)}</ol></div>
<div class="tncms-block"><div class="card email-alerts"><h3 class="card-title">Be the first to know</h3>
<p>Get local news delivered to your inbox!</p><form><input type="email" class="form-control" placeholder="Email Address">
<button type="submit" class="btn btn-primary">Sign up!</button></form></div></div></aside></div></section></div>
<footer id="site-footer" class="hidden-print"><div class="container"><div class="row"><div class="col-md-4"><address>Oxbow County Register<br>
112 W Main St<br>
Kettle Prairie</address><p>Phone: 555-0142</p></div><div class="col-md-8"><ul class="list-inline">${links(bFoot)}</ul>
<p id="copyright">© Copyright 2027 Oxbow County Register, 112 W Main St Kettle Prairie</p>
<p id="blox-footer">Powered by BLOX Content Management System from TownNews.com.</p></div></div></div></footer></div>
<script
src="https://bloximages.chicago2.vip.townnews.com/oxbowregister.com/shared-content/art/tncms/templates/libraries/flex/components/jquery/jquery.min.js">
</script>
</body></html>`;
const blox: TestPage = gold({
  name: 'heldout700-blox-water-rates',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bHead],
  body: texts([bDek, ...bBody, bLabel, ...bRows.map((r) => r.join(' ')), ...bMore]),
  bylines: ['By Lena Hargrove', 'Mar 9, 2027', 'Updated Mar 10, 2027', 'Lena Hargrove can be reached at lhargrove@oxbowregister.com or 555-0187.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log In', 'Subscribe', 'e-Edition', '38°F', ...bNav, 'Ad', 'Local', 'Facebook', 'Twitter', 'Email', 'Print', 'Save',
    'Crews replace a water line on Linden Street in Kettle Prairie last fall.', 'Lena Hargrove / Oxbow County Register', 'Buy Now',
    'Tags', ...bTags,
    'Lena Hargrove', 'Reporter', 'Author email', 'Follow Lena Hargrove', 'Related to this story', ...bRelated, 'Comments',
    'Sign in or register to join the conversation.', 'Most Popular', 'Stories', 'Videos', ...bPopular, 'Be the first to know',
    'Get local news delivered to your inbox!', 'Sign up!', 'Oxbow County Register 112 W Main St Kettle Prairie', 'Phone: 555-0142', ...bFoot,
    '© Copyright 2027 Oxbow County Register, 112 W Main St Kettle Prairie', 'Powered by BLOX Content Management System from TownNews.com.',
  ],
});

export const HELDOUT700_A: readonly TestPage[] = [arc, blox];

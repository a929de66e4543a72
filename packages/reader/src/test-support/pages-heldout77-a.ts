import { links, type TestPage, texts } from './page-kit.js';
import { irishStory } from './pages-heldout77-a2.js';

/**
 * Held-out batch 77, file a: a US metro-paper story on an Arc XP (Fusion) template (skip link, the sections button, logo,
 * "Subscribe" and "Log In", the links bar, overline, headline and dek, byline with staff line and updated time, the
 * share bar with "Gift Article" and comment count, lead photo with caption and credit, inline ad slots with
 * "Advertisement" labels, a bracketed interstitial "Earlier:" link and a newsletter promo inside the article body, the
 * author's contact line, "Show comments", the "Most Popular" rail, the hidden paywall meter, the footer and the OneTrust
 * banner), and an Irish regional paper's subscriber-only story (file a2).
 */
const arTitle = 'Haverford Falls council backs $48 million plan to rebuild the Mill Street bridge';
const arDek = 'The 1931 span has carried only cars since inspectors found corroded steel last spring; work could start in 2026.';
const arP1 = [
  'HAVERFORD FALLS — The City Council voted 9-2 on Tuesday night to borrow $48 million to rebuild the Mill Street bridge, ' +
    'ending more than a year of argument over whether the narrow steel span that links the downtown to the east bank should ' +
    'be repaired, replaced, or closed for good.',
  'The plan, drawn up by the city’s public works department, would tear down the 1931 truss and put a wider concrete bridge ' +
    'in its place, with a protected bike lane and a sidewalk on each side. The state has promised to cover about a third of ' +
    'the cost through its municipal bridge program, and city officials said they would apply for federal money to reduce the ' +
    'city’s share further.',
  '“This is the most used crossing we have, and for a year we have been telling people to drive two miles around it,” said ' +
    'Councilor Renata Obuya, who chairs the council’s infrastructure committee. “Patching it again would only have bought us ' +
    'another five years and another closure.”',
];
const arP2 = [
  'The bridge has been closed to trucks and buses since April 2024, when a routine inspection found that several of the steel ' +
    'members under the deck had lost close to a fifth of their thickness to rust. Engineers lowered the weight limit to ' +
    'three tons, which sent the No. 14 bus and the school buses for the east side onto a detour along Route 9.',
  'Business owners on Canal Street said the closure to trucks had made deliveries slower and more expensive. Tomasz ' +
    'Wieczorek, who runs a bakery two blocks from the bridge, told the council that his flour supplier now charges a detour ' +
    'fee on every order. “I am in favor of anything that gets this done,” he said, “as long as it doesn’t take five years.”',
  'The two councilors who voted against the plan, Gary Lindqvist and Paula Mendes, argued that the city should first ' +
    'consider a cheaper rehabilitation of the existing truss, which a 2023 study priced at about $21 million. Lindqvist said ' +
    'the borrowing would add roughly $38 a year to the average homeowner’s tax bill for two decades.',
];
const arH1 = 'What happens next';
const arP3 = [
  'The vote allows the city to hire a design firm this spring. Public works director Anand Raghavan said the design would ' +
    'take about 14 months, and that construction could begin in the summer of 2026 if the state approves the permits on time.',
  'During construction, which is expected to last two years, the city plans to install a temporary pedestrian bridge next to ' +
    'the work site. Cars would be sent to the Depot Street and Route 9 crossings.',
  'Raghavan said the old truss would be documented for the state historical commission before it is taken down, and that ' +
    'one of its decorative railing panels would be kept for display at the Haverford Falls Historical Society.',
  'Residents will have a chance to comment on the design at public meetings, the first of which is scheduled for May 6 at ' + 'the Central Library.',
];
const arInterstitial = 'Earlier: Mill Street bridge closed to trucks after inspection finds corroded steel';
const arNews = ['Sign up for Merrimack Morning, our daily newsletter with the stories you need to start your day.', 'Sign up'];
const arCaption = 'Traffic crossed the Mill Street bridge in Haverford Falls on Monday. The span has been closed to trucks since April 2024.';
const arCredit = 'Julia Ferreira/Ledger Staff';
const arBio = 'Marisol Quintero can be reached at marisol.quintero@merrimackledger.com. Follow her on X @mquintero.';
const arSections = ['Metro', 'Politics', 'Business', 'Sports', 'Opinion', 'Arts', 'Food', 'Obituaries'];
const arPopular = [
  'A beloved diner on Route 110 is closing after 71 years. Here’s what comes next.',
  'School committee delays vote on later start times for high schools',
  'Storm to bring up to 8 inches of snow to the Merrimack Valley on Thursday',
  'Red Sox prospect from Lowell makes opening day roster',
  'Why your water bill is about to go up, explained',
];
const arFooter = [
  'My Account',
  'Customer Service',
  'Advertise',
  'Contact Us',
  'Newsletters',
  'e-Edition',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
];
const arCookie =
  'We and our partners use cookies and similar technologies to understand how you use our site and to show you ' + 'personalized content and ads.';
const arMeter = 'You have 2 free articles remaining this month. Subscribe for just $1 a week.';
const arP = (a: readonly string[]): string => a.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n');
const arAd = (n: number): string => `<div class="b-ad-block b-ad-block--inline"><div id="arcad_feature-f0f${n}xQ2mZ" class="arcad ad-300x250"
data-ad-name="article_inline_${n}" data-ad-load="lazy"><span class="b-ad-block__label">Advertisement</span></div></div>`;
const arHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${arTitle} - The Merrimack Ledger</title>
<meta name="description" content="${arDek}"><link rel="canonical" href="https://www.merrimackledger.com/2025/03/04/metro/mill-street-bridge-vote/">
<meta property="og:type" content="article"><meta property="og:title" content="${arTitle}"><meta property="og:site_name" content="The Merrimack Ledger">
<meta name="twitter:card" content="summary_large_image"><meta property="article:section" content="Metro">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${arTitle}","datePublished":"2025-03-04T21:30:00Z",
"dateModified":"2025-03-04T22:48:00Z","author":[{"@type":"Person","name":"Marisol Quintero"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".b-article-body"},
"publisher":{"@type":"NewsMediaOrganization","name":"The Merrimack Ledger"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="merrimack-ledger";Fusion.contextPath="/pf";
Fusion.mxId="00000000";Fusion.deployment="412";Fusion.globalContentConfig={"source":"content-api","query":{"_id":"H7QZ4W2XKRDQ3MNBV5"}};</script>
<script defer="" data-integrity="" src="/pf/dist/engine/react.js?d=412&amp;mxId=00000000"></script>
<link rel="stylesheet" href="/pf/resources/styles/merrimack-ledger/css/news.css?d=412&amp;mxId=00000000">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7H2Q9" height="0" width="0" style="display:none"></iframe></noscript>
<div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced">
<header class="page-header"><nav id="main-nav" class="b-header-nav-chain b-header-nav-chain--dark" aria-label="Sections Menu">
<a class="c-link b-header-nav-chain__skip" href="#main">Skip to main content</a>
<div class="b-header-nav-chain__top-layout"><div class="b-header-nav-chain__nav-left">
<button class="c-button c-button--small b-header-nav-chain__sections-button" aria-label="Sections" type="button"><span>Sections</span></button>
<button class="c-button c-button--small b-header-nav-chain__search" aria-label="Search" type="button"></button></div>
<a class="c-link b-header-nav-chain__logo" href="/" title="The Merrimack Ledger"><img src="/pf/resources/images/ledger-logo.svg?d=412"
alt="The Merrimack Ledger"></a>
<div class="b-header-nav-chain__nav-right"><a class="c-button c-button--primary c-button--small" href="/subscribe/?p=nav">Subscribe</a>
<a class="c-button c-button--secondary c-button--small" href="/account/login/">Log In</a></div></div>
<nav class="b-links-bar" aria-label="Top Links"><ul class="b-links-bar__list">${links(arSections, 'b-links-bar__item')}</ul></nav></nav></header>
<main id="main" class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__full-width-1">
<div class="b-overline"><a class="c-link c-overline" href="/metro/">Metro</a></div>
<h1 class="c-heading b-headline">${arTitle}</h1>
<h2 class="c-heading b-subheadline">${arDek}</h2></div>
<div class="b-right-rail-advanced__main-interior-item"><section class="b-byline"><span class="c-attribution">By
<a class="c-link" href="/staff/marisol-quintero/">Marisol Quintero</a> Ledger Staff</span></section>
<div class="b-date"><time class="c-date" datetime="2025-03-04T22:48:00Z">Updated March 4, 2025, 5:48 p.m.</time></div>
<div class="b-share-bar"><button class="c-button c-button--small" type="button" aria-label="Share on Facebook"><svg aria-hidden="true"></svg></button>
<button class="c-button c-button--small" type="button" aria-label="Share on X"><svg aria-hidden="true"></svg></button>
<button class="c-button c-button--small" type="button" aria-label="Share by Email"><svg aria-hidden="true"></svg></button>
<button class="c-button c-button--small b-share-bar__gift" type="button">Gift Article</button>
<a class="c-link b-share-bar__comments" href="#comments"><span class="b-share-bar__comments-count">42</span> Comments</a></div>
<figure class="c-media-item b-lead-art"><img src="/resizer/v2/H7QZ4W2XKRDQ3MNBV5.jpg?auth=9b1c&amp;width=1440" alt="Cars crossing a steel truss bridge"
width="1440" height="960"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${arCaption}</span>
<span class="c-media-item__credit">${arCredit}</span></figcaption></figure>
<article class="b-article-body">
${arP(arP1)}
${arAd(1)}
<p class="c-paragraph b-article-body__interstitial-link">[<a class="c-link" href="/2024/04/19/metro/mill-street-bridge-trucks/">${arInterstitial}</a>]</p>
${arP(arP2)}
<div class="b-html b-newsletter-promo"><div class="newsletter-signup"><p class="newsletter-signup__text">${arNews[0]}</p>
<a class="c-button c-button--primary" href="/newsletters/merrimack-morning/">${arNews[1]}</a></div></div>
<h2 class="c-heading">${arH1}</h2>
${arP(arP3.slice(0, 2))}
${arAd(2)}
${arP(arP3.slice(2))}
</article>
<div class="b-author-bio"><p class="b-author-bio__text"><a class="c-link" href="/staff/marisol-quintero/">Marisol Quintero</a>
${arBio.replace('Marisol Quintero ', '')}</p></div>
<div id="comments" class="b-comments"><button class="c-button c-button--secondary" type="button">Show comments</button></div>
<div class="paywall-meter" hidden><p>${arMeter}</p></div></div>
<aside class="b-right-rail-advanced__right-rail"><div class="b-ad-block"><div id="arcad_feature-rail1" class="arcad ad-300x600">
<span class="b-ad-block__label">Advertisement</span></div></div>
<div class="b-top-table-list"><h2 class="c-heading b-top-table-list__title">Most Popular</h2><ol class="b-top-table-list__list">
${arPopular.map((t, i) => `<li class="b-top-table-list__item"><a class="c-link" href="/2025/03/0${i + 1}/metro/popular-${i}/">${t}</a></li>`).join('\n')}</ol>
</div></aside></main>
<footer class="b-footer"><div class="b-footer__top"><img src="/pf/resources/images/ledger-logo-white.svg" alt="The Merrimack Ledger"></div>
<ul class="b-footer__links">${links(arFooter, 'b-footer__link')}</ul>
<p class="b-footer__copyright">© 2025 The Merrimack Ledger Media Group. All rights reserved.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<div id="onetrust-policy"><div id="onetrust-policy-text">${arCookie}
<a class="ot-cookie-policy-link" href="/privacy-policy/" aria-label="More information about your privacy">Cookie Policy</a></div></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"metro","paywall":"metered"});</script>
</body></html>`;
const arcStory: TestPage = {
  html: arHtml,
  name: 'heldout77-arc-xp-metro-news',
  kind: 'news',
  // the dek (h2 under the headline) is in neither list; "By" and "Ledger Staff" are in the byline, "Advertisement" labels,
  // the bracketed "Earlier:" link, the newsletter promo, the contact line and the hidden paywall meter are furniture;
  // "Metro" is the overline and the first links-bar item
  title: arTitle,
  headings: [arH1],
  body: [...texts(arP1), ...texts(arP2), ...texts(arP3)],
  bylines: ['Marisol Quintero', 'Ledger Staff', 'Updated March 4, 2025, 5:48 p.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Subscribe', 'Log In', ...arSections, 'Gift Article', '42', 'Comments', arCaption, arCredit,
    'Advertisement', arInterstitial, ...arNews, arBio, 'Show comments', arMeter, 'Most Popular', ...arPopular, ...arFooter,
    '© 2025 The Merrimack Ledger Media Group. All rights reserved.', arCookie, 'Cookie Policy', 'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT77_A: readonly TestPage[] = [arcStory, irishStory];

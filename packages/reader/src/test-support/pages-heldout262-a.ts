import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout262-kit.js';

/**
 * Held-out batch 262, file a: an Irish Times-style article on Arc XP (masthead, section nav, OneTrust banner, standfirst,
 * byline with date, share bar, lead figure with caption and credit, inline "Read more" promo, newsletter sign-up, "Most read"
 * rail, topics and footer) and a Sydney Morning Herald-style article on Nine's React template (data-testid markup, hashed
 * class names, reading time, related rail, comments notice and the Nine footer).
 */
const iTitle = 'Galway county council approves harbour housing plan after two-year delay';
const iStand = 'Scheme for 340 homes on former ferry depot will include a new public quay and a primary school site';
const iBody = [
  j(
    'Galway County Council has approved plans for 340 homes on the former ferry depot at Rossaveen Quay, ending a two-year',
    'dispute over the height of the apartment blocks and the future of the working harbour beside them.',
  ),
  j(
    'Councillors voted 27 to 9 on Monday evening to accept a revised scheme from Corrib Shore Developments, which cut the',
    'tallest block from eight storeys to six and moved the car park underground.',
  ),
  j(
    'The site has been derelict since the ferry service to the islands moved to a new pier in 2019. Local fishermen had',
    'objected that the first design would have left no room to land catches at low tide.',
  ),
  j(
    'Under the approved plan, a third of the homes will be sold or rented at cost through the council’s affordable housing',
    'scheme, and a strip of the quay will remain open to fishing boats and the public.',
  ),
];
const iH1 = 'Objections from the islands';
const iBody2 = [
  j(
    'Island residents, who depend on the quay for supplies, told the council they feared construction traffic would block',
    'the only road to the slipway. The developer has agreed to build the new access road first.',
  ),
  j(
    '“We were never against homes here,” said Máire Ní Fhlatharta, who chairs the Inis Caol community group. “We were',
    'against losing the harbour. This version keeps it, and that is what changed our minds.”',
  ),
  'The conditions attached to the permission include:',
];
const iList = [
  'a public quay of at least 120 metres, maintained by the council',
  'a site of one hectare reserved for a primary school',
  'no more than 200 parking spaces, all of them below ground',
  'a construction traffic plan agreed with the harbour master',
];
const iH2 = 'What happens next';
const iBody3 = [
  j(
    'The decision can be appealed to An Coimisiún Pleanála within four weeks. Two residents’ groups in the town said on',
    'Tuesday they were studying the conditions before deciding whether to appeal.',
  ),
  j('If no appeal is lodged, the developer expects to begin work on the access road next spring, with the first 90', 'homes finished by the end of 2028.'),
];
const iNav = ['News', 'Opinion', 'Business', 'Sport', 'Your Money', 'Life & Style', 'Culture', 'Podcasts', 'Crosswords'];
const iRead = ['Rent pressure zones to be extended to six more towns', 'Cost of new school sites rises by a third in two years'];
const iMost = [
  'Bus Connects route changes: what they mean for commuters',
  'Ferry operator seeks new contract for Aran services',
  'Cork hospital waiting list falls below 10,000 for first time',
  'Weather warning issued for western counties',
];
const iTopics = ['Galway', 'Housing', 'Planning'];
const iFoot = ['About us', 'Contact us', 'Advertise with us', 'Privacy policy', 'Cookie settings', 'Terms & conditions', 'Help centre'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${iTitle} – The Irish Times</title>
<meta name="description" content="${iStand}"><meta property="og:site_name" content="The Irish Times"><meta property="og:type" content="article">
<meta name="article:section" content="Ireland"><link rel="canonical" href="https://www.irishtimes.example/ireland/2026/11/30/galway-harbour-housing/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}",
"datePublished":"2026-11-30T19:42:00Z","author":[{"@type":"Person","name":"Cathal Moran"}],"publisher":{"@type":"Organization",
"name":"The Irish Times"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="irishtimes";Fusion.contentCache={};</script>
<link rel="stylesheet" href="/pf/resources/dist/irishtimes/css/style.css"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to main content</a>
<header class="b-header-nav-chain"><div class="c-stack b-header-nav-chain__top"><button class="c-button b-header-nav-chain__menu">Menu</button>
<a class="b-header-nav-chain__logo" href="/">The Irish Times</a><a class="c-button c-button--primary" href="/subscribe">Subscribe</a>
<a class="c-button c-button--link" href="/signin">Sign In</a></div>
<nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><ul class="c-stack">${links(iNav, 'b-header-nav-chain__nav-item')}</ul></nav></header>
<main id="main" class="b-right-rail"><div class="b-right-rail__main"><nav class="b-breadcrumbs" aria-label="Breadcrumb"><ol>
<li><a href="/ireland/">Ireland</a></li></ol></nav>
<article class="b-article-body-block"><header class="b-headline"><h1 class="c-heading b-headline__headline">${iTitle}</h1>
<p class="c-paragraph b-subheadline">${iStand}</p></header>
<div class="b-byline c-attribution"><span class="c-attribution__by">By </span><a class="c-link" href="/author/cathal-moran/">Cathal Moran</a>
<span class="c-attribution__role">Western Correspondent</span></div>
<div class="b-date"><time class="c-date" datetime="2026-11-30T19:42:00Z">Sun Nov 30 2026 - 19:42</time></div>
<div class="b-share-bar"><span class="b-share-bar__label">Share</span><button aria-label="Share on Facebook">Facebook</button>
<button aria-label="Share on X">X</button><button aria-label="Share by email">Email</button><button class="b-gift">Gift this article</button></div>
<figure class="c-media-item b-lead-art"><img src="/resizer/v2/galway-quay.jpg" alt="The former ferry depot at Rossaveen Quay">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">The former ferry depot at Rossaveen Quay, which has been derelict
since 2019.</span> <span class="c-media-item__credit">Photograph: Órla Keane</span></figcaption></figure>
<div class="b-article-body">
${ps(iBody, ' class="c-paragraph"')}
<div class="c-related-link b-inline-promo"><span class="c-related-link__label">Read more</span>
<ul>${links(iRead, 'c-related-link__item')}</ul></div>
<h2 class="c-heading">${iH1}</h2>
${ps(iBody2, ' class="c-paragraph"')}
<ul class="c-list">${iList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="b-newsletter-signup"><h3>Inside Politics</h3><p>Pat Leahy’s guide to the week in politics, every Tuesday and Friday</p>
<a class="c-button" href="/newsletters/">Sign up</a></div>
<h2 class="c-heading">${iH2}</h2>
${ps(iBody3, ' class="c-paragraph"')}
</div>
<div class="b-tags"><span class="b-tags__label">Topics</span><ul>${links(iTopics, 'c-tag')}</ul></div>
<div class="b-comments-notice"><p>Comments are closed on this article.</p></div></article></div>
<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2 class="b-top-table-list__title">Most read</h2>
<ol>${links(iMost, 'b-top-table-list__item')}</ol></div><div class="b-ad"><span class="b-ad__label">Advertisement</span>
<div id="arcad-right-rail-1"></div></div></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(iFoot)}</ul>
<p class="b-footer__copyright">© 2026 The Irish Times DAC</p></footer></div>
<div id="onetrust-banner-sdk" role="dialog"><p id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads and to
analyse our traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<script>window.Fusion.globalContent={"_id":"GALWAYQUAY","type":"story"};</script></body></html>`;
const irishTimes: TestPage = {
  name: 'heldout262-irish-times-article',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [iH1, iH2],
  body: texts([iStand, ...iBody, ...iBody2, ...iList, ...iBody3]),
  bylines: ['Cathal Moran', 'Western Correspondent', 'Sun Nov 30 2026 - 19:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'The Irish Times', 'Subscribe', 'Sign In', ...iNav, 'Ireland', 'Share', 'Facebook', 'Email', 'Gift this article',
    'The former ferry depot at Rossaveen Quay, which has been derelict since 2019.', 'Photograph: Órla Keane', 'Read more', ...iRead,
    'Inside Politics', 'Pat Leahy’s guide to the week in politics, every Tuesday and Friday', 'Sign up', 'Topics', ...iTopics,
    'Comments are closed on this article.', 'Most read', ...iMost, 'Advertisement', ...iFoot, '© 2026 The Irish Times DAC',
    'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'I Accept', 'Manage Preferences',
  ],
};

const sTitle = 'Sydney’s new ferry wharves are finished, but the boats to use them are a year away';
const sBody = [
  j(
    'Three new ferry wharves on the Parramatta River have been finished on time and under budget, but passengers will not be',
    'able to use them until at least late next year because the vessels ordered for the route are still being built.',
  ),
  j(
    'Transport for NSW confirmed on Thursday that the wharves at Rydalmere Point, Silverwater Bend and Ermington Flats were',
    'handed over by the builder last month at a combined cost of $48 million, about $6 million less than forecast.',
  ),
  j(
    'The six low-wash ferries meant to serve them were ordered from a shipyard in Tasmania in 2024. Two have been launched,',
    'but sea trials found the hulls sat lower in the water than designed, and the remaining four are being modified.',
  ),
  j(
    '“It is frustrating to have a finished wharf and nothing to tie up to it,” said Dr Priya Raman, a transport planner at',
    'Westbridge University. “But running the old boats on this stretch would damage the riverbank, which is exactly why the',
    'new ones were ordered.”',
  ),
];
const sH1 = 'A river that keeps getting busier';
const sBody2 = [
  j(
    'Patronage on the Parramatta River service has grown by almost a fifth since 2023, driven by new apartment towers along',
    'the upper river. Commuters at the existing wharves often wait for a second boat in the morning peak.',
  ),
  j(
    'Residents of the new suburbs say the delay means another year of buses stuck in traffic on Victoria Road. The local',
    'member, Helen Szabo, has asked the minister to consider a temporary shuttle using leased vessels.',
  ),
  j(
    'A spokesperson for the minister said leased vessels had been looked at and rejected because none available met the wash',
    'limits set for the upper river, and that the department would publish a revised timetable in February.',
  ),
  j(
    'Until then, the existing RiverCat service will continue to stop at the three wharves closest to the city, and a',
    'bus route linking Ermington and Rydalmere to Parramatta station will run every ten minutes in the morning peak.',
  ),
];
const sNav = ['Network', 'Sydney', 'Politics', 'Business', 'World', 'Culture', 'Lifestyle', 'Property', 'Sport'];
const sRelated = ['Wash limits on upper river to stay despite delays', 'Ferry patronage back above pre-pandemic levels'];
const sMore = [
  'Light rail extension to open in stages from March',
  'Why your commute is slower than it was in 2019',
  'The suburbs that gained the most residents',
];
const sFoot = ['Contact & support', 'Advertise with us', 'Newsletters', 'Accessibility guide', 'Sitemap', 'Photo sales', 'Purchase front pages'];
const sFoot2 = ['Conditions of use', 'Privacy policy', 'Press Council', 'Editorial policy'];
const sHtml = `<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>${sTitle}</title>
<meta name="description" content="Three new wharves on the Parramatta River are finished, but the ferries are a year late.">
<meta property="og:site_name" content="The Sydney Morning Herald"><meta name="twitter:site" content="@smh">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-11-27T05:00:00Z",
"author":{"@type":"Person","name":"Lachlan Pryor"},"isAccessibleForFree":false}</script>
<script>window.__APOLLO_STATE__={"ROOT_QUERY":{"asset":{"id":"p5c8wq"}}};window.__INITIAL_STATE__={"page":{"brand":"smh"}};</script></head>
<body><div id="app"><div class="_1PvyR" data-testid="skip-links"><a href="#content">Skip to content</a></div>
<header class="_2Kv4K" data-testid="header"><a class="_3tUVb" href="/" aria-label="The Sydney Morning Herald homepage">The Sydney Morning Herald</a>
<a data-testid="subscribe-button" href="/subscribe">Subscribe</a><a data-testid="login-button" href="/login">Log in</a>
<nav data-testid="navigation"><ul class="_1Ss5I">${links(sNav, '_3gMJz')}</ul></nav></header>
<div data-testid="advertisement" class="adWrapper"><span>Advertisement</span></div>
<main id="content" class="_2ONp4"><article data-testid="article" class="_3yUmG"><header class="_3OeX3">
<ol data-testid="breadcrumbs"><li><a href="/national">National</a></li><li><a href="/national/nsw">NSW</a></li></ol>
<h1 data-testid="headline" itemprop="headline" class="_3NJh8">${sTitle}</h1>
<div class="_2Jkuu" data-testid="byline"><span data-testid="byline-name"><a href="/by/lachlan-pryor-p4x9">Lachlan Pryor</a></span></div>
<div class="_1kq8F"><time data-testid="datetime" datetime="2026-11-27T05:00:00Z">November 27, 2026 — 4.00pm</time>
<span data-testid="reading-time">4 min read</span></div>
<div data-testid="share-tools" class="_3M6JE"><button aria-label="Share via Facebook">Share</button><button>Save</button>
<button data-testid="gift-button">Gift this article</button><button data-testid="text-size">Normal text size</button>
<button data-testid="text-size-larger">Larger text size</button></div></header>
<figure data-testid="image" class="_1Gd0w"><img src="https://static.ffx.example/images/wharf.jpg" alt="">
<figcaption class="_2vQtb"><span>The new wharf at Silverwater Bend has been finished but will not open until next year.</span>
<cite class="_1HbX3">Credit: Nadia Coe</cite></figcaption></figure>
<div data-testid="body-content" class="_1665V undefined">
${ps(sBody)}
<div data-testid="inline-related" class="_2P0Q5"><h5>Related Article</h5><ul>${links(sRelated)}</ul></div>
<h3 class="_1LLbW">${sH1}</h3>
${ps(sBody2)}
</div>
<div class="_2OB4k" data-testid="newsletter-inline"><h4>Morning Edition</h4><p>Get the day’s most important stories delivered to your inbox.</p>
<a href="/newsletters">Sign up</a></div>
<div data-testid="comments-notice"><p>Comments are open for this article.</p><button>Show comments</button></div>
<div data-testid="author-profile" class="_2PmlG"><a href="/by/lachlan-pryor-p4x9">Lachlan Pryor</a>
<p>Lachlan Pryor is the transport reporter for The Sydney Morning Herald.</p><a href="https://x.example/lpryor">Connect via X</a></div></article>
<aside data-testid="more-from"><h3>More from NSW</h3><ul>${links(sMore)}</ul></aside></main>
<footer data-testid="footer"><ul class="_1J4sF">${links(sFoot)}</ul><ul>${links(sFoot2)}</ul>
<p>Copyright © 2026 Nine Entertainment Co.</p></footer></div>
<script src="/static/js/main.8f2c.js" async></script></body></html>`;
const smh: TestPage = {
  name: 'heldout262-smh-nine-article',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sH1],
  body: texts([...sBody, ...sBody2]),
  bylines: ['Lachlan Pryor', 'November 27, 2026 — 4.00pm', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Sydney Morning Herald', 'Subscribe', 'Log in', ...sNav, 'Advertisement', 'National', 'NSW', 'Share', 'Save',
    'Gift this article', 'Normal text size', 'Larger text size', 'The new wharf at Silverwater Bend has been finished but will not open until next year.',
    'Credit: Nadia Coe', 'Related Article', ...sRelated, 'Morning Edition', 'Get the day’s most important stories delivered to your inbox.', 'Sign up',
    'Comments are open for this article.', 'Show comments', 'Lachlan Pryor is the transport reporter for The Sydney Morning Herald.', 'Connect via X',
    'More from NSW', ...sMore, ...sFoot, ...sFoot2, 'Copyright © 2026 Nine Entertainment Co.',
  ],
};

export const HELDOUT262_A: readonly TestPage[] = [irishTimes, smh];

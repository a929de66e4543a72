import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file c2: a Toronto Star GTA story on the BLOX (TownNews) template: the top bar with "Sign In" and
 * "Subscribe", the main nav and hidden flyout, the kicker, headline and subhead, the byline list with title and date, the
 * share bar with screen-reader labels, the lead photo with caption and credit, the body with "Article continues below
 * advertisement" slots and a related-story box, the tags, "Report an error" and standards links, the Viafoura comments
 * notice and sign-in prompt, the partner rail and the footer.
 */
export const tsTitle = 'TTC to add four overnight streetcar routes after late-night ridership jumps 40 per cent';
export const tsDek = 'The new services will start in May and run every 20 minutes between 1:30 a.m. and 5 a.m.';
export const tsP = paras(`
The TTC will add four overnight streetcar routes this spring after a sharp rise in the number of people travelling across the
city in the early hours, the transit agency announced Wednesday.

The new routes, which will run on King, Queen, Dundas and Spadina-Harbourfront corridors, are expected to begin service in May
and run every 20 minutes between 1:30 a.m. and 5 a.m. They join the existing network of overnight bus routes, which carried an
average of 28,000 riders a night last year.

That figure is up 40 per cent from 2022, according to a staff report going to the TTC board next week. The report says much of
the growth has come from workers in hospitals, warehouses, hotels and restaurants whose shifts end after the subway closes.

“These are people who keep the city running while the rest of us sleep,” TTC chair Rosa Mendonça said at a news conference at
the Roncesvalles carhouse. “For too long, they have been waiting 40 minutes for a crowded bus in the cold.”

The report estimates the new routes will cost $6.8 million a year to operate, largely for the operators and maintenance
staff needed on night shifts. The agency says it can run them with its existing fleet, because most streetcars sit idle
overnight.

Staff considered extending subway hours instead, but rejected the idea because the system relies on a nightly shutdown for track
inspections and repairs. Keeping Line 1 open an extra hour on weeknights would cost roughly four times as much and delay
maintenance work, the report says.

Transit advocates welcomed the announcement but said the frequency should be higher. “Twenty minutes is a start, but if you miss
one at 3 a.m. you are still standing outside for a long time,” said Devika Rampersaud of the group Fair Fares GTA. She said
surveys by her organization found that many overnight riders feel unsafe at isolated stops.

The TTC said it would add lighting and real-time arrival screens at 30 of the busiest overnight stops, and that community safety
ambassadors would ride some routes on Friday and Saturday nights during the first three months.

Coun. Bruno Acheampong, who represents a ward along the Dundas corridor, said residents had raised concerns about noise from
streetcars at night, particularly on curves. The agency said it would monitor noise levels and apply lubricant to the worst
sections of track.

If the board approves the plan on Jan. 23, the routes will be added to the spring service change that takes effect May 11.
`);
export const tsTop = ['Sign In', 'Subscribe', 'Today’s Paper', 'Newsletters'];
export const tsNav = lines(`
Home
GTA
Canada
Politics
World
Business
Investigations
Opinion
Sports
Life
Entertainment
Real Estate
`);
export const tsShare = ['Facebook', 'X', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
export const tsCaption = 'An overnight bus waits at Dufferin Gate. The TTC says overnight ridership has grown 40 per cent since 2022.';
export const tsCredit = 'Lance McMillan Toronto Star';
export const tsAd = 'Article continues below advertisement';
export const tsRelated = ['Related Stories', 'TTC board approves fare freeze for 2025', 'Why Toronto’s subway closes earlier than Montreal’s'];
export const tsTags = ['Toronto Transit Commission', 'Transit', 'Toronto'];
export const tsLinks = ['Report an error', 'Journalistic Standards', 'About The Star'];
export const tsComments = [
  'Comments are the opinions of our readers and are subject to the Code of Conduct. The Star does not endorse these opinions.',
  'Sign in to join the conversation',
  '37 Comments',
];
export const tsPartners = lines(`
More from The Star & partners
Ontario to cap licence plate sticker fees, Ford says
Downtown condo prices slide for sixth straight month
Maple Leafs’ depth scoring finally shows up in win over Ottawa
`);
export const tsFoot = lines(`
About
Contact Us
Advertise
Careers
Corrections
Subscription
Today’s Paper
Newsletters
Terms of Use
Privacy Policy
Accessibility
`);
export const tsCopy = '© Copyright Toronto Star Newspapers Ltd. All rights reserved.';
const li = (t: string): string => `<li><a href="/${slugify(t)}/">${esc(t)}</a></li>`;
const ad = (n: number): string => `<div class="tnt-ads-container hidden-print" id="tncms-region-article_instory_${n}">
<p class="tnt-ads-label text-muted">${tsAd}</p><div id="tncms-block-${n}" class="tnt-ads"></div></div>`;
const related = `<aside class="inline-asset-list card-panel"><header class="block-title"><h4 class="block-title-inner">${tsRelated[0]}</h4></header><ul>
${tsRelated
  .slice(1)
  .map((t) => `<li class="tnt-asset-type-article"><a href="/news/gta/${slugify(t)}/article_2f.html"><h5 class="tnt-headline">${t}</h5></a></li>`)
  .join('\n')}</ul></aside>`;
const body = [
  ...tsP.slice(0, 3).map((p) => `<p>${p}</p>`),
  ad(1),
  ...tsP.slice(3, 6).map((p) => `<p>${p}</p>`),
  related,
  ...tsP.slice(6, 8).map((p) => `<p>${p}</p>`),
  ad(2),
  ...tsP.slice(8).map((p) => `<p>${p}</p>`),
].join('\n');
export const tsHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TTC to add four overnight streetcar routes after late-night ridership jumps 40 per cent</title>
<meta name="description" content="${tsDek}"><meta property="og:title" content="${tsTitle}"><meta property="og:site_name" content="Toronto Star">
<meta name="author" content="Ilse Vandermeer"><meta property="article:section" content="GTA"><meta name="tncms-access-version" content="1736952000">
<link rel="canonical" href="https://www.thestar.example/news/gta/ttc-overnight-streetcar-routes/article_8c41e2f4.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tsTitle}","description":"${tsDek}",
"datePublished":"2025-01-15T15:41:00-05:00","author":[{"@type":"Person","name":"Ilse Vandermeer"}],"isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"Toronto Star"}}</script>
<link rel="stylesheet" href="https://bloximages.example/thestar.com/shared-content/art/tncms/templates/flex/bootstrap/resources/styles/bootstrap.min.css">
<script>var __tnt = {"user":{"anonymous":true},"article":{"uuid":"8c41e2f4","section":"news/gta","access":"subscriber-premium"}};</script>
</head><body class="app-public asset-page fixed-nav-sticky" data-asset-uuid="8c41e2f4"><div id="site-container">
<a class="sr-only sr-only-focusable" href="#main-page-container">Skip to main content</a>
<header id="site-header" class="hidden-print"><div id="site-top-nav-container"><div id="site-top-nav" class="container">
<ul class="nav navbar-right">${tsTop.map(li).join('')}</ul></div></div>
<div id="main-navigation"><a class="navbar-brand" href="/" aria-label="Toronto Star"><img alt="Toronto Star" src="https://bloximages.example/logo.svg"></a>
<ul id="main-nav_menu" class="nav navbar-nav">${tsNav.map(li).join('\n')}</ul></div>
<div id="site-navbar-flyout" class="offcanvas-drawer" aria-hidden="true" hidden><ul class="nav">${tsNav.map(li).join('\n')}</ul></div></header>
<div id="main-page-container"><section id="main-body-container"><div class="row"><div class="col-lg-8 col-md-8 main-content">
<article itemscope itemtype="http://schema.org/NewsArticle" class="asset story" id="article_8c41e2f4">
<header class="asset-header"><div class="meta"><span class="kicker text-uppercase"><a href="/news/gta/">GTA</a></span>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${tsTitle}</span></h1>
<h2 class="subhead"><span class="tnt-subheadline" itemprop="alternativeHeadline">${tsDek}</span></h2>
<ul class="list-inline"><li><span class="tnt-byline asset-byline">By <a href="/users/profile/ivandermeer/" rel="author">Ilse Vandermeer</a></span>
<span class="tnt-byline-title">Transportation Reporter</span></li>
<li><time datetime="2025-01-15T15:41:00-05:00" class="tnt-date asset-date text-muted">Jan. 15, 2025</time></li></ul></div></header>
<div class="asset-masthead"><div class="share-container content-above"><ul class="list-inline">
${tsShare
  .map(
    (t) => `<li class="share share-${slugify(t)}"><a class="btn btn-sm" href="#"><span class="fas tnt-${slugify(t)}"></span>
<span class="tnt-sr-only">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<figure class="photo layout-horizontal"><div class="image"><img class="img-responsive lazyload" alt="Overnight bus at Dufferin Gate"
data-src="https://bloximages.example/thestar.com/content/tncms/assets/v3/editorial/a/1c/a1c.image.jpg?resize=1200%2C800"></div>
<figcaption class="caption-container"><div class="caption-text"><p>${tsCaption}</p></div><div class="photo-credit">${tsCredit}</div></figcaption></figure></div>
<div class="asset-body"><div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
${body}
</div></div>
<div class="asset-tags"><ul class="list-inline">${tsTags.map((t) => `<li><a class="tnt-tag" href="/search/?k=${slugify(t)}">${t}</a></li>`).join('')}</ul></div>
<ul class="asset-standards list-inline">${tsLinks.map(li).join('')}</ul>
<div id="comments" class="asset-comments"><p class="viafoura-notice">${tsComments[0]}</p><div class="viafoura">
<vf-conversations><button class="vf-sign-in">${tsComments[1]}</button><span class="vf-comment-count">${tsComments[2]}</span></vf-conversations>
</div></div></article></div>
<aside class="col-lg-4 col-md-4 hidden-print" id="sidebar"><section class="block">
<header class="block-title"><h3 class="block-title-inner">${esc(tsPartners[0] ?? '')}</h3></header><ul class="list-unstyled">
${tsPartners
  .slice(1)
  .map((t) => `<li class="tnt-asset-type-article"><a href="/news/${slugify(t)}/"><h4 class="tnt-headline">${t}</h4></a></li>`)
  .join('\n')}</ul></section>${ad(3)}</aside></div></section></div>
<footer id="site-footer" class="hidden-print"><ul class="list-inline">${tsFoot.map(li).join('\n')}</ul><p class="copyright">${tsCopy}</p></footer></div>
<script src="https://bloximages.example/thestar.com/shared-content/art/tncms/templates/flex/template/resources/scripts/tnt.js" defer></script>
</body></html>`;

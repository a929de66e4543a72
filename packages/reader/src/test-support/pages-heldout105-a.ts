import { links, ps, type TestPage, texts } from './page-kit.js';
import { globalStory } from './pages-heldout105-a2.js';

/**
 * Held-out batch 105, file a: a regional newspaper story on Arc XP (the Fusion "b-" and "c-" blocks: alert bar, section nav,
 * breadcrumb, headline and dek, author byline with published and updated times, share bar, the lead image with caption and
 * credit, in-body ad slots, an inline "Read more" link list, the correction line and the "Have a news tip?" box closing the
 * body, the tags, the newsletter sign-up, the "Most read" rail and the footer) and, from file a2, a Global News story on
 * WordPress VIP interrupted by "Story continues below advertisement" labels and a "Related video" player.
 */
const arTitle = 'Millbrook council votes to raise water rates 9 percent to pay for treatment plant';
const arDek = 'The increase, the largest in two decades, will add about $6 a month to the average household bill.';
const arP1 = [
  'MILLBROOK — The Millbrook City Council voted 5-2 on Tuesday night to raise water and sewer rates by 9 percent, clearing the way ' +
    'for a $48 million upgrade of the Sutter Road treatment plant that state regulators have been pressing the city to finish since 2021.',
  'The increase takes effect July 1 and will add about $6.20 a month to the bill of a typical household that uses 5,000 gallons, ' +
    'according to figures from the city’s utilities department. Rates for businesses will rise by the same percentage.',
  'Council member Teresa Valdivia, who voted for the increase, said the city had run out of ways to delay the work. “Nobody up here ' +
    'wanted to do this,” she said. “But the plant is fifty years old, and the fines would cost people more than the repairs.”',
];
const arH1 = 'Plant under state order';
const arP2 = [
  'The Sutter Road plant treats wastewater for about 61,000 residents in Millbrook and two neighboring townships. In 2021 the state ' +
    'Department of Environmental Quality found that it had exceeded its permitted limits for ammonia on 14 days in a single year and ' +
    'ordered the city to submit a plan to bring it into compliance.',
  'That plan calls for replacing the aeration basins, adding a second clarifier and rebuilding the pump station that floods during ' +
    'heavy storms. The city has secured a $12 million low-interest state loan; the rest will be paid for with bonds repaid from rates.',
  'Utilities director Gareth Okonjo told the council that bids opened in March came in 18 percent above the engineers’ estimate, ' +
    'largely because of the price of steel and electrical equipment.',
];
const arH2 = 'Residents push back';
const arP3 = [
  'More than 40 people spoke during a public hearing that ran past 10 p.m. Several said they understood the need for the work but ' +
    'asked the council to phase the increase in over three years.',
  'Retired teacher Lorna Fitch, who lives on a fixed income on the city’s east side, said her bill had already gone up twice since ' +
    '2022. “Every time it is only a few dollars,” she said. “It adds up when you are counting every one of them.”',
  'Council members Dwight Haskell and Paula Ng voted against the increase. Haskell said he would have preferred to use part of the ' +
    'city’s $9 million reserve fund to soften the first year.',
  'The council also approved an expansion of the city’s assistance program, which gives a 30 percent discount to households earning ' +
    'less than twice the federal poverty level. About 1,100 households are enrolled; staff expect that to double.',
  'Construction is expected to begin in September and take about two and a half years.',
];
const arCorrection = 'This story has been corrected to reflect that the rate increase takes effect July 1, not June 1, and that the state loan is $12 million.';
const arTip = ['Have a news tip?', 'Email us at tips@millbrookledger.example or call 555-0142. You can also send us a confidential tip.'];
const arNav = ['News', 'Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Obituaries', 'E-Edition'];
const arAlert = 'Limited time: Get unlimited digital access for $1 a week';
const arCrumbs = ['News', 'Local'];
const arBylines = ['By Hannah Kerrigan', 'Published June 11, 2025 at 11:48 p.m. EDT', 'Updated June 12, 2025 at 9:05 a.m. EDT'];
const arShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'];
const arCaption = 'The Sutter Road wastewater treatment plant in Millbrook on Monday.';
const arCredit = 'Photo by Luis Mendoza / Millbrook Ledger';
const arRead = ['Read more', 'Millbrook weighs bond sale for treatment plant repairs', 'State fines city over ammonia levels at Sutter Road plant'];
const arTags = ['Millbrook', 'City Council', 'Water', 'Utilities'];
const arNews = ['Get the Morning Ledger', 'The day’s top local stories, delivered to your inbox every weekday.', 'Sign up', 'Enter your email address'];
const arMost = [
  'Most read',
  'Fire destroys vacant warehouse on Canal Street',
  'Millbrook High names new football coach',
  'What to know about the Route 9 closure this weekend',
  'Longtime diner owner retires after 38 years',
];
const arFoot = ['About Us', 'Contact Us', 'Advertise', 'Careers', 'Terms of Service', 'Privacy Policy', 'Do Not Sell My Personal Information'];
const arCopy = '© 2025 The Millbrook Ledger. All rights reserved.';
const arPs = (a: readonly string[]): string => ps(a, ' class="c-paragraph" data-pb-field="content"');
const arAd = (
  n: number,
): string => `<div class="arcad-feature b-ad" data-ad-name="inline-${n}"><div class="arcad-container"><p class="ad-label">Advertisement</p>
<div id="arcad_inline-${n}" class="arcad" data-slot="/21812345/ledger/news/local"></div></div></div>`;
const arH = (t: string): string => `<h2 class="c-heading b-article-body__heading">${t}</h2>`;
const arHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Millbrook council votes to raise water rates 9 percent to pay for treatment plant – Millbrook Ledger</title>
<meta name="description" content="${arDek}"><meta property="og:type" content="article"><meta property="og:title" content="${arTitle}">
<meta property="article:section" content="Local"><meta name="author" content="Hannah Kerrigan">
<link rel="canonical" href="https://www.millbrookledger.example/news/local/2025/06/11/millbrook-council-water-rates/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${arTitle}","datePublished":"2025-06-12T03:48:00Z",
"dateModified":"2025-06-12T13:05:00Z","author":[{"@type":"Person","name":"Hannah Kerrigan"}],
"publisher":{"@type":"Organization","name":"Millbrook Ledger"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="millbrook-ledger";Fusion.deployment="1432";</script>
<link rel="stylesheet" href="/pf/resources/dist/millbrook-ledger/css/style.css?d=1432"></head>
<body><div id="fusion-app" class="layout-section"><div class="b-alert-bar"><a href="/subscribe/?promo=alertbar">${arAlert}</a></div>
<header class="b-header-nav-chain"><nav id="main-nav" class="b-header-nav-chain__nav" aria-label="Sections Menu">
<a class="b-header-nav-chain__logo" href="/"><img src="/pf/resources/images/ledger-logo.svg" alt="Millbrook Ledger"></a>
<ul class="c-link-list">${links(arNav, 'c-link-list__item')}</ul><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button c-button--secondary" href="/account/login/">Sign In</a></nav></header>
<main id="main" class="b-right-rail"><div class="b-right-rail__main">
<nav class="b-breadcrumbs" aria-label="Breadcrumbs"><ol>${links(arCrumbs, 'b-breadcrumbs__item')}</ol></nav>
<h1 class="c-heading b-headline">${arTitle}</h1><h2 class="c-heading b-subheadline">${arDek}</h2>
<div class="b-byline"><span class="c-attribution">By <a href="/people/hannah-kerrigan/">Hannah Kerrigan</a></span></div>
<div class="b-date"><time datetime="2025-06-12T03:48:00Z">Published June 11, 2025 at 11:48 p.m. EDT</time>
<time datetime="2025-06-12T13:05:00Z">Updated June 12, 2025 at 9:05 a.m. EDT</time></div>
<div class="b-share-bar">${arShare
  .map(
    (t) => `<button class="c-button c-button--icon" aria-label="${t}"><span class="visually-hidden">${t}</span>
</button>`,
  )
  .join('')}</div>
<figure class="b-lead-art"><img src="https://www.millbrookledger.example/resizer/v2/plant.jpg?auth=1a2b&amp;width=1200" alt="Treatment plant">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${arCaption}</span>
<span class="c-media-item__credit">${arCredit}</span></figcaption></figure>
<article class="b-article-body">
${arPs(arP1.slice(0, 2))}
${arAd(1)}
${arPs(arP1.slice(2))}
${arH(arH1)}
${arPs(arP2)}
<div class="c-link-list b-article-body__interstitial"><p class="c-link-list__title">${arRead[0]}</p><ul>${links(arRead.slice(1))}</ul></div>
${arH(arH2)}
${arPs(arP3.slice(0, 3))}
${arAd(2)}
${arPs(arP3.slice(3))}
<p class="c-paragraph"><i>${arCorrection}</i></p>
<div class="c-html-block news-tip-box"><h3>${arTip[0]}</h3><p>${arTip[1]}</p></div>
</article>
<div class="b-tag-list"><span class="b-tag-list__label">Tags:</span><ul>${links(arTags, 'c-tag')}</ul></div>
<section class="b-newsletter-signup"><h2>${arNews[0]}</h2><p>${arNews[1]}</p><form><label class="visually-hidden" for="nl-email">${arNews[3]}</label>
<input id="nl-email" type="email" placeholder="Email"><button type="submit">${arNews[2]}</button></form></section></div>
<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2 class="b-top-table-list__title">${arMost[0]}</h2>
<ol>${links(arMost.slice(1), 'b-top-table-list__item')}</ol></div>${arAd(3)}</aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(arFoot)}</ul><p class="b-footer__copyright">${arCopy}</p></footer></div>
<script src="/pf/dist/engine/react.js?d=1432" defer></script><script id="fusion-engine-script" src="/pf/dist/engine/default.js?d=1432" defer></script>
</body></html>`;
const arcStory: TestPage = {
  html: arHtml,
  name: 'heldout105-arc-news-correction',
  kind: 'news',
  // the dek is body; the italic correction line and the news-tip box closing the body are furniture
  title: arTitle,
  headings: [arH1, arH2],
  body: [arDek, ...texts(arP1), ...texts(arP2), ...texts(arP3)],
  bylines: arBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    arAlert, ...arNav, 'Subscribe', 'Sign In', ...arShare, arCaption, arCredit, 'Advertisement', ...arRead, arCorrection, ...arTip, 'Tags:',
    ...arTags, ...arNews, ...arMost, ...arFoot, arCopy,
  ],
};

export const HELDOUT105_A: readonly TestPage[] = [arcStory, globalStory];

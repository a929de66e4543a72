import { links, type TestPage, texts } from './page-kit.js';
import { starTribune } from './pages-heldout142-a2.js';

/**
 * Held-out batch 142, file a: a Tampa Bay Times local news story on the Arc XP (Fusion) template as a browser saves it (the
 * "Skip to main content" link, the breaking-news bar, the masthead with "Subscribe" and "Log in", the section nav with its
 * hidden mobile drawer copy, the section label, headline, summary, byline with "Times staff writer" and the Published /
 * Updated line, the share bar and "Gift this article", the lead photo with caption and credit, the free newsletter signup box
 * inside the story with its hidden "You’re all signed up!" state, an inline "Related" card, the ad slots, the "contributed"
 * line, the "Read more" rail and "Most popular" list, and the footer) and, from file a2, a Minnesota Star Tribune story.
 */
const tbTitle = 'Palm Hammock will buy flood-battered mobile home park and turn it into a stormwater pond';
const tbDeck =
  'The city’s $6.8 million deal with the owners of Sandpiper Cove ends a two-year fight, but some residents say the relocation money will not go far enough.';
const tbP1 = texts([
  'PALM HAMMOCK — For the third time in four years, water from Bayou Tallow climbed over the seawall at Sandpiper Cove in late ' +
    'September and settled into the low streets of the 96-lot mobile home park, some of it as deep as a car’s door handles.',
  'On Thursday, city commissioners voted 4-1 to stop trying to keep the water out. They agreed to buy the 14-acre park from ' +
    'its owners for $6.8 million, pay to move the remaining residents and turn most of the land into a stormwater pond and ' +
    'wetland that engineers say will take pressure off the storm drains in three surrounding neighborhoods.',
  '“We have spent money on pumps, on sandbags, on emergency cleanup, and every year the water comes back,” said Mayor ' +
    'Denise Okafor, who voted for the purchase. “At some point the honest thing to do is to let this piece of ground do what ' +
    'it wants to do, which is hold water.”',
]);
const tbH1 = 'Where the money comes from';
const tbP2 = texts([
  'Most of the purchase price, about $5.1 million, will come from a state resilience grant the city won in the spring. The ' +
    'rest will come from the city’s stormwater fee, which rose by $2 a month for most homeowners last year.',
  'The owners, the Lindqvist family, had been trying to sell the park to a developer who planned townhomes on raised ' +
    'foundations. That plan stalled last year when the county’s flood maps were redrawn and the site was placed in a ' +
    'high-risk zone, city records show.',
  'City staff estimate the pond, which would be dug to about 9 feet and lined with native plants, could hold roughly 11 ' +
    'million gallons of water in a heavy storm. That is enough, engineers told commissioners, to cut street flooding on ' +
    'Heron Avenue and in the Gulfview Terrace neighborhood by about a third in a typical summer downpour.',
]);
const tbH2 = 'What residents get';
const tbP3 = texts([
  'About 60 households still live in the park. Under the agreement, each will receive between $14,000 and $22,000 to move, ' +
    'depending on the size and age of their home, plus free help from a relocation caseworker for a year.',
  'Several residents who spoke at Thursday’s meeting said that would not cover the cost of a new lot rent anywhere nearby. ' +
    'Lot rents in the county have climbed by more than 40 percent since 2021, according to a housing study the county ' +
    'released in June.',
  '“I am 71 years old, and I own my home outright,” said Walter Brisco, who has lived in Sandpiper Cove since 2009. “You ' +
    'are going to give me enough money to rent for maybe a year. Then what?”',
  'Commissioner Raymond Teel, the lone no vote, said he supported buying the park but wanted the city to hold off until it ' +
    'could add more relocation money. “We are doing the right thing for the drainage and the wrong thing for the people,” ' +
    'he said.',
]);
const tbH3 = 'What happens next';
const tbP4 = texts([
  'The sale is expected to close in January. Residents will have until the end of next June to leave, and the city plans to ' +
    'begin clearing the site in the fall of 2026.',
  'City Manager Elena Vasquez said staff would return to the commission next month with a proposal to add up to $500,000 ' +
    'from reserves to the relocation fund, and to work with the county’s housing authority to give Sandpiper Cove ' +
    'residents priority on its waiting list.',
  'Construction on the pond is expected to take about a year and a half. The plan also includes a walking path, a small ' +
    'parking lot and a fishing pier on the bayou side.',
]);
const tbNav = ['Local News', 'Florida Politics', 'Hurricanes', 'Sports', 'Opinion', 'Business', 'Life & Culture', 'Food', 'Things to Do', 'Obituaries'];
const tbCaption =
  'Water stands on Pelican Lane in the Sandpiper Cove mobile home park in Palm Hammock on Sept. 27, the day after the remnants of a ' +
  'tropical storm passed offshore.';
const tbCredit = '[ MARTA ILIESCU | Times ]';
const tbNews = [
  'Subscribe to our free Breaking News newsletter',
  'We’ll send you updates on major breaking news as it happens.',
  'Email Address',
  'Sign Up',
  'You’re all signed up!',
  'Want more of our free, weekly newsletters in your inbox? Let’s get started.',
  'Explore all your options',
];
const tbRelated = 'Pinellas beach towns weigh what to do with homes they bought after the storms';
const tbReadMore = [
  'St. Petersburg council delays vote on pier district parking garage',
  'Tampa Bay’s insurance crunch pushes more condo owners to sell',
  'Hillsborough school board approves new start times for 2026',
];
const tbPopular = [
  'A Clearwater couple bought a house sight unseen. Then the inspection came back.',
  'Rays announce spring training schedule at new ballpark',
  'Why is the water at Honeymoon Island so murky this fall?',
  'Tampa restaurant named one of the South’s best new places to eat',
];
const tbFoot = [
  'About Us',
  'Contact Us',
  'Corrections',
  'Advertise',
  'Careers',
  'Newsletters',
  'e-Newspaper',
  'Subscriber Services',
  'Privacy Policy',
  'Terms of Service',
  'Do Not Sell or Share My Personal Information',
];
const tbP = (a: readonly string[]): string => a.map((t) => `<p class="article__paragraph article__paragraph--left">${t}</p>`).join('\n');
const tbH = (t: string): string => `<h2 class="article__subheadline">${t}</h2>`;
const tbAd = (id: string): string => `<div class="ad-container ad-container--inline" id="arcad_${id}" data-ad-name="${id}"><p class="ad-label">Advertisement</p>
<div class="arcad" id="arcad_feature_${id}" style="min-height:250px"></div></div>`;
const tbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Palm Hammock will buy flood-battered mobile home park and turn it into a stormwater pond</title>
<meta name="description" content="${tbDeck}"><meta property="og:site_name" content="Tampa Bay Times"><meta property="og:type" content="article">
<meta property="og:title" content="${tbTitle}"><meta property="article:section" content="Local News"><meta name="author" content="Gabriel Ferrante">
<meta property="article:published_time" content="2025-10-02T18:41:00Z"><meta name="twitter:site" content="@TB_Times">
<link rel="canonical" href="https://www.tampabay.com/news/pinellas/2025/10/02/palm-hammock-sandpiper-cove-mobile-home-park-stormwater-pond/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tbTitle}","datePublished":"2025-10-02T18:41:00Z",
"dateModified":"2025-10-03T12:05:00Z","author":[{"@type":"Person","name":"Gabriel Ferrante"}],"isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"Tampa Bay Times"},"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".article__body"}}</script>
<link rel="stylesheet" href="/pf/resources/dist/tbt-theme/css/style.css?d=612"><script src="https://cdn.tinypass.example/api/tinypass.min.js" async></script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="tampabay";Fusion.contextPath="/pf";Fusion.deployment="612";</script></head>
<body class="page-article"><div id="fusion-app" class="fusion-app">
<a class="skip-link sr-only sr-only-focusable" href="#main">Skip to main content</a>
<div class="breaking-news-bar" role="region" aria-label="Breaking news"><span class="breaking-news-bar__label">Breaking</span>
<a class="breaking-news-bar__link" href="/news/weather/">Tropical Storm Ines forms in the Gulf; no threat to Tampa Bay expected this week</a></div>
<header class="site-header" role="banner"><div class="site-header__top"><button class="site-header__menu-btn" aria-controls="nav-drawer" aria-expanded="false">
<span class="sr-only">Open navigation menu</span></button><a class="site-header__logo" href="/">
<img src="/pf/resources/images/tbt-logo.svg" alt="Tampa Bay Times"></a>
<div class="site-header__actions"><a class="btn btn--subscribe" href="/subscribe/?utm_source=header">Subscribe</a>
<a class="btn btn--login" href="/account/login/">Log in</a></div></div>
<nav class="site-header__nav" aria-label="Sections"><ul class="nav-list">${links(tbNav, 'nav-list__item')}</ul></nav></header>
<div id="nav-drawer" class="nav-drawer" hidden><nav aria-label="Menu"><ul class="nav-drawer__list">${links(tbNav, 'nav-drawer__item')}</ul></nav></div>
${tbAd('leaderboard_top')}
<main id="main" class="main"><article class="article" data-content-id="3XQ7LYTYJVG4JLW2ZNR5D6KHWE">
<header class="article__header"><div class="article__section-label"><a href="/news/pinellas/">Pinellas</a></div>
<h1 class="headline article__headline">${tbTitle}</h1><p class="article__summary">${tbDeck}</p>
<div class="article__byline"><div class="byline">
<span class="byline__by">By</span> <a class="byline__author" href="/author/gabriel-ferrante/">Gabriel Ferrante</a>
<span class="byline__staff">Times staff writer</span></div><div class="article__timestamp"><span class="timestamp__published">Published Oct. 2</span>
<span class="timestamp__divider">|</span><span class="timestamp__updated">Updated Oct. 3</span></div></div>
<div class="share-bar" role="group" aria-label="Share this article"><button class="share-bar__btn share-bar__btn--gift">Gift this article</button>
<a class="share-bar__btn" href="https://www.facebook.com/sharer/sharer.php"><span class="sr-only">Share on Facebook</span></a>
<a class="share-bar__btn" href="https://twitter.com/intent/tweet"><span class="sr-only">Share on X</span></a>
<a class="share-bar__btn" href="mailto:?subject=Palm%20Hammock"><span class="sr-only">Share via email</span></a></div></header>
<figure class="article__lead-art"><img src="https://www.tampabay.example/resizer/v2/SANDPIPER.jpg?auth=9c1&amp;width=1200"
alt="Flooded street in a mobile home park">
<figcaption class="caption"><span class="caption__text">${tbCaption}</span> <span class="caption__credit">${tbCredit}</span></figcaption></figure>
<div class="article__body">
${tbP(tbP1.slice(0, 2))}
${tbAd('inline_1')}
${tbP(tbP1.slice(2))}
<div class="newsletter-signup newsletter-signup--inline" data-newsletter="breaking-news"><div class="newsletter-signup__form">
<h4 class="newsletter-signup__title">${tbNews[0]}</h4><p class="newsletter-signup__desc">${tbNews[1]}</p>
<form><label class="sr-only" for="nl-email">${tbNews[2]}</label><input id="nl-email" type="email" placeholder="Email Address">
<button type="submit">${tbNews[3]}</button></form></div><div class="newsletter-signup__success" hidden><h4>${tbNews[4]}</h4>
<p>${tbNews[5]}</p><a href="/newsletters/">${tbNews[6]}</a></div></div>
${tbH(tbH1)}
${tbP(tbP2)}
<aside class="related-card"><span class="related-card__label">Related</span>
<a class="related-card__link" href="/news/pinellas/2025/08/14/buyouts/">${tbRelated}</a></aside>
${tbH(tbH2)}
${tbP(tbP3.slice(0, 2))}
${tbAd('inline_2')}
${tbP(tbP3.slice(2))}
${tbH(tbH3)}
${tbP(tbP4)}
<p class="article__paragraph article__paragraph--left"><i>Times staff writer Noor Haddad contributed to this report.</i></p>
</div></article>
<section class="read-more" aria-label="Read more"><h2 class="read-more__title">Read more:</h2><ul>${links(tbReadMore, 'read-more__item')}</ul></section>
<aside class="most-popular"><h2 class="most-popular__title">Most popular</h2><ol>${links(tbPopular, 'most-popular__item')}</ol></aside>
${tbAd('rightrail')}</main>
<footer class="site-footer"><a class="site-footer__logo" href="/"><img src="/pf/resources/images/tbt-logo-white.svg" alt="Tampa Bay Times"></a>
<ul class="site-footer__links">${links(tbFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© 2025 All Rights Reserved | Tampa Bay Times</p></footer></div>
<script id="fusion-metadata">Fusion.globalContent={"_id":"3XQ7LYTYJVG4JLW2ZNR5D6KHWE","type":"story"};</script>
<script src="/pf/dist/engine/react.js?d=612" defer></script><script src="/pf/dist/components/combinations/default.js?d=612" defer></script></body></html>`;
const tampaBay: TestPage = {
  html: tbHtml,
  name: 'heldout142-tampabay-times-news',
  kind: 'news',
  // the summary under the headline is body; the "contributed to this report" line is a byline; the newsletter box, the
  // "Related" card, captions and credits, ad labels, read-more and most-popular rails are furniture
  title: tbTitle,
  headings: [tbH1, tbH2, tbH3],
  body: [tbDeck, ...tbP1, ...tbP2, ...tbP3, ...tbP4],
  bylines: ['Gabriel Ferrante', 'Times staff writer', 'Published Oct. 2', 'Updated Oct. 3', 'Times staff writer Noor Haddad contributed to this report.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Breaking', 'Tropical Storm Ines forms in the Gulf; no threat to Tampa Bay expected this week', 'Open navigation menu',
    'Subscribe', 'Log in', ...tbNav, 'Advertisement', 'Pinellas', 'Gift this article', 'Share on Facebook', 'Share on X', 'Share via email', tbCaption,
    tbCredit, ...tbNews, 'Related', tbRelated, 'Read more:', ...tbReadMore, 'Most popular', ...tbPopular, ...tbFoot,
    '© 2025 All Rights Reserved | Tampa Bay Times',
  ],
};

export const HELDOUT142_A: readonly TestPage[] = [tampaBay, starTribune];

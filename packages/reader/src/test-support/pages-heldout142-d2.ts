import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 142, file d2: a Dallas Morning News business story on its Arc XP template (skip link, the header with
 * "Subscribe" and "Sign In", the section nav and the hidden hamburger menu, the section label, headline, the summary, the
 * byline, the "time on date" stamps with "Updated at", the share and gift buttons, the lead photo with caption and credit,
 * the story with three subheads, an inline "Related" link paragraph in the house style, a newsletter signup box, ads, the
 * staff writer card with bio and contact links, the hidden paywall overlay, the "Top Stories from The Dallas Morning News"
 * rail and the footer).
 */
const dmTitle = 'Elm Ridge approves $3 billion data center campus despite worries over noise and water';
const dmDeck = 'The Collin County suburb’s council voted 5-2 after a six-hour hearing. Neighbors say they will keep fighting.';
const dmP1 = texts([
  'ELM RIDGE — A Virginia-based developer won approval early Wednesday to build a $3 billion data center campus on former ' +
    'cotton fields on the north edge of this fast-growing Collin County suburb, despite hours of objections from residents ' +
    'about noise, water use and strain on the state’s power grid.',
  'The City Council voted 5-2 shortly after 1 a.m. to rezone 310 acres for Halvorsen Digital, which plans six buildings of ' +
    'about 250,000 square feet each, to be built over eight years.',
]);
const dmH1 = 'A tax base the city wants';
const dmP2 = texts([
  'City officials said the project would become the largest single taxpayer in Elm Ridge within a decade, adding an ' +
    'estimated $14 million a year to the city’s general fund once fully built and helping pay for new fire stations and road ' +
    'work the city can’t afford now.',
  '“We have added 20,000 people in five years, almost all of them in houses,” Mayor Pro Tem Curtis Nwosu said. “Houses don’t ' +
    'pay for themselves. This does.”',
  'The developer agreed to a tax abatement that is smaller than it first sought, 50% for 10 years instead of 75% for 15, and ' +
    'to pay $6 million toward widening Farm-to-Market Road 1480, which runs along the site.',
]);
const dmH2 = 'Noise and water';
const dmP3 = texts([
  'More than 90 people signed up to speak, most of them from the Whitestone Crossing neighborhood, whose back fences sit ' +
    'about 600 feet from where the nearest building would go.',
  'Several said they had visited data centers in other North Texas cities and heard a constant hum from rooftop cooling ' +
    'equipment. “It is not loud like a train,” said Whitestone resident Priscilla Dunn. “It is loud like a refrigerator that ' +
    'never turns off, all night, forever.”',
  'Under the zoning, the buildings must stay under 55 decibels at the property line at night, and the developer must build ' +
    'a 20-foot earthen berm planted with trees along the neighborhood side.',
  'Halvorsen says the campus will use a closed-loop cooling system that recycles water rather than evaporating it, using ' +
    'roughly as much water a year as about 300 homes. Opponents pointed out that the company has not yet said where its ' +
    'backup water supply would come from during droughts.',
]);
const dmH3 = 'The power question';
const dmP4 = texts([
  'At full build-out, the campus could draw up to 600 megawatts, about as much as a mid-sized city. Halvorsen’s vice president ' +
    'for development, Nora Eckhart, said the company would pay for its own substation and had agreed to cut its use from the ' +
    'grid during emergencies.',
  'Council member Beatriz Salinas, who voted no, said the city was being asked to trust promises it could not enforce. “The ' +
    'grid is a state issue, the water is a regional issue, and the noise is our issue,” she said. “We are the only ones at ' +
    'this table who have to live with it.”',
  'A group of residents said Wednesday they were raising money to hire a lawyer and would look at a petition to force a ' +
    'citywide vote on the zoning change.',
]);
const dmNav = ['News', 'Sports', 'Business', 'Opinion', 'Arts & Entertainment', 'Food', 'Obituaries', 'E-Paper', 'Newsletters'];
const dmCaption = 'Farmland along FM 1480 in Elm Ridge, where Halvorsen Digital plans to build a six-building data center campus.';
const dmCredit = '(Lorena Vasquez / Staff Photographer)';
const dmRelated = 'Related: North Texas cities race to land data centers as power demand soars';
const dmNews = ['Business Brief', 'Get the latest business news from North Texas and beyond, sent every weekday.', 'Email', 'Sign Up'];
const dmBio =
  'Jared Tillman is a business reporter covering growth and development in Collin and Denton counties. He previously covered ' +
  'city hall for newspapers in Lubbock and Waco.';
const dmPaywall = ['Subscribe to keep reading', 'Get unlimited access to The Dallas Morning News for $1.', 'Already a subscriber?'];
const dmTop = [
  'DART board picks new route for Silver Line extension',
  'Texas Rangers name new pitching coach',
  'Dallas restaurant week returns with 120 spots',
  'How to see this week’s meteor shower in North Texas',
];
const dmFoot = ['About Us', 'Careers', 'Advertise', 'Contact Us', 'Customer Service', 'Corrections', 'Privacy Policy', 'Terms of Service'];
const dmP = (a: readonly string[]): string => a.map((t) => `<p class="body-text-paragraph">${t}</p>`).join('\n');
const dmH = (t: string): string => `<h2 class="body-heading">${t}</h2>`;
const dmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${dmTitle}</title>
<meta name="description" content="${dmDeck}"><meta property="og:site_name" content="Dallas News"><meta property="og:type" content="article">
<meta property="og:title" content="${dmTitle}"><meta property="article:section" content="Business">
<link rel="canonical" href="https://www.dallasnews.com/business/real-estate/2025/10/08/elm-ridge-approves-data-center-campus/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dmTitle}","description":"${dmDeck}",
"datePublished":"2025-10-08T11:00:00.000Z","dateModified":"2025-10-08T18:05:00.000Z","author":[{"@type":"Person","name":"Jared Tillman"}],
"isAccessibleForFree":false,"publisher":{"@type":"Organization","name":"The Dallas Morning News"}}</script>
<link rel="stylesheet" href="/pf/resources/dist/dmn/css/article.css?d=845"><script>window.Fusion=window.Fusion||{};Fusion.arcSite="dallasnews";</script></head>
<body><div id="fusion-app"><a class="skip-to-content" href="#main">Skip to content</a>
<header class="dmnc-header"><button class="dmnc-header__hamburger" aria-controls="hamburger-menu" aria-label="Open menu"></button>
<a class="dmnc-header__logo" href="/"><img src="/pf/resources/images/dmn-logo.svg" alt="The Dallas Morning News"></a>
<div class="dmnc-header__account"><a class="dmnc-button--subscribe" href="/subscribe/">Subscribe</a>
<a class="dmnc-header__sign-in" href="/login/">Sign In</a></div>
<nav class="dmnc-header__nav" aria-label="Sections"><ul>${links(dmNav, 'dmnc-header__nav-item')}</ul></nav></header>
<div id="hamburger-menu" class="dmnc-hamburger" hidden><ul>${links(dmNav, 'dmnc-hamburger__item')}</ul></div>
<main id="main"><article class="dmnc-article">
<header class="dmnc-article__header"><a class="dmnc-article__section" href="/business/real-estate/">Real Estate</a>
<h1 class="dmnc-article__headline">${dmTitle}</h1><p class="dmnc-article__summary">${dmDeck}</p>
<div class="dmnc-article__byline"><span>By </span><a class="dmnc-article__author" href="/author/jared-tillman/">Jared Tillman</a></div>
<div class="dmnc-article__timestamp"><time datetime="2025-10-08T11:00:00.000Z">6:00 AM on Oct 8, 2025 CDT</time>
<span class="dmnc-article__updated">Updated at 1:05 PM on Oct 8, 2025 CDT</span></div>
<div class="dmnc-share"><button class="dmnc-share__gift">Gift this article</button><button class="dmnc-share__button">Share</button></div></header>
<figure class="dmnc-article__lead-art"><img src="https://dmn-dallas-news-prod.cdn.arcpublishing.example/resizer/v2/FIELDS.jpg?auth=0b1&amp;width=1200"
alt="Flat farmland">
<figcaption><span class="dmnc-caption">${dmCaption}</span><span class="dmnc-credit">${dmCredit}</span></figcaption></figure>
<div class="dmnc-article__body">
${dmP(dmP1)}
<p class="body-text-paragraph related-link"><i><a href="/business/2025/09/12/north-texas-data-centers/">${dmRelated}</a></i></p>
${dmH(dmH1)}
${dmP(dmP2)}
<div class="dmnc-ad"><span class="dmnc-ad__label">Advertisement</span><div id="arcad_midarticle_1"></div></div>
${dmH(dmH2)}
${dmP(dmP3.slice(0, 2))}
<div class="dmnc-newsletter"><h3 class="dmnc-newsletter__title">${dmNews[0]}</h3><p>${dmNews[1]}</p>
<form><label for="dmnc-nl">${dmNews[2]}</label><input id="dmnc-nl" type="email"><button type="submit">${dmNews[3]}</button></form>
<p class="dmnc-newsletter__legal">By signing up, you agree to our Privacy Policy.</p></div>
${dmP(dmP3.slice(2))}
${dmH(dmH3)}
${dmP(dmP4)}
</div>
<div class="dmnc-author-card"><img src="/pf/resources/authors/jtillman.jpg" alt=""><div><p class="dmnc-author-card__name">Jared Tillman, Staff Writer</p>
<p class="dmnc-author-card__bio">${dmBio}</p><ul class="dmnc-author-card__links"><li><a href="mailto:jtillman@dallasnews.com">jtillman@dallasnews.com</a></li>
<li><a href="https://x.com/jaredtillman">jaredtillman</a></li></ul></div></div>
<div class="dmnc-paywall" hidden><h2>${dmPaywall[0]}</h2><p>${dmPaywall[1]}</p><a href="/subscribe/">Subscribe Now</a>
<p>${dmPaywall[2]} <a href="/login/">Sign in</a></p></div>
</article>
<section class="dmnc-top-stories"><h2>Top Stories from The Dallas Morning News</h2><ul>${links(dmTop, 'dmnc-top-stories__item')}</ul></section></main>
<footer class="dmnc-footer"><ul>${links(dmFoot, 'dmnc-footer__link')}</ul><p>Copyright © 2025 The Dallas Morning News. All rights reserved.</p></footer></div>
<script src="/pf/dist/engine/react.js?d=845" defer></script></body></html>`;
export const dallasNews: TestPage = {
  html: dmHtml,
  name: 'heldout142-dallasnews-news',
  kind: 'news',
  // the summary under the headline is body; the italic "Related:" link paragraph, the newsletter box, the staff writer card
  // (its name line and email are bylines), the hidden paywall, caption and credit and rails are furniture
  title: dmTitle,
  headings: [dmH1, dmH2, dmH3],
  body: [dmDeck, ...dmP1, ...dmP2, ...dmP3, ...dmP4],
  bylines: ['Jared Tillman', '6:00 AM on Oct 8, 2025 CDT', 'Updated at 1:05 PM on Oct 8, 2025 CDT', 'Jared Tillman, Staff Writer', 'jtillman@dallasnews.com'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Sign In', ...dmNav, 'Real Estate', 'Gift this article', 'Share', dmCaption, dmCredit, dmRelated, 'Advertisement',
    ...dmNews, 'By signing up, you agree to our Privacy Policy.', dmBio, 'jaredtillman', ...dmPaywall, 'Subscribe Now',
    'Top Stories from The Dallas Morning News', ...dmTop, ...dmFoot, 'Copyright © 2025 The Dallas Morning News. All rights reserved.',
  ],
};

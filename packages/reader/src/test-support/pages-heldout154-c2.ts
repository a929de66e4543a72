import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 154, file c2: a Philadelphia Inquirer story on its Arc XP template ("inq-" classes: the masthead with
 * "Sign Up for Newsletters", "Subscribe" and "Log In", the section nav, the kicker, the dek, "by ..." and the "Published"
 * time, the share tools, lead image with caption and credit, a "Read more" promo and a newsletter box inside the body,
 * "Advertisement" slots, the contributor line after the body, "Posted: ..." line, the "Related stories" rail, the footer
 * with its section lists, and the consent banner).
 */
const iqTitle = 'SEPTA says Route 15 trolleys will return to Girard Avenue this fall, five years after buses took over';
const iqDek = 'The agency blamed the delays on track work and a shortage of operators. Riders and business owners say they will believe it when they see it.';
const iqParas = [
  'Trolleys will roll down Girard Avenue again by November, SEPTA officials said Wednesday, ending a five-year stretch in which ' +
    'riders on one of the city’s most storied transit lines have made do with buses.',
  'The announcement came at a board committee meeting where the agency’s chief operating officer, Delia Fontaine, laid out a ' +
    'timeline for finishing track and overhead wire repairs along the 8.4-mile route, which runs from 63rd Street in West ' +
    'Philadelphia to Richmond Street in Port Richmond.',
  '“We know we have asked a lot of patience from these neighborhoods,” Fontaine said. “We are confident in this date.”',
  'The Route 15 was converted to buses in 2020 for what was supposed to be a one-year project to replace worn rails and rebuild ' +
    'the trolley loop at Richmond. The work was repeatedly pushed back, first by the pandemic, then by a dispute with a contractor ' +
    'and most recently by a shortage of trained trolley operators.',
  'SEPTA has since hired and trained 46 new operators and expects to have enough to run trolleys every 10 minutes at peak hours, ' +
    'Fontaine said. The agency will also bring back the refurbished PCC-style cars that had been stored at its Callowhill depot, ' +
    'with new air-conditioning and wheelchair lifts.',
  'For business owners along Girard, the return can’t come soon enough. Several said the trolley drew visitors to the corridor ' +
    'and that the buses, which get stuck behind double-parked cars, were slower and less reliable.',
  '“People come to Fishtown and ride the trolley because it’s a Philadelphia thing,” said Marisa Quintero, who owns a bakery near ' +
    'Girard and Frankford Avenues. “The bus is just a bus.”',
  'Transit advocates welcomed the timeline but said SEPTA should also make changes to speed up service, including signal priority ' +
    'at intersections and stricter enforcement against cars parked in the trolley lane.',
  'City Councilmember Harold Mbeki, whose district includes much of the route, said he would push for a parking enforcement ' +
    'pilot along Girard once trolleys return.',
  'The agency plans to run test trains on the route in September, Fontaine said. Riders can expect some weekend bus substitutions ' +
    'while crews finish the work.',
];
const iqContrib = 'Staff writer Owen Gallagher contributed to this article.';
const iqNav = ['News', 'Sports', 'Opinion', 'Politics', 'Business', 'Entertainment', 'Food', 'Life', 'Health', 'Real Estate', 'Obituaries'];
const iqTop = ['Sign Up for Newsletters', 'Subscribe', 'Log In'];
const iqShare = ['Share', 'Facebook', 'Email', 'Copy link', 'Gift this article'];
const iqCaption = 'A Route 15 trolley on Girard Avenue in 2019, before SEPTA replaced the service with buses.';
const iqCredit = 'Tom Gralish / Staff Photographer';
const iqReadMore = 'SEPTA’s new trolley cars are running late, and the agency doesn’t know when they will arrive';
const iqNews = ['The Morning Newsletter', 'Get the news you need to start your day', 'Your Email Address', 'Sign Up'];
const iqRelated = [
  'SEPTA fare increase takes effect Sunday. Here’s what to know.',
  'Regional Rail ridership is back to 70% of pre-pandemic levels',
  'What happened to the Roosevelt Boulevard subway?',
];
const iqFootHeads = ['News & Info', 'Marketplace', 'e-Editions'];
const iqFoot = [
  'About Us',
  'Advertise',
  'Contact Us',
  'Licensing & Permissions',
  'Careers',
  'Inquirer Store',
  'Jobs',
  'Today’s Paper',
  'Terms of Use',
  'Privacy Policy',
];
const iqCopy = '© 2025 The Philadelphia Inquirer, LLC';
const iqConsent = 'We use cookies to give you a better experience. By continuing to use the site, you agree to our use of cookies.';
const iqP = (a: readonly string[]): string => a.map((p) => `<p class="inq-p">${p}</p>`).join('\n');
const iqAd = (n: number): string =>
  `<div class="inq-ad inq-ad--inline" data-slot="cont${n}"><span class="inq-ad__label">Advertisement</span><div id="inq-ad-cont${n}"></div></div>`;
const iqLd = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iqTitle}","datePublished":"2025-05-21T19:30:00.000Z",
"author":[{"@type":"Person","name":"Sofia Reyes-Whitman"}],"publisher":{"@type":"Organization","name":"The Philadelphia Inquirer"}}`;
const iqHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SEPTA says Route 15 trolleys will return to Girard Avenue this fall</title><meta name="description" content="${iqDek}">
<meta property="og:title" content="${iqTitle}"><meta property="og:site_name" content="https://www.inquirer.example"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.inquirer.example/transportation/septa-route-15-trolley-return-girard-20250521.html">
<script type="application/ld+json">${iqLd}</script>
<script>window.inqDataLayer={"contentType":"story","section":"transportation","author":"Sofia Reyes-Whitman"};</script>
<link rel="stylesheet" href="/pf/dist/components/output-types/default.css?d=1094"></head>
<body class="inq-story"><div id="fusion-app"><a href="#main" class="inq-skip">Skip to content</a>
<header class="inq-header"><button class="inq-header__menu" aria-label="Open navigation menu"><span>Sections</span></button>
<a class="inq-header__logo" href="/"><span class="inq-sr-only">The Philadelphia Inquirer</span></a>
<ul class="inq-header__actions">${links(iqTop, 'inq-header__action')}</ul>
<nav class="inq-header__nav"><ul>${links(iqNav, 'inq-header__nav-item')}</ul></nav></header>
${iqAd(0)}
<main id="main" class="inq-main"><article class="inq-story__article">
<header class="inq-story__header"><a class="inq-kicker" href="/transportation/">Transportation</a>
<h1 class="inq-headline">${iqTitle}</h1><p class="inq-dek">${iqDek}</p>
<div class="inq-byline"><span class="inq-byline__by">by </span><a class="inq-byline__author" href="/author/reyes-whitman-sofia/">Sofia Reyes-Whitman</a></div>
<div class="inq-timestamp">Published <time datetime="2025-05-21T19:30:00.000Z">May 21, 2025, 3:30 p.m. ET</time></div>
<div class="inq-share">${iqShare.map((s) => `<button class="inq-share__btn" type="button">${s}</button>`).join('\n')}</div></header>
<figure class="inq-figure inq-figure--lead"><img src="/resizer/v2/route-15-trolley-2019.jpg?auth=7c1d&amp;width=1200" alt="" width="1200" height="800">
<figcaption class="inq-figure__caption"><span>${iqCaption}</span> <span class="inq-figure__credit">${iqCredit}</span></figcaption></figure>
<div class="inq-story__body">
${iqP(iqParas.slice(0, 3))}
<div class="inq-readmore"><span class="inq-readmore__label">Read more:</span>
<a href="/transportation/septa-trolley-cars-delay-20250110.html">${iqReadMore}</a></div>
${iqP(iqParas.slice(3, 5))}
${iqAd(1)}
${iqP(iqParas.slice(5, 7))}
<aside class="inq-newsletter-promo"><h4>${iqNews[0]}</h4><p>${iqNews[1]}</p><form><label class="inq-sr-only" for="nl">${iqNews[2]}</label>
<input id="nl" type="email" placeholder="${iqNews[2]}"><button type="submit">${iqNews[3]}</button></form></aside>
${iqP(iqParas.slice(7))}
<p class="inq-p inq-p--italic"><em>${iqContrib}</em></p>
</div>
<div class="inq-story__footer"><p class="inq-posted">Posted: <time datetime="2025-05-21T19:30:00.000Z">May 21, 2025 3:30 pm</time></p></div>
</article>
<aside class="inq-related"><h2 class="inq-related__title">Related stories</h2><ul>${links(iqRelated, 'inq-related__item')}</ul>${iqAd(2)}</aside></main>
<footer class="inq-footer">${iqFootHeads.map((h) => `<h3 class="inq-footer__heading">${h}</h3>`).join('')}
<ul class="inq-footer__links">${links(iqFoot, 'inq-footer__link')}</ul><p class="inq-footer__copyright">${iqCopy}</p></footer>
<div class="inq-consent" role="dialog"><p>${iqConsent}</p><button type="button">OK</button></div></div>
<script src="/pf/dist/engine/react.js?d=1094" defer></script></body></html>`;
export const inquirerPage: TestPage = {
  html: iqHtml,
  name: 'heldout154-inquirer-news',
  kind: 'news',
  // the dek is body; the italic "Staff writer ... contributed" line is a byline
  title: iqTitle,
  headings: [],
  body: [iqDek, ...texts(iqParas)],
  bylines: ['by Sofia Reyes-Whitman', 'Published May 21, 2025, 3:30 p.m. ET', iqContrib, 'Posted: May 21, 2025 3:30 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sections', 'The Philadelphia Inquirer', ...iqTop, ...iqNav, 'Advertisement', 'Transportation', ...iqShare, iqCaption, iqCredit,
    'Read more:', iqReadMore, ...iqNews, 'Related stories', ...iqRelated, ...iqFootHeads, ...iqFoot, iqCopy, iqConsent, 'OK',
  ],
};

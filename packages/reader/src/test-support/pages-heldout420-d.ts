import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout420-kit.js';

/**
 * Held-out batch 420, file d: a data protection authority's fine decision in English on a Next.js site (hashed CSS-module
 * class names, `__next` root, `__NEXT_DATA__` payload, language switcher, breadcrumbs, "Decision" label, date and
 * "Reading time" line, a facts table, "Share" buttons, "Related decisions" cards, newsletter box, consent banner, footer)
 * and an ASA-style advertising ruling (OneTrust banner, header menu, breadcrumbs, "Ruling details" sidebar with date,
 * complaint reference, media, sector and outcome, "Ad description / Issue / Response / Assessment / Action" sections,
 * "Latest rulings" list, footer).
 */
const dTitle = 'Fine of EUR 1.9 million imposed on Kestrel Mobility for tracking drivers outside working hours';
const dLead = [
  j(
    'The Data Inspectorate has fined the ride-hailing and delivery company Kestrel Mobility AB EUR 1.9 million after finding',
    'that it continued to collect the location of self-employed drivers after they had logged out of its app.',
  ),
];
const dH = ['Background', 'The Inspectorate\u2019s assessment', 'The fine', 'What happens next'];
const dBack = [
  j(
    'The case began with a complaint from a driver in Norrvik who received a warning from Kestrel for \u201cusing the vehicle for',
    'private trips\u201d. The warning cited journeys made on a Sunday, when the driver had not been logged in to the app.',
  ),
  j(
    'Our inspection showed that the driver app kept sending a location signal every five minutes for up to eight hours after',
    'logout. Kestrel stored these data points for 24 months and used them in an internal tool that flagged drivers with',
    '\u201cirregular activity\u201d.',
  ),
];
const dAssess = [
  j(
    'Kestrel argued that the tracking was necessary to detect fraud, such as drivers sharing accounts. The Inspectorate accepts',
    'that preventing fraud can be a legitimate interest, but the collection must be limited to what is necessary for that purpose.',
  ),
  'The Inspectorate found that Kestrel had infringed the GDPR in three ways:',
];
const dFindings = [
  'it processed location data without a legal basis after drivers had logged out (Article 6);',
  'it did not tell drivers that tracking continued after logout (Articles 12 and 13);',
  'it kept the data far longer than needed for any fraud check (Article 5(1)(e)).',
];
const dFine = [
  j(
    'When setting the amount, the Inspectorate took into account that around 14,000 drivers were affected over almost three',
    'years, that location data reveals a great deal about a person\u2019s private life, and that the drivers were in a dependent',
    'position. In Kestrel\u2019s favour, the company stopped post-logout tracking within two weeks of our inspection.',
  ),
];
const dCells = ['Company', 'Kestrel Mobility AB', 'Fine', 'EUR 1,900,000', 'Affected drivers', 'About 14,000', 'Period', 'March 2022 to December 2024'];
const dNext = [
  j(
    'Kestrel must also delete all location data collected after logout within three months. The company can appeal the',
    'decision to the Administrative Court within three weeks of receiving it.',
  ),
  j(
    '\u201cGig workers are entitled to a private life when they are not working. An app should not follow you home,\u201d says',
    'Ingrid Sollevik, head of unit at the Data Inspectorate.',
  ),
];
const dNav = ['For individuals', 'For organisations', 'Decisions', 'Guidance', 'News', 'About us'];
const dCrumbs = ['Home', 'Decisions', 'Fines'];
const dShare = ['Share on LinkedIn', 'Share by email', 'Copy link'];
const dRel = ['Reprimand to Ostervik municipality over school camera surveillance', 'Fine for a dental chain that emailed patient records to the wrong clinic'];
const dFoot = ['Contact us', 'Press', 'Accessibility', 'Privacy policy', 'Cookie settings'];
const row = (a: string, b: string): string => `<tr class="FactsTable_row__a81Kd"><th scope="row">${a}</th><td>${b}</td></tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${dTitle} | Data Inspectorate</title>
<meta name="description" content="The Data Inspectorate has fined Kestrel Mobility AB EUR 1.9 million."><meta property="og:type" content="article">
<meta property="og:title" content="${dTitle}"><meta name="next-head-count" content="7"><link rel="preload" href="/_next/static/css/8c1f2a9e0b.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8c1f2a9e0b.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-03-31",
"publisher":{"@type":"GovernmentOrganization","name":"Data Inspectorate"}}</script>
<script src="/_next/static/chunks/webpack-4d2b7e.js" defer></script><script src="/_next/static/chunks/pages/_app-91fa0c.js" defer></script></head>
<body><div id="__next"><div class="Layout_layout__Zq1pL"><a href="#content" class="SkipLink_skip__3kT0v">Skip to content</a>
<header class="Header_header__x7Kq2"><div class="Header_inner__b2LmQ"><a href="/en" class="Header_logo__uW9sE" aria-label="Data Inspectorate, home">
<svg class="Logo_svg__Pq0aa" aria-hidden="true"></svg></a><nav class="MainNav_nav__Kk2Hf" aria-label="Main"><ul class="MainNav_list__f0Ww1">${links(
  dNav,
  'MainNav_item__r3Ddq',
)}</ul></nav>
<div class="LangSwitch_switch__Ge7pQ"><a href="/sv" lang="sv" class="LangSwitch_link__x0aZ1">Svenska</a></div></div></header>
<nav class="Breadcrumbs_breadcrumbs__m5nT2" aria-label="Breadcrumbs"><ol>${links(dCrumbs, 'Breadcrumbs_item__Lq3sD')}</ol></nav>
<main id="content" class="ArticlePage_main__Wf81c"><article class="ArticlePage_article__hR4Ye"><div class="ArticleHeader_header__P0k3r">
<span class="Tag_tag__Vn2bS">Decision</span><h1 class="ArticleHeader_title__gq7Jt">${dTitle}</h1>
<div class="ArticleHeader_meta__S8xQe"><time dateTime="2026-03-31">31 March 2026</time><span class="ArticleHeader_dot__Mm1nZ" aria-hidden="true"></span>
<span>Reading time: 4 min</span></div></div>
<div class="RichText_richText__wKd2A"><p class="RichText_ingress__u8Mkb">${dLead[0] ?? ''}</p>
<h2>${dH[0]}</h2>
${ps(dBack)}
<h2>${dH[1]}</h2>
${ps(dAssess)}
<ul>${lis(dFindings)}</ul>
<h2>${dH[2]}</h2>
${ps(dFine)}
<table class="FactsTable_table__c6Bf0"><tbody>${row('Company', 'Kestrel Mobility AB')}${row('Fine', 'EUR 1,900,000')}
${row('Affected drivers', 'About 14,000')}${row('Period', 'March 2022 to December 2024')}</tbody></table>
<h2>${dH[3]}</h2>
${ps(dNext)}
</div>
<div class="ShareBar_share__z2Rte"><span class="ShareBar_label__kP9Ab">Share</span><ul>${links(dShare, 'ShareBar_item__qq0Zt')}</ul></div></article>
<section class="RelatedList_related__Yh2Ff"><h2 class="RelatedList_title__m8Wq0">Related decisions</h2><ul>${links(dRel, 'Card_card__Jx4nE')}</ul></section>
<section class="Newsletter_newsletter__Tz5Ek"><h2>Get our newsletter</h2><p>News about decisions and guidance, once a month.</p>
<form><input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Subscribe</button></form></section></main>
<footer class="Footer_footer__VnB1k"><ul class="Footer_links__Nd0aW">${links(dFoot)}</ul><p class="Footer_address__mQ4vE">Data Inspectorate, Box 4107,
Norrvik</p></footer>
<div class="ConsentBanner_banner__h1Rr9" role="dialog" aria-label="Cookies"><p class="ConsentBanner_text__Fe2Po">We only use cookies that are necessary for
the website to work, and, if you agree, analytics cookies.</p><button class="Button_primary__y6a0B">Accept analytics</button><button
class="Button_secondary__tT8pS">Necessary only</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"id":"dec-2026-114","type":"decision","locale":"en"}}},
"page":"/[locale]/decisions/[slug]","query":{"locale":"en","slug":"kestrel-mobility"},"buildId":"r8Xk2mQ","isFallback":false,"gssp":true}</script>
</body></html>`;
const dpa: TestPage = {
  name: 'heldout420-dpa-nextjs-fine-decision',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dLead, ...dBack, ...dAssess, ...dFindings, ...dFine, ...dCells.filter((_, i) => i % 2 === 1), ...dNext]),
  bylines: ['31 March 2026', 'Reading time: 4 min'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...dNav, 'Svenska', 'Decision', 'Share on LinkedIn', 'Share by email', 'Copy link', 'Related decisions', ...dRel,
    'Get our newsletter', 'News about decisions and guidance, once a month.', 'Subscribe', ...dFoot, 'Data Inspectorate, Box 4107, Norrvik',
    'We only use cookies that are necessary for the website to work, and, if you agree, analytics cookies.', 'Accept analytics', 'Necessary only',
  ],
};

const aTitle = 'ASA Ruling on Glenmoor Spirits Ltd t/a Fernhollow Gin';
const aH = ['Ad description', 'Issue', 'Response', 'Assessment', 'Action'];
const aDesc = [
  j(
    'A post on Fernhollow Gin\u2019s Instagram page, seen on 12 November 2025, showed a woman on a paddleboard holding a glass of',
    'gin and tonic. The caption stated \u201cSundays were made for this. Paddle out, pour up, feel unstoppable',
    '#FernhollowFeeling\u201d.',
  ),
];
const aIssue = [
  j(
    'The complainant, who believed the ad linked alcohol with a hazardous activity and implied it could enhance confidence,',
    'challenged whether the ad breached the Code.',
  ),
];
const aResp = [
  j(
    'Glenmoor Spirits Ltd said the photograph was staged on a calm lake in shallow water and that the model had not drunk',
    'alcohol during the shoot. They said the phrase \u201cfeel unstoppable\u201d referred to the feeling of a weekend rather than to',
    'the effects of the drink. They had removed the post as soon as they were contacted by the ASA.',
  ),
];
const aAssess = [
  j(
    'The CAP Code stated that marketing communications must not portray or imply the consumption of alcohol before or during',
    'activities or locations in which drinking would be unsafe, and must not imply that alcohol could enhance confidence.',
  ),
  j(
    'Although the water appeared calm, paddleboarding was an activity that required balance and awareness, and consumers',
    'would understand the woman to be drinking while on the board. We considered that combining that image with the claim',
    '\u201cfeel unstoppable\u201d suggested that drinking the gin would make her feel more capable or daring.',
  ),
  'We welcomed the advertiser\u2019s prompt removal of the post, but concluded that it breached the Code.',
  'The ad breached CAP Code (Edition 12) rules 18.1, 18.4 and 18.5 (Alcohol).',
];
const aAction = [
  j(
    'The ad must not appear again in the form complained of. We told Glenmoor Spirits Ltd not to portray alcohol being',
    'consumed during hazardous activities and not to imply that alcohol could enhance confidence or performance.',
  ),
];
const aDetails = ['Date: 16 April 2026', 'Complaint ref: A25-1304871', 'Media: Social media (own site)', 'Sector: Alcohol', 'Number of complaints: 1'];
const aNav = ['Advice & resources', 'Codes & rulings', 'Make a complaint', 'News', 'About ASA and CAP'];
const aCrumbs = ['Home', 'Codes and rulings', 'Rulings'];
const aLatest = ['ASA Ruling on Tidewell Energy Ltd', 'ASA Ruling on Quillon Pharmacy Ltd', 'ASA Ruling on Harrowgate Motors Ltd'];
const aFoot = ['Contact us', 'Careers', 'Privacy notice', 'Cookie policy', 'Accessibility', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${aTitle} - ASA | CAP</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="ASA Ruling on an Instagram post for Fernhollow Gin."><meta property="og:title" content="${aTitle}">
<link rel="canonical" href="https://www.asa.org.uk/rulings/glenmoor-spirits-ltd-a25-1304871-glenmoor-spirits-ltd.html">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="2f8c5e9a-asa"></script>
<script>function OptanonWrapper(){}</script><link rel="stylesheet" href="/asset/css/site.min.css"></head>
<body class="template-ruling"><a class="skip-to-content" href="#main">Skip to content</a>
<header class="site-header"><div class="wrapper"><a class="logo" href="/"><img src="/asset/img/asa-cap-logo.svg" alt="ASA and CAP"></a>
<nav class="main-nav"><ul>${links(aNav, 'main-nav__item')}</ul></nav><form class="search-form" action="/search.html"><input type="search"
name="q" placeholder="Search the site"><button type="submit">Search</button></form></div></header>
<div class="breadcrumbs wrapper"><ul>${links(aCrumbs, 'breadcrumbs__item')}</ul></div>
<main id="main" class="wrapper ruling-layout"><div class="content-col"><h1 class="page-title">${aTitle}</h1>
<div class="ruling-outcome ruling-outcome--upheld"><span class="ruling-outcome__label">Upheld</span></div>
<div class="rich-text ruling-body">
<h2>${aH[0]}</h2>
${ps(aDesc)}
<h2>${aH[1]}</h2>
${ps(aIssue)}
<h2>${aH[2]}</h2>
${ps(aResp)}
<h2>${aH[3]}</h2>
${ps(aAssess)}
<h2>${aH[4]}</h2>
${ps(aAction)}
</div>
<div class="ruling-share"><span>Share this ruling</span><a href="#" class="share-x">X</a> <a href="#" class="share-linkedin">LinkedIn</a></div></div>
<aside class="side-col"><div class="ruling-details"><h3 class="ruling-details__title">Ruling details</h3><ul>${lis(aDetails)}</ul></div>
<div class="latest-rulings"><h3>Latest rulings</h3><ul>${links(aLatest)}</ul><a class="more-link" href="/codes-and-rulings/rulings.html">See all
rulings</a></div></aside></main>
<footer class="site-footer"><div class="wrapper"><ul>${links(aFoot)}</ul><p class="site-footer__legal">Advertising Standards Authority Ltd, registered in
England No. 733214</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We use cookies to improve your experience of our website and to
understand how it is used.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button
id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<script src="/asset/js/site.min.js"></script></body></html>`;
const asa: TestPage = {
  name: 'heldout420-asa-advertising-ruling',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aDesc, ...aIssue, ...aResp, ...aAssess, ...aAction]),
  bylines: ['Date: 16 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Search', ...aCrumbs, 'Upheld', 'Share this ruling', 'LinkedIn', 'Ruling details',
    ...aDetails.slice(1), 'Latest rulings', ...aLatest, 'See all rulings', ...aFoot, 'Advertising Standards Authority Ltd, registered in England No. 733214',
    'We value your privacy', 'We use cookies to improve your experience of our website and to understand how it is used.', 'Accept All Cookies',
    'Cookies Settings',
  ],
};

export const HELDOUT420_D: readonly TestPage[] = [dpa, asa];

import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 154, file b2: a Houston Chronicle story on the Hearst newspapers template (the masthead with "Sign In"
 * and the "Subscribe" offer, the section nav, the "Texas" label, "By ..., Staff writer" with the updated time, the share
 * buttons, a lead photo with caption and "Staff photographer" credit, "Advertisement / Article continues below this ad"
 * slots, a "RELATED:" promo paragraph and a newsletter box inside the body, the author card with "Reach ... at", the
 * "Most Popular" list, "Top" stories rail, the footer and the consent banner).
 */
const hcTitle = 'Harris County to buy out 140 flood-prone homes along Greens Bayou';
const hcParas = [
  'Harris County will spend $48 million to buy and demolish about 140 homes along Greens Bayou that have flooded repeatedly ' +
    'since Hurricane Harvey, turning a stretch of northeast Houston neighborhoods into open space that can hold water during storms.',
  'Commissioners Court approved the plan 4-1 on Tuesday, after more than two hours of public comment from residents who were ' +
    'split between relief at a way out and fear that their communities would be hollowed out.',
  'The buyouts are voluntary. The Harris County Flood Control District will offer owners the appraised pre-flood value of their ' +
    'homes plus up to $35,000 in relocation assistance, officials said. Renters in affected properties will be eligible for moving ' +
    'help under federal rules.',
  '“Nobody wants to leave the place they raised their kids,” said Precinct 2 Commissioner Adrian Villalobos, whose precinct ' +
    'includes most of the homes. “But I’ve met families who have gutted their houses three times. We owe them a real choice.”',
];
const hcSub1 = 'A neighborhood that keeps flooding';
const hcParas2 = [
  'The homes sit in the Greens Bayou floodplain between Mesa Drive and Tidwell Road, in subdivisions built in the 1960s and 1970s ' +
    'before modern drainage rules. Many took on water during Tropical Storm Allison in 2001, again in Harvey in 2017 and again ' +
    'during Imelda two years later.',
  'A district study released last year found that widening the bayou and building detention basins would lower flood levels in ' +
    'the area but would not protect the lowest-lying streets from a storm like Harvey. Buying those homes, the study concluded, ' +
    'was cheaper over 30 years than continuing to repair them.',
  'Lorraine Batiste, 72, has lived on Halifax Street since 1981 and said she had decided to accept an offer.',
  '“I was at my daughter’s for eleven months after Harvey,” Batiste said. ' +
    '“I’m too old to do that again. If they give me a fair price for the house, I’ll go.”',
];
const hcSub2 = 'Concerns about what comes next';
const hcParas3 = [
  'Others worry that buyouts will leave scattered empty lots, fewer neighbors and a shrinking tax base for the schools and ' +
    'churches that anchor the area. Past buyout programs in Houston have been criticized for creating a “checkerboard” pattern ' +
    'when only some owners agree to sell.',
  'Commissioner Ben Tolliver, who cast the lone vote against the plan, said the county should have paired the buyouts with a ' +
    'commitment to build affordable housing nearby so that residents could stay in the community.',
  '“We are paying people to leave, and we are not giving them anywhere to go,” Tolliver said.',
  'Flood control district officials said they would try to buy contiguous blocks and would turn the land into a mix of detention ' +
    'ponds, trails and parkland. The first offers are expected to go out in early summer, and the district hopes to complete the ' +
    'program within three years.',
  'Most of the money comes from a federal disaster mitigation grant awarded after Harvey, with the remainder from the county’s ' + '2018 flood bond.',
];
const hcNav = ['Local', 'Texas', 'Politics', 'Sports', 'Business', 'Food', 'Culture', 'Opinion', 'Weather', 'Obituaries', 'Real Estate'];
const hcTop = ['Sign In', 'Subscribe', '$1 for 6 Months'];
const hcShare = ['Copy Link', 'Facebook', 'X', 'Email', 'Reddit'];
const hcCaption = 'Water fills a street near Greens Bayou in northeast Houston after heavy rain in May 2024.';
const hcCredit = 'Melissa Phillip/Staff photographer';
const hcRelated = 'Houston flood control district lays out $1.2 billion plan for Halls Bayou';
const hcNews = ['Sign up for the Morning Brief newsletter', 'The latest Houston news, delivered to your inbox every weekday morning.', 'Email', 'Sign Up'];
const hcNewsLegal = 'By signing up, you agree to our Terms of Use and acknowledge that your information will be used as described in our Privacy Notice.';
const hcAuthor = [
  'Reach Teresa Huang at teresa.huang@chron.example',
  'Teresa Huang covers flooding, drainage and infrastructure for the Houston Chronicle. She previously reported on Harris County ' +
    'government and grew up in Alief.',
];
const hcPopular = [
  'H-E-B to open three new stores in Houston suburbs this year',
  'Astros’ spring training lineup takes shape as injuries pile up',
  'Houston ISD board delays vote on school closures',
  'These Houston restaurants closed in February',
  'Metro plans to cut two bus routes in Pasadena',
];
const hcFoot = ['About', 'Our Company', 'Careers', 'Contact', 'Newsroom Contacts', 'Terms of Use', 'Privacy Notice', 'Your Privacy Choices', 'e-edition'];
const hcCopy = '©2025 Hearst Newspapers, LLC';
const hcConsent = 'We and our partners use cookies and similar technologies to personalize content and ads and to analyze our traffic.';
const hcP = (a: readonly string[]): string => a.map((p) => `<p class="c-text">${p}</p>`).join('\n');
const hcAd = (n: number): string => `<div class="ad-module--ad-container flex justify-center" data-ad-slot="ARTICLE_${n}">
<div class="ad-module--label">Advertisement</div>
<div id="ad_${n}" class="ad-module--ad"></div><div class="ad-module--continue">Article continues below this ad</div></div>`;
const hcH2 = (t: string): string => `<h2 class="c-text-h2">${t}</h2>`;
const hcLd = `{"@context":"http://schema.org","@type":"NewsArticle","headline":"${hcTitle}","datePublished":"2025-02-25T17:03:11Z",
"dateModified":"2025-02-26T00:14:40Z","author":[{"@type":"Person","name":"Teresa Huang"}],"publisher":{"@type":"NewsMediaOrganization",
"name":"Houston Chronicle"},"isAccessibleForFree":"False"}`;
const hcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harris County to buy out 140 flood-prone homes along Greens Bayou</title><meta name="description" content="The county will spend $48 million.">
<meta property="og:title" content="${hcTitle}"><meta property="og:site_name" content="Houston Chronicle"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.houstonchronicle.example/news/houston-texas/environment/article/greens-bayou-buyouts-20186512.php">
<script type="application/ld+json">${hcLd}</script>
<script>window.hearstPageData = {"siteName":"houstonchronicle","contentId":"20186512","section":"news/houston-texas/environment"};</script>
<link rel="stylesheet" href="/sites/chron/css/article.min.css?v=20250220"></head>
<body class="body--article" data-hdn-page="article"><a href="#main-content" class="skip-link sr-only">Skip to main content</a>
<header class="header header--sticky" data-hdn-component="header"><button class="header--menu" aria-label="Open navigation"><span>Menu</span></button>
<a class="header--logo" href="/"><span class="sr-only">Houston Chronicle Logo</span></a>
<div class="header--account"><a href="/login">${hcTop[0]}</a><a class="header--subscribe" href="/subscribe">${hcTop[1]}</a>
<span class="header--offer">${hcTop[2]}</span></div>
<nav class="header--nav" aria-label="Sections"><ul>${links(hcNav, 'header--nav-item')}</ul></nav></header>
<main id="main-content" class="main"><div class="belowMastheadWrapper">${hcAd(0)}</div>
<article class="article--content" data-hdn-content-id="20186512"><div class="article--header">
<div class="article--label"><a href="/news/houston-texas/environment/">Environment</a></div>
<h1 class="headline">${hcTitle}</h1>
<div class="byline"><span class="byline--author">By <a href="/author/teresa-huang/">Teresa Huang</a></span>,
<span class="byline--title">Staff writer</span></div>
<div class="timestamp"><span class="timestamp--updated">Updated <time datetime="2025-02-26T00:14:40Z">Feb 25, 2025 6:14 p.m.</time></span></div>
<div class="art-sharing" role="group" aria-label="Share">
${hcShare.map((s) => `<button class="art-sharing--btn" type="button">${s}</button>`).join('')}</div></div>
<figure class="article--lead-photo"><img src="https://s.hdnux.example/photos/01/40/22/18/25861104/3/1200x0.jpg" alt="" width="1200" height="800">
<figcaption class="photo-caption"><span class="photo-caption--text">${hcCaption}</span>
<span class="photo-caption--credit">${hcCredit}</span></figcaption></figure>
<div class="body" data-hdn-component="article-body">
${hcP(hcParas.slice(0, 2))}
${hcAd(1)}
${hcP(hcParas.slice(2))}
<p class="c-text"><strong>RELATED:</strong> <a href="/news/houston-texas/environment/article/halls-bayou-plan-19912204.php">${hcRelated}</a></p>
${hcH2(hcSub1)}
${hcP(hcParas2.slice(0, 2))}
<div class="newsletter-signup" data-hdn-component="newsletter"><h3 class="newsletter-signup--title">${hcNews[0]}</h3><p>${hcNews[1]}</p>
<form><label for="nl-email">${hcNews[2]}</label><input id="nl-email" type="email"><button type="submit">${hcNews[3]}</button></form>
<p class="newsletter-signup--legal">${hcNewsLegal}</p></div>
${hcP(hcParas2.slice(2))}
${hcAd(2)}
${hcH2(hcSub2)}
${hcP(hcParas3)}
</div>
<div class="author-card"><img src="/img/authors/teresa-huang.jpg" alt="" width="64" height="64"><div class="author-card--text">
<p class="author-card--name"><a href="/author/teresa-huang/">Teresa Huang</a></p><p class="author-card--title">Environment Reporter</p>
<p class="author-card--contact">${hcAuthor[0]}</p><p class="author-card--bio">${hcAuthor[1]}</p></div></div>
</article>
<aside class="rail" aria-label="Most Popular"><h2 class="rail--title">Most Popular</h2><ol>${links(hcPopular, 'rail--item')}</ol>${hcAd(3)}</aside>
</main>
<footer class="footer"><ul class="footer--links">${links(hcFoot, 'footer--link')}</ul><p class="footer--copyright">${hcCopy}</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${hcConsent}</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="/sites/chron/js/article.min.js?v=20250220" defer></script></body></html>`;
export const houstonPage: TestPage = {
  html: hcHtml,
  name: 'heldout154-houstonchronicle-news',
  kind: 'news',
  // the author card (name, title, "Reach ... at" line) is byline; its bio is furniture; the "RELATED:" paragraph is furniture
  title: hcTitle,
  headings: [hcSub1, hcSub2],
  body: [...texts(hcParas), ...texts(hcParas2), ...texts(hcParas3)],
  bylines: ['By Teresa Huang', 'Staff writer', 'Updated Feb 25, 2025 6:14 p.m.', 'Teresa Huang', 'Environment Reporter', hcAuthor[0]!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Houston Chronicle Logo', ...hcTop, ...hcNav, 'Environment', ...hcShare, hcCaption, hcCredit, 'Advertisement',
    'Article continues below this ad', `RELATED: ${hcRelated}`, ...hcNews, hcNewsLegal, hcAuthor[1]!, 'Most Popular', ...hcPopular, ...hcFoot,
    hcCopy, hcConsent, 'Accept All', 'Cookie Settings',
  ],
};

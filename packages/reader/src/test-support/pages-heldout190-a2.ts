import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 190, file a2: a Bankrate explainer (the header with its product menu and "Sign in", breadcrumbs, the
 * advertiser disclosure dropdown, the "Written by" / "Edited by" / "Reviewed by" bylines with the date and reading time, the
 * "Key takeaways" box, the "On This Page" table of contents, an in-body "Read more" cross-link, the embedded calculator
 * widget, the editorial integrity box, the "Related content" rail and the footer with its legal text).
 */
const brTitle = 'APR vs. interest rate: What’s the difference?';
const brTake = [
  'The interest rate is the cost of borrowing the principal; the APR adds most fees to show the full yearly cost.',
  'On mortgages the two numbers can differ by half a percentage point or more.',
  'Comparing APRs is the quickest way to compare loans with different fees, as long as the terms match.',
];
const brP1 = [
  'When you shop for a loan, lenders show you two percentages side by side, and they are rarely the same. The lower one is the ' +
    'interest rate. The higher one is the annual percentage rate, or APR. Knowing what each one measures can save you from picking ' +
    'a loan that looks cheap but costs more over time.',
];
const brH1 = 'What is an interest rate?';
const brP2 = [
  'The interest rate is the percentage a lender charges you each year to borrow money, applied to the balance you owe. It does not ' +
    'include any of the one-time costs of getting the loan. On a $300,000 mortgage at 6.5 percent, the interest rate alone ' +
    'determines a monthly principal and interest payment of about $1,896.',
];
const brH2 = 'What is an APR?';
const brP3 = [
  'The APR starts with the interest rate and adds the fees you pay to get the loan, such as origination charges, discount points ' +
    'and some closing costs, spread over the life of the loan. Federal law requires lenders to disclose it so borrowers can compare ' +
    'offers on the same basis.',
  'Because it folds in fees, the APR is almost always higher than the interest rate. If the two are identical, the loan either has ' +
    'no fees or the lender has rolled them into a higher rate.',
];
const brH3 = 'An example';
const brP4 = ['Say two lenders offer you a 30-year, $300,000 mortgage:'];
const brList = [
  'Lender A charges 6.5 percent interest with $2,000 in fees, for an APR of about 6.58 percent.',
  'Lender B charges 6.25 percent interest but $9,000 in fees, including two discount points, for an APR of about 6.6 percent.',
];
const brP5 = [
  'Lender B’s lower rate looks better at first glance, but its APR is slightly higher. If you expect to sell or refinance within ' +
    'a few years, Lender A is likely the cheaper choice, because you would not keep the loan long enough for the lower rate to ' +
    'make up for the extra fees.',
];
const brH4 = 'When APR can mislead you';
const brP6 = [
  'APR assumes you keep the loan for its full term. Most people do not keep a 30-year mortgage for 30 years, so the fees are ' +
    'really spread over fewer years than the APR suggests. APR also leaves out some costs, like title insurance and appraisal fees ' +
    'on certain loans, and it is less useful for adjustable-rate loans, where the rate will change.',
  'On credit cards the APR and the interest rate are the same number, because cards do not charge upfront borrowing fees in the ' +
    'same way. What matters there is whether you carry a balance at all.',
];
const brH5 = 'The bottom line';
const brP7 = [
  'Use the interest rate to understand your monthly payment and the APR to compare the total cost of loans with the same term. ' +
    'Then ask each lender for a Loan Estimate, which lists every fee, so you can see exactly where the difference comes from.',
];
const brNav = ['Mortgages', 'Banking', 'Credit Cards', 'Loans', 'Home Equity', 'Investing', 'Insurance', 'Retirement', 'Calculators'];
const brCrumbs = ['Home', 'Mortgages'];
const brAd =
  'We are an independent, advertising-supported comparison service. Our partners may compensate us when you click a link, ' +
  'which can affect where products appear on this site.';
const brToc = ['What is an interest rate?', 'What is an APR?', 'An example', 'When APR can mislead you', 'The bottom line'];
const brRead = 'Read more: How mortgage points work and when they pay off';
const brCalc = ['Mortgage calculator', 'Home price', 'Down payment', 'Interest rate', 'Calculate', 'Monthly payment'];
const brIntegrity = [
  'Why you can trust us',
  'Our writers and editors follow strict guidelines so that the content you read is accurate and independent. Advertisers do not ' +
    'review or approve our articles.',
];
const brRelated = ['How to compare mortgage offers', 'What are closing costs?', 'Fixed-rate vs. adjustable-rate mortgages', 'Today’s mortgage rates'];
const brFoot = ['About', 'Press', 'Careers', 'Contact us', 'Privacy policy', 'Terms of use', 'Do Not Sell My Personal Information', 'Cookie Settings'];
const brLegal = '© 2026 Bankrate, LLC. All Rights Reserved. NMLS ID# 000000.';
const brH = (t: string, i: number): string => `<h2 id="section-${i}" class="Heading__H2-sc-1a2b3c">${t}</h2>`;
const brHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>APR vs. Interest Rate: What's The Difference? | Bankrate</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="max-image-preview:large">
<meta name="description" content="The APR adds most fees to the interest rate. Here is how to use both when you compare loans.">
<meta property="og:title" content="${brTitle}"><meta property="og:site_name" content="Bankrate"><meta name="parsely-section" content="mortgages">
<link rel="canonical" href="https://www.bankrate.com/mortgages/apr-and-interest-rates/"><link rel="stylesheet" href="/static/css/article.7c1e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${brTitle}",
"datePublished":"2026-01-08T05:00:00-05:00","author":{"@type":"Person","name":"Lindsey Carrow"},"editor":{"@type":"Person","name":"Raúl Mendes"}},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Mortgages"}]}]}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="brc-01"></script></head>
<body class="bg-white"><a class="Skip sr-only focus:not-sr-only" href="#main-content">Skip to main content</a>
<header class="Header__Wrapper" role="banner"><a href="/" class="Header__Logo" aria-label="Bankrate"><svg></svg></a>
<nav class="Header__Nav" aria-label="Main"><ul>${links(brNav, 'Header__NavItem')}</ul></nav>
<a class="Header__SignIn" href="/myaccount/">Sign in</a></header>
<main id="main-content"><div class="Article__Container"><nav class="Breadcrumbs" aria-label="Breadcrumb"><ol>${links(brCrumbs)}</ol></nav>
<div class="AdvertiserDisclosure"><button class="AdvertiserDisclosure__Toggle" aria-expanded="false">Advertiser Disclosure</button>
<div class="AdvertiserDisclosure__Content" hidden><p>${brAd}</p></div></div>
<header class="ArticleHeader"><h1 class="ArticleHeader__Title">${brTitle}</h1>
<figure class="ArticleHeader__Image"><img src="/2026/01/apr-calculator.jpg" alt="Person comparing loan offers on a laptop">
<figcaption><span class="ImageCredit">Delmar Studio/Getty Images</span></figcaption></figure>
<div class="Bylines"><div class="Byline"><span class="Byline__Label">Written by</span> <a href="/authors/lindsey-carrow/">Lindsey Carrow</a></div>
<div class="Byline"><span class="Byline__Label">Edited by</span> <a href="/authors/raul-mendes/">Raúl Mendes</a></div>
<div class="Byline"><span class="Byline__Label">Reviewed by</span> <a href="/authors/dorothy-pike/">Dorothy Pike</a></div>
<div class="ArticleMeta"><time datetime="2026-01-08">Published on January 08, 2026</time> <span class="ArticleMeta__Sep">|</span>
<span>5 min read</span></div></div></header>
<section class="KeyTakeaways" aria-labelledby="kt"><h2 id="kt" class="KeyTakeaways__Title">Key takeaways</h2>
<ul>${brTake.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<nav class="TableOfContents" aria-label="On This Page"><h2 class="TableOfContents__Title">On This Page</h2>
<ul>${brToc.map((t, i) => `<li><a href="#section-${i + 1}">${t}</a></li>`).join('\n')}</ul></nav>
<div class="Body" data-module="article-body">
${ps(brP1)}
${brH(brH1, 1)}
${ps(brP2)}
<p class="Body__ReadMore"><strong>${brRead}</strong></p>
${brH(brH2, 2)}
${ps(brP3)}
${brH(brH3, 3)}
${ps(brP4)}
<ul>${brList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(brP5)}
<div class="CalculatorEmbed" data-calculator="mortgage"><h3>${brCalc[0]}</h3><label>${brCalc[1]}</label><input value="400000">
<label>${brCalc[2]}</label><input value="80000"><label>${brCalc[3]}</label><input value="6.5"><button>${brCalc[4]}</button>
<div class="CalculatorEmbed__Result"><span>${brCalc[5]}</span> <strong>$2,023</strong></div></div>
${brH(brH4, 4)}
${ps(brP6)}
${brH(brH5, 5)}
${ps(brP7)}
</div>
<aside class="EditorialIntegrity"><h3>${brIntegrity[0]}</h3><p>${brIntegrity[1]}</p><a href="/about/editorial-guidelines/">Learn more</a></aside>
<section class="RelatedContent"><h2>Related content</h2><ul>${links(brRelated, 'RelatedContent__Item')}</ul></section></div>
<div class="AdSlot" data-slot="rail-1"><span class="AdSlot__Label">Advertisement</span></div></main>
<footer class="Footer"><ul>${links(brFoot, 'Footer__Link')}</ul><p class="Footer__Legal">${brLegal}</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content and ads and to
analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Manage Choices</button></div>
<script src="/static/js/article.3b2a.js" defer></script></body></html>`;
export const bankrateExplainer: TestPage = {
  html: brHtml,
  name: 'heldout190-bankrate-blog',
  kind: 'blog',
  // "Key takeaways" is the article's own summary (items body, label a heading); the "On This Page" list repeats the headings
  // and is left out, as is the calculator's "Interest rate" label (words of a heading); the in-body "Read more:" cross-link,
  // the calculator widget and the integrity box are furniture
  title: brTitle,
  headings: ['Key takeaways', brH1, brH2, brH3, brH4, brH5],
  body: texts([...brTake, ...brP1, ...brP2, ...brP3, ...brP4, ...brList, ...brP5, ...brP6, ...brP7]),
  bylines: ['Lindsey Carrow', 'Raúl Mendes', 'Dorothy Pike', 'Published on January 08, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...brNav, 'Sign in', 'Home', 'Advertiser Disclosure', brAd,
    'Delmar Studio/Getty Images', 'Written by', 'Edited by', 'Reviewed by', 'On This Page', brRead,
    ...brCalc.filter((t) => t !== 'Interest rate'), '$2,023', ...brIntegrity,
    'Learn more', 'Related content', ...brRelated, 'Advertisement', ...brFoot, brLegal,
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All Cookies', 'Manage Choices',
  ],
};

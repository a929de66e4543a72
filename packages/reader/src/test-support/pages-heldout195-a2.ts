import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 195, file a2: a FindLaw consumer article (global header with the "Find a Lawyer" search, the learn-about-the-law
 * breadcrumb, "Written by / Legally reviewed by / Last reviewed" block, the hidden reviewer bio, the article with a mid-article
 * "Get a free case evaluation" promo, the "Get Professional Help" box with the lawyer search form, "Related Resources",
 * the sidebar "Related Legal Topics" rail, the disclaimer, the OneTrust cookie banner and the footer).
 */
const flTitle = 'How to Get Your Security Deposit Back After You Move Out';
const flDek = 'Landlords can keep part of a deposit only for specific reasons. Here is how to protect yours.';
const flP1 = [
  'When a lease ends, many tenants assume the security deposit is gone for good. In most states, though, the landlord must return the ' +
    'deposit within a fixed number of days, and may deduct only for unpaid rent and damage beyond normal wear and tear.',
  'Knowing the rules, and keeping the right records, makes it far more likely you will see that money again.',
];
const flH1 = 'What a Landlord Can Deduct';
const flP2 = ['State laws differ, but the deductions a landlord may usually take fall into a few categories:'];
const flList = [
  'Unpaid rent or utility charges owed under the lease',
  'Repairs for damage caused by the tenant, a household member or a guest',
  'Cleaning needed to return the unit to its move-in condition, apart from ordinary wear',
  'Costs the lease specifically allows, such as replacing keys that were not returned',
];
const flP3 = [
  'Faded paint, minor scuffs, and carpet worn thin by years of walking are generally treated as normal wear and tear. A landlord who ' +
    'deducts for them may be violating state law.',
];
const flH2 = 'Deadlines and Itemized Statements';
const flP4 = [
  'Most states give landlords between 14 and 45 days after move-out to return the deposit. Many also require an itemized statement ' +
    'that lists each deduction and its cost. If your landlord misses the deadline or fails to send the statement, you may be entitled to the ' +
    'full deposit, and in some states to a penalty of up to twice the amount withheld.',
];
const flH3 = 'Steps to Protect Your Deposit';
const flSteps = [
  'Take dated photos or video of every room when you move in and again when you move out.',
  'Give written notice of your move-out date as the lease requires.',
  'Provide a forwarding address in writing, so the landlord knows where to send the refund.',
  'Ask for a walk-through inspection before you return the keys.',
];
const flH4 = 'If the Landlord Will Not Pay';
const flP5 = [
  'Start with a demand letter that sets out the amount owed, the date you moved out, and the law that applies. Keep a copy. Many ' +
    'disputes end at this stage, because landlords know that small claims judges see these cases often.',
  'If the letter does not work, you can usually file in small claims court without a lawyer. Bring your photos, your lease, and any ' +
    'messages with the landlord. Filing fees are modest, and in several states the court can award your costs if you win.',
];
const flPromo = ['Get a free case evaluation', 'Connect with a local landlord-tenant attorney today.', 'Start Now'];
const flHelpH = 'Get Professional Help';
const flHelp = [
  'Can I Solve This on My Own or Do I Need an Attorney?',
  'Many tenants recover deposits without a lawyer. An attorney can help when the amount is large or the landlord claims major damage.',
  'Talk to a Landlord-Tenant attorney',
  'We’ve helped 95 clients find attorneys today.',
  'Zip code or city',
  'Find a Lawyer',
];
const flRelated = ['Tenant Rights Overview', 'Security Deposit Laws by State', 'Sample Demand Letter for a Security Deposit', 'Small Claims Court Basics'];
const flRail = ['Landlord-Tenant Law', 'Evictions', 'Renters Insurance', 'Lease Agreements', 'Housing Discrimination'];
const flNav = ['Find a Lawyer', 'Legal Forms & Services', 'Learn About the Law', 'Legal Professionals', 'Blogs'];
const flCrumbs = ['Learn About the Law', 'Landlord-Tenant Law', 'Tenant Rights'];
const flBylines = ['Written by FindLaw Staff', 'Legally reviewed by Teresa Okonkwo, Esq.', 'Last reviewed March 14, 2025'];
const flBio = 'Teresa Okonkwo has practiced housing law in Ohio for fourteen years and reviews landlord-tenant content for FindLaw.';
const flDisclaimer =
  'This article is intended to be helpful and informative. But even common legal matters can become complex and stressful. ' +
  'A qualified landlord-tenant attorney can address your particular legal issues.';
const flCookie = [
  'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.',
  'Cookie Settings',
  'Accept All Cookies',
];
const flFoot = ['About Us', 'Our Team', 'Accessibility', 'Contact Us', 'Privacy', 'Cookies', 'Terms', 'Disclaimer', 'Do Not Sell My Info'];
const flCopy = 'Copyright © 2025, FindLaw. All rights reserved.';
const flHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to Get Your Security Deposit Back After You Move Out - FindLaw</title>
<meta name="description" content="${flDek}"><link rel="canonical" href="https://www.findlaw.com/realestate/landlord-tenant-law/security-deposit-back.html">
<meta property="og:title" content="${flTitle}"><meta property="og:site_name" content="Findlaw"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${flTitle}","author":{"@type":"Organization",
"name":"FindLaw Staff"},"reviewedBy":{"@type":"Person","name":"Teresa Okonkwo"},"dateModified":"2025-03-14","publisher":{"@type":"Organization",
"name":"FindLaw"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Learn About the Law"},{"@type":"ListItem","position":2,"name":"Landlord-Tenant Law"}]}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="fl-2f8a" async></script>
<link rel="stylesheet" href="/etc.clientlibs/findlaw/clientlibs/clientlib-site.min.css"></head>
<body class="fl-page article-page">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="fl-header" data-component="global-header"><div class="fl-header__inner"><a class="fl-header__logo" href="/"><span
class="sr-only">FindLaw</span></a>
<nav class="fl-header__nav" aria-label="Main"><ul>${links(flNav, 'fl-header__item')}</ul></nav>
<button class="fl-header__search-toggle" aria-expanded="false"><span class="sr-only">Open search</span></button></div></header>
<main id="main" class="fl-main"><div class="container"><nav class="breadcrumb" aria-label="breadcrumb"><ol class="breadcrumb__list">
${links(flCrumbs, 'breadcrumb__item')}</ol></nav>
<div class="row"><div class="col-lg-8"><article class="fl-article" data-analytics="article-body">
<header class="fl-article__header"><h1 class="fl-article__title">${flTitle}</h1>
<div class="fl-article__byline"><span class="fl-article__author">${flBylines[0]}</span> |
<button class="fl-article__reviewer" aria-controls="reviewer-bio" aria-expanded="false">${flBylines[1]}</button> |
<span class="fl-article__date">${flBylines[2]}</span>
<div id="reviewer-bio" class="fl-article__reviewer-bio" hidden><p>${flBio}</p></div></div></header>
<div class="fl-article__body cmp-text">
<p class="fl-article__dek"><strong>${flDek}</strong></p>
${ps(flP1)}
<h2>${flH1}</h2>
${ps(flP2)}
<ul>${flList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(flP3)}
<div class="fl-inline-cta" data-component="lead-gen-cta"><p class="fl-inline-cta__title">${flPromo[0]}</p><p>${flPromo[1]}</p>
<a class="btn btn-primary" href="/lawyer-directory/landlord-tenant">${flPromo[2]}</a></div>
<h2>${flH2}</h2>
${ps(flP4)}
<h2>${flH3}</h2>
<ol>${flSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${flH4}</h2>
${ps(flP5)}
</div>
<section class="fl-get-help" aria-labelledby="get-help"><h2 id="get-help" class="fl-get-help__title">${flHelpH}</h2>
<h3>${flHelp[0]}</h3><p>${flHelp[1]}</p>
<form class="fl-lawyer-search" action="/lawyer-directory" method="get"><p class="fl-lawyer-search__title">${flHelp[2]}</p>
<p class="fl-lawyer-search__count">${flHelp[3]}</p><label for="loc">${flHelp[4]}</label><input id="loc" name="loc" type="text">
<button type="submit" class="btn btn-primary">${flHelp[5]}</button></form></section>
<section class="fl-related-resources"><h2>Related Resources</h2><ul>${links(flRelated)}</ul></section>
<p class="fl-disclaimer"><em>${flDisclaimer}</em></p></article></div>
<aside class="col-lg-4 fl-rail"><div class="fl-rail__block"><h2 class="fl-rail__title">Related Legal Topics</h2><ul>${links(flRail)}</ul></div>
<div class="fl-ad" id="dfp-rail-1" data-ad-unit="/findlaw/realestate/rail"><span class="fl-ad__label">Advertisement</span></div></aside></div></div></main>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">${flCookie[0]}</p><button id="onetrust-pc-btn-handler">${flCookie[1]}</button>
<button id="onetrust-accept-btn-handler">${flCookie[2]}</button></div></div>
<footer class="fl-footer"><ul class="fl-footer__links">${links(flFoot)}</ul><p class="fl-footer__copy">${flCopy}</p></footer>
<script src="/etc.clientlibs/findlaw/clientlibs/clientlib-site.min.js" defer></script></body></html>`;
export const findlawArticle: TestPage = {
  html: flHtml,
  name: 'heldout195-findlaw-consumer-article',
  kind: 'docs',
  // the dek is body; the byline block (author, reviewer, date) are bylines, the hidden reviewer bio, the inline lead-gen promo,
  // "Get Professional Help" box, related resources, rail, disclaimer, cookie banner and footer are furniture
  title: flTitle,
  headings: [flH1, flH2, flH3, flH4],
  body: texts([flDek, ...flP1, ...flP2, ...flList, ...flP3, ...flP4, ...flSteps, ...flP5]),
  bylines: flBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'FindLaw', ...flNav, 'Open search', ...flCrumbs.slice(1), flBio, ...flPromo, flHelpH,
    ...flHelp.filter((t) => t !== 'Find a Lawyer'),
    'Related Resources', ...flRelated, 'Related Legal Topics', ...flRail.slice(1), 'Advertisement', flDisclaimer, ...flCookie, ...flFoot, flCopy,
  ],
};

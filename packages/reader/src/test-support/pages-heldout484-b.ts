import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout484-kit.js';

/** Held-out batch 484, file b: a pet insurer's claim guide on Next.js (help centre, OneTrust banner, FAQ in details elements). */
const nTitle = 'How to make a claim';
const nDek = 'Most claims are paid within five working days of us receiving everything we need.';
const nH = ['Before you claim', 'What you’ll need', 'Step by step', 'After you claim', 'Common questions'];
const nBefore = [
  j(
    'Check that the condition is covered by your policy and that it is not excluded as pre-existing. You can see your cover, excess and',
    'remaining vet fee limit in the Bramblecover app under My policy.',
  ),
  j(
    'You have 90 days from the date of treatment to send us a claim. For ongoing conditions, you can claim every month or wait until',
    'treatment ends, as long as each invoice is less than 90 days old.',
  ),
];
const nNeed = [
  'your policy number',
  'the itemised invoice from your vet',
  'your vet’s clinical notes for the treatment',
  'your pet’s full clinical history, if this is the first claim for a new condition',
  'receipts for any medicines bought from an online pharmacy',
];
const nSteps = [
  'Log in to the app or your online account and choose Make a claim.',
  'Pick your pet and the condition, and tell us when the signs first appeared.',
  'Upload the invoice and notes, or ask your vet to send them to us direct through VetPortal.',
  'Choose whether we pay you or pay your vet. Paying the vet direct means you only pay the excess at the practice.',
  'Submit the claim. We’ll email you a claim reference straight away.',
];
const nTip = 'Claiming for more than one pet? Send a separate claim for each one.';
const nAfter = j(
  'We may contact your vet for more history. You can follow each stage in the app, and we’ll tell you if we need anything from you.',
  'If we can’t pay all or part of a claim, we’ll explain why in writing.',
);
const nFaq: [string, string][] = [
  [
    'What is the excess?',
    j(
      'The excess is the amount you pay towards each condition in each policy year. If your policy has a co-payment, you also pay a share',
      'of the rest of the bill once your pet turns nine.',
    ),
  ],
  ['Can I claim for a vaccination?', 'No. Routine and preventive care, such as vaccines, flea and worm treatment and neutering, isn’t covered.'],
  [
    'My claim was declined. What can I do?',
    j(
      'Reply to the email with any extra information from your vet and we’ll look again. If you’re still unhappy, you can make a complaint,',
      'and after that you can ask an independent ombudsman to review it.',
    ),
  ],
];
const nNav = ['Dog insurance', 'Cat insurance', 'Claims', 'Help centre'];
const nCrumbs = ['Help centre', 'Claims'];
const nRel = ['Paying your vet direct', 'Claiming for an ongoing condition', 'What counts as a pre-existing condition?'];
const nFootCols: [string, string[]][] = [
  ['Insurance', ['Dog insurance', 'Cat insurance', 'Puppy insurance', 'Senior pet cover']],
  ['Help', ['Help centre', 'Make a claim', 'Contact us', 'Complaints']],
  ['Company', ['About us', 'Careers', 'Accessibility', 'Privacy notice', 'Cookie policy']],
];
const nCookie = [
  'We value your privacy',
  'We use cookies to make our site work, to understand how you use it and to show you relevant marketing. You can choose which cookies we use.',
  'Cookie settings',
  'Reject all',
  'Accept all cookies',
];
const nData = JSON.stringify({
  props: { pageProps: { article: { slug: 'how-to-make-a-claim', title: nTitle, summary: nDek, updatedAt: '2026-01-12' } } },
  page: '/help/[category]/[slug]',
  query: { category: 'claims', slug: 'how-to-make-a-claim' },
  buildId: 'Xq7v2LmN0pA9sTzR4kB1c',
  isFallback: false,
  gsp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width"><title>How to make a claim | Help centre |
Bramblecover Pet Insurance</title><meta name="description" content="${nDek}"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/media/7d1a2c3e9b0f.p.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<link rel="preload" href="/_next/static/css/5f2e8a1b0c7d4e6f.css" as="style"><link rel="stylesheet" href="/_next/static/css/5f2e8a1b0c7d4e6f.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"What is the excess?"}]}</script>
<noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-9b312e20a4e32339.js" defer></script><script src="/_next/static/chunks/main-2b0f3e6cb5d1a8c4.js" defer></script>
<script src="/_next/static/chunks/pages/help/%5Bcategory%5D/%5Bslug%5D-8c1d2e3f4a5b6c7d.js" defer></script></head>
<body><div id="__next"><a class="SkipLink_skip__Jd8kq" href="#main">Skip to main content</a>
<div class="AppBanner_banner__P3x9a" role="complementary"><p class="AppBanner_text__2mLqv">Claim in minutes with the Bramblecover app</p>
<a class="Button_button__aQ1zz Button_small__m2Y7p" href="/app">Download the app</a></div>
<header class="Header_header__x1Yz2"><div class="Header_inner__Qw3e4"><a class="Header_logo__R5t6y" href="/" aria-label="Bramblecover home">
<svg viewBox="0 0 160 32" aria-hidden="true"><path d="M0 0h160v32H0z"></path></svg></a>
<nav aria-label="Main" class="Header_nav__U7i8o"><ul class="Header_list__P9a0s">${links(nNav, 'Header_item__D1f2g')}</ul></nav>
<div class="Header_actions__H3j4k"><a class="Header_login__K5l6z" href="/account/login">Log in</a>
<a class="Button_button__aQ1zz Button_primary__X7c8v" href="/quote">Get a quote</a></div></div></header>
<main id="main" class="HelpArticle_main__B9n0m"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__M1q2w"><ol>${links(nCrumbs, 'Breadcrumbs_item__E3r4t')}
<li class="Breadcrumbs_item__E3r4t" aria-current="page">${nTitle}</li></ol></nav>
<div class="HelpArticle_grid__T5y6u"><article class="HelpArticle_article__I7o8p"><h1 class="HelpArticle_title__A9s0d">${nTitle}</h1>
<p class="HelpArticle_lede__F1g2h">${nDek}</p><p class="HelpArticle_updated__J3k4l">Last updated 12 January 2026</p>
<div class="RichText_root__Z5x6c"><h2 id="before-you-claim">${nH[0]}</h2>${ps(nBefore)}
<h2 id="what-youll-need">${nH[1]}</h2><ul>${lis(nNeed)}</ul>
<h2 id="step-by-step">${nH[2]}</h2><ol>${lis(nSteps)}</ol>
<div class="Callout_root__V7b8n Callout_info__N9m0q"><p>${nTip}</p></div>
<h2 id="after-you-claim">${nH[3]}</h2>${ps([nAfter])}
<h2 id="common-questions">${nH[4]}</h2>
${nFaq
  .map(
    ([q, a]) => `<details class="Faq_item__W1e2r"><summary class="Faq_question__R3t4y">${q}</summary><div class="Faq_answer__Y5u6i"><p>${a}</p></div>
</details>`,
  )
  .join('\n')}
</div>
<section class="Feedback_root__O7p8a" aria-labelledby="feedback-title"><h2 id="feedback-title" class="Feedback_title__S9d0f">Was this article helpful?</h2>
<button class="Feedback_button__G1h2j" type="button">Yes</button><button class="Feedback_button__G1h2j" type="button">No</button></section></article>
<aside class="HelpArticle_aside__K3l4z"><div class="ContactCard_root__X5c6v"><h2 class="ContactCard_title__B7n8m">Need help with a claim?</h2>
<p>Our claims team is available Monday to Friday, 8am to 8pm.</p><a class="ContactCard_phone__Q9w0e" href="tel:08081570312">Call 0808 157 0312</a>
<button class="Button_button__aQ1zz Button_secondary__R1t2y" type="button">Chat with us</button></div>
<div class="RelatedArticles_root__U3i4o"><h2 class="RelatedArticles_title__P5a6s">Related articles</h2><ul>${links(nRel)}</ul></div></aside></div></main>
<footer class="Footer_footer__D7f8g"><div class="Footer_cols__H9j0k">
${nFootCols.map(([h, items]) => `<div class="Footer_col__L1z2x"><h3 class="Footer_heading__C3v4b">${h}</h3><ul>${links(items)}</ul></div>`).join('\n')}
</div><p class="Footer_legal__N5m6q">Bramblecover is a trading name of Bramble Underwriting Ltd, registered in England No. 10458823.</p>
<p class="Footer_copy__W7e8r">© 2026 Bramble Underwriting Ltd</p></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region" aria-label="Cookie banner"><div role="dialog" aria-label="${at(nCookie, 0)}"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">${at(nCookie, 0)}</h2>
<div id="onetrust-policy-text">${at(nCookie, 1)}</div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${at(nCookie, 2)}</button>
<button id="onetrust-reject-all-handler">${at(nCookie, 3)}</button>
<button id="onetrust-accept-btn-handler">${at(nCookie, 4)}</button></div></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextClaim: TestPage = page({
  name: 'heldout484-nextjs-insurance-claim',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...nH, ...nFaq.map((f) => f[0])],
  body: texts([nDek, ...nBefore, ...nNeed, ...nSteps, nTip, nAfter, ...nFaq.map((f) => f[1])]),
  bylines: ['Last updated 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Claim in minutes with the Bramblecover app', 'Download the app', ...nNav, 'Log in', 'Get a quote', ...nCrumbs,
    'Was this article helpful?', 'Yes', 'No', 'Need help with a claim?',
    'Our claims team is available Monday to Friday, 8am to 8pm.', 'Call 0808 157 0312', 'Chat with us', 'Related articles', ...nRel,
    ...nFootCols.flatMap(([h, items]) => [h, ...items]),
    'Bramblecover is a trading name of Bramble Underwriting Ltd, registered in England No. 10458823.', '© 2026 Bramble Underwriting Ltd', ...nCookie,
  ],
});

const sTitle = 'What to expect at your puppy’s first visit';
const sIntro = j(
  'Bringing home a new puppy is exciting, and a little overwhelming. Your puppy’s first visit to us is usually at eight or nine weeks old,',
  'and it sets the tone for a lifetime of vet visits, so we keep it relaxed, unhurried and full of treats.',
);
const sH = ['Before you come', 'During the exam', 'Questions worth asking', 'After the visit'];
const sBefore = j(
  'Bring any paperwork from the breeder or rescue, including vaccination cards and the microchip number. A fresh stool sample in a sealed',
  'bag helps us check for worms. Skip breakfast if you can, as a slightly hungry puppy is much more interested in our treats.',
);
const sExam = [
  j(
    'Your vet will check your puppy from nose to tail: eyes, ears, teeth, heart, lungs, belly, skin and joints. We will weigh your puppy,',
    'start a growth chart and talk you through the vaccine schedule, which usually means a second injection two to four weeks later.',
  ),
  'Expect a lot of questions too. We will ask about feeding, sleep, toilet training and how your puppy is coping with new sounds and visitors.',
];
const sAsk = [
  'When can my puppy safely go out for walks?',
  'Which flea and worm treatment do you recommend?',
  'When should we talk about neutering?',
  'Is pet insurance worth it for my breed?',
];
const sAfter = j(
  'Keep practising gentle handling at home: touch the paws, lift the ears and look at the teeth every day, with a treat each time. Pop in',
  'for a “happy visit” whenever you are passing. A weigh-in and a biscuit with no needles makes the next real appointment much easier.',
);
const sNav = ['About', 'Services', 'Blog', 'Contact'];
const sBlock = (html: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${html}</div></div></div>`;
const sPara = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Meadowlark Animal Hospital</title><meta property="og:site_name" content="Meadowlark Animal Hospital">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.meadowlarkvet.com/blog/puppy-first-visit">
<script type="application/ld+json">{"url":"https://www.meadowlarkvet.com","name":"Meadowlark Animal Hospital",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-04-02T10:00:00-0500",
"author":"Dr. Sofia Brennan"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"62a1f0c9e4b0","siteTitle":"Meadowlark Animal Hospital"},"itemId":"6609b2d1c7a3"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-c1d2e3f4.min.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/62a1f0c9e4b0/14/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6609b2d1c7a3" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-alignment-left
tweak-blog-item-meta-position-above-title primary-button-style-solid
view-item collection-type-blog-basic-grid collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>New puppy? Ask about our
<a href="/puppy-pack">Puppy Pack</a>: first vaccines, microchip and two nurse clinics for $149.</p></div>
<a class="sqs-announcement-bar-close" aria-label="Close Announcement" tabindex="0"></a></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header"
data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/62a1f0c9e4b0/logo.png?format=1500w" alt="Meadowlark Animal Hospital"
style="display:block"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6609b1f2a8c4">
<section data-test="page-section" data-section-theme="" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6609b1f2a8c5">
<div class="content-wrapper"><div class="content"><article class="entry h-entry hentry author-sofia-brennan post-type-text article-index-1 category-puppies
tag-new-clients" data-item-id="6609b2d1c7a3" id="article-6609b2d1c7a3"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-04-02">4/2/26</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f1c2d3e" class="blog-author-name">Sofia Brennan</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1712052000000" id="item-6609b2d1c7a3"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${sBlock(sPara(sIntro), '1712051900112_4471')}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1712051900112_5528"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element
has-aspect-ratio"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/62a1f0c9e4b0/pickle.jpg" alt="" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">Pickle, nine weeks old, at her first check-up.</p>
</div></figcaption></figure></div></div>
${sBlock(
  `<h2 style="white-space:pre-wrap;">${sH[0]}</h2>${sPara(sBefore)}
<h2 style="white-space:pre-wrap;">${sH[1]}</h2>${sExam.map(sPara).join('')}`,
  '1712051900112_6631',
)}
${sBlock(`<h2 style="white-space:pre-wrap;">${sH[2]}</h2><ul data-rte-list="default">${lis(sAsk.map(sPara))}</ul>`, '1712051900112_7712')}
${sBlock(`<h2 style="white-space:pre-wrap;">${sH[3]}</h2>${sPara(sAfter)}`, '1712051900112_8823')}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1712051900112_9934"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="6609c0">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Pet care tips in your inbox</h2>
<div class="newsletter-form-header-description"><p>One email a month from our vets. No spam, ever.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label><input id="email-yui_3_17_2_1"
class="newsletter-form-field-element
field-element" name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div>
</div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/blog?author=5f1c2d3e" class="author-avatar content-fill"><img alt=""
src="//images.squarespace-cdn.com/sofia.jpg"></a>
<div class="author-info"><a href="/blog?author=5f1c2d3e" class="author-name">Sofia Brennan</a>
<div class="author-bio"><p>Dr. Brennan joined Meadowlark in 2019 and leads our puppy and kitten program.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/blog/spring-hazards"><div class="item-pagination-icon icon icon--stroke"><svg viewBox="0 0 23 48"><g class="svg-icon"><polyline points="21.5 1.3 2.6 23.4
21.5 45.7"></polyline></g></svg></div><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Spring hazards for cats and dogs</h2>
</a><a class="item-pagination-link item-pagination-link--next" href="/blog/meet-dr-asante"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Meet Dr. Kwame Asante, our newest vet</h2></a></section></div></div></article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section content-width--wide"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlock('<h3>Meadowlark Animal Hospital</h3><p>418 Orchard Road, Fernhill</p><p>Mon–Fri 8–6 · Sat 9–12</p><p>(555) 014-8821</p>', '1650001_1')}
</div><div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"
data-block-type="54"><div class="sqs-block-content">
<nav><ul class="sqs-svg-icon--list"><li><a href="https://instagram.com/meadowlarkvet" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram"></a></li>
<li><a href="https://facebook.com/meadowlarkvet" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></li></ul></nav></div></div>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespacePuppy: TestPage = page({
  name: 'heldout484-squarespace-puppy-visit',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sIntro, sBefore, ...sExam, ...sAsk, sAfter]),
  bylines: ['4/2/26', 'Sofia Brennan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New puppy? Ask about our Puppy Pack: first vaccines, microchip and two nurse clinics for $149.', 'Skip to Content', ...sNav, 'Book Now',
    'Pickle, nine weeks old, at her first check-up.', 'Pet care tips in your inbox', 'One email a month from our vets. No spam, ever.',
    'Email Address', 'Sign Up', 'Dr. Brennan joined Meadowlark in 2019 and leads our puppy and kitten program.', 'Previous',
    'Spring hazards for cats and dogs', 'Next', 'Meet Dr. Kwame Asante, our newest vet', 'Meadowlark Animal Hospital', '418 Orchard Road, Fernhill',
    'Mon–Fri 8–6 · Sat 9–12', '(555) 014-8821', 'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
});

export const HELDOUT484_B: readonly TestPage[] = [nextClaim, squarespacePuppy];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout657-kit.js';

/**
 * Held-out batch 657, file c: an oven cleaning firm's "what's included" service page with an FAQ accordion, built in Webflow, and a local
 * newspaper's article on doorstep carpet cleaners, served by a Next.js site (CSS modules, __NEXT_DATA__).
 */
const fTitle = "What's Included in Our Oven Clean";
const fDek = 'A full valet of your oven, hob and extractor, done in your kitchen in around three hours.';
const fH = ['Before we start', 'Parts that go in the dip tank', 'Inside the oven', 'Hob and extractor', 'Frequently asked questions'];
const fStart = j(
  'Our technician will lay protective mats around the oven, check that every part works and point out any existing damage, such as',
  'chipped enamel or a cracked door seal, before any cleaning begins.',
);
const fTank = j(
  'Racks, shelf supports, grill pans, burner caps and extractor filters are soaked in a heated, fume-free solution in the tank on our',
  'van. While they soak, we clean the oven by hand.',
);
const fInside = [
  'Cavity walls, roof and floor cleaned with a non-caustic paste',
  'Fan cover removed and the fan blade degreased',
  'Door taken apart and cleaned between the glass panes',
  'Seals, hinges and light cover cleaned and checked',
];
const fHob = j(
  'Gas and ceramic hobs are cleaned with products matched to the surface. Induction glass is polished with a non-abrasive cream.',
  'Extractor hoods are degreased inside and out and their filters cleaned or replaced.',
);
const fFaq: [string, string][] = [
  ['How long does an oven clean take?', 'A single oven takes around two and a half hours. A double oven or range cooker can take up to five hours.'],
  ['Can I use the oven straight away?', 'Yes. Everything we use is food-safe and odour-free, and the oven can be switched on as soon as we have gone.'],
  ['Do I need to be at home?', 'Only to let us in and to see the oven before and after. Many customers leave us a key.'],
];
const fNav = ['Services', 'Areas We Cover', 'Prices', 'Reviews', 'Blog'];
const fCta = ['Ready for a spotless oven?', 'Fixed prices, no call-out charge and a 48-hour re-clean guarantee.', 'Book Online'];
const fCompany = ['About', 'Careers', 'Contact', 'Privacy Policy'];
const fAreas = ['Hexham Vale', 'Tarnfield', 'Morrow Bridge', 'Stenning'];
const fFaqHtml = fFaq
  .map(
    ([q, a], i) => `<div data-w-id="7f3a2c1e-0b4d-2a61-9c1e-5e0f8b2d41${i}0" class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3>
<div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16" fill="none"><path d="M8 1v14M1 8h14"
stroke="currentColor"></path></svg></div></div>
<div style="height:0px" class="faq-answer"><p class="faq-text">${a}</p></div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Mon Jan 18 2027 10:42:07 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.hobsonbright.co.uk" data-wf-page="65a1f0c2d4e7b3a9c1d2e3f4" data-wf-site="65a0e9b1c3d5f7a8b9c0d1e2" lang="en"><head><meta
charset="utf-8">
<title>What&#x27;s Included | Hobson Bright Ovens</title><meta content="Everything our technicians do during a professional oven clean." name="description">
<meta content="What&#x27;s Included | Hobson Bright Ovens" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65a0e9b1c3d5f7a8b9c0d1e2/css/hobson-bright.webflow.4c1e2a.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${fFaq[0]?.[0]}",
"acceptedAnswer":{"@type":"Answer","text":"${fFaq[0]?.[1]}"}}]}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2KD41LM"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-7QX2KD41LM');</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="container-nav w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65a0e9b1c3d5f7a8b9c0d1e2/65a0f1d2_logo.svg" loading="lazy" alt="Hobson Bright Ovens" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/quote" class="button-nav w-button">Get a Quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/services" class="breadcrumb-link">Services</a><div
class="breadcrumb-divider">/</div><div class="breadcrumb-current">Oven Cleaning</div></div><h1 class="heading-xl">${fTitle}</h1>
<p class="paragraph-large hero-paragraph">${fDek}</p></div></section>
<section class="section"><div class="container-narrow w-container"><div class="rich-text-service w-richtext">
<h2>${fH[0]}</h2>${ps([fStart])}
<h2>${fH[1]}</h2>${ps([fTank])}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65a0e9b1c3d5f7a8b9c0d1e2/tank.jpg"
loading="lazy" alt="Oven racks soaking in a heated tank in the back of a van"></div>
<figcaption>Our dip tank holds up to twelve racks at a time.</figcaption></figure>
<h2>${fH[2]}</h2><ul role="list">${lis(fInside)}</ul>
<h2>${fH[3]}</h2>${ps([fHob])}
</div></div></section>
<section class="section-faq"><div class="container-narrow w-container"><h2 class="heading-l">${fH[4]}</h2><div class="faq-wrapper">
${fFaqHtml}
</div></div></section>
<section class="section-cta"><div class="container w-container"><div class="cta-card"><h2 class="heading-cta">${fCta[0]}</h2><p
class="paragraph-cta">${fCta[1]}</p>
<a href="/book" class="button-primary w-button">${fCta[2]}</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col"><img
src="https://assets-global.website-files.com/65a0e9b1c3d5f7a8b9c0d1e2/65a0f1d2_logo-white.svg" loading="lazy" alt="Hobson Bright Ovens" class="footer-logo">
<p class="footer-text">Independent oven cleaning across the Tarn valley since 2011.</p></div><div class="footer-col"><h4 class="footer-heading">Company</h4>
<ul role="list" class="footer-list w-list-unstyled">${links(fCompany, 'footer-list-item')}</ul></div><div class="footer-col"><h4
class="footer-heading">Areas</h4>
<ul role="list" class="footer-list w-list-unstyled">${links(fAreas, 'footer-list-item')}</ul></div></div><div class="footer-bottom"><div
class="footer-copyright">© 2027 Hobson Bright Ovens Ltd. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0e9b1c3d5f7a8b9c0d1e2" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a0e9b1c3d5f7a8b9c0d1e2/js/webflow.8f2a1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout657-webflow-oven-clean-included',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fH.slice(0, 4), fH[4] ?? '', ...fFaq.map(([q]) => q)],
  body: texts([fDek, fStart, fTank, ...fInside, fHob, ...fFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a Quote', 'Oven Cleaning', 'Our dip tank holds up to twelve racks at a time.', ...fCta,
    'Independent oven cleaning across the Tarn valley since 2011.', 'Company', ...fCompany, 'Areas', ...fAreas,
    '© 2027 Hobson Bright Ovens Ltd. All rights reserved.',
  ],
};

const nTitle = 'Council warns residents over cold-calling carpet cleaners after £900 bill';
const nDek = "Trading standards officers say a crew has been knocking on doors in Eastbury offering a 'free stain test' before quoting hundreds of pounds";
const nH = ["'Legitimate firms don't work like this'", 'What to do if someone calls'];
const nA = [
  j(
    'Wexmoor Council has warned residents not to agree to work from doorstep carpet cleaners after an 81-year-old man in Eastbury',
    'was charged £900 to clean two rooms.',
  ),
  j(
    "The man's daughter contacted trading standards after finding the invoice. She said her father had been told the first stain",
    'would be removed free of charge, and that two men then moved furniture and began cleaning the whole of his living room and',
    'hallway without agreeing a price.',
  ),
  j(
    '"He felt he couldn\'t ask them to stop once they\'d started," she said. "By the time they finished it was getting dark and they',
    'wanted cash. He went to the cash machine with one of them."',
  ),
  j(
    'Trading standards said it had received five similar reports from the Eastbury and Lowmoor Park areas since the start of',
    'February. In each case, callers offered a free test on a single stain and then quoted for a full clean of several rooms.',
  ),
];
const nB = [
  j(
    'Councillor Ruth Penhaligon, cabinet member for communities, said: "Legitimate carpet cleaners will give you a written quote and',
    'will not mind if you take a few days to think about it. Nobody reputable needs to knock on your door and start work the same',
    'afternoon."',
  ),
  j(
    'Under consumer law, customers who agree to work in their own home are entitled to a 14-day cancellation period, and traders must',
    'give written notice of that right. The council said none of the residents who contacted it had been given the notice.',
  ),
];
const nTips = [
  'Do not agree to any work on the doorstep, however small the first job sounds.',
  "Ask for the trader's full name, address and a landline number, and check them before you agree to anything.",
  'Never go to a cash machine with a trader or hand over cash for work you did not ask for.',
  "Report callers to the council's trading standards team on 01632 960112.",
];
const nEnd = j(
  'Police said inquiries were continuing and asked anyone with doorbell camera footage from Eastbury on the afternoon of 26 February',
  'to get in touch.',
);
const nNav = ['News', 'Sport', "What's On", 'Business', 'Property', 'Jobs'];
const nCap = 'Trading standards say callers have targeted streets with older residents (Image: Wexmoor Evening Post)';
const nMost = [
  'Roadworks on Quarry Hill to last until June',
  'Wexmoor bakery wins regional pie award',
  'Plans for 300 homes at former paper mill approved',
  'Lowmoor Park café to close after 40 years',
];
const nTags = ['Scams', 'Crime', 'Consumer rights'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Privacy Notice', 'Cookie Settings'];
const nNews = "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. See our Privacy Notice.";
const nCookie = j(
  'We and our partners store and access information on your device, such as cookies, to show personalised ads and content,',
  'measure performance and develop our products.',
);
const nRead = 'Flood repair grants open to Wexmoor homeowners';
const np = (t: string): string => `<p class="ArticleBody_paragraph__Rt4mX">${t}</p>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} - Wexmoor Evening Post</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta property="article:published_time" content="2027-03-04T16:05:00Z"/><meta property="article:modified_time" content="2027-03-04T18:40:00Z"/>
<link rel="canonical" href="https://www.wexmoorpost.co.uk/news/local/council-warns-cold-calling-carpet-cleaners-8841207"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-03-04T16:05:00Z",
"author":[{"@type":"Person","name":"Joel Ashcombe"}],"publisher":{"@type":"Organization","name":"Wexmoor Evening Post"}}</script>
<link rel="preload" href="/_next/static/css/7a1c2e9b4f0d3a61.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7a1c2e9b4f0d3a61.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4e2b1f8a7c3d9e05.js" defer=""></script><script src="/_next/static/chunks/main-f2a9c1d3e4b5a6c7.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5B...slug%5D-9b8c7d6e5f4a3b2c.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_root__d8Fh2" href="#main-content">Skip to main content</a>
<header class="Header_root__Zk2pQ"><div class="Header_top__b3Nn1"><a class="Header_logo__Q1w8c" href="/"><svg aria-hidden="true" class="Header_logoSvg__r2Tt9">
</svg><span class="VisuallyHidden_root__x1Aq0">Wexmoor Evening Post</span></a><div class="Header_actions__m0Pp3"><a class="Header_signIn__s9Hk2"
href="/account">Sign in</a><a class="Button_primary__u6Jj4" href="/subscribe">Subscribe</a></div></div>
<nav class="PrimaryNav_root__a5Ll8" aria-label="Sections"><ul class="PrimaryNav_list__n4Vv2">${links(nNav, 'PrimaryNav_item__k3Cc7')}</ul></nav></header>
<main id="main-content" class="ArticlePage_main__y7Kp2"><article class="Article_root__c1XhU"><header class="ArticleHeader_root__s7Gd9">
<nav aria-label="Breadcrumb" class="Breadcrumbs_root__qWm1e"><ol><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li></ol></nav>
<h1 class="ArticleHeader_headline__3kF9a">${nTitle}</h1><p class="ArticleHeader_standfirst__K2bdX">${nDek}</p>
<div class="Byline_root__mK2v1"><img class="Byline_avatar__h7Gg5" src="/images/authors/joel-ashcombe.jpg" alt="" width="48" height="48"/><div>
<div class="Byline_author__Xy4bq"><a href="/authors/joel-ashcombe">By Joel Ashcombe</a></div><div class="Byline_role__9sdL1">Local Democracy Reporter</div>
<div class="Byline_dates__pQ3nR"><time dateTime="2027-03-04T16:05:00Z">16:05, 4 March 2027</time><span class="Byline_updated__lR6oT">Updated
<time dateTime="2027-03-04T18:40:00Z">18:40, 4 March 2027</time></span></div></div></div>
<div class="ShareBar_root__e2Ww6"><button aria-label="Share on Facebook" class="ShareBar_button__f1Ff0"></button><button aria-label="Share on X"
class="ShareBar_button__f1Ff0"></button><button aria-label="Share by email" class="ShareBar_button__f1Ff0"></button><button class="ShareBar_copy__t8Qq1">Copy
link</button></div></header>
<figure class="ArticleImage_root__g4Rr5"><img alt="A man in a hi-vis jacket at a front door" src="/images/2027/03/doorstep.jpg" width="1200" height="675"
loading="eager"/><figcaption class="ArticleImage_caption__v2Ss7">${nCap}</figcaption></figure>
<div class="ArticleBody_root__p0Ee3">
${nA.slice(0, 2).map(np).join('\n')}
<div class="AdSlot_root__w3Xx9" data-slot="inarticle-1"><span class="AdSlot_label__i9Oo1">Advertisement</span><div id="div-gpt-ad-inarticle-1"
style="min-height:250px"></div></div>
${nA.slice(2).map(np).join('\n')}
<aside class="ReadMore_root__o6Uu4"><strong>Read more:</strong> <a href="/news/local/flood-repair-grants-8839912">${nRead}</a></aside>
<h2 class="ArticleBody_subheading__j5Dd8">${nH[0]}</h2>
${nB.map(np).join('\n')}
<h2 class="ArticleBody_subheading__j5Dd8">${nH[1]}</h2><ul class="ArticleBody_list__z7Yy2">${lis(nTips)}</ul>
${np(nEnd)}
</div>
<div class="Tags_root__l8Mm3"><span class="Tags_label__c4Vv9">Topics</span><ul>${links(nTags, 'Tags_item__b2Nn6')}</ul></div></article>
<aside class="ArticlePage_rail__u1Ii7"><section class="MostRead_root__y9Zz1"><h2 class="MostRead_title__q3Ww5">Most Read</h2><ol class="MostRead_list__r6Tt8">
${links(nMost, 'MostRead_item__e5Ff2')}</ol></section>
<section class="Newsletter_root__k7Jj3"><h2 class="Newsletter_title__s4Dd1">Get the day's top stories in your inbox</h2><form class="Newsletter_form__h1Gg6">
<input type="email" aria-label="Email address" placeholder="Enter your email"/><button type="submit" class="Button_primary__u6Jj4">Sign up</button></form>
<p class="Newsletter_small__p2Ll4">${nNews}</p></section></aside></main>
<footer class="Footer_root__n8Bb0"><ul class="Footer_links__c9Kk4">${links(nFoot)}</ul>
<p class="Footer_copy__a3Ss5">© 2027 Wexmoor Media Ltd</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog"
aria-describedby="onetrust-policy-text"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div
id="onetrust-policy-text">${nCookie}</div>
</div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button
id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":8841207,"headline":"${nTitle}","section":"news/local",
"author":{"name":"Joel Ashcombe","role":"Local Democracy Reporter"},"published":"2027-03-04T16:05:00Z","wordCount":468}},"__N_SSP":true},
"page":"/[section]/[...slug]","query":{"section":"news","slug":["local","council-warns-cold-calling-carpet-cleaners-8841207"]},"buildId":"Hq3v9XcLr2kPz",
"isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextNews: TestPage = {
  name: 'heldout657-nextjs-doorstep-carpet-cleaners',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nDek, ...nA, ...nB, ...nTips, nEnd]),
  bylines: ['By Joel Ashcombe', 'Local Democracy Reporter', '16:05, 4 March 2027', 'Updated 18:40, 4 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wexmoor Evening Post', 'Sign in', 'Subscribe', ...nNav, 'Local', 'Copy link', nCap, 'Advertisement',
    `Read more: ${nRead}`, 'Topics', ...nTags, 'Most Read', ...nMost, "Get the day's top stories in your inbox", 'Sign up', nNews, ...nFoot,
    '© 2027 Wexmoor Media Ltd', 'We value your privacy', nCookie, 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT657_C: readonly TestPage[] = [webflow, nextNews];

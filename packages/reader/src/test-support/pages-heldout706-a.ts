import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout706-kit.js';

/**
 * Held-out batch 706, file a: a congressional story on a Politico-like politics news site (its story template with
 * in-text ads, a newsletter promo and a related box inside the body), and a committee report story on a parliament's news
 * service in the style of the UK Parliament committees site.
 */
const pTitle = 'House Rules Committee clears ethics overhaul, teeing up floor fight over recusal';
const pDek = j(
  'The package would force members to step aside from votes on bills that touch their own holdings, a provision leadership',
  'aides say could still be stripped out.',
);
const pBody = [
  j(
    'The House Rules Committee voted 7-4 late Thursday to send a sweeping ethics package to the floor, ending a nine-hour markup',
    'that exposed deep divisions inside both parties over how far lawmakers should go in policing their own finances.',
  ),
  j(
    'The bill, known as the Public Trust in Congress Act, would require members to disclose stock trades within 10 days instead',
    'of the current 45, create an independent auditor inside the Office of Congressional Conduct and, most controversially,',
    'bar members from voting on legislation that would directly benefit a company in which they or a spouse hold more than',
    '$50,000 in shares.',
  ),
  j(
    'That recusal rule is the part leadership is most nervous about. Two senior aides, granted anonymity to describe private',
    'conversations, said the Speaker’s office has fielded complaints from more than 30 members who argue it would leave some',
    'districts without a vote on major spending bills.',
  ),
  j(
    '“You would have members from farm country unable to vote on the farm bill because they own a tractor dealership,” said',
    '<a href="/news/harold-brisk">Rep. Harold Brisk</a>, who voted against the package in committee. “That is not ethics. That',
    'is disenfranchisement with extra steps.”',
  ),
  j(
    'The bill’s lead sponsor, Rep. Alondra Feeney, rejected that framing. She said the threshold was set high precisely so that',
    'ordinary small-business owners would not be caught, and that members could ask the new auditor for a waiver before a vote.',
  ),
  j(
    'Committee members adopted 11 amendments, most of them technical. The most significant, offered by Rep. Caleb Oyelaran,',
    'would delay the recusal rule until the start of the next Congress, giving members two years to divest or move assets into',
    'a qualified blind trust.',
  ),
  j(
    'Another amendment, from Rep. Nadia Halvorsen, would have exempted diversified mutual funds from the disclosure deadline',
    'altogether. It failed on a tie vote after two members of her own party sided against it.',
  ),
  j(
    'Outside groups that have pushed for a trading ban for years were cautiously supportive. “This is the furthest a bill like',
    'this has ever gotten,” said Wendell Achterberg, policy director at the watchdog group Open Ledger Project. “But we have',
    'seen the recusal language get quietly dropped in the past, and we will be watching the rule that comes to the floor.”',
  ),
  j(
    'The floor vote is expected next week, though the timing depends on whether leadership can finish negotiations on a',
    'stopgap spending measure first. A senior Democratic aide said the minority would whip in favor if the recusal provision',
    'survived intact.',
  ),
  j(
    'In the Senate, a companion bill from Sen. Ruth Madigan has been stuck in the Homeland Security and Governmental Affairs',
    'Committee since January. Madigan said Thursday that a strong House vote “would change the math” and that she had asked',
    'the committee chair for a markup before the April recess.',
  ),
  j(
    'Brisk and several other opponents said they would offer a motion to recommit that strips the recusal rule but keeps the',
    'faster disclosure deadline, a version they argue could pass with a large bipartisan majority.',
  ),
];
const pNav = ['Congress', 'White House', 'Courts', 'Campaigns', 'Policy', 'Newsletters', 'Podcasts'];
const pRelated = ['Inside the quiet campaign to kill the stock-trading ban', 'Ethics office caseload hits a 10-year high'];
const pMost = [
  'Senate Democrats float a two-week stopgap as shutdown deadline nears',
  'The governor who wants to abolish her own office',
  'Appeals court revives challenge to the new district map',
  'Why the farm bill keeps slipping',
  'Playbook Power List: the aides running the ethics fight',
];
const pTags = ['House', 'Ethics', 'Stock trading', 'Rules Committee'];
const pFoot = ['About Us', 'Advertising', 'Careers', 'Corrections', 'Privacy Policy', 'Terms of Service', 'Do Not Sell My Info'];
const pP = (t: string): string => `<p class="story-text__paragraph">${t}</p>`;
const pAd = (n: number): string => `<div class="story-enhancement" aria-hidden="false"><div class="ad ad--story ad--in-text" id="ad-in-text-${n}">
<p class="ad__label">Advertisement</p><div id="div-gpt-ad-instory-${n}" data-ad-unit="/3145/capitolledger/congress"
style="min-height:250px"></div></div></div>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>House Rules Committee clears ethics overhaul, teeing up floor fight - Capitol Ledger</title>
<meta name="description" content="${pDek}"><link rel="canonical" href="https://www.capitolledger.com/news/2027/03/11/house-rules-ethics-overhaul-00142871">
<meta property="og:type" content="article"><meta property="og:title" content="${pTitle}"><meta property="og:site_name" content="Capitol Ledger">
<meta property="article:section" content="Congress"><meta property="article:published_time" content="2027-03-11T18:12:00-04:00">
<meta name="parsely-metadata" content='{"authors":["Meghan Ostrowski","Luis Tarrant"],"section":"congress"}'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}",
"datePublished":"2027-03-11T18:12:00-04:00","dateModified":"2027-03-11T21:40:00-04:00",
"author":[{"@type":"Person","name":"Meghan Ostrowski"},{"@type":"Person","name":"Luis Tarrant"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Capitol Ledger"},"isAccessibleForFree":true}</script>
<script>window.CL = window.CL || {};
CL.pageConfig = {"contentId":"00142871","section":"congress","adTargeting":{"kw":["ethics","house"]},"paywall":false};</script>
<link rel="stylesheet" href="https://static.capitolledger.com/dist/css/story.8f21c.css"></head>
<body class="layout-story story-standard section-congress"><a class="skip-link sr-only sr-only-focusable" href="#main">Skip to Main Content</a>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bottom" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to personalize content and ads and to analyze our traffic.
By clicking “Accept All”, you consent to our use of cookies.</p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All</button></div></div></div></div></div></div>
<header class="site-header" role="banner"><div class="site-header__top"><div class="container">
<a class="site-header__logo" href="/"><span class="sr-only">Capitol Ledger</span><svg class="logo" aria-hidden="true"><use href="#logo-cl"></use></svg></a>
<div class="site-header__actions"><a class="btn btn--login" href="/login">Log In</a><a class="btn btn--pro" href="/pro">Ledger Pro</a></div></div></div>
<nav class="site-header__nav main-nav" aria-label="Main"><ul class="main-nav__list">${links(pNav, 'main-nav__item')}</ul></nav></header>
<main id="main" class="container container--story"><div class="story-layout"><section class="page-content story-main">
<div class="summary"><header class="story-header"><p class="category"><a href="/congress">Congress</a></p>
<h1 class="headline">${pTitle}</h1><p class="dek">${pDek}</p></header>
<div class="story-meta"><div class="story-meta__details"><p class="story-meta__authors">By
<span class="vcard"><a href="/staff/meghan-ostrowski">Meghan Ostrowski</a></span> and
<span class="vcard"><a href="/staff/luis-tarrant">Luis Tarrant</a></span></p>
<p class="story-meta__timestamp"><time datetime="2027-03-11 18:12">03/11/2027 06:12 PM EDT</time></p>
<p class="story-meta__updated"><time datetime="2027-03-11 21:40">Updated: 03/11/2027 09:40 PM EDT</time></p></div>
<div class="story-meta__tools social-tools"><ul class="social-tools__list">
<li><a class="social-tools__link" href="https://twitter.com/intent/tweet?url=x"><span class="sr-only">Share on X</span></a></li>
<li><a class="social-tools__link" href="https://www.facebook.com/sharer.php?u=x"><span class="sr-only">Share on Facebook</span></a></li>
<li><a class="social-tools__link" href="mailto:?subject=x"><span class="sr-only">Share via Email</span></a></li>
<li><button class="social-tools__link js-copy-link"><span class="sr-only">Copy Link</span></button><span class="copy-link__status" hidden>Link
Copied</span></li>
</ul></div></div>
<figure class="art art--lead"><div class="fig-graphic"><img src="https://static.capitolledger.com/images/2027/03/feeney-rules.jpg"
alt="Rep. Alondra Feeney speaks to reporters." width="1160" height="773"></div><figcaption class="fig-text">
<p class="fig-text__caption">Rep. Alondra Feeney, the bill’s lead sponsor, speaks to reporters outside the Rules Committee room on Thursday.</p>
<p class="fig-text__credit credit">Tomasz Wren/Capitol Ledger</p></figcaption></figure></div>
<div class="story-text">
${pP(at(pBody, 0))}
${pP(at(pBody, 1))}
${pP(at(pBody, 2))}
${pAd(1)}
${pP(at(pBody, 3))}
${pP(at(pBody, 4))}
<aside class="story-enhancement newsletter-promo" data-newsletter="morning-gavel"><div class="newsletter-promo__inner">
<p class="newsletter-promo__title">Morning Gavel</p><p class="newsletter-promo__desc">The unofficial guide to the House floor, in your inbox every weekday
morning.</p><form class="newsletter-promo__form" action="/newsletters/subscribe" method="post">
<label for="nl-email" class="newsletter-promo__label">Your Email</label><input type="email" id="nl-email" name="email" placeholder="Email address">
<button type="submit" class="btn btn--primary">Sign Up</button></form>
<p class="newsletter-promo__legal">By signing up, you acknowledge and agree to our <a href="/privacy">Privacy Policy</a> and
<a href="/terms">Terms of Service</a>. You may unsubscribe at any time.</p></div></aside>
${pP(at(pBody, 5))}
${pP(at(pBody, 6))}
<div class="story-enhancement story-related"><h3 class="story-related__title">Related</h3><ul class="story-related__list">
${pRelated.map((t) => `<li class="story-related__item"><a href="/news/2027/03/x">${t}</a></li>`).join('\n')}</ul></div>
${pP(at(pBody, 7))}
${pAd(2)}
${pP(at(pBody, 8))}
${pP(at(pBody, 9))}
${pP(at(pBody, 10))}
<p class="story-text__paragraph story-text__contributor"><em>Sarah Quintero contributed to this report.</em></p>
</div>
<div class="story-tags"><p class="story-tags__label">Filed under:</p><ul class="story-tags__list">
${pTags.map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div></section>
<aside class="story-rail sidebar" aria-label="Sidebar"><div class="ad ad--rail"><p class="ad__label">Advertisement</p><div id="div-gpt-ad-rail-1"></div></div>
<section class="most-read"><h2 class="most-read__title">Most Read</h2><ol class="most-read__list">
${pMost.map((t, i) => `<li class="most-read__item"><span class="most-read__rank">${i + 1}</span><a href="/news/x">${t}</a></li>`).join('\n')}
</ol></section></aside></div></main>
<footer class="site-footer"><div class="container"><ul class="site-footer__links">${links(pFoot)}</ul>
<p class="site-footer__copyright">© 2027 Capitol Ledger, LLC</p></div></footer>
<script src="https://static.capitolledger.com/dist/js/story.8f21c.js" defer></script></body></html>`;
const politico: TestPage = gold({
  name: 'heldout706-politico-house-ethics',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([pDek, ...pBody]),
  bylines: [
    'By Meghan Ostrowski and Luis Tarrant',
    '03/11/2027 06:12 PM EDT',
    'Updated: 03/11/2027 09:40 PM EDT',
    'Sarah Quintero contributed to this report.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'We use cookies and similar technologies to personalize content and ads and to analyze our traffic.',
    'By clicking “Accept All”, you consent to our use of cookies.', 'Cookie Settings', 'Accept All', 'Capitol Ledger', 'Log In', 'Ledger Pro',
    ...pNav, 'Share on X', 'Share on Facebook', 'Share via Email', 'Copy Link',
    'Rep. Alondra Feeney, the bill’s lead sponsor, speaks to reporters outside the Rules Committee room on Thursday.', 'Tomasz Wren/Capitol Ledger',
    'Advertisement', 'Morning Gavel', 'The unofficial guide to the House floor, in your inbox every weekday morning.', 'Your Email', 'Sign Up',
    'By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time.', 'Related', ...pRelated,
    'Filed under:', ...pTags, 'Most Read', '1', '2', '3', '4', '5', ...pMost, ...pFoot, '© 2027 Capitol Ledger, LLC',
  ],
});

const cTitle = 'Remote hearings must not become the default, Justice Committee warns';
const cLead = j(
  'Defendants and witnesses should keep a legal right to ask for a hearing in a physical courtroom, the Justice Committee says',
  'in a report published today on the use of video links in the criminal and family courts.',
);
const cIntro = j(
  'The Committee found that remote hearings, which rose sharply after the courts’ digital reform programme began in 2023, have',
  'saved time for lawyers and police officers and helped clear part of the backlog in the magistrates’ courts. But it heard',
  'repeated evidence that people appearing by video from police stations, prisons or their own homes were less likely to',
  'understand what was happening and less able to speak to their lawyer in private.',
);
const cFindings = [
  'Just over four in ten first appearances in the magistrates’ courts now take place wholly or partly by video.',
  'Courts do not record whether a defendant asked for an in-person hearing, or why a request was refused.',
  'Interpreters working remotely reported poor sound on almost a third of the hearings they covered in a Committee survey.',
  'No assessment has been made of whether remote hearings affect sentencing outcomes.',
];
const cRecs = [
  j(
    'The Committee calls on the Ministry of Justice to put a presumption in favour of physical hearings into primary legislation',
    'for trials, sentencing hearings and contested family cases, with video used only where all parties agree or a judge gives',
    'reasons in open court.',
  ),
  j(
    'It also recommends that the Courts and Tribunals Agency begin publishing data on remote hearings by court, hearing type and',
    'the defendant’s age within twelve months, and that the Government commission an independent study of outcomes before any',
    'further expansion of the video estate.',
  ),
];
const cChairIntro = 'Committee Chair Dame Florence Aikin said:';
const cQuotes = [
  j(
    '“Video links have a place in a modern justice system, and nobody wants to go back to prisoners being driven across the',
    'county for a five-minute hearing. But justice has to be seen to be done, and too often the person at the centre of the case',
    'is the one who sees and hears the least.',
  ),
  j(
    '“We want the Government to set out clearly, in law, when someone can insist on being in the room. At the moment that',
    'depends on which court you are in and which judge you get.”',
  ),
];
const cNext = j(
  'The Government is expected to respond to the report within two months. The Committee will take evidence from the Courts',
  'Minister, Owain Prothero MP, on 24 March.',
);
const cNav = ['MPs and Lords', 'Business', 'Committees', 'Get involved', 'Visiting', 'About Parliament'];
const cCrumbs = ['Home', 'Committees', 'Justice Committee', 'News'];
const cFurther = ['Report: Remote hearings in the criminal and family courts (HC 412)', 'Inquiry: Remote justice', 'Committee membership'];
const cFoot = ['Contact us', 'Accessibility statement', 'Cookie policy', 'Privacy notice', 'Parliamentary copyright', 'Jobs'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Remote hearings must not become the default, Justice Committee warns - Committees - Haldmark Parliament</title>
<meta name="description" content="${cLead}"><meta property="og:title" content="${cTitle}"><meta property="og:type" content="article">
<meta property="og:image" content="https://committees.haldmarkparliament.org/images/news/westmark-crown-court.jpg">
<link rel="stylesheet" href="/dist/css/committees.min.css?v=4.12.0"><link rel="icon" href="/favicon.ico">
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"news","committeeId":102,"newsId":201877});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2027-03-10T00:01:00Z",
"publisher":{"@type":"GovernmentOrganization","name":"Haldmark Parliament"}}</script></head>
<body class="committees news-article"><a href="#main-content" class="skip-link">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner"><div class="container"><h2 class="cookie-banner__title">Cookies on
Haldmark Parliament</h2><p>We use necessary cookies to make our site work. We’d also like to set optional analytics cookies to help us improve it.</p>
<div class="cookie-banner__buttons"><button class="btn btn-primary" data-cookie="accept">Accept optional cookies</button>
<button class="btn btn-secondary" data-cookie="reject">Reject optional cookies</button><a href="/cookies">Change cookie settings</a></div></div></div>
<header class="site-header"><div class="container"><a class="site-header__logo" href="https://www.haldmarkparliament.org">
<img src="/images/logo-hp.svg" alt="Haldmark Parliament"></a><nav class="site-header__nav" aria-label="Main navigation">
<ul class="nav-list">${links(cNav, 'nav-item')}</ul></nav>
<form class="site-header__search" role="search" action="/search"><label for="q" class="sr-only">Search</label><input id="q" name="q" type="search">
<button type="submit" class="btn-search"><span class="sr-only">Search</span></button></form></div></header>
<div class="committee-banner"><div class="container"><p class="committee-banner__type">Commons Select Committee</p>
<p class="committee-banner__name"><a href="/committee/102/justice-committee">Justice Committee</a></p></div></div>
<nav class="breadcrumb-container" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb">${links(cCrumbs, 'breadcrumb-item')}</ol></div></nav>
<main id="main-content"><div class="hero-section"><div class="container"><div class="hero-content">
<span class="content-type">News article</span><h1 class="hero-title">${cTitle}</h1>
<div class="date">Published Wednesday 10 March 2027</div></div></div></div>
<div class="content-section"><div class="container"><div class="row"><div class="col-md-8"><article class="news-article-body">
<div class="image-container"><img src="/images/news/westmark-crown-court.jpg" alt="Westmark Crown Court">
<div class="image-caption"><span>Westmark Crown Court</span> <span class="image-credit">Image: Parliamentary copyright</span></div></div>
<div class="rich-text">
<p class="lead"><strong>${cLead}</strong></p>
<p>${cIntro}</p>
<h2>Key findings</h2>
<ul>${lis(cFindings)}</ul>
<h2>Recommendations</h2>
${ps(cRecs)}
<h2>Chair’s comments</h2>
<p>${cChairIntro}</p>
<blockquote>${ps(cQuotes)}</blockquote>
<h2>Next steps</h2>
<p>${cNext}</p>
</div>
<div class="further-information"><h2>Further information</h2><ul>${links(cFurther)}</ul></div>
<div class="share-links"><p class="share-links__title">Share this page</p><ul class="share-links__list">
<li><a href="https://twitter.com/share?url=x" class="share-twitter"><span class="sr-only">Share on Twitter</span></a></li>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=x" class="share-facebook"><span class="sr-only">Share on Facebook</span></a></li>
<li><a href="https://www.linkedin.com/shareArticle?url=x" class="share-linkedin"><span class="sr-only">Share on LinkedIn</span></a></li>
<li><a href="mailto:?body=x" class="share-email"><span class="sr-only">Share by email</span></a></li></ul></div></article></div>
<aside class="col-md-4 sidebar"><div class="card card-committee"><div class="card-header"><h3>Justice Committee</h3></div>
<div class="card-body"><p>The Justice Committee examines the work of the Ministry of Justice and the courts, prisons and probation services.</p>
<a href="/committee/102/justice-committee/role" class="btn btn-link">Role of the Committee</a></div></div>
<div class="card card-contact"><div class="card-header"><h3>Media enquiries</h3></div><div class="card-body">
<p>Rhian Castell, Committee Media Officer</p><p><a href="mailto:justicecom@haldmarkparliament.org">justicecom@haldmarkparliament.org</a></p>
</div></div></aside></div></div></div></main>
<a href="#" class="back-to-top">Back to top</a>
<footer class="site-footer"><div class="container"><ul class="footer-links">${links(cFoot)}</ul>
<p class="footer-copyright">© Haldmark Parliament 2027</p></div></footer>
<script src="/dist/js/committees.min.js?v=4.12.0"></script></body></html>`;
const parliament: TestPage = gold({
  name: 'heldout706-parliament-remote-hearings',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Key findings', 'Recommendations', 'Chair’s comments', 'Next steps'],
  body: texts([cLead, cIntro, ...cFindings, ...cRecs, cChairIntro, ...cQuotes, cNext]),
  bylines: ['Published Wednesday 10 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on Haldmark Parliament',
    'We use necessary cookies to make our site work. We’d also like to set optional analytics cookies to help us improve it.',
    'Accept optional cookies', 'Reject optional cookies', 'Change cookie settings', ...cNav, 'Search', 'Commons Select Committee', 'Justice Committee',
    ...cCrumbs, 'News article', 'Westmark Crown Court', 'Image: Parliamentary copyright', 'Further information', ...cFurther, 'Share this page',
    'Share on Twitter', 'Share on Facebook', 'Share on LinkedIn', 'Share by email',
    'The Justice Committee examines the work of the Ministry of Justice and the courts, prisons and probation services.', 'Role of the Committee',
    'Media enquiries', 'Rhian Castell, Committee Media Officer', 'justicecom@haldmarkparliament.org', 'Back to top', ...cFoot, '© Haldmark Parliament 2027',
  ],
});

export const HELDOUT706_A: readonly TestPage[] = [politico, parliament];

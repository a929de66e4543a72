import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout400-kit.js';

/**
 * Held-out batch 400, file c: a professional body's member guidance article in a Zendesk Guide help centre (Copenhagen
 * theme: header, search, breadcrumbs, article author and "Updated" meta, Follow button, article votes, "Related articles"
 * and "Articles in this section" sidebars, "Submit a request" footer) and a royal college's short statement on a Next.js
 * site (the `__next` root with CSS-module class names, a mega menu, breadcrumb, media contact box, "More statements" cards,
 * OneTrust banner and the `__NEXT_DATA__` script).
 */
const zTitle = 'Renewing your practising certificate: evidence you need to keep';
const zBody = [
  j(
    'All members who hold a practising certificate with the Institute of Chartered Surveyors and Valuers must renew it every',
    'year by 31 May. This article explains what evidence you need to keep, how long to keep it and what happens if you are selected',
    'for a sample check.',
  ),
  j(
    'You do not need to upload evidence when you renew. Instead, you confirm in the renewal form that you meet each requirement,',
    'and you must be able to produce the evidence within 28 days if asked.',
  ),
];
const zKeep = [
  'a current certificate of professional indemnity insurance that meets the minimum terms;',
  'your CPD record for the last twelve months, showing at least 20 hours, of which 10 are formal learning;',
  'a signed declaration that you have completed the annual ethics module;',
  'for firms handling client money, the most recent accountant’s report.',
];
const zBody2 = [
  j(
    'Keep your evidence for at least six years from the end of the practising year it relates to. Electronic copies are',
    'acceptable as long as they are legible and show the dates clearly.',
  ),
  j(
    'Each year we select around 5 per cent of certificate holders at random for a check, together with members whose renewal',
    'answers need follow-up. If you are selected, we will email you with a list of the documents we need and a secure upload link.',
  ),
];
const zSteps = [
  'Open the email and sign in to the member portal using the link.',
  'Upload each document against the matching requirement.',
  'Add a short note if any document is incomplete or late, explaining why.',
  'Submit the check. You will receive a confirmation email the same day.',
];
const zBody3 = [
  j(
    'If the evidence is incomplete, a member of the regulation team will contact you to agree a deadline. Failing to respond',
    'may lead to your certificate being suspended and a referral to the Professional Conduct Panel.',
  ),
  'If you are unsure whether a piece of evidence is acceptable, contact the regulation team before the renewal deadline.',
];
const zH = ['What evidence to keep', 'How long to keep it', 'If you are selected for a check', 'If something is missing'];
const zCrumb = ['ICSV Member Help Centre', 'Regulation', 'Practising certificates'];
const zRelated = ['Minimum terms for professional indemnity insurance', 'Recording CPD in the member portal', 'Suspension and reinstatement'];
const zSection = ['Applying for a practising certificate', 'Renewing your practising certificate: evidence you need to keep', 'Changing your firm details'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26831 -->
<title>${zTitle} – ICSV Member Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:Yk1">
<link rel="canonical" href="https://help.icsv.example/hc/en-gb/articles/8841203344273">
<meta content="Members who hold a practising certificate must renew it every year by 31 May." name="description">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-3f1.css" media="all" id="stylesheet">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"icsvhelp","environment":"production"}; HelpCenter.user = {"role":"anonymous"};</script>
<script src="//static.zdassets.example/hc/assets/hc_enduser-9c2.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.example/logo.png" alt="Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumb)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query" id="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"><h2 id="section-articles-title"
class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-gb/sections/360" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//secure.gravatar.example/avatar/7a1" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/4001">Regulation Team</a><ul class="meta-group"><li class="meta-data"><time
datetime="2026-02-09T11:20:41Z" title="2026-02-09 11:20" data-datetime="relative">Updated 9 February 2026</time></li></ul></div></div>
<div class="article-subscribe"><a class="button" rel="nofollow" role="button" data-auth-action="signin" href="#">Follow</a></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zBody)}
<h2>${zH[0]}</h2>
<p>For each practising year, keep:</p>
<ul>${lis(zKeep)}</ul>
<h2>${zH[1]}</h2>
<p>${zBody2[0]}</p>
<h2>${zH[2]}</h2>
<p>${zBody2[1]}</p>
<ol>${lis(zSteps)}</ol>
<h2>${zH[3]}</h2>
${ps(zBody3)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><span>Share</span> <a href="#" class="share-twitter">X</a> <a href="#"
class="share-linkedin">LinkedIn</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${links(zRelated)}</ul></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">ICSV member services</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/" target="_blank">Powered by Zendesk</a></div></footer>
<script>HelpCenter.internal.showTicketForm = false;</script></body></html>`;
const guidance: TestPage = {
  name: 'heldout400-zendesk-guide-member-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zBody, 'For each practising year, keep:', ...zKeep, ...zBody2, ...zSteps, ...zBody3]),
  bylines: ['Regulation Team', 'Updated 9 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumb, 'Articles in this section', 'Applying for a practising certificate',
    'Changing your firm details', 'See more', 'Follow', 'Share', 'LinkedIn', 'Was this article helpful?', '14 out of 17 found this helpful',
    'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'ICSV member services', 'English (GB)',
    'Powered by Zendesk',
  ],
};

const rTitle = 'College statement on the proposed reduction in emergency medicine training posts';
const rBody = [
  j(
    'The Royal College of Acute Care Physicians is deeply concerned by today’s announcement that the number of specialty',
    'training posts in emergency medicine will be reduced by 60 from August next year.',
  ),
  j(
    'Emergency departments are already running with one in eight consultant posts vacant. Cutting training places now will',
    'widen that gap for a decade, because the doctors who would have filled those posts in 2034 will simply not exist.',
  ),
  j(
    'We recognise the pressure on training budgets. But moving posts away from emergency medicine, at a time when attendances',
    'are at a record high, risks longer waits and poorer care for patients who have nowhere else to go.',
  ),
  j(
    'The College has written to the education commissioner asking for the decision to be paused while its impact on patient',
    'safety is assessed, and for the College to be consulted before any final allocation of posts is made.',
  ),
  j(
    'Our President, Dr Rohan Saltmarsh, said: “Every emergency physician in training today is tomorrow’s consultant. We urge',
    'the commissioner to think again before a short-term saving becomes a long-term crisis.”',
  ),
];
const rMenu = ['Training and exams', 'Membership', 'Standards and guidance', 'News and media', 'Events', 'About the College'];
const rCrumb = ['Home', 'News and media', 'Statements'];
const rMore = ['College responds to winter pressures report', 'Statement on the use of corridor care', 'New president takes office at annual general meeting'];
const rFoot = ['Contact us', 'Careers', 'Privacy notice', 'Cookie settings', 'Accessibility statement'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${rTitle} | RCACP</title><meta name="description" content="The College is deeply concerned by the reduction in training posts."/>
<meta property="og:type" content="article"/><meta property="article:published_time" content="2026-03-24T16:30:00.000Z"/>
<link rel="preload" href="/_next/static/css/7d2e5a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7d2e5a.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}","datePublished":"2026-03-24"}</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-38cee4c0e358b1a3.js" defer=""></script>
<script src="/_next/static/chunks/pages/news/%5Bslug%5D-f2a91c.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__c1Xk2" href="#main">Skip to content</a>
<header class="Header_header__h7fQe"><div class="Header_inner__9pLm4"><a class="Header_logo__Zt2aQ" href="/"><span class="sr-only">RCACP home</span>
<svg aria-hidden="true" viewBox="0 0 120 40"></svg></a><nav class="MegaMenu_nav__Qx1aB" aria-label="Main"><ul class="MegaMenu_list__R2d8c">
${links(rMenu, 'MegaMenu_item__k3Jd9')}</ul></nav><div class="Header_actions__b5Ve1"><a class="Button_button__p0T3u Button_secondary__l8n2B"
href="/login">My College</a></div></div></header>
<main id="main" class="Layout_main__9sKd2"><nav aria-label="Breadcrumb" class="Breadcrumbs_breadcrumbs__3GkaA">
<ol>${links(rCrumb, 'Breadcrumbs_item__vT0a1')}</ol></nav>
<div class="ArticleHero_hero__N0p4f"><span class="Tag_tag__u2Vx8">Statement</span><h1 class="ArticleHero_title__X9e2C">${rTitle}</h1>
<div class="ArticleHero_meta__bH6sd"><time dateTime="2026-03-24T16:30:00.000Z">24 March 2026</time>
<span class="ArticleHero_readTime__a0Pq2">2 min read</span></div></div>
<div class="Article_grid__Ld8pS"><div class="RichText_richText__Wf2b3">${ps(rBody)}</div>
<aside class="Article_aside__pY6n1"><div class="MediaContact_box__T4gqz"><h2 class="MediaContact_title__m0ZcR">Media enquiries</h2>
<p>Press office: 020 7946 0831</p><p>Out of hours: 07700 900 418</p></div>
<div class="ShareLinks_share__Hs1v8"><span>Share this statement</span><ul><li><a href="#">LinkedIn</a></li><li><a href="#">Bluesky</a></li>
<li><button type="button">Copy link</button></li></ul></div></aside></div>
<section class="CardGrid_section__c2Rk0"><h2 class="CardGrid_heading__q9Xb1">More statements</h2><ul class="CardGrid_grid__z0Pf3">
${rMore
  .map(
    (m, i) => `<li class="Card_card__f3Lz8"><a href="/news/statement-${i}"><span class="Card_date__o0Ht1">1${i} March 2026</span>
<h3 class="Card_title__V6jY4">${m}</h3></a></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="Footer_footer__w3Rm1"><ul>${links(rFoot)}</ul><p>The Royal College of Acute Care Physicians is a registered charity, number 1099874.</p>
<p>© 2026 RCACP</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to understand how
our website is used and to improve your experience.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${rTitle}","type":"statement","date":"2026-03-24"}},
"__N_SSG":true},"page":"/news/[slug]","query":{"slug":"emergency-medicine-training-posts"},"buildId":"kP3v9sLw2","isFallback":false,"gsp":true}</script>
</body></html>`;
const college: TestPage = {
  name: 'heldout400-nextjs-royal-college-statement',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['24 March 2026', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'RCACP home', ...rMenu, 'My College', 'Statements', 'Statement', 'Media enquiries', 'Press office: 020 7946 0831',
    'Out of hours: 07700 900 418', 'Share this statement', 'LinkedIn', 'Bluesky', 'Copy link', 'More statements', ...rMore, '10 March 2026',
    ...rFoot, 'The Royal College of Acute Care Physicians is a registered charity, number 1099874.', '© 2026 RCACP',
    'We use cookies to understand how our website is used and to improve your experience.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT400_C: readonly TestPage[] = [guidance, college];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout561-kit.js';

/**
 * Held-out batch 561, file f: a supported-languages reference page of a localization platform's docs on Hugo with the Docsy
 * theme (section sidebar, page TOC, alert, code block, feedback box), and a Zendesk Guide help center article (Copenhagen
 * theme) on booking an on-site sign language interpreter.
 */
const hTitle = 'Supported languages';
const hLead = 'Language codes, pricing tiers and turnaround for every language you can order through Tessel.';
const hIntro = [
  j(
    'Tessel accepts orders between any two of the languages below. Use the BCP 47 code in the <code>source</code> and',
    '<code>targets</code> fields of an order. The tier sets the per-word price and the standard turnaround.',
  ),
];
const hTableH = 'Language table';
const hRows: readonly (readonly string[])[] = [
  ['Arabic', `<code>ar</code>`, '2', '3 days'],
  ['Chinese (Simplified)', `<code>zh-Hans</code>`, '2', '3 days'],
  ['French', `<code>fr</code>`, '1', '2 days'],
  ['German', `<code>de</code>`, '1', '2 days'],
  ['Somali', `<code>so</code>`, '3', '5 days'],
  ['Tigrinya', `<code>ti</code>`, '3', '5 days'],
];
const hTiersH = 'Pricing tiers';
const hTiers = ['Tier 1: 0.08 EUR a word', 'Tier 2: 0.11 EUR a word', 'Tier 3: 0.15 EUR a word, with human review by a second linguist included'];
const hAlertH = 'Minimum charge';
const hAlert = 'Every target language in an order has a minimum charge of 25 EUR, whatever the word count.';
const hApiH = 'Listing languages from the API';
const hApi = ['The list above is also available from the API, so that your integration does not need a copy of it:'];
const hCode = 'curl -H "Authorization: Bearer $TESSEL_TOKEN" https://api.tessel.example/v3/languages';
const hApi2 = [
  j(
    'The response includes a <code>tier</code> and a <code>certified</code> flag for each language. Certified translation is',
    'available only for tier 1 and tier 2 languages.',
  ),
];
const hSide = ['Getting started', 'Orders', 'Webhooks', 'Reference', 'Supported languages', 'File formats', 'Glossaries'];
const hNavTop = ['Documentation', 'API reference', 'Blog', 'Status'];
const hToc = [hTableH, hTiersH, hApiH];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.124.1"><link rel="canonical" type="text/html" href="https://docs.tessel.example/docs/reference/languages/">
<title>${hTitle} | Tessel Docs</title><meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}">
<meta itemprop="dateModified" content="2026-02-03T11:20:41+01:00"><link rel="preload" href="/scss/main.min.4f1c2e8a.css" as="style">
<link href="/scss/main.min.4f1c2e8a.css" rel="stylesheet" integrity=""><script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous">
</script>
<script defer src="/js/lunr.min.js" crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div
class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Tessel Docs</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNavTop
  .map(
    (t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}"
href="/${t.toLowerCase().replace(/ /g, '-')}/"><span>${t}</span></a></li>`,
  )
  .join('')}<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a
class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false">v3.2</a><ul class="dropdown-menu">
<li><a class="dropdown-item" href="https://v31.docs.tessel.example">v3.1</a></li></ul></div></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off" data-offline-search-index-json-src="/offline-search-index.json"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex align-items-center"><div class="td-search td-search--offline">
<input type="search"
class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div><button
class="btn btn-link td-sidebar__toggle d-md-none
p-0 ms-3 fas fa-bars" type="button" data-bs-toggle="collapse" data-bs-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false"
aria-label="Toggle section navigation"></button></form><nav class="td-sidebar-nav collapse td-sidebar-nav--search-disabled foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li"><a
href="/docs/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-docs"><span class="">Documentation</span></a><ul class="ul-1">
${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section${t === hTitle ? ' active-path' : ''}"><a
href="/docs/${t.toLowerCase().replace(/ /g, '-')}/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__page${t === hTitle ? ' active' : ''}"><span
class="${t === hTitle ? 'td-sidebar-nav-active-item' : ''}">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0"><a
href="https://github.com/tessel-example/docs/edit/main/content/en/docs/reference/languages.md"
class="td-page-meta--edit td-page-meta__edit" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a><a
href="https://github.com/tessel-example/docs/issues/new?title=Supported%20languages" class="td-page-meta--issue td-page-meta__issue" target="_blank"
rel="noopener"><i
class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div><div class="td-toc"><nav id="TableOfContents"><ul>${hToc
  .map(
    (t) => `<li><a
href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb"><li
class="breadcrumb-item"><a
href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/reference/">Reference</a></li><li class="breadcrumb-item active"
aria-current="page">${hTitle}</li>
</ol></nav><div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>${ps(hIntro)}
<h2 id="language-table">${hTableH}</h2><table><thead><tr><th>Language</th><th>Code</th><th>Tier</th><th>Standard turnaround</th></tr></thead>
<tbody>${trs(hRows)}</tbody></table>
<h2 id="pricing-tiers">${hTiersH}</h2><ul>${lis(hTiers)}</ul>
<div class="alert alert-primary" role="alert"><h4 class="alert-heading">${hAlertH}</h4>${hAlert}</div>
<h2 id="listing-languages-from-the-api">${hApiH}</h2>${ps(hApi)}
<div class="highlight">
<pre tabindex="0" class="chroma"><code class="language-shell"
data-lang="shell"><span class="line"><span class="cl">${hCode}</span></span></code></pre></div>
${ps(hApi2)}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p><button class="btn btn-primary mb-4
feedback--answer feedback--answer-yes">Yes</button> <button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a target="_blank"
href="https://github.com/tessel-example/docs/issues/new">tell us how we can
improve</a>.</p><p class="feedback--response feedback--response-no">Sorry to hear that. Please <a target="_blank"
href="https://github.com/tessel-example/docs/issues/new">tell
us how we can improve</a>.</p></div><br><div class="td-page-meta__lastmod">Last modified February 3, 2026: <a
href="https://github.com/tessel-example/docs/commit/3f9a2c1">Add
Tigrinya to tier 3 (3f9a2c1)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul
class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Mailing list" aria-label="Mailing list"><a target="_blank"
rel="noopener"
href="https://lists.tessel.example" aria-label="Mailing list"><i class="fa fa-envelope"></i></a></li></ul></div><div
class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Tessel Localize Ltd.</span></span><span
class="td-footer__all_rights_reserved">All Rights Reserved</span>
<span class="ms-2"><a href="/privacy/" target="_blank" rel="noopener" class="td-footer__privacy-link">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.8d2e4c1f.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const docsy: TestPage = {
  name: 'heldout561-docsy-supported-languages',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hTableH, hTiersH, hAlertH, hApiH],
  body: [...texts([hLead, ...hIntro]), ...rowTexts(hRows), ...texts([...hTiers, hAlert, ...hApi, ...hApi2])],
  bylines: ['Last modified February 3, 2026: Add Tigrinya to tier 3 (3f9a2c1)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tessel Docs', ...hNavTop, 'v3.2', ...hSide.filter((t) => t !== hTitle && t !== 'Orders'),
    'Edit this page', 'Create documentation issue', 'Feedback', 'Was this page helpful?',
    'Yes', 'No', '© 2026 Tessel Localize Ltd.', 'All Rights Reserved', 'Privacy Policy',
  ],
};

const zTitle = 'How do I book an on-site sign language interpreter?';
const zIntro = [
  j(
    'You can book an on-site ASL interpreter in the Parla Connect app or on the web dashboard. On-site bookings need at least',
    '72 hours&rsquo; notice; for anything sooner, book a video interpreter instead.',
  ),
];
const zStepsH = 'Booking steps';
const zSteps = [
  'Open <strong>Bookings</strong> and select <strong>New on-site booking</strong>.',
  j(
    'Choose <strong>American Sign Language</strong> as the language. If the deaf participant uses tactile or pro-tactile signing,',
    'tick <strong>DeafBlind</strong>.',
  ),
  'Enter the address, the room or department, and the name and phone number of the contact person on site.',
  'Set the start time and the expected length. Assignments over two hours are automatically booked with a team of two interpreters.',
  'Add preparation notes, such as agendas, slides or the names of speakers, then select <strong>Submit request</strong>.',
];
const zAfterH = 'After you submit';
const zAfter = [
  j(
    'We will confirm the interpreter&rsquo;s name within one business day. You can see the status of every request under',
    '<strong>Bookings &gt; Upcoming</strong>. If we cannot fill a request, we will contact you with a video option before the',
    'appointment.',
  ),
];
const zNote = j(
  '<strong>Note:</strong> Cancellations less than 48 hours before the start time are billed in full, because our interpreters',
  'have reserved that time for you.',
);
const zSection = [
  'How do I book an on-site sign language interpreter?',
  'Booking a video interpreter',
  'Changing or cancelling a booking',
  'Requesting the same interpreter again',
];
const zRel = ['What is the difference between VRI and VRS?', 'How are on-site interpreters billed?'];
const zCrumbs = ['Parla Connect Help Center', 'Booking interpreters', 'On-site interpreting'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26718 --><title>${zTitle} – Parla Connect Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><link rel="canonical"
href="https://help.parlaconnect.example/hc/en-us/articles/8812034417">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f2a1c0e9.css"
media="all">
<link rel="stylesheet" type="text/css" href="https://theme.zdassets.com/theme_assets/11209431/3c2f8e1d.css">
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"parlaconnect"};HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="https://theme.zdassets.com/theme_assets/11209431/parla-logo.png"
alt="Parla Connect Help Center home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li><a
class="submit-a-request"
href="/hc/en-us/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button"
href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${zCrumbs.map((t) => `<li title="${t}"><a href="/hc/en-us/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input
type="hidden" name="utf8"
value="&#x2713;" autocomplete="off"><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar" aria-expanded="false">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button><h2 id="section-articles-title"
class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>${zSection
  .map(
    (t, i) => `<li><a href="/hc/en-us/articles/88120${i}"
class="sidenav-item${i === 0 ? ' current-article' : ''}"${i === 0 ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://parlaconnect.zendesk.com/system/photos/avatar.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/41120-Dana-Whitcombe">Dana Whitcombe</a><ul class="meta-group"><li class="meta-data"><time
datetime="2026-02-17T10:03:11Z"
title="2026-02-17 10:03" data-datetime="relative">February 17, 2026 10:03</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-us/articles/8812034417/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}<h2>${zStepsH}</h2><ol>${lis(zSteps)}</ol>
<p><img src="/hc/article_attachments/9921/new-booking.png" alt="The New on-site booking form"></p><h2>${zAfterH}</h2>${ps(zAfter)}
<div class="callout callout--note"><p>${zNote}</p></div></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=" class="share-facebook"
aria-label="Facebook"></a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li><li><a
href="https://www.linkedin.com/shareArticle"
class="share-linkedin" aria-label="LinkedIn"></a></li></ul></div></div><div class="article-votes"><h2 class="article-votes-question"
id="article-votes-label">Was this article
helpful?</h2><div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button"
class="button article-vote article-vote-up"
data-helper="vote" data-item="article" data-type="up" data-id="8812034417" data-upvote-count="14" data-vote-count="16" data-vote-sum="12"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" data-helper="vote"
aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count"><span
class="article-vote-label">14 out of 16 found this
helpful</span></small></div><div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRel, 'related-articles-item')}</ul></section></section>
<div class="article-comments" id="article-comments"><section class="comment-section"><div class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></div><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Parla Connect Help Center</a><div class="footer-language-selector"></div>
</div></footer>
<script src="//static.zdassets.com/hc/assets/en-us.bbb1e8b6.js"></script><script src="https://theme.zdassets.com/theme_assets/11209431/script.js"></script>
</body></html>`;
const zendesk: TestPage = {
  name: 'heldout561-zendesk-onsite-sign-booking',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zStepsH, zAfterH],
  body: texts([...zIntro, ...zSteps, ...zAfter, zNote]),
  bylines: ['Dana Whitcombe', 'February 17, 2026 10:03', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection.slice(1), 'Follow',
    'Was this article helpful?', 'Yes',
    'No', '14 out of 16 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel, 'Comments', '0 comments',
    'Article is closed for comments.',
  ],
};

export const HELDOUT561_F: readonly TestPage[] = [docsy, zendesk];

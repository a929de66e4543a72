import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, trs } from './pages-heldout546-kit.js';

/**
 * Held-out batch 546, file c: a state Secretary of State's notary fees and commission page on Drupal with the USWDS theme
 * (gov banner, side navigation, alert and table), and a private investigator's blog post on Ghost (Casper).
 */
const dTitle = 'Notary Public Fees and Recordkeeping';
const dLead = 'What a Lanark notary public may charge, what must go in the journal, and how long records must be kept.';
const dBody = [
  j(
    'Notaries public in Lanark are commissioned by the Secretary of State for a term of four years. The fees below are the most a',
    'notary may charge for each act. A notary may charge less or nothing at all, but may never charge more, and may not split one',
    'notarial act into several to raise the total.',
  ),
  'Maximum fees',
  j(
    'These limits were set by the Notary Modernization Act of 2024 and apply to every commissioned notary, including notaries',
    'employed by banks, law firms and state agencies.',
  ),
  'Travel fees',
  j(
    'A mobile notary may charge a separate travel fee if the signer agrees to it in writing before the notary sets out. The travel',
    'fee must be shown as a separate line on any receipt and may not be described as a notary fee.',
  ),
  'Remote online notarization',
  j(
    'Notaries registered for remote online notarization may charge up to $25 for each remote notarial act, which includes the',
    'identity proofing and the audio-video recording. Only platforms approved by this office may be used.',
  ),
  'The notary journal',
  'Every notary must keep a bound or electronic journal and record each notarial act at the time it is performed. Each entry must include:',
  'the date and time of the act and the type of act performed;',
  'the title or a short description of the document;',
  'the printed name, address and signature of each signer;',
  'how each signer was identified, including the type and the last four digits of the ID;',
  'the fee charged, or “no fee”.',
  'Keeping and surrendering records',
  j(
    'Journals and remote recordings must be kept for ten years after the last entry. If your commission ends and is not renewed,',
    'or if you move out of Lanark, you must deliver your journals to the county clerk of the county where you lived within 30 days.',
  ),
  j(
    'A notary who loses a journal, or whose journal is stolen, must notify this office in writing within 10 days. Use the form',
    'Notice of Lost or Stolen Journal and include a copy of any police report.',
  ),
  'Complaints about fees',
  j(
    'If you believe a notary charged more than the law allows, you may file a complaint with the Notary Division. Overcharging',
    'is grounds for suspension or revocation of a commission and for a civil penalty of up to $1,000 for each violation.',
  ),
];
const dHeads = [1, 3, 5, 7, 14, 17];
const dRows = [
  ['Acknowledgment', '$10 per signature'],
  ['Jurat (oath or affirmation with signature)', '$10 per signature'],
  ['Oath or affirmation without signature', '$5 per person'],
  ['Certified copy of a permitted document', '$5 per page, up to $20'],
  ['Protest of a negotiable instrument', '$15'],
];
const dAlert = ['Fees are changing on July 1, 2026', 'From July 1, 2026, the maximum for acknowledgments and jurats rises from $10 to $12 per signature.'];
const dNav = ['Elections', 'Business Services', 'Notary Public', 'State Archives', 'About the Office'];
const dSide = ['Become a notary', 'Renew your commission', 'Notary Public Fees and Recordkeeping', 'Remote online notarization', 'Notary complaints'];
const dCrumbs = ['Home', 'Business Services', 'Notary Public'];
const dFoot = ['Accessibility', 'Privacy policy', 'Public records requests', 'Contact us'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<title>${dTitle} | Lanark Secretary of State</title><link rel="canonical" href="https://sos.lanark.example/notary/fees-recordkeeping">
<meta name="description" content="${dLead}"><meta name="dcterms.modified" content="2026-02-17T10:12:44-05:00">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1834","currentLanguage":"en"},
"gtag":{"tagId":"G-LANARK01"},"user":{"uid":0}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/uswds_base/css/uswds.min.css?t8k2p1">
<link rel="stylesheet" media="all" href="/themes/custom/lanark_sos/css/styles.css?t8k2p1"></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of Lanark"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/themes/custom/lanark_sos/img/flag.svg"
alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the State of Lanark</p>
<p class="usa-banner__header-action">Here’s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div
class="usa-banner__guidance tablet:grid-col-6">
<div class="usa-media-block__body"><p><strong>Official websites use lanark.gov</strong><br>A <strong>.gov</strong> website belongs to an official state
organization.</p></div></div></div></div></div></section>
<div class="usa-overlay"></div><header class="usa-header usa-header--extended" id="header" role="banner"><div class="usa-navbar"><div class="usa-logo"
id="extended-logo">
<em class="usa-logo__text"><a href="/" title="Home" aria-label="Home">Lanark Secretary of State</a></em></div>
<button type="button" class="usa-menu-btn">Menu</button></div><nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner">
<button type="button" class="usa-nav__close"><img src="/themes/contrib/uswds_base/img/usa-icons/close.svg" role="img" alt="Close"></button>
<ul class="usa-nav__primary usa-accordion">${links(dNav, 'usa-nav__primary-item')}</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="/search"><label class="usa-sr-only"
for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="keys"><button class="usa-button" type="submit">
<img src="/themes/contrib/uswds_base/img/usa-icons-bg/search--white.svg" class="usa-search__submit-icon"
alt="Search"></button></form></section></div></nav></header>
<main class="main-content usa-layout-docs usa-section" role="main" id="main-content"><div class="grid-container"><div class="grid-row grid-gap">
<div class="usa-layout-docs__main desktop:grid-col-9 usa-prose"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(dCrumbs, 'usa-breadcrumb__list-item')}<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>${dTitle}</span></li></ol></nav>
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/notary/fees-recordkeeping" class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
<p class="usa-intro">${dLead}</p>
<div class="usa-alert usa-alert--info"><div class="usa-alert__body"><h2 class="usa-alert__heading">${at(dAlert, 0)}</h2>
<p class="usa-alert__text">${at(dAlert, 1)}</p></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(dBody, 0)])}
<h2 id="maximum-fees">${at(dBody, 1)}</h2>${ps([at(dBody, 2)])}
<table class="usa-table usa-table--borderless"><caption>Maximum fee for each notarial act</caption><thead><tr><th scope="col">Notarial act</th>
<th scope="col">Maximum fee</th></tr></thead><tbody>
${trs(dRows)}</tbody></table>
<h3 id="travel-fees">${at(dBody, 3)}</h3>${ps([at(dBody, 4)])}
<h3 id="ron">${at(dBody, 5)}</h3>${ps([at(dBody, 6)])}
<h2 id="journal">${at(dBody, 7)}</h2>${ps([at(dBody, 8)])}
<ul class="usa-list">${lis(dBody.slice(9, 14))}</ul>
<h2 id="records">${at(dBody, 14)}</h2>${ps([at(dBody, 15), at(dBody, 16)])}
<h2 id="complaints">${at(dBody, 17)}</h2>${ps([at(dBody, 18)])}
<p><a class="usa-button" href="/notary/complaint-form">File a notary complaint</a></p>
</div>
<div class="field field--name-field-last-updated"><p class="text-base">Page last updated: February 17, 2026</p></div></article></div>
<aside class="usa-layout-docs__sidenav desktop:grid-col-3 order-first"><nav aria-label="Secondary navigation"><h2 class="usa-sidenav__heading">Notary
Public</h2>
<ul class="usa-sidenav">${dSide
  .map((t) => `<li class="usa-sidenav__item"><a href="/notary/${t.length}"${t === dTitle ? ' class="usa-current"' : ''}>${t}</a></li>`)
  .join('')}</ul>
</nav><div class="block block-contact"><h2 class="font-sans-md">Notary Division</h2><p>Phone: (555) 019-4400<br>notary@sos.lanark.example</p>
<p>Monday to Friday, 8:00 a.m. to 4:30 p.m.</p></div></aside></div></div></main>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(dFoot, 'mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><p class="usa-footer__logo-heading">Office of the Lanark Secretary of State</p>
<address class="usa-footer__address"><div class="usa-footer__contact-info">State Capitol, Room 104, Fennick, LA 70001</div></address></div></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services">
<div class="usa-identifier__usagov-description">Looking for state government information and services?</div>
<a href="https://lanark.example/" class="usa-link">Visit lanark.gov</a></section></div>
<script src="/themes/contrib/uswds_base/js/uswds.min.js?t8k2p1"></script></body></html>`;
const lanarkSos: TestPage = {
  name: 'heldout546-uswds-drupal-notary-fees',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [at(dAlert, 0), ...dHeads.map((i) => at(dBody, i))],
  body: texts([dLead, at(dAlert, 1), ...dBody.slice(0, 1), at(dBody, 2), ...dRows.map(rowText), ...dBody.filter((_, i) => i > 2 && !dHeads.includes(i))]),
  bylines: ['Page last updated: February 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the State of Lanark', 'Here’s how you know', 'Lanark Secretary of State', 'Menu', ...dNav.filter((t) => t
!== 'Notary Public'),
    'Search', 'Home', 'Maximum fee for each notarial act', 'File a notary complaint', ...dSide.filter((t) => t !== dTitle && t !== at(dBody, 5)),
    'Phone: (555) 019-4400', 'notary@sos.lanark.example', 'Monday to Friday, 8:00 a.m. to 4:30 p.m.', 'Return to top', ...dFoot,
    'Office of the Lanark Secretary of State', 'State Capitol, Room 104, Fennick, LA 70001', 'Looking for state government information and services?',
    'Visit lanark.gov',
  ],
};

const gTitle = 'How a Skip Trace Actually Works (and Why It Is Not Magic)';
const gDek = 'Television makes finding a person look like one search in a secret database. The real work is slower, cheaper and far more careful.';
const gBody = [
  j(
    'About a third of the calls we take each month are some version of the same request: “I need to find someone.” The someone',
    'might be a tenant who left owing rent, a witness to a car accident, a cousin named in a will, or a college friend. The',
    'industry word for this work is skip tracing, from the old phrase for a debtor who “skipped town”.',
  ),
  'Step one: what do you already know?',
  j(
    'Every trace starts with an interview. A full name and a date of birth are worth more than any database subscription, and',
    'small details matter: a nickname, a former employer, the make of a car, the name of a dog. We write all of it down before',
    'we touch a computer, because the first answer a database gives is very often the wrong person with the same name.',
  ),
  'Step two: the paper trail',
  j(
    'Licensed investigators have access to commercial data services that gather utility connections, address histories and',
    'property records. These are a starting point, not an answer. A typical report on a common name returns a dozen possible',
    'addresses, some of them ten years stale. Our job is to narrow that list using records that can be checked:',
  ),
  'county property and tax records',
  'civil and small-claims court filings',
  'business registrations and professional licences',
  'marriage records and published obituaries of relatives',
  'Step three: confirming, quietly',
  j(
    'Once one address looks likely, we confirm it without alerting the person. That can mean a drive past to see a car registered',
    'to them, a pretext-free call to a building manager, or simply checking that the name on the mailbox matches. We do not',
    'lie about who we are, and we do not obtain phone or bank records: both are illegal for private investigators, whatever',
    'some websites promise.',
  ),
  j(
    'If there is any sign that the person does not want to be found, for example a protective order or a move to a shelter,',
    'we stop and tell the client we cannot continue. No fee is worth that risk.',
  ),
  'What it costs and how long it takes',
  j(
    'Most of our locates close in three to five business days for a flat fee. Harder cases, such as people who have moved',
    'abroad or have no recent paper trail, are quoted by the hour after the first week. If we do not find a verified current',
    'address, you do not pay the flat fee.',
  ),
  'The honest summary',
  j(
    'A good skip trace is careful research plus patience. If anyone promises you a current address in ten minutes for nine',
    'dollars, ask how they know it is current, and who else has been given the same answer.',
  ),
];
const gHeads = [1, 3, 9, 12, 14];
const gNav = ['Home', 'Services', 'Case Notes', 'About'];
const gRead = ['When a Witness Will Not Call Back', 'Five Public Records Most People Forget', 'What an Investigator Cannot Legally Do'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1c9e4f20b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://casenotes.blackfenpi.example/how-a-skip-trace-works/">
<meta property="og:site_name" content="Blackfen Investigations — Case Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-05-12T14:00:00.000Z"><meta property="article:tag" content="Skip Tracing">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Blackfen Investigations"},
"author":{"@type":"Person","name":"Owen Prestwick"},"headline":"${gTitle}","datePublished":"2026-05-12T14:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://casenotes.blackfenpi.example/" data-key="9a1b3c5d7e" data-api="https://casenotes.blackfenpi.example/ghost/api/content/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-skip-tracing is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://casenotes.blackfenpi.example">
Blackfen Case Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-skip-tracing">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/skip-tracing/">Skip Tracing</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar" aria-label="Read more of Owen Prestwick"><img class="author-profile-image"
src="/content/images/size/w100/owen.jpg"
alt="Owen Prestwick"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Prestwick</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-12">May 12, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/files.jpg 300w" src="/content/images/size/w2000/2026/05/files.jpg"
alt="Folders of county records on a desk"><figcaption><span style="white-space: pre-wrap;">County records room, Fennick. Photo: Blackfen Investigations</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps([at(gBody, 0)])}
<h2 id="step-one-what-do-you-already-know">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}
<h2 id="step-two-the-paper-trail">${at(gBody, 3)}</h2>${ps([at(gBody, 4)])}
<ul>${lis(gBody.slice(5, 9))}</ul>
<h2 id="step-three-confirming-quietly">${at(gBody, 9)}</h2>${ps([at(gBody, 10), at(gBody, 11)])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Need someone found?
<a href="/contact/">Ask for a flat-fee locate quote.</a></div></div>
<h2 id="what-it-costs-and-how-long-it-takes">${at(gBody, 12)}</h2>${ps([at(gBody, 13)])}
<h2 id="the-honest-summary">${at(gBody, 14)}</h2>${ps([at(gBody, 15)])}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gRead
  .map(
    (
      t,
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/r${i}/"><img class="post-card-image" src="/content/images/r${i}.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/r${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Case Notes</span></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-04-0${i + 1}">Apr ${i + 1}, 2026</time><span class="post-card-meta-length">${4 + i} min
read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://casenotes.blackfenpi.example">Blackfen Case Notes</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li></ul>
</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=a1c9e4f20b"></script></body></html>`;
const blackfen: TestPage = {
  name: 'heldout546-ghost-skip-trace',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: [gDek, ...gBody.filter((_, i) => !gHeads.includes(i))],
  bylines: ['Owen Prestwick', 'May 12, 2026', 'Apr 1, 2026', 'Apr 2, 2026', 'Apr 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Blackfen Case Notes', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', 'County records room, Fennick. Photo: Blackfen Investigations',
    'Need someone found? Ask for a flat-fee locate quote.', 'Sign up for more like this.', 'Enter your email', ...gRead, '4 min read',
    '5 min read', '6 min read', 'Blackfen Case Notes © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT546_C: readonly TestPage[] = [lanarkSos, blackfen];

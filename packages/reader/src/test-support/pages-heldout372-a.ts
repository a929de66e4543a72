import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout372-kit.js';

/**
 * Held-out batch 372, file a: a report landing page on Amnesty International's WordPress "humanity" theme for the invented
 * Lanternwatch International (page header with menu, Cookie Control banner, article header with the document meta, share
 * container, download box with the index number, "Read more" callout, figure with credit, related posts list, newsletter
 * sign-up, footer) and a report chapter on Human Rights Watch's Drupal report template for the invented Civitas Rights Watch
 * (report header, chapter table of contents, endnote references, download buttons, chapter pager, donate band, footer).
 */
const aTitle = 'Locked Out of the Valley: Forced Evictions and the Silent Clearance of the Teshvar Basin';
const aHeads = ['Key findings', 'A pattern of coercion', 'What Lanternwatch International is calling for'];
const aIntro = [
  j(
    'Between 2023 and 2025, at least 4,100 families were removed from their homes in the Teshvar Basin to make room for a planned',
    'irrigation reservoir. This report documents how the authorities of the Republic of Kalvora carried out those removals without',
    'genuine consultation, adequate notice or any offer of alternative housing.',
  ),
  j(
    'Lanternwatch International researchers interviewed 96 former residents, eleven local officials and three engineers who worked on the',
    'project. The organization also analysed satellite imagery showing the demolition of nine villages over a period of fourteen months.',
  ),
];
const aFindings = [
  'Families received eviction orders with as little as 72 hours’ notice, in a language many of them could not read.',
  'No resettlement site had been built when the first demolitions began in the spring of 2023.',
  'Compensation, where it was paid at all, averaged less than a fifth of the assessed value of the land taken.',
  'Residents who objected in public were summoned for questioning by the district security office.',
];
const aPattern = [
  j(
    'Former residents described the same sequence again and again. Officials arrived with a list of households, photographed each house',
    'and told families that the land now belonged to the reservoir authority. Those who refused to sign a relocation form were visited',
    'again at night.',
  ),
  j(
    '“They said that if we did not sign, the bulldozers would come anyway and we would get nothing,” said Merit Olanbe, a farmer from the',
    'village of Uskor, whose family had grazed sheep on the same hillside for four generations.',
  ),
  j(
    'Satellite images taken in July 2024 show that demolition of the upper villages started before the deadline printed on the eviction',
    'orders had passed. In two villages, the school and the clinic were the first buildings to be destroyed.',
  ),
];
const aCalls = [
  'Halt all further evictions in the basin until a full, independent review of the project has taken place.',
  'Provide every evicted family with adequate alternative housing and fair compensation without delay.',
  'Open an independent investigation into threats made against residents who spoke out.',
  'Ensure that development lenders financing the reservoir suspend disbursements until these conditions are met.',
];
const aNav = ['Who We Are', 'What We Do', 'Research', 'Latest', 'Get Involved', 'Donate'];
const aRelated = [
  'Kalvora: Journalists detained after reporting on dam protests',
  'Land rights defenders face rising threats across the region',
  'Submission to the UN Committee on Economic, Social and Cultural Rights',
];
const aFoot = ['About us', 'Contact us', 'Jobs', 'Media centre', 'Privacy policy', 'Cookie policy', 'Accessibility'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Lanternwatch International</title>
<meta name="description" content="New research documents forced evictions of thousands of families in the Teshvar Basin.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Lanternwatch International">
<meta property="og:title" content="Kalvora: Locked Out of the Valley"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" id="amnesty-core-css" href="/wp-content/themes/humanity-theme/assets/styles/app.css?ver=1.4.2" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"Locked Out of the Valley",
"datePublished":"2026-02-18","publisher":{"@type":"NGO","name":"Lanternwatch International"},"inLanguage":"en"}</script>
<script>window.amnestyCoreI18n={"listSeparator":"and","currentLang":"en"};var CCC_CONFIG={product:"PRO_MULTISITE",optionalCookies:[]};</script>
</head><body class="wp-singular post-template-default single single-post postid-418822 single-format-standard">
<a class="skipLink" href="#main">Skip to main content</a>
<header class="page-header is-light" role="banner" aria-label="Site header"><div class="container"><div class="page-headerItems">
<a class="logo" href="/en/" aria-label="Lanternwatch International home page"><img src="/logo.svg" alt="Lanternwatch International"></a>
<nav class="page-nav page-nav--main" aria-label="Primary navigation"><ul class="page-nav-menu">${links(aNav, 'menu-item menu-item-type-post_type')}</ul>
<button class="burger" data-toggle=".mobile-menu" aria-expanded="false"><span class="u-hiddenVisually">Open navigation</span></button>
<a class="page-nav-search" href="/en/search/">Search</a></nav></div></div></header>
<main id="main" role="main"><div class="container article-container">
<article class="article has-sidebar">
<header class="article-header is-narrow">
<div class="article-meta"><span class="article-metaItem article-metaItem--topic"><a href="/en/location/europe-and-central-asia/">Europe and Central Asia</a>
</span>
<span class="article-metaItem article-metaItem--type">Research</span></div>
<h1 class="article-title">${aTitle}</h1>
<div class="article-metaActions"><span class="article-metaItem article-metaItem--date"><time datetime="2026-02-18">18 February 2026</time></span>
<span class="article-metaItem">Index Number: EUR 58/0912/2026</span></div>
<div class="article-shareContainer"><p class="article-shareTitle">Share this:</p><ul class="article-share">
<li><a class="article-shareFacebook" href="https://www.facebook.com/sharer.php">Facebook</a></li>
<li><a class="article-shareTwitter" href="https://x.com/intent/post">X</a></li><li><a class="article-shareEmail" href="mailto:">Email</a></li></ul></div>
</header>
<div class="article-content">
${ps(aIntro)}
<h2 class="wp-block-heading">${aHeads[0]}</h2>
<ul class="wp-block-list">${lis(aFindings)}</ul>
<aside class="wp-block-amnesty-core-block-callout callout"><p class="callout-title">Read more:</p>
<a href="/en/latest/news/2025/11/kalvora-journalists/">Kalvora: Journalists detained after reporting on dam protests</a></aside>
<h2 class="wp-block-heading">${aHeads[1]}</h2>
${ps(aPattern)}
<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2026/02/uskor.jpg" alt="">
<figcaption class="wp-element-caption">Ruins of the village school in Uskor, photographed in October 2025. © Lanternwatch International</figcaption></figure>
<h2 class="wp-block-heading">${aHeads[2]}</h2>
<ul class="wp-block-list">${lis(aCalls)}</ul>
</div>
<aside class="article-sidebar"><div class="download-block"><h3 class="download-blockTitle">Download the report</h3>
<ul class="download-blockMeta"><li>Language: English</li><li>PDF, 2.4 MB, 64 pages</li></ul>
<a class="btn btn--download" href="/en/documents/eur58/0912/2026/en/">Download</a>
<p class="download-blockTranslations">Also available in Kalvoran and Russian</p></div></aside>
</article>
<section class="postlist" aria-label="Related content"><h2 class="postlist-title">Related Content</h2>
<ul class="postlist-items">${links(aRelated, 'post post--result')}</ul></section></div>
<section class="newsletter-signup section--tinted"><h2 class="newsletter-title">Stay informed</h2>
<p>Get our latest news and campaigns straight to your inbox.</p><form action="/subscribe"><label for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit" class="btn">Sign up</button></form></section></main>
<footer class="page-footer" role="contentinfo"><div class="container"><ul class="footer-menu">${links(aFoot, 'menu-item')}</ul>
<p class="footer-copyright">© 2026 Lanternwatch International. Registered charity number 1051681.</p></div></footer>
<div id="ccc" role="dialog" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__content"><h3 id="ccc-notify-title">This site uses cookies</h3>
<p>Some of these cookies are essential, while others help us to improve your experience.</p>
<button class="ccc-notify-button ccc-accept-button">Accept recommended settings</button>
<button class="ccc-notify-button ccc-reject-button">Reject optional cookies</button></div></div>
<script src="/wp-content/themes/humanity-theme/assets/scripts/bundle.js?ver=1.4.2" id="amnesty-theme-js"></script></body></html>`;
const amnesty: TestPage = {
  name: 'heldout372-amnesty-wp-humanity-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aIntro, ...aFindings, ...aPattern, ...aCalls]),
  bylines: ['18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...aNav, 'Open navigation', 'Search', 'Europe and Central Asia', 'Index Number: EUR 58/0912/2026', 'Share this:',
    'Facebook', 'Email', 'Read more:', 'Kalvora: Journalists detained after reporting on dam protests',
    'Ruins of the village school in Uskor, photographed in October 2025. © Lanternwatch International', 'Download the report', 'Language: English',
    'PDF, 2.4 MB, 64 pages', 'Download', 'Also available in Kalvoran and Russian', 'Related Content', ...aRelated, 'Stay informed',
    'Get our latest news and campaigns straight to your inbox.', 'Email address', 'Sign up', ...aFoot,
    '© 2026 Lanternwatch International. Registered charity number 1051681.', 'This site uses cookies',
    'Some of these cookies are essential, while others help us to improve your experience.', 'Accept recommended settings', 'Reject optional cookies',
  ],
};

const hTitle = '“We Had Nowhere to Go”: Pushbacks and Abuse at the Merrow Crossing';
const hChapter = 'II. Abuses at the Border Posts';
const hHeads = [hChapter, 'Beatings and Confiscation of Phones', 'Denial of Asylum Claims', 'Conditions in the Holding Yard'];
const hP1 = [
  j(
    'Civitas Rights Watch documented 61 incidents between March and November 2025 in which border guards at the Merrow crossing forced',
    'people back across the river without examining their claims. In most cases, the people expelled had already reached the guard post',
    'and asked for protection.<sup><a href="#_ftn14" name="_ftnref14">[14]</a></sup>',
  ),
];
const hBeat = [
  j(
    'Thirty-eight of the people we interviewed said guards had beaten them with batons or kicked them while they lay on the ground.',
    'Several showed researchers scars consistent with their accounts. A 17-year-old boy from Tarsel said guards broke two of his fingers',
    'when he refused to hand over his phone.<sup><a href="#_ftn15" name="_ftnref15">[15]</a></sup>',
  ),
  j(
    'Guards routinely confiscated or destroyed phones, which removed the means people had to record abuse or contact lawyers. Ilka Demby,',
    'a lawyer who represents asylum seekers in the border town of Sorrin, said that without phones her clients could rarely prove where',
    'they had been or when.',
  ),
];
const hAsylum = [
  j(
    'Under the country’s own asylum law, any person who expresses a wish to seek protection at the border must be registered and referred',
    'to the migration office. None of the 61 groups we documented was registered. Guards told several people that the post “does not',
    'accept applications,” and others were told to apply online from the other side of the river.',
  ),
  j(
    'Civitas Rights Watch wrote to the Ministry of Interior on January 9, 2026, asking how many asylum requests had been recorded at the',
    'Merrow post. The ministry replied that statistics are not kept per crossing point.',
  ),
];
const hYard = [
  'People who were held before being expelled described a fenced yard behind the guard post with no shelter and a single water tap.',
  'Detainees said they were kept there from a few hours up to three days, including two nights in sub-zero temperatures.',
  'Women reported that there was no separate space for them and no toilet they could use in private.',
  'Nobody we interviewed was given any written decision or told of a right to appeal.',
];
const hToc = ['Summary', 'I. Background', hChapter, 'III. The Legal Framework', 'Recommendations', 'Methodology', 'Acknowledgments'];
const hNotes = [
  '[14] Civitas Rights Watch interviews with 22 people expelled from the Merrow post, Sorrin, September 2025.',
  '[15] Civitas Rights Watch interview with Samir (pseudonym), 17, Sorrin, October 2, 2025.',
];
const hNav = ['Countries', 'Topics', 'Reports', 'Video & Photos', 'Impact'];
const hFoot = ['About Us', 'Careers', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Corrections'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${hTitle.replace(/[“”]/g, '"')} | Civitas Rights Watch</title>
<meta name="description" content="Border guards expelled asylum seekers at the Merrow crossing without examining their claims.">
<link rel="canonical" href="https://www.civitasrights.example/report/2026/02/24/we-had-nowhere-go/pushbacks-and-abuse-merrow-crossing">
<meta property="og:site_name" content="Civitas Rights Watch"><meta property="og:type" content="article">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/391204"},
"hrw_report":{"chapter":2,"chapters":7}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","headline":"We Had Nowhere to Go",
"datePublished":"2026-02-24T00:00:00-05:00","publisher":{"@type":"Organization","name":"Civitas Rights Watch"}}</script>
<link rel="stylesheet" media="all" href="/themes/custom/hrw/dist/css/main.css"></head>
<body class="path-node page-node-type-report"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner"><a class="site-header__logo" href="/" title="Home">Civitas Rights Watch</a>
<nav class="primary-nav" aria-label="Main"><ul class="primary-nav__list">${links(hNav, 'primary-nav__item')}</ul></nav>
<a href="/donate" class="site-header__donate button button--red">Donate now</a></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="report-header"><div class="report-header__content">
<div class="report-header__subtitle">Pushbacks and Abuse at the Merrow Crossing</div>
<h1 class="report-header__title">${hTitle}</h1>
<div class="report-header__dateline"><span class="date-display-single">February 24, 2026</span></div>
<div class="report-header__buttons"><a class="button" href="/sites/default/files/media_2026/02/merrow0226_web.pdf">Download the full report</a>
<a class="button button--outline" href="/report/2026/02/24/we-had-nowhere-go/summary">Download summary and recommendations</a></div></div></div>
<div class="report-body"><nav class="toc toc--sticky" aria-label="Report chapters"><h2 class="toc__title">Table of Contents</h2>
<ul class="toc__list">${links(hToc, 'toc__item')}</ul></nav>
<div class="chapter rich-text mx-auto" id="chapter-2">
<h2 class="chapter__title">${hChapter}</h2>
${ps(hP1)}
<h3>${hHeads[1]}</h3>
${ps(hBeat)}
<h3>${hHeads[2]}</h3>
${ps(hAsylum)}
<h3>${hHeads[3]}</h3>
<ul>${lis(hYard)}</ul>
<div class="chapter__pager"><a class="chapter__prev" href="../background">Previous chapter</a><a class="chapter__next" href="../legal">Next chapter</a></div>
<div class="footnotes"><h4 class="footnotes__title">Notes</h4>${ps(hNotes, ' class="footnote"')}</div></div></div>
<div class="donate-band"><p class="donate-band__text">Your tax deductible gift can help stop human rights violations and save lives around the world.</p>
<a class="button button--red" href="/donate">Give now</a></div></main>
<footer class="footer" role="contentinfo"><ul class="footer__menu">${links(hFoot, 'footer__item')}</ul>
<p class="footer__copyright">© 2026 Civitas Rights Watch, 350 Fifth Avenue, 34th Floor, New York, NY 10118-3299 USA</p></footer></div>
<script src="/themes/custom/hrw/dist/js/main.js"></script></body></html>`;
const hrw: TestPage = {
  name: 'heldout372-hrw-drupal-report-chapter-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hP1, ...hBeat, ...hAsylum, ...hYard]),
  bylines: ['February 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...hNav, 'Donate now', 'Pushbacks and Abuse at the Merrow Crossing', 'Download the full report',
    'Download summary and recommendations', 'Table of Contents', 'Summary', 'I. Background', 'III. The Legal Framework', 'Recommendations', 'Methodology',
    'Acknowledgments', 'Previous chapter', 'Next chapter', 'Notes', ...hNotes,
    'Your tax deductible gift can help stop human rights violations and save lives around the world.', 'Give now', ...hFoot,
    '© 2026 Civitas Rights Watch, 350 Fifth Avenue, 34th Floor, New York, NY 10118-3299 USA',
  ],
};

export const HELDOUT372_A: readonly TestPage[] = [amnesty, hrw];

import { links, type TestPage, texts } from './page-kit.js';
import { chathamComment } from './pages-heldout219-a2.js';

/**
 * Held-out batch 219, file a: a Brookings article (the site header with its mega-menu labels, "Donate" and search, the
 * content-type label and topic eyebrow, the author list with titles, date and read time, the share bar, an inline
 * "Related Content" card inside the article body, a figure with caption and source, the closing "Authors" cards, the
 * independence disclaimer, "Related Content" rail, topic tags, the newsletter sign-up and the footer) and, from file a2, a
 * Chatham House expert comment.
 */
const bkTitle = 'Rising home insurance costs are quietly reshaping local tax bases';
const bkDek = 'Premiums in high-risk counties have outpaced home values, and assessors are starting to notice.';
const bkP1 = [
  'For most of the past decade, the conversation about climate risk and housing has focused on buyers: who can afford to live ' +
    'where, and whether lenders are pricing floods and fires correctly. Far less attention has gone to the local governments that ' +
    'depend on those homes for revenue. That is starting to change.',
  'In a sample of 214 counties we examined, the median annual homeowners insurance premium rose 41 percent between 2019 and ' +
    '2024, while the median assessed home value rose 23 percent. In 38 of those counties, premiums grew faster than property tax ' +
    'bills for the same homes, a reversal of the historical pattern.',
];
const bkH1 = 'Why premiums matter for property taxes';
const bkP2 = [
  'Insurance is a carrying cost, and carrying costs are capitalized into what buyers will pay. When a buyer in coastal Wexham ' +
    'County faces a premium of $6,800 a year instead of $2,900, that difference comes out of the price they can offer. Over time, ' +
    'assessed values follow sale prices down, or at least fail to keep up.',
  'Because property taxes fund schools, roads and emergency services, a slow erosion of the base is a fiscal problem even when no ' +
    'single year looks alarming. Local officials we interviewed described it as a “leak you only find in the annual audit.”',
];
const bkH2 = 'What the data show';
const bkP3 = ['Three patterns stood out in the county data:'];
const bkList = [
  'Counties in the top quintile of premium growth saw assessed values rise 9 percentage points less than peers over five years.',
  'The gap was largest for homes valued under $250,000, where insurance is a bigger share of total housing cost.',
  'Counties that rely on property taxes for more than 70 percent of own-source revenue had the least room to absorb the change.',
];
const bkH3 = 'What policymakers can do';
const bkP4 = [
  'States have several options. They can fund mitigation grants that lower premiums directly, as three Gulf states now do for roof ' +
    'retrofits. They can require insurers to report premium data at the ZIP code level, so that assessors and budget offices can ' +
    'see trouble coming. And they can revisit revenue limits that leave counties with no way to diversify.',
  'None of this is a substitute for reducing the underlying risk. But ignoring the fiscal channel means that the costs of a ' +
    'changing climate will show up first, and least visibly, in the budgets of the places least able to bear them.',
];
const bkNav = ['Topics', 'Regions', 'Research & Commentary', 'Experts', 'Events', 'Centers & Programs', 'About'];
const bkShare = ['Share', 'Bluesky', 'Facebook', 'LinkedIn', 'Print'];
const bkRelatedInline = 'How states can prepare for the next insurance retreat';
const bkCaption = 'Figure 1. Change in median premium and median assessed value, 2019–2024';
const bkSource = 'Source: Authors’ analysis of state insurance filings and county assessor records.';
const bkDisclaimer =
  'The Brookings Institution is committed to quality, independence, and impact. We are supported by a diverse array of funders. ' +
  'In line with our values and policies, each Brookings publication represents the sole views of its author(s).';
const bkRelated = [
  'The municipal bond market is not pricing wildfire risk',
  'Five charts on the state of American homeownership',
  'Why disaster aid arrives too late for small towns',
];
const bkTags = ['Climate Change', 'Housing', 'State & Local Finance', 'U.S. Economy'];
const bkFoot = ['About Us', 'Research Programs', 'Careers', 'Contact', 'Privacy Policy', 'Terms of Use', 'Support Brookings'];
const bkNews = ['Get the latest from Brookings', 'Enter your email', 'Sign Up', 'reCAPTCHA and Google Privacy Policy and Terms of Use apply.'];
const bkH = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const bkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bkAuthor = (n: string, t: string): string =>
  `<li class="byo-author"><a class="name" href="https://www.brookings.edu/people/${n
    .toLowerCase()
    .replace(/ /g, '-')}/">${n}</a><span class="title">${t}</span></li>`;
const bkHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bkTitle} | Brookings</title><meta name="description" content="${bkDek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Brookings"><meta property="og:title" content="${bkTitle}">
<meta property="article:published_time" content="2025-04-08T09:00:00+00:00"><meta name="parsely-section" content="Commentary">
<link rel="canonical" href="https://www.brookings.edu/articles/rising-home-insurance-costs-are-quietly-reshaping-local-tax-bases/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bkTitle}",
"datePublished":"2025-04-08T09:00:00+00:00","author":[{"@type":"Person","name":"Marisol Ketteridge"},{"@type":"Person","name":"Darnell Ofori"}],
"publisher":{"@type":"Organization","name":"Brookings"}}]}</script>
<link rel="stylesheet" href="https://www.brookings.edu/wp-content/themes/brookings/dist/css/main.css?ver=4.2.1">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"article","program":"Economic Studies"});</script>
<script src="https://www.brookings.edu/wp-content/themes/brookings/dist/js/main.js?ver=4.2.1" defer></script></head>
<body class="wp-singular article-template-default single single-article postid-1873441">
<a class="skip-link screen-reader-text" href="#content">Skip to main content</a>
<header class="site-header" id="masthead"><div class="site-header__inner"><a class="site-header__logo" href="/" aria-label="Brookings home">
<svg role="img"><title>Brookings</title></svg></a><nav class="site-header__primary" aria-label="Primary"><ul class="menu">
${bkNav
  .map(
    (t) => `<li class="menu-item menu-item-has-children"><button class="menu-toggle"
aria-expanded="false">${t.replace(/&/g, '&amp;')}</button></li>`,
  )
  .join('\n')}
</ul></nav><a class="site-header__donate button" href="/support-brookings/">Donate</a>
<button class="site-header__search-toggle" aria-label="Search"><span class="screen-reader-text">Search</span></button></div></header>
<main id="content" class="site-main"><article class="article post-1873441">
<div class="article-header"><div class="article-header__eyebrow"><span class="article-type">Commentary</span>
<a class="article-header__topic" href="/topics/housing/">Housing</a></div>
<h1 class="article-title">${bkTitle}</h1><p class="article-header__dek">${bkDek}</p>
<div class="byo-block"><ul class="byo-authors">${bkAuthor('Marisol Ketteridge', 'Senior Fellow - Economic Studies')}
${bkAuthor('Darnell Ofori', 'Research Analyst - Hutchins Center on Fiscal and Monetary Policy')}</ul>
<div class="article-meta"><time class="date" datetime="2025-04-08">April 8, 2025</time><span class="read-time">7 min read</span></div></div>
<div class="share-tools" role="toolbar"><span class="share-tools__label">${bkShare[0]}</span><ul>
${bkShare
  .slice(1)
  .map((s) => `<li><a class="share-tools__link" href="#" data-share="${s.toLowerCase()}"><span class="label">${s}</span></a></li>`)
  .join('\n')}</ul></div></div>
<div class="article-content wp-block-post-content">
${bkPs([bkP1[0] ?? ''])}
<div class="wp-block-brookings-related-content related-inline"><span class="related-inline__label">Related Content</span>
<a href="/articles/how-states-can-prepare/"><span class="related-inline__title">${bkRelatedInline}</span></a></div>
${bkPs(bkP1.slice(1))}
${bkH(bkH1)}
${bkPs(bkP2)}
${bkH(bkH2)}
${bkPs(bkP3)}
<ul class="wp-block-list">${bkList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<figure class="wp-block-image size-full"><img src="https://www.brookings.edu/wp-content/uploads/2025/04/fig1.png" alt="Line chart">
<figcaption><strong>${bkCaption}</strong><br><em>${bkSource}</em></figcaption></figure>
${bkH(bkH3)}
${bkPs(bkP4)}
</div>
<section class="article-authors"><h2 class="article-authors__title">Authors</h2><ul>
<li><a href="/people/marisol-ketteridge/">Marisol Ketteridge</a><span>Senior Fellow - Economic Studies</span></li>
<li><a href="/people/darnell-ofori/">Darnell Ofori</a><span>Research Analyst - Hutchins Center on Fiscal and Monetary Policy</span></li></ul></section>
<div class="article-disclaimer"><p class="disclaimer">${bkDisclaimer}</p></div>
<div class="article-topics"><h2 class="article-topics__title">The Brookings Institution, Washington DC</h2><ul class="tags">${links(bkTags, 'tag')}</ul></div>
</article>
<aside class="related-content"><h2 class="related-content__heading">More On</h2><ul>${links(bkRelated, 'related-card')}</ul></aside></main>
<footer class="site-footer"><section class="newsletter-signup"><h2>${bkNews[0]}</h2><form><label for="nl-email" class="screen-reader-text">${bkNews[1]}</label>
<input id="nl-email" type="email" placeholder="${bkNews[1]}"><button type="submit">${bkNews[2]}</button></form>
<p class="recaptcha-notice">${bkNews[3]}</p></section><ul class="footer-menu">${links(bkFoot, 'footer-item')}</ul>
<p class="copyright">Copyright 2025 The Brookings Institution</p></footer>
<script>(function(){var s=document.createElement('script');s.src='https://cdn.parsely.com/keys/brookings.edu/p.js';document.body.appendChild(s);})();</script>
</body></html>`;
const brookings: TestPage = {
  html: bkHtml,
  name: 'heldout219-brookings-article',
  kind: 'news',
  // the dek is body; the author titles, the type label "Commentary", the topic eyebrow, the inline related card and the
  // "Authors" cards are furniture
  title: bkTitle,
  headings: [bkH1, bkH2, bkH3],
  body: texts([bkDek, ...bkP1, ...bkP2, ...bkP3, ...bkList, ...bkP4]),
  bylines: ['Marisol Ketteridge', 'Darnell Ofori', 'April 8, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...bkNav, 'Donate', 'Search', 'Commentary', 'Senior Fellow - Economic Studies',
    'Research Analyst - Hutchins Center on Fiscal and Monetary Policy', ...bkShare, 'Related Content', bkRelatedInline, bkCaption, bkSource,
    'Authors', bkDisclaimer, 'The Brookings Institution, Washington DC', ...bkTags, 'More On', ...bkRelated, ...bkNews, ...bkFoot,
    'Copyright 2025 The Brookings Institution',
  ],
};

export const HELDOUT219_A: readonly TestPage[] = [brookings, chathamComment];

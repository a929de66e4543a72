import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 28, file d2: an NGO report landing page on a WordPress theme with Gutenberg blocks (top bar with "Donate",
 * the header menu, breadcrumb, the "Report" label, title and subtitle, the date and authors, download buttons for the full
 * report, the executive summary and a French summary, a metadata box, the summary text, a row of statistic blocks, "Key findings"
 * and "Our recommendations" lists, the methods note, the share bar, the media enquiries box, "Related publications", the donate
 * call-out, the Mailchimp newsletter form, the charity footer and the Complianz cookie banner).
 */
const ngTitle = 'Broken Before Breakfast: why rural water points in Malawi fail, and what it takes to keep them running';
const ngSub = 'A survey of 1,140 hand pumps and piped schemes in six districts';
const ngSum = [
  'Across rural Malawi, hand pumps and small piped schemes are the main source of safe drinking water for more than eight million ' +
    'people. Yet our survey of 1,140 water points in six districts found that 34 percent were not working on the day of the visit, ' +
    'and a further 19 percent were working only in part.',
  'Most of these failures are not caused by worn-out technology. They happen because no one is responsible, or paid, for fixing a ' +
    'pump when a part breaks. Water committees often collect small fees, but the money rarely covers a major repair, and trained ' +
    'mechanics can be a day’s travel away.',
];
const ngStats: [string, string][] = [
  ['34%', 'of water points surveyed were not working'],
  ['5 years', 'the average age at which a water point first broke down completely'],
  ['54 minutes', 'extra spent collecting water each day by women and girls when the nearest pump was broken'],
];
const ngFindH = 'Key findings';
const ngFind = [
  'Where an area mechanic was paid through a district service contract, the median repair took 11 days; elsewhere it took 97 days.',
  'Only 12 percent of water committees had savings large enough to replace a pump cylinder or rising main.',
  'District water offices had, on average, one vehicle and a fuel budget of less than US$900 a year to support more than 400 water points.',
];
const ngRecH = 'Our recommendations';
const ngRec = [
  'Fund professional maintenance through district service contracts, paid for by a mix of user fees, district budgets and donor support.',
  'Count the number of water points working, not the number built, as the main measure of progress.',
  'Publish data on working water points every quarter so that communities can hold service providers to account.',
];
const ngMethods =
  'The report draws on field surveys carried out between August 2024 and February 2025 with the Malawi Water Point Network and ' +
  'district water offices in Chitipa, Dedza, Machinga, Mzimba, Nsanje and Thyolo.';
const ngDownloads = ['Download the report (PDF, 4.2 MB)', 'Executive summary (PDF, 620 KB)', 'Résumé en français (PDF, 580 KB)'];
const ngMeta = ['Type', 'Research report', 'Topics', 'Water and sanitation; Rural services', 'Country', 'Malawi', 'Pages', '64'];
const ngTop = ['Careers', 'Contact', 'Donate'];
const ngNav = ['Who we are', 'What we do', 'Where we work', 'Research and publications', 'News', 'Get involved'];
const ngShare = ['Share this report', 'Facebook', 'LinkedIn', 'Bluesky', 'Email'];
const ngMedia = 'For media enquiries, contact press@riverroots.example or call +44 20 7946 0312.';
const ngRelated = [
  'Report',
  'Who fixes the pump? Service contracts in Uganda and Zambia',
  'March 2024',
  'Briefing',
  'Counting what works: a guide to water point monitoring',
  'October 2023',
];
const ngDonate = ['Help keep the water flowing', '£25 could pay for a spare-parts kit for a village hand pump.', 'Give today'];
const ngNews = ['Stay informed', 'Get our latest research and news from the field in your inbox once a month.', 'Email address', 'Sign up'];
const ngCharity =
  'RiverRoots International is a registered charity in England and Wales (no. 1104567) and a company limited by guarantee (no. 5213344). ' +
  'Registered office: 12 Canal Wharf, London N1 9AA.';
const ngFoot = ['Privacy policy', 'Cookie policy', 'Accessibility', 'Safeguarding', 'Complaints', '© 2025 RiverRoots International'];
const ngCookie = 'We use cookies to optimise our website and our service.';
const ngHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${ngTitle} - RiverRoots International</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1" media="all">
<style id="global-styles-inline-css">:root{--wp--preset--color--river:#0b5d7a;--wp--preset--font-size--large:2.25rem}.stat-number{font-weight:800}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${ngTitle}",
"datePublished":"2025-06-04T07:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script></head>
<body class="publication-template-default single single-publication postid-8812 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="top-bar"><ul>${links(ngTop)}</ul></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/wp-content/themes/riverroots/logo.svg" alt="RiverRoots International"></a>
<nav class="primary-nav" aria-label="Primary"><ul id="menu-primary" class="menu">${links(ngNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<button class="search-toggle" aria-label="Open search"></button></header>
<main id="content" class="site-main"><nav class="breadcrumbs yoast-breadcrumb"><span><a href="/">Home</a> » <a href="/research/">Research and publications</a> »
<span class="breadcrumb_last" aria-current="page">Broken Before Breakfast</span></span></nav>
<article class="publication type-publication"><header class="report-hero"><span class="report-hero__label">Report</span>
<h1 class="report-hero__title">${ngTitle}</h1><p class="report-hero__subtitle">${ngSub}</p>
<div class="report-hero__meta"><time datetime="2025-06-04">4 June 2025</time> <span
class="report-hero__authors">Authors: Grace Mwale and Olumide Kareem</span></div>
<div class="wp-block-buttons">${ngDownloads
  .map(
    (t, i) => `<div class="wp-block-button${i > 0 ? ' is-style-outline' : ''}"><a class="wp-block-button__link wp-element-button"
href="/wp-content/uploads/2025/06/broken-before-breakfast-${i}.pdf" download>${t}</a></div>`,
  )
  .join(
    '\n',
  )}</div><figure class="report-hero__cover"><img src="/wp-content/uploads/2025/06/bbb-cover.jpg" alt="Report cover: a woman pumping water"></figure></header>
<div class="report-layout"><aside class="report-details"><dl>${ngMeta.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('\n')}</dl></aside>
<div class="entry-content"><h2 class="wp-block-heading">Summary</h2>${ngSum.map((p) => `<p>${p}</p>`).join('\n')}
<div class="wp-block-columns stats-row">${ngStats
  .map(([n, t]) => `<div class="wp-block-column stat"><p class="stat-number has-river-color">${n}</p>\n<p class="stat-label">${t}</p></div>`)
  .join('\n')}</div>
<h2 class="wp-block-heading">${ngFindH}</h2><ul class="wp-block-list">${ngFind.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${ngRecH}</h2><ol class="wp-block-list">${ngRec.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p class="has-small-font-size">${ngMethods}</p></div></div>
<div class="share-bar"><span class="share-bar__label">${ngShare[0]}</span><ul>${ngShare
  .slice(1)
  .map((t) => `<li><a href="#" class="share-${t.toLowerCase()}"><span class="screen-reader-text">${t}</span></a></li>`)
  .join('')}</ul></div>
<div class="media-box"><h3>Media enquiries</h3><p>${ngMedia}</p></div></article>
<section class="related-publications"><h2>Related publications</h2><div class="cards">${[0, 3]
  .map(
    (i) => `<div class="card"><span class="card__type">${ngRelated[i]}</span><h3 class="card__title"><a href="#">${ngRelated[i + 1]}</a></h3>
<span class="card__date">${ngRelated[i + 2]}</span></div>`,
  )
  .join('\n')}</div></section>
<section class="donate-cta has-river-background-color"><h2>${ngDonate[0]}</h2><p>${ngDonate[1]}</p>
<a class="button" href="/donate/">${ngDonate[2]}</a></section>
<section class="newsletter"><h2>${ngNews[0]}</h2><p>${ngNews[1]}</p><form class="mc4wp-form" method="post"><label for="mc-email">${ngNews[2]}</label>
<input id="mc-email" type="email" name="EMAIL" required><button type="submit">${ngNews[3]}</button></form></section></main>
<footer class="site-footer"><p class="charity-info">${ngCharity}</p><ul class="footer-menu">${links(ngFoot.slice(0, 5))}</ul><p>${ngFoot[5]}</p></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1">Manage Cookie Consent</div></div><div class="cmplz-message">${ngCookie}</div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div></body></html>`;
export const ngoReport: TestPage = {
  html: ngHtml,
  name: 'heldout28-ngo-report-landing',
  kind: 'news',
  // the subtitle, the summary paragraphs, the three statistic blocks (number and label, each read as one line), the findings and
  // recommendation items and the methods note are the page's summary of its report: body; "Summary", "Key findings" and "Our
  // recommendations" are the headings; the date and the authors line are bylines; the "Report" label (again as a related card's
  // type, once), download buttons, the details box, share bar, media enquiries, related publications, the donate call-out,
  // newsletter, top bar ("Donate"), menu, breadcrumb ("Research and publications" twice, once; its last item a shorter title:
  // furniture), charity footer and cookie banner are furniture
  title: ngTitle,
  headings: ['Summary', ngFindH, ngRecH],
  body: [ngSub, ...texts(ngSum), ...ngStats.map(([n, t]) => `${n} ${t}`), ...ngFind, ...ngRec, ngMethods],
  bylines: ['4 June 2025', 'Authors: Grace Mwale and Olumide Kareem'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ngTop, ...ngNav, 'Home', 'Broken Before Breakfast', 'Report', ...ngDownloads, ...ngMeta, ...ngShare,
    'Media enquiries', ngMedia, 'Related publications', ...ngRelated.filter((t) => t !== 'Report'), ...ngDonate, ...ngNews, ngCharity, ...ngFoot,
    'Manage Cookie Consent', ngCookie, 'Accept', 'Deny', 'View preferences',
  ],
};

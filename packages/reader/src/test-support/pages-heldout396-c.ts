import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';

/**
 * Held-out batch 396, file c: a national audit office's report page on a WordPress theme with Yoast schema (cookie notice,
 * the report facts box, the download list, "Related work" cards, the newsletter strip and the footer) and a think tank's
 * tax policy brief built with Webflow (the w-nav bar, the author cards, the rich-text body, a pull quote, the "Related
 * research" collection list and the newsletter form with its success and failure messages).
 */
const nTitle = 'Managing the backlog of hospital maintenance';
const nH = ['Background', 'Scope of this report', 'Key findings', 'Conclusion on value for money', 'Recommendations'];
const n1 = [
  j(
    'Hospital trusts in the Northern Provinces reported a maintenance backlog of £9.8 billion in 2024-25, up from £5.1 billion',
    'five years earlier. Around a fifth of the backlog is classed as high risk, meaning it could lead to serious injury, a',
    'major disruption to patient care or legal action if not fixed.',
  ),
];
const n2 = [
  j(
    'This report examines whether the Department of Health and Care and the Estates Agency are managing the backlog effectively.',
    'We did not assess individual trusts’ decisions about which repairs to prioritise.',
  ),
];
const n3 = [
  'Capital budgets for maintenance were repeatedly used to fund day-to-day spending: £1.6 billion was moved in this way over four years.',
  'Only 34 of 121 trusts had an up-to-date survey of the condition of their buildings.',
  'Seven hospitals built with a lightweight concrete panel system remain in use with temporary supports; the programme to replace them is two years late.',
  'The Department does not know how much of the backlog is caused by buildings that are beyond economic repair.',
];
const n4 = [
  j(
    'Letting the backlog grow has been a false economy. Repairs deferred today cost more tomorrow, and unplanned failures',
    'cancelled at least 4,300 operations last year. The Department has not achieved value for money in how it has managed the',
    'condition of the hospital estate.',
  ),
  j(
    'There are signs of improvement. The Estates Agency introduced a national risk register in 2024 and has begun to',
    'prioritise funding by clinical risk rather than by the order in which bids arrive. But these changes are recent, and',
    'it is too early to judge whether they will halt the growth of the backlog.',
  ),
];
const n5 = [
  'The Department should stop transfers from capital maintenance budgets except in exceptional, published circumstances.',
  'The Estates Agency should require every trust to complete a condition survey by March 2027 and publish the results.',
  'The Department should set out, by the next spending review, a costed plan for the hospitals that are beyond economic repair.',
];
const nMenu = ['Work in progress', 'Reports', 'Insights', 'About us', 'Careers', 'News'];
const nRelated = ['Progress with the new hospitals programme', 'Financial sustainability of hospital trusts', 'Managing public sector estates'];
const nFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Freedom of information'];
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} - National Audit Chamber (NAC) Report</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.nac.example/reports/hospital-maintenance-backlog/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${nTitle}">
<meta property="article:modified_time" content="2026-03-14T09:31:02+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://www.nac.example/reports/hospital-maintenance-backlog/","name":"${nTitle}","datePublished":"2026-03-14T00:01:00+00:00"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Reports"}]}]}</script>
<link rel="stylesheet" id="nac-theme-css" href="https://www.nac.example/wp-content/themes/nac/dist/main.css?ver=4.2.0" media="all">
<script src="https://www.nac.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="report-template-default single single-report postid-48812 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<a href="https://www.nac.example/" rel="home" class="custom-logo-link">National Audit Chamber</a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(nMenu, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><div class="breadcrumbs"><span><span><a href="https://www.nac.example/">Home</a></span> » <span><a
href="https://www.nac.example/reports/">Reports</a></span> » <span class="breadcrumb_last" aria-current="page">Hospital maintenance</span></span></div>
<main id="primary" class="site-main"><article id="post-48812" class="post-48812 report type-report status-publish hentry sector-health">
<header class="entry-header report-header"><span class="report-type">Value for money report</span><h1 class="entry-title">${nTitle}</h1>
<ul class="report-facts"><li><span class="label">Publication date:</span> <time class="entry-date published" datetime="2026-03-14">14 March 2026</time></li>
<li><span class="label">Sector:</span> <a href="/sector/health/" rel="tag">Health and social care</a></li><li>
<span class="label">HC:</span> 902, Session 2025-26</li></ul></header>
<div class="report-downloads"><h2 class="downloads-title">Downloads</h2><ul class="download-list"><li>
<a href="/wp-content/uploads/2026/03/report.pdf">Report (PDF, 1.9 MB)</a></li>
<li><a href="/wp-content/uploads/2026/03/summary.pdf">Summary (PDF, 310 KB)</a></li><li><a href="/press/hospital-maintenance/">Press release</a></li></ul></div>
<div class="entry-content">
<h2>${nH[0]}</h2>
${ps(n1)}
<h2>${nH[1]}</h2>
${ps(n2)}
<h2>${nH[2]}</h2>
<ul>${n3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${nH[3]}</h2>
${ps(n4)}
<h2>${nH[4]}</h2>
<ol>${n5.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div>
<footer class="entry-footer"><div class="report-team">
<p>Audit team: Fenella Okonjo-Price, Tomasz Rydel and Bronagh Ives, under the direction of Sunil Achebe.</p></div>
<div class="share-links">
<span class="share-title">Share this page</span> <a class="share-linkedin" href="#">LinkedIn</a> <a class="share-email" href="#">Email</a></div></footer>
</article>
<section class="related-work"><h2>Related work</h2><div class="cards">${nRelated
  .map((t) => `<div class="card"><span class="card-type">Report</span><h3 class="card-title"><a href="#">${t}</a></h3></div>`)
  .join('\n')}</div></section>
<section class="newsletter-strip"><h2>Stay up to date</h2><p>Sign up for our newsletter to get our latest reports straight to your inbox.</p>
<a class="button" href="/subscribe/">Subscribe</a></section></main></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(nFoot, 'menu-item')}</ul>
<p class="site-info">© National Audit Chamber 2026. 157-197 Bridge Road, Harrowgate Quay.</p></footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
<div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accept</a>
<a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">Reject</a></span></div></div>
<script id="cookie-notice-front-js-before">var cnArgs = {"ajaxUrl":"https:\\/\\/www.nac.example\\/wp-admin\\/admin-ajax.php",
"cookieName":"cookie_notice_accepted"};</script>
</body></html>`;
const nac: TestPage = {
  name: 'heldout396-wordpress-audit-report-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...n1, ...n2, ...n3, ...n4, ...n5]),
  bylines: ['14 March 2026', 'Audit team: Fenella Okonjo-Price, Tomasz Rydel and Bronagh Ives, under the direction of Sunil Achebe.'],
  furniture: [
    'Skip to content',
    'National Audit Chamber',
    'Menu',
    ...nMenu,
    'Home',
    'Hospital maintenance',
    'Value for money report',
    'Publication date:',
    'Sector:',
    'Health and social care',
    '902, Session 2025-26',
    'Downloads',
    'Report (PDF, 1.9 MB)',
    'Summary (PDF, 310 KB)',
    'Press release',
    'Share this page',
    'LinkedIn',
    'Email',
    'Related work',
    ...nRelated,
    'Stay up to date',
    'Sign up for our newsletter to get our latest reports straight to your inbox.',
    'Subscribe',
    ...nFoot,
    '© National Audit Chamber 2026. 157-197 Bridge Road, Harrowgate Quay.',
    'We use cookies to ensure that we give you the best experience on our website.',
    'Accept',
    'Reject',
  ],
};

const wTitle = 'Taxing Land, Not Labor: A Revenue-Neutral Path for Midwestern States';
const wDek = ['Shifting a third of the property tax from buildings to land would lower taxes for most homeowners and cut the incentive to leave lots empty.'];
const wH = ['The problem with taxing buildings', 'What a split-rate tax does', 'Who pays more, who pays less', 'Policy recommendations'];
const w1 = [
  j(
    'Most states tax a house and the land beneath it at the same rate. That means a homeowner who adds a bedroom or a',
    'landlord who replaces a crumbling duplex with a six-unit building receives a higher tax bill for the improvement. A',
    'surface parking lot downtown, meanwhile, can pay less than the modest homes around it.',
  ),
];
const w2 = [
  j(
    'A split-rate tax keeps the overall levy the same but applies a higher rate to land values and a lower rate to',
    'improvements. Because the supply of land is fixed, a tax on it cannot be avoided by building less, and economists across',
    'the spectrum agree it causes little distortion.',
  ),
  'Land is the one thing we cannot make more of, and so it is the one thing we can tax without making less of.',
  j(
    'We modeled a revenue-neutral shift in three cities, Dunmore, Kessling and Port Abner, moving one third of each',
    'city’s property tax onto land. We used 2025 assessment rolls and held total collections constant.',
  ),
];
const w3 = [
  'In all three cities, between 61 and 74 percent of owner-occupied homes would see a lower bill, with a median saving of $212 a year.',
  'Vacant lots and surface parking in the downtown cores would pay on average 2.8 times their current bill.',
  'Large-lot homes on the urban fringe would pay modestly more, typically under $150 a year.',
];
const w4 = [
  'Authorize local governments to adopt a split-rate property tax by ordinance, with a phase-in of at least four years.',
  'Require assessors to value land and improvements separately and publish both on every tax notice.',
  'Pair the change with a circuit breaker credit for low-income homeowners whose land values rise quickly.',
];
const wNav = ['Research', 'Issues', 'Data Tools', 'Events', 'About'];
const wRelated = ['How Property Tax Caps Shift the Burden to Renters', 'Sales Tax on Services: A State-by-State Guide', 'The Case for Annual Reassessment'];
const wFoot = ['Careers', 'Press', 'Donate', 'Privacy Policy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 15:02:11 GMT+0000 -->
<html data-wf-domain="www.prairietaxinstitute.example" data-wf-page="65f1c0a2e4b09a7d1c3e77a1" data-wf-site="65f1c0a2e4b09a7d1c3e7700"
data-wf-collection="65f1c0"
data-wf-item-slug="taxing-land-not-labor" lang="en"><head><meta charset="utf-8"><title>${wTitle} | Prairie Tax Institute</title>
<meta content="${wDek[0]}" name="description"><meta content="${wTitle}" property="og:title"><meta property="og:type" content="website">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1c0/css/prairie-tax.webflow.6a2b.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${wTitle}","datePublished":"2026-04-07",
"author":[{"@type":"Person","name":"Rosalind Achterberg"},{"@type":"Person","name":"Kwame Delacroix"}]}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container-nav"><a href="/" aria-current="page" class="brand w-nav-brand"><div class="logo-text">Prairie Tax Institute</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/donate" class="button-nav w-button">Support Our Work</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
</div>
<section class="section-hero-brief"><div class="container"><div class="brief-tag-wrap"><div class="brief-type">Policy Brief</div>
<a href="/issues/property-tax" class="tag-link">Property Taxation</a></div>
<h1 class="heading-brief">${wTitle}</h1><p class="brief-dek">${wDek[0]}</p>
<div class="brief-meta"><div class="brief-date">April 7, 2026</div><div class="brief-reading">9 min read</div></div>
<div class="author-list w-dyn-list"><div role="list" class="w-dyn-items">
<div role="listitem" class="author-card w-dyn-item"><img src="https://cdn.prod.website-files.example/ra.jpg" loading="lazy" alt="" class="author-photo">
<div><a href="/people/rosalind-achterberg" class="author-name">Rosalind Achterberg</a><div class="author-title">Senior Fellow, State Tax Policy</div></div>
</div>
<div role="listitem" class="author-card w-dyn-item"><img src="https://cdn.prod.website-files.example/kd.jpg" loading="lazy" alt="" class="author-photo">
<div><a href="/people/kwame-delacroix" class="author-name">Kwame Delacroix</a><div class="author-title">Research Analyst</div></div></div></div></div>
<a href="https://cdn.prod.website-files.example/taxing-land.pdf" class="button-download w-button">Download the PDF</a></div></section>
<section class="section-brief-body"><div class="container-narrow"><div class="rich-text-brief w-richtext">
<h2>${wH[0]}</h2>
${ps(w1)}
<h2>${wH[1]}</h2>
${ps(w2.slice(0, 1))}
<blockquote>${w2[1]}</blockquote>
${ps(w2.slice(2))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.example/chart1.png" loading="lazy" alt="Chart"></div>
<figcaption>Change in annual property tax bill by property type. Source: Prairie Tax Institute analysis of 2025 county assessment rolls.</figcaption></figure>
<h2>${wH[2]}</h2>
<ul role="list">${w3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${wH[3]}</h2>
<ol role="list">${w4.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div></div></section>
<section class="section-related"><div class="container"><h2 class="heading-related">Related Research</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
${wRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="#" class="related-card w-inline-block"><div class="related-type">Policy Brief</div>
<h3 class="related-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section-newsletter"><div class="container"><h2 class="heading-newsletter">Get our research in your inbox</h2>
<div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get">
<input class="text-field w-input" maxlength="256" name="email"
placeholder="Email address" type="email" required><input type="submit" data-wait="Please wait..." class="button-submit w-button" value="Sign Up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container"><div class="footer-links">${wFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('\n')}</div>
<div class="footer-copy">© 2026 Prairie Tax Institute. A nonpartisan 501(c)(3) research organization.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1c0/js/webflow.4f2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout396-webflow-tax-brief-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wDek, ...w1, ...w2, ...w3, ...w4]),
  bylines: ['April 7, 2026', '9 min read', 'Rosalind Achterberg', 'Kwame Delacroix'],
  furniture: [
    'Prairie Tax Institute',
    ...wNav,
    'Support Our Work',
    'Policy Brief',
    'Property Taxation',
    'Senior Fellow, State Tax Policy',
    'Research Analyst',
    'Download the PDF',
    'Change in annual property tax bill by property type. Source: Prairie Tax Institute analysis of 2025 county assessment rolls.',
    'Related Research',
    ...wRelated,
    'Get our research in your inbox',
    'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.',
    ...wFoot,
    '© 2026 Prairie Tax Institute. A nonpartisan 501(c)(3) research organization.',
  ],
};

export const HELDOUT396_C: readonly TestPage[] = [nac, webflow];

import { links, type TestPage, texts } from './page-kit.js';
import { builtInFeature } from './pages-heldout208-f2.js';

/**
 * Held-out batch 208, file f: a recruitment agency's salary guide article on its WordPress site (Elementor page builder:
 * the top bar with phone and "Upload your CV", the mega-menu header, the breadcrumb, the category and date, the author, a
 * salary table, an in-article "Download the full guide" HubSpot form box, the share bar, the author box, "Related insights",
 * the "Submit a vacancy" call to action, the footer with offices and the CookieYes banner) and, from file f2, a Built In
 * company feature.
 */
const sgTitle = '2026 Salary Guide: what finance and accounting teams in the North West are paying';
const sgP1 = [
  'Salaries for finance professionals in the North West rose by an average of 4.1 percent over the past twelve months, ' +
    'according to our survey of 612 employers and more than 2,400 candidates across Manchester, Liverpool, Preston and Chester. ' +
    'That is slower than the 6.3 percent we recorded a year ago, but still ahead of inflation for the second year running.',
  'Behind the average, the picture is uneven. Qualified accountants with systems experience are still scarce and are being ' +
    'paid accordingly, while pay for transactional roles has barely moved.',
];
const sgH1 = 'Where the pressure is';
const sgP2 = [
  'The hardest roles to fill this year were financial systems accountants, FP&amp;A analysts and newly qualified ACA and ACCA ' +
    'accountants with industry experience. Two in three employers told us they had lost a preferred candidate to a counter-offer, ' +
    'and the typical uplift needed to move a qualified accountant is now 12 to 15 percent.',
];
const sgH2 = 'Typical salaries by role';
const sgP3 = ['The table below shows base salary ranges for permanent roles in Greater Manchester. Expect 5 to 8 percent less in Lancashire and Cheshire.'];
const sgRows = [
  ['Accounts Payable Clerk', '£24,000 – £28,000', '£25,000 – £29,500'],
  ['Assistant Accountant (part-qualified)', '£30,000 – £36,000', '£31,500 – £38,000'],
  ['Newly Qualified Accountant', '£48,000 – £55,000', '£50,000 – £58,000'],
  ['FP&amp;A Analyst', '£45,000 – £55,000', '£48,000 – £60,000'],
  ['Financial Controller', '£70,000 – £85,000', '£72,000 – £90,000'],
  ['Finance Director (SME)', '£95,000 – £120,000', '£100,000 – £125,000'],
];
const sgH3 = 'Beyond base pay';
const sgP4 = [
  'Candidates increasingly weigh flexibility as heavily as salary. Three quarters of the candidates we surveyed said they would ' +
    'not consider a role requiring more than three days a week in the office, and employers offering fully remote roles received ' +
    'on average twice as many applications.',
  'The benefits candidates valued most were:',
];
const sgList = [
  'Hybrid working with no more than two fixed office days.',
  'Study support for ACCA, ACA or CIMA, including paid study leave.',
  'A pension contribution above the statutory minimum.',
  'A clear bonus scheme, rather than a discretionary one.',
];
const sgH4 = 'What this means for employers';
const sgP5 = [
  'If you are hiring in 2026, benchmark your offer against the upper half of these ranges for qualified roles, and move quickly: ' +
    'good candidates in our market are typically off the market within three weeks. Be ready to talk about flexibility at first ' +
    'interview, not at offer stage.',
  'For candidates, the message is that experience with finance systems, particularly Dynamics 365, NetSuite and Power BI, is ' +
    'worth real money. It is the single skill most likely to add £5,000 or more to an offer.',
];
const sgTop = ['0161 555 0172', 'Upload your CV', 'Submit a vacancy'];
const sgNav = ['Find a job', 'Employers', 'Salary guides', 'Insights', 'About us', 'Contact'];
const sgCrumb = ['Home', 'Insights', 'Salary guides'];
const sgForm = [
  'Download the full 2026 Salary Guide',
  'Get salary tables for 48 finance roles across five counties, plus our hiring outlook for the year.',
  'First name',
  'Work email',
  'Company',
  'Download now',
];
const sgShare = ['Share this article', 'LinkedIn', 'Facebook', 'Email'];
const sgBio = 'Gareth leads our finance and accounting division and has recruited across the North West for fifteen years.';
const sgRelated = [
  'Counter-offers: why accepting one rarely works out',
  'How to write a job advert that finance candidates actually read',
  'Interim finance roles: what day rates look like in 2026',
];
const sgCta = ['Looking to hire?', 'Tell us about your vacancy and one of our consultants will call you back within the day.', 'Submit a vacancy'];
const sgFoot = [
  'Manchester',
  '3 Tib Lane, Manchester M2 4JB',
  'Liverpool',
  '19 Castle Street, Liverpool L2 4SW',
  'Privacy notice',
  'Modern slavery statement',
  'Terms',
];
const sgCookie = 'We value your privacy';
const sgCookieText = 'We use cookies to enhance your browsing experience, serve personalised content and analyse our traffic.';
const sgHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>2026 Salary Guide: Finance &amp; Accounting in the North West | Hartwell Dean Recruitment</title>
<meta name="description" content="Finance salaries in the North West rose 4.1% in 2025. See typical salaries by role.">
<meta name="generator" content="Elementor 3.25.4">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-04T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sgTitle}",
"author":{"name":"Gareth Pryce"},"datePublished":"2025-11-04T08:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-8841 elementor-default elementor-page-4120">
<div data-elementor-type="header" data-elementor-id="212" class="elementor elementor-212 elementor-location-header"><div class="elementor-element hd-topbar
e-flex e-con-boxed e-con"><a href="tel:01615550172">${sgTop[0]}</a><a class="elementor-button" href="/upload-cv/">${sgTop[1]}</a><a class="elementor-button"
href="/submit-vacancy/">${sgTop[2]}</a></div><div class="elementor-element e-con"><a href="/">
<img src="/wp-content/uploads/hartwell-dean-logo.svg" alt="Hartwell Dean"></a>
<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-4f2a" class="elementor-nav-menu">${links(sgNav, 'menu-item menu-item-type-post_type')}</ul>
</nav></div></div>
<div data-elementor-type="single-post" data-elementor-id="4120" class="elementor elementor-4120 elementor-location-single post-8841 post type-post">
<div class="elementor-element e-con"><nav class="yoast-breadcrumbs"><span><span><a href="/">${sgCrumb[0]}</a></span> » <span>
<a href="/insights/">${sgCrumb[1]}</a></span>
» <span><a href="/insights/salary-guides/">${sgCrumb[2]}</a></span></span></nav>
<div class="elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title elementor-size-default">${sgTitle}</h1></div>
<ul class="elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-author">By Gareth Pryce</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date"><time>4 November 2025</time></span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-custom">6 min read</span></li></ul>
<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${sgP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${sgH1}</h2>
${sgP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${sgH2}</h2>
${sgP3.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Role</th><th>2025 salary</th><th>2026 salary</th></tr></thead><tbody>
${sgRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<div class="hd-guide-cta"><h3>${sgForm[0]}</h3><p>${sgForm[1]}</p><div class="hbspt-form" id="hbspt-form-7b2c"><form class="hs-form"><div class="hs_firstname">
<label>${sgForm[2]}</label><input type="text"></div><div class="hs_email"><label>${sgForm[3]}</label><input type="email"></div><div class="hs_company">
<label>${sgForm[4]}</label><input type="text"></div><input type="submit" class="hs-button primary large" value="Download now">
<span class="hs-button-label">${sgForm[5]}</span>
</form></div></div>
<h2 class="wp-block-heading">${sgH3}</h2>
${sgP4.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="wp-block-list">${sgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${sgH4}</h2>
${sgP5.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="elementor-widget elementor-widget-share-buttons"><h4>${sgShare[0]}</h4><div class="elementor-grid">${sgShare
  .slice(1)
  .map((s) => `<div class="elementor-share-btn"><span class="elementor-share-btn__title">${s}</span></div>`)
  .join('')}</div></div>
<div class="elementor-widget elementor-widget-author-box"><div class="elementor-author-box"><img src="/wp-content/uploads/gareth-pryce.jpg" alt="Gareth Pryce">
<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Gareth Pryce</h4><p class="elementor-author-box__title">Director, Finance &amp;
Accounting</p><div class="elementor-author-box__bio">${sgBio}</div></div></div></div>
<div class="elementor-widget elementor-widget-posts"><h3>Related insights</h3>${sgRelated
  .map(
    (t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="/insights/${t.length}/">${t}</a></h3>
<span class="elementor-post-date">October 2025</span><a class="elementor-post__read-more" href="/insights/${t.length}/">Read more »</a></article>`,
  )
  .join('\n')}</div>
<div class="elementor-element hd-cta e-con"><h2>${sgCta[0]}</h2><p>${sgCta[1]}</p><a class="elementor-button" href="/submit-vacancy/">${sgCta[2]}</a></div>
</div></div>
<footer data-elementor-type="footer" class="elementor elementor-location-footer"><div class="hd-offices">${sgFoot
  .slice(0, 4)
  .map((t) => `<p>${t}</p>`)
  .join('')}</div><ul>${links(sgFoot.slice(4))}</ul><p>© 2025 Hartwell Dean Recruitment Ltd. All rights reserved.</p></footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" role="region" aria-label="${sgCookie}"><div class="cky-notice">
<p class="cky-title">${sgCookie}</p><div class="cky-notice-des"><p>${sgCookieText}</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.2" id="elementor-pro-frontend-js"></script></body></html>`;
const salaryGuide: TestPage = {
  html: sgHtml,
  name: 'heldout208-recruiting-agency-salary-guide',
  kind: 'blog',
  // table data cells are body, header cells in neither list; the "Download the full guide" form box inside the post
  // content, the top bar, menus, breadcrumb, share bar, author box, related insights, the "Looking to hire?" call to
  // action, footer and CookieYes banner are furniture; "By Gareth Pryce", the date and the reading time are bylines
  title: sgTitle,
  headings: [sgH1, sgH2, sgH3, sgH4],
  body: texts([...sgP1, ...sgP2, ...sgP3, ...sgRows.flat(), ...sgP4, ...sgList, ...sgP5]),
  bylines: ['By Gareth Pryce', '4 November 2025', '6 min read', 'Gareth Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sgTop, ...sgNav, 'Home', ...sgForm, ...sgShare, 'Director, Finance & Accounting', sgBio, 'Related insights', ...sgRelated, 'October 2025',
    'Read more »', sgCta[0] ?? '', sgCta[1] ?? '', ...sgFoot, '© 2025 Hartwell Dean Recruitment Ltd. All rights reserved.', sgCookie, sgCookieText,
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT208_F: readonly TestPage[] = [salaryGuide, builtInFeature];

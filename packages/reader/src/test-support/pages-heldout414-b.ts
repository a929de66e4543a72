import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout414-kit.js';

/**
 * Held-out batch 414, file b: a county housing authority's waiting list page on CivicPlus CivicEngage (alert bar, Google
 * Translate link, mega menu, breadcrumbs, a short page whose main content is a status table, Quick Links and Contact Us widgets,
 * "Government Websites by CivicPlus" footer) and a city housing agency's voucher page built with Next.js (CSS-module class
 * names, __NEXT_DATA__, a payment standards data table, on-page nav, feedback widget, footer).
 */
const cTitle = 'Waiting Lists';
const cIntro = [
  j(
    'The Ashgrove County Housing Authority keeps separate waiting lists for public housing and for the Housing Choice Voucher program.',
    'You may apply to any list that is open. Being on one list does not affect your place on another.',
  ),
  j(
    'Applications are placed on a list by date and time received, then by local preferences. Applicants who live or work in Ashgrove',
    'County, veterans and households displaced by a disaster receive a preference.',
  ),
];
const cCells = [
  'Housing Choice Voucher',
  'Closed',
  'About 1,900',
  '3 to 5 years',
  'Public Housing, Elm Court (seniors)',
  'Open',
  'About 240',
  '12 to 18 months',
  'Public Housing, Riverside Court (families)',
  'Open',
  'About 610',
  '2 to 3 years',
];
const cAfter = [
  j(
    'To keep your place, update your mailing address, phone number and household size within 10 days of any change. Applicants who do',
    'not respond to an annual update letter are removed from the list.',
  ),
  'You can check your status online through our portal or by calling the intake team during office hours.',
];
const cNav = ['Government', 'Programs', 'Residents', 'Landlords', 'How Do I...'];
const cCrumbs = ['Home', 'Programs', 'Apply for Housing'];
const cQuick = ['Apply Online', 'Applicant Portal', 'Income Limits', 'Reasonable Accommodation Request'];
const cFoot = ['Home', 'Site Map', 'Accessibility', 'Copyright Notices', 'Privacy Policy'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Waiting Lists | Ashgrove County Housing Authority, OR</title>
<meta name="description" content="Status of public housing and voucher waiting lists">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/Assets/Styles/Print.css" media="print">
<link rel="stylesheet" href="/-1/Assets/Styles/Frontend.css?v=9.4.1">
${ld({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: 'Ashgrove County Housing Authority', telephone: '541-555-0180' })}
<script>var intCountryCode = 840; var pageID = 114; var isMobile = false; var cpPageData = {"ModuleName":"Page","Facet":"Page"};</script>
<script src="/Assets/Scripts/jQuery/jquery-3.6.0.min.js"></script></head>
<body id="body" class="wide"><a id="skipToContentLink" href="#cpsys_content" class="skipToContentLink">Skip to Main Content</a>
<div id="divAlertBar" class="alertBar"><div class="alertBarContent"><p><strong>Office Closure:</strong> Our lobby is closed Monday, February 16,
for Presidents' Day. <a href="/AlertCenter.aspx">View Alert</a></p></div></div>
<div id="bannerDiv" class="banner"><div id="bannerLogo"><a href="/" title="Ashgrove County Housing Authority"><img src="/ImageRepository/Document?documentID=12"
alt="Ashgrove County Housing Authority"></a></div>
<div id="headerUtility"><a href="#" id="google_translate_link" class="translate">Enable Google Translate</a> <a href="/MyAccount" class="signIn">Sign In</a>
<form id="searchForm" action="/Search"><label for="searchField" class="hidden">Search</label><input id="searchField" type="text"
title="Search"></form></div></div>
<nav id="mainNavWrapper"><ul id="mainNav" class="cpMenu" role="menubar">${links(cNav, 'topMenuItem')}</ul></nav>
<div id="outer-wrap"><div id="divContent" class="cpContent"><div class="breadCrumbWrapper"><ol class="breadCrumbs cpBreadCrumbs">${links(cCrumbs)}
<li><span>Waiting Lists</span></li></ol></div>
<div class="row outer wide"><div class="col col8 first"><div id="cpsys_content" class="pageContent" data-cprole="mainContentContainer">
<div class="moduleContentNew"><h1 id="versionHeadLine" class="headline" aria-label="Waiting Lists">${cTitle}</h1>
<div id="page" class="widget editor pageStyles narrow" data-widget-id="3881"><div class="fr-view">
${ps(cIntro)}
<table class="fr-table-selection-hover" style="width:100%"><thead><tr><th>List</th><th>Status</th><th>Households waiting</th><th>Typical wait</th></tr></thead>
<tbody>${[0, 4, 8]
  .map(
    (r) =>
      `<tr>${cCells
        .slice(r, r + 4)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}</tbody></table>
<p class="fr-text-small"><em>Figures updated monthly. Wait times are estimates only.</em></p>
${ps(cAfter)}
</div></div></div>
<div class="pageTools"><a href="#" class="print">Print</a> <a href="#" class="share">Share</a> <a href="/RSSFeed.aspx" class="rss">RSS</a></div>
</div></div>
<div class="col col4 last"><div class="widget relatedLinks" data-widget-id="3882"><h3 class="widgetTitle">Quick Links</h3>
<ol class="semanticList">${links(cQuick, 'widgetItem')}</ol><a class="viewAll" href="/QuickLinks.aspx">View All Links</a></div>
<div class="widget contactWidget"><h3 class="widgetTitle">Contact Us</h3><ol class="semanticList"><li><h4 class="widgetTitle">Intake Office</h4>
<p>900 Larch Street<br>Cedar Falls, OR 97414</p><p>Phone: 541-555-0180</p><p>Hours: Monday to Thursday, 8 a.m. to 4:30 p.m.</p></li></ol></div></div></div>
</div></div>
<footer id="siteFooter"><div class="footerLinks"><ul>${links(cFoot)}</ul></div>
<p class="footerAddress">Ashgrove County Housing Authority, 900 Larch Street, Cedar Falls, OR 97414</p>
<div class="poweredBy"><a href="https://www.civicplus.com/civicengage" target="_blank">Government Websites by <span>CivicPlus®</span></a></div></footer>
<div id="cookieConsent" class="cpCookieNotice" role="dialog"><p>This website uses cookies to improve your experience.</p>
<button type="button" class="button acceptCookies">Accept and Close</button></div>
<script src="/Assets/Scripts/Frontend.min.js?v=9.4.1"></script></body></html>`;
const civicPlus: TestPage = {
  name: 'heldout414-civicplus-waiting-list-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cIntro, ...cCells, ...cAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', "Office Closure: Our lobby is closed Monday, February 16, for Presidents' Day.", 'View Alert', 'Enable Google Translate',
    'Sign In', ...cNav, ...cCrumbs, 'Figures updated monthly. Wait times are estimates only.', 'Print', 'Share', 'RSS', 'Quick Links', ...cQuick,
    'View All Links', 'Contact Us', 'Intake Office', 'Phone: 541-555-0180', 'Hours: Monday to Thursday, 8 a.m. to 4:30 p.m.', ...cFoot.slice(1),
    'Ashgrove County Housing Authority, 900 Larch Street, Cedar Falls, OR 97414', 'Government Websites by CivicPlus®',
    'This website uses cookies to improve your experience.', 'Accept and Close',
  ],
};

const vTitle = 'Housing Choice Vouchers';
const vHeads = ['How the voucher works', 'Who can get a voucher', 'Payment standards for 2026', 'Moving with your voucher'];
const vIntro = [
  j(
    'A Housing Choice Voucher helps households with low incomes rent a home from a private landlord in Port Calder. You pay about 30 percent',
    'of your adjusted income toward rent and utilities, and the Port Calder Housing Agency pays the rest directly to your landlord.',
  ),
];
const vS1 = [
  j(
    'Once you receive a voucher, you have 120 days to find a unit. The landlord must agree to take part, and the home must pass an',
    'inspection before the lease starts. After that, we inspect the home at least every two years.',
  ),
  'Your share of the rent is recalculated each year, or sooner if your income drops.',
  j(
    'You must report any change in household members or income within 30 days. Failing to report income can lead to an overpayment',
    'that you have to repay, and in serious cases to the loss of your voucher.',
  ),
];
const vS2 = [
  'To qualify, your household must:',
  'have a total income at or below 50 percent of the area median income',
  'include at least one member who is a U.S. citizen or has eligible immigration status',
  'pass a screening for certain criminal activity and past program debts',
];
const vCells = ['Studio', '$1,684', '1 bedroom', '$1,902', '2 bedrooms', '$2,377', '3 bedrooms', '$3,155', '4 bedrooms', '$3,520'];
const vS3 = [
  j(
    'The payment standard is the most the agency will use to calculate assistance for a unit of that size. If the rent plus utilities is',
    'higher, you pay the difference, but your share cannot be more than 40 percent of your income when you first move in.',
  ),
];
const vS4 = [
  j(
    'After your first year you may move to another home in Port Calder, or to another city, and keep your voucher. Tell us in writing',
    'at least 60 days before you plan to move, and do not give notice to your landlord until we have approved the move.',
  ),
];
const vNav = ['Apply', 'Programs', 'For Landlords', 'Resources', 'About'];
const vOnPage = vHeads;
const vFoot = ['Careers', 'Public Records', 'Language Access', 'Nondiscrimination Notice', 'Contact'];
const vData = JSON.stringify({
  props: { pageProps: { page: { slug: 'housing-choice-vouchers', title: vTitle, updated: '2026-02-03' } }, __N_SSG: true },
  page: '/programs/[slug]',
  query: { slug: 'housing-choice-vouchers' },
  buildId: 'kQ7v2pX9sLm1',
  isFallback: false,
  gsp: true,
});
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${vTitle} | Port Calder
Housing Agency</title><meta name="description"
content="How the Housing Choice Voucher program works in Port Calder, who qualifies and the 2026 payment standards.">
<meta property="og:title" content="${vTitle}"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/8b1f3c2a9e.css" as="style"><link rel="stylesheet" href="/_next/static/css/8b1f3c2a9e.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js"
defer=""></script>
<script src="/_next/static/chunks/pages/programs/%5Bslug%5D-2f1d0e7a.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__r4Qw1" href="#main">Skip to content</a>
<div class="Banner_banner__J2kLd" role="region" aria-label="Official website"><p class="Banner_text__9Yt3Q">An official website of the City of Port
Calder</p></div>
<header class="Header_header__lP0xA"><a class="Header_logo__1cG7e" href="/"><span class="Header_logoText__Tq2sZ">PCHA</span></a>
<nav class="Header_nav__x7Yq2" aria-label="Primary"><ul class="Header_list__aB3kF">${links(vNav, 'Header_item__m9LpQ')}</ul></nav>
<button class="Header_menuButton__Zz81v" aria-expanded="false" type="button">Menu</button></header>
<main id="main" class="Layout_main__Hd2kE"><nav class="Breadcrumbs_nav__c7Fe1" aria-label="Breadcrumb"><ol class="Breadcrumbs_list__QoP2r">
<li class="Breadcrumbs_item__w4TnX"><a href="/">Home</a></li><li class="Breadcrumbs_item__w4TnX"><a href="/programs">Programs</a></li></ol></nav>
<div class="ProgramPage_grid__Ua7eR"><aside class="ProgramPage_toc__Rr0sV"><p class="ProgramPage_tocTitle__n1Vb9">On this page</p>
<ul class="ProgramPage_tocList__yG4Hc">${vOnPage.map((t, i) => `<li><a href="#s${i + 1}">${t}</a></li>`).join('')}</ul></aside>
<article class="ProgramPage_article__3kP0a"><h1 class="ProgramPage_title__eY2mW">${vTitle}</h1>
<p class="ProgramPage_updated__Kp8sD">Page updated <time dateTime="2026-02-03">February 3, 2026</time></p>
<div class="RichText_richText__s0Gq1">${ps(vIntro)}
<div class="Alert_alert__hN5xG Alert_info__o2VkB" role="status"><p class="Alert_heading__zW4Rr">Waitlist closed</p><p>The voucher waitlist is not taking
new applications. Sign up below to hear when it reopens.</p></div>
<h2 id="s1">${vHeads[0]}</h2>${ps(vS1)}
<h2 id="s2">${vHeads[1]}</h2><p>${vS2[0]}</p><ul>${lis(vS2.slice(1))}</ul>
<h2 id="s3">${vHeads[2]}</h2><div class="DataTable_wrap__Pe1mT"><table class="DataTable_table__xD2oK"><thead><tr><th scope="col">Unit size</th>
<th scope="col">Payment standard</th></tr></thead><tbody>${[0, 2, 4, 6, 8]
  .map((r) => `<tr><td>${vCells[r]}</td><td>${vCells[r + 1]}</td></tr>`)
  .join('')}</tbody></table><p class="DataTable_source__L1aWn">Source: Port Calder Housing Agency board resolution 2025-44.</p></div>
${ps(vS3)}
<h2 id="s4">${vHeads[3]}</h2>${ps(vS4)}</div>
<section class="Signup_signup__Fh3wQ"><h2 class="Signup_title__u8Mx2">Get waitlist alerts</h2><p class="Signup_text__dR5vN">We will text or email you when
the voucher waitlist opens.</p><form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign
up</button></form></section>
<div class="Feedback_feedback__kS2pL"><p class="Feedback_question__b7Nn0">Was this page helpful?</p><button type="button">Yes</button><button
type="button">No</button>
</div></article></div></main>
<footer class="Footer_footer__Ww3eT"><ul class="Footer_links__oZ7tB">${links(vFoot, 'Footer_link__t1Hq8')}</ul><p class="Footer_address__Jm6vC">Port Calder
Housing Agency, 55 Wharf Street, Port Calder, WA 98377</p><p class="Footer_eho__p0Ls3">Equal Housing Opportunity</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${vData}</script></body></html>`;
const nextVoucher: TestPage = {
  name: 'heldout414-nextjs-voucher-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([...vIntro, ...vS1, ...vS2, ...vCells, ...vS3, ...vS4]),
  bylines: ['Page updated February 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'An official website of the City of Port Calder', 'PCHA', ...vNav, 'Menu', 'Home', 'On this page',
    'Waitlist closed', 'The voucher waitlist is not taking new applications. Sign up below to hear when it reopens.',
    'Source: Port Calder Housing Agency board resolution 2025-44.', 'Get waitlist alerts', 'We will text or email you when the voucher waitlist opens.',
    'Sign up', 'Was this page helpful?', ...vFoot, 'Port Calder Housing Agency, 55 Wharf Street, Port Calder, WA 98377', 'Equal Housing Opportunity',
  ],
};

export const HELDOUT414_B: readonly TestPage[] = [civicPlus, nextVoucher];

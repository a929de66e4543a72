import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 186, file b2: an SSRN abstract page (the Elsevier header with "Product & Services", "Subscribe",
 * "Submit a paper", "Browse", "Rankings", "Blog", "Contact", "Create account" / "Sign in", the download buttons, page
 * count and posting dates, authors with affiliations, "Date Written", the abstract under its h3, keywords and JEL lines,
 * "Suggested Citation", the paper statistics box, related eJournals with "Subscribe to this fee journal", recommended
 * papers, the feedback box, the footer and the cookie notice).
 */
const srTitle = 'Late Fees as Lending: Evidence from Municipal Water Utilities';
const srAbstract = [
  'Households that fall behind on utility bills are routinely charged late fees, yet these fees are rarely studied as a form of ' +
    'credit. This paper treats them as one. Using account-level billing records from 19 municipal water utilities in three states ' +
    'between 2016 and 2024, covering roughly 1.4 million households, I estimate the implied annual interest rate that customers pay ' +
    'when they delay payment and incur a fee. The records include ' +
    'the date of every bill, payment, fee and shut-off notice, which makes it possible to follow how each household manages ' +
    'its account from month to month.',
  'The median implied rate is 86 percent a year, and for the smallest overdue balances it exceeds 300 percent. Late payment is ' +
    'heavily concentrated: the 10 percent of households with the most late months account for 58 percent of all fee revenue. These ' +
    'households are disproportionately in census tracts with low median incomes and high shares of renters who pay water bills ' +
    'directly.',
  'I exploit staggered fee reforms in seven utilities, which replaced flat fees with capped percentage charges, to estimate how ' +
    'customers respond to cheaper delay. Payment timing barely changes: the share of bills paid late falls by less than one ' +
    'percentage point. Shut-offs for non-payment do not rise, and total collections are unchanged within eighteen months. Fee ' +
    'revenue, however, falls by about 40 percent, which suggests that the old fees functioned mainly as a transfer from ' +
    'liquidity-constrained households rather than as an incentive to pay on time.',
  'The findings matter for the growing debate over utility affordability. Late fees are often defended as a cost-recovery tool, ' +
    'but the evidence here indicates that they recover little beyond their own administration and impose high effective borrowing ' +
    'costs on households with few alternatives. I discuss implications for state utility regulators and for the design of payment ' +
    'plans, including automatic enrolment and fee forgiveness after on-time payment.',
];
const srNav = ['Product & Services', 'Subscribe', 'Submit a paper', 'Browse', 'Rankings', 'Blog', 'Contact'];
const srButtons = ['Download This Paper', 'Open PDF in Browser', 'Add Paper to My Library'];
const srShare = ['Share:'];
const srKeywords = 'Keywords: utility debt, late fees, household finance, affordability, municipal finance';
const srJel = 'JEL Classification: D14, G51, H42, L95';
const srCitation =
  'Okafor, Bernadette, Late Fees as Lending: Evidence from Municipal Water Utilities (January 30, 2026). Available at SSRN: ' +
  'https://ssrn.example/abstract=5120447 or http://dx.doi.example/10.2139/ssrn.5120447';
const srStats = ['Paper statistics', 'Downloads', '412', 'Abstract Views', '1,833', 'Rank', '121,440'];
const srJournals = ['Consumer Finance eJournal', 'Public Economics: Taxation, Spending, & Services eJournal', 'Household Finance eJournal'];
const srRecommended = [
  'Payday Loans and Utility Shut-offs: Substitutes or Complements?',
  'The Price of Paying Late: Evidence from Credit Card Fee Caps',
  'Affordability Programs in Public Water Systems',
];
const srFoot = [
  'Submit a Paper',
  'Section 508 Text Only Pages',
  'SSRN Quick Links',
  'SSRN Solutions',
  'Research Paper Series',
  'Conference Papers',
  'Partners in Publishing',
  'Jobs & Announcements',
  'Special Topic Hubs',
  'SSRN Rankings',
  'Top Papers',
  'Top Authors',
  'Top Organizations',
  'About SSRN',
  'Network Directors',
  'Announcements',
  'Contact us',
  'FAQs',
];
const srLegal = ['Copyright', 'Terms and Conditions', 'Privacy Policy'];
const srCookie =
  'We use cookies to help provide and enhance our service and tailor content. To learn more, visit Cookie Settings. By continuing ' +
  'you agree to the use of cookies.';
const srHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Late Fees as Lending: Evidence from Municipal Water Utilities by Bernadette Okafor :: SSRN</title>
<meta name="description" content="Households that fall behind on utility bills are routinely charged late fees">
<meta name="citation_title" content="${srTitle}">
<meta name="citation_author" content="Okafor, Bernadette"><meta name="citation_online_date" content="2026/02/12"><meta name="citation_publisher" content="SSRN">
<meta name="citation_pdf_url" content="https://papers.ssrn.example/sol3/Delivery.cfm?abstractid=5120447"><meta property="og:title" content="${srTitle}">
<link rel="canonical" href="https://papers.ssrn.example/sol3/papers.cfm?abstract_id=5120447">
<link rel="stylesheet" href="https://static.ssrn.example/cfincludes/css/abstract.css?v=20260201">
<script>var abstractId = 5120447; var isLoggedIn = false;</script>
<script src="https://assets.adobedtm.example/launch-EN2c.min.js" async></script></head>
<body><div id="skip-to"><a href="#maincontent">Skip to main content</a></div>
<header class="header-wrapper"><div class="header"><a class="logo" href="https://www.ssrn.example/index.cfm/en/"><img src="/images/ssrn-logo.svg"
alt="SSRN"></a><nav class="nav" aria-label="Main"><ul>${links(srNav)}</ul></nav>
<div class="header-user"><a href="/register">Create account</a><a href="/login">Sign in</a></div></div></header>
<div id="maincontent" class="container"><div class="row"><div class="col-md-9">
<div class="abstract-buttons"><a class="button-link primary" href="/Delivery.cfm?abstractid=5120447" title="Download This Paper">
<span>${srButtons[0]}</span></a><a class="button-link secondary" href="/Delivery.cfm?abstractid=5120447&amp;mirid=1" target="_blank">${srButtons[1]}</a>
<a class="button-link secondary" href="#">${srButtons[2]}</a><div class="share"><span>${srShare[0]}</span><a href="#" class="share-fb">
<span class="sr-only">Facebook</span></a><a href="#" class="share-x"><span class="sr-only">X</span></a><a href="#" class="share-li">
<span class="sr-only">LinkedIn</span></a>
<a href="#" class="share-email"><span class="sr-only">Email</span></a><a href="#" class="share-perma"><span class="sr-only">Permalink</span></a></div></div>
<div class="box-container box-abstract-main"><div class="box-abstract-title"><h1>${srTitle}</h1></div>
<p class="pages-stats"><span>48 Pages</span><span>Posted: 12 Feb 2026</span><span>Last revised: 3 Mar 2026</span></p>
<div class="authors authors-full-width"><h2><a href="/cf_dev/AbsByAuth.cfm?per_id=4419021">Bernadette Okafor</a></h2>
<p>Whitmore School of Public Policy, Calloway University</p></div>
<p class="note note-list"><span>Date Written: January 30, 2026</span></p>
<div class="abstract-text"><h3>Abstract</h3>${srAbstract.map((p) => `<p>${p}</p>`).join('\n')}</div>
<p class="keywords"><strong>Keywords:</strong> utility debt, late fees, household finance, affordability, municipal finance</p>
<p><strong>JEL Classification:</strong> D14, G51, H42, L95</p>
<div class="suggested-citation"><h4>Suggested Citation:</h4><p class="suggested-citation-text">
<a href="/cf_dev/AbsByAuth.cfm?per_id=4419021">Okafor, Bernadette</a>, Late Fees as Lending: Evidence from Municipal Water Utilities (January 30, 2026).
Available at SSRN: https://ssrn.example/abstract=5120447 or http://dx.doi.example/10.2139/ssrn.5120447</p></div></div>
<div class="box-container contact-info"><h4>Contact Information</h4><p><a href="/cf_dev/AbsByAuth.cfm?per_id=4419021">Bernadette Okafor (Contact Author)</a></p>
<p>Whitmore School of Public Policy, Calloway University</p><p>1400 Larch Avenue</p><p>Brenford, OH 44102</p><p>United States</p></div>
<div class="box-container related-ejournals"><h3>Related eJournals</h3>${srJournals
  .map(
    (j) =>
      `<div class="journal"><a href="/link/${j.length}.html">${j}</a><p>
<a href="/subscribe">Subscribe to this fee journal for more curated articles on this topic</a></p></div>`,
  )
  .join('\n')}</div>
<div class="box-container recommended-papers"><h3>Recommended Papers</h3><ul>${links(srRecommended, 'recommended-paper')}</ul></div></div>
<div class="col-md-3 sidebar"><div class="box-container stats"><h4>${srStats[0]}</h4><div class="stat"><span class="lbl">${srStats[1]}</span>
<span class="number">${srStats[2]}</span></div><div class="stat"><span class="lbl">${srStats[3]}</span><span class="number">${srStats[4]}</span></div>
<div class="stat"><span class="lbl">${srStats[5]}</span><span class="number">${srStats[6]}</span></div></div>
<div class="box-container feedback"><h4>Feedback</h4><p>Feedback to SSRN</p><form><label for="fb">Feedback (required)</label><textarea id="fb"></textarea>
<button>Submit</button></form><p class="hidden" style="display:none">If you need immediate assistance, call 877-SSRNHelp (877 777 6435) in the United
States.</p>
</div></div></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(srFoot)}</ul><ul class="footer-legal">${links(srLegal)}</ul>
<p>All content on this site: Copyright © 2026 Elsevier Inc., its licensors, and contributors. All rights are reserved, including those for text and data
mining, AI training, and similar technologies. For all open access content, the relevant licensing terms apply.</p>
<p class="server-stamp">This page was processed by apollo6 in 0.245 seconds</p></div></footer>
<div id="cookie-notice" role="dialog"><p>${srCookie}</p><button>Accept all cookies</button><button>Cookie Settings</button></div>
</body></html>`;
export const ssrnAbstract: TestPage = {
  html: srHtml,
  name: 'heldout186-ssrn-abstract',
  kind: 'docs',
  // the abstract is the article ("Abstract" its heading); the author, page count, posting and revision dates and "Date
  // Written" are bylines; affiliations, keywords, JEL line, citation box, contact block, stats, eJournals and the hidden
  // help line are furniture (the contact block's street address is in neither list)
  title: srTitle,
  headings: ['Abstract'],
  body: srAbstract,
  bylines: ['Bernadette Okafor', 'Posted: 12 Feb 2026', 'Last revised: 3 Mar 2026', 'Date Written: January 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...srNav, 'Create account', 'Sign in', ...srButtons, ...srShare, 'Facebook', 'LinkedIn', 'Permalink', '48 Pages',
    'Whitmore School of Public Policy, Calloway University', srKeywords, srJel, 'Suggested Citation:', srCitation, 'Contact Information',
    'Bernadette Okafor (Contact Author)', 'Related eJournals', ...srJournals, 'Subscribe to this fee journal for more curated articles on this topic',
    'Recommended Papers', ...srRecommended, ...srStats, 'Feedback', 'Feedback to SSRN', 'Feedback (required)', 'Submit',
    'If you need immediate assistance, call 877-SSRNHelp (877 777 6435) in the United States.', ...srFoot, ...srLegal,
    'All content on this site: Copyright © 2026 Elsevier Inc., its licensors, and contributors.', 'This page was processed by apollo6 in 0.245 seconds',
    srCookie, 'Accept all cookies', 'Cookie Settings',
  ],
};

import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';
import { squarespace } from './pages-heldout436-b2.js';

/**
 * Held-out batch 436, file b: a large law firm's client alert on a Sitecore SXA site (eyebrow, key-takeaways box, a table of
 * effective dates, the alert's disclaimer, a contacts rail with lawyer cards, related practices, print / PDF / share tools, an
 * alerts sign-up and a OneTrust banner) and, from file b2, a family-law blog post on Squarespace.
 */
const cTitle = 'Calder Caps Noncompete Agreements for Hourly Workers: What Employers Must Do Before July 1';
const cH = ['Key Takeaways', 'What the new law does', 'Phased effective dates', 'Existing agreements and notice', 'Next steps for employers'];
const cKeys = rows(`
Noncompete agreements are void for employees paid hourly or earning less than $62,000 a year.
Employers must notify affected current and former employees by October 1 that their agreements will not be enforced.
Customer nonsolicitation and confidentiality agreements remain enforceable if narrowly drawn.
`);
const cWhat = paras(`
On February 27, Governor Adaeze Holm signed Senate Bill 418, which bars employers in Calder from entering into or enforcing
noncompete agreements with hourly employees and with salaried employees whose annualized pay falls below $62,000. The
threshold will be adjusted each year for inflation by the state Department of Labor and Workforce.

The law defines a noncompete broadly, to include any agreement that prohibits or penalizes an employee for working for a
competitor or starting a competing business after employment ends. Forfeiture-for-competition clauses in bonus and deferred
compensation plans fall within the definition, as do "garden leave" provisions that are not fully paid.

Employees may bring a private action to challenge an unlawful agreement. A court may award actual damages, a statutory penalty
of up to $5,000 per employee, and reasonable attorneys' fees, which makes the law an attractive vehicle for class claims.
`);
const cPhase = paras(`
The legislature staggered the effective dates so that smaller employers have more time to review their agreements:
`);
const cTable = [
  ['Employers with 500 or more employees', 'July 1, 2026'],
  ['Employers with 50 to 499 employees', 'January 1, 2027'],
  ['Employers with fewer than 50 employees', 'July 1, 2027'],
];
const cExisting = paras(`
The statute applies to agreements signed before its effective date. An employer may not enforce an existing noncompete against
a covered worker after the applicable date, and must send each current and former covered employee whose employment ended in
the past two years a written notice that the agreement is void. The notice may be delivered by mail or by email to the last
known address.

The law carves out agreements entered into in connection with the sale of a business, where the employee held at least a
ten percent ownership interest, and agreements with partners or members leaving a partnership or limited liability company.
`);
const cNext = rows(`
Inventory every agreement and plan document that contains a restrictive covenant, including offer letters and equity awards.
Identify covered workers using the hourly and pay-threshold tests, and track the threshold as it changes each year.
Prepare and calendar the required notices for current and recently departed employees.
Revise templates to rely on well-drafted confidentiality and customer nonsolicitation terms instead.
`);
const cDisclaimer = j2(
  'This client alert is provided for informational purposes only and does not constitute legal advice. The views expressed are those of the',
  'authors and not necessarily those of the firm or its clients. Attorney advertising: prior results do not guarantee a similar outcome.',
);
function j2(...s: string[]): string {
  return s.join(' ');
}
const cNav = ['People', 'Capabilities', 'Insights', 'Offices', 'Careers', 'About'];
const cContacts = ['Renata Oduya', 'Partner, Chicago Street Office', 'Felix Marchbank', 'Counsel, Employment'];
const cPractices = ['Labor and Employment', 'Executive Compensation', 'Trade Secrets'];
const cRelated = ['Federal Court Vacates Overtime Salary Rule: What Comes Next', 'Five Questions to Ask Before Your Next Reduction in Force'];
const cFoot = ['Privacy Notice', 'Terms of Use', 'Attorney Advertising', 'Cookie Settings', 'Alumni'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Calder Caps Noncompete Agreements for Hourly Workers | Ashby Lorne Whitcombe LLP</title>
<meta name="description" content="A new Calder law voids noncompetes for hourly and lower-paid employees and requires notices by October 1.">
<meta property="og:type" content="article"><meta name="citation_publication_date" content="2026/03/04">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Calder Caps Noncompete Agreements for Hourly Workers",
"datePublished":"2026-03-04","author":[{"@type":"Person","name":"Renata Oduya"},{"@type":"Person","name":"Felix Marchbank"}],
"publisher":{"@type":"Organization","name":"Ashby Lorne Whitcombe LLP"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"Insight","insightType":"Client Alert","practice":"Labor and Employment"});</script>
<link href="/-/media/base-themes/main-theme/styles/optimized-min.css" rel="stylesheet">
</head>
<body class="default-device bodyclass"><div id="wrapper">
<header><div id="header" class="container-fluid"><div class="row"><div class="component image file-type-icon-media-link col-md-3">
<div class="component-content"><a href="/en"><img src="/-/media/project/alw/logo.svg" alt="Ashby Lorne Whitcombe"></a></div></div>
<div class="component navigation col-md-7 navigation-main"><div class="component-content"><nav><ul class="clearfix">${links(cNav, 'level1 rel-level1')}</ul>
</nav></div></div>
<div class="component search-box col-md-2"><div class="component-content"><input class="search-box-input" type="text" placeholder="Search">
<button class="search-box-button">Search</button></div></div></div></div></header>
<main><div id="content" class="container"><div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol>
<li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a href="/en">Home</a></div></li>
<li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a href="/en/insights">Insights</a></div></li>
<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a href="/en/insights/client-alerts">Client Alerts</a></div></li>
</ol></nav></div></div>
<div class="row component column-splitter"><div class="col-12 col-lg-8"><article class="component insight-detail">
<div class="component-content"><div class="field-eyebrow">Client Alert</div><h1 class="field-title">${cTitle}</h1>
<div class="insight-meta"><time class="field-date" datetime="2026-03-04">March 4, 2026</time><span class="field-readtime">6 min read</span></div>
<div class="insight-tools"><ul class="share-tools"><li><a href="#" class="print">Print</a></li><li>
<a href="/-/media/files/insights/2026/sb418-alert.pdf">Download PDF</a></li>
<li><a href="https://www.linkedin.example/shareArticle" class="share-linkedin">LinkedIn</a></li><li><a href="mailto:?subject=Client%20Alert"
class="share-email">Email</a></li>
</ul></div>
<div class="component rich-text key-takeaways"><div class="component-content"><h2>${cH[0]}</h2><ul>${lis(cKeys)}</ul></div></div>
<div class="component rich-text"><div class="component-content field-body">
<h2>${cH[1]}</h2>
${ps(cWhat)}
<h2>${cH[2]}</h2>
${ps(cPhase)}
<table class="alw-table"><thead><tr><th>Employer size</th><th>Effective date</th></tr></thead><tbody>
${cTable.map((r) => `<tr><td>${r[0] ?? ''}</td><td>${r[1] ?? ''}</td></tr>`).join('\n')}
</tbody></table>
<h2>${cH[3]}</h2>
${ps(cExisting)}
<h2>${cH[4]}</h2>
<ol>${lis(cNext)}</ol>
</div></div>
<div class="component rich-text insight-disclaimer"><div class="component-content"><p><em>${cDisclaimer}</em></p></div></div>
</div></article></div>
<aside class="col-12 col-lg-4"><div class="component insight-contacts"><div class="component-content"><h2 class="field-heading">Contacts</h2>
<ul class="contact-cards"><li class="contact-card"><a href="/en/people/o/oduya-renata">${cContacts[0]}</a><span>${cContacts[1]}</span>
<a href="tel:+15550171">+1 555 0171</a></li><li class="contact-card"><a href="/en/people/m/marchbank-felix">${cContacts[2]}</a><span>${cContacts[3]}</span>
<a href="tel:+15550172">+1 555 0172</a></li></ul></div></div>
<div class="component related-capabilities"><div class="component-content"><h2 class="field-heading">Related Capabilities</h2><ul>${links(cPractices)}</ul>
</div></div>
<div class="component subscribe-cta"><div class="component-content"><h2 class="field-heading">Stay Informed</h2>
<p>Get our client alerts on employment law delivered to your inbox.</p><a class="btn" href="/en/subscribe">Subscribe</a></div></div></aside></div>
<div class="component related-insights"><div class="component-content"><h2 class="field-heading">Related Insights</h2>
<ul>${links(cRelated, 'related-card')}</ul></div></div>
</div></main>
<footer><div id="footer" class="container-fluid"><div class="component link-list"><div class="component-content"><ul>${links(cFoot)}</ul></div></div>
<div class="component rich-text"><div class="component-content"><p>© 2026 Ashby Lorne Whitcombe LLP. All rights reserved.</p></div></div></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Your Privacy</h2><p id="onetrust-policy-text">This website uses cookies to improve your experience and
to analyze site traffic.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></div></div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js"></script>
</body></html>`;
const alert: TestPage = {
  name: 'heldout436-sitecore-sxa-client-alert-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cKeys, ...cWhat, ...cPhase, ...cTable.flat(), ...cExisting, ...cNext]),
  bylines: ['March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Search', 'Home', 'Insights', 'Client Alerts', 'Client Alert', '6 min read', 'Print', 'Download PDF', 'LinkedIn', 'Email', cDisclaimer,
    'Contacts', ...cContacts, '+1 555 0171', '+1 555 0172', 'Related Capabilities', ...cPractices, 'Stay Informed',
    'Get our client alerts on employment law delivered to your inbox.', 'Subscribe', 'Related Insights', ...cRelated, ...cFoot,
    '© 2026 Ashby Lorne Whitcombe LLP. All rights reserved.', 'Your Privacy',
    'This website uses cookies to improve your experience and to analyze site traffic.',
    'Accept All Cookies', 'Cookie Preferences',
  ],
};

export const HELDOUT436_B: readonly TestPage[] = [alert, squarespace];

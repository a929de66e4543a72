import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 28, file b2: an SSRN abstract page (the SSRN header with search and account links, the download/open
 * buttons, "Add Paper to My Library", the share icons, the title, the pages/posted/revised note, the authors with their
 * affiliations, "Date Written", the abstract in four paragraphs, keywords and JEL codes, "Suggested Citation", the hidden
 * contact information, the paper statistics box, "Related eJournals" with follow buttons, recommended papers, the feedback
 * tab, the Elsevier footer and the cookie banner).
 */
const ssTitle = 'Who Owns the Default? Pre-Ticked Boxes, Consent and the Economics of Choice Architecture in EU Consumer Credit';
const ssAbs = [
  'Lenders in the European Union may no longer pre-tick boxes that add payment protection insurance or other extras to a consumer ' +
    'loan. Yet defaults have not disappeared from credit journeys; they have moved. Online application forms now preset the loan ' +
    'term, the repayment date and the channel for future offers, and each of these settings shapes what the borrower ends up paying.',
  'This paper asks who should own such defaults: the lender, the regulator or the borrower. Drawing on a hand-collected sample of ' +
    '212 online credit journeys from 31 lenders in Germany, Poland and Spain, we show that 74 percent preset at least one term that ' +
    'raises the total cost of credit, most often a longer maturity. Borrowers who kept the preset term paid on average 9.8 percent ' +
    'more in interest than those who changed it. We then review how the revised Consumer Credit Directive and national courts treat ' +
    'such settings and find that the law polices visible add-ons closely but leaves structural defaults almost untouched.',
  'We argue for a simple rule: any preset term that raises the cost of credit should be treated as an unsolicited offer and be ' +
    'presented as an explicit choice. We discuss the objections raised by lenders, the risk of choice overload, and the evidence that ' +
    'neutral defaults can be designed at low cost.',
  'The paper also offers supervisors a practical test: compare the cost of credit under the preset options with the cheapest ' +
    'option the lender offers on the same form, and require a separate confirmation whenever the gap exceeds one percent of the loan.',
] as const;
const ssAuthors = [
  ['Tomasz Wielgosz', 'Baltic University of Economics - Faculty of Law'],
  ['Clara von Ahlen', 'Rhine Institute for Consumer Policy'],
] as const;
const ssKw = 'Keywords: choice architecture, default rules, consumer credit, Consumer Credit Directive, dark patterns, behavioral law and economics';
const ssCite =
  'Wielgosz, Tomasz and von Ahlen, Clara, Who Owns the Default? Pre-Ticked Boxes, Consent and the Economics of Choice Architecture ' +
  'in EU Consumer Credit (January 30, 2025). Available at SSRN: https://ssrn.com/abstract=5129876 or http://dx.doi.org/10.2139/ssrn.5129876';
const ssAddr = ['ul. Armii Krajowej 119', 'Sopot, 81-824', 'Poland'];
const ssNav = ['Product & Services', 'Subscribe', 'Submit a Paper', 'Browse', 'Rankings', 'Blog', 'Contact', 'Sign in', 'Create account'];
const ssStats = ['Downloads', '312', 'Abstract Views', '1,204', 'Rank', '201,455'];
const ssJournals = ['Consumer Law eJournal', 'Law & Economics: Private Law eJournal'];
const ssRec = [
  'Nudging Borrowers: Evidence from Default Loan Terms in Online Lending',
  'Hanna Korpela and Mateus Rocha',
  'Dark Patterns in Financial Services: A Taxonomy and Enforcement Agenda',
  'Irene Salvatori',
];
const ssFootCols: [string, string[]][] = [
  ['SSRN Quick Links', ['SSRN Solutions', 'Research Paper Series', 'Conference Papers', 'Partners in Publishing', 'Jobs & Announcements']],
  ['SSRN Rankings', ['Top Papers', 'Top Authors', 'Top Organizations']],
  ['About SSRN', ['Network Directors', 'Presidential Letter', 'Announcements', 'Contact us', 'FAQs']],
];
const ssLegal = ['Copyright', 'Terms and Conditions', 'Privacy Policy'];
const ssCopy =
  'All content on this site: Copyright © 2025 Elsevier Inc., its licensors, and contributors. All rights are reserved, including ' +
  'those for text and data mining, AI training, and similar technologies. For all open access content, the relevant licensing terms apply.';
const ssCookie = 'We use cookies to help provide and enhance our service and tailor content.';
const buttons = `<div class="abstract-buttons"><a class="button-link primary" href="Delivery.cfm?abstractid=5129876&amp;mirid=1" target="_blank">
<span>Download This Paper</span></a> <a class="button-link secondary" href="Delivery.cfm/5129876.pdf?abstractid=5129876&amp;mirid=1&amp;type=2"
target="_blank"><span>Open PDF in Browser</span></a></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ssTitle} by Tomasz Wielgosz, Clara von Ahlen :: SSRN</title>
<meta name="citation_title" content="${ssTitle}"><meta name="citation_author" content="Wielgosz, Tomasz">
<meta name="citation_author" content="von Ahlen, Clara"><meta name="citation_online_date" content="2025/02/12">
<meta name="description" content="${ssAbs[0].slice(0, 140)}"><script>window.dataLayer = window.dataLayer || [];
dataLayer.push({"abstractId":"5129876","pageType":"AbstractPage","isPaperPublic":true});</script></head>
<body><div id="skip"><a href="#main">Skip to main content</a></div><header class="ssrn-header"><a href="https://www.ssrn.example/index.cfm/en/"
class="ssrn-logo" aria-label="SSRN home"><img src="/images/ssrn-logo.svg" alt="SSRN"></a><form class="header-search" role="search">
<input type="text" aria-label="Search SSRN" placeholder="Search"><button type="submit" aria-label="Submit search"></button></form>
<nav class="header-nav"><ul>${links(ssNav)}</ul></nav></header>
<main id="main" class="page-container"><div class="row"><div class="col-md-8 box-container box-abstract-main">${buttons}
<div class="abstract-toolbar"><a class="add-to-library" href="#">Add Paper to My Library</a><div class="share-paper"><span>Share:</span>
<a aria-label="Share on Facebook" href="#"><i class="icon-facebook"></i></a> <a aria-label="Share on LinkedIn" href="#"><i class="icon-linkedin"></i></a>
<a aria-label="Share by Email" href="#"><i class="icon-mail"></i></a> <button class="copy-url" type="button">Copy URL</button></div></div>
<h1>${ssTitle}</h1>
<p class="note note-list"><span>49 Pages</span>
<span>Posted: 12 Feb 2025</span> <span class="revised">Last revised: 3 Mar 2025</span></p>
<div class="authors authors-full-width">${ssAuthors
  .map(
    ([n, a]) => `<h2><a href="https://papers.ssrn.example/sol3/cf_dev/AbsByAuth.cfm?per_id=${n.length * 417}" title="View other papers by this author">
${n}</a></h2><p>${a}</p>`,
  )
  .join('\n')}</div>
<p class="note note-list"><span>Date Written: January 30, 2025</span></p>
<div class="abstract-text"><h3>Abstract</h3>${ssAbs.map((p) => `<p>${p}</p>`).join('\n')}</div>
<p><strong>Keywords:</strong> ${ssKw.slice(10)}</p>
<p><strong>JEL Classification:</strong> D18, G21, K12</p>
<div class="suggested-citation"><h3>Suggested Citation:</h3><p>${ssCite.replace(/(https?:\S+)/g, '<a href="$1">$1</a>')}</p>
<button class="btn-show-contact" type="button" aria-expanded="false">Show Contact Information</button></div>
<div class="box-contact-info" style="display:none"><h3>${ssAuthors[0][0]} (Contact Author)</h3><p>${ssAuthors[0][1]} ( email )</p>
${ssAddr.map((t) => `<p>${t}</p>`).join('')}<h3>${ssAuthors[1][0]}</h3><p>${ssAuthors[1][1]} ( email )</p></div>
${buttons}</div>
<aside class="col-md-4 sidebar"><div class="box-container box-paper-statics"><h3>Paper statistics</h3>${[0, 2, 4]
  .map((i) => `<div class="stat"><div class="lbl">${ssStats[i]}</div><div class="number">${ssStats[i + 1]}</div></div>`)
  .join('\n')}<div class="plumx"><a href="https://plu.mx/ssrn/a/?ssrn_id=5129876" class="plumx-summary">PlumX Metrics</a></div></div>
<div class="box-container related-journals"><h3>Related eJournals</h3>${ssJournals
  .map(
    (j) => `<div class="journal"><a href="#">${j.replace('&', '&amp;')}</a><button class="btn-follow" type="button">Follow</button>
<p class="note">Subscribe to this fee journal for more curated articles on this topic</p></div>`,
  )
  .join('\n')}</div>
<div class="box-container recommended-papers"><h3>Recommended Papers</h3><ul>${[0, 2]
  .map((i) => `<li><a href="#">${ssRec[i]}</a><p class="authors">${ssRec[i + 1]}</p></li>`)
  .join('')}</ul></div></aside></div></main>
<button class="feedback-tab" type="button">Feedback</button>
<footer class="ssrn-footer"><div class="footer-top"><a class="btn" href="#">Submit a Paper</a> <a href="#">Section 508 Text Only Pages</a></div>
${ssFootCols.map(([h, items]) => `<div class="footer-col"><h4>${h}</h4><ul>${links(items)}</ul></div>`).join('\n')}
<div class="footer-bottom"><img src="/images/elsevier-logo.svg" alt="Elsevier"><ul>${links(ssLegal)}</ul><p>${ssCopy}</p></div></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${ssCookie}</p><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept all cookies</button></div></body></html>`;
export const ssrn: TestPage = {
  html: ssHtml,
  name: 'heldout28-ssrn-abstract',
  kind: 'docs',
  // the four abstract paragraphs are the page's text: body, under the heading "Abstract"; the two author names (each twice with
  // the hidden contact box, once), their affiliations (likewise), the contact address lines, the posted and revised dates and
  // "Date Written" are bylines ("(Contact Author)" and "( email )" are furniture labels); "49 Pages", the keywords and JEL lines, the
  // suggested citation (it repeats the title inside a longer text), the download buttons (twice, once), library and share links,
  // the statistics box, related eJournals, recommended papers, the feedback tab, header, footer and cookie banner are furniture
  title: ssTitle,
  headings: ['Abstract'],
  body: texts(ssAbs),
  bylines: [...ssAuthors.flat(), ...ssAddr, 'Posted: 12 Feb 2025', 'Last revised: 3 Mar 2025', 'Date Written: January 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ssNav, 'Download This Paper', 'Open PDF in Browser', 'Add Paper to My Library', 'Share:', 'Copy URL', '49 Pages',
    ssKw, 'JEL Classification: D18, G21, K12', 'Suggested Citation:', ssCite, 'Show Contact Information', '(Contact Author)', '( email )',
    'Paper statistics', ...ssStats, 'PlumX Metrics', 'Related eJournals', ...ssJournals, 'Follow',
    'Subscribe to this fee journal for more curated articles on this topic', 'Recommended Papers', ...ssRec, 'Feedback',
    'Section 508 Text Only Pages', ...ssFootCols.flatMap(([h, i]) => [h, ...i]), ...ssLegal, ssCopy, ssCookie, 'Cookie Settings',
    'Accept all cookies',
  ],
};

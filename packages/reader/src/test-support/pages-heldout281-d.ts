import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout281-kit.js';
import { patent } from './pages-heldout281-d2.js';

/**
 * Held-out batch 281, file d: a Federal Register-style notice (agency / action / summary / dates / addresses preamble with
 * h4 labels, supplementary information sections, the "Document Details" and "Published Document" sidebars, the print
 * and share tools, the comment call-to-action, the "Enhanced Content" rail, footer) and, from file d2, a Google
 * Patents-style patent page.
 */
const fTitle = 'Notice of Availability of Draft Guidance on Hive Relocation Permits';
const fHeads = [
  'AGENCY:',
  'ACTION:',
  'SUMMARY:',
  'DATES:',
  'ADDRESSES:',
  'FOR FURTHER INFORMATION CONTACT:',
  'SUPPLEMENTARY INFORMATION:',
  'I. Background',
  'II. Summary of the Draft Guidance',
  'III. Request for Comments',
];
const fAgency = ['Pollinator Health Service, Department of Agriculture.'];
const fAction = ['Notice of availability; request for comments.'];
const fSummary = [
  j(
    'The Pollinator Health Service (PHS) announces the availability of draft guidance that explains how beekeepers may obtain',
    'a permit to move managed honey bee colonies across State lines during the spring pollination season. We invite comments on',
    'the draft guidance.',
  ),
];
const fDates = ['We will consider all comments that we receive on or before May 8, 2026.'];
const fAddr = [
  'You may submit comments by either of the following methods:',
  '<em>Federal eRulemaking Portal:</em> Go to the portal and search for Docket No. PHS-2026-0031.',
  '<em>Postal Mail/Commercial Delivery:</em> Send your comment to Docket No. PHS-2026-0031, Regulatory Analysis, PHS, Station 3A-03.8, Riverdale.',
];
const fContact = ['Dr. Ilona Vasquez-Reed, Senior Staff Apiculturist, Pollinator Health Service; phone (301) 555-0164.'];
const fBackground = [
  j(
    'Each spring, several hundred thousand honey bee colonies are moved by truck to orchards for pollination. Under the existing',
    'rules, a beekeeper must obtain a separate health certificate from every State the colonies pass through, and the certificates',
    'follow different forms and timelines.',
  ),
  j(
    'In 2024 a working group of State apiarists asked PHS to develop a single interstate permit. The draft guidance is the result',
    'of that work and of two public listening sessions held in the autumn of 2025.',
  ),
];
const fDraft = [
  'The draft guidance would:',
  'create a single interstate hive relocation permit, valid for 60 days from the date of inspection;',
  'require an inspection for American foulbrood and small hive beetle no more than 30 days before the first move;',
  'allow States to add route-specific conditions, which would be printed on the permit; and',
  'require beekeepers to keep a movement log and make it available to inspectors on request.',
  j(
    "The guidance would not change any State's authority to refuse entry to colonies found to carry a regulated pest. It would",
    'only replace the separate certificates with one permit accepted by every participating State.',
  ),
];
const fComments = [
  j(
    'We are particularly interested in comments on the 60-day validity period, on the cost to small beekeeping operations of the',
    'proposed inspection timing, and on whether the movement log should be kept in electronic form.',
  ),
];
const fNav = ['Sections', 'Browse', 'Search', 'Reader Aids', 'My FR', 'Sign in'];
const fDetails = [
  'Printed version:',
  'PDF',
  'Publication Date:',
  'Agencies:',
  'Dates:',
  'Comments Due:',
  'Document Type:',
  'Notice',
  'Document Citation:',
  '91 FR 14420',
  'Page:',
  '14420-14421 (2 pages)',
  'Agency/Docket Number:',
  'Docket No. PHS-2026-0031',
  'Document Number:',
  '2026-06112',
];
const fFoot = ['About the Federal Register', 'Legal Status', 'Privacy', 'Accessibility', 'FOIA', 'Developer Tools', 'Site Feedback'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Federal Register :: ${fTitle}</title>
<meta name="citation_title" content="${fTitle}"><meta name="citation_publication_date" content="2026/03/09">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"GovernmentNotice","name":"${fTitle}","datePublished":"2026-03-09"}</script>
</head><body class="documents show"><div class="usa-banner"><p>An official website of the United States government</p></div>
<header id="site-header"><a href="/" class="logo">FederalRegister.example</a><p class="tagline">The Daily Journal of the United States Government</p>
<nav class="main-nav"><ul>${links(fNav)}</ul></nav></header>
<div id="flash_message" class="flash notice"><p>Legal Status: This site displays a prototype of a “Web 2.0” version of the daily Federal Register.</p></div>
<div class="doc-content with-sidebar"><div class="title"><p class="document-type">Notice</p><h1>${fTitle}</h1>
<p class="metadata-content">A Notice by the Pollinator Health Service on 03/09/2026</p></div>
<div class="doc-action-bar"><ul><li><a href="#" class="print">Print</a></li><li><a href="#" class="share">Share</a></li>
<li><a href="#" class="subscribe">Subscribe</a></li><li><a href="#" class="comment button">Submit a formal comment</a></li></ul></div>
<div id="fulltext_content_area" class="body-column"><div class="preamble">
<h4>${fHeads[0]}</h4>${ps(fAgency)}<h4>${fHeads[1]}</h4>${ps(fAction)}<h4>${fHeads[2]}</h4>${ps(fSummary)}
<h4>${fHeads[3]}</h4>${ps(fDates)}<h4>${fHeads[4]}</h4><p>${fAddr[0]}</p><ul>${lis(fAddr.slice(1))}</ul>
<h4>${fHeads[5]}</h4>${ps(fContact)}</div>
<div class="supplementary-info"><h4>${fHeads[6]}</h4>
<h2 id="h-4">${fHeads[7]}</h2>${ps(fBackground)}
<h2 id="h-5">${fHeads[8]}</h2><p>${fDraft[0]}</p><ul>${lis(fDraft.slice(1, 5))}</ul><p>${fDraft[5]}</p>
<h2 id="h-6">${fHeads[9]}</h2>${ps(fComments)}</div>
<div class="signature"><p>Done in Washington, DC, this 4th day of March 2026.</p><p class="signer">Marcus T. Oyelaran,</p>
<p class="title">Administrator, Pollinator Health Service.</p></div>
<p class="frdoc">[FR Doc. 2026-06112 Filed 3-6-26; 8:45 am]</p><p class="billing-code">BILLING CODE 3410-34-P</p></div>
<aside class="sidebar"><div class="document-details"><h3>Document Details</h3>
<dl>${fDetails.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('')}</dl></div>
<div class="published-document"><h3>Published Document</h3><p>This document has been published in the Federal Register. Use the PDF linked in the document
sidebar for the official electronic format.</p></div>
<div class="enhanced-content"><h3>Enhanced Content - Related Documents</h3>
<ul>${links(['Interstate Movement of Managed Pollinators; Listening Sessions'])}</ul></div>
<div class="statistics"><h3>Page views</h3><p>1,284</p><p class="note">as of 03/10/2026 at 4:15 pm EDT</p></div></aside></div>
<footer id="footer"><ul>${links(fFoot)}</ul><p>The Office of the Federal Register publishes documents on behalf of Federal agencies.</p></footer>
<script>FR2.documentPage.init({ documentNumber: '2026-06112', commentsClose: '2026-05-08' });</script></body></html>`;
const fedreg: TestPage = {
  name: 'heldout281-federal-register-notice-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fAgency, ...fAction, ...fSummary, ...fDates, ...fAddr, ...fContact, ...fBackground, ...fDraft, ...fComments]),
  bylines: [
    'A Notice by the Pollinator Health Service on 03/09/2026',
    'Done in Washington, DC, this 4th day of March 2026.',
    'Marcus T. Oyelaran,',
    'Administrator, Pollinator Health Service.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'FederalRegister.example', 'The Daily Journal of the United States Government', ...fNav,
    'Legal Status: This site displays a prototype of a “Web 2.0” version of the daily Federal Register.', 'Print', 'Share', 'Subscribe',
    'Submit a formal comment', '[FR Doc. 2026-06112 Filed 3-6-26; 8:45 am]', 'BILLING CODE 3410-34-P', 'Document Details',
    ...fDetails.filter((t) => t !== 'Notice' && !t.startsWith('Docket No.')),
    'Published Document', 'This document has been published in the Federal Register.', 'Enhanced Content - Related Documents',
    'Interstate Movement of Managed Pollinators; Listening Sessions', 'Page views', '1,284', 'as of 03/10/2026 at 4:15 pm EDT', ...fFoot,
    'The Office of the Federal Register publishes documents on behalf of Federal agencies.',
  ],
};

export const HELDOUT281_D: readonly TestPage[] = [fedreg, patent];

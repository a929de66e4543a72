import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 46, file b2: a Federal Register rule document on federalregister.gov (the .gov banner, FR masthead and
 * nav, the "Rule" type label, title and "A Rule by ... on" line, the Document Details and Document Statistics sidebar, the
 * published-document and legal-status notes, the enhanced-content table of contents, then the full text: preamble captions
 * as h1, SUPPLEMENTARY INFORMATION with numbered h2 and lettered h3, "Start Printed Page" markers, List of Subjects, the
 * amendatory text with the new section, the signature block, the FR Doc line and billing code, and the footer).
 */
const frTitle = 'Safety Zone; Kennebec River Bridge Demolition, Richmond, Maine';
const frDates =
  'This rule is effective from June 9, 2025, through August 29, 2025. For the purposes of enforcement, actual notice will be used ' +
  'from June 2, 2025, until June 9, 2025.';
const frPreamble: [string, string[]][] = [
  ['AGENCY:', ['Coast Guard, Department of Homeland Security (DHS).']],
  ['ACTION:', ['Temporary final rule.']],
  [
    'SUMMARY:',
    [
      'The Coast Guard is establishing a temporary safety zone for navigable waters of the Kennebec River within 500 yards of the old ' +
        'Richmond–Dresden swing bridge in Richmond, Maine. The safety zone is needed to protect personnel, vessels and the marine ' +
        'environment from hazards created by the demolition of the bridge, including falling debris and controlled blasting. Entry of ' +
        'vessels or persons into this zone is prohibited unless authorized by the Captain of the Port, Sector Northern New England.',
    ],
  ],
  ['DATES:', [frDates]],
  [
    'ADDRESSES:',
    [
      'To view documents mentioned in this preamble as being available in the docket, go to <a href="https://www.regulations.gov">' +
        'https://www.regulations.gov</a>, type USCG-2025-0412 in the search box and click “Search.”',
    ],
  ],
  [
    'FOR FURTHER INFORMATION CONTACT:',
    [
      'If you have questions on this rule, call or email Lieutenant Dana Whitcomb, Waterways Management Division, Sector Northern ' +
        'New England, U.S. Coast Guard; telephone 207-555-0139, email waterways.snne@uscg.mil.',
    ],
  ],
];
const frSupp: [string, string, string[]][] = [
  ['h2', 'I. Table of Abbreviations', ['COTP Captain of the Port, Sector Northern New England', 'DHS Department of Homeland Security', 'FR Federal Register']],
  [
    'h2',
    'II. Background Information and Regulatory History',
    [
      'On April 28, 2025, the Maine Department of Transportation notified the Coast Guard that its contractor would begin removing ' +
        'the old Richmond–Dresden swing bridge in early June. The bridge was replaced by a fixed span in 2024 and has been closed to ' +
        'traffic since. Demolition will include cutting the steel truss into sections, lowering them onto barges and removing the ' +
        'center pier with small controlled charges.',
      'The Coast Guard is issuing this rule without prior notice and opportunity to comment under 5 U.S.C. 553(b)(B). The ' +
        'contractor’s schedule was not final until May 2025, and a notice of proposed rulemaking would delay the safety zone past ' +
        'the start of demolition.',
    ],
  ],
  [
    'h2',
    'III. Legal Authority and Need for Rule',
    [
      'The Coast Guard is issuing this rule under authority in 46 U.S.C. 70034. The COTP has determined that the hazards of the ' +
        'demolition, including falling steel, floating debris and underwater blast pressure, will be a safety concern for anyone ' +
        'within 500 yards of the bridge.',
    ],
  ],
  [
    'h2',
    'IV. Discussion of the Rule',
    [
      'The zone covers all navigable waters of the Kennebec River within 500 yards of the center pier. It will be enforced only ' +
        'while work is under way, normally from 7 a.m. to 6 p.m. on weekdays, and the COTP will announce periods of enforcement by ' +
        'Broadcast Notice to Mariners and on VHF-FM channel 16.',
      'Vessels may request permission to transit the zone from the on-scene patrol on channel 16. Transits will generally be ' +
        'allowed between blasting windows when the channel below the bridge is clear.',
    ],
  ],
  ['h2', 'V. Regulatory Analyses', []],
  [
    'h3',
    'A. Impact on Small Entities',
    [
      'While some owners or operators of vessels intending to transit the safety zone may be small entities, the zone is limited in ' +
        'size and duration and vessels may transit with the permission of the COTP, so this rule will not have a significant ' +
        'economic impact on a substantial number of small entities.',
    ],
  ],
  ['h2', 'List of Subjects in 33 CFR Part 165', ['Harbors, Marine safety, Navigation (water), Security measures, Waterways.']],
];
const frAmend = ['For the reasons discussed in the preamble, the Coast Guard amends 33 CFR part 165 as follows:'];
const frPartH = 'PART 165—REGULATED NAVIGATION AREAS AND LIMITED ACCESS AREAS';
const frAmend2 = [
  '1. The authority citation for part 165 continues to read as follows:',
  'Authority: 46 U.S.C. 70034, 70051; 33 CFR 1.05-1, 6.04-1, 6.04-6, and 160.5.',
  '2. Add § 165.T01-0412 to read as follows:',
];
const frSectH = `§ 165.T01-0412 ${frTitle}.`;
const frRegText = [
  '(a) Location. The following area is a safety zone: all navigable waters of the Kennebec River within 500 yards of the center ' +
    'pier of the Richmond–Dresden swing bridge, at approximate position 44°05′12″ N, 069°47′58″ W.',
  '(b) Enforcement period. This section will be enforced from 7 a.m. to 6 p.m. each weekday from June 9, 2025, through August 29, ' +
    '2025, and at other times announced by the COTP.',
  '(c) Regulations. No vessel or person may enter the safety zone during an enforcement period unless authorized by the COTP or a designated representative.',
];
const frSign = ['Dated: June 3, 2025.', 'M. R. Calloway,', 'Captain, U.S. Coast Guard, Captain of the Port Sector Northern New England.'];
const frDetails = [
  ['Printed version:', 'PDF'],
  ['Publication Date:', '06/09/2025'],
  ['Agencies:', 'Department of Homeland Security, Coast Guard'],
  ['Dates:', frDates],
  ['Effective Date:', '06/09/2025'],
  ['Document Type:', 'Rule'],
  ['Document Citation:', '90 FR 24311'],
  ['Page:', '24311-24313 (3 pages)'],
  ['CFR:', '33 CFR 165'],
  ['Agency/Docket Number:', 'Docket Number USCG-2025-0412'],
  ['RIN:', '1625-AA00'],
  ['Document Number:', '2025-10488'],
];
const frNav = ['Sections', 'Browse', 'Search', 'Reader Aids', 'My FR'];
const frFoot = ['About This Site', 'Legal Status', 'Privacy', 'Accessibility', 'FOIA', 'No FEAR Act', 'Continuity Information'];
let frP = 0;
const para = (t: string): string => `<p id="p-${++frP}" data-page="24311">${t}</p>`;
const page = (n: number): string =>
  `<span class="printed-page-wrapper unprinted-element" data-page="${n}"><span class="printed-page-details">Start Printed Page ${n}</span></span>`;
const frHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Federal Register :: ${frTitle}</title>
<meta name="description" content="The Coast Guard is establishing a temporary safety zone for navigable waters of the Kennebec River...">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"GovernmentPermit","name":"${frTitle}","datePublished":"2025-06-09"}</script>
<script>var FR2 = FR2 || {}; FR2.document = {"document_number":"2025-10488","type":"Rule","comments_close_on":null};</script></head>
<body class="documents show"><section class="usa-banner"><p>An official website of the United States government</p></section>
<div id="header"><div class="masthead"><a href="/" class="logo">Federal Register</a><p class="tagline">The Daily Journal of the United States Government</p>
</div>
<nav id="navigation"><ul>${links(frNav, 'dropdown')}</ul><a href="/my/sign_in" class="sign-in">Sign in</a></nav></div>
<div id="main" class="document-page"><div class="doc-title"><div class="metadata"><span class="doc-type rule">Rule</span></div>
<h1>${frTitle}</h1><h2 class="subtitle">A Rule by the <a href="/agencies/coast-guard">Coast Guard</a> on <time datetime="2025-06-09">06/09/2025</time></h2>
</div>
<div class="doc-aside"><div class="doc-details"><h3>Document Details</h3><dl>${frDetails.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}</dl>
<p class="shorter-url">Shorter Document URL: https://www.federalregister.gov/d/2025-10488</p></div>
<div class="doc-stats"><h3>Document Statistics</h3><dl><dt>Page views:</dt><dd>318</dd></dl><p class="as-of">as of 06/10/2025 at 4:15 pm EDT</p></div>
<div class="doc-status"><h3>Published Document</h3>
<p>This document has been published in the Federal Register. Use the PDF linked in the document sidebar for the official
electronic format.</p></div><div class="legal-status"><h3>Legal Status</h3><p>This site is not an official legal edition of the Federal Register and does
not replace the official print version or the official electronic version on GPO’s govinfo.gov.</p></div>
<div class="enhanced-content"><h3>Enhanced Content - Table of Contents</h3><p class="note">This table of contents is a navigational tool, processed
from the headings within the legal text of Federal Register documents.</p><ul class="table-of-contents">
${frSupp.map(([, h]) => `<li><a href="#h-x">${h}</a></li>`).join('')}</ul></div>
<div class="doc-tools"><a class="button" href="/documents/2025/06/09/2025-10488.pdf">Printed version: PDF</a><a class="button" href="#">Print</a>
<a class="button" href="#">Share</a></div></div>
<div id="fulltext_content_area" class="doc-content"><div class="preamble">${page(24311)}
${frPreamble.map(([h, ps], i) => `<h1 id="h-${i + 1}">${h}</h1>${ps.map(para).join('')}`).join('\n')}</div>
<h1 id="h-7">SUPPLEMENTARY INFORMATION:</h1>
${frSupp.map(([tag, h, ps], i) => `${i === 3 ? page(24312) : ''}<${tag} id="h-${i + 8}">${h}</${tag}>${ps.map(para).join('\n')}`).join('\n')}
${frAmend.map(para).join('')}<div class="regtext"><h2>${frPartH}</h2>${frAmend2.map(para).join('\n')}${page(24313)}
<h3 class="section-header">${frSectH}</h3>${frRegText.map(para).join('\n')}</div>
<div class="signature"><p class="date">${frSign[0]}</p><p class="name">${frSign[1]}</p><p class="title">${frSign[2]}</p></div>
<p class="document-number">[FR Doc. 2025-10488 Filed 6-6-25; 8:45 am]</p><p class="billing-code">BILLING CODE 9110-04-P</p></div></div>
<footer id="footer"><ul>${links(frFoot)}</ul><p>The Federal Register is published by the Office of the Federal Register, National Archives and Records
Administration.</p></footer></body></html>`;
export const federalRegisterRule: TestPage = {
  html: frHtml,
  name: 'heldout46-federal-register-rule',
  kind: 'docs',
  // the preamble's captioned paragraphs, SUPPLEMENTARY INFORMATION (abbreviations, numbered sections), the List of Subjects,
  // the amendatory instructions and the new regulatory text are body; the preamble captions ("AGENCY:" to "SUPPLEMENTARY
  // INFORMATION:", h1 in the template), the numbered and lettered heads, the PART heading and the new section's heading are
  // the headings; "A Rule by the Coast Guard on 06/09/2025" and the sidebar's publication date are bylines, as are the
  // signature block's date, name and title; the Document Details (but for its "Dates:" value, the DATES paragraph word for
  // word: in neither), statistics, notes, table of contents (the same texts as the headings: left out), tools, "Start Printed
  // Page" markers, the FR Doc line, billing code, masthead, nav and footer are furniture; the sidebar's "Rule" and "Coast
  // Guard", its labels "Dates:" and "CFR:" and the masthead's "Federal Register" are words of short body lines or headings (left
  // out); "06/09/2025" is also the Effective Date value
  title: frTitle,
  headings: [...frPreamble.map(([h]) => h), 'SUPPLEMENTARY INFORMATION:', ...frSupp.map(([, h]) => h), frPartH, frSectH],
  body: [...frPreamble.flatMap(([, ps]) => texts(ps)), ...frSupp.flatMap(([, , ps]) => ps), ...frAmend, ...frAmend2, ...frRegText],
  bylines: ['A Rule by the Coast Guard on 06/09/2025', '06/09/2025', ...frSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'The Daily Journal of the United States Government', ...frNav, 'Sign in',
    'Document Details', ...frDetails.flat().filter((t) => !['Rule', 'Dates:', 'CFR:', frDates, '06/09/2025'].includes(t)),
    'Shorter Document URL: https://www.federalregister.gov/d/2025-10488', 'Document Statistics', 'Page views:', '318', 'as of 06/10/2025 at 4:15 pm EDT',
    'Published Document',
    'This document has been published in the Federal Register. Use the PDF linked in the document sidebar for the official electronic format.',
    'Legal Status',
    'This site is not an official legal edition of the Federal Register and does not replace the official print version or the ' +
      'official electronic version on GPO’s govinfo.gov.',
    'Enhanced Content - Table of Contents',
    'This table of contents is a navigational tool, processed from the headings within the legal text of Federal Register documents.',
    'Printed version: PDF', 'Print', 'Share', 'Start Printed Page 24311', 'Start Printed Page 24312', 'Start Printed Page 24313',
    '[FR Doc. 2025-10488 Filed 6-6-25; 8:45 am]', 'BILLING CODE 9110-04-P', ...frFoot.filter((t) => t !== 'Legal Status'),
    'The Federal Register is published by the Office of the Federal Register, National Archives and Records Administration.',
  ],
};

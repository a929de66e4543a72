import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, rowText } from './pages-heldout416-kit.js';

/**
 * Held-out batch 416, file b2: a vendor PSIRT advisory in the Cisco Security Advisory template (ud- classes, the header
 * fields, the side links, the numbered sections, a fixed-release table, URL, revision history and the legal disclaimer).
 */
const cTitle = 'Tessaro StreamLine Controller Software Command Injection Vulnerability';
const cSummary = [
  j(
    'A vulnerability in the web-based management interface of Tessaro StreamLine Controller Software could allow an',
    'authenticated, remote attacker with read-only privileges to execute arbitrary commands on the underlying operating system',
    'as the root user.',
  ),
  j(
    'This vulnerability is due to insufficient validation of user-supplied input to the diagnostics page. An attacker could',
    'exploit this vulnerability by sending a crafted HTTP request to the interface. A successful exploit could allow the',
    'attacker to gain full control of the controller.',
  ),
  'Tessaro has released software updates that address this vulnerability. There are no workarounds that address this vulnerability.',
];
const cVuln = [
  j(
    'This vulnerability affects Tessaro StreamLine Controller Software releases earlier than 23.1.4 and',
    '24.2.1, regardless of device configuration, when the web-based management interface is enabled.',
  ),
  'The interface is enabled by default. To determine whether it is enabled, administrators can use the show ip http server status command at the CLI.',
];
const cNotVuln = ['Only products listed in the Vulnerable Products section of this advisory are known to be affected by this vulnerability.'];
const cNotVulnList = ['StreamLine Edge Gateways', 'StreamLine Cloud Manager', 'Tessaro Branch Router Series'];
const cDetails = [
  j(
    'The diagnostics page of the management interface accepts a host name for its reachability test and passes it to a',
    'shell script. The host name is checked against a pattern that rejects spaces but not command separators, so a',
    'value such as a semicolon followed by a command is run by the script with root privileges.',
  ),
  'To exploit this vulnerability, the attacker must have valid credentials for an account with at least the read-only role.',
];
const cWork = [
  'There are no workarounds that address this vulnerability. Restricting access to the management interface to trusted networks reduces the exposure.',
];
const cFixed = [
  j(
    'When considering software upgrades, customers are advised to regularly consult the advisories for',
    'Tessaro products to determine exposure and a complete upgrade solution.',
  ),
  j(
    'In the following table, the left column lists Tessaro software releases. The right column indicates',
    'whether a release was affected and the first release that includes the fix.',
  ),
];
const cRows: string[][] = [
  ['22.3 and earlier', 'Migrate to a fixed release.'],
  ['23.1', '23.1.4'],
  ['24.2', '24.2.1'],
];
const cExploit = [
  j(
    'The Tessaro Product Security Incident Response Team (PSIRT) is not aware of any public announcements',
    'or malicious use of the vulnerability that is described in this advisory.',
  ),
];
const cSource = ['Tessaro would like to thank Jonas Rieckhoff of Wendmark Labs for reporting this vulnerability.'];
const cNav = ['Products and Services', 'Solutions', 'Support', 'Learn', 'Partners', 'Trials and Demos'];
const cSide = ['Tessaro Security Advisories', 'Security Vulnerability Policy', 'Subscribe to Tessaro Security Notifications', 'Download CSAF', 'Email'];
const cFoot = ['Contacts', 'Feedback', 'Help', 'Site Map', 'Terms & Conditions', 'Privacy Statement', 'Cookie Policy', 'Trademarks'];
const cDisclaimer = j(
  'THIS DOCUMENT IS PROVIDED ON AN "AS IS" BASIS AND DOES NOT IMPLY ANY KIND OF GUARANTEE OR WARRANTY, INCLUDING THE WARRANTIES OF',
  'MERCHANTABILITY OR FITNESS FOR A PARTICULAR USE.',
);
const sec = (id: string, title: string, inner: string): string => `<div class="ud-main-link-list"><h2 class="ud-section-ul-header">
<span class="hbuttonelement" id="${id}">${title}</span></h2><ul class="ud-section-ul"><li class="ud-section-ul-li"><div
class="ud-innercontent-area" id="${id}field">${inner}</div></li></ul></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${cTitle}</title>
<meta name="description" content="A vulnerability in the web-based management interface of Tessaro StreamLine Controller Software">
<meta name="dc.date" content="2026-03-04"><meta name="publicationid" content="tessaro-sa-stln-cmdinj-Q7dK2p">
<link rel="stylesheet" href="/security/center/css/ud-styles.css"><script src="/security/center/js/jquery.min.js"></script>
<script>var pageid = "tessaro-sa-stln-cmdinj-Q7dK2p"; window.digitalData = {page: {category: {primaryCategory: "security"}}};</script></head>
<body><div id="fw-skiplinks"><a href="#fw-content">Skip to main content</a></div>
<header id="fw-headerdiv"><div class="fw-c-header"><a href="/" class="fw-c-header__logo">Tessaro</a><nav class="fw-c-header__nav"><ul>
${links(cNav, 'fw-c-header__navitem')}</ul></nav></div></header>
<div id="fw-content"><div id="advisorycontentcontainer"><div id="advisorycontentheader"><div class="ud-breadcrumbs">
<a href="/security/center/home">Security Advisories</a></div>
<h1 class="headline">${cTitle}</h1></div>
<div id="advisorycontentbody" class="flexrow"><div class="ud-main-content"><div class="pubheaderrow">
<div class="divLabelSpacing">Advisory ID:</div> <div class="divLabelContent">tessaro-sa-stln-cmdinj-Q7dK2p</div></div>
<div class="pubheaderrow"><div class="divLabelSpacing">First Published:</div> <div class="divLabelContent">2026 March 4 16:00 GMT</div></div>
<div class="pubheaderrow"><div class="divLabelSpacing">Version 1.0:</div> <div class="divLabelContent"><a href="#final">Final</a></div></div>
<div class="pubheaderrow"><div class="divLabelSpacing">Workarounds:</div> <div class="divLabelContent">No workarounds available</div></div>
<div class="pubheaderrow"><div class="divLabelSpacing">Tessaro Bug IDs:</div> <div class="divLabelContent">TSCwq81422</div></div>
<div class="pubheaderrow"><div class="divLabelSpacing">CVSS Score:</div> <div class="divLabelContent">Base 8.8</div></div>
<div class="ud-side-link-list"><div class="cve-cwe-containerlarge"><div>CVE-2026-20417</div><div>CWE-78</div></div>
<ul>${links(cSide, 'ud-side-link')}</ul></div>
${sec('summary', 'Summary', ps(cSummary))}
${sec(
  'affectfix',
  'Affected Products',
  `<h3 class="ud-layout-subheader">Vulnerable Products</h3>${ps(cVuln)}
<h3 class="ud-layout-subheader">Products Confirmed Not Vulnerable</h3>${ps(cNotVuln)}<ul>${lis(cNotVulnList)}</ul>`,
)}
${sec('details', 'Details', ps(cDetails))}
${sec('workarounds', 'Workarounds', ps(cWork))}
${sec(
  'fs',
  'Fixed Software',
  `${ps(cFixed)}<table class="tblTable"><tbody><tr><th>Tessaro StreamLine Release</th> <th>First Fixed Release</th></tr>
${cRows.map((r) => row(r)).join('\n')}</tbody></table>`,
)}
${sec('exploitation', 'Exploitation and Public Announcements', ps(cExploit))}
${sec('source', 'Source', ps(cSource))}
${sec('url', 'URL', '<a href="#">https://sec.tessaro.example/security/center/content/TessaroSecurityAdvisory/tessaro-sa-stln-cmdinj-Q7dK2p</a>')}
${sec(
  'rh',
  'Revision History',
  `<table class="tablesorter"><thead><tr><th>Version</th><th>Description</th><th>Section</th><th>Status</th><th>Date</th></tr></thead>
<tbody>${row(['1.0', 'Initial public release.', '-', 'Final', '2026-MAR-04'])}</tbody></table>`,
)}
${sec('legal', 'Legal Disclaimer', `<p>${cDisclaimer}</p>`)}
</div></div></div></div>
<footer id="fw-footer"><ul>${links(cFoot, 'fw-footer__item')}</ul><p>© 2026 Tessaro Networks, Inc.</p></footer>
<div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We use cookies to personalize content and to analyze our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button></div></body></html>`;

export const tessaro: TestPage = {
  name: 'heldout416-tessaro-psirt-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [
    'Summary',
    'Affected Products',
    'Vulnerable Products',
    'Products Confirmed Not Vulnerable',
    'Details',
    'Workarounds',
    'Fixed Software',
    'Exploitation and Public Announcements',
    'Source',
  ],
  body: [
    ...texts([...cSummary, ...cVuln, ...cNotVuln, ...cNotVulnList, ...cDetails, ...cWork, ...cFixed]),
    ...cRows.map(rowText),
    ...texts([...cExploit, ...cSource]),
  ],
  bylines: ['First Published: 2026 March 4 16:00 GMT', 'Version 1.0: Final', '1.0 Initial public release. - Final 2026-MAR-04'],
  furniture: [
    'Skip to main content',
    ...cNav,
    'Security Advisories',
    'Advisory ID:',
    'tessaro-sa-stln-cmdinj-Q7dK2p',
    'No workarounds available',
    'Tessaro Bug IDs:',
    'TSCwq81422',
    'CVSS Score:',
    'Base 8.8',
    'CVE-2026-20417',
    'CWE-78',
    ...cSide,
    'URL',
    'https://sec.tessaro.example/security/center/content/TessaroSecurityAdvisory/tessaro-sa-stln-cmdinj-Q7dK2p',
    'Revision History',
    'Legal Disclaimer',
    cDisclaimer,
    ...cFoot,
    '© 2026 Tessaro Networks, Inc.',
    'We use cookies to personalize content and to analyze our traffic.',
    'Accept Cookies',
  ],
};

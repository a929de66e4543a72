import { links, ps, type TestPage, texts } from './page-kit.js';
import { news } from './pages-heldout239-b2.js';
import { j, row } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file b: a CVE record on an NVD-style vulnerability database (gov banner, top nav, the record header in
 * an h2 as NVD has it, Description, Metrics with the CVSS version tabs and score lines, the references, weakness and
 * configuration tables, the Quick Info box and the footer) and, from file b2, a security news site's article.
 */
const nTitle = 'CVE-2026-31874 Detail';
const nDesc = [
  j(
    'Ostrava Controls FieldLink RTU 300 firmware 4.0 through 4.6.2 and FieldLink RTU 500 firmware 5.1 through 5.3.8 do not require',
    'authentication for configuration uploads to the maintenance web service on TCP port 8443. A remote, unauthenticated attacker',
    'can change the polling schedule or disable alarm reporting of an affected unit.',
  ),
];
const nScores = ['Base Score: 9.3 CRITICAL', 'Vector: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:H/VA:H/SC:N/SI:N/SA:N'];
const nScores3 = ['Base Score: 9.1 CRITICAL', 'Vector: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H'];
const nRefs = [
  ['https://www.fcra.example.gov/news-events/ics-advisories/icsa-26-064-02', 'FCRA', 'Third Party Advisory, US Government Resource'],
  ['https://ostrava-controls.example/security/OC-SA-2026-004.pdf', 'Ostrava Controls', 'Vendor Advisory'],
];
const nCwe = [['CWE-306', 'Missing Authentication for Critical Function', 'FCRA']];
const nConf = [
  'cpe:2.3:o:ostrava:fieldlink_rtu_300_firmware:*:*:*:*:*:*:*:* From (including) 4.0 Up to (excluding) 4.6.3',
  'cpe:2.3:o:ostrava:fieldlink_rtu_500_firmware:*:*:*:*:*:*:*:* From (including) 5.1 Up to (excluding) 5.3.9',
];
const nMenu = ['VULNERABILITIES', 'Search and Statistics', 'Products', 'Developers', 'General', 'Further Information'];
const nFoot = ['Contact CVI', 'Privacy Statement', 'Accessibility Statement', 'Disclaimer', 'Information Quality Standards', 'Scientific Integrity'];
const confItems = nConf.flatMap((t) => {
  const i = t.indexOf(' From');
  return [t.slice(0, i), t.slice(i + 1)];
});
const score = (s: string): string => {
  const [label, value] = s.split(': ');
  return `<p><strong>${label}:</strong>&nbsp;<span class="severityDetail" data-testid="vuln-cvss-score">${value}</span></p>`;
};
const nHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>CVI - CVE-2026-31874</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Common Vulnerability Index record for CVE-2026-31874.">
<link href="/static/css/bootstrap.min.css" rel="stylesheet"><link href="/static/css/cvi-style.css" rel="stylesheet">
<script src="/static/js/jquery-3.7.1.min.js"></script>
<script>var _cviAnalytics = {siteSection: 'vuln-detail', vulnId: 'CVE-2026-31874'};</script></head>
<body><div id="wrapper"><header><div class="usa-banner"><p>An official website of the United States government</p></div>
<div id="cvi-header" class="container"><a href="/" id="cvi-header-logo"><span class="hidden-xs">Common Vulnerability Index</span></a>
<nav id="navbar" class="navbar"><ul class="nav navbar-nav">${links(nMenu, 'dropdown')}</ul></nav></div></header>
<div id="body-section" class="container"><div id="page-content"><div class="row">
<div id="breadcrumb" class="col-lg-12"><ol class="breadcrumb"><li><a href="/vuln">VULNERABILITIES</a></li></ol></div></div>
<h2 data-testid="page-header" class="col-sm-12"><i class="fa fa-shield"></i>
<span data-testid="page-header-vuln-id">CVE-2026-31874</span> Detail</h2>
<div class="row"><div class="col-lg-9 col-md-7 col-sm-12" data-testid="vuln-detail"><div id="vulnDetailPanel">
<div class="bs-callout bs-callout-info" id="vulnStatusBanner"><p><strong>AWAITING ANALYSIS</strong></p>
<p>This vulnerability is currently awaiting analysis.</p></div>
<div class="row col-sm-12"><div class="col-lg-9 col-md-12"><h3 id="vulnDescriptionTitle" data-testid="vuln-description-title">Description</h3>
<p data-testid="vuln-description">${nDesc[0]}</p></div></div>
<h3 id="vulnCvssPanel" data-testid="vuln-cvss-title">Metrics</h3>
<div id="vulnCvssPanel" class="row"><ul class="nav nav-tabs"><li class="active"><a href="#v4">CVSS 4.0</a></li>
<li><a href="#v3">CVSS 3.x</a></li>
<li><a href="#v2">CVSS 2.0</a></li></ul>
<p class="cvi-note">CVI enrichment efforts reference publicly available information to associate vector strings.</p>
<div id="Vuln4CvssPanel" class="tab-pane active"><strong class="cvss-source">CNA: FCRA</strong>
${nScores.map(score).join('\n')}</div>
<div id="Vuln3CvssPanel" class="tab-pane"><strong class="cvss-source">CNA: FCRA</strong>
${nScores3.map(score).join('\n')}</div></div>
<h3 data-testid="vuln-hyperlinks-title">References to Advisories, Solutions, and Tools</h3>
<p>By selecting these links, you will be leaving CVI webspace. We have provided these links to other web sites because they may have
information that would be of interest to you.</p>
<table class="table table-striped table-condensed table-bordered detail-table" data-testid="vuln-hyperlinks-table"><thead><tr>
<th>URL</th>
<th>Source</th>
<th>Resource</th>
</tr></thead><tbody>
${nRefs.map(row).join('\n')}
</tbody></table>
<h3 data-testid="vuln-cwes-title">Weakness Enumeration</h3>
<table class="table table-striped table-condensed" data-testid="vuln-CWEs-table"><thead><tr>
<th>CWE-ID</th>
<th>CWE Name</th>
<th>Source</th>
</tr></thead><tbody>
${nCwe.map(row).join('\n')}
</tbody></table>
<h3 id="vulnConfigurationsArea">Known Affected Software Configurations</h3>
<div class="vuln-configurations"><ul>
${confItems.map((t, i) => (i % 2 === 0 ? `<li class="cpe"><code>${t}</code></li>` : `<li class="range">${t}</li>`)).join('\n')}
</ul></div></div></div>
<div class="col-lg-3 col-md-5 col-sm-12"><div class="bs-callout bs-callout-info"><strong>QUICK INFO</strong><br>
<strong>CVE Dictionary Entry:</strong><br><a href="https://cve.example.org/CVERecord?id=CVE-2026-31874">CVE-2026-31874</a><br>
<strong>CVI Published Date:</strong><br><span data-testid="vuln-published-on">03/05/2026</span><br>
<strong>CVI Last Modified:</strong><br><span data-testid="vuln-last-modified-on">03/09/2026</span><br>
<strong>Source:</strong><br><span data-testid="vuln-current-description-source">FCRA</span></div></div></div></div></div>
<footer id="footer" class="container"><div class="row"><ul class="footer-links">${links(nFoot)}</ul>
<p>Common Vulnerability Index is sponsored by the Federal Cyber Readiness Agency.</p></div></footer></div>
<script src="/static/js/cvi-tabs.js"></script></body></html>`;
const nvd: TestPage = {
  name: 'heldout239-nvd-style-cve-record',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Description', 'Metrics', 'References to Advisories, Solutions, and Tools', 'Weakness Enumeration', 'Known Affected Software Configurations'],
  body: texts([...nDesc, ...nScores, ...nScores3, ...nRefs.flat(), ...nCwe.flat(), ...confItems]),
  bylines: ['03/05/2026', '03/09/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Common Vulnerability Index', ...nMenu, 'AWAITING ANALYSIS',
    'This vulnerability is currently awaiting analysis.', 'CVSS 4.0', 'CVSS 3.x', 'CVSS 2.0',
    'CVI enrichment efforts reference publicly available information to associate vector strings.', 'CNA: FCRA',
    'By selecting these links, you will be leaving CVI webspace.', 'QUICK INFO', 'CVE Dictionary Entry:', 'CVI Published Date:',
    'CVI Last Modified:', ...nFoot, 'Common Vulnerability Index is sponsored by the Federal Cyber Readiness Agency.',
  ],
};

export const HELDOUT239_B: readonly TestPage[] = [nvd, news];

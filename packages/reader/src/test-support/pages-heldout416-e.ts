import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, rowText } from './pages-heldout416-kit.js';

/**
 * Held-out batch 416, file e: a Red Hat Customer Portal-style CVE page (web components for the navigation and bands, the
 * public / last modified dates, description, statement, mitigation, the affected packages and errata table, the CVSS
 * breakdown, external references and the feedback widget) and an Ubuntu Security Notice on the Vanilla framework
 * (global nav, breadcrumbs, publication date, overview, software description, details, update instructions with the
 * package list, references, related notices and the "Reduce your security exposures" promo).
 */
const hTitle = 'CVE-2026-24460';
const hDesc = [
  j(
    'A flaw was found in the tindra HTTP proxy. When tindra forwards a request with both a Content-Length header and a',
    'Transfer-Encoding header that differs only in letter case from chunked, it uses the length to read the body but',
    'forwards both headers to the upstream server. An attacker can use this difference to smuggle a second request past',
    'access rules applied at the proxy.',
  ),
];
const hStatement = [
  j(
    'The impact of this flaw is rated Moderate because the attacker needs a deployment where tindra sits in front of a',
    'back end that gives Transfer-Encoding priority, and where the proxy enforces access rules the back end does not repeat.',
  ),
  'The tindra package shipped in Corrigan Enterprise Linux 8 is built without the HTTP/1.1 forwarding module and is not affected.',
];
const hMitigation = [
  j(
    'Set the reject_ambiguous_framing option to on in the proxy configuration. With the option enabled,',
    'tindra answers requests carrying both headers with a 400 error instead of forwarding them.',
  ),
];
const hRows: string[][] = [
  ['Corrigan Enterprise Linux 10', 'tindra', 'CESA-2026:1187', 'March 11, 2026'],
  ['Corrigan Enterprise Linux 9', 'tindra', 'CESA-2026:1192', 'March 11, 2026'],
  ['Corrigan Enterprise Linux 8', 'tindra', 'Not affected', ''],
];
const hHtml = `<!DOCTYPE html>
<html lang="en" class="pf-theme-dark"><head><meta charset="utf-8"><title>${hTitle} | Corrigan Customer Portal</title>
<meta name="description" content="A flaw was found in the tindra HTTP proxy."><meta name="robots" content="index, follow">
<script type="module" src="https://static.corrigan.example/libs/@rhds/elements/elements.js"></script>
<script>window.portal = {host: "https://access.corrigan.example", lang: "en"}; window.dataLayer = window.dataLayer || [];</script></head>
<body><rh-skip-link><a href="#cp-main">Skip to content</a></rh-skip-link>
<rh-navigation-primary role="navigation"><a slot="logo" href="/">Corrigan Customer Portal</a>
<ul slot="nav">${links(['Subscriptions', 'Downloads', 'Containers', 'Support Cases'], 'rh-navigation-link')}</ul></rh-navigation-primary>
<main id="cp-main" class="portal-content-area"><rh-breadcrumb><ol>${links(['Home', 'Security', 'Security Data', 'CVE Database'])}</ol></rh-breadcrumb>
<div class="cve-page pf-l-grid"><div class="pf-l-grid__item pf-m-8-col"><header class="cve-header"><h1 class="cve-title">${hTitle}</h1>
<p class="cve-dates">
<span class="cve-public">Public on March 3, 2026</span> <span class="cve-modified">Last Modified: March 11, 2026 at 2:14:09 PM UTC</span></p>
<rh-tag color="orange" class="cve-impact">Moderate Impact</rh-tag> <rh-cta><a href="#cvss">What does this mean?</a></rh-cta></header>
<section id="description"><h2>Description</h2>${ps(hDesc)}</section>
<section id="statement"><h2>Statement</h2>${ps(hStatement)}</section>
<section id="mitigation"><h2>Mitigation</h2>${ps(hMitigation)}</section>
<section id="affected"><h2>Affected Packages and Issued Errata</h2><rh-table><table><thead><tr><th>Platform</th> <th>Package</th> <th>Errata</th>
<th>Release Date</th></tr></thead><tbody>
${hRows.map((r) => row(r)).join('\n')}</tbody></table></rh-table></section>
<section id="cvss"><h2>CVSS v3 Score Breakdown</h2><table class="cvss-table"><tr><th></th> <th>Corrigan</th> <th>NVD</th></tr>
${row(['CVSS v3 Base Score', '6.5', '7.5'])}
${row(['Attack Vector', 'Network', 'Network'])}</table></section>
<section id="references"><h2>External References</h2>
<ul>${links(['https://www.cve.example/CVERecord?id=CVE-2026-24460', 'https://nvd.example/vuln/detail/CVE-2026-24460'])}</ul></section></div>
<aside class="pf-l-grid__item pf-m-4-col cve-sidebar"><rh-card><h3 slot="header">Frequently Viewed Articles</h3><ul>
${links(['Understanding Corrigan severity ratings', 'How to check whether a system is patched'])}</ul></rh-card>
<rh-card><h3 slot="header">Was this page helpful?</h3><rh-button>Yes</rh-button> <rh-button>No</rh-button></rh-card></aside></div></main>
<rh-footer><ul slot="links">
${links(['About Corrigan', 'Jobs', 'Events', 'Contact Us', 'Privacy statement', 'Terms of use', 'All policies and guidelines'])}</ul>
<p slot="copyright">© 2026 Corrigan Software, Inc.</p></rh-footer>
<div id="truste-consent-track"><p>We use cookies on our websites to deliver our online services.</p><button>Agree</button> <button>More info</button>
</div></body></html>`;

const uTitle = 'USN-7421-1: Tindra vulnerabilities';
const uOverview = ['Several security issues were fixed in Tindra.'];
const uSoftware = ['tindra - lightweight HTTP proxy and load balancer'];
const uDetails = [
  j(
    'It was discovered that Tindra did not correctly handle requests that carried both a Content-Length header and a',
    'Transfer-Encoding header. A remote attacker could possibly use this issue to smuggle requests past access rules',
    'enforced by the proxy. (CVE-2026-24460)',
  ),
  j(
    'Elowen Marchetti discovered that Tindra did not limit the size of response headers it kept in memory when the',
    'upstream server sent them slowly. A remote attacker controlling an upstream server could possibly use this issue',
    'to cause Tindra to consume resources, leading to a denial of service. This issue only affected Larkspur 24.04 LTS.',
    '(CVE-2026-24471)',
  ),
];
const uUpdate = ['The problem can be corrected by updating your system to the following package versions:'];
const uPkgs = ['Larkspur 25.10: tindra 2.8.3-1larkspur0.1', 'Larkspur 24.04: tindra 2.6.9-2larkspur0.2', 'Larkspur 22.04: tindra 2.4.12-1larkspur0.4'];
const uAfter = ['In general, a standard system update will make all the necessary changes.'];
const uNav = ['Enterprise', 'Developer', 'Community', 'Download'];
const uCrumbs = ['Security', 'Notices'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${uTitle} | Larkspur security notices | Larkspur</title>
<meta name="description" content="Several security issues were fixed in Tindra."><meta property="og:type" content="website">
<link rel="stylesheet" href="https://assets.larkspur.example/v1/vanilla-framework-4.12.css">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new
Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-L4RK');</script>
</head><body class="is-paper"><header id="navigation" class="p-navigation is-dark"><div class="p-navigation__row--25-75"><div class="p-navigation__banner">
<a class="p-navigation__link" href="/">Larkspur</a></div><nav class="p-navigation__nav" aria-label="Categories"><ul class="p-navigation__items">
${links(uNav, 'p-navigation__item')}</ul></nav></div></header>
<div id="main-content"><section class="p-strip is-shallow"><div class="row"><nav class="p-breadcrumbs" aria-label="Breadcrumbs">
<ol class="p-breadcrumbs__items">${links(uCrumbs, 'p-breadcrumbs__item')}</ol></nav>
<div class="col-8"><h1>${uTitle}</h1><p class="p-muted-heading">Publication date</p><p>12 March 2026</p></div>
<div class="col-4"><h2 class="p-muted-heading">Overview</h2>${ps(uOverview)}</div></div></section>
<section class="p-strip u-no-padding--top"><div class="row"><div class="col-3"><h2 class="p-muted-heading">Releases</h2>
<ul class="p-list">${links(['Larkspur 25.10', 'Larkspur 24.04 LTS', 'Larkspur 22.04 LTS'], 'p-list__item')}</ul>
<h2 class="p-muted-heading">Packages</h2><ul class="p-list">${links(['tindra'], 'p-list__item')}</ul></div>
<div class="col-9"><h2>Software Description</h2><ul class="p-list">${lis(uSoftware, 'p-list__item')}</ul>
<h2>Details</h2>${ps(uDetails)}
<h2>Update instructions</h2>${ps(uUpdate)}<ul class="p-list">${lis(uPkgs, 'p-list__item')}</ul>${ps(uAfter)}
<h2>References</h2><ul class="p-list">${links(['CVE-2026-24460', 'CVE-2026-24471'], 'p-list__item')}</ul>
<h2>Related notices</h2><ul class="p-list">${links(['USN-7388-1: Tindra vulnerability', 'USN-7302-2: Nginx regression'], 'p-list__item')}</ul></div>
</div></section>
<section class="p-strip is-deep p-strip--accent"><div class="row"><div class="col-8"><h2>Reduce your security exposure</h2>
<p>Larkspur Pro provides ten-year security coverage to 25,000+ packages in Main and Universe repositories, and it is free for up to five machines.</p>
<p><a class="p-button--positive" href="/pro">Learn more about Larkspur Pro</a></p></div></div></section></div>
<footer class="p-footer p-strip u-clearfix"><nav class="p-footer__nav">
<ul>${links(['Legal information', 'Data privacy', 'Manage your tracker settings', 'Report a bug on this site'])}</ul></nav>
<p>© 2026 Meridian Ltd. Larkspur and Meridian are registered trademarks of Meridian Ltd.</p></footer>
<div class="cookie-policy"><div class="p-modal"><p>We use cookies to improve your experience. By your continued use of this site you accept such use.</p>
<button class="p-button--positive js-close">Accept all and visit site</button> <button class="p-button">Manage your tracker settings</button></div>
</div></body></html>`;

export const HELDOUT416_E: readonly TestPage[] = [
  {
    name: 'heldout416-corrigan-cve-docs',
    kind: 'docs',
    html: hHtml,
    title: hTitle,
    headings: ['Description', 'Statement', 'Mitigation', 'Affected Packages and Issued Errata'],
    body: [...texts([...hDesc, ...hStatement, ...hMitigation]), ...hRows.map((r) => rowText(r).trim())],
    bylines: ['Public on March 3, 2026', 'Last Modified: March 11, 2026 at 2:14:09 PM UTC'],
    furniture: [
      'Skip to content',
      'Subscriptions',
      'Downloads',
      'Containers',
      'Support Cases',
      'Security Data',
      'CVE Database',
      'Moderate Impact',
      'What does this mean?',
      'CVSS v3 Score Breakdown',
      'CVSS v3 Base Score 6.5 7.5',
      'Attack Vector Network Network',
      'External References',
      'https://nvd.example/vuln/detail/CVE-2026-24460',
      'Frequently Viewed Articles',
      'Understanding Corrigan severity ratings',
      'How to check whether a system is patched',
      'Was this page helpful?',
      'About Corrigan',
      'Jobs',
      'Events',
      'Contact Us',
      'Privacy statement',
      'Terms of use',
      'All policies and guidelines',
      '© 2026 Corrigan Software, Inc.',
      'We use cookies on our websites to deliver our online services.',
      'Agree',
      'More info',
    ],
  },
  {
    name: 'heldout416-larkspur-usn-docs',
    kind: 'docs',
    html: uHtml,
    title: uTitle,
    headings: ['Overview', 'Software Description', 'Details', 'Update instructions'],
    body: texts([...uOverview, ...uSoftware, ...uDetails, ...uUpdate, ...uPkgs, ...uAfter]),
    bylines: ['Publication date', '12 March 2026'],
    furniture: [
      ...uNav,
      ...uCrumbs,
      'Releases',
      'Larkspur 22.04 LTS',
      'Packages',
      'References',
      'Related notices',
      'USN-7388-1: Tindra vulnerability',
      'USN-7302-2: Nginx regression',
      'Reduce your security exposure',
      'Larkspur Pro provides ten-year security coverage to 25,000+ packages in Main and Universe repositories, and it is free for up to five machines.',
      'Learn more about Larkspur Pro',
      'Legal information',
      'Data privacy',
      'Manage your tracker settings',
      'Report a bug on this site',
      '© 2026 Meridian Ltd. Larkspur and Meridian are registered trademarks of Meridian Ltd.',
      'We use cookies to improve your experience. By your continued use of this site you accept such use.',
      'Accept all and visit site',
    ],
  },
];

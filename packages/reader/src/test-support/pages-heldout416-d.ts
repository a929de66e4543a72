import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, rowText } from './pages-heldout416-kit.js';

/**
 * Held-out batch 416, file d: a RustSec advisory page (the site header, the ID and title, the metadata list with
 * reported / issued dates, package, type, categories, keywords, aliases, references, patched versions and affected
 * functions, the description and the footer) and a Microsoft Security Response Center-style update guide entry rendered
 * by a React app with Fluent UI classes (the CVE header, released / last updated line, CVSS panel, the FAQ, mitigations,
 * workarounds, the security updates table, acknowledgements, disclaimer and revisions).
 */
const rTitle = 'RUSTSEC-2026-0031: Out-of-bounds read in ferrule::Decoder::peek';
const rDesc = [
  j(
    '<code>Decoder::peek</code> returned a slice of the internal buffer using an index computed from the length of the',
    'last frame header, without checking it against the number of bytes actually buffered. When a frame header announced',
    'a length longer than the remaining input, <code>peek</code> built the slice with <code>get_unchecked</code> and',
    'exposed memory past the end of the allocation to safe code.',
  ),
  j(
    'A remote peer that can send frames to a program decoding with <code>ferrule</code> can cause it to read',
    'uninitialised or unrelated heap memory. Depending on how the program uses the peeked bytes this can leak data',
    'or crash the process.',
  ),
  'The flaw was introduced in 0.7.0 when the bounds check was moved to the caller for performance. It has been fixed in these releases:',
];
const rFixes = ['ferrule 0.9.4, which restores the check inside peek', 'ferrule 0.8.11, a backport for the 0.8 series'];
const rAfter = ['Users of other series should upgrade to one of the releases above. There is no workaround short of avoiding Decoder::peek.'];
const rNav = ['About', 'Advisories', 'Contribute', 'Blog'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} › RustSec Advisory Database</title><link rel="stylesheet" href="/css/style.css">
<link rel="alternate" type="application/atom+xml" title="RustSec Advisories" href="/feed.xml">
<meta property="og:title" content="${rTitle}"><meta property="og:description" content="Out-of-bounds read in ferrule::Decoder::peek"></head>
<body><header class="site-header"><div class="container"><a class="site-title" href="/"><img src="/img/rustsec-logo-square.svg" alt="RustSec"> RustSec</a>
<nav class="site-nav"><ul>${links(rNav, 'nav-item')}</ul></nav></div></header>
<main><div class="container"><section class="advisory"><h1 class="advisory-title"><span class="advisory-id">RUSTSEC-2026-0031</span>:
Out-of-bounds read in <code>ferrule::Decoder::peek</code></h1>
<dl class="advisory-meta"><dt id="reported">Reported</dt> <dd><time datetime="2026-02-27">February 27, 2026</time></dd>
<dt id="issued">Issued</dt> <dd><time datetime="2026-03-03">March 3, 2026</time></dd>
<dt id="package">Package</dt> <dd><a href="https://crates.io/crates/ferrule">ferrule</a> (<a href="/packages/ferrule.html">crates.io</a>)</dd>
<dt id="type">Type</dt> <dd>Vulnerability</dd>
<dt id="categories">Categories</dt> <dd><ul><li><a href="/categories/memory-exposure.html">memory-exposure</a></li></ul></dd>
<dt id="keywords">Keywords</dt> <dd><ul class="keywords"><li>#out-of-bounds</li> <li>#unsound</li></ul></dd>
<dt id="aliases">Aliases</dt> <dd><ul><li><a href="https://github.com/advisories/GHSA-3xr8-p9fw-4mq2">GHSA-3xr8-p9fw-4mq2</a></li></ul></dd>
<dt id="references">References</dt> <dd><ul><li>
<a href="https://github.com/ferrule-rs/ferrule/issues/77">https://github.com/ferrule-rs/ferrule/issues/77</a></li></ul></dd>
<dt id="cvss">CVSS Score</dt> <dd>6.5 <span class="cvss-severity">MEDIUM</span></dd>
<dt id="patched">Patched</dt> <dd><ul><li><code>&gt;=0.9.4</code></li> <li><code>^0.8.11</code></li></ul></dd>
<dt id="unaffected">Unaffected</dt> <dd><ul><li><code>&lt;0.7.0</code></li></ul></dd>
<dt id="affected-functions">Affected Functions</dt> <dd><table><tr><th>Function</th> <th>Version</th></tr>
<tr><td><code>ferrule::Decoder::peek</code></td> <td><code>&gt;=0.7.0, &lt;0.8.11</code></td></tr></table></dd></dl>
<h3 id="description">Description</h3>
<div class="advisory-description">${ps(rDesc)}
<ul>
${lis(rFixes)}
</ul>
${ps(rAfter)}</div>
<div class="advisory-footer"><a href="https://github.com/rustsec/advisory-db/blob/main/crates/ferrule/RUSTSEC-2026-0031.md">Advisory available under
CC0-1.0 license.</a> <a href="/advisories/RUSTSEC-2026-0031.json">JSON (OSV format)</a></div></section></div></main>
<footer class="site-footer"><div class="container"><p>RustSec is maintained by the Rust Secure Code Working Group.</p>
<p>Site content is licensed under CC0.</p></div></footer></body></html>`;

const mTitle = 'Wendlow Print Relay Remote Code Execution Vulnerability';
const mFaq: string[][] = [
  [
    'How could an attacker exploit this vulnerability?',
    j(
      'An authenticated attacker on the same network could send a specially crafted print job to a server running the Print',
      'Relay role. The relay parses the job ticket before checking the sender&#39;s permissions, and a malformed media-size',
      'entry causes a heap overflow in the parsing service.',
    ),
  ],
  [
    'What privileges could be gained by an attacker who successfully exploited this vulnerability?',
    'The attacker could run arbitrary code in the context of the Print Relay service, which runs as the local system account.',
  ],
  [
    'Is the Print Relay role installed by default?',
    'No. Only servers on which an administrator has added the Print Relay role are affected. Client editions do not include the role.',
  ],
];
const mMit = ['The following mitigating factors may be helpful in your situation:'];
const mMitList = [
  'Servers that block inbound traffic on TCP port 6310 at the host firewall cannot be reached by an attacker outside the host.',
  'The attacker must hold a valid domain account; anonymous print submission is not affected.',
];
const mWork = [
  j(
    'Stop and disable the Print Relay service on servers that do not need it. After the service is disabled the server',
    'can no longer forward print jobs; re-enable it after the update has been installed.',
  ),
];
const mUpd: string[][] = [
  ['Wendlow Server 2025', '5041882', 'Security Update', 'Remote Code Execution', '10.4.2810.112'],
  ['Wendlow Server 2022', '5041879', 'Security Update', 'Remote Code Execution', '10.2.1935.904'],
];
const mAck = ['Ines Vartanian with Corrowick Security Research'];
const mNav = ['Security Updates', 'Acknowledgements', 'Developer', 'Researcher Portal', 'Blog', 'Report an issue'];
const mHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>Security Update Guide - Wendlow Security Response Center</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="manifest" href="/update-guide/manifest.json">
<script>window.__INITIAL_CONFIG__ = {"apiBase":"https://api.wsrc.example/sug/v2.0","locale":"en-US"};</script>
<style data-merge-styles="true">.root-105{display:flex}.css-117{font-size:14px}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"CVE-2026-21458"}</script></head>
<body><div id="root"><div class="ms-Fabric root-105"><header class="ms-Stack css-117 header-root"><a href="/" class="ms-Link root-121">Wendlow</a>
<span class="ms-Stack-inner css-118">Security Response Center</span><nav class="ms-Stack css-119"><ul>${links(mNav, 'ms-Stack-item')}</ul></nav></header>
<main class="ms-Stack css-130"><div class="ms-Stack css-131 breadcrumbs">
<a href="/update-guide">Security Update Guide</a> &gt; <span>CVE-2026-21458</span></div>
<div class="ms-Stack css-132"><div class="ms-StackItem css-133"><span class="root-140">CVE-2026-21458</span>
<h1 class="ms-Text root-141" role="heading" aria-level="1">${mTitle}</h1>
<div class="ms-Stack css-150"><span class="ms-Text root-152">Security Vulnerability</span></div>
<p class="ms-Text root-153">Released: Mar 10, 2026</p><p class="ms-Text root-153">Last updated: Mar 12, 2026</p>
<div class="ms-Stack css-160"><span>Assigning CNA:</span> <span class="ms-Text">Wendlow</span></div>
<div class="ms-Stack css-161"><a href="#">CVE-2026-21458</a> <span>Impact: Remote Code Execution</span> <span>Max Severity: Important</span></div></div>
<div class="ms-StackItem css-170 cvss-panel"><h2 class="ms-Text root-171">CVSS:3.1 8.0 / 7.0</h2><button class="ms-Button root-172"><span>Base score
metrics</span></button> <button class="ms-Button root-172"><span>Temporal score metrics</span></button>
<button class="ms-Button root-173"><span class="ms-Button-label">Expand all</span></button></div></div>
<div class="ms-Stack css-180 article-body"><h2 class="ms-Text root-181">FAQ</h2>
${mFaq
  .map(
    ([q, a]) => `<div class="ms-Stack css-182"><p class="ms-Text root-183"><strong>${q}</strong></p>
<p class="ms-Text root-184">${a}</p></div>`,
  )
  .join('\n')}
<h2 class="ms-Text root-181">Mitigations</h2>${ps(mMit, ' class="ms-Text root-184"')}<ul>${lis(mMitList)}</ul>
<h2 class="ms-Text root-181">Workarounds</h2>${ps(mWork, ' class="ms-Text root-184"')}
<h2 class="ms-Text root-181">Security Updates</h2>
<div class="ms-DetailsList root-190"><table class="ms-DetailsList-contentWrapper"><thead><tr><th>Product</th> <th>Article</th> <th>Download</th> <th>Impact</th>
<th>Build Number</th></tr></thead><tbody>${mUpd.map((r) => row(r, 'ms-DetailsRow')).join('\n')}</tbody></table></div>
<h2 class="ms-Text root-181">Acknowledgements</h2>${ps(mAck, ' class="ms-Text root-184"')}
<p class="ms-Text root-185">Wendlow recognizes the efforts of those in the security community who help us protect customers through coordinated
vulnerability disclosure.</p>
<h2 class="ms-Text root-181">Disclaimer</h2><p class="ms-Text root-185">The information provided in the Wendlow Knowledge Base is provided "as is"
without warranty of any kind.</p>
<h2 class="ms-Text root-181">Revisions</h2><table class="ms-DetailsList"><tbody>${row(['1.0', 'Mar 10, 2026', 'Information published.'])}
${row(['1.1', 'Mar 12, 2026', 'Corrected the build number for Wendlow Server 2022.'])}</tbody></table></div></main>
<footer class="ms-Stack css-200"><ul>${links(['Contact us', 'Privacy', 'Terms of use', 'Trademarks', 'Manage cookies'], 'ms-Stack-item')}</ul>
<span>© Wendlow 2026</span></footer>
<div class="wcp-consent-banner" role="alert"><p>We use optional cookies to improve your experience on our websites, such as through social media
connections, and to display personalized advertising.</p><button>Accept</button> <button>Reject</button></div></div></div>
<script src="/update-guide/static/js/main.7e2f0a.js"></script></body></html>`;

export const HELDOUT416_D: readonly TestPage[] = [
  {
    name: 'heldout416-rustsec-advisory-docs',
    kind: 'docs',
    html: rHtml,
    title: rTitle,
    headings: ['Description'],
    body: texts([...rDesc, ...rFixes, ...rAfter]),
    bylines: ['February 27, 2026', 'March 3, 2026'],
    furniture: [
      'RustSec',
      ...rNav,
      'Reported',
      'Issued',
      'Package',
      'crates.io',
      'Vulnerability',
      'Categories',
      'memory-exposure',
      'Keywords',
      '#out-of-bounds',
      '#unsound',
      'Aliases',
      'GHSA-3xr8-p9fw-4mq2',
      'References',
      'https://github.com/ferrule-rs/ferrule/issues/77',
      'CVSS Score',
      'Patched',
      'Unaffected',
      'Affected Functions',
      'Advisory available under CC0-1.0 license.',
      'JSON (OSV format)',
      'RustSec is maintained by the Rust Secure Code Working Group.',
      'Site content is licensed under CC0.',
    ],
  },
  {
    name: 'heldout416-wsrc-update-guide-docs',
    kind: 'docs',
    html: mHtml,
    title: mTitle,
    headings: ['FAQ', 'Mitigations', 'Workarounds', 'Security Updates', 'Acknowledgements'],
    body: [...texts(mFaq.flat()), ...texts([...mMit, ...mMitList, ...mWork]), ...mUpd.map(rowText), ...texts(mAck)],
    bylines: [
      'Released: Mar 10, 2026',
      'Last updated: Mar 12, 2026',
      '1.0 Mar 10, 2026 Information published.',
      '1.1 Mar 12, 2026 Corrected the build number for Wendlow Server 2022.',
    ],
    furniture: [
      ...mNav.filter((n) => n !== 'Security Updates' && n !== 'Acknowledgements'),
      'Security Response Center',
      'Security Update Guide',
      'Security Vulnerability',
      'Assigning CNA:',
      'Impact: Remote Code Execution',
      'Max Severity: Important',
      'CVSS:3.1 8.0 / 7.0',
      'Base score metrics',
      'Temporal score metrics',
      'Expand all',
      j('Wendlow recognizes the efforts of those in the security community who help us protect customers through coordinated', 'vulnerability disclosure.'),
      'Disclaimer',
      'The information provided in the Wendlow Knowledge Base is provided "as is" without warranty of any kind.',
      'Revisions',
      'Contact us',
      'Privacy',
      'Terms of use',
      'Trademarks',
      'Manage cookies',
      '© Wendlow 2026',
      'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display personalized advertising.',
      'Accept',
      'Reject',
    ],
  },
];

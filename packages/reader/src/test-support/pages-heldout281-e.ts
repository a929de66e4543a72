import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';
import { municode } from './pages-heldout281-e2.js';

/**
 * Held-out batch 281, file e: an IETF RFC on a datatracker-style page (the datatracker navbar, the document metadata
 * table, the xml2rfc v3 HTML with the identifiers table, pilcrow self-links after every paragraph, the "Status of This
 * Memo" and copyright boilerplate, the table of contents, the authors' addresses, the sidebar, footer) and, from file
 * e2, a Municode-style municipal code section.
 */
const iTitle = 'The Lantern Keepalive Option for the Heron Transport Protocol';
const iHeads = [
  'Abstract',
  '1. Introduction',
  '2. Conventions and Definitions',
  '3. Option Format',
  '4. Receiver Behaviour',
  '5. Security Considerations',
  '6. IANA Considerations',
];
const iAbs = [
  j(
    'This document defines the Lantern option for the Heron Transport Protocol. The option lets an endpoint ask its peer to send',
    'keepalive probes at a chosen interval, so that middleboxes with short idle timeouts do not drop long-lived, mostly quiet',
    'connections.',
  ),
];
const iIntro = [
  j(
    'Heron connections carrying control traffic can stay idle for many minutes. Network address translators and firewalls on the',
    'path commonly discard state for flows that have been idle for as little as 30 seconds, after which the connection fails silently.',
  ),
  j(
    'Today each endpoint chooses its own keepalive interval without knowing the path. The Lantern option lets the endpoint that has',
    'learned about the path, usually the client, tell the server how often to probe.',
  ),
];
const iConv = [
  j(
    'The key words "MUST", "MUST NOT", "SHOULD" and "MAY" in this document are to be interpreted as described in BCP 14 when, and',
    'only when, they appear in all capitals, as shown here.',
  ),
];
const iFormat = [
  'The Lantern option has the following fields:',
  'Kind (8 bits): the value 41, assigned in Section 6.',
  'Length (8 bits): the value 4.',
  'Interval (16 bits): the requested interval between probes, in seconds, from 5 to 3600.',
];
const iRecv = [
  j(
    'A receiver that supports the option SHOULD send a keepalive probe whenever the connection has been idle for the requested',
    'interval. A receiver MAY use a longer interval if it is under load, but MUST NOT use a shorter one.',
  ),
  j('An Interval value outside the range 5 to 3600 MUST be ignored, and the receiver then continues to use its own default.'),
];
const iSec = [
  j(
    'An attacker able to inject the option could ask a server to send probes every five seconds on a very large number of',
    'connections. Implementations SHOULD limit the total rate of probes they send and SHOULD accept the option only on',
    'connections that have completed the Heron handshake.',
  ),
];
const iIana = ['IANA is requested to assign the value 41 in the "Heron Option Kinds" registry, with a reference to this document.'];
const pil = (id: string, t: string): string => `<p id="${id}">${t}<a href="#${id}" class="pilcrow">¶</a></p>`;
const sect = (n: number, head: string, paras: readonly string[]): string => {
  const [num, ...name] = head.split(' ');
  return `<section id="section-${n}"><h2 id="name-${n}"><a href="#section-${n}" class="section-number selfRef">${num}</a>
<a href="#name-${n}" class="section-name selfRef">${name.join(' ')}</a></h2>
${paras.map((t, i) => pil(`section-${n}-${i + 1}`, t)).join('\n')}</section>`;
};
const iNav = ['Groups', 'Documents', 'Meetings', 'Other', 'User'];
const iToc = ['Status of This Memo', 'Copyright Notice', "Authors' Addresses"];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>RFC 9931: ${iTitle}</title>
<meta name="author" content="Odile Marchetti"><meta name="description" content="${iAbs[0]?.slice(0, 120)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${iTitle}","datePublished":"2026-02"}</script>
</head><body><nav class="navbar navbar-expand-lg navbar-dark bg-secondary" id="navbar-main"><a class="navbar-brand" href="/">Datatracker.example</a>
<ul class="navbar-nav">${links(iNav, 'nav-item dropdown')}</ul></nav>
<div class="container-fluid"><div class="row"><div id="content" class="col document-html">
<div class="d-print-none"><table class="table table-sm table-borderless"><tr><th>Document</th><td>Type</td><td>RFC - Proposed Standard (February 2026)</td></tr>
<tr><th></th><td>Authors</td><td>Odile Marchetti, Tobiah Renwick</td></tr><tr><th></th><td>Stream</td><td>IETF</td></tr>
<tr><th></th><td>Last updated</td><td>2026-02-19</td></tr></table></div>
<div class="rfcmarkup"><table id="identifiers"><tr><td class="left">Internet Engineering Task Force (IETF)</td><td class="right">O. Marchetti</td></tr>
<tr><td class="left">Request for Comments: 9931</td><td class="right">Kestrel Networks</td></tr><tr><td class="left">Category: Standards Track</td>
<td class="right">T. Renwick</td></tr><tr><td class="left">ISSN: 2070-1721</td><td class="right">February 2026</td></tr></table>
<h1 id="title">${iTitle}</h1>
<section id="section-abstract"><h2 id="abstract"><a href="#abstract" class="selfRef">Abstract</a></h2>${pil('section-abstract-1', iAbs[0] ?? '')}</section>
<section id="status-of-memo"><h2>Status of This Memo</h2><p>This is an Internet Standards Track document.</p>
<p>Information about the current status of this document may be obtained at the datatracker.</p></section>
<section id="copyright"><h2>Copyright Notice</h2>
<p>Copyright (c) 2026 IETF Trust and the persons identified as the document authors. All rights reserved.</p></section>
<div id="toc"><section id="section-toc.1"><a href="#" class="selfRef">Table of Contents</a><ul class="compact toc">
${iHeads
  .slice(1)
  .map((h, i) => `<li><a href="#section-${i + 1}">${h}</a></li>`)
  .join('')}${iToc.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
</section></div>
${sect(1, iHeads[1] ?? '', iIntro)}
${sect(2, iHeads[2] ?? '', iConv)}
${sect(3, iHeads[3] ?? '', iFormat)}
${sect(4, iHeads[4] ?? '', iRecv)}
${sect(5, iHeads[5] ?? '', iSec)}
${sect(6, iHeads[6] ?? '', iIana)}
<section id="authors-addresses"><h2>Authors' Addresses</h2><address class="vcard"><div class="fn">Odile Marchetti</div><div class="org">Kestrel Networks</div>
<div class="email">Email: odile@kestrel.example</div></address><address class="vcard"><div class="fn">Tobiah Renwick</div>
<div class="email">Email: tobiah@renwick.example</div></address></section></div></div>
<div class="col-md-3 d-print-none" id="sidebar"><div class="card"><h5>Download</h5><ul><li>txt</li><li>html</li><li>xml</li><li>pdf</li>
<li>bibtex</li></ul><h5>Email authors</h5><h5>IPR</h5><h5>References</h5><h5>Referenced by</h5></div></div></div></div>
<footer class="col-md-12 col-sop-12"><a href="/about">About</a> <a href="/ietf-privacy">Privacy Statement</a> <a href="/report-bug">Report a bug</a>
<p>Datatracker version 12.4.1</p></footer>
<script>document.querySelectorAll('.pilcrow').forEach((a) => a.setAttribute('aria-hidden', 'true'));</script></body></html>`;
const rfc: TestPage = {
  name: 'heldout281-ietf-datatracker-rfc-docs',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iHeads,
  body: texts([...iAbs, ...iIntro, ...iConv, ...iFormat, ...iRecv, ...iSec, ...iIana]),
  bylines: ['RFC - Proposed Standard (February 2026)', 'Odile Marchetti, Tobiah Renwick', '2026-02-19', 'O. Marchetti', 'T. Renwick', 'February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Datatracker.example', ...iNav, 'Document', 'Type', 'Authors', 'Stream', 'Last updated', 'Internet Engineering Task Force (IETF)',
    'Request for Comments: 9931', 'Kestrel Networks', 'Category: Standards Track', 'ISSN: 2070-1721', ...iToc,
    'This is an Internet Standards Track document.', 'Information about the current status of this document may be obtained at the datatracker.',
    'Copyright (c) 2026 IETF Trust and the persons identified as the document authors. All rights reserved.', 'Table of Contents',
    'Email: odile@kestrel.example', 'Email: tobiah@renwick.example', 'Download', 'html', 'bibtex', 'Email authors', 'IPR', 'References',
    'Referenced by', 'About', 'Privacy Statement', 'Report a bug', 'Datatracker version 12.4.1',
  ],
};

export const HELDOUT281_E: readonly TestPage[] = [rfc, municode];

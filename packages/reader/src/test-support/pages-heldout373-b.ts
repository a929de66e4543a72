import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';
import { datatracker } from './pages-heldout373-b2.js';

/**
 * Held-out batch 373, file b: an RFC as rfc-editor.org serves its xml2rfc v3 HTML (running header and footer table, the
 * identifiers block with Stream / RFC / Updates / Category / Published / ISSN / Authors, pilcrow links after every
 * paragraph, the table of contents, references and Authors' Addresses) and, from file b2, an IETF datatracker draft page.
 */
const rTitle = 'Relay Hints for Encrypted DNS Transports';
const rAbstract = [
  j(
    'This document defines a relay hint, an optional field that an encrypted DNS resolver can return to tell a client which',
    'relay it should prefer for later queries. This document updates RFC 7858.',
  ),
];
const rStatus = [
  'This is an Internet Standards Track document.',
  j(
    'This document is a product of the Internet Engineering Task Force (IETF). It represents the consensus of the IETF',
    'community. It has received public review and has been approved for publication by the Internet Engineering Steering Group.',
  ),
];
const rCopy = [
  j(
    'Copyright (c) 2026 IETF Trust and the persons identified as the document authors. All rights reserved. This document is',
    'subject to BCP 78 and the IETF Trust’s Legal Provisions Relating to IETF Documents in effect on the date of publication.',
  ),
];
const rIntro = [
  j(
    'Clients that use oblivious relays for encrypted DNS usually pick a relay from a static list shipped with the operating',
    'system. The list changes slowly, while the set of healthy relays near a given resolver can change within minutes. The',
    'result is that clients keep sending queries through relays that are overloaded or far away.',
  ),
  j(
    'A resolver is well placed to know which relays reach it quickly, because it sees the traffic arriving from each of them.',
    'This document lets the resolver share that knowledge with a client without learning anything new about the client.',
  ),
];
const rTerms = [
  j(
    'The key words "MUST", "MUST NOT", "SHOULD" and "MAY" in this document are to be interpreted as described in BCP 14',
    '[RFC2119] [RFC8174] when, and only when, they appear in all capitals, as shown here.',
  ),
];
const rFormat = ['A relay hint is carried in a new EDNS(0) option. The option data consists of the following fields, in network byte order:'];
const rFields = [
  'PRIORITY: a 16-bit unsigned integer; lower values are preferred.',
  'LIFETIME: a 32-bit unsigned integer giving, in seconds, how long the hint remains valid.',
  'RELAY: the target name of the relay, in uncompressed wire format.',
];
const rFormatAfter = [
  j('A resolver MUST NOT include more than four relay hints in one response. A client that receives more MUST ignore all', 'hints in that response.'),
];
const rSec = [
  j(
    'A malicious resolver could use hints to steer a client towards a relay that colludes with it, defeating the separation',
    'that oblivious DNS is meant to provide. Clients MUST therefore only accept hints naming relays that are already present',
    'in their configured list, and SHOULD cap the lifetime of any hint at one day.',
  ),
];
const rIana = ['IANA has assigned option code 27 in the "DNS EDNS0 Option Codes (OPT)" registry for the relay hint option.'];
const rToc = [
  '1. Introduction',
  '2. Conventions and Definitions',
  '3. The Relay Hint Option',
  '4. Security Considerations',
  '5. IANA Considerations',
  '6. References',
  "Authors' Addresses",
];
const pil = (id: string, paras: readonly string[]): string =>
  paras.map((p, i) => `<p id="${id}-${i + 1}">${p}<a href="#${id}-${i + 1}" class="pilcrow">¶</a></p>`).join('\n');
const rsec = (n: string, name: string, slug: string, inner: string): string => `<section id="section-${n}">
<h2 id="name-${slug}"><a href="#section-${n}" class="section-number selfRef">${n}. </a><a href="#name-${slug}" class="section-name selfRef">${name}</a></h2>
${inner}</section>`;
const rHtml = `<!DOCTYPE html><html lang="en" class="RFC"><head><meta charset="utf-8"><meta content="Common,Latin" name="scripts">
<meta content="initial-scale=1.0" name="viewport"><title>RFC 9876: ${rTitle}</title>
<meta content="Siv Halvorsen" name="author"><meta content="Obinna Ibe" name="author">
<meta content="This document defines a relay hint for encrypted DNS resolvers." name="description">
<meta content="xml2rfc 3.28.1" name="generator"><meta content="9876" name="rfc.number">
<link href="rfc9876.xml" rel="alternate" type="application/rfc+xml"><link href="#copyright" rel="license">
<style type="text/css">@import url('https://fonts.googleapis.com/css?family=Noto+Sans'); .pilcrow{visibility:hidden}</style>
<link href="https://www.rfc-editor.org/styles/rfc-local.css" rel="stylesheet" type="text/css">
<script src="https://www.rfc-editor.org/js/metadata.min.js"></script></head><body class="xml2rfc">
<script src="https://www.rfc-editor.org/js/metadata.min.js"></script>
<table class="ears"><thead><tr><td class="left">RFC 9876</td><td class="center">DNS Relay Hint Option</td>
<td class="right">March 2026</td></tr></thead><tfoot><tr><td class="left">Halvorsen &amp; Ibe</td><td class="center">Standards Track</td>
<td class="right">[Page]</td></tr></tfoot></table>
<div id="external-metadata" class="document-information"></div>
<div id="internal-metadata" class="document-information"><dl id="identifiers">
<dt class="label-stream">Stream:</dt><dd class="stream">Internet Engineering Task Force (IETF)</dd>
<dt class="label-rfc">RFC:</dt><dd class="rfc"><a href="https://www.rfc-editor.org/rfc/rfc9876" class="eref">9876</a></dd>
<dt class="label-updates">Updates:</dt><dd class="updates"><a href="https://www.rfc-editor.org/rfc/rfc7858" class="eref">7858</a></dd>
<dt class="label-category">Category:</dt><dd class="category">Standards Track</dd>
<dt class="label-published">Published:</dt><dd class="published"><time datetime="2026-03" class="published">March 2026</time></dd>
<dt class="label-issn">ISSN:</dt><dd class="issn">2070-1721</dd>
<dt class="label-authors">Authors:</dt><dd class="authors"><div class="author"><div class="author-name">S. Halvorsen</div><div class="org">Nordkapp
Networks</div></div><div class="author"><div class="author-name">O. Ibe</div><div class="org">Harmattan Labs</div></div></dd></dl></div>
<h1 id="rfcnum">RFC 9876</h1><h1 id="title">${rTitle}</h1>
<section id="section-abstract"><h2 id="abstract"><a href="#abstract" class="selfRef">Abstract</a></h2>${pil('section-abstract', rAbstract)}</section>
<div id="status-of-memo"><section id="section-boilerplate.1"><h2 id="name-status-of-this-memo"><a href="#name-status-of-this-memo"
class="section-name selfRef">Status of This Memo</a></h2>${pil('section-boilerplate.1', rStatus)}</section></div>
<div id="copyright"><section id="section-boilerplate.2"><h2 id="name-copyright-notice"><a href="#name-copyright-notice"
class="section-name selfRef">Copyright Notice</a></h2>${pil('section-boilerplate.2', rCopy)}</section></div>
<div id="toc"><section id="section-toc.1"><a href="#" onclick="scroll(0,0)" class="toplink">▲</a><h2 id="name-table-of-contents">
<a href="#name-table-of-contents" class="section-name selfRef">Table of Contents</a></h2>
<nav class="toc"><ul class="compact toc ulBare ulEmpty">${links(rToc, 'compact toc ulBare ulEmpty')}</ul></nav></section></div>
<div id="introduction">${rsec('1', 'Introduction', 'introduction', pil('section-1', rIntro))}</div>
<div id="conventions">${rsec('2', 'Conventions and Definitions', 'conventions-and-definitions', pil('section-2', rTerms))}</div>
<div id="format">${rsec(
  '3',
  'The Relay Hint Option',
  'the-relay-hint-option',
  `${pil('section-3', rFormat)}<ul class="normal">${rFields.map((f, i) => `<li class="normal" id="section-3-2.${i + 1}">${f}</li>`).join('\n')}</ul>
${pil('section-3-x', rFormatAfter)}`,
)}</div>
<div id="security">${rsec('4', 'Security Considerations', 'security-considerations', pil('section-4', rSec))}</div>
<div id="iana">${rsec('5', 'IANA Considerations', 'iana-considerations', pil('section-5', rIana))}</div>
<section id="section-6"><h2 id="name-references"><a href="#section-6" class="section-number selfRef">6. </a><a href="#name-references"
class="section-name selfRef">References</a></h2><section id="section-6.1"><h3 id="name-normative-references">
<a href="#section-6.1" class="section-number selfRef">6.1. </a><a href="#name-normative-references" class="section-name selfRef">Normative References</a></h3>
<dl class="references"><dt id="RFC2119">[RFC2119]</dt><dd><span class="refAuthor">Bradner, S.</span>, <span class="refTitle">"Key words for use in
RFCs to Indicate Requirement Levels"</span>, <span class="seriesInfo">BCP 14</span>, <span class="seriesInfo">RFC 2119</span>,
<time datetime="1997-03" class="refDate">March 1997</time>.</dd></dl></section></section>
<div id="authors-addresses"><section id="appendix-A"><h2 id="name-authors-addresses"><a href="#name-authors-addresses"
class="section-name selfRef">Authors' Addresses</a></h2>
<address class="vcard"><div dir="auto" class="left"><span class="fn nameRole">Siv Halvorsen</span></div><div dir="auto" class="left"><span
class="org">Nordkapp Networks</span></div>
<div class="email"><span>Email:</span> <a href="mailto:siv@nordkapp.example" class="email">siv@nordkapp.example</a></div>
</address><address class="vcard"><div dir="auto" class="left"><span class="fn nameRole">Obinna Ibe</span></div><div dir="auto" class="left"><span
class="org">Harmattan Labs</span></div><div class="email"><span>Email:</span> <a href="mailto:o.ibe@harmattan.example" class="email">o.ibe@harmattan.example</a>
</div></address></section></div>
<script>const toc = document.getElementById("toc"); toc.querySelector("h2").addEventListener("click", () => toc.classList.toggle("active"));</script>
</body></html>`;
const rfc: TestPage = {
  name: 'heldout373-rfc-editor-xml2rfc-rfc',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [
    'Abstract',
    'Status of This Memo',
    'Copyright Notice',
    '1. Introduction',
    '2. Conventions and Definitions',
    '3. The Relay Hint Option',
    '4. Security Considerations',
    '5. IANA Considerations',
  ],
  body: texts([...rAbstract, ...rStatus, ...rCopy, ...rIntro, ...rTerms, ...rFormat, ...rFields, ...rFormatAfter, ...rSec, ...rIana]),
  bylines: ['March 2026', 'Halvorsen & Ibe', 'S. Halvorsen', 'O. Ibe', 'Siv Halvorsen', 'Obinna Ibe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DNS Relay Hint Option', '[Page]', 'Stream:', 'Updates:', 'Category:',
    'Published:', 'ISSN:', '2070-1721', 'Authors:', 'Nordkapp Networks', 'Harmattan Labs', 'RFC 9876', 'Table of Contents',
    '6. References', "Authors' Addresses", '6.1. Normative References',
    'Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.', 'Email:',
    'siv@nordkapp.example', 'o.ibe@harmattan.example',
  ],
};

export const HELDOUT373_B: readonly TestPage[] = [rfc, datatracker];

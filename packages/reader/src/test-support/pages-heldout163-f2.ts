import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file f2: an RFC as rfc-editor.org serves it in HTML (xml2rfc v3 output, with the external metadata
 * filled in by the site's script): the running "ears" table, the metadata block (status, updates, errata), the identifiers
 * list (stream, RFC, updates, category, published, ISSN, authors), the h1, Abstract, the Status of This Memo and Copyright
 * Notice boilerplate, the table of contents with its "▲" top link, numbered sections with pilcrow links, an artwork block,
 * an IANA table, references, acknowledgments and the authors' addresses.
 */
const rfTitle = 'Deferred Acknowledgement Hints for the Constrained Messaging Protocol (CMP)';
const rfAbstract = [
  'This document defines the Ack-Hint option for the Constrained Messaging Protocol (CMP). The option lets a sender indicate how long ' +
    'a receiver may wait before acknowledging a confirmable message, so that acknowledgements can be combined with responses or with ' +
    'other acknowledgements. This reduces the number of radio transmissions on battery-powered devices. This document updates RFC 9411.',
];
const rfStatus = [
  'This is an Internet Standards Track document.',
  'This document is a product of the Internet Engineering Task Force (IETF). It represents the consensus of the IETF community. It has ' +
    'received public review and has been approved for publication by the Internet Engineering Steering Group (IESG).',
];
const rfCopy = 'Copyright (c) 2026 IETF Trust and the persons identified as the document authors. All rights reserved.';
const rfH1 = '1. Introduction';
const rfP1 = [
  'In CMP [RFC9411], a receiver of a confirmable message sends an acknowledgement as soon as possible, or piggybacks it on the ' +
    'response if the response is ready within a short, implementation-specific interval. On constrained radio links each transmission ' +
    'has a real cost in energy, and senders often know better than receivers whether a prompt acknowledgement is actually needed.',
  'For example, a sensor that sends a reading every thirty seconds does not need each reading to be acknowledged within milliseconds; ' +
    'it only needs to know, before the next reading, that the previous one arrived. The Ack-Hint option lets such a sender say so.',
];
const rfH11 = '1.1. Requirements Language';
const rfP11 = [
  'The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", "RECOMMENDED", "NOT RECOMMENDED", "MAY", ' +
    'and "OPTIONAL" in this document are to be interpreted as described in BCP 14 [RFC2119] [RFC8174] when, and only when, they appear ' +
    'in all capitals, as shown here.',
];
const rfH2 = '2. The Ack-Hint Option';
const rfP2 = [
  'The Ack-Hint option is elective and safe to forward. Its value is an unsigned integer of zero to two bytes giving the maximum ' +
    'acknowledgement delay in units of 100 milliseconds. A value of zero means the sender requests the default behaviour of [RFC9411].',
  'The option MUST NOT appear more than once in a message. A receiver that finds more than one Ack-Hint option MUST process the ' +
    'message as if none were present.',
];
const rfH3 = '3. Receiver Behavior';
const rfP3 = [
  'A receiver that understands the option MAY delay its acknowledgement by up to the indicated time. During that time it SHOULD ' +
    'combine the acknowledgement with any response or acknowledgement it sends to the same endpoint.',
  'A receiver MUST NOT delay an acknowledgement beyond the indicated time, and it MUST send the acknowledgement immediately if it ' +
    'receives a retransmission of the same message.',
];
const rfH4 = '4. Security Considerations';
const rfP4 = [
  'An attacker able to modify messages could set a large Ack-Hint value and so delay acknowledgements, causing the sender to ' +
    'retransmit. This is no worse than the attacker dropping the acknowledgements outright. Deployments that need protection against ' +
    'such modification should use message integrity protection such as that provided by OSCORE.',
];
const rfH5 = '5. IANA Considerations';
const rfP5 = ['IANA has added the following entry to the "CMP Option Numbers" registry within the "Constrained Messaging Protocol" registry group:'];
const rfTable = ['Number', 'Name', 'Reference', '2077', 'Ack-Hint', 'RFC 9947'];
const rfH6 = 'Acknowledgments';
const rfP6 = ['The authors thank Imke Vasquez-Roth and Tomasz Adebayo for their reviews and for the initial idea of a sender-side hint.'];
const rfRefs = [
  '[RFC2119] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.',
  '[RFC9411] Halden, P. and S. Marrow, "The Constrained Messaging Protocol (CMP)", RFC 9411, July 2024.',
];
const rfIds: [string, string][] = [
  ['Stream:', 'Internet Engineering Task Force (IETF)'],
  ['RFC:', '9947'],
  ['Updates:', '9411'],
  ['Category:', 'Standards Track'],
  ['Published:', 'March 2026'],
  ['ISSN:', '2070-1721'],
];
const rfAuthors = ['R. Okonkwo', 'L. Stenberg'];
const rfOrgs = ['Harrowgate Networks', 'Vessel Labs'];
const pil = (id: string, t: string): string => `<p id="${id}">${t}<a href="#${id}" class="pilcrow">¶</a></p>`;
const sec = (n: string, slug: string, h: string, ps: readonly string[], tag = 'h2'): string => `<section id="section-${n}">
<${tag} id="name-${slug}"><a href="#section-${n}" class="section-number selfRef">${h.split(' ')[0]} </a><a href="#name-${slug}"
class="section-name selfRef">${h.split(' ').slice(1).join(' ')}</a></${tag}>
${ps.map((p, i) => pil(`section-${n}-${i + 1}`, p)).join('\n')}`;
const rfHtml = `<!DOCTYPE html>
<html lang="en" class="RFC"><head><meta charset="utf-8"><meta content="Common,Latin" name="scripts"><meta content="initial-scale=1.0" name="viewport">
<title>RFC 9947: Deferred Acknowledgement Hints for the Constrained Messaging Protocol (CMP)</title>
<meta content="Ruth Okonkwo" name="author"><meta content="Lars Stenberg" name="author"><meta content="This document defines the Ack-Hint option for CMP."
name="description">
<meta content="xml2rfc 3.28.1" name="generator"><meta content="9947" name="rfc.number"><link href="rfc9947.xml" rel="alternate" type="application/rfc+xml">
<link href="#copyright" rel="license"><link href="https://www.rfc-editor.org/rfc/rfc9947.html" rel="canonical">
<style type="text/css">@import url('https://fonts.googleapis.com/css?family=Noto+Sans'); body { font-family: "Noto Sans", Arial, sans-serif; }</style>
<link href="rfc-local.css" rel="stylesheet" type="text/css"><script src="https://www.rfc-editor.org/js/metadata.min.js"></script></head>
<body class="xml2rfc"><script src="https://www.rfc-editor.org/js/metadata.min.js"></script>
<table class="ears"><thead><tr><td class="left">RFC 9947</td><td class="center">CMP Ack-Hint</td><td class="right">March 2026</td></tr></thead>
<tfoot><tr><td class="left">Okonkwo &amp; Stenberg</td><td class="center">Standards Track</td><td class="right">[Page]</td></tr></tfoot></table>
<div id="external-metadata" class="document-information"><dl><dt>Status:</dt><dd>PROPOSED STANDARD</dd><dt>Errata:</dt><dd>None</dd></dl></div>
<div id="internal-metadata" class="document-information"><dl id="identifiers">
${rfIds.map(([k, v]) => `<dt class="label-${k.toLowerCase().replace(':', '')}">${k}</dt><dd class="${k.toLowerCase().replace(':', '')}">${v}</dd>`).join('\n')}
<dt class="label-authors">Authors:</dt><dd class="authors">${rfAuthors
  .map(
    (a, i) => `<div class="author"><div class="author-name">${a}</div><div
class="org">${rfOrgs[i]}</div></div>`,
  )
  .join('')}
</dd></dl></div><h1 id="title">${rfTitle}</h1>
<section id="section-abstract"><h2 id="abstract"><a href="#abstract" class="selfRef">Abstract</a></h2>${pil('section-abstract-1', rfAbstract[0]!)}</section>
<div id="status-of-memo"><section id="section-boilerplate.1"><h2 id="name-status-of-this-memo"><a href="#name-status-of-this-memo"
class="section-name selfRef">Status
of This Memo</a></h2>${rfStatus.map((p, i) => pil(`section-boilerplate.1-${i + 1}`, p)).join('\n')}</section></div>
<div id="copyright"><section id="section-boilerplate.2"><h2 id="name-copyright-notice"><a href="#name-copyright-notice"
class="section-name selfRef">Copyright Notice</a>
</h2>${pil('section-boilerplate.2-1', rfCopy)}</section></div>
<div id="toc"><section id="section-toc.1"><a href="#" onclick="scroll(0,0)" class="toplink">▲</a><h2 id="name-table-of-contents"><a
href="#name-table-of-contents"
class="section-name selfRef">Table of Contents</a></h2><nav class="toc"><ul class="compact toc ulBare ulEmpty">
${[rfH1, rfH11, rfH2, rfH3, rfH4, rfH5, '6. References', rfH6, 'Authors\u2019 Addresses']
  .map((t) => `<li class="compact toc ulBare ulEmpty"><p><a href="#section">${t}</a></p></li>`)
  .join('\n')}</ul></nav></section></div>
<div id="introduction">${sec('1', 'introduction', rfH1, rfP1)}
<div id="requirements-language">${sec('1.1', 'requirements-language', rfH11, rfP11, 'h3')}</section></div></section></div>
<div id="option">${sec('2', 'the-ack-hint-option', rfH2, rfP2)}
<div class="alignLeft art-text artwork" id="section-2-3"><pre>
  0                   1
  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |   delay (units of 100 ms)     |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
</pre><a href="#section-2-3" class="pilcrow">¶</a></div></section></div>
<div id="receiver">${sec('3', 'receiver-behavior', rfH3, rfP3)}</section></div>
<div id="security">${sec('4', 'security-considerations', rfH4, rfP4)}</section></div>
<div id="iana">${sec('5', 'iana-considerations', rfH5, rfP5)}
<span id="name-new-cmp-option"></span><table class="center" id="table-1"><caption><a href="#table-1" class="selfRef">Table 1</a>:
<a href="#name-new-cmp-option" class="selfRef">New CMP Option</a></caption><thead><tr><th class="text-left">${rfTable[0]}</th><th
class="text-left">${rfTable[1]}</th>
<th class="text-left">${rfTable[2]}</th></tr></thead><tbody><tr><td class="text-left">${rfTable[3]}</td><td class="text-left">${rfTable[4]}</td>
<td class="text-left">${rfTable[5]}</td></tr></tbody></table></section></div>
<section id="section-6"><h2 id="name-references"><a href="#section-6" class="section-number selfRef">6. </a><a href="#name-references"
class="section-name selfRef">References</a></h2>
<section id="section-6.1"><h3 id="name-normative-references"><a href="#section-6.1" class="section-number selfRef">6.1. </a><a href="#name-normative-references"
class="section-name selfRef">Normative References</a></h3><dl class="references">${rfRefs
  .map(
    (r) => `<dd
class="reference">${r}</dd>`,
  )
  .join('\n')}</dl></section></section>
<div id="acknowledgments"><section id="appendix-A"><h2 id="name-acknowledgments"><a href="#name-acknowledgments"
class="section-name selfRef">Acknowledgments</a></h2>
${pil('appendix-A-1', rfP6[0]!)}</section></div>
<div id="authors-addresses"><section id="appendix-B"><h2 id="name-authors-addresses"><a href="#name-authors-addresses"
class="section-name selfRef">Authors\u2019 Addresses</a>
</h2>${rfAuthors
  .map(
    (a, i) => `<address class="vcard"><div dir="auto" class="left"><span class="fn nameRole">${a.replace('R.', 'Ruth').replace('L.', 'Lars')}</span></div>
<div dir="auto" class="left"><span class="org">${rfOrgs[i]}</span></div><div class="email"><span>Email:</span> <a href="mailto:x@example.net"
class="email">${a.slice(3).toLowerCase()}@${rfOrgs[i]!.split(' ')[0]?.toLowerCase()}.example</a></div>
</address>`,
  )
  .join('\n')}</section></div>
<script>addMetadata();</script></body></html>`;

export const rfcPage: TestPage = {
  name: 'heldout163-rfc-editor-rfc-html',
  kind: 'docs',
  html: rfHtml,
  // the Status of This Memo and Copyright Notice boilerplate (headings and text), the references (heading, subheading and
  // entries), the artwork and the IANA table are in neither list; the Abstract and the Acknowledgments are gold; section
  // headings keep their numbers; author names in the identifiers and in the addresses are bylines, organizations furniture
  title: rfTitle,
  headings: ['Abstract', rfH1, rfH11, rfH2, rfH3, rfH4, rfH5, rfH6],
  body: texts([...rfAbstract, ...rfP1, ...rfP11, ...rfP2, ...rfP3, ...rfP4, ...rfP5, ...rfP6]),
  bylines: [...rfAuthors, 'Ruth Okonkwo', 'Lars Stenberg', 'March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RFC 9947', 'CMP Ack-Hint', 'Okonkwo & Stenberg', 'Standards Track', '[Page]', 'Status:', 'PROPOSED STANDARD', 'Errata:', 'None',
    ...rfIds.flat().filter((t) => !['March 2026', 'Standards Track'].includes(t)), 'Authors:', ...rfOrgs, '▲', 'Table of Contents', '¶',
    'Table 1: New CMP Option', "Authors\u2019 Addresses", 'Email:', 'okonkwo@harrowgate.example', 'stenberg@vessel.example',
  ],
};

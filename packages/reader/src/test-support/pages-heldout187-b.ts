import { type TestPage, texts } from './page-kit.js';
import * as b from './pages-heldout187-b2.js';
import { whatwgPage } from './pages-heldout187-b3.js';
import { lis } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file b: an RFC in the IETF datatracker HTML view (the dark navbar with its menus, the xml2rfc v3
 * document with the running "ears" table, the identifiers list with stream, category, date and authors, the "RFC 9793"
 * number heading, abstract, the Status of This Memo and Copyright Notice boilerplate, the table of contents, sections with
 * pilcrow self-links, references and the authors' addresses, and the datatracker sidebar with its Info, Contents and Prefs
 * tabs) and, from file b3, a WHATWG HTML Standard multipage section.
 */
const title = 'HTTP Retry-Budget Header Field';
let n = 0;
const pil = (xs: readonly string[], sec: string): string =>
  xs.map((p) => `<p id="section-${sec}-${++n}">${p}<a href="#section-${sec}-${n}" class="pilcrow">¶</a></p>`).join('\n');
const ul = (xs: readonly string[], sec: string): string =>
  `<ul class="normal">${xs
    .map(
      (p) => `<li class="normal" id="section-${sec}-${++n}">${p}<a href="#section-${sec}-${n}"
class="pilcrow">¶</a></li>`,
    )
    .join('\n')}</ul>`;
const h = (tag: string, sec: string, text: string): string => {
  const [num, ...rest] = text.split(' ');
  const name = rest.join(' ');
  const id = `name-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return `<${tag} id="${id}"><a href="#section-${sec}" class="section-number selfRef">${num} </a><a href="#${id}" class="section-name
selfRef">${name}</a></${tag}>`;
};
const toc = b.rfcH.map((t) => `<li class="compact toc ulBare ulEmpty"><p class="keepWithNext"><a href="#" class="internal xref">${t}</a></p></li>`);
const addr = (name: string, org: string, city: string, mail: string): string => `<address class="vcard"><div dir="auto" class="left">
<span class="fn nameRole">${name}</span></div><div dir="auto" class="left"><span class="org">${org}</span></div>
<div dir="auto" class="left"><span class="locality">${city}</span></div><div class="email"><span>Email:</span> <a href="mailto:${mail}"
class="email">${mail}</a></div></address>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>RFC 9793 - HTTP Retry-Budget Header Field</title>
<meta name="description" content="HTTP Retry-Budget Header Field (RFC 9793)"><link rel="alternate" type="application/pdf"
href="https://www.rfc-editor.org/rfc/pdfrfc/rfc9793.txt.pdf">
<link rel="stylesheet" href="https://static.ietf.org/dt/12.41.0/ietf/css/document_html_referenced.css">
<script src="https://static.ietf.org/dt/12.41.0/ietf/js/document_html.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","name":"${title}","identifier":"RFC 9793",
"datePublished":"2025-06","author":[{"@type":"Person","name":"Mercy Okonkwo"},{"@type":"Person","name":"Tor Halvorsen"}]}</script>
<link rel="stylesheet" href="https://static.ietf.org/dt/12.41.0/ietf/css/document_html_inline.css"></head>
<body><nav class="navbar navbar-expand-md navbar-dark bg-secondary px-3 py-0 fixed-top d-print-none" id="navbar-main">
<a class="navbar-brand" href="/"><img alt="IETF Logo" src="https://static.ietf.org/dt/12.41.0/ietf/images/ietf-logo-nor-white.svg">
<span class="ms-2">${b.rfcNav[0]}</span></a><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbar-collapse"
aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbar-collapse">
<ul class="nav navbar-nav">${lis(
  b.rfcNav.slice(1, 6).map((t) => `<a href="#" class="nav-link dropdown-toggle" role="button" data-bs-toggle="dropdown">${t}</a>`),
  ' class="nav-item dropdown"',
)}</ul>
<a class="btn btn-sm btn-outline-light ms-auto" href="/accounts/login/?next=/doc/html/rfc9793">${b.rfcNav[6]}</a></div></nav>
<div class="pt-3 container-fluid"><div class="row"><div class="col-md-9 bg-light-subtle collapse show" id="documentCol">
<div class="rfcmarkup"><div class="d-print-none"><br class="noprint"></div>
<table class="ears"><thead><tr><td class="left">RFC 9793</td><td class="center">HTTP Retry-Budget</td><td class="right">June 2025</td></tr></thead>
<tfoot><tr><td class="left">Okonkwo &amp; Halvorsen</td><td class="center">Standards Track</td><td class="right">[Page]</td></tr></tfoot></table>
<div id="external-metadata" class="document-information"></div><div id="internal-metadata" class="document-information"><dl id="identifiers">
<dt class="label-stream">Stream:</dt><dd class="stream">Internet Engineering Task Force (IETF)</dd>
<dt class="label-rfc">RFC:</dt><dd class="rfc"><a href="https://www.rfc-editor.org/rfc/rfc9793" class="eref">9793</a></dd>
<dt class="label-category">Category:</dt><dd class="category">Standards Track</dd>
<dt class="label-published">Published:</dt><dd class="published"><time datetime="2025-06" class="published">June 2025</time></dd>
<dt class="label-issn">ISSN:</dt><dd class="issn">2070-1721</dd><dt class="label-authors">Authors:</dt><dd class="authors">
<div class="author"><div class="author-name">M. Okonkwo</div><div class="org">Brightwell Networks</div></div>
<div class="author"><div class="author-name">T. Halvorsen</div><div class="org">Fjordline AS</div></div></dd></dl></div>
<h1 id="rfcnum">RFC 9793</h1><h1 id="title">${title}</h1>
<section id="section-abstract"><h2 id="abstract"><a href="#abstract" class="selfRef">Abstract</a></h2>${pil(b.rfcAbstract, 'abstract')}</section>
<div id="status-of-memo"><section id="section-boilerplate.1"><h2 id="name-status-of-this-memo"><a href="#name-status-of-this-memo"
class="section-name selfRef">Status of This Memo</a></h2>${pil(b.rfcBoiler.slice(0, 3), 'boilerplate.1')}</section></div>
<div id="copyright"><section id="section-boilerplate.2"><h2 id="name-copyright-notice"><a href="#name-copyright-notice" class="section-name selfRef">Copyright
Notice</a></h2>${pil(b.rfcBoiler.slice(3), 'boilerplate.2')}</section></div>
<div id="toc"><section id="section-toc.1"><a href="#" onclick="scroll(0,0)" class="toplink">▲</a><h2 class="keepWithNext" id="name-table-of-contents">
<a href="#name-table-of-contents" class="section-name selfRef">Table of Contents</a></h2><nav class="toc"><ul class="compact toc ulBare ulEmpty">
${toc.join('\n')}<li class="compact toc ulBare ulEmpty"><p><a href="#appendix-A" class="internal xref">Authors'
Addresses</a></p></li></ul></nav></section></div>
<div id="introduction"><section id="section-1">${h('h2', '1', b.rfcH[0]!)}${pil(b.rfcIntro, '1')}
<div id="conventions"><section id="section-1.1">${h('h3', '1.1', b.rfcH[1]!)}${pil(b.rfcConv, '1.1')}</section></div></section></div>
<div id="field"><section id="section-2">${h('h2', '2', b.rfcH[2]!)}${pil(b.rfcField, '2')}${ul(b.rfcFieldList, '2')}${pil(b.rfcField2.slice(0, 1), '2')}
<div class="alignLeft art-text artwork" id="section-2-5"><pre>
Retry-Budget: n=3, w=60, scope=origin
</pre><a href="#section-2-5" class="pilcrow">¶</a></div>${pil(b.rfcField2.slice(1), '2')}</section></div>
<div id="client"><section id="section-3">${h('h2', '3', b.rfcH[3]!)}${pil(b.rfcClient, '3')}</section></div>
<div id="security"><section id="section-4">${h('h2', '4', b.rfcH[4]!)}${pil(b.rfcSecurity, '4')}</section></div>
<div id="iana"><section id="section-5">${h('h2', '5', b.rfcH[5]!)}${pil(b.rfcIana, '5')}${ul(b.rfcIanaList, '5')}</section></div>
<section id="section-6">${h('h2', '6', b.rfcH[6]!)}<dl class="references">
${b.rfcRefs.map((r) => `<dt id="${r.slice(1, 8)}">${r.slice(0, 9)}</dt><dd><div>${r.slice(10)}</div></dd>`).join('\n')}</dl></section>
<div id="authors-addresses"><section id="appendix-A"><h2 id="name-authors-addresses"><a href="#name-authors-addresses" class="section-name selfRef">Authors'
Addresses</a></h2>${addr('Mercy Okonkwo', 'Brightwell Networks', 'Lagos', 'mokonkwo@brightwell.example')}
${addr('Tor Halvorsen', 'Fjordline AS', 'Bergen', 'tor@fjordline.example')}</section></div></div></div>
<div class="d-print-none col-md-3 bg-light-subtle collapse show" id="sidebar"><div class="position-fixed border-start sidebar overflow-scroll overscroll-none
no-scrollbar">
<div class="d-flex flex-column vh-100 pt-2 pt-lg-3 ps-3 pl-md-2 pl-lg-3"><div><a class="btn btn-primary btn-sm" href="/doc/rfc9793/">Datatracker</a>
<p class="fw-bold pt-2">RFC 9793<br><span class="text-success">${b.rfcSide[0]}</span></p></div>
<ul class="nav nav-tabs nav-fill small me-2" role="tablist">${lis(
  b.rfcSide.slice(1, 4).map((t) => `<button class="nav-link" type="button" role="tab">${t}</button>`),
  ' class="nav-item" role="presentation"',
)}</ul>
<div class="overflow-auto tab-content pt-2 me-2"><div class="tab-pane fade show active" id="docinfo-tab-pane" role="tabpanel">
<table class="table table-sm table-borderless"><tbody class="meta align-top"><tr><th class="kv-head" scope="row">${b.rfcSide[4]}</th><th
scope="row">${b.rfcSide[5]}</th>
<td>${b.rfcSide[0]}<br>June 2025<div><a href="https://www.rfc-editor.org/errata_search.php?rfc=9793">${b.rfcSide[6]}</a></div>
<div>${b.rfcSide[7]}</div></td></tr><tr><td></td><th scope="row">${b.rfcSide[8]}</th><td><select class="form-select form-select-sm"><option>rfc9793</option>
</select> <a href="/doc/rfc9793/diff">${b.rfcSide[9]}</a></td></tr><tr><td></td><th scope="row">${b.rfcSide[10]}</th><td>Mercy Okonkwo, Tor Halvorsen
<a href="mailto:rfc9793@ietf.example">${b.rfcSide[11]}</a></td></tr><tr><td></td><th scope="row">${b.rfcSide[12]}</th><td>IETF</td></tr>
<tr><td></td><th scope="row">${b.rfcSide[13]}</th><td>txt html xml pdf bibtex</td></tr><tr><td></td><th scope="row">${b.rfcSide[14]}</th>
<td><a href="https://mailarchive.ietf.example/arch/browse/httpapi/">${b.rfcSide[15]}</a></td></tr></tbody></table></div>
<div class="tab-pane fade" id="toc-tab-pane" role="tabpanel"><nav class="nav nav-pills flex-column small" id="toc-nav"></nav></div>
<div class="tab-pane fade" id="pref-tab-pane" role="tabpanel">${b.rfcSide
  .slice(16)
  .map((t, i) => (i % 4 === 3 ? `<label class="form-check-label">${t}</label>` : `<h2 class="small fw-bold">${t}</h2>`))
  .join('\n')}</div></div></div></div></div></div></div>
<script src="https://static.ietf.org/dt/12.41.0/ietf/js/document_html_bundle.js"></script></body></html>`;
const rfc: TestPage = {
  html,
  name: 'heldout187-ietf-datatracker-rfc',
  kind: 'docs',
  // the abstract and the numbered sections are the article (their numbers kept in the headings, as shown); the Status of
  // This Memo and Copyright Notice boilerplate, the table of contents (its entries repeat the headings, left out), the
  // ears table, identifiers, pilcrows, the authors' addresses and the datatracker chrome are furniture; the reference
  // entries and the example field are in neither list; the author names and the publication month are bylines
  title,
  headings: ['Abstract', ...b.rfcH],
  body: texts([
    ...b.rfcAbstract,
    ...b.rfcIntro,
    ...b.rfcConv,
    ...b.rfcField,
    ...b.rfcFieldList,
    ...b.rfcField2,
    ...b.rfcClient,
    ...b.rfcSecurity,
    ...b.rfcIana,
    ...b.rfcIanaList,
  ]),
  bylines: ['M. Okonkwo', 'T. Halvorsen', 'June 2025', 'Mercy Okonkwo', 'Tor Halvorsen', 'Mercy Okonkwo, Tor Halvorsen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...b.rfcNav, 'RFC 9793', 'HTTP Retry-Budget', 'Okonkwo & Halvorsen', 'Standards Track', '[Page]', 'Stream:', 'Internet Engineering Task Force (IETF)',
    'RFC:', 'Category:', 'Published:', 'ISSN:', '2070-1721', 'Authors:', 'Brightwell Networks', 'Fjordline AS', 'Status of This Memo', ...b.rfcBoiler,
    'Copyright Notice', 'Table of Contents', '¶', '▲', "Authors' Addresses", 'Lagos', 'Bergen', 'mokonkwo@brightwell.example', 'tor@fjordline.example',
    ...b.rfcSide, 'txt html xml pdf bibtex',
  ],
};

export const HELDOUT187_B: readonly TestPage[] = [rfc, whatwgPage];

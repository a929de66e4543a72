import { type TestPage, texts } from './page-kit.js';
import { latexNotes } from './pages-heldout205-b2.js';

/**
 * Held-out batch 205, file b: an Emacs Org mode (9.6) HTML export of a how-to note on a personal site (the export's
 * default style and MathJax blocks in <head>, a custom preamble with site links, the "Table of Contents" block, numbered
 * outline-2 / outline-3 sections, source blocks, a rules="groups" table, the "Footnotes:" section and the postamble with
 * "Author:", "Created:" and "Validate") and, from file b2, a LaTeX2HTML lecture-notes page.
 */
const title = 'Running a partial Debian mirror on a home server';
const h = [
  '1. Why bother with a mirror',
  '2. Choosing what to mirror',
  '2.1. Architectures and suites',
  '2.2. Disk space',
  '3. Serving it to the house',
  '4. Keeping it honest',
];
const p1 = [
  'There are nine machines in this house that run Debian, counting the two Raspberry Pis in the shed. Every time a point ' +
    'release came out, all nine fetched the same packages over a rural line that manages about 12 Mbit/s on a good day. A ' +
    'local mirror fixes that: the server downloads each package once at night and everything else installs from the LAN.',
  'These are my notes from setting it up with <code>debmirror</code>, mostly so I can repeat it when the server dies.',
];
const p2 = [
  'A full mirror of every architecture is well over three terabytes, which is silly for a house. The point is to mirror ' +
    'exactly what the machines here use and nothing else.',
];
const p3 = ['Only two architectures matter here, and only the stable suite with its security and updates companions:'];
const list1 = [
  '<code>amd64</code> for the desktops, the laptops and the server itself',
  '<code>arm64</code> for the Raspberry Pis',
  '<code>bookworm</code>, <code>bookworm-updates</code> and <code>bookworm-security</code>',
];
const p4 = ['I left out the source packages. I have never once built a Debian package from source at home, and they roughly double ' + 'the size.'];
const p5 = ['Measured after the first full sync, with <code>du -sh</code> on each tree:'];
const table = [
  ['main, amd64', '118 GB'],
  ['main, arm64', '104 GB'],
  ['contrib and non-free-firmware', '6 GB'],
  ['security (both)', '9 GB'],
];
const p6 = [
  'So about 240 GB in total. The server has a 2 TB disk that was mostly holding photographs, so this was not a problem, but ' +
    'leave room for growth: the tree grew by around 4 GB a month over the spring.',
];
const p7 = [
  'The mirror lives in <code>/srv/mirror/debian</code> and nginx serves that directory as it is. No special configuration is ' +
    'needed beyond turning on directory listing, which makes debugging easier.',
  'On each client the sources file points at the server instead of the public mirror. I kept the official security host as ' +
    'a second entry on the laptops, because they leave the house and need updates when they are away.<sup><a id="fnr.1" ' +
    'class="footref" href="#fn.1" role="doc-backlink">1</a></sup>',
];
const p8 = [
  'A mirror that silently stops syncing is worse than no mirror, because the machines think they are up to date. The cron ' +
    'job writes a timestamp file at the end of every successful run, and a tiny script on the server sends me a message if ' +
    'that file is more than two days old.',
  'In six months it has fired twice: once when the public mirror I sync from was down for maintenance, and once when the ' +
    'disk filled up because I had forgotten about a folder of old virtual machine images.',
];
const foot = [
  'The laptops use the mirror when they can reach it and the public servers otherwise. apt handles the fallback on its own, ' +
    'with a short timeout while it gives up on the unreachable host.',
];
const pre = ['home', 'notes', 'about', 'rss'];
const sec = (lvl: number, id: string, head: string, inner: string, children = ''): string => {
  const [num = '', ...rest] = head.split(' ');
  return `<div id="outline-container-${id}" class="outline-${lvl}">
<h${lvl} id="${id}"><span class="section-number-${lvl}">${num}</span> ${rest.join(' ')}</h${lvl}>
<div class="outline-text-${lvl}" id="text-${num.replace(/\.$/, '')}">
${inner}
</div>${children}
</div>`;
};
const P = (a: readonly string[]): string => a.map((t) => `<p>\n${t}\n</p>`).join('\n\n');
const src = (code: string): string => `<div class="org-src-container">\n<pre class="src src-sh">${code}</pre>\n</div>`;
const html = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<!-- 2025-04-06 Sun 21:14 -->
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Running a partial Debian mirror on a home server</title>
<meta name="author" content="Bartosz Wierzbicki" />
<meta name="generator" content="Org Mode" />
<style>
  #content { max-width: 60em; margin: auto; }
  .title  { text-align: center; margin-bottom: .2em; }
  .todo   { font-family: monospace; color: red; }
  .org-src-container { border: 1px solid #ccc; box-shadow: 3px 3px 3px #eee; }
  #postamble p, #preamble p { font-size: 90%; margin: .2em; }
</style>
<link rel="stylesheet" type="text/css" href="/css/notes.css" />
<script>
  window.MathJax = { tex: { ams: { multlineWidth: '85%' }, tags: 'ams', tagSide: 'right', tagIndent: '.8em' },
    chtml: { scale: 1.0, displayAlign: 'center', displayIndent: '0em' }, output: { font: 'mathjax-modern' } };
</script>
<script id="MathJax-script" async src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>
</head>
<body>
<div id="preamble" class="status">
<nav class="site"><a href="/">${pre[0]}</a> · <a href="/notes/">${pre[1]}</a> · <a href="/about.html">${pre[2]}</a> ·
<a href="/notes/rss.xml">${pre[3]}</a></nav>
</div>
<div id="content" class="content">
<h1 class="title">${title}</h1>
<div id="table-of-contents" role="doc-toc">
<h2>Table of Contents</h2>
<div id="text-table-of-contents" role="doc-toc">
<ul>
<li><a href="#org3f1a0c2">${h[0]}</a></li>
<li><a href="#org8b2d417">${h[1]}</a>
<ul>
<li><a href="#org0c95e6a">${h[2]}</a></li>
<li><a href="#orgd14f7b9">${h[3]}</a></li>
</ul>
</li>
<li><a href="#org5e7a2d1">${h[4]}</a></li>
<li><a href="#orgb7c3e80">${h[5]}</a></li>
</ul>
</div>
</div>
${sec(2, 'org3f1a0c2', h[0] ?? '', P(p1))}
${sec(
  2,
  'org8b2d417',
  h[1] ?? '',
  P(p2),
  sec(
    3,
    'org0c95e6a',
    h[2] ?? '',
    `${P(p3)}\n<ul class="org-ul">\n${list1.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>\n${P(p4)}\n${src(`debmirror --arch=amd64,arm64 \\
  --dist=bookworm,bookworm-updates --section=main,contrib,non-free-firmware \\
  --method=http --host=ftp.uk.debian.org --root=debian --nosource \\
  --progress /srv/mirror/debian`)}`,
  ) +
    sec(
      3,
      'orgd14f7b9',
      h[3] ?? '',
      `${P(p5)}\n<table border="2" cellspacing="0" cellpadding="6" rules="groups" frame="hidden">
<colgroup>\n<col  class="org-left" />\n<col  class="org-right" />\n</colgroup>
<thead>\n<tr>\n<th scope="col" class="org-left">Tree</th>\n<th scope="col" class="org-right">Size</th>\n</tr>\n</thead>
<tbody>
${table.map(([a, b]) => `<tr>\n<td class="org-left">${a}</td>\n<td class="org-right">${b}</td>\n</tr>`).join('\n')}
</tbody>\n</table>\n\n${P(p6)}`,
    ),
)}
${sec(2, 'org5e7a2d1', h[4] ?? '', `${P(p7)}\n${src('deb http://mirror.lan/debian bookworm main contrib non-free-firmware')}`)}
${sec(2, 'orgb7c3e80', h[5] ?? '', `${P(p8)}\n${src('test "$(find /srv/mirror/debian/.last-sync -mmin -2880)" || notify "mirror stale"')}`)}
<div id="footnotes">
<h2 class="footnotes">Footnotes: </h2>
<div id="text-footnotes">

<div class="footdef"><sup><a id="fn.1" class="footnum" href="#fnr.1" role="doc-backlink">1</a></sup> <div class="footpara" role="doc-footnote">
<p class="footpara">
${foot[0]}
</p></div></div>


</div>
</div></div>
<div id="postamble" class="status">
<p class="author">Author: Bartosz Wierzbicki</p>
<p class="date">Created: 2025-04-06 Sun 21:14</p>
<p class="validation"><a href="https://validator.w3.org/check?uri=referer">Validate</a></p>
</div>
</body>
</html>`;
const orgExport: TestPage = {
  html,
  name: 'heldout205-org-mode-export-docs',
  kind: 'docs',
  // section numbers are part of the headings (they sit inside the h2/h3); the table of contents repeats the headings and
  // is left out, its "Table of Contents" title is furniture; the footnote text is body, its "Footnotes:" heading furniture;
  // the table's data cells are body; the preamble link "home" is a word of the title and left out; "Author:" and "Created:" in the postamble are bylines
  title,
  headings: [...h],
  body: [...texts(p1), ...p2, ...texts(p3), ...texts(list1), ...p4, ...texts(p5), ...table.flat(), ...p6, ...texts(p7), ...p8, ...foot],
  bylines: ['Author: Bartosz Wierzbicki', 'Created: 2025-04-06 Sun 21:14'],
  furniture: [...pre.slice(1), 'Table of Contents', 'Footnotes:', 'Validate'],
};

export const HELDOUT205_B: readonly TestPage[] = [orgExport, latexNotes];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout294-kit.js';

/**
 * Held-out batch 294, file f: an Emacs org-mode HTML export (h1.title, table of contents, numbered outline containers,
 * the postamble with author, created date and "Validate") and a hand-written essay from the 2000s laid out with nested
 * tables (left nav column, spacer gifs, font tags, "Last updated", hit counter, webring, guestbook, "Best viewed" line).
 */
const oTitle = 'Keeping a plain-text household ledger';
const oS0 = paras(`
For six years our household accounts have lived in one plain-text file. This page describes how it is laid out, so that my
partner can take it over if needed, and because two friends have asked.
`);
const oH1 = '1. Why plain text';
const oS1 = paras(`
Spreadsheets kept breaking in small ways: a formula dragged one row too far, a date read as American. A text file has no hidden
state. Each line is a fact, and the tool that adds them up can be replaced without touching the facts.

It also diffs well. The file is kept under version control, so every change either of us makes has a date and a short note,
and an argument about when the boiler was paid can be settled in a minute.
`);
const oH2 = '2. The layout of an entry';
const oS2 = paras(`
Every entry is a date, a description and two or more accounts whose amounts balance to zero. The last amount may be left out,
and the tool fills it in so that the entry balances.
`);
const oCode = ['2026-03-01 Coal merchant', '    expenses:house:heating     84.00', '    assets:bank:joint'];
const oH21 = '2.1. Accounts we use';
const oList = [
  'assets: the joint account, the savings jar, the allotment tin',
  'expenses: house, food, travel, gifts',
  'income: wages, the odd sale of plants',
];
const oH3 = '3. Monthly routine';
const oS3 = paras(`
On the first Sunday of each month we sit down together, import the bank statement by hand, and run the balance report. The
whole thing takes about forty minutes, half of which is arguing about what counts as food.

Once a year, in January, the file is closed and a new one is started with the opening balances carried over. Old years are
never edited again.
`);
const oTable = [
  ['Month', 'Entries', 'Minutes'],
  ['January', '96', '45'],
  ['February', '81', '38'],
];
const oHtml = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<!-- 2026-03-08 Sun 11:26 --><meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${oTitle}</title><meta name="author" content="Halvard Pym" />
<meta name="generator" content="Org Mode" />
<style>#content { max-width: 60em; margin: auto; } .title { text-align: center; margin-bottom: .2em; } .todo { font-family: monospace; color: red; }
.org-src-container { border: 1px solid #ccc; } #postamble p, #preamble p { font-size: 90%; margin: .2em; }</style>
<script>window.MathJax = { tex: { ams: { multlineWidth: '85%' }, tags: 'ams', tagSide: 'right' } };</script></head>
<body><div id="preamble" class="status"><p><a href="../index.html">home</a> · <a href="../notes.html">all notes</a></p></div>
<div id="content" class="content"><h1 class="title">${oTitle}</h1>
<div id="table-of-contents" role="doc-toc"><h2>Table of Contents</h2><div id="text-table-of-contents" role="doc-toc"><ul>
<li><a href="#org3f1a2c0">1. Why plain text</a></li>
<li><a href="#org7b20d14">2. The layout of an entry</a><ul><li><a href="#org1c9e5a7">2.1. Accounts we use</a></li>
</ul></li><li><a href="#org9d4e8b2">3. Monthly routine</a></li></ul></div></div>
${ps(oS0)}
<div id="outline-container-org3f1a2c0" class="outline-2"><h2 id="org3f1a2c0"><span class="section-number-2">1.</span> Why plain text</h2>
<div class="outline-text-2" id="text-1">${ps(oS1)}</div></div>
<div id="outline-container-org7b20d14" class="outline-2"><h2 id="org7b20d14"><span class="section-number-2">2.</span> The layout of an entry</h2>
<div class="outline-text-2" id="text-2">${ps(oS2)}
<div class="org-src-container"><pre class="src src-ledger">${oCode.join('\n')}</pre></div></div>
<div id="outline-container-org1c9e5a7" class="outline-3"><h3 id="org1c9e5a7"><span class="section-number-3">2.1.</span> Accounts we use</h3>
<div class="outline-text-3" id="text-2-1"><ul class="org-ul">${lis(oList)}</ul></div></div></div>
<div id="outline-container-org9d4e8b2" class="outline-2"><h2 id="org9d4e8b2"><span class="section-number-2">3.</span> Monthly routine</h2>
<div class="outline-text-2" id="text-3">${ps(oS3)}
<table border="2" cellspacing="0" cellpadding="6" rules="groups" frame="hsides"><caption class="t-above"><span class="table-number">Table 1:</span>
Time spent in 2026</caption><colgroup><col class="org-left" /><col class="org-right" /><col class="org-right" /></colgroup>
<thead><tr><th scope="col" class="org-left">${(oTable[0] ?? []).join('</th><th scope="col" class="org-right">')}</th></tr></thead><tbody>
${oTable
  .slice(1)
  .map((r) => `<tr><td class="org-left">${r.join('</td><td class="org-right">')}</td></tr>`)
  .join('\n')}</tbody></table></div></div></div>
<div id="postamble" class="status"><p class="author">Author: Halvard Pym</p><p class="date">Created: 2026-03-08 Sun 11:26</p>
<p class="validation"><a href="https://validator.w3.org/check?uri=referer">Validate</a></p></div></body></html>`;
const org: TestPage = {
  name: 'heldout294-org-mode-export-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH21, oH3],
  body: texts([...oS0, ...oS1, ...oS2, ...oCode, ...oList, ...oS3, ...oTable.slice(1).flat(), 'Time spent in 2026']),
  bylines: ['Author: Halvard Pym', 'Created: 2026-03-08 Sun 11:26'],
  furniture: ['home', 'all notes', 'Table of Contents', 'Table 1:', 'Validate'],
};

const eTitle = 'The Lighthouse Keepers of Skerrow Point';
const eS0 = paras(`
When I was a boy my grandfather would take me out along the cliff path to the old lighthouse at Skerrow Point. It had been
automatic since 1981, but he had known the last three keepers, and he told me their stories so often that I can still recite
them. I am putting them down here before I forget.
`);
const eH1 = 'The first keeper';
const eS1 = paras(`
Ambrose Lenfell kept the light from 1932 to 1950. He was a quiet man who painted seabirds in watercolour and sold them to the
summer visitors. The story everyone in the village knows is the winter of 1947, when the supply boat could not land for six
weeks and he lived on porridge, tinned pilchards and rainwater.

My grandfather said that when the boat finally came, Lenfell asked the crew whether anything had happened in the world, and
then went back up the tower without waiting for an answer.
`);
const eH2 = 'The brothers';
const eS2 = paras(`
After Lenfell came the Corran brothers, Tobias and Eli, who shared the post for almost twenty years. They were famous for
arguing. Fishermen said you could hear them from the harbour on a still night, and that the light never once failed while
they were shouting at each other.

Eli kept a logbook of every ship that passed. It ran to eleven volumes and is now in the museum at Pollack Bay.
`);
const eH3 = 'The last keeper';
const eS3 = paras(`
The last keeper was a woman, Rosen Hale, who took over in 1970 when the brothers retired. She stayed until the light was
automated, and she was the one my grandfather knew best. She told him that the hardest part of the job was not the storms
but the silence after a storm, when she would wait to hear whether any boat had been lost.

She died in 2002. The cottage at the foot of the lighthouse is a holiday let now, but the visitors' book still has a page
where people write down the ships they see.
`);
const eNav = ['Home', 'Essays', 'Family History', 'Photographs', 'Links', 'Email Me'];
const eHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>The Lighthouse Keepers of Skerrow Point - Gwilym's Pages</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="lighthouse, Skerrow, keepers, family history, Cornwall">
<meta name="description" content="Stories of the keepers of the Skerrow Point light, as my grandfather told them.">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="images/header.jpg" width="760" height="110" alt="Gwilym's Pages"></td></tr>
<tr><td width="160" valign="top" bgcolor="#DDE6F0"><img src="images/spacer.gif" width="160" height="10"><br>
<font face="Verdana, Arial" size="2"><b>Navigation</b></font><ul>${links(eNav)}</ul>
<font face="Verdana" size="1">Last updated: 14 March 2004</font><br><br>
<font face="Verdana" size="1">You are visitor number</font><br><img src="/cgi-bin/counter.pl?page=keepers" alt="004512"><br><br>
<a href="/guestbook.html"><font face="Verdana" size="1">Sign my Guestbook!</font></a></td>
<td width="20"><img src="images/spacer.gif" width="20" height="1"></td>
<td width="580" valign="top"><font face="Georgia, Times New Roman" size="3">
<h1><font color="#003366">${eTitle}</font></h1>
<p><font size="2"><i>by Gwilym Treharne</i></font></p>
${ps(eS0)}
<table align="right" width="200" border="1" cellpadding="4"><tr><td><img src="images/skerrow.jpg" width="190" height="250" alt="Skerrow Point light"><br>
<font size="1">Skerrow Point in about 1960. Photo: my grandfather's album.</font></td></tr></table>
<h2>${eH1}</h2>
${ps(eS1)}
<h2>${eH2}</h2>
${ps(eS2)}
<h2>${eH3}</h2>
${ps(eS3)}
<p align="center"><a href="#top"><font size="1">Back to top</font></a> | <a href="essays.html"><font size="1">More essays</font></a></p>
</font></td></tr>
<tr><td colspan="3" align="center" bgcolor="#DDE6F0"><font face="Verdana" size="1">This site is a member of the
<a href="http://ring.example/cornish/">Cornish Coast Webring</a> [ <a href="http://ring.example/prev">Previous</a> |
<a href="http://ring.example/next">Next</a> | <a href="http://ring.example/random">Random</a> ]<br>
Best viewed at 800x600 in Internet Explorer 6. © 2001-2004 Gwilym Treharne. All rights reserved.</font></td></tr>
</table></body></html>`;
const essay: TestPage = {
  name: 'heldout294-table-layout-2000s-essay-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...eS0, ...eS1, ...eS2, ...eS3]),
  bylines: ['by Gwilym Treharne', 'Last updated: 14 March 2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Navigation', ...eNav, 'You are visitor number', 'Sign my Guestbook!', 'Skerrow Point in about 1960. Photo: my grandfather\'s album.',
    'Back to top', 'More essays', 'This site is a member of the Cornish Coast Webring', 'Previous', 'Next', 'Random',
    'Best viewed at 800x600 in Internet Explorer 6. © 2001-2004 Gwilym Treharne. All rights reserved.',
  ],
};

export const HELDOUT294_F: readonly TestPage[] = [org, essay];

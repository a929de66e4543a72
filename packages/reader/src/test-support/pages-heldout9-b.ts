import { wrap } from './heldout8-kit.js';
import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 9, file b (docs): a local history paper saved from Microsoft Word as a web page (mso styles,
 * MsoNormal paragraphs, `<o:p>`, header and footer sections, footnotes) and a tenants' survey report published
 * from Google Docs (generated c1/c5 classes, spans inside paragraphs, the publish banner).
 */
const ref = (n: number): string =>
  `<a style='mso-footnote-id:ftn${n}' href="#_ftn${n}" name="_ftnref${n}" title=""><span class=MsoFootnoteReference>` +
  `<span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>` +
  `<span lang=EN-GB style='font-size:11.0pt;line-height:107%'>[${n}]</span></span><![endif]></span></span></a>`;
const corn = [
  'Nine water mills are recorded on the Upper Tarran and its two feeder brooks between 1680 and 1914. Most were small ' +
    'corn mills serving a single manor, and several changed their trade more than once as prices and owners changed.',
  `The earliest firm evidence is the 1712 rental of the Tarran estate, which lists three mills at Coldharbour, Nettlebed and ` +
    `Sowe, each let with "the water and the fall thereof".${ref(1)} Nettlebed was already described as old, and its ` +
    'wheel pit, rebuilt at least twice, is probably medieval in origin.',
  'These mills were undershot wheels on short leats. None could grind for more than a few hours a day in a dry summer, ' +
    'and the rental allows the tenants of Sowe a reduced rent "in years of want of water", which suggests the problem was old.',
];
const fulling = [
  `In the 1740s two of the mills were converted to fulling, pounding woollen cloth with wooden stocks to thicken it. ` +
    `The change followed the clothier Samuel Brayne, who bought Coldharbour in 1743 and Sowe four years later.${ref(2)}`,
  'Fulling needed far more water than grinding corn, and the disputes that followed fill a thick bundle of letters in the ' +
    'estate papers. The miller at Nettlebed, downstream of both, complained in 1751 that he could grind only on Sundays, ' +
    'when the fulling stocks were still.',
  'Brayne’s answer was to build a storage pond above Coldharbour, which still survives as a reedy hollow beside the lane. ' +
    'It was large enough to run the stocks for a full working day and seems to have ended the complaints.',
];
const decline = [
  `The cloth trade left the valley after 1820, and by the 1851 census only three millers remain.${ref(3)} The last ` +
    'working mill, Nettlebed, stopped grinding in 1914 when its miller enlisted; it was never restarted.',
  'Three sites can still be seen from public paths:',
];
const sites = [
  'Coldharbour: the storage pond and the line of the leat along the lane.',
  'Nettlebed: the wheel pit and the lower courses of the mill house, now a garden wall.',
  'Sowe: the tail race, still carrying water, under the footbridge.',
];
const notes = [
  'County Record Office, D/TA/4/2, rental of the Tarran estate, 1712.',
  'D/TA/9/14, conveyance of Coldharbour mill to Samuel Brayne, 1743.',
  'Census of 1851, enumeration district 7, Upper Tarran parish.',
];
const mso = (text: string): string => wrap(`<p class=MsoNormal style='text-align:justify'><span lang=EN-GB>${text}<o:p></o:p></span></p>`, 76);
const blank = `<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>`;
const bullet = (text: string, n: number): string =>
  `<p class=MsoListParagraphCxSp${n === 0 ? 'First' : n === 2 ? 'Last' : 'Middle'} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>` +
  `<![if !supportLists]><span lang=EN-GB style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;` +
  `</span></span><![endif]><span lang=EN-GB>${text}<o:p></o:p></span></p>`;
const heading = (text: string, toc: number): string => `<h1><a name="_Toc1901${toc}"></a><span lang=EN-GB>${text}<o:p></o:p></span></h1>`;
const footnote = (text: string, n: number): string =>
  `<div style='mso-element:footnote' id=ftn${n}>\n<p class=MsoFootnoteText><a style='mso-footnote-id:ftn${n}' href="#_ftnref${n}" ` +
  `name="_ftn${n}" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>` +
  `<span class=MsoFootnoteReference><span lang=EN-GB style='font-size:10.0pt'>[${n}]</span></span><![endif]></span></span></a>` +
  `<span lang=EN-GB> ${text}<o:p></o:p></span></p>\n</div>`;
const wordHtml = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="Tarran%20mills%20v3_files/filelist.xml">
<title>The Mills of the Upper Tarran</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Margaret Eddowes</o:Author><o:LastAuthor>M Eddowes</o:LastAuthor>
<o:Revision>14</o:Revision><o:Words>1180</o:Words><o:Version>16.00</o:Version></o:DocumentProperties></xml><![endif]-->
<!--[if gte mso 9]><xml><w:WordDocument><w:TrackMoves>false</w:TrackMoves><w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
</w:WordDocument></xml><![endif]-->
<style><!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no;margin-top:0cm;margin-bottom:8.0pt;line-height:107%;font-size:11.0pt;
 font-family:"Calibri",sans-serif;mso-fareast-language:EN-US;}
h1 {mso-style-priority:9;mso-style-link:"Heading 1 Char";margin-top:12.0pt;font-size:16.0pt;color:#2F5496;font-weight:normal;}
p.MsoTitle {mso-style-priority:10;font-size:28.0pt;font-family:"Calibri Light",sans-serif;letter-spacing:-.5pt;}
p.MsoHeader, p.MsoFooter {mso-style-priority:99;tab-stops:center 225.65pt right 451.3pt;font-size:9.0pt;color:gray;}
@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;mso-header:h1;mso-footer:f1;mso-footnote-separator:fs;}
div.WordSection1 {page:WordSection1;}
/* List Definitions */ @list l0 {mso-list-id:1183520145;mso-list-type:hybrid;}
--></style>
<!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:"Table Normal";}</style><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>
<div class=WordSection1>
<div style='mso-element:header' id=h1>
<p class=MsoHeader><span lang=EN-GB>Upper Tarran Local History Society · Occasional Paper 7<o:p></o:p></span></p>
</div>
<p class=MsoTitle><span lang=EN-GB>The Mills of the Upper Tarran<o:p></o:p></span></p>
<p class=MsoSubtitle><span lang=EN-GB>A short history, 1680 to 1914<o:p></o:p></span></p>
<p class=MsoNormal align=center style='text-align:center'><i><span lang=EN-GB>Margaret Eddowes<o:p></o:p></span></i></p>
<p class=MsoNormal align=center style='text-align:center'><span lang=EN-GB>Revised draft, March 2025<o:p></o:p></span></p>
${blank}
${corn.map(mso).join('\n')}
${heading('The fulling mills', 21)}
${fulling.map(mso).join('\n')}
${heading('Decline and what survives', 22)}
${decline.map(mso).join('\n')}
${sites.map(bullet).join('\n')}
${blank}
<div style='mso-element:footer' id=f1>
<p class=MsoFooter><span lang=EN-GB>Draft for members, please do not cite<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp; </span>
Page <span style='mso-field-code:" PAGE "'>1</span><o:p></o:p></span></p>
</div>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>
<hr align=left size=1 width="33%">
<![endif]>
${notes.map((t, i) => footnote(t, i + 1)).join('\n')}
</div>
</body>
</html>`;
const word: TestPage = {
  html: wordHtml,
  name: 'heldout9-word-save-as-html',
  kind: 'docs',
  // hard calls: no <h1> for the title (Word's Title style is a p.MsoTitle); the subtitle is body (the paper's own
  // dek), the author and date lines are bylines; the running header and footer ("Occasional Paper 7", "Draft for
  // members", "Page 1") are furniture; the footnotes are body, the author's own notes to the text, and the "[1]"
  // markers stay in the paragraphs as the browser shows them; the first section has no heading
  title: 'The Mills of the Upper Tarran',
  headings: ['The fulling mills', 'Decline and what survives'],
  body: ['A short history, 1680 to 1914', ...texts(corn), ...texts(fulling), ...texts(decline), ...sites, ...notes],
  bylines: ['Margaret Eddowes', 'Revised draft, March 2025'],
  furniture: ['Upper Tarran Local History Society · Occasional Paper 7', 'Draft for members, please do not cite', 'Page 1'],
};

const asked = [
  '<span class="c0">Between 18 November and 15 December 2024, </span><span class="c0 c9">fourteen volunteers</span>' +
    '<span class="c0">&nbsp;knocked on every door in the four Northgate blocks. We spoke to someone in 212 of the 288 flats, ' +
    'and 197 households agreed to answer all of the questions.</span>',
  '<span class="c0">The survey was short on purpose: eight questions about heating, damp and repairs, taking about five ' +
    'minutes. Where nobody answered we left a paper copy and a freepost envelope; 23 more came back that way.</span>',
];
const found = [
  '<span class="c0">The headline is simple. </span><span class="c3">Six in ten households said their flat was too cold ' +
    'to live in comfortably on most winter days</span><span class="c0">, even with the heating on. In Carlow House, the ' +
    'block with the oldest windows, it was eight in ten.</span>',
  '<span class="c0">Cost was the reason most people gave for not using the heating more. Many told us the storage heaters ' +
    'charge overnight and are cold by the evening, so they buy electric fan heaters and run them at the daytime rate.</span>',
];
const problems = [
  '<span class="c0">Black mould in at least one room: 118 households</span>',
  '<span class="c0">Windows that do not close properly: 74 households</span>',
  '<span class="c0">Heaters reported broken and not yet fixed: 41 households</span>',
];
const repairs = [
  '<span class="c0">More than half of the people who had reported a fault said it had taken over a month to fix. ' +
    'Eleven households had been waiting since the previous winter. Several said they had stopped reporting faults because ' +
    'nothing happened.</span>',
];
const next = [
  '<span class="c0">We will present these results to the housing committee on 12 March and ask for three things: a survey ' +
    'of every flat for damp, a date for replacing the windows in Carlow House, and a repairs target of 14 days for heating faults.</span>',
  '<span class="c0">If you want to help, come to the next open meeting on </span><span class="c3">Thursday 20 February at ' +
    '7 p.m.</span><span class="c0">&nbsp;in the community room, or read the full figures in the </span><span class="c4">' +
    '<a class="c8" href="https://www.google.com/url?q=https://northgatetenants.example/survey-2024&amp;sa=D&amp;ust=17385">' +
    'survey spreadsheet</a></span><span class="c0">.</span>',
];
const li = (t: string): string => `<li class="c2 c6 li-bullet-0">${t}</li>`;
const p = (cls: string) => (t: string) => `<p class="${cls}">${t}</p>`;
const gdocHtml = `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Heating survey results (public)</title>
<meta property="og:title" content="Heating survey results (public)"><meta property="og:type" content="article">
<link href="/static/document/client/css/3119101123-published_document_css_ltr.css" type="text/css" rel="stylesheet">
<style type="text/css" nonce="x8Hq3">body{margin:0}#banners{position:sticky;top:0}#contents{max-width:800px}</style></head>
<body>
<div id="banners"><div id="publish-banner"><div id="publish-banner-buttons">
<div class="publish-banner-button"><a href="https://docs.google.com/abuse?id=1qT4r-Hx9W" class="goog-inline-block">Report abuse</a></div>
<div class="publish-banner-button"><a href="//support.google.com/docs/answer/183965" class="goog-inline-block">Learn more</a></div></div>
<div id="publish-banner-text-container"><div id="publish-banner-text"><span class="publish-banner-text-prefix">Published using </span>
<a href="https://www.google.com/docs/about/" class="publish-banner-link">Google Docs</a></div></div></div></div>
<div id="header"><div id="title">Heating survey results (public)</div>
<div id="interval"><span>Updated automatically every 5 minutes</span></div></div>
<div id="contents"><style type="text/css">ul.lst-kix_r2w8-0{list-style-type:none}.lst-kix_r2w8-0>li:before{content:"\\0025cf   "}
.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c3{font-weight:700}.c9{font-style:italic}
.c5{padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid}.c8{color:#1155cc;text-decoration:underline}
.c11{font-size:9pt;color:#666666}.c12{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c13{height:11pt}
.title{padding-top:0pt;font-size:26pt;padding-bottom:3pt}.subtitle{padding-top:0pt;color:#666666;font-size:15pt}</style>
<div class="doc-content c12"><div><p class="c2 c10"><span class="c11">Northgate Tenants’ Association · Working document</span></p></div>
<p class="c2 title" id="h.5x8q1dk"><span class="c7">Heating Survey: What Tenants Told Us</span></p>
<p class="c2 subtitle" id="h.9b0p2cw"><span class="c0">Results of the winter 2024 door-to-door survey</span></p>
<p class="c2"><span class="c0 c9">Prepared by the survey working group, 3 February 2025</span></p>
<p class="c2 c13"><span class="c0"></span></p>
<h1 class="c5" id="h.t3m1a8"><span class="c1">Who we asked</span></h1>
${asked.map(p('c2')).join('\n')}
<h1 class="c5" id="h.e0n4v2"><span class="c1">What we found</span></h1>
${found.map(p('c2')).join('\n')}
<p class="c2"><span class="c0">Other problems came up again and again:</span></p>
<ul class="c6 lst-kix_r2w8-0 start">${problems.map(li).join('')}</ul>
<h2 class="c5" id="h.k7q9s0"><span class="c1">Repairs</span></h2>
${repairs.map(p('c2')).join('\n')}
<h1 class="c5" id="h.u2r6w1"><span class="c1">What happens next</span></h1>
${next.map(p('c2')).join('\n')}
<p class="c2 c13"><span class="c0"></span></p>
</div></div>
<div id="footer"></div>
<script nonce="x8Hq3">window.jstiming={load:{tick:function(){}}};DOCS_timing={sl:new Date().getTime()};</script>
</body></html>`;
const gdoc: TestPage = {
  html: gdocHtml,
  name: 'heldout9-google-docs-published',
  kind: 'docs',
  // hard calls: the title is the Title-styled paragraph, not the file name in the page header ("Heating survey results
  // (public)", furniture like the publish banner and "Updated automatically every 5 minutes"); the subtitle and the
  // list lead-in are body; "Prepared by ..." is the byline; the document's own page header line is furniture
  title: 'Heating Survey: What Tenants Told Us',
  headings: ['Who we asked', 'What we found', 'Repairs', 'What happens next'],
  body: [
    'Results of the winter 2024 door-to-door survey',
    ...texts(asked),
    ...texts(found),
    'Other problems came up again and again:',
    ...texts(problems),
    ...texts(repairs),
    ...texts(next),
  ],
  bylines: ['Prepared by the survey working group, 3 February 2025'],
  furniture: [
    'Report abuse',
    'Learn more',
    'Published using Google Docs',
    'Heating survey results (public)',
    'Updated automatically every 5 minutes',
    'Northgate Tenants’ Association · Working document',
  ],
};

export const HELDOUT9_B: readonly TestPage[] = [word, gdoc];

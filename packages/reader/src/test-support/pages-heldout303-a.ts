import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout303-kit.js';

/**
 * Held-out batch 303, file a: a Google Docs "Publish to the web" page (published banner, doc-name header, inline
 * kix style sheet, c-class spans, a table, "Published using Google Docs" footer with Report abuse / Learn more) and a
 * Microsoft Word "Save as Web Page" file (mso namespaces, o:DocumentProperties, conditional comments around list
 * bullets, MsoCaption, a comment list and a footnote list).
 */
const gTitle = 'Riverbend Allotment Society: Plot Holder Handbook 2026';
const gIntro = [
  j(
    'Welcome to Riverbend. This handbook is for everyone who holds a plot on the Mill Lane site, whether you joined last week',
    'or have been digging here since the old pump house was still standing. Please read it once in full and keep it somewhere handy.',
  ),
  j(
    'The committee revises it every winter. Changes for this season are marked in the text and were agreed at the general',
    'meeting in January, where forty-one members voted.',
  ),
];
const gH = ['Keeping your plot in cultivation', 'Water, hoses and the troughs', 'Bonfires and green waste', 'Fees for the season'];
const gCult = [
  j(
    'At least three quarters of every plot should be under cultivation from the start of May to the end of September. Fallow',
    'ground under a cover crop or a weed membrane counts, provided it is clearly being prepared for planting.',
  ),
  j(
    'The site secretary walks the plots on the first Saturday of each month. If a plot looks neglected you will get a friendly',
    'note first, then a letter giving you twenty-eight days, and only after that will the committee consider offering it to the waiting list.',
  ),
];
const gWater = [
  'Water is metered and paid for by all of us, so we ask everyone to follow a few simple rules:',
  'Fill cans from the troughs rather than running hoses straight onto beds.',
  'Hoses may be used only before 9 am and after 6 pm, and never with a sprinkler left unattended.',
  'Report any leaking tap or trough to the site secretary the same day.',
  'The mains is turned off from November to March to stop the pipes freezing.',
];
const gFire = [
  j(
    'New this season: bonfires are no longer allowed on individual plots. Several neighbours on Weir Road complained about smoke',
    'last autumn and the council has asked us to stop.',
  ),
  j(
    'Instead, woody waste can go in the chipping bay by the north gate, and the society hires a chipper twice a year. Soft green',
    'waste belongs in your own compost bays, and diseased material such as blighted potato haulm should be bagged and taken home.',
  ),
];
const gFeesIntro = ['Fees are due by 31 March. You can pay by bank transfer or in cash at the Saturday shop.'];
const gFees = [
  ['Full plot (250 square metres)', '£68'],
  ['Half plot', '£38'],
  ['Raised bed by the shed', '£15'],
  ['Key deposit, refundable', '£10'],
];
const gEnd = [
  j(
    'Concessions of half the plot fee are available to members over seventy and to anyone receiving a means-tested benefit.',
    'Speak to the treasurer in confidence; nobody else on the committee needs to know.',
  ),
];
const gp = (t: string): string => `<p class="c2"><span class="c0">${t}</span></p>`;
const gBody = [...gIntro, ...gCult, ...gWater, ...gFire, ...gFeesIntro, ...gFees.flat(), ...gEnd];
const gHtml = `<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta name="referrer" content="strict-origin-when-cross-origin">
<title>Plot handbook 2026 (published)</title><link href="https://ssl.gstatic.example/docs/documents/images/kix-favicon-2023q4.ico" rel="icon">
<meta property="og:title" content="Plot handbook 2026 (published)"><meta property="og:type" content="article">
<meta property="og:site_name" content="Google Docs"><meta name="robots" content="noindex">
<script nonce="pQ2x8">window.DOCS_timing={};DOCS_timing['pls']=new Date().getTime();</script>
<link href="/static/document/client/css/3348226614-published_view_css_ltr.css" type="text/css" rel="stylesheet">
<script nonce="pQ2x8">_docs_flag_initialData={"docs-pid":"2x9","docs-fwds":"docs_sdf","docs-doddn":""};</script></head>
<body><div id="banners"><div id="publish-banner"><div id="publish-banner-content"><span id="publish-banner-text">Published using Google Docs</span>
<div id="publish-banner-buttons"><a href="https://docs.google.example/abuse?id=1Rb" id="report-abuse" target="_blank">Report abuse</a>
<a href="https://support.google.example/docs/answer/183965" target="_blank">Learn more</a></div></div></div></div>
<div id="header"><div id="title">Plot handbook 2026 (published)</div><div id="interval"><span>Updated automatically every 5 minutes</span></div></div>
<div id="contents"><style type="text/css">@import url(https://themes.googleusercontent.example/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLU);
.lst-kix_w8n1-0>li:before{content:"\\0025cf   "}ol{margin:0;padding:0}table td,table th{padding:0}
.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c3{max-width:451.4pt;padding:72pt 72pt 72pt 72pt}
.c6{margin-left:36pt;padding-left:0pt}.title{padding-top:0pt;color:#000000;font-size:26pt}h1{padding-top:20pt;font-size:20pt}</style>
<div class="doc-content c3"><h1 class="c7" id="h.3zq9w1r1"><span class="c8">${gTitle}</span></h1>
<p class="c2"><span class="c5 c9">Prepared by the committee · Revised 18 January 2026</span></p>
${gIntro.map(gp).join('\n')}
<h2 class="c1" id="h.k2cxm"><span class="c4">${gH[0]}</span></h2>
${gCult.map(gp).join('\n')}
<h2 class="c1" id="h.p9r0w"><span class="c4">${gH[1]}</span></h2>
${gp(gWater[0] ?? '')}
<ul class="c10 lst-kix_w8n1-0 start">${gWater
  .slice(1)
  .map((t) => `<li class="c2 c6 li-bullet-0"><span class="c0">${t}</span></li>`)
  .join('\n')}</ul>
<p class="c2 c11"><span class="c0"></span></p>
<p class="c2"><span style="overflow: hidden; display: inline-block; margin: 0px 0px; width: 601.70px; height: 246.67px;">
<img alt="" src="https://lh7-rt.googleusercontent.example/docsz/AD_4nXe9troughs" style="width: 601.70px; height: 246.67px;" title=""></span></p>
<p class="c2 c12"><span class="c13">The new troughs by the shed, fitted in February. Photo: Harriet Moss</span></p>
<h2 class="c1" id="h.bn7x1"><span class="c4">${gH[2]}</span></h2>
${gFire.map(gp).join('\n')}
<h2 class="c1" id="h.f33ke"><span class="c4">${gH[3]}</span></h2>
${gFeesIntro.map(gp).join('\n')}
<table class="c14"><tr class="c15"><td class="c16" colspan="1" rowspan="1"><p class="c2"><span class="c17">Plot type</span></p></td>
<td class="c16" colspan="1" rowspan="1"><p class="c2"><span class="c17">Fee for 2026</span></p></td></tr>
${gFees
  .map(
    ([a, b]) => `<tr class="c15"><td class="c16" colspan="1" rowspan="1"><p class="c2"><span class="c0">${a}</span></p></td>
<td class="c16" colspan="1" rowspan="1"><p class="c2"><span class="c0">${b}</span></p></td></tr>`,
  )
  .join('\n')}</table>
${gEnd.map(gp).join('\n')}
<p class="c2 c11"><span class="c0"></span></p><p class="c2"><span class="c5">Questions? Email the site secretary at
secretary@riverbend-allotments.example</span></p></div></div>
<div id="footer"><div id="footer-left"><a href="https://docs.google.example/" target="_blank">Published by Google Docs</a></div>
<div id="footer-right">–<a href="https://docs.google.example/abuse?id=1Rb">Report abuse</a>–
<span id="footer-interval">Updated automatically every 5 minutes</span></div></div>
<script nonce="pQ2x8">(function(){var b=document.getElementById('banners');window.addEventListener('scroll',function(){b.className='';});})();</script>
</body></html>`;
const gDocs: TestPage = {
  name: 'heldout303-google-docs-published-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts(gBody),
  bylines: ['Prepared by the committee · Revised 18 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Published using Google Docs', 'Report abuse', 'Learn more', 'Plot handbook 2026 (published)', 'Updated automatically every 5 minutes',
    'The new troughs by the shed, fitted in February. Photo: Harriet Moss',
    'Questions? Email the site secretary at secretary@riverbend-allotments.example', 'Published by Google Docs',
  ],
};

const wTitle = 'Review of the Winter Lending Scheme at Saltmarsh Community Library';
const wH = ['Summary', 'What we lent', 'What borrowers told us', 'Recommendations'];
const wSum = [
  j(
    'Between November and February the library lent out household items as well as books for the first time. This note sets out',
    'what was borrowed, what went wrong, and what the volunteers recommend for next winter.',
  ),
  j(
    'In short, the scheme was busier than we expected, cost less than budgeted, and was valued most by people who had recently',
    'moved to the town and did not yet own the basics.',
  ),
];
const wLent = [
  j(
    'We started with sixty items donated by members and bought a further twenty with the small grant from the parish council.',
    'Items were catalogued in the same system as books and could be borrowed for two weeks on an ordinary library card.',
  ),
  j(
    'Demand was uneven. Heaters and slow cookers had waiting lists from the first cold week in December, while the carpet cleaner',
    'sat on the shelf until January. Board games were borrowed mostly by families over the Christmas holidays.',
  ),
];
const wRows = [
  ['Slow cookers', '9', '71'],
  ['Electric heaters', '12', '64'],
  ['Carpet cleaner', '2', '23'],
  ['Sewing machines', '4', '19'],
  ['Board games', '15', '88'],
];
const wHeaders = ['Item', 'Number held', 'Loans'];
const wTold = [
  j(
    'We asked every borrower to fill in a short card when returning an item. Ninety-three cards came back. Most comments were',
    'practical: instructions were missing, a plug was loose, or the two-week period was too short for heaters during the cold spell.',
  ),
  'One borrower wrote: “I could not have afforded a heater this year, and nobody made me feel like a charity case.”',
  j('Several people said they came in for a slow cooker and left with a library card and three novels, which was rather the point.'),
];
const wRec = [
  'Keep the scheme running from October to March and extend heater loans to three weeks.',
  'Laminate a one-page instruction sheet for every item and tape it inside the box.',
  'Ask the repair café to check electrical items each month rather than only when they come back faulty.',
  'Do not add large garden tools; we do not have the storage and the insurer was unenthusiastic.',
];
const wp = (t: string): string => `<p class=MsoNormal>${t}<o:p></o:p></p>`;
const wli = (t: string, n: number): string => `<p class=MsoListParagraphCxSp${n === 0 ? 'First' : 'Middle'}
style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${t}<o:p>
</o:p></p>`;
const wTh = (h: string): string => `<td width=200 valign=top><p class=MsoNormal><b>${h}<o:p></o:p></b></p></td>`;
const wHtml = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15"><link rel=File-List href="Winter_review_files/filelist.xml">
<title>Winter lending review</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Ottilie Brandvold</o:Author><o:LastAuthor>Ottilie Brandvold</o:LastAuthor>
<o:Revision>7</o:Revision><o:TotalTime>212</o:TotalTime><o:Created>2026-03-02T10:11:00Z</o:Created><o:Pages>2</o:Pages><o:Words>743</o:Words>
<o:Company>Saltmarsh Community Library</o:Company><o:Version>16.00</o:Version></o:DocumentProperties></xml><![endif]-->
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>110</w:Zoom><w:TrackMoves>false</w:TrackMoves></w:WordDocument></xml><![endif]-->
<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no;mso-style-qformat:yes;margin-top:0cm;
margin-bottom:8.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
h1 {mso-style-link:"Heading 1 Char";font-size:16.0pt;color:#2F5496;} p.MsoCaption {font-size:9.0pt;color:#44546A;font-style:italic;}
@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;mso-header-margin:35.4pt;mso-footer-margin:35.4pt;}
div.WordSection1 {page:WordSection1;} --></style><!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:"Table Normal";}</style><![endif]-->
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026"/></xml><![endif]--></head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'><div class=WordSection1>
<p class=MsoHeader align=right style='text-align:right'><span style='font-size:9.0pt;color:gray'>Saltmarsh Community Library · Internal paper 2026/04<o:p>
</o:p></span></p>
<h1>${wTitle}<o:p></o:p></h1>
<p class=MsoSubtitle>Prepared by Ottilie Brandvold, volunteer coordinator<o:p></o:p></p>
<p class=MsoSubtitle>12 March 2026<o:p></o:p></p>
<h2>${wH[0]}<o:p></o:p></h2>
${wSum.map(wp).join('\n')}
<h2>${wH[1]}<o:p></o:p></h2>
${wLent.map(wp).join('\n')}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>${wHeaders.map(wTh).join('')}</tr>
${wRows.map((r) => `<tr>${r.map((c) => `<td width=200 valign=top><p class=MsoNormal>${c}<o:p></o:p></p></td>`).join('')}</tr>`).join('\n')}
</table>
<p class=MsoCaption>Table 1: Items held and loans made, November 2025 to February 2026<o:p></o:p></p>
<h2>${wH[2]}<o:p></o:p></h2>
${wTold.map(wp).join('\n')}
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75" style='width:300pt;height:180pt'>
<v:imagedata src="Winter_review_files/image001.jpg" o:title=""/></v:shape><![endif]--><![if !vml]><img width=400 height=240
src="Winter_review_files/image002.jpg" v:shapes="Picture_x0020_1"><![endif]><o:p></o:p></p>
<p class=MsoCaption>Figure 1: The lending shelf in the old reading room<o:p></o:p></p>
<h2>${wH[3]}<o:p></o:p></h2>
${wRec.map(wli).join('\n')}
<p class=MsoNormal>Approved for circulation to the trustees.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span
class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a><o:p></o:p></p></div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1"><span
class=MsoFootnoteReference>[1]</span></a> Trustees meeting of 19 March 2026, item 6.<o:p></o:p></p></div></div>
<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt><span style='mso-comment-author:"Rafe Colquhoun"'></span>
<p class=MsoCommentText>RC: Can we say how many new members joined because of this? I think it was about thirty.<o:p></o:p></p></div><![endif]></div></div>
</body></html>`;
const word: TestPage = {
  name: 'heldout303-ms-word-web-page-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wSum, ...wLent, ...wRows.flat(), ...wTold, ...wRec, 'Approved for circulation to the trustees.']),
  bylines: ['Prepared by Ottilie Brandvold, volunteer coordinator', '12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Community Library · Internal paper 2026/04',
    'Table 1: Items held and loans made, November 2025 to February 2026', 'Figure 1: The lending shelf in the old reading room',
    'Trustees meeting of 19 March 2026, item 6.', 'RC: Can we say how many new members joined because of this? I think it was about thirty.',
  ],
};

export const HELDOUT303_A: readonly TestPage[] = [gDocs, word];

import { type TestPage, texts } from './page-kit.js';
import { confluencePage } from './pages-heldout39-a2.js';

/**
 * Held-out batch 39, file a: a Google Docs document published to the web (docs.google.com/document/d/e/…/pub: the
 * "Published using Google Docs" banner with "Report abuse" and "Learn more", the document-name bar, the exported body with
 * its c1…c20 class soup and its own style block, empty spacer paragraphs, the Title and Subtitle paragraph styles, an italic
 * author line, Heading 1 sections, a bulleted and a numbered list, google.com/url redirect links, two footnotes after an
 * hr, the "Updated automatically every 5 minutes" footer and the page's inline scripts).
 */
const gdName = 'Hollybank Orchard Volunteer Handbook';
const gdSub = 'How we work together in the orchard, from winter pruning to the autumn apple share';
const gdBy = 'Prepared by Ruth Okafor for the steering group · last revised 9 February 2026';
const gdUrl = (u: string) => `https://www.google.com/url?q=${u}&amp;sa=D&amp;source=editors&amp;ust=1771402265118402&amp;usg=AOvVaw2kQ9mXr1sFj0hLz7YtPb3c`;
const gdIntro = [
  'Welcome to Hollybank Community Orchard. We are a group of about sixty neighbours who look after 140 fruit trees on the old ' +
    'railway sidings behind Hollybank Road. Nobody here is an expert when they start, and nobody is paid. This handbook explains ' +
    'how the orchard runs, so that new volunteers can find their feet quickly and old hands can check what we agreed.',
  'If something in here is out of date, please tell a steering group member or write to us at the orchard address rather than ' +
    'asking for edit access to this copy.',
];
const gdH1 = 'Work mornings';
const gdWork = [
  'Work mornings run on the first and third Saturday of every month from 9:30 to 12:30. You do not need to book, but it helps ' +
    `if you add your name to the <a class="c6" href="${gdUrl('https://hollybankorchard.example/rota')}">rota sheet</a> so we know ` +
    'how many flasks of tea to bring. Each morning has a lead volunteer who explains the tasks and pairs newcomers with someone ' +
    'who has done them before.',
  'Typical jobs change with the seasons:',
];
const gdSeasons = [
  'January and February: formative pruning of the young trees and mulching around the trunks.',
  'March to May: checking tree ties and stakes, planting wildflower plugs and mowing the paths.',
  'June to August: summer pruning of the trained trees, thinning heavy crops and watering the newest plantings.',
  'September and October: picking, sorting and pressing.',
  'November and December: planting bare-root trees and mending the fences.',
];
const gdH2 = 'Tools and safety';
const gdTools = [
  'The tool store is the green container by the north gate. The padlock code changes every season and is sent to volunteers by ' +
    'email; please do not write it down anywhere on site. Loppers, pruning saws and the long-arm pruner are signed out in the ' +
    'book on the back of the door and cleaned before they go back.',
  'Ladders are only used when two people are present, one to climb and one to foot the ladder. We use three-legged orchard ' +
    'ladders, which are steadier on rough ground than ordinary stepladders but take some getting used to, so ask the lead ' +
    'volunteer for a short demonstration before your first climb.',
  'Please follow these rules on every visit:',
];
const gdRules = [
  'Wear gloves and sturdy boots; we can lend gloves if you forget.',
  'Keep children under twelve away from the ladders and the cider press.',
  'Record any injury, however small, in the accident book in the tool store.',
  'Lock the gate behind you, even if others are still inside.',
];
const gdH3 = 'The apple share';
const gdShare = [
  'Everything we grow is shared. Volunteers who come to at least four work mornings in a year can take fruit home during the ' +
    'harvest weeks, and a third of the crop goes to the Hollybank Road food pantry. Windfalls are pressed for juice at the ' +
    'October open day, where the bottles are sold to pay for new trees and stakes.',
  'In 2025 we picked just over two tonnes of fruit, our best year so far, and pressed 640 bottles of juice. The steering group ' +
    'would like to plant another twenty trees this winter, which means we will need more hands at the January pruning sessions.',
];
const gdNotes = [
  'This follows the insurer’s guidance for community growing groups, a printed copy of which is kept in the blue folder in the tool store.',
  'Figures from the harvest log kept by Dev Mistry, our harvest coordinator.',
];
const gdSpacer = '<p class="c2 c5"><span class="c1"></span></p>';
const gdHtml = `<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="referrer" content="strict-origin-when-cross-origin"><title>${gdName}</title>
<meta property="og:title" content="${gdName}"><meta property="og:type" content="article"><meta property="og:site_name" content="Google Docs">
<meta property="og:url" content="https://docs.google.com/document/d/e/2PACX-1vQx7Rk2LmN8pVb0aZ3yT5uHgW1eS6dC4fJ9kP0oI2qE/pub">
<meta name="google" content="notranslate"><link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico">
<link href="/static/document/client/css/3164405079-published_document_css_ltr.css" type="text/css" rel="stylesheet" nonce="a8Xq1ZpB0e3">
<script nonce="a8Xq1ZpB0e3">window.DOCS_timing={};DOCS_timing['pls']=new Date().getTime();</script></head>
<body><div id="banners"><div id="publish-banner"><div id="publish-banner-icon"></div>Published using Google Docs</div>
<div id="title-banner"><div id="title-banner-text">${gdName}</div></div>
<div class="banner-button-container"><a href="https://docs.google.com/abuse?id=e/2PACX-1vQx7Rk2LmN8pVb0aZ3yT5uHgW1eS6dC4fJ9kP0oI2qE" id="report-abuse"
target="_blank" rel="noopener">Report abuse</a><a href="https://support.google.com/docs/answer/183965" id="learn-more" target="_blank">Learn more</a>
</div></div><div id="title" class="docs-ml-header-item"><div id="title-title">${gdName}</div></div>
<div id="contents"><style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFyxZz4S2vvW);
.lst-kix_8xq2v1m0d3bf-0>li:before{content:"\\0025cf   "}ul.lst-kix_8xq2v1m0d3bf-0{list-style-type:none}
ol.lst-kix_r4d9w0ue1s7a-0{list-style-type:none}.lst-kix_r4d9w0ue1s7a-0>li{counter-increment:lst-ctn-kix_r4d9w0ue1s7a-0}
.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c5{height:11pt}
.c6{color:#1155cc;text-decoration:underline}.c8{font-style:italic;color:#666666}.c12{font-size:26pt}.c14{font-size:10pt}
.doc-content{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}.title{padding-top:0pt;font-size:26pt;padding-bottom:3pt}
.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt}h1{padding-top:20pt;font-size:20pt;padding-bottom:6pt}</style>
<div class="doc-content"><p class="c2 title" id="h.gjdgxs"><span class="c1 c12">${gdName}</span></p>
<p class="c2 subtitle" id="h.30j0zll"><span class="c1">${gdSub}</span></p>
<p class="c2"><span class="c1 c8">${gdBy}</span></p>${gdSpacer}
${gdIntro.map((p) => `<p class="c2"><span class="c1">${p}</span></p>`).join('\n')}
${gdSpacer}<h1 class="c2 c9" id="h.1fob9te"><span class="c1">${gdH1}</span></h1>
${gdWork.map((p) => `<p class="c2"><span class="c1">${p}</span></p>`).join('\n')}
<ul class="c0 lst-kix_8xq2v1m0d3bf-0 start">${gdSeasons.map((t) => `<li class="c2 c4 li-bullet-0"><span class="c1">${t}</span></li>`).join('')}</ul>
${gdSpacer}<h1 class="c2 c9" id="h.3znysh7"><span class="c1">${gdH2}</span></h1>
<p class="c2"><span class="c1">${gdTools[0]}</span></p>
<p class="c2"><span class="c1">${gdTools[1]}</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
<p class="c2"><span class="c1">${gdTools[2]}</span></p>
<ol class="c0 lst-kix_r4d9w0ue1s7a-0 start" start="1">${gdRules.map((t) => `<li class="c2 c4 li-bullet-0"><span class="c1">${t}</span></li>`).join('')}</ol>
${gdSpacer}<h1 class="c2 c9" id="h.2et92p0"><span class="c1">${gdH3}</span></h1>
<p class="c2"><span class="c1">${gdShare[0]}</span></p>
<p class="c2"><span class="c1">${gdShare[1]}</span><sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup></p>${gdSpacer}
<hr class="c15"><div><p class="c2 c13"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c1 c14">&nbsp;${gdNotes[0]}</span></p></div>
<div><p class="c2 c13"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c1 c14">&nbsp;${gdNotes[1]}</span></p></div></div></div>
<div id="footer"><div id="footer-title">${gdName}</div><div id="interval"><span>Updated automatically every 5 minutes</span></div></div>
<script nonce="a8Xq1ZpB0e3">function showFooter(){document.getElementById('footer').style.display='block'}
window.addEventListener('load',function(){setTimeout(showFooter,500);DOCS_timing['pl']=new Date().getTime();});</script>
<script type="text/javascript" src="/static/document/client/js/2381749231-published_document_js_bin.js" nonce="a8Xq1ZpB0e3"></script></body></html>`;
const googleDoc: TestPage = {
  html: gdHtml,
  name: 'heldout39-google-docs-published',
  kind: 'docs',
  // the document itself is the article: its Title-style paragraph is the title (the same name in the banner, the name bar and
  // the footer repeats the title: in neither list), the Subtitle paragraph is body (the document's dek), the three Heading 1
  // sections are the headings, their paragraphs and both lists are body; the italic "Prepared by … last revised …" line is the
  // document's author and date line: a byline, though it is typed into the document; the two footnotes are the author's own
  // text: body, their "[1]" "[2]" marks in neither (as citation marks); the publish banner, "Report abuse", "Learn more" and
  // the update-interval footer are Google's furniture
  title: gdName,
  headings: [gdH1, gdH2, gdH3],
  body: [gdSub, ...texts(gdIntro), ...texts(gdWork), ...gdSeasons, ...gdTools, ...gdRules, ...gdShare, ...gdNotes],
  bylines: [gdBy],
  furniture: ['Published using Google Docs', 'Report abuse', 'Learn more', 'Updated automatically every 5 minutes'],
};

export const HELDOUT39_A: readonly TestPage[] = [googleDoc, confluencePage];

import { type TestPage, texts } from './page-kit.js';
import { document360 } from './pages-heldout273-f2.js';
import { j, lis } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file f: an Outline wiki share page (styled-components class names, the shared collection's document
 * tree in the sidebar with the team name and "Powered by Outline", the header with breadcrumb and "Last updated" line, a
 * notice block, the contents outline, backlinks) and, from file f2, a Document360 knowledge base article.
 */
const oTitle = 'Onboarding for new volunteers';
const oIntro = [
  j(
    'Welcome to the Kestrel Cooperative. This page is the first thing we send to new volunteers, and it covers what happens in your',
    'first month: who to ask, which shifts to pick, and what we expect from each other.',
  ),
];
const oH = ['Your first week', 'Choosing shifts', 'How we make decisions'];
const oS1 = [
  j(
    'Your buddy will contact you within two days of signing up. Buddies are long-standing members who answer questions, show you round',
    'the warehouse and sit with you through your first shift at the counter.',
  ),
];
const oS1List = [
  'Read the safety sheet and sign it on your first visit.',
  'Join the volunteers chat group; your buddy will add you.',
  'Pick up your key fob from the office on a weekday between ten and four.',
];
const oNotice = 'Please do not lift sacks heavier than 15 kg alone, even if you have seen others do it. Ask for the trolley.';
const oS2 = [
  j(
    'We ask every volunteer for at least two shifts a month. Morning shifts are mostly unpacking deliveries and restocking shelves;',
    'afternoon shifts are at the counter and the till. Saturday shifts are the busiest and need the most people.',
  ),
  'Shifts are booked on the rota board. Swap freely with others, but post the swap in the chat so the shift lead knows who is coming.',
];
const oS3 = [
  j(
    'Decisions that affect everyone, such as prices, opening hours or new suppliers, are taken at the monthly members meeting. Any',
    'member can put an item on the agenda up to a week before.',
  ),
  j(
    'Smaller questions are settled by the working group that owns them. The groups are listed on the noticeboard and in the handbook,',
    'and new volunteers are welcome to join one after their first month.',
  ),
];
const oQuote = 'We would rather decide slowly together than quickly alone.';
const oTree = ['Start here', 'Volunteer onboarding', 'Safety sheet', 'Rota and shifts', 'Working groups', 'Suppliers', 'Meeting notes'];
const oBacklinks = ['Safety sheet', 'Buddy guide'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${oTitle}</title><meta name="description" content="Welcome to the Kestrel Cooperative."><meta name="robots" content="noindex">
<meta name="theme-color" content="#FFF"><link rel="manifest" href="/static/manifest.webmanifest"><link rel="canonical"
href="https://wiki.kestrel.example/s/volunteers/doc/onboarding-Qd2pX1">
<script>window.env={"URL":"https://wiki.kestrel.example","SHARE_ID":"volunteers"};</script><style data-styled="active" data-styled-version="5.3.11">
.sc-fnGiBr{display:flex}.sc-kpAHqd{font-size:14px}</style></head>
<body><div id="root"><div class="sc-dcJsrY sc-gFqAkR dWvPtD kLxCUy"><a href="#content" class="sc-iGgWBj bVNyTz">Skip navigation</a>
<div class="sc-fnGiBr sc-jHkVzv kdXvqz frrqog" id="sidebar"><div class="sc-dAbbOL cVBkGr"><a href="/s/volunteers" class="sc-jEACwC dKTfcB"><div
class="sc-cfxfcM gnLnRh"><span class="sc-bmzYkS gbvPUd">Kestrel Co-op Wiki</span></div></a><div class="sc-kpAHqd gEqQbJ"><button class="sc-ksBlkl dHgsmw"
aria-label="Search">Search</button></div><div class="sc-guDLey jDXSgE"><nav class="sc-dhKdcB kvUcTq">
${oTree
  .map(
    (t, i) => `<div class="sc-jsJBEP dKsnWv"><a href="/s/volunteers/doc/${t.length}"
class="sc-eDPEul ${i === 1 ? 'active' : ''}">${t}</a></div>`,
  )
  .join('\n')}
</nav></div><a href="https://www.getoutline.com?ref=sharebadge" class="sc-hHOBiw gqhIka"><span class="sc-kFCroH fCPbTD">Powered by
Outline</span></a></div></div>
<div class="sc-kOPcWz eobvfJ" id="content"><header class="sc-gtLWhw iBbGLj"><div class="sc-dsLQwm gfiyXp"><nav class="sc-hknOHE bxDyIa"><a
href="/s/volunteers">Kestrel
Co-op Wiki</a><span class="sc-uVWWZ">/</span><span>Getting started</span></nav></div><div class="sc-ePDLzJ"><button class="sc-hcevGk" aria-label="Table of
contents"></button><button class="sc-hcevGk" aria-label="Download">Download</button></div></header>
<div class="sc-fPXMVe cnmhKZ"><div class="sc-hTUWRQ fShILC"><div class="sc-jXbUNg ivqcBC"><h1 class="sc-dLMFU sc-eXzmLu cDgYKr" dir="auto">${oTitle}</h1>
<div class="sc-bVVIoq iKPcGH"><span class="sc-gFAWRd">Last updated 3 weeks ago by Maren Holt</span></div></div>
<div class="sc-dtBdUo ProseMirror" dir="auto" translate="no" contenteditable="false">
${oIntro.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 dir="auto" id="h-your-first-week" class="heading-name"><a class="heading-anchor" href="#h-your-first-week"></a>${oH[0]}</h2>
${oS1.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<ul class="checkbox_list">${lis(oS1List, 'checkbox_item')}</ul>
<div class="notice-block warning"><div class="icon"></div><div class="content"><p dir="auto">${oNotice}</p></div></div>
<h2 dir="auto" id="h-choosing-shifts" class="heading-name"><a class="heading-anchor" href="#h-choosing-shifts"></a>${oH[1]}</h2>
${oS2.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 dir="auto" id="h-how-we-make-decisions" class="heading-name"><a class="heading-anchor" href="#h-how-we-make-decisions"></a>${oH[2]}</h2>
${oS3.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<blockquote><p dir="auto">${oQuote}</p></blockquote>
</div>
<div class="sc-bXCLTC jRmMeA"><div class="sc-dkmUuB">Backlinks</div>${oBacklinks
  .map(
    (b) => `<a href="/s/volunteers/doc/${b.length}"
class="sc-eldPxv">${b}</a>`,
  )
  .join('')}
</div></div>
<aside class="sc-iHbSHJ gVYLUg"><div class="sc-fThUAz">Contents</div><ol class="sc-gmPhUn">${oH
  .map(
    (h) => `<li><a
href="#h-${h.length}">${h}</a></li>`,
  )
  .join('')}
</ol></aside></div></div></div></div>
<script nonce="a91x" src="/static/app.6c0d8f12.js"></script></body></html>`;
const outline: TestPage = {
  name: 'heldout273-outline-share-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oIntro, ...oS1, ...oS1List, oNotice, ...oS2, ...oS3, oQuote]),
  bylines: ['Last updated 3 weeks ago by Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip navigation', 'Kestrel Co-op Wiki', 'Search', ...oTree, 'Powered by Outline', 'Getting started', 'Download', 'Backlinks', 'Buddy guide', 'Contents',
  ],
};

export const HELDOUT273_F: readonly TestPage[] = [outline, document360];

import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout269-kit.js';

/**
 * Held-out batch 269, file b: a Firefox Reader View page saved to disk (about:reader markup: .container, .header with the
 * .domain link, .credits, .meta-data with .reader-estimated-time, #moz-reader-content with readability-page-1, and the
 * reader toolbar's buttons and type controls) of a library's docs page, and a Safari Reader-style saved page of a news
 * article (#article .page with .title, .metadata byline and date, and the page-number footer).
 */
const fTitle = 'Backpressure in Flume streams';
const fIntro = [
  j(
    'A Flume stream moves records from a source to a sink through a chain of stages. When a sink is slower than its source,',
    'records pile up somewhere. Backpressure is the mechanism that decides where they pile up and what happens when there is no',
    'more room.',
  ),
  'This page explains the three backpressure modes, how to choose between them, and how to watch a stream that is falling behind.',
];
const fH = ['How demand flows upstream', 'The three modes', 'Watching a slow stream'];
const fS1 = [
  j(
    'Every stage keeps a small buffer, sixteen records by default. A stage asks its upstream neighbour for more records only when',
    'its buffer has room. This request is called demand, and it travels from the sink back to the source one stage at a time.',
  ),
  j(
    'Because demand is explicit, a well-behaved source never produces more than the slowest stage can accept. Sources that cannot',
    'be paused, such as a network socket or a timer, are the reason the modes below exist.',
  ),
];
const fModes = [
  'block: the source waits until demand arrives. This is the default and the safest choice for files and databases.',
  'drop-newest: records that arrive while every buffer is full are discarded, and a counter is increased.',
  'drop-oldest: the oldest record in the first buffer is discarded to make room, which suits live sensor readings.',
];
const fS2 = [
  j(
    'Set the mode when you build the stream, with the overflow option of Stream.from. A mode cannot be changed while the stream',
    'is running, because stages would disagree about which records had been discarded.',
  ),
];
const fS3 = [
  j(
    'Call stream.stats() to read, for each stage, the fill level of its buffer and the number of records dropped since the stream',
    'started. A buffer that stays full while the next one stays empty marks the slow stage.',
  ),
  j(
    'In most cases the fix is to give that stage more concurrency with the parallel option, not a larger buffer. A larger buffer',
    'only delays the moment the stream falls behind, and it uses more memory while doing so.',
  ),
];
const fHtml = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width; user-scalable=0">
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css"><link rel="localization" href="toolkit/about/aboutReader.ftl">
<title>${fTitle} | Flume docs</title></head>
<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em; --line-height: 1.6em;">
<div class="toolbar-container"><div class="toolbar reader-toolbar"><div class="reader-controls" data-l10n-id="about-reader-toolbar">
<button class="close-button toolbar-button" aria-label="Close Reader View" data-l10n-id="about-reader-toolbar-close" title="Close Reader View">
<span class="hover-label">Close</span></button>
<ul class="dropdown style-dropdown"><li><button class="dropdown-toggle toolbar-button style-button" aria-label="Type controls"
data-l10n-id="about-reader-toolbar-type-controls" title="Type controls"><span class="hover-label">Text and layout</span></button></li></ul>
<button class="narrate-toggle toolbar-button" title="Listen (N)"><span class="hover-label">Listen</span></button></div></div></div>
<div class="container" style="--font-size: 20px; --content-width: 30em;" lang="en" dir="ltr">
<div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="https://docs.flume-streams.dev/guide/backpressure">docs.flume-streams.dev</a>
<div class="domain-border"></div>
<h1 class="reader-title">${fTitle}</h1>
<div class="credits reader-credits">Flume maintainers</div>
<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time"
data-l10n-args="{&quot;range&quot;:&quot;3–4&quot;,&quot;rangePlural&quot;:&quot;other&quot;}">3–4 minutes</div></div></div>
<hr>
<div class="content"><div class="moz-reader-content reader-show-element" id="moz-reader-content">
<div id="readability-page-1" class="page"><div>
${ps(fIntro)}
<h2 id="how-demand-flows-upstream">${fH[0]}</h2>
${ps(fS1)}
<h2 id="the-three-modes">${fH[1]}</h2>
<ul>${lis(fModes)}</ul>
${ps(fS2)}
<pre><code>const s = Stream.from(socket, { overflow: "drop-oldest" });</code></pre>
<h2 id="watching-a-slow-stream">${fH[2]}</h2>
${ps(fS3)}
</div></div></div></div>
<div><div class="reader-message"></div></div></div></body></html>`;
const firefoxReader: TestPage = {
  name: 'heldout269-firefox-reader-view-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fIntro, ...fS1, ...fModes, ...fS2, 'const s = Stream.from(socket, { overflow: "drop-oldest" });', ...fS3]),
  bylines: ['Flume maintainers'],
  furniture: ['Close', 'Text and layout', 'Listen', 'docs.flume-streams.dev', '3–4 minutes'],
};

const sTitle = 'Night buses to run again on the Orrin Valley line from May';
const sBody = [
  j(
    'Night buses will return to the Orrin Valley for the first time since 2022, the regional transport authority said on Thursday,',
    "after a trial funded by three of the valley's larger employers.",
  ),
  j(
    "The N7 will leave Hollin Cross bus station at half past midnight and at two o'clock every Friday and Saturday night, calling",
    'at Maddersby, Upper Orrin and the hospital at Keldwick before terminating at the Fenn Lane depot.',
  ),
  j(
    'The service was withdrawn three years ago when passenger numbers fell below ten a journey. Since then, the hospital and two',
    'food processing plants have added night shifts, and staff without cars have relied on taxis costing up to £40 a trip.',
  ),
  j(
    '"We had nurses sleeping in the staff room between shifts because they could not get home," said Priya Vantongeren, who chairs',
    'the hospital\'s staff council. "A bus at two in the morning changes that completely."',
  ),
  j(
    'The trial will run for twelve months at a cost of £310,000. The employers will pay two thirds of that, and fares will cover',
    'the rest if the buses carry an average of fourteen people a journey, the authority said.',
  ),
  j(
    'Some councillors questioned whether the figure was realistic. Councillor Owen Strade said the last service had been "quietly',
    'allowed to die" by running it at hours nobody asked for, and that the new timetable should be reviewed after three months.',
  ),
  j(
    'The authority said it would publish passenger numbers every quarter. Tickets will cost the same as daytime fares, and weekly',
    'passes bought for day services will also be valid at night.',
  ),
];
const sHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="initial-scale=1">
<title>${sTitle}</title><meta name="source-url" content="https://www.valleyecho.co.uk/news/night-buses-orrin-valley-return">
<style id="article-content">#article{font-family:"Iowan Old Style",Georgia,serif;max-width:36em;margin:0 auto}.page{padding:0 24px}
.title{font-size:1.8em;font-weight:bold}.metadata{color:#8a8a8a}.page-number{display:none}</style></head>
<body class="system exported" style="background-color:#fff">
<div id="background"><div id="article" class="cached" role="article" tabindex="0" style="-webkit-text-size-adjust:none">
<div class="page" style="opacity:1">
<h1 class="title">${sTitle}</h1>
<div class="metadata singleline"><a href="https://www.valleyecho.co.uk/news/night-buses-orrin-valley-return" class="byline">Dana Kilbride</a>
<span class="delimiter"></span><span class="date">Thursday 5 March 2026</span></div>
<div class="reading-time">4 min read</div>
${ps(sBody)}
<div class="page-number">Page 1 of 1</div>
</div></div></div>
<div id="reader-footer" class="exported-footer"><p>Saved from <a href="https://www.valleyecho.co.uk/news/night-buses-orrin-valley-return">valleyecho.co.uk</a>
with Reader</p></div></body></html>`;
const safariReader: TestPage = {
  name: 'heldout269-safari-reader-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['Dana Kilbride', 'Thursday 5 March 2026'],
  furniture: ['4 min read', 'Page 1 of 1', 'Saved from valleyecho.co.uk with Reader'],
};

export const HELDOUT269_B: readonly TestPage[] = [firefoxReader, safariReader];

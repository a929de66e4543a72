import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file e2: an Outline document shared publicly (React markup with styled-components class names:
 * the shared collection's sidebar tree, the header with breadcrumb and the "Use Outline" link, the editable-looking title,
 * the "updated ... ago" meta line, a read-only ProseMirror body with notice block, table and checkbox list, the Contents
 * panel and the "Built with Outline" badge).
 */
const oTitle = 'Incident review: delayed ticket emails on 12 February';
const oNotice = 'This review is blameless. It describes what the system did and what we learned, not who should have done better.';
const oSummary = [
  j(
    'Between 08:40 and 11:55 on Thursday 12 February, confirmation emails for ferry tickets bought on the website were delayed by up',
    'to three hours. No tickets were lost and no passenger was charged twice, but the support desk received 412 contacts from people',
    'who thought their booking had failed, and around sixty of them bought a second ticket at the harbour office.',
  ),
];
const oCause = [
  j(
    "The email queue is drained by two workers. On the evening of 11 February a routine update to the mail provider's client library",
    'changed the default connection timeout from thirty seconds to five minutes. When the provider slowed down the next morning, each',
    'worker held its connection open far longer than before, and the queue grew faster than it could be drained.',
  ),
  j(
    'Our queue alarm fired at 09:05, but it was routed to the old operations channel that nobody has watched since the team moved',
    'to the new chat tool in January.',
  ),
];
const oTimeline = [
  ['08:40', 'Queue length starts to rise'],
  ['09:05', 'Alarm fires in the old channel'],
  ['10:20', 'Support desk reports a spike in contacts'],
  ['11:10', 'Timeout set back to thirty seconds, two extra workers started'],
  ['11:55', 'Queue empty, all emails sent'],
];
const oWell = [
  j(
    'The support desk noticed the pattern within an hour and posted a banner on the booking page, which cut the number of new',
    'contacts by half. The harbour office refunded every duplicate ticket the same day without asking for receipts.',
  ),
];
const oActions = [
  'Pin the timeout in our own configuration instead of relying on the library default.',
  'Move every alarm to the current on-call channel and delete the old one.',
  'Add a check to the deploy pipeline that compares library defaults between versions.',
  'Write a short script for the support desk to look up a booking by email address.',
];
const oTree = ['Engineering handbook', 'On-call guide', 'Incident reviews', 'Deploy checklist'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${oTitle}</title>
<meta name="description" content="A blameless review of the delayed ticket emails on 12 February."><meta name="robots" content="noindex, nofollow">
<link rel="manifest" href="/static/manifest.webmanifest"><link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Outline">
<style data-styled="active" data-styled-version="5.3.11">.fXqJkb{display:flex;width:100%;}.hLmKta{font-size:2.25em;font-weight:600;margin:0;}</style>
<script nonce="c2e9f1">window.env = {"URL":"https://docs.ferrylight.example","CDN_URL":"","SLACK_APP_ID":"","MAXIMUM_IMPORT_SIZE":5120000};</script>
<script type="module" nonce="c2e9f1" src="/static/assets/index.4e21a9.js"></script></head>
<body><div id="root"><div class="sc-bczRLJ fXqJkb"><div class="sc-gsnTZi kQdZtA" id="sidebar"><div class="sc-dkzDqf jWxXbT">
<div class="sc-hKMtZM sidebar-team"><span class="sc-eCYdqJ team-name">Ferrylight Engineering</span></div><nav class="sc-jSMfEi" aria-label="Shared documents">
<ul>${oTree
  .map(
    (t) => `<li><a class="sc-iBkjds sidebar-link" href="/s/8f2c/doc/${t.toLowerCase().replace(/ /g, '-')}"><span class="sc-ftvSup title">${t}</span>
</a></li>`,
  )
  .join('\n')}</ul></nav></div></div>
<div class="sc-papXJ content-area"><header class="sc-jqUVSM header"><div class="sc-kDDrLX breadcrumb"><a href="/s/8f2c">Engineering handbook</a>
<span class="sc-iqcoie slash">/</span><a href="/s/8f2c/doc/incident-reviews">Incident reviews</a></div><div class="sc-crXcEl actions">
<a href="https://www.getoutline.com?ref=sharelink" class="sc-fnykZs button">Use Outline</a></div></header>
<main class="sc-jrcTuL"><div class="sc-kgflAQ document-container"><div class="sc-fEOsli document">
<h1 class="sc-bjUoiL hLmKta" dir="auto" data-testid="document-title">${oTitle}</h1>
<div class="sc-idiyUo document-meta"><span class="sc-dIouRR">Orla Fenwick</span> updated <time datetime="2026-02-20T16:02:11.000Z">2 weeks ago</time>
<span class="sc-hHLeRK"> · 6 minute read</span></div>
<div class="sc-iIPllB ProseMirror ProseMirror-readonly" translate="yes" contenteditable="false" role="textbox" aria-readonly="true">
<div class="notice-block tip"><div class="icon" contenteditable="false"></div><div class="content"><p dir="auto">${oNotice}</p></div></div>
<h2 dir="auto"><span class="heading-content">Summary</span><a class="heading-anchor" href="#summary" aria-label="Copy link"></a></h2>
${oSummary.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 dir="auto"><span class="heading-content">What happened</span><a class="heading-anchor" href="#what-happened" aria-label="Copy link"></a></h2>
${oCause.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<div class="scrollable-wrapper table-wrapper"><div class="scrollable"><table><tbody><tr><th><p>Time</p></th><th><p>Event</p></th></tr>
${oTimeline.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<h2 dir="auto"><span class="heading-content">What went well</span><a class="heading-anchor" href="#what-went-well" aria-label="Copy link"></a></h2>
${oWell.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 dir="auto"><span class="heading-content">What we will change</span><a class="heading-anchor" href="#what-we-will-change" aria-label="Copy link"></a></h2>
<ul class="checkbox_list">${oActions
  .map(
    (a, i) => `<li class="checkbox_list_item${i === 1 ? ' checked' : ''}" data-checked="${i === 1}"><span
contenteditable="false" class="checkbox"></span><div><p dir="auto">${a}</p></div></li>`,
  )
  .join('\n')}</ul>
</div></div>
<aside class="sc-ksZaOG contents" aria-label="Contents"><h3 class="sc-hAZoDl">Contents</h3><ol><li><a href="#summary">Summary</a></li>
<li><a href="#what-happened">What happened</a></li><li><a href="#what-went-well">What went well</a></li><li><a href="#what-we-will-change">What we will
change</a>
</li></ol></aside></div></main>
<div class="sc-fLlhyt branding"><a href="https://www.getoutline.com?ref=sharelink">Built with Outline</a></div></div></div></div>
<div id="toasts" role="status" aria-live="polite"></div></body></html>`;
export const outline: TestPage = {
  name: 'heldout257-outline-share-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: ['Summary', 'What happened', 'What went well', 'What we will change'],
  body: texts([oNotice, ...oSummary, ...oCause, ...oTimeline.flat(), ...oWell, ...oActions]),
  bylines: ['Orla Fenwick', 'updated', '2 weeks ago'],
  furniture: ['Ferrylight Engineering', ...oTree, 'Use Outline', '· 6 minute read', 'Contents', 'Built with Outline'],
};

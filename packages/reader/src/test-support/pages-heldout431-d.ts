import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout431-kit.js';
import { youtrack } from './pages-heldout431-d2.js';

/**
 * Held-out batch 431, file d: a Linear-style public issue page rendered by a React app with styled-components class names
 * (public roadmap header, breadcrumbs with team and issue identifier, the h1 title, a ProseMirror description with h2
 * sections, lists and a blockquote, the activity feed mixing events and three comments with reactions, the properties
 * panel with status, priority, assignee, labels, project, cycle and estimate, the linked pull request, the "Powered by"
 * footer and the __NEXT_DATA__ script) and, from file d2, a YouTrack issue.
 */
const nTitle = 'Offline drafts are lost when the browser discards a background tab';
const nProblem = [
  j(
    'Wickham Notes keeps unsent drafts in memory and writes them to local storage only when the editor loses focus. Browsers on',
    'low-memory devices discard background tabs without firing the blur or the page-hide event, so a note typed on the train and',
    'left in a background tab is gone when the user comes back to it.',
  ),
  j(
    'Support received 38 tickets about lost notes in February, and in every case we could check the user was offline or on a',
    'flaky connection at the time. Users on phones with two or three gigabytes of memory are hit far more often than others.',
  ),
];
const nQuote = j(
  'I wrote a page of minutes during the meeting, switched to the calendar to check a date, and when I went back the note was',
  'empty. I now write everything in another app first.',
);
const nProposal = [
  'Save the draft to IndexedDB on every change, debounced to one write per second.',
  'Restore the draft when the editor mounts and the stored copy is newer than the server copy.',
  'Listen to the freeze event where it exists and flush the pending write there as well.',
  'Show a small "Saved on this device" hint next to the sync indicator while the user is offline.',
];
const nQuestions = [
  j(
    'Do we need a limit on how many drafts are kept on the device? A user with hundreds of notes could fill the quota on older',
    'phones, so keeping only the fifty most recent drafts may be the safer default.',
  ),
];
const nC1 = [
  j(
    'I could reproduce it on a mid-range Android phone by opening six other tabs with video. The tab was discarded after about two',
    'minutes and the draft was gone, exactly as the tickets describe.',
  ),
];
const nC2 = [
  j(
    'On the quota question: IndexedDB gives us far more room than local storage, and drafts are small. I would keep everything',
    'and prune drafts that have already been synced, which solves the problem without a fixed limit.',
  ),
];
const nC3 = [
  j(
    'The pull request is up. It writes on every change with a one-second debounce, restores on mount, and prunes synced drafts at',
    'start-up. The hint text went through copy review and reads "Saved on this device" as proposed.',
  ),
];
const nNav = ['Roadmap', 'Changelog', 'Feedback', 'Docs'];
const nEvent = (who: string, what: string, when: string): string => `<div class="sc-ftvSup hGfRmc" data-testid="activity-event"><span
class="sc-papXJ kUaKgh">${who}</span> <span class="sc-jqUVSM dFDQLW">${what}</span> <span class="sc-crXcEl jfiNYD">·</span>
<time class="sc-iqcoie bpFrVX" datetime="2026-03-0${when.length}T10:00:00Z">${when}</time></div>`;
const nComment = (who: string, when: string, paras: string[], react: string): string => `<div class="sc-fLlhyt kPeLgY" data-testid="comment">
<div class="sc-bBrHrO gUeHgq"><img class="sc-eDvSVe avatar" src="https://public-files.wickham.example/avatars/${who.split(' ')[0]}.png" alt="">
<span class="sc-hLBbgP eDbNqN" data-testid="comment-author">${who}</span> <time class="sc-eDWCr hbPYVb">${when}</time></div>
<div class="ProseMirror editor" contenteditable="false" translate="no">${ps(paras)}</div>
<div class="sc-kDvujY fmGkDi"><button class="sc-hBxehG reaction" aria-label="Add reaction">${react}</button></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>WEB-1184 ${nTitle} · Wickham Notes public roadmap</title><meta name="description" content="Public issue WEB-1184 on the Wickham Notes roadmap.">
<meta property="og:title" content="WEB-1184 ${nTitle}"><meta property="og:site_name" content="Wickham Notes">
<link rel="preload" href="/_next/static/css/8e2d41c0.css" as="style"><link rel="stylesheet" href="/_next/static/css/8e2d41c0.css">
<style data-styled="active" data-styled-version="6.1.8">.hGfRmc{display:flex;gap:6px;color:var(--color-text-tertiary);}</style></head>
<body><div id="__next"><div class="sc-gKPRtg iqjuZq" data-theme="light"><header class="sc-iBkjds gNnqOz"><a class="sc-ftTHYK ghPeGn" href="/">Wickham
Notes</a><nav class="sc-pyfCe fMOHBn"><ul>${links(nNav, 'sc-jSUZER')}</ul></nav><a class="sc-gswNZR btn" href="/signup">Sign up</a>
<a class="sc-gswNZR btn-secondary" href="/login">Log in</a></header>
<div class="sc-bcXHqe cRGAmo"><div class="sc-dmctIk dOtxDu"><nav aria-label="Breadcrumb" class="sc-kgTSHT bhDZtO"><a href="/team/web">Web app</a>
<span aria-hidden="true">›</span><span class="sc-fnGiBr ckpDwe">WEB-1184</span></nav>
<main class="sc-fEXmlR iVVULq" data-testid="issue-view"><h1 class="sc-bjfHbI gCPRVr" aria-label="Issue title">${nTitle}</h1>
<div class="ProseMirror editor" contenteditable="false" translate="no" data-testid="issue-description">
<h2>Problem</h2>
${ps(nProblem)}
<blockquote>${ps([nQuote])}</blockquote>
<p class="sc-caption">From a support ticket, shared with permission</p>
<h2>Proposal</h2>
<ul data-type="bulletList">${lis(nProposal.map((p) => `<p>${p}</p>`))}</ul>
<h2>Open questions</h2>
${ps(nQuestions)}
</div>
<div class="sc-kMjNwy hdgZPd" data-testid="sub-issues"><span>Sub-issues</span><button>Add sub-issues</button></div>
<section class="sc-hiMGwR gMVkHL" data-testid="activity"><h2 class="sc-jIRcFI ecQuNS">Activity</h2><button class="sc-dPyBCJ">Unsubscribe</button>
${nEvent('Rowan Pike', 'created the issue', '5d ago')}
${nEvent('Rowan Pike', 'added label Bug', '5d ago')}
${nComment('Greta Lindqvist', '4d ago', nC1, '👍 4')}
${nEvent('Greta Lindqvist', 'moved from Todo to In Progress', '4d ago')}
${nComment('Ossian Marr', '3d ago', nC2, '👍 2')}
${nEvent('Ossian Marr', 'linked pull request wickham/web#4410', '1d ago')}
${nComment('Greta Lindqvist', '1d ago', nC3, '🎉 3')}
${nEvent('Greta Lindqvist', 'moved from In Progress to In Review', '1d ago')}
<div class="sc-bZkfAO gvxvMY" data-testid="comment-composer">Leave a comment...</div></section></main>
<aside class="sc-kLLXSd cPXbqW" data-testid="issue-properties"><h3 class="sc-ikZpkk">Properties</h3>
${[
  ['Status', 'In Review'],
  ['Priority', 'Urgent'],
  ['Assignee', 'Greta Lindqvist'],
  ['Labels', 'Bug'],
  ['Project', 'Offline mode'],
  ['Cycle', 'Cycle 58'],
  ['Estimate', '3 points'],
]
  .map(([k, v]) => `<div class="sc-jdAMXn kCzjAW"><span class="sc-hTtwUo label">${k}</span><span class="sc-jSMfEi value">${v}</span></div>`)
  .join('\n')}
<div class="sc-gikAfH"><span class="label">Pull requests</span><a href="https://github.com/wickham/web/pull/4410">Persist drafts in IndexedDB
#4410</a></div></aside></div></div>
<footer class="sc-cwSeag hIjLzx"><span>Powered by Linear</span> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"issue":{"identifier":"WEB-1184","priority":1,"state":"In Review"}}},
"page":"/issue/[id]","query":{"id":"WEB-1184"},"buildId":"pR3n8mXo","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
<script src="/_next/static/chunks/pages/issue/%5Bid%5D-91af0c.js" defer></script></body></html>`;
const linear: TestPage = {
  name: 'heldout431-linear-public-issue-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Problem', 'Proposal', 'Open questions'],
  body: texts([...nProblem, nQuote, ...nProposal, ...nQuestions, ...nC1, ...nC2, ...nC3]),
  bylines: ['Rowan Pike', '5d ago', 'Greta Lindqvist', '4d ago', 'Ossian Marr', '3d ago', '1d ago'],
  furniture: [
    ...nNav,
    'Sign up',
    'Log in',
    'Web app',
    'WEB-1184',
    'From a support ticket, shared with permission',
    'Sub-issues',
    'Add sub-issues',
    'Activity',
    'Unsubscribe',
    'created the issue',
    'added label Bug',
    'moved from Todo to In Progress',
    'linked pull request wickham/web#4410',
    'moved from In Progress to In Review',
    'Leave a comment...',
    'Properties',
    'Status',
    'Priority',
    'Urgent',
    'Assignee',
    'Labels',
    'Offline mode',
    'Cycle 58',
    'Estimate',
    '3 points',
    'Pull requests',
    'Persist drafts in IndexedDB #4410',
    'Powered by Linear',
    'Privacy',
    'Terms',
  ],
};
export const HELDOUT431_D: readonly TestPage[] = [linear, youtrack];

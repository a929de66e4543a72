import { links, type TestPage, texts } from './page-kit.js';
import { trailblazerQuestion } from './pages-heldout207-c2.js';

/**
 * Held-out batch 207, file c: a Mozilla Support (SUMO, Kitsune) forum question (the Mozilla sumo-nav with "Ask a Question"
 * and "Sign In/Up", the breadcrumb, the archived-thread notice, the question's meta list ("Asked by", "Last reply by"), the
 * "Chosen solution" card near the top that repeats the solver's answer with "Read this answer in context", the question body
 * with "More system details" (a hidden table of system data), "I have this problem too", the answers with their user titles,
 * dates, "Helpful?" counts and "Quote" / "Report abuse" actions, the "Question details" sidebar with product, topic and
 * version tags, the "Was this helpful?" vote and the Mozilla footer) and, from file c2, a Salesforce Trailblazer Community
 * question.
 */
const mzTitle = 'Firefox opens the downloads panel every time I switch tabs';
const mzQ = [
  'Since updating yesterday, the downloads panel drops open on its own whenever I click from one tab to another, even when ' +
    'nothing is downloading. The last download in the list is a PDF from two days ago. It closes if I click anywhere, but ' +
    'it comes straight back on the next tab switch.',
  'I tried restarting and clearing the download history. Clearing the list stopped it for about an hour, then it started ' +
    'again after I downloaded a bank statement. I am on Windows 11 with no new add-ons.',
];
const mzA1 = [
  'Hi Feidhlim, this sounds like a download that Firefox thinks is still "in progress" because a security scan never ' +
    'finished. When that happens the panel keeps trying to show you the result.',
  'Please try this: open about:downloads in a new tab, right click the bank statement entry and choose "Delete". Then go to ' +
    'Settings, General, Files and Applications and check that "Always ask you where to save files" is set the way you want.',
  'If it comes back, start Firefox in Troubleshoot Mode from the Help menu and see whether it still happens there. That ' +
    'tells us whether your security software is involved.',
];
const mzA2 = [
  'Deleting the entry from about:downloads worked. I then downloaded two more files and the panel behaves normally again. ' +
    'The bank statement was opened by my PDF reader while it was still being scanned, so I think you were right.',
];
const mzA3 = [
  'For anyone finding this later: there is a preference browser.download.alwaysOpenPanel that some add-ons set to true. If ' +
    'the fix above does not help, check it in about:config and set it back to false.',
  'It is also worth knowing that antivirus products which scan downloads can hold a file open for several seconds. If the ' +
    'panel opens again after every download, check the download protection settings of the antivirus as well.',
];
const mzNav = ['Explore Help Articles', 'Community Forums', 'Ask a Question', 'Contribute', 'Sign In/Up'];
const mzCrumbs = ['Home', 'Support Forums', 'Firefox', 'Question'];
const mzArchived = 'This thread was closed and archived. Please ask a new question if you need help.';
const mzDetails = ['Question details', 'Firefox for Desktop', 'Windows 11', 'Downloads', 'Fix slowness, crashing, error messages and other problems'];
const mzSys = ['More system details', 'Installed Plug-ins', 'Application', 'User Agent', 'Preferences'];
const mzFoot = [
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  'Report a trademark abuse',
  'Privacy',
  'Cookies',
  'Legal',
  'Community Participation Guidelines',
  'About this site',
];
const mzMeta = (who: string, when: string, title: string, paras: readonly string[], helpful: string, id: number): string => `
<div id="answer-${id}" class="answer forum--answer-item"><div class="forum--question-item-heading"><div class="avatar-group">
<img class="avatar" alt="" src="https://user-media-prod-cdn.itsre-sumo.example/uploads/avatars/${id}.png">
<div class="avatar-details"><a class="author-name" href="/en-US/user/${who}/"><span class="display-name">${who}</span></a>
<span class="user-title">${title}</span></div></div><span class="cf-date"><time datetime="2025-11-0${id % 7}">${when}</time></span></div>
<div class="main-content"><div class="content">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="forum--meta"><div class="helpful-wrapper"><span class="helpful-label">Helpful?</span><button class="sumo-button">${helpful}</button></div>
<ul class="mzp-c-menu-list"><li><a href="#quote-${id}">Quote</a></li><li><a href="/en-US/flagit/${id}">Report abuse</a></li></ul></div></div>`;
const mzHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>${mzTitle} | Firefox Support Forum | Mozilla Support</title>
<meta name="description" content="Since updating yesterday, the downloads panel drops open on its own whenever I click from one tab to another.">
<meta property="og:title" content="${mzTitle} | Firefox Support Forum | Mozilla Support"><meta property="og:site_name" content="Mozilla Support">
<link rel="canonical" href="https://support.mozilla.org/en-US/questions/1461207">
<link rel="stylesheet" href="/static/screen-sumo.8d1e2f.css"><script src="/static/gtm-snippet.a7b4.js"></script></head>
<body class="html-ltr questions sumo-2025" data-questions-sortable="true"><a href="#main-content" class="sr-only">Skip to main content</a>
<header class="sumo-nav"><div class="sumo-nav--container"><a class="sumo-nav--logo" href="/en-US/"><img alt="Mozilla Support" src="/static/sumo-logo.svg"></a>
<nav class="sumo-nav--list" aria-label="Main"><ul>${links(mzNav, 'mzp-c-menu-item')}</ul></nav></div></header>
<main id="main-content" role="main"><div class="sumo-page-section--inner"><ol class="breadcrumbs">${mzCrumbs
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ol>
<div class="mzp-c-notification-bar mzp-t-warning" role="status"><p>${mzArchived}</p></div>
<article class="sumo-page-section question-section"><h1 class="sumo-page-heading">${mzTitle}</h1>
<ul class="question-meta"><li>Asked by <strong>Feidhlim</strong> <time datetime="2025-11-02T19:04">2 weeks ago</time></li>
<li>Last reply by <strong>cor-el</strong> <time datetime="2025-11-04T08:11">1 week ago</time></li></ul>
<section class="solution card elevation-01"><h2 class="solution-heading">Chosen solution</h2>
<div class="solution-text">${mzA1[1]}</div><a class="read-more" href="#answer-98441">Read this answer in context</a><span
class="helpful-count">👍 7</span></section>
<div id="question-1461207" class="question forum--question-item"><div class="forum--question-item-heading"><div class="avatar-group">
<img class="avatar" alt="" src="https://user-media-prod-cdn.itsre-sumo.example/uploads/avatars/q.png"><div class="avatar-details">
<a class="author-name" href="/en-US/user/Feidhlim/"><span class="display-name">Feidhlim</span></a></div></div>
<span class="cf-date"><time datetime="2025-11-02T19:04">11/2/2025, 7:04 PM</time></span></div>
<div class="main-content"><div class="content">${mzQ.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="system-details"><a class="show-more" href="#" data-toggle="system-info">${mzSys[0]}</a>
<div id="system-info" class="system-info hidden" style="display:none"><h3>${mzSys[1]}</h3><ul><li>Widevine Content Decryption Module 4.10</li></ul>
<h3>${mzSys[2]}</h3><ul><li>${mzSys[3]}: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:144.0) Gecko/20100101 Firefox/144.0</li></ul>
<h3>${mzSys[4]}</h3></div></div></div>
<div class="question-actions"><button class="sumo-button have-problem">I have this problem too (18)</button><a href="#">Subscribe to updates</a></div></div>
<section class="answers"><h2 class="sumo-card-heading">All Replies (3)</h2>
${mzMeta('jscher2000', '11/2/2025, 9:30 PM', 'Top 10 Contributor', mzA1, 'Yes (7)', 98441)}
${mzMeta('Feidhlim', '11/3/2025, 6:55 AM', 'Question owner', mzA2, 'Yes (0)', 98452)}
${mzMeta('cor-el', '11/4/2025, 8:11 AM', 'Moderator', mzA3, 'Yes (3)', 98470)}</section></article>
<aside class="sidebar"><section class="question-details"><h2>${mzDetails[0]}</h2><ul class="tag-list">
${mzDetails
  .slice(1)
  .map((t) => `<li><a class="tag" href="#">${t}</a></li>`)
  .join('')}<li class="version">Firefox 144.0</li></ul></section></aside>
<div class="vote-box"><h3>Was this helpful?</h3><button>Yes</button><button>No</button></div></div></main>
<footer class="mzp-c-footer"><div class="mzp-c-footer-primary"><a class="mzp-c-footer-logo" href="https://www.mozilla.org/">Mozilla</a>
<p>${mzFoot[0]}</p><ul>${links(mzFoot.slice(1), 'mzp-c-footer-links-item')}</ul></div></footer>
<script src="/static/questions.c4f5.js"></script></body></html>`;
const mozillaQuestion: TestPage = {
  html: mzHtml,
  name: 'heldout207-mozilla-support-question',
  kind: 'forum',
  // the "Chosen solution" card repeats a paragraph of the answer: that copy is in neither list; the hidden system details
  // and the user agent line are in neither list, their headings furniture
  title: mzTitle,
  headings: [],
  body: texts([...mzQ, ...mzA1, ...mzA2, ...mzA3]),
  bylines: [
    'Feidhlim',
    'Asked by Feidhlim 2 weeks ago',
    'Last reply by cor-el 1 week ago',
    'jscher2000',
    'cor-el',
    '11/2/2025, 7:04 PM',
    '11/2/2025, 9:30 PM',
    '11/3/2025, 6:55 AM',
    '11/4/2025, 8:11 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mzNav, ...mzCrumbs, mzArchived, 'Chosen solution', 'Read this answer in context', '👍 7', ...mzSys,
    'I have this problem too (18)', 'Subscribe to updates', 'All Replies (3)', 'Top 10 Contributor', 'Question owner', 'Moderator', 'Helpful?',
    'Yes (7)', 'Yes (0)', 'Yes (3)', 'Quote', 'Report abuse', ...mzDetails, 'Firefox 144.0', 'Was this helpful?', 'Yes', 'No', 'Mozilla', ...mzFoot,
  ],
};

export const HELDOUT207_C: readonly TestPage[] = [mozillaQuestion, trailblazerQuestion];

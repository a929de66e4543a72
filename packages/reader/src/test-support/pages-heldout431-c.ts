import { links, ps, type TestPage, texts } from './page-kit.js';
import { launchpad } from './pages-heldout431-c2.js';
import { j, lis } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file c: a Redmine issue (top menu, project header with the main menu tabs, the "Bug #4312" h2 and the
 * subject h3, the "Added by" line, the attributes table, a Textile description with a code block and a list, the History
 * tabs with journals that carry property changes and notes, the sidebar with issue links and custom queries, the export
 * links and the footer) and, from file c2, a Launchpad bug.
 */
const rTitle = 'BGP sessions flap when the hold timer is set below nine seconds';
const rDesc = [
  j(
    'With a hold timer of six seconds, sessions to our two upstream peers go down and come back every few minutes, even though',
    'the links are idle and the peers log nothing unusual. With the default of ninety seconds the sessions stay up for weeks.',
  ),
  'The relevant part of the configuration on the router:',
];
const rConf = j('protocol bgp upstream_a {', 'neighbor 192.0.2.1 as 64500;', 'hold time 6;', 'keepalive time 2;', '}');
const rDesc2 = ['The debug log shows a pattern before every drop:'];
const rList = [
  'keepalives are sent every two seconds as configured, but in bursts of three after a pause of about six seconds;',
  'the pause always coincides with a full routing table reload from the second peer;',
  'the session then expires on the peer side with a hold timer error.',
];
const rDesc3 = [
  j(
    'It looks as if the keepalive timer runs on the same event loop as the table import and is starved while a large update is',
    'processed. We see this on version 2.14.1 on two different machines, both with around nine hundred thousand routes.',
  ),
];
const rN1 = [
  j(
    'Thanks, the log makes it clear. The import of a full table runs in one slice of the main loop and takes four to seven seconds',
    'on a table of that size, so any timer shorter than that is at risk. Short hold timers were never tested with full tables.',
  ),
];
const rN2 = [
  j(
    'As a stopgap we raised the hold timer to fifteen seconds and the flapping stopped, but our peering agreement asks for nine,',
    'so we cannot keep it like that for long. Is there a way to make the import yield more often?',
  ),
];
const rN3 = [
  j(
    'Fixed in the development branch: the import now yields to the loop after every ten thousand routes, and keepalives are sent',
    'from a timer that is checked between the chunks. With a six-second hold timer and a full table the sessions stayed up for',
    'three days in our lab. The change will be part of 2.14.3.',
  ),
];
const rTop = ['Home', 'Projects', 'Help'];
const rMenu = ['Overview', 'Activity', 'Roadmap', 'Issues', 'News', 'Wiki', 'Forums', 'Repository'];
const rSide = ['View all issues', 'Summary', 'Calendar', 'Gantt'];
const rQueries = ['Open bugs for 2.14', 'Routing protocol issues', 'Needs feedback'];
const rAttr = [
  ['Status:', 'Closed'],
  ['Priority:', 'High'],
  ['Assignee:', 'Tobiah Renner'],
  ['Category:', 'BGP'],
  ['Target version:', '2.14.3'],
  ['Start date:', '03/04/2026'],
  ['Due date:', ''],
  ['% Done:', '100%'],
  ['Estimated time:', ''],
  ['Affected version:', '2.14.1'],
] as const;
const rJournal = (n: number, id: string, who: string, ago: string, details: string[], notes: string[]): string => `<div id="change-${id}"
class="journal has-notes has-details"><div id="note-${n}" class="note"><div class="contextual"><span class="journal-actions"><a class="icon-only
icon-comment" title="Quote" href="#">Quote</a></span></div><h4 class="note-header"><a href="#note-${n}" class="journal-link">#${n}</a>
<img alt="" title="${who}" class="gravatar" src="/images/anonymous.png"> Updated by <a class="user active" href="/users/${id}">${who}</a>
<a title="03/0${n + 4}/2026 09:1${n} AM" href="/projects/kestrel/activity?from=2026-03-0${n + 4}">${ago}</a> ago</h4>
<ul class="details">${details.map((d) => `<li>${d}</li>`).join('')}</ul>
<div id="journal-${id}-notes" class="wiki">${ps(notes)}</div></div></div>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bug #4312: ${rTitle} - Kestrel Router - Kestrel Tracker</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Redmine"><meta name="keywords"
content="issue,bug,tracker">
<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" media="all" href="/stylesheets/application-7c1d.css">
<script src="/javascripts/jquery-3.6.1-ui-1.13.2-ujs-6.1.7.js"></script><script src="/javascripts/application-2c6e.js"></script>
<script>//<![CDATA[
$(window).on('load', function(){ warnLeavingUnsaved('The current page contains unsaved text that will be lost if you leave this page.'); });
//]]></script></head><body class="project-kestrel has-main-menu controller-issues action-show avatars-on">
<div id="wrapper"><div class="flyout-menu js-flyout-menu"></div><div id="wrapper2"><div id="wrapper3">
<div id="top-menu"><div id="account"><ul><li><a class="login" href="/login">Sign in</a></li><li><a class="register" href="/account/register">Register</a></li>
</ul></div><ul>${links(rTop)}</ul></div>
<div id="header"><a href="#" class="mobile-toggle-button js-flyout-menu-toggle-button"></a><div id="quick-search"><form action="/projects/kestrel/search"
method="get"><label for="q"><a accesskey="4" href="/projects/kestrel/search">Search</a>:</label><input size="20" type="text" name="q" id="q"
class="small" accesskey="f"></form><select name="project_quick_jump_box"><option>Jump to a project...</option></select></div>
<h1><span class="current-project">Kestrel Router</span></h1>
<div id="main-menu" class="tabs"><ul>${links(rMenu)}</ul></div></div>
<div id="main" class=""><div id="sidebar"><h3>Issues</h3><ul>${links(rSide)}</ul><h3>Custom queries</h3><ul class="queries">${links(rQueries)}</ul></div>
<div id="content"><div class="contextual"><a class="icon icon-fav-off" href="#">Watch</a> <a class="icon icon-copy" href="#">Copy</a></div>
<h2 class="inline-block">Bug #4312</h2><span class="badge badge-status-closed">closed</span>
<div class="next-prev-links contextual">« Previous | 3 of 41 | Next »</div>
<div class="issue tracker-1 status-5 priority-3 priority-high2 closed details"><div class="gravatar-with-child"><img class="gravatar" alt=""
src="/images/anonymous.png"></div>
<div class="subject"><div><h3>${rTitle}</h3></div></div>
<p class="author">Added by <a class="user active" href="/users/77">Alvar Quist</a> <a title="03/04/2026 10:12 AM"
href="/projects/kestrel/activity?from=2026-03-04">about 1 month</a> ago. Updated <a title="03/16/2026 04:40 PM"
href="/projects/kestrel/activity?from=2026-03-16">24 days</a> ago.</p>
<div class="attributes"><div class="splitcontent"><div class="splitcontentleft">
${rAttr
  .map(([k, v]) => `<div class="${k.replace(/[^a-z]/gi, '').toLowerCase()} attribute"><div class="label">${k}</div><div class="value">${v}</div></div>`)
  .join('\n')}
</div></div></div><hr>
<div class="description"><div class="contextual"><a class="icon icon-comment" href="#">Quote</a></div><p><strong>Description</strong></p>
<div class="wiki">${ps(rDesc)}
<pre>${rConf}</pre>
${ps(rDesc2)}
<ul>${lis(rList)}</ul>
${ps(rDesc3)}</div></div>
<div class="attachments"><div class="contextual"><a title="Download all attachments" class="icon-only icon-download" href="#">Download</a></div>
<table><tr><td><a class="icon icon-attachment" href="/attachments/2211">bgpd-debug.log</a> <span class="size">(188 KB)</span></td></tr></table></div>
<hr><div id="relations"><p><strong>Related issues</strong></p><table class="list issues"><tr class="issue"><td class="subject">Related to Kestrel Router -
Feature #3980: Per-peer import rate limits</td></tr></table></div></div>
<div id="history"><div class="tabs"><ul><li><a class="selected" href="#">History</a></li><li><a href="#">Notes</a></li><li><a href="#">Property
changes</a></li></ul></div><div id="tab-content-history" class="tab-content">
${rJournal(1, '21044', 'Tobiah Renner', 'about 1 month', ['<strong>Status</strong> changed from <i>New</i> to <i>Confirmed</i>'], rN1)}
${rJournal(2, '21051', 'Alvar Quist', '30 days', ['<strong>File</strong> <a href="#">bgpd-debug-2.log</a> added'], rN2)}
${rJournal(
  3,
  '21102',
  'Tobiah Renner',
  '24 days',
  ['<strong>Status</strong> changed from <i>Confirmed</i> to <i>Closed</i>', '<strong>% Done</strong> changed from <i>0</i> to <i>100</i>'],
  rN3,
)}
</div></div>
<div style="clear: both;"></div><p class="other-formats">Also available in: <span><a class="atom" href="#">Atom</a></span> <span><a class="pdf"
href="#">PDF</a></span></p></div></div>
<div id="footer"><div class="bgl"><div class="bgr">Powered by <a href="https://www.redmine.org/">Redmine</a></div></div></div></div></div></div>
</body></html>`;
const redmine: TestPage = {
  name: 'heldout431-redmine-issue-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rDesc, rConf, ...rDesc2, ...rList, ...rDesc3, ...rN1, ...rN2, ...rN3]),
  bylines: ['Added by', 'Alvar Quist', 'about 1 month', '24 days', 'Updated by', 'Tobiah Renner', '30 days'],
  furniture: [
    'Sign in',
    'Register',
    ...rTop,
    'Jump to a project...',
    'Kestrel Router',
    ...rMenu,
    'View all issues',
    'Calendar',
    'Gantt',
    'Custom queries',
    ...rQueries,
    'Watch',
    'Copy',
    'Bug #4312',
    '« Previous | 3 of 41 | Next »',
    ...rAttr.map(([k]) => k),
    'Closed',
    'High',
    '03/04/2026',
    '100%',
    'Description',
    'bgpd-debug.log',
    '(188 KB)',
    'Related issues',
    'Related to Kestrel Router - Feature #3980: Per-peer import rate limits',
    'Quote',
    'Download',
    'History',
    'Notes',
    'Property changes',
    'changed from',
    'Confirmed',
    'bgpd-debug-2.log',
    'Also available in:',
    'Atom',
    'PDF',
    'Powered by Redmine',
  ],
};
export const HELDOUT431_C: readonly TestPage[] = [redmine, launchpad];

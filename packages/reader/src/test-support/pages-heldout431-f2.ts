import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file f2: a Phabricator Maniphest task (main menu with the wordmark, applications and log-in, crumbs,
 * the header with the status tag and policy callout, the curtain with Assigned To, Authored By, Tags, Subscribers and
 * actions, the Description box with remarkup headers and a quote, the timeline with major events that carry comments and
 * minor events for status, priority and board moves, the "Log In to Comment" box and the footer).
 */
const hTitle = 'Visual editor mangles nested tables when pasting from a spreadsheet';
const hWhat = [
  j(
    'Pasting a block of cells from a spreadsheet into a table cell of the visual editor creates a nested table, as expected, but',
    'when the page is saved the inner table is flattened into the outer one. Every pasted row becomes a new row of the outer table',
    'and the columns no longer line up.',
  ),
  j(
    'The source editor shows that the wikitext written on save has the inner table markup without its opening line, so the parser',
    'reads the rows as part of the enclosing table. Pasting the same cells outside a table works fine.',
  ),
];
const hQuote = j(
  'Our volunteers maintain the tide tables for forty harbours by pasting from the harbour offices’ sheets. Since the editor',
  'update, each of those edits has to be repaired by hand in the source editor.',
);
const hWhy = [
  j(
    'Nested tables are rare on the wiki, but the tide pages depend on them, and most of the people who edit them never use the',
    'source editor. Three tide pages were broken last week before anyone noticed.',
  ),
];
const hC1 = [
  j(
    'I can reproduce this on the test wiki. The paste handler converts the clipboard HTML to a table node correctly; the problem',
    'is in the serializer, which drops the opening line for any table that is the first child of a cell.',
  ),
];
const hC2 = [
  j(
    'If the fix takes a while, could we at least warn the editor before saving? A notice saying that a nested table will be',
    'changed would already prevent most of the damage on the tide pages.',
  ),
];
const hC3 = [
  j(
    'The serializer patch is up for review and includes a test with a table nested as the first child, the last child and the only',
    'child of a cell. No warning should be needed once it is deployed, which should be with the next weekly train.',
  ),
];
const hC4 = [
  j(
    'Deployed on Tuesday. I pasted tide data into three test pages and saved each of them twice; the nested tables survived every',
    'time, and the diff shows only the cells I changed.',
  ),
];
const hActions = ['Edit Task', 'Edit Related Tasks...', 'Edit Related Objects...', 'Subscribe', 'Award Token'];
const hApps = ['Maniphest', 'Differential', 'Diffusion', 'Phriction', 'Projects'];
const hMinor = (who: string, what: string, when: string): string => `<div class="phui-timeline-shell"><div class="phui-timeline-event-view
phui-timeline-minor-event"><div class="phui-timeline-content"><div class="phui-timeline-group"><div class="phui-timeline-title phui-timeline-title-with-icon">
<span class="phui-timeline-icon-fill"><span class="visual-only phui-icon-view phui-font-fa fa-pencil"></span></span><a href="/p/${who}/"
class="phui-handle phui-link-person">${who}</a> ${what}<span class="phui-timeline-extra"><a href="#">${when}</a></span></div></div></div></div></div>`;
const hMajor = (id: string, who: string, when: string, paras: string[]): string => `<div class="phui-timeline-shell"><div class="phui-timeline-event-view
phui-timeline-spacer"></div><div class="phui-timeline-event-view phui-timeline-major-event" id="${id}"><div class="phui-timeline-content"><a
class="phui-timeline-image" href="/p/${who}/"></a><div class="phui-timeline-wedge"></div><div class="phui-timeline-group"><div class="phui-timeline-title
phui-timeline-title-with-icon"><a href="/p/${who}/" class="phui-handle phui-link-person">${who}</a> added a comment.<span class="phui-timeline-extra"><a
href="#${id}" data-sigil="has-tooltip">${when}</a></span></div><div class="phui-timeline-core-content"><span class="transaction-comment"><div
class="phabricator-remarkup">${ps(paras)}</div></span></div></div></div></div></div>`;
const hHtml = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>⚓ T2714 ${hTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no"><meta name="referrer" content="no-referrer">
<link rel="stylesheet" type="text/css" href="/res/defaultX/phabricator/core.pkg.css"><link rel="stylesheet" href="/res/defaultX/phabricator/maniphest.pkg.css">
<script type="text/javascript" src="/res/defaultX/phabricator/init.js"></script></head><body class="device-desktop platform-linux phui-theme-blindigo">
<div class="main-page-frame" id="main-page-frame"><div class="phabricator-main-menu phabricator-main-menu-background" id="UQ0_0"><a
class="phabricator-main-menu-brand" href="/"><span class="phabricator-wordmark">Quaystone Phabricator</span></a>
<ul class="phabricator-application-menu">${links(hApps, 'phui-list-item-view phui-list-item-type-link')}</ul>
<form class="phabricator-main-menu-search" action="/search/"><input type="text" name="query" placeholder="Search"></form><a
class="phui-button phui-button-default" href="/auth/start/?next=%2FT2714">Log In</a></div>
<div id="phabricator-standard-page" class="phabricator-standard-page"><div class="phabricator-standard-page-body"><div class="phui-crumbs-view
phui-crumbs-border"><a href="/maniphest/" class="phui-crumb-view phui-crumb-has-icon">Maniphest</a><span class="phui-crumb-divider"> &gt; </span><span
class="phui-crumb-view phabricator-last-crumb">T2714</span></div>
<div class="phui-two-column-view phui-side-column-right with-subheader"><div class="phui-two-column-container"><div class="phui-two-column-header">
<div class="phui-header-shell"><h1 class="phui-header-view"><div class="phui-header-row"><div class="phui-header-col2"><span
class="phui-header-header">${hTitle}</span><div class="phui-header-subheader"><span class="phui-tag-view phui-tag-type-shade phui-tag-violet
phui-tag-shade"><span class="phui-tag-core">Resolved</span></span> <span class="policy-header-callout"><span class="policy-link">Public</span></span></div>
</div></div></h1></div></div><div class="phui-two-column-content"><div class="phui-two-column-row grouped"><div class="phui-side-column">
<div class="phui-curtain-view"><ul
class="phabricator-action-list-view">${links(hActions, 'phabricator-action-view')}</ul>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Assigned To</div><div class="phui-curtain-panel-body">fenwick.o</div></div>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Authored By</div><div class="phui-curtain-panel-body">marisol.k, Apr 1 2026, 9:18
AM</div></div>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Tags</div><div class="phui-curtain-panel-body"><span class="phui-tag-core">VisualEditor
(Tables)</span> <span class="phui-tag-core">User-notice</span></div></div>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Subscribers</div><div class="phui-curtain-panel-body">7 subscribers</div></div>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Referenced Files</div><div
class="phui-curtain-panel-body">F48113: tide-paste.webm</div></div>
</div></div><div class="phui-main-column"><div class="phui-box phui-box-border phui-object-box mlt mll mlr"><div class="phui-header-shell"><h1
class="phui-header-view"><span class="phui-header-header">Description</span></h1></div><div class="phui-property-list-section"><div
class="phui-property-list-container"><div class="phui-property-list-text-content"><div class="phabricator-remarkup">
<h2 class="remarkup-header">What happens</h2>
${ps(hWhat)}
<blockquote>${ps([hQuote])}</blockquote>
<h2 class="remarkup-header">Why it matters</h2>
${ps(hWhy)}
</div></div></div></div></div>
<div class="phui-timeline-view" id="UQ0_7">
${hMinor('marisol.k', 'created this task.', 'Apr 1 2026, 9:18 AM')}
${hMinor('fenwick.o', 'triaged this task as High priority.', 'Apr 1 2026, 11:02 AM')}
${hMajor('T2714-1', 'fenwick.o', 'Apr 1 2026, 11:06 AM', hC1)}
${hMajor('T2714-2', 'marisol.k', 'Apr 2 2026, 8:40 AM', hC2)}
${hMinor('gerrit-bot', 'added a project: Patch-For-Review.', 'Apr 2 2026, 3:15 PM')}
${hMajor('T2714-3', 'fenwick.o', 'Apr 2 2026, 3:21 PM', hC3)}
${hMinor('fenwick.o', 'moved this task from Doing to Done on the VisualEditor (Tables) board.', 'Apr 7 2026, 10:30 AM')}
${hMajor('T2714-4', 'marisol.k', 'Apr 7 2026, 4:52 PM', hC4)}
${hMinor('marisol.k', 'closed this task as Resolved.', 'Apr 7 2026, 4:53 PM')}
</div><div class="phui-box phui-box-border phui-object-box mlt mll mlr"><div class="phui-header-shell"><h1 class="phui-header-view"><span
class="phui-header-header">Log In to Comment</span></h1></div><a class="button" href="/auth/start/">Log In to Comment</a></div></div></div></div></div></div>
<div class="phabricator-standard-page-footer grouped"><div class="phui-footer"><span>Content licensed under Creative Commons Attribution-ShareAlike unless
otherwise noted</span> <a href="/w/terms/">Terms of Use</a> <a href="/w/privacy/">Privacy Policy</a></div></div></div></div></div>
<script type="text/javascript">JX.Stratcom.mergeData(0,[{"token":"phabricator_sync_off"}]);
JX.onload(function(){JX.initBehaviors({"phabricator-tooltips":[]});});</script>
</body></html>`;
export const phabricator: TestPage = {
  name: 'heldout431-phabricator-task-forum',
  kind: 'forum',
  html: hHtml,
  title: hTitle,
  headings: ['What happens', 'Why it matters'],
  body: texts([...hWhat, hQuote, ...hWhy, ...hC1, ...hC2, ...hC3, ...hC4]),
  bylines: [
    'Authored By',
    'marisol.k, Apr 1 2026, 9:18 AM',
    'marisol.k',
    'fenwick.o',
    'Apr 1 2026, 11:06 AM',
    'Apr 2 2026, 8:40 AM',
    'Apr 2 2026, 3:21 PM',
    'Apr 7 2026, 4:52 PM',
  ],
  furniture: [
    'Quaystone Phabricator',
    ...hApps,
    'Log In',
    'T2714',
    'Resolved',
    'Public',
    ...hActions,
    'Assigned To',
    'Tags',
    'VisualEditor (Tables)',
    'User-notice',
    'Subscribers',
    '7 subscribers',
    'Referenced Files',
    'F48113: tide-paste.webm',
    'Description',
    'created this task.',
    'triaged this task as High priority.',
    'Apr 1 2026, 11:02 AM',
    'added a comment.',
    'gerrit-bot',
    'added a project: Patch-For-Review.',
    'Apr 2 2026, 3:15 PM',
    'moved this task from Doing to Done on the VisualEditor (Tables) board.',
    'Apr 7 2026, 10:30 AM',
    'closed this task as Resolved.',
    'Apr 7 2026, 4:53 PM',
    'Log In to Comment',
    'Content licensed under Creative Commons Attribution-ShareAlike unless otherwise noted',
    'Terms of Use',
    'Privacy Policy',
  ],
};

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file d2: a YouTrack issue in the Ring UI / React markup (header with the main menu, the issue id and
 * "Created by / Updated by" line, the summary h1, a Markdown description with h3 sections and lists, visibility and tag
 * badges, the activity stream with its filter tabs, field-change items and three comments, the fields panel with project,
 * priority, type, state, assignee, subsystem, versions and votes, the consent dialog and the "Powered by" footer).
 */
const yTitle = 'Rename refactoring skips usages inside string templates';
const yIntro = [
  j(
    'Renaming a local variable with the rename refactoring updates every plain usage, but leaves the old name inside string',
    'templates untouched. The code still compiles when the old name happens to exist in an outer scope, so the mistake is easy',
    'to miss until the output looks wrong at run time.',
  ),
];
const ySteps = [
  'Declare <code>val total = items.sum()</code> and use it as <code>"Sum: ${total}"</code> in the same function.',
  'Place the caret on the declaration and start the rename refactoring.',
  'Type <code>subtotal</code> and confirm with Enter.',
];
const yActual = ['The declaration and the plain usages are renamed, the template still reads <code>${total}</code>.'];
const yExpected = [
  j(
    'The template is updated as well, as it is for the short form without braces. In version 2025.3 both forms were renamed',
    'correctly, so this looks like a regression in the new template parser.',
  ),
  j(
    'The same happens when renaming a function parameter or a property that is used in a template, and in the preview of the',
    'refactoring the template usages are not listed at all, so there is no way to spot them before the change is applied.',
  ),
];
const yC1 = [
  j(
    'Reproduced on the latest build. The braced form is parsed as an injected fragment since the parser rewrite, and the rename',
    'processor does not search injected fragments by default. Assigning to the refactoring team.',
  ),
];
const yC2 = [
  j(
    'We hit the same problem with a larger project: a rename over four hundred files left nineteen templates with the old name,',
    'and two of them compiled because of a field with that name in the enclosing class. A warning in the preview would already',
    'help a lot.',
  ),
];
const yC3 = [
  j(
    'Fixed: the rename processor now includes injected template fragments in its search scope, and the preview lists them under',
    'their own node so they can be excluded one by one. The fix is in the next bug-fix update, and the nightly build already has',
    'it if you would like to try it earlier.',
  ),
];
const yMenu = ['Issues', 'Dashboards', 'Agile Boards', 'Reports', 'Projects', 'Knowledge Base', 'Help Center'];
const yFields = [
  ['Project', 'Pellow IDE'],
  ['Priority', 'Major'],
  ['Type', 'Bug'],
  ['State', 'Fixed'],
  ['Assignee', 'Jonas Wyeth'],
  ['Subsystem', 'Refactoring'],
  ['Affected versions', '2026.1'],
  ['Fix versions', '2026.1.2'],
  ['Included in builds', '261.4120'],
] as const;
const yComment = (id: string, who: string, when: string, paras: string[]): string => `<div class="yt-issue-activity-stream__item" data-test="comment">
<div class="yt-issue-comment" data-test="comment-${id}"><div class="yt-issue-comment__header"><span class="yt-user-avatar"><img class="avatar_a1b2" alt=""
src="/hub/api/rest/avatar/${id}"></span><a class="yt-issue-comment__author ring-link" href="/users/${id}" data-test="ring-link">${who}</a>
<span class="yt-issue-comment__timestamp"><time class="yt-timestamp" data-test="timestamp">${when}</time></span></div>
<div class="yt-issue-comment__text wiki text" data-test="comment-text">${ps(paras)}</div>
<div class="yt-issue-comment__footer"><button class="button_b3c4" data-test="reply">Reply</button><button
class="button_b3c4">Reaction</button></div></div></div>`;
const yChange = (who: string, field: string, from: string, to: string, when: string): string => `<div class="yt-issue-activity-stream__item
yt-activity-change"><span class="yt-activity-change__author">${who}</span> <time class="yt-timestamp">${when}</time><div class="yt-activity-change__field">
<span class="yt-activity-change__field-name">${field}</span> <del>${from}</del> → <ins>${to}</ins></div></div>`;
const yHtml = `<!DOCTYPE html><html lang="en" data-test="youtrack"><head><meta charset="utf-8"><title>PIDE-3320 ${yTitle} : Pellow YouTrack</title>
<meta name="description" content="Renaming a local variable with the rename refactoring updates every plain usage, but leaves the old name inside templates.">
<meta property="og:title" content="PIDE-3320 ${yTitle}"><meta property="og:site_name" content="Pellow YouTrack"><base href="/">
<link rel="stylesheet" href="/static/simplified/app.4f1e.css"><script>window.ytServerData={"version":"2026.1","build":"58120","locale":"en"};</script>
</head><body class="global global_no-scroll"><div id="app-root"><div class="app__container" data-test="app">
<div class="consent-dialog" role="dialog" aria-label="Cookie consent"><p>We use cookies to provide functionality, analyse traffic and improve this
service.</p><button class="button_primary">Accept All</button> <button class="button_b3c4">Manage Settings</button></div>
<header class="ring-header header_c4d5" data-test="ring-header"><a class="header__logo" href="/">Pellow YouTrack</a>
<nav class="header__menu"><ul class="header__menu-list">${links(yMenu, 'header__menu-item')}</ul></nav><a class="header__login" href="/hub/auth/login">Log
in...</a></header><main class="app__main"><div class="yt-issue-view" data-test="issue-view"><div class="yt-issue-view__main">
<div class="yt-issue-view__meta"><a class="yt-issue-id" href="/issue/PIDE-3320" data-test="ring-link">PIDE-3320</a>
<span class="yt-issue-view__meta-information" data-test="meta-information">Created by <a class="ring-link" href="/users/mkerr">Moira Kerr</a>
<time class="yt-timestamp">12 Mar 2026 14:22</time> · Updated by <a class="ring-link" href="/users/jwyeth">Jonas Wyeth</a>
<time class="yt-timestamp">19 Mar 2026 09:05</time></span></div>
<div class="yt-issue-body"><h1 class="yt-issue-body__summary yt-issue-body__summary-common" data-test="ticket-summary">${yTitle}</h1>
<div class="yt-issue-body__description wiki text" data-test="ticket-description">${ps(yIntro)}
<h3>Steps to reproduce</h3><ol>${lis(ySteps)}</ol>
<h3>Actual result</h3>${ps(yActual)}
<h3>Expected result</h3>${ps(yExpected)}</div>
<div class="yt-issue-tags"><span class="yt-issue-tags__tag">kotlin-templates</span> <span class="yt-issue-tags__tag">Regression</span></div>
<div class="yt-visibility-label">Visible to All Users</div></div>
<div class="yt-issue-activity-stream" data-test="activity-stream"><div class="yt-issue-activity-stream__tabs" role="tablist"><button role="tab"
aria-selected="true">Comments</button><button role="tab">History</button><button role="tab">Spent time</button><button role="tab">VCS
changes</button></div>
${yComment('jwyeth', 'Jonas Wyeth', '13 Mar 2026 10:47', yC1)}
${yChange('Jonas Wyeth', 'Subsystem', 'No subsystem', 'Refactoring', '13 Mar 2026 10:48')}
${yComment('hbeaulieu', 'Hester Beaulieu', '14 Mar 2026 16:31', yC2)}
${yChange('Jonas Wyeth', 'State', 'Open', 'Fixed', '19 Mar 2026 09:05')}
${yComment('jwyeth', 'Jonas Wyeth', '19 Mar 2026 09:05', yC3)}
<div class="yt-issue-comment-editor__placeholder">Log in to leave a comment</div></div></div>
<aside class="yt-issue-fields-panel" data-test="issue-fields-panel"><div class="fields-panel__header">Fields</div>
${yFields
  .map(
    ([k, v]) => `<div class="fields-panel__field-row" data-test="field-row"><span class="fields-panel__field-name">${k}</span>
<span class="fields-panel__field-value">${v}</span></div>`,
  )
  .join('\n')}
<div class="fields-panel__votes"><span>Votes</span> <span class="votes__count">31</span></div>
<div class="fields-panel__watchers"><span>Watchers</span> <span>12</span></div></aside></div></main>
<footer class="footer_e6f7"><span class="footer__powered">Powered by YouTrack</span> <a href="/help">Help</a> <a href="/privacy">Privacy Notice</a>
<a href="/terms">Terms of Service</a></footer></div></div><script src="/static/simplified/app.4f1e.js"></script></body></html>`;
export const youtrack: TestPage = {
  name: 'heldout431-youtrack-issue-forum',
  kind: 'forum',
  html: yHtml,
  title: yTitle,
  headings: ['Steps to reproduce', 'Actual result', 'Expected result'],
  body: texts([...yIntro, ...ySteps, ...yActual, ...yExpected, ...yC1, ...yC2, ...yC3]),
  bylines: [
    'Created by',
    'Moira Kerr',
    '12 Mar 2026 14:22',
    'Updated by',
    'Jonas Wyeth',
    '19 Mar 2026 09:05',
    '13 Mar 2026 10:47',
    'Hester Beaulieu',
    '14 Mar 2026 16:31',
  ],
  furniture: [
    'We use cookies to provide functionality, analyse traffic and improve this service.',
    'Accept All',
    'Manage Settings',
    'Pellow YouTrack',
    ...yMenu,
    'PIDE-3320',
    'kotlin-templates',
    'Visible to All Users',
    'Comments',
    'History',
    'Spent time',
    'Reply',
    'Reaction',
    '13 Mar 2026 10:48',
    'No subsystem',
    'Log in to leave a comment',
    'Fields',
    'Pellow IDE',
    'Major',
    'Subsystem',
    'Affected versions',
    'Fix versions',
    '2026.1.2',
    'Included in builds',
    '261.4120',
    'Votes',
    'Watchers',
    'Powered by YouTrack',
    'Privacy Notice',
    'Terms of Service',
  ],
};

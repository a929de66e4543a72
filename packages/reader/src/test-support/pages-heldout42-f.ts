import { type TestPage, texts } from './page-kit.js';
import { xdaThread } from './pages-heldout42-f2.js';

/**
 * Held-out batch 42, file f: a Redmine 6 issue seen anonymously (the flyout menu, top menu with Sign in / Register, header
 * with quick search and project jump, project tabs, the issues sidebar with custom queries, "Bug #id" with its status badge,
 * previous / next links, the subject, "Added by ... ago. Updated ... ago.", the attributes grid with custom fields and the %
 * Done bar, the description, related issues, the History / Notes / Property changes / Associated revisions tabs, journals
 * with property details and notes, a quoted note, the hidden revisions tab, "Also available in" and the footer).
 */
const rmTitle = 'Overdue notices sent twice on the night the clocks go back';
const rmDesc = [
  'On the night of 26 October the overdue-notice job ran twice, and about 1,900 patrons got two identical emails. Several of ' +
    'them phoned the branches the next morning thinking their account had been hacked.',
  'The job is scheduled for 01:30 local time. On the night the clocks go back, 01:30 happens twice, and the scheduler started ' +
    'the job both times. The second run did not see the notices from the first run as sent, because the sent flag is only ' +
    'committed at the end of the batch and the first run was still going.',
  'This will happen again in March the other way round: the job will be skipped entirely when 01:30 does not exist.',
];
const rmN1 = [
  'Reproduced on staging by setting the server clock to the night of the change. Both runs start, both send.',
  'I think there are two separate fixes here: schedule the job in UTC so it runs exactly once a day whatever the local clock ' +
    'does, and make the job itself refuse to start while another run is still in progress.',
];
const rmN3 = [
  'Scheduling in UTC is fine for us as long as the notices still go out before the branches open. Could the lock also cover ' +
    'the hold-shelf expiry job? It runs at the same time and I am not sure it is safe to run twice either.',
];
const rmQuote = 'Could the lock also cover the hold-shelf expiry job?';
const rmN4 = [
  'Good point. The hold-shelf job looks idempotent to me, but there is no reason not to give it the same lock. I have added a ' +
    'small helper that every scheduled job can use, and a test that starts two runs at once.',
];
const rmN5 = ['Applied in changeset <a class="changeset" href="/projects/larkspur/repository/larkspur/revisions/a91c3e07">larkspur|a91c3e07</a>.'];
const rmN6 = [
  'Deployed to production on Thursday. I will leave this as resolved until the spring change, so we can confirm the other ' +
    'half of the fix before closing it.',
];
const rmCommit = 'Run scheduled jobs in UTC and hold a lock while running (fixes #3817)';
const bea = '<a class="user active" href="/users/14">Beatriz Nunes</a>';
const tom = '<a class="user active" href="/users/3">Tomasz Zielinski</a>';
const journal = (n: number, id: number, who: string, ago: string, title: string, details: readonly string[], notes: string): string =>
  `<div id="change-${id}" class="journal${notes ? ' has-notes' : ''}${details.length ? ' has-details' : ''}"><div id="note-${n}" class="note">
<div class="contextual"><span class="journal-actions"></span><a href="#note-${n}" class="journal-link">#${n}</a></div>
<h4 class="note-header"><img alt="" class="gravatar" src="https://www.gravatar.com/avatar/${id}?rating=PG&amp;size=24&amp;default=identicon" width="24"
 height="24">
Updated by ${who} <a title="${title}" href="/projects/larkspur/activity?from=${title.slice(6, 10)}-${title.slice(0, 2)}-${title.slice(3, 5)}">${ago}</a> ago
<span class="badge badge-private private" style="display: none;">Private</span></h4>
${details.length ? `<ul class="journal-details">${details.map((d) => `<li>${d}</li>`).join('\n')}</ul>` : ''}
${notes ? `<div id="journal-${id}-notes" class="wiki">${notes}</div>` : ''}</div></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rmDetails = [
  '<strong>Status</strong> changed from <i>New</i> to <i>Confirmed</i>',
  '<strong>Assignee</strong> set to <i>Tomasz Zielinski</i>',
  '<strong>Target version</strong> set to <i>4.2.1</i>',
  '<strong>Status</strong> changed from <i>Confirmed</i> to <i>Resolved</i>',
  '<strong>% Done</strong> changed from <i>0</i> to <i>100</i>',
];
const attr = (cls: string, label: string, value: string): string =>
  `<div class="${cls} attribute"><div class="label">${label}:</div><div class="value">${value}</div></div>`;
const rmDone = '<table class="progress progress-100"><tr><td style="width: 100%;" class="closed" title="100%"></td></tr></table><p class="percent">100%</p>';
const rmTabs = ['Overview', 'Activity', 'Roadmap', 'Issues', 'News', 'Wiki', 'Forums', 'Repository'];
const rmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bug #3817: ${rmTitle} - Larkspur ILS - Larkspur Tracker</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Redmine"><meta name="keywords"
 content="issue,bug,tracker">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="q0Zc7iJQm1yYvUo2dXbB0w">
<link rel="shortcut icon" href="/assets/favicon-2a8c3e0b.ico"><link rel="stylesheet" href="/assets/jquery/jquery-ui-1.13.2-70e53573.css" media="all">
<link rel="stylesheet" href="/assets/application-4c1f5c6a.css" media="all"><link rel="stylesheet" href="/assets/responsive-b1a0f9d3.css"
 media="screen and (max-width: 899px)">
<script src="/assets/jquery-3.7.1-ui-1.13.3-3ca148b8.js"></script><script src="/assets/application-e1f09b0c.js"></script>
<script>
//<![CDATA[
$(window).on('load', function(){ warnLeavingUnsaved('The current page contains unsaved text that will be lost if you leave this page.'); });
//]]>
</script>
<link rel="alternate" type="application/atom+xml" title="Larkspur ILS - Bug #3817" href="https://tracker.larkspur-ils.example/issues/3817.atom"></head>
<body class="project-larkspur has-main-menu controller-issues action-show avatars-on"><div id="wrapper"><div class="flyout-menu js-flyout-menu">
<div class="flyout-menu__search"><form action="/projects/larkspur/search" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" value="✓">
<label class="search-magnifier search-magnifier--flyout" for="flyout-search">⚲</label><input type="text" name="q" id="flyout-search"
 class="small js-search-input"
 placeholder="Search"></form></div><h3>Project</h3><span class="js-project-menu"></span><h3>General</h3><span class="js-general-menu"></span>
<span class="js-sidebar flyout-menu__sidebar"></span><h3>Profile</h3><span class="js-profile-menu"></span></div>
<div id="top-menu"><div id="account"><ul><li><a class="login" href="/login?back_url=https%3A%2F%2Ftracker.larkspur-ils.example%2Fissues%2F3817">Sign in</a></li>
<li><a class="register" href="/account/register">Register</a></li></ul></div><ul><li><a class="home" href="/">Home</a></li><li><a class="projects"
 href="/projects">Projects</a></li>
<li><a class="help" href="https://www.redmine.org/guide">Help</a></li></ul></div>
<div id="header"><a href="#" class="mobile-toggle-button js-flyout-menu-toggle-button"></a><div id="quick-search"><form action="/projects/larkspur/search"
 accept-charset="UTF-8" method="get"><input type="hidden" name="scope" value="subprojects"><label for="q"><a accesskey="4"
 href="/projects/larkspur/search?scope=subprojects">Search</a>:
</label><input type="text" name="q" id="q" size="20" class="small" accesskey="f" data-auto-complete="true"></form>
<div id="project-jump" class="drdn"><span class="drdn-trigger">Larkspur ILS</span><div class="drdn-content"><div class="quick-search">
<input type="text" name="q" id="projects-quick-search" value="" class="autocomplete" autocomplete="off"></div><div class="drdn-items all-projects selection">
<a class="selected" href="/projects?jump=issues">All Projects</a></div></div></div></div>
<h1><span class="current-project">Larkspur ILS</span></h1><div id="main-menu" class="tabs"><ul>${rmTabs
  .map((t) => `<li><a class="${t.toLowerCase()}${t === 'Issues' ? ' selected' : ''}" href="/projects/larkspur/${t.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul>
<div class="tabs-buttons" style="display:none;"><button class="tab-left" onclick="moveTabLeft(this); return false;"></button>
<button class="tab-right" onclick="moveTabRight(this); return false;"></button></div></div></div>
<div id="main" class=""><div id="sidebar"><h3>Issues</h3><ul><li><a href="/projects/larkspur/issues?set_filter=1">View all issues</a></li>
<li><a href="/projects/larkspur/issues/report">Summary</a></li></ul><ul><li><a href="/projects/larkspur/issues/calendar">Calendar</a></li>
<li><a href="/projects/larkspur/issues/gantt">Gantt</a></li></ul><h3>Custom queries</h3><ul class="queries"><li><a class="query"
 href="/projects/larkspur/issues?query_id=4">
Open bugs by version</a></li><li><a class="query" href="/projects/larkspur/issues?query_id=9">Circulation backlog</a></li></ul></div>
<div id="content"><h2 class="inline-block">Bug #3817</h2><span class="badge badge-status-open">Resolved</span>
<div class="issue tracker-1 status-3 priority-5 priority-high3 details" id="issue-3817"><div class="next-prev-links contextual">
<a title="Bug #3812: Renewal limit ignored for interlibrary loans" href="/issues/3812">« Previous</a> | <span class="position">3 of 41</span> |
<a title="Bug #3821: Patron search slow with diacritics" href="/issues/3821">Next »</a></div>
<div class="gravatar-with-child"><img alt="" title="Author: Beatriz Nunes" class="gravatar" src="https://www.gravatar.com/avatar/b1?size=50" width="50"
 height="50">
<img alt="" title="Assignee: Tomasz Zielinski" class="gravatar gravatar-child" src="https://www.gravatar.com/avatar/t3?size=22" width="22" height="22"></div>
<div class="subject"><div><h3>${rmTitle}</h3></div></div>
<p class="author">Added by ${bea} <a title="10/27/2025 08:41 AM" href="/projects/larkspur/activity?from=2025-10-27">about 1 month</a> ago.
Updated <a title="11/20/2025 03:05 PM" href="/projects/larkspur/activity?from=2025-11-20">9 days</a> ago.</p>
<div class="attributes"><div class="splitcontent"><div class="splitcontentleft">${attr('status', 'Status', 'Resolved')}${attr('priority', 'Priority', 'High')}
${attr('assigned-to', 'Assignee', `<img alt="" class="gravatar" src="https://www.gravatar.com/avatar/t3?size=14" width="14" height="14"> ${tom}`)}
${attr('category', 'Category', 'Circulation')}${attr('fixed-version', 'Target version', '<a href="/versions/57">4.2.1</a>')}</div><div class="splitcontentleft">
${attr('start-date', 'Start date', '10/27/2025')}${attr('due-date', 'Due date', '')}
${attr('progress', '% Done', rmDone)}
${attr('estimated-hours', 'Estimated time', '')}</div></div><div class="splitcontent"><div class="splitcontentleft">
${attr('cf_2 string_cf', '<span>Affected version</span>', '4.2.0')}</div><div
 class="splitcontentleft">${attr('cf_4 list_cf', '<span>Branch</span>', 'All branches')}</div></div></div>
<hr><div class="description"><div class="contextual"></div><p><strong>Description</strong></p><div class="wiki">
${ps(rmDesc)}</div></div><hr><div id="relations"><div class="contextual"></div><p><strong>Related issues</strong></p><table class="list issues odd-even">
<tr class="issue hascontextmenu"><td class="subject" style="width: 50%"><span class="relation">Related to</span> <a class="issue tracker-2 status-1"
 href="/issues/3650">Feature #3650</a>:
Allow scheduled jobs to use a fixed time zone</td><td class="status">New</td><td class="start_date"></td><td class="due_date"></td><td
 class="buttons"></td></tr></table></div></div>
<div id="history"><div class="tabs"><ul><li><a id="tab-history" class="selected" href="/issues/3817?tab=history">History</a></li>
<li><a id="tab-notes" href="/issues/3817?tab=notes">Notes</a></li><li><a id="tab-properties" href="/issues/3817?tab=properties">Property changes</a></li>
<li><a id="tab-changesets" href="/issues/3817?tab=changesets">Associated revisions</a></li></ul></div><div id="tab-content-history" class="tab-content">
${journal(1, 21904, tom, 'about 1 month', '10/27/2025 11:02 AM', rmDetails.slice(0, 2), ps(rmN1))}
${journal(2, 21911, tom, 'about 1 month', '10/27/2025 11:03 AM', rmDetails.slice(2, 3), '')}
${journal(3, 21957, bea, '30 days', '10/30/2025 09:26 AM', [], ps(rmN3))}
${journal(
  4,
  22010,
  tom,
  '27 days',
  '11/02/2025 04:48 PM',
  [],
  `<p>${bea.replace(/<[^>]+>/g, '')} wrote in <a
 href="#note-3">#note-3</a>:</p><blockquote><p>${rmQuote}</p></blockquote>\n${ps(rmN4)}`,
)}
${journal(5, 22031, tom, '25 days', '11/04/2025 10:15 AM', rmDetails.slice(3), ps(rmN5))}
${journal(6, 22305, bea, '9 days', '11/20/2025 03:05 PM', [], ps(rmN6))}</div>
<div id="tab-content-changesets" class="tab-content" style="display:none;"><div id="changeset-4188" class="changeset journal"><h4>Revision
<a href="/projects/larkspur/repository/larkspur/revisions/a91c3e07">a91c3e07</a> (<a
 href="/projects/larkspur/repository/larkspur/revisions/a91c3e07/diff">diff</a>)</h4>
<p class="author">Added by Tomasz Zielinski 25 days ago</p><div class="wiki changeset-comments"><p>${rmCommit}</p></div></div></div></div>
<div style="clear: both;"></div><div class="contextual"></div><div style="clear: both;"></div>
<p class="other-formats">Also available in: <span><a class="atom" rel="nofollow" href="/issues/3817.atom">Atom</a></span> <span><a class="pdf" rel="nofollow"
 href="/issues/3817.pdf">PDF</a></span></p>
</div></div><div id="ajax-indicator" style="display:none;"><span>Loading...</span></div><div id="ajax-modal" style="display:none;"></div>
<div id="footer">Powered by <a target="_blank" rel="noopener"
 href="https://www.redmine.org/">Redmine</a> &copy; 2006-2025 Jean-Philippe Lang</div></div></body></html>`;
const redmineIssue: TestPage = {
  html: rmHtml,
  name: 'heldout42-redmine-issue',
  kind: 'forum',
  // the subject is the title; the description and every journal note are body, the "Applied in changeset" note too (as the
  // Trac page's commit-hook comment); the quoted line in note 4 with its "Beatriz Nunes wrote in #note-3:" line is in
  // neither list; the author and each journal's author with the time links ("about 1 month", "30 days" ...) are bylines
  // ("Added by", "Updated by", "ago" in neither); "Bug #3817", the status badge, previous / next, the attributes grid,
  // "Description", related issues, the tabs, journal numbers and property details, the hidden revisions tab (its commit
  // message too), "Also available in", menus, sidebar and footer are furniture; the "Updated 9 days ago." line's time is the
  // last note's time: a byline; the status "Resolved", "Next »", the journal number "#1" and the revision "a91c3e07" are
  // words of the body: left out
  title: rmTitle,
  headings: [],
  body: [...texts(rmDesc), ...texts(rmN1), ...texts(rmN3), ...texts(rmN4), ...texts(rmN5), ...texts(rmN6)],
  bylines: ['Beatriz Nunes', 'Tomasz Zielinski', 'about 1 month', '30 days', '27 days', '25 days', '9 days'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Project', 'General', 'Profile', 'Sign in', 'Register', 'Home', 'Projects', 'Help', 'Larkspur ILS', 'All Projects', ...rmTabs, 'View all issues',
    'Summary', 'Calendar', 'Gantt', 'Custom queries', 'Open bugs by version', 'Circulation backlog', 'Bug #3817', '« Previous', '3 of 41', 'Status:',
    'Priority:', 'High', 'Assignee:', 'Category:', 'Circulation', 'Target version:', '4.2.1', 'Start date:', '10/27/2025',
    'Due date:', '% Done:', '100%', 'Estimated time:', 'Affected version', '4.2.0', 'Branch', 'All branches', 'Description', 'Related issues',
    'Related to', 'Feature #3650', 'Allow scheduled jobs to use a fixed time zone', 'New', 'History', 'Notes', 'Property changes', 'Associated revisions',
    '#2', '#3', '#4', '#5', '#6', 'Private', 'Status changed from New to Confirmed', 'Assignee set to Tomasz Zielinski',
    'Target version set to 4.2.1', 'Status changed from Confirmed to Resolved', '% Done changed from 0 to 100', 'Revision', 'diff',
    'Added by Tomasz Zielinski 25 days ago', rmCommit, 'Also available in:', 'Atom', 'PDF', 'Loading...', 'Powered by', 'Redmine',
    '2006-2025 Jean-Philippe Lang',
  ],
};

export const HELDOUT42_F: readonly TestPage[] = [redmineIssue, xdaThread];

import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 44, file d2: an issue on JetBrains' public YouTrack, saved as rendered for a guest (the Ring UI header with
 * the product links and "Log in", the issue id with its copy button, the summary, the "Created by ... Updated by ..." line and
 * the visibility label, the vote and star buttons, the markdown description with a list and a pasted "About" block, the
 * links panel, the fields panel (project, priority, type, state, assignee, subsystem, versions, builds, verified), the activity
 * tabs, the comments with the JetBrains badge, times and reactions, the guest comment prompt, the cookie banner and the
 * "Powered by YouTrack" footer).
 */
const ytTitle = "Local History: 'Show History for Selection' is empty after the file was moved by a refactoring";
const ytDesc1 = [
  'After a file is moved to another package with the Move refactoring, Show History for Selection on any part of it opens an ' +
    'empty window. Show History for the whole file still works and lists the changes from before the move.',
  'Steps:',
];
const ytSteps = [
  'Open any Java or Kotlin file and make a few edits so that Local History has some revisions.',
  'Move the file to another package with F6 and accept the refactoring.',
  'Select a few lines that existed before the move and choose Local History | Show History for Selection.',
];
const ytAbout = `IntelliJ IDEA 2025.1.2 (Ultimate Edition)
Build #IU-251.26094.121, built on June 3, 2025
Runtime version: 21.0.7+6-b1038.58 amd64
VM: OpenJDK 64-Bit Server VM by JetBrains s.r.o.
Linux 6.8.0-60-generic`;
const ytDesc2 = [
  'This worked in 2024.3. It makes Local History much less useful on projects where we reorganise packages often, which is ' + 'exactly when you need it most.',
];
interface YtComment {
  id: string;
  who: string;
  staff: boolean;
  when: string;
  text: string[];
  reactions: string;
}
const ytComments: YtComment[] = [
  {
    id: '27-11820441',
    who: 'Anna Lindqvist',
    staff: true,
    when: '12 Jun 2025 10:41',
    reactions: '',
    text: [
      'Thank you for the report. I can reproduce it in 2025.1.2 and the current 2025.2 EAP. The selection view looks up the history ' +
        'by path, and after a move it asks for the new path only, so the earlier revisions are not found. The whole-file view ' +
        'follows the move, which is why it still works.',
    ],
  },
  {
    id: '27-11823906',
    who: 'Rafael Souza',
    staff: false,
    when: '13 Jun 2025 08:15',
    reactions: '4',
    text: ['Same here on GoLand 2025.1. It also happens after Rename File, not only after Move.'],
  },
  {
    id: '27-11830172',
    who: 'Anna Lindqvist',
    staff: true,
    when: '16 Jun 2025 14:22',
    reactions: '7',
    text: [
      'Thanks, that makes sense, rename goes through the same code. The fix is planned for 2025.2.',
      'As a workaround, open Show History for the whole file, select the revision from before the move and use the diff there to ' + 'find the lines you need.',
    ],
  },
  {
    id: '27-11841390',
    who: 'Maya Brennan',
    staff: false,
    when: '19 Jun 2025 16:47',
    reactions: '',
    text: [
      'Will the fix also bring back the history of files that were moved before it? We moved a whole module last month and I would ' +
        'like to see what a colleague changed in one method before the move.',
    ],
  },
  {
    id: '27-11842208',
    who: 'Anna Lindqvist',
    staff: true,
    when: '20 Jun 2025 09:05',
    reactions: '2',
    text: [
      'Yes, as long as Local History still has them. The revisions are stored, only the lookup misses them, so after the update ' +
        'the selection view finds them again. Keep in mind that by default it only keeps a few working days of changes.',
    ],
  },
  {
    id: '27-11972655',
    who: 'Derek Whitfield',
    staff: false,
    when: '22 Jul 2025 19:03',
    reactions: '',
    text: ['Confirmed fixed in 2025.2 EAP 4. Thank you!'],
  },
];
const ytNav = ['Issues', 'Dashboards', 'Agile Boards', 'Reports', 'Projects', 'Knowledge Base'];
const ytFields = [
  ['Project', 'IntelliJ Platform'],
  ['Priority', 'Major'],
  ['Type', 'Bug'],
  ['State', 'Fixed'],
  ['Assignee', 'Anna Lindqvist'],
  ['Subsystem', 'Local History'],
  ['Affected versions', '2025.1.2'],
  ['Fix versions', '2025.2'],
  ['Included in builds', '252.23892.57'],
  ['Verified', 'Yes'],
];
const ytTabs = ['Comments', 'Issue history', 'Spent time', 'VCS changes'];
const ytLink = 'IJPL-152933 Local History loses changes after a branch switch';

const ytComment = (c: YtComment): string => `<div class="comment__f41b" data-test="comment" id="comment-${c.id}"><div class="commentHeader__a3d2">
<span class="avatar__d6f1"><img src="https://youtrack.jetbrains.com/hub/api/rest/avatar/${c.id}?dpr=2&amp;size=32" alt="" width="32" height="32"></span>
<a href="https://youtrack.jetbrains.com/users/${c.who.toLowerCase().replace(/ /g, '.')}" class="ring-link__ab12 commentAuthor__c7e0"
data-test="ring-link comment-author">
${c.who}</a>${c.staff ? '<span class="badge__9c21 jetbrainsBadge__e4d0" data-test="jetbrains-badge">JetBrains</span>' : ''}
<a href="https://youtrack.jetbrains.com/issue/IJPL-184227/#focus=Comments-${c.id}.0-0" class="ring-link__ab12 timestamp__b812" data-test="comment-timestamp">
<time datetime="${c.when}">${c.when}</time></a></div><div class="commentBody__e920"><div class="wiki text prewrapped" data-test="comment-text">
${c.text.map((p) => `<p>${p}</p>`).join('\n')}</div></div><div class="commentFooter__0b4e">${
  c.reactions === ''
    ? ''
    : `<button type="button" class="reaction__f7a1" data-test="reaction" aria-label="thumbs-up"><img src="/static/emoji/thumbs-up.png" alt=":+1:" width="16">
<span class="reactionCount__2d0c">${c.reactions}</span></button>`
}<button type="button" class="ring-button__ef60 addReaction__8a1b" aria-label="Add reaction" disabled></button></div></div>`;

const ytHtml = `<!DOCTYPE html>
<html lang="en" class="ring-ui-theme-light"><head><meta charset="utf-8">
<title>${ytTitle.replace(/'/g, '&#39;')} : IJPL-184227</title><base href="/">
<meta name="description"
content="After a file is moved to another package with the Move refactoring, Show History for Selection on any part of it opens an empty window.">
<meta property="og:title" content="IJPL-184227 ${ytTitle.replace(/'/g, '&#39;')}"><meta property="og:site_name" content="JetBrains YouTrack">
<link rel="icon" href="/static/favicon.ico"><link rel="stylesheet" href="/static/simplified/app.3f9a1c.css">
<script>window.ytConfiguration = {"version":"2025.2","build":"86519","ringUrl":"https://youtrack.jetbrains.com/hub","guestUser":true};</script></head>
<body class="yt-body"><div id="app-root" class="app__c2f4"><noscript>You need to enable JavaScript to run this app.</noscript>
<header class="header__c0f1 ring-ui-header" data-test="ring-header"><a href="/" class="logo__ad03" aria-label="YouTrack"><svg class="logo-svg"
aria-hidden="true"></svg></a>
<nav class="headerNav__8e31">${ytNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="ring-link__ab12 headerLink__1f2a">${t}</a>`,
  )
  .join('\n')}</nav>
<div class="headerRight__4c9d"><button type="button" class="ring-button__ef60 headerSearch__f01c" aria-label="Search"></button>
<a href="/hub/auth/login?redirect_uri=%2Fissue%2FIJPL-184227" class="ring-button__ef60 login__2b7a" data-test="login-button">Log in</a></div></header>
<main class="issueContainer__5e0a" data-test="issue-container"><div class="issueContent__8d12">
<div class="issueIdLine__a0f9"><a href="/issue/IJPL-184227" class="ring-link__ab12 issueId__1ce9" data-test="ring-link issue-id">IJPL-184227</a>
<button type="button" class="ring-button__ef60 copy__79c1" aria-label="Copy issue link" title="Copy link"></button>
<span class="visibility__3e2b" data-test="visibility-label">Visible to All Users</span></div>
<h1 class="summary__9b1f" data-test="ticket-summary">${ytTitle.replace(/'/g, '&#39;')}</h1>
<div class="meta__0ac4" data-test="ticket-meta"><span>Created by <a href="/users/derek.whitfield" class="ring-link__ab12">Derek Whitfield</a>
<time datetime="2025-06-11T09:58:17+02:00" title="11 Jun 2025 09:58">11 Jun 2025 09:58</time></span><span class="metaSep__d1e1">·</span>
<span>Updated by <a href="/users/anna.lindqvist"
class="ring-link__ab12">Anna Lindqvist</a> <time datetime="2025-07-24T11:12:00+02:00">24 Jul 2025 11:12</time></span></div>
<div class="toolbar__fa3e"><button type="button" class="ring-button__ef60 vote__b2c9" data-test="voters-button" title="Vote for this issue" disabled>
<span class="voteIcon__0d3b" aria-hidden="true">▲</span><span class="voteCount__6a0e">23</span></button>
<button type="button" class="ring-button__ef60 star__17ef" title="Star" aria-label="Star" disabled></button></div>
<div class="description__8f5e" data-test="ticket-description"><div class="wiki text prewrapped">${ytDesc1.map((p) => `<p>${p}</p>`).join('\n')}
<ol>${ytSteps.map((p) => `<li>${p}</li>`).join('\n')}</ol>
<pre class="code-block__e44d"><code>${ytAbout}</code></pre>
${ytDesc2.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="links__0d9e"
data-test="issue-links"><div class="linksTitle__e8b0">Links</div><div class="linkGroup__6e77"><span class="linkType__1c55">relates to</span>
<a href="/issue/IJPL-152933" class="ring-link__ab12 resolvedIssue__a41f">${ytLink}</a></div></div>
<div class="activity__3b8a" data-test="activity"><div class="tabs__a9f8" role="tablist">
${ytTabs.map((t, i) => `<button role="tab" type="button" aria-selected="${i === 0}" class="tab__e0b1">${t}</button>`).join('')}
<span class="sort__d8b5">Oldest first</span></div>
<div class="comments__2c1f" data-test="comments-list">${ytComments.map(ytComment).join('\n')}</div>
<div class="guestPrompt__55e0" data-test="guest-comment-prompt"><a href="/hub/auth/login"
class="ring-link__ab12">Log in</a> to leave a comment</div></div></div>
<aside class="fieldsPanel__7f3c" data-test="issue-fields-panel" aria-label="Issue fields"><table class="fields__60c0"><tbody>
${ytFields
  .map(
    ([k, v]) => `<tr class="field__c31d"><td class="fieldName__b7e4">${k}</td><td class="fieldValue__9aa2"><span class="value__e75f">${v}</span>
</td></tr>`,
  )
  .join('\n')}
</tbody></table><div class="helpLink__1e40"><a href="https://www.jetbrains.com/help/youtrack/server/issues.html"
class="ring-link__ab12">How to report a bug</a></div></aside>
</main><footer class="footer__04c1 ring-ui-footer"><ul><li>Powered by <a href="https://www.jetbrains.com/youtrack/">YouTrack®</a> 2025.2</li>
<li><a href="https://www.jetbrains.com/legal/docs/privacy/privacy/">Privacy Policy</a></li><li>
<a href="https://www.jetbrains.com/legal/docs/toolbox/user/">Terms of Use</a></li>
<li>© 2000–2025 JetBrains s.r.o.</li></ul></footer>
<div class="cookieBanner__ba1c" role="dialog" aria-label="Cookie consent"
data-test="cookie-banner"><p>This site uses cookies and records your IP address to keep it secure
and working. With your consent we also use them to understand how the site is used.</p><button type="button"
class="ring-button__ef60 primary">Accept all</button>
<button type="button" class="ring-button__ef60">Manage settings</button></div></div>
<script src="/static/simplified/app.3f9a1c.js" defer></script></body></html>`;

export const youtrackIssue: TestPage = {
  html: ytHtml,
  name: 'heldout44-youtrack-issue',
  kind: 'forum',
  // the description (its paragraphs, the "Steps:" line and the steps list) and every comment are body, the reporter's last
  // "Confirmed fixed" included; the description's "Steps:" is a paragraph of its own (a label the reporter typed, not a
  // markdown heading): body; the pasted "About" block is code: in neither list; the reporter's, updater's and commenters' names
  // and the created, updated and comment times are bylines ("Created by", "Updated by" in neither); the JetBrains badge,
  // reaction counts, the issue id, visibility label, vote count, the links panel, the fields panel (its assignee is a byline
  // name already; "Local History", the state "Fixed", the "Yes" of "Verified" and the version values are words of the title or
  // body: left out), the activity tabs, sort label, the guest prompt, header (its "Projects" is a body word: left out), footer
  // and cookie banner are furniture
  title: ytTitle,
  headings: [],
  body: [...texts(ytDesc1), ...texts(ytSteps), ...texts(ytDesc2), ...ytComments.flatMap((c) => texts(c.text))],
  bylines: ['Derek Whitfield', 'Anna Lindqvist', 'Rafael Souza', 'Maya Brennan', '11 Jun 2025 09:58', '24 Jul 2025 11:12', ...ytComments.map((c) => c.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ytNav.filter((t) => t !== 'Projects'), 'Log in', 'IJPL-184227', 'Visible to All Users', '23', 'Links', 'relates to', ytLink, ...ytTabs, 'Oldest first',
    'JetBrains', 'to leave a comment', ...ytFields.map((f) => f[0]!), 'IntelliJ Platform', 'Major', 'Bug', '252.23892.57', 'How to report a bug',
    'Powered by YouTrack® 2025.2', 'Privacy Policy', 'Terms of Use', '© 2000–2025 JetBrains s.r.o.',
    'This site uses cookies and records your IP address to keep it secure and working.',
    'With your consent we also use them to understand how the site is used.', 'Accept all', 'Manage settings',
  ],
};

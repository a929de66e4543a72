import type { TestPage } from './page-kit.js';
import { alluraTicket } from './pages-heldout44-e2.js';

/**
 * Held-out batch 44, file e: a merged change on a Gerrit Code Review 3.11 server, seen by a guest and saved with its shadow
 * roots flattened into the page (the custom elements as they render): the main header with the Changes/Browse/Documentation
 * menus, the search box and "Sign in", the change header with the status chip, "Change 48213" and the subject, the action
 * buttons, the metadata column (updated, owner, uploader, reviewers, repo and branch, parent, merged as, topic, submit
 * requirements with vote chips), the commit message in a pre with its footers, the author/committer lines, the file list with
 * sizes, and the change log: automatic "Uploaded patch set" entries, CI bot results and reviewers' messages with vote chips and
 * their inline comment threads; the footer with the version and the keyboard shortcut hint.
 */
const grTitle = 'sfp: retry EEPROM read while the module is still initialising';
const grMsg = [
  'Some 10G copper SFP+ modules take up to 300 ms after insertion before their EEPROM answers on the I2C bus. During that time ' +
    'they NAK every read, and the current probe gives up after the first failure and marks the cage as empty. The module then ' +
    'stays invisible until it is removed and inserted again.',
  'Retry the identification read while the module NAKs, up to a limit set by the new sfp,probe-retries device tree property ' +
    '(default 10) with 50 ms between attempts. Other bus errors still fail at once, so a broken bus does not delay boot.',
  'Tested with six copper modules from three vendors on the Kestrel and Osprey boards. All six are now detected on first ' +
    'insertion; previously four of them needed a second insertion.',
];
const grSigned = 'Signed-off-by: Priya Raman <priya.raman@tideos.example>';
const grChangeId = 'Change-Id: I6c0f2b5e8a1d4f7093b2c6e4d8a7f1b3c5e9d2a0';
/** A commit message paragraph hard-wrapped at 72 columns, as git stores it. */
const wrap72 = (p: string): string =>
  p
    .split(' ')
    .reduce<string[]>((lines, w) => {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + 1 + w.length <= 72) lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w);
      return lines;
    }, [])
    .join('\n');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface GrThread {
  path: string;
  line: number;
  who: string;
  when: string;
  text: string;
}
interface GrMessage {
  who: string;
  when: string;
  ps: number;
  auto?: string;
  votes?: string[];
  text?: string[];
  threads?: GrThread[];
}
const sfp = 'drivers/net/phy/sfp.c';
const grMessages: GrMessage[] = [
  { who: 'Priya Raman', when: 'Mar 4 11:02', ps: 1, auto: 'Uploaded patch set 1.' },
  {
    who: 'TideCI',
    when: 'Mar 4 11:31',
    ps: 1,
    votes: ['Verified+1'],
    auto: 'Build Successful: 14 of 14 jobs passed. https://ci.tideos.example/job/fw-verify/8841/',
  },
  {
    who: 'Jonas Becker',
    when: 'Mar 4 16:20',
    ps: 1,
    votes: ['Code-Review-1'],
    text: [
      'The retry loop looks right, but please do not hard-code ten attempts. Other boards may need a longer window, so a device ' +
        'tree property with a sensible default would be better.',
    ],
    threads: [
      {
        path: sfp,
        line: 398,
        who: 'Jonas Becker',
        when: 'Mar 4 16:12',
        text: 'Nit: the comment says 200 ms, but the loop waits up to 500 ms in total.',
      },
      {
        path: sfp,
        line: 412,
        who: 'Jonas Becker',
        when: 'Mar 4 16:18',
        text:
          'msleep() here runs with the sfp lock held, so a slow module blocks every other cage on the same bus for half a second. ' +
          'Can you drop the lock around the sleep?',
      },
    ],
  },
  { who: 'Priya Raman', when: 'Mar 5 09:40', ps: 2, auto: 'Uploaded patch set 2.' },
  {
    who: 'Priya Raman',
    when: 'Mar 5 09:47',
    ps: 2,
    text: ['Thanks for the review. Both points are addressed in patch set 2, and the binding document describes the new property.'],
    threads: [
      { path: sfp, line: 398, who: 'Priya Raman', when: 'Mar 5 09:44', text: 'Fixed the comment, it now says 500 ms.' },
      {
        path: sfp,
        line: 412,
        who: 'Priya Raman',
        when: 'Mar 5 09:46',
        text:
          'The lock is now released before the sleep and taken again afterwards, and the module state is checked again once the ' +
          'lock is back, in case the module was pulled in the meantime.',
      },
    ],
  },
  {
    who: 'TideCI',
    when: 'Mar 5 10:12',
    ps: 2,
    votes: ['Verified+1'],
    auto: 'Build Successful: 14 of 14 jobs passed. https://ci.tideos.example/job/fw-verify/8870/',
  },
  {
    who: 'Jonas Becker',
    when: 'Mar 5 14:22',
    ps: 2,
    votes: ['Code-Review+2'],
    text: ['Thanks, this is much better. I checked the new property against the binding document and it matches.'],
  },
  { who: 'Jonas Becker', when: 'Mar 6 08:05', ps: 2, auto: 'Change has been successfully merged by Jonas Becker' },
];
const grMenus = ['Changes', 'Browse', 'Documentation'];
const grMeta = [
  ['Updated', 'Mar 6'],
  ['Owner', 'Priya Raman'],
  ['Uploader', 'Priya Raman'],
  ['Reviewers', 'Jonas Becker TideCI'],
  ['CC', 'No reviewers'],
  ['Repo | Branch', 'tideos/firmware | main'],
  ['Parent', '4f9a2c1'],
  ['Merged As', '8d3e7b0'],
  ['Topic', 'sfp-probe'],
  ['Strategy', 'Rebase If Necessary'],
];
const grFiles = [
  ['Commit message', '', ''],
  ['Documentation/devicetree/bindings/net/sff,sfp.yaml', '+9', '-0'],
  [sfp, '+41', '-6'],
];

const grThread = (t: GrThread): string => `<gr-comment-thread class="thread" path="${t.path}" line-num="${t.line}"><div class="pathInfo">
<a href="/c/tideos/firmware/+/48213/comment/${t.line}/" class="path">${t.path}</a><span class="descriptionText">Line ${t.line}:</span></div>
<gr-comment class="comment"><div class="header"><gr-account-label class="authorName"><span class="name">${t.who}</span></gr-account-label>
<span class="patchset-text">Patchset ${t.who === 'Jonas Becker' ? 1 : 2}</span><gr-date-formatter class="date"><span>${t.when}</span></gr-date-formatter></div>
<div class="body"><gr-formatted-text class="message"><p>${t.text}</p></gr-formatted-text></div></gr-comment></gr-comment-thread>`;
const grMessage = (m: GrMessage): string => `<gr-message class="expanded${m.auto === undefined ? '' : ' autogenerated'}"><div class="container">
<div class="contentContainer"><div class="author"><gr-account-label class="authorLabel"><span class="name">${m.who}</span></gr-account-label></div>
<div class="content messageContent"><div class="message hideOnOpen"></div><div class="patchsetLabel">Patchset ${m.ps}</div>
${(m.votes ?? [])
  .map(
    (v) => `<gr-vote-chip class="vote"><span class="voteChip ${v.includes('-') ? 'negative' : 'positive'}">${v}</span>
</gr-vote-chip>`,
  )
  .join('')}
${m.threads === undefined ? '' : `<span class="commentsSummary">(${m.threads.length} comments)</span>`}
<gr-formatted-text class="message">${m.auto === undefined ? (m.text ?? []).map((p) => `<p>${p}</p>`).join('') : `<p>${m.auto}</p>`}</gr-formatted-text>
${(m.threads ?? []).map(grThread).join('\n')}</div><span class="dateContainer"><gr-date-formatter class="date"><span>${m.when}</span></gr-date-formatter></span>
</div></div></gr-message>`;

const grHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="description" content="Gerrit Code Review">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1,user-scalable=yes">
<title>(48213) ${grTitle} · Gerrit Code Review</title>
<script>window.CANONICAL_PATH = '';window.INITIAL_DATA = JSON.parse('{}');</script>
<link rel="preload" href="/fonts/roboto-latin-400.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<link rel="icon" type="image/x-icon" href="/favicon.ico"><style>html{--header-background-color:#3f51b5;}gr-app{display:flex;min-height:100vh;}</style>
<script src="/polygerrit_ui/elements/gr-app.js" crossorigin="anonymous" type="module"></script></head>
<body unresolved><gr-app id="app"><gr-app-element><gr-main-header id="mainHeader" role="banner"><header>
<a href="/q/status:open+-is:wip"
class="bigTitle"><gr-endpoint-decorator name="header-title"><div class="titleText">TideOS Code Review</div></gr-endpoint-decorator></a>
<ul class="links">${grMenus
  .map(
    (t) => `<li><gr-dropdown link="" down-arrow=""><span class="linksTitle"
id="${t}">${t}</span></gr-dropdown></li>`,
  )
  .join('')}</ul>
<div class="rightItems"><gr-smart-search id="search" label="Search for changes"><gr-search-bar><form><gr-autocomplete id="searchInput"
label="Search for changes">
<input id="input" placeholder="Search for changes" aria-label="Search for changes"></gr-autocomplete></form></gr-search-bar></gr-smart-search>
<div class="accountContainer" id="accountContainer"><a class="loginButton"
href="/login/%2Fc%2Ftideos%2Ffirmware%2F%2B%2F48213">Sign in</a></div></div></header></gr-main-header>
<main><gr-change-view><div class="container loading" hidden="">Loading...</div><div id="mainContent" class="container">
<section class="changeInfoSection"><div class="header" role="banner"><div class="headerTitle"><div class="changeStatuses">
<gr-change-status><div class="chip merged" aria-label="Label: Merged">Merged</div></gr-change-status></div>
<gr-button class="showCopyLinkDialogButton" link=""><span class="changeNumber">Change 48213</span></gr-button>
<span class="headerSubject">${grTitle}</span><gr-copy-clipboard class="changeCopyClipboard" hide-input=""></gr-copy-clipboard></div>
<div class="commitActions"><gr-change-actions id="actions"><gr-button>Cherry pick</gr-button><gr-button>Revert</gr-button><gr-button>Download</gr-button>
</gr-change-actions></div></div>
<div class="changeInfo"><div class="changeInfo-column changeMetadata"><gr-change-metadata id="metadata">
${grMeta.map(([k, v]) => `<section><span class="title">${k}</span><span class="value">${v}</span></section>`).join('\n')}
<gr-submit-requirements><h3 class="metadata-title heading-3">Submit Requirements</h3><table class="requirements"><tbody>
<tr><td class="status">✓</td><td class="name">Code-Review</td><td class="value"><gr-vote-chip><span class="voteChip positive">+2</span></gr-vote-chip>
<gr-account-label><span class="name">Jonas Becker</span></gr-account-label></td></tr><tr><td class="status">✓</td><td class="name">Verified</td>
<td class="value"><gr-vote-chip><span class="voteChip positive">+1</span></gr-vote-chip><gr-account-label><span class="name">TideCI</span></gr-account-label>
</td></tr>
</tbody></table></gr-submit-requirements></gr-change-metadata></div>
<div class="changeInfo-column mainChangeInfo"><div id="commitAndRelated" class="hideOnMobileOverlay"><div class="commitContainer"><div class="commitMessage">
<gr-commit-message><gr-editable-content class="collapsed"><div class="collapsed"><gr-formatted-text class="commitMessage"><pre class="plaintext">${grTitle}

${grMsg.map(wrap72).join('\n\n')}

Bug: 3187
${grChangeId}
${esc(grSigned)}
</pre></gr-formatted-text></div><div class="show-all-container"><gr-button link="" class="show-all-button">Show all</gr-button></div></gr-editable-content>
</gr-commit-message></div><div class="commitInfo"><gr-commit-info><div class="container"><span class="author">Author</span>
<span class="authorValue">Priya Raman &lt;priya.raman@tideos.example&gt; Mar 4, 2025 11:02 AM</span><span class="committer">Committer</span>
<span class="committerValue">Jonas Becker &lt;jonas.becker@tideos.example&gt; Mar 6, 2025 8:05 AM</span><span class="commit">Commit</span>
<a href="/plugins/gitiles/tideos/firmware/+/8d3e7b0">8d3e7b0</a></div></gr-commit-info></div></div>
<div class="relatedChanges"><gr-related-changes-list><h3 class="heading-3">Relation chain</h3><p class="empty">No related changes</p>
</gr-related-changes-list></div></div></div></div>
</section>
<section class="changeLog"><gr-file-list-header><div class="header"><h3 class="heading-3">Files</h3><div class="patchInfoContainer">
<span class="patchSetSelect">Patchset 2 of 2</span><gr-button link="">Expand all</gr-button></div></div></gr-file-list-header>
<gr-file-list id="fileList"><div class="header-row row" role="row"><div class="path" role="columnheader">File</div>
<div class="comments desktop" role="columnheader">Comments</div><div class="sizeBars desktop" role="columnheader">Size</div>
<div class="header-stats" role="columnheader">Delta</div></div>
${grFiles
  .map(
    (f) => `<div class="file-row row" role="row"><span class="path"><a href="/c/tideos/firmware/+/48213/2/${f[0]}" class="pathLink">${f[0]}</a></span>
<span class="stats"><span class="added">${f[1]}</span> <span class="removed">${f[2]}</span></span></div>`,
  )
  .join('\n')}
<div class="row totalChanges"><div class="total-stats"><span class="added">+50</span>, <span class="removed">-6</span></div></div></gr-file-list>
<gr-messages-list id="messageList"><div class="header"><h3 class="heading-3">Change Log</h3><gr-button link="">Expand all</gr-button>
<label class="showAllActivityToggle"><input type="checkbox"> Show all entries</label></div>
${grMessages.map(grMessage).join('\n')}</gr-messages-list></section></div></gr-change-view></main>
<footer role="contentinfo"><div><nav>Powered by <a href="https://www.gerritcodereview.com/" rel="noopener" target="_blank">Gerrit Code Review</a> (3.11.2)
<gr-endpoint-decorator name="footer-left"></gr-endpoint-decorator></nav></div><div class="rightFooter"><a class="feedback"
href="https://issues.tideos.example/new"
rel="noopener" target="_blank">Report bug</a> | Press “?” for keyboard shortcuts</div></footer></gr-app-element></gr-app>
<script>window.PRELOADED_QUERIES = {"dashboardQuery":false};</script></body></html>`;

const human = grMessages.filter((m) => m.auto === undefined);
export const gerritChange: TestPage = {
  html: grHtml,
  name: 'heldout44-gerrit-change',
  kind: 'forum',
  // the commit message is the article: its subject line is the title, its paragraphs body; its "Bug:" and "Change-Id:" footers
  // are furniture, its "Signed-off-by:" line a byline; the reviewers' and owner's messages and their inline comments are body
  // (posts); the automatic log entries ("Uploaded patch set", the CI bot's build results, "Change has been successfully merged")
  // are furniture; names (the bot's too) and message and comment times, the author and committer lines and "Updated" are
  // bylines; vote chips, "Patchset N" labels, comment counts, the file paths and line labels of threads, the metadata
  // labels and values, submit requirements, the file list, relation chain, the header with its menus and "Sign in", the
  // action buttons, the status chip, "Change 48213" and the footer are furniture; the topic "sfp-probe" and the total "+50"
  // are body words ("sfp,probe-retries", "50 ms"): left out
  title: grTitle,
  headings: [],
  body: [...grMsg, ...human.flatMap((m) => [...(m.text ?? []), ...(m.threads ?? []).map((t) => t.text)])],
  bylines: [
    grSigned,
    'Priya Raman',
    'Jonas Becker',
    'TideCI',
    'Mar 6',
    ...grMessages.map((m) => m.when),
    ...grMessages.flatMap((m) => (m.threads ?? []).map((t) => t.when)),
    'Priya Raman <priya.raman@tideos.example> Mar 4, 2025 11:02 AM',
    'Jonas Becker <jonas.becker@tideos.example> Mar 6, 2025 8:05 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TideOS Code Review', 'Loading...', '+41 -6', '+9 -0', ...grMenus, 'Sign in', 'Merged', 'Change 48213', 'Cherry pick', 'Revert', 'Download',
    ...grMeta.map((m) => m[0]!), 'No reviewers', 'tideos/firmware | main', '4f9a2c1', '8d3e7b0', 'Rebase If Necessary', 'Submit Requirements', 'Code-Review',
    'Verified', 'Bug: 3187', grChangeId, 'Show all', 'Author', 'Committer', 'Commit', 'Relation chain', 'No related changes', 'Files', 'Patchset 2 of 2',
    'Expand all', 'File', 'Comments', 'Size', 'Delta', 'Commit message', 'Documentation/devicetree/bindings/net/sff,sfp.yaml', sfp, 'Change Log',
    'Show all entries', 'Uploaded patch set 1.', 'Uploaded patch set 2.', 'Build Successful: 14 of 14 jobs passed.',
    'Change has been successfully merged by Jonas Becker', 'Verified+1', 'Code-Review-1', 'Code-Review+2', 'Patchset 1', 'Patchset 2', '(2 comments)',
    'Line 398:', 'Line 412:', 'Powered by Gerrit Code Review (3.11.2)', 'Report bug', 'Press “?” for keyboard shortcuts',
  ],
};

export const HELDOUT44_E: readonly TestPage[] = [gerritChange, alluraTicket];

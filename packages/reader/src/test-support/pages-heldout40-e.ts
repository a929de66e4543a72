import { links, type TestPage } from './page-kit.js';
import { sourcehutList } from './pages-heldout40-e2.js';

/**
 * Held-out batch 40, file e: a Wikimedia Phabricator (Maniphest) task with comments, logged out (the main menu with search and
 * "Log In", the crumbs, the phui header with status, policy and subtype tags, the "Authored by" head line, the curtain with
 * its actions, assignee, author, tags, subscribers and referenced files, the Description box in remarkup with the Wikimedia
 * bug-report template's bold labels, a list and inline code, the "Related Changes in Gerrit" table, the Event Timeline of
 * minor events and comments, gerritbot's patch notices, the "Log In to Comment" box and the Wikimedia footer).
 */
const phTitle = 'Watchlist expiry resets to “Permanent” when saving a section edit in VisualEditor';
const phDesc = [
  '<strong>Steps to replicate the issue</strong> (include links if applicable):',
  'Open any article on testwiki and edit a single section with VisualEditor (for example <a href="https://test.wikipedia.org/wiki/Sandbox"' +
    ' class="remarkup-link" rel="noreferrer">Sandbox</a>, section 2).',
  'In the save dialog, tick “Watch this page” and choose “1 month” from the expiry dropdown.',
  'Save the edit, then open Special:EditWatchlist.',
  '<strong>What happens?</strong>:',
  'The page is on the watchlist, but its expiry shows as permanent. The same steps with a full-page edit keep the one-month expiry.',
  '<strong>What should have happened instead?</strong>:',
  'The expiry chosen in the save dialog should be kept, whether the edit was to one section or to the whole page.',
  '<strong>Software version</strong> (on <tt class="remarkup-monospaced">Special:Version</tt> page; skip for WMF-hosted wikis like Wikipedia):',
  'testwiki, 1.44.0-wmf.19',
  '<strong>Other information</strong> (browser name/version, screenshots, etc.):',
  'Firefox 136 and Chrome 134 on Windows 11, logged in, no gadgets enabled.',
];
const phDescHtml = [
  `<p>${phDesc[0]}</p>`,
  `<ul class="remarkup-list">${phDesc
    .slice(1, 4)
    .map((t) => `<li class="remarkup-list-item">${t}</li>`)
    .join('')}</ul>`,
  ...phDesc.slice(4).map((t) => `<p>${t}</p>`),
].join('\n');
type Ev = { who: string; at?: string; what: string; icon: string; comment?: string[] };
const phPatch = '[mediawiki/extensions/VisualEditor@master] Keep watchlist expiry when saving a section edit';
const phGerrit = 'https://gerrit.wikimedia.org/r/1128834';
const phEvents: Ev[] = [
  { who: 'Kestrel_Ng', at: 'Mar 5 2025, 2:14 PM', what: 'created this task.', icon: 'fa-pencil' },
  { who: 'Restricted Application', what: 'added a subscriber: Hmbrine.', icon: 'fa-user-plus' },
  { who: 'Restricted Application', what: 'added a project: VisualEditor.', icon: 'fa-briefcase' },
  {
    who: 'DTorsvik',
    at: 'Mar 6 2025, 9:41 AM',
    what: 'added a comment.',
    icon: 'fa-comment',
    comment: [
      'Thanks for the clear report. I can reproduce this on testwiki and on a local install running current master.',
      'It looks like the section-edit save path builds its own API request and drops the <tt class="remarkup-monospaced">watchlistexpiry</tt> ' +
        'parameter, so the server falls back to the default. Full-page edits go through the other path, which is why they behave.',
    ],
  },
  { who: 'DTorsvik', what: 'triaged this task as Medium priority.', icon: 'fa-arrows-v' },
  { who: 'DTorsvik', what: 'moved this task from Incoming to Bugs on the VisualEditor board.', icon: 'fa-columns' },
  {
    who: 'gerritbot',
    at: 'Mar 7 2025, 3:02 PM',
    what: 'added a comment.',
    icon: 'fa-comment',
    comment: ['Change #1128834 had a related patch set uploaded (by Priya Venkatesan; author: Priya Venkatesan):', phPatch, phGerrit],
  },
  { who: 'gerritbot', what: 'added a project: Patch-For-Review.', icon: 'fa-briefcase' },
  { who: 'PVenkatesan', what: 'claimed this task.', icon: 'fa-user' },
  {
    who: 'PVenkatesan',
    at: 'Mar 7 2025, 3:10 PM',
    what: 'added a comment.',
    icon: 'fa-comment',
    comment: [
      'The patch passes the expiry through from the save dialog and adds a test for section edits. I also checked the mobile editor, ' +
        'which already uses the full-page path and was not affected.',
    ],
  },
  {
    who: 'gerritbot',
    at: 'Mar 10 2025, 11:26 AM',
    what: 'added a comment.',
    icon: 'fa-comment',
    comment: ['Change #1128834 merged by jenkins-bot:', phPatch, phGerrit],
  },
  { who: 'PVenkatesan', what: 'closed this task as Resolved.', icon: 'fa-check' },
  { who: 'gerritbot', what: 'removed a project: Patch-For-Review.', icon: 'fa-briefcase' },
  {
    who: 'Kestrel_Ng',
    at: 'Mar 12 2025, 8:05 AM',
    what: 'added a comment.',
    icon: 'fa-comment',
    comment: [
      'Confirmed fixed on testwiki after this week’s train. Section edits now keep the one-month expiry, and Special:EditWatchlist ' +
        'shows the right date. Thanks, both!',
    ],
  },
];
const phHandle = (who: string): string =>
  who === 'Restricted Application'
    ? `<a href="/p/RestrictedApplication/" class="phui-handle phui-link-person">${who}</a>`
    : `<a href="/p/${who}/" class="phui-handle phui-link-person">${who}</a>`;
const phEvent = (e: Ev, i: number): string => `<div class="phui-timeline-shell"><div class="phui-timeline-event-view ${
  e.comment ? 'phui-timeline-major-event' : 'phui-timeline-minor-event'
}" id="anchor-108342${10 + i}">${
  e.comment
    ? `<a class="phui-timeline-image" style="background-image: url(https://phab.wmfusercontent.org/file/data/${i}a7/profile.png)" href="/p/${e.who}/"></a>`
    : ''
}<div class="phui-timeline-wedge"></div><div class="phui-timeline-content"><div class="phui-timeline-title phui-timeline-title-with-icon"><span
class="phui-timeline-icon-fill"><span class="visual-only phui-icon-view phui-font-fa ${e.icon}" aria-hidden="true"></span></span>${phHandle(e.who)} ${e.what}${
  e.at ? `<span class="phui-timeline-extra"><a href="#108342${10 + i}">${e.at}</a></span>` : ''
}</div>${
  e.comment
    ? `<div class="phui-timeline-core-content"><div class="phabricator-remarkup">${e.comment
        .map(
          (p) =>
            `<p>${
              p.startsWith('https')
                ? `<a href="${p}"
class="remarkup-link" rel="noreferrer">${p}</a>`
                : p
            }</p>`,
        )
        .join('')}${
        i === 3
          ? `<div class="remarkup-code-block" data-code-lang="js" data-sigil="remarkup-code-block"><pre class="remarkup-code">// ve.init.mw.ArticleTarget.js
data.watchlist = this.watchlist ? 'watch' : 'unwatch';
// watchlistexpiry is never set here</pre></div>`
          : ''
      }</div></div>`
    : ''
}</div></div></div>`;
const phActions = [
  'Edit Task',
  'Edit Related Tasks...',
  'Edit Related Objects...',
  'Subscribe',
  'Mute Notifications',
  'Protect as security issue',
  'Award Token',
  'Flag For Later',
];
const phFootLinks = ['Wikimedia Foundation', 'Privacy Policy', 'Code of Conduct', 'Terms of Use', 'Disclaimer', 'CC-BY-SA', 'GPL', 'Credits'];
const phLicence =
  'Content licensed under Creative Commons Attribution-ShareAlike (CC BY-SA) 4.0 unless otherwise noted; code licensed under GNU ' +
  'General Public License (GPL) 2.0 or later and other open source licenses.';
const phHtml = `<!DOCTYPE html><html><head><meta charset="UTF-8" /><title>⚓ T391452 ${phTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no" /><link rel="mask-icon" color="#3D3B4F"
href="https://phab.wmfusercontent.org/res/phabricator/db699a4c/rsrc/favicons/mask-icon.svg" /><meta name="referrer" content="origin-when-cross-origin" />
<link rel="stylesheet" type="text/css" href="https://phab.wmfusercontent.org/res/defaultX/phabricator/e1d2b7c0/core.pkg.css" />
<link rel="stylesheet" type="text/css" href="https://phab.wmfusercontent.org/res/defaultX/phabricator/4c8f1e2a/maniphest.pkg.css" />
<script type="text/javascript" src="https://phab.wmfusercontent.org/res/defaultX/phabricator/9a7d0f31/rsrc/externals/javelin/core/init.js"></script>
</head><body class="device-desktop platform-linux phui-theme-blindigo"><div class="main-page-frame" id="main-page-frame"><div id="phabricator-standard-page"
class="phabricator-standard-page"><div class="phabricator-main-menu phabricator-main-menu-background" id="UQ0_2"><a class="phabricator-main-menu-brand"
href="/"><span class="aural-only">Home</span><span class="phabricator-main-menu-eye"
style="background-image: url(https://phab.wmfusercontent.org/file/data/logo.png)">
</span><span class="phabricator-wordmark">Phabricator</span></a><ul class="phui-list-view phabricator-search-menu"><li class="phui-list-item-view
phui-list-item-type-custom"><form action="/search/" method="POST" class="phabricator-main-menu-search"><input type="hidden" name="__csrf__"
value="B@u7xqz2f6" /><input type="text" name="query" id="UQ0_5" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"
placeholder="Search" /><button id="UQ0_7" class="phui-icon-view phui-font-fa fa-search"><span class="aural-only">Search</span></button></form></li></ul><a
class="button button-grey phabricator-core-login-button" href="/auth/start/?next=%2FT391452">Log In</a></div>
<div class="phabricator-standard-page-body"><div class="phui-crumbs-view phui-crumbs-border"><a href="/maniphest/" class="phui-crumb-view
phui-crumb-has-icon"><span class="visual-only phui-icon-view phui-font-fa fa-anchor" aria-hidden="true"></span><span
class="phui-crumb-name"> Maniphest</span></a><span
class="phui-crumb-divider phui-crumb-view" aria-hidden="true">›</span><a href="/T391452" class="phui-crumb-view phabricator-last-crumb"><span
class="phui-crumb-name"> T391452</span></a></div>
<div class="phui-two-column-view phui-side-column-right with-subheader"><div class="phui-two-column-container"><div class="phui-two-column-header"><div
class="phui-header-shell phui-header-tall"><h1 class="phui-header-view"><div class="phui-header-row"><div class="phui-header-col2"><span
class="phui-header-header">${phTitle}</span><div class="phui-header-subheader"><span
class="phui-tag-view phui-tag-type-shade phui-tag-violet phui-tag-shade"><span
class="phui-tag-core"><span class="visual-only phui-icon-view phui-font-fa fa-check-square-o" aria-hidden="true"></span>Closed, Resolved</span></span><span
class="policy-header-callout"><span class="visual-only phui-icon-view phui-font-fa fa-globe" aria-hidden="true"></span><a
href="/policy/explain/PHID-TASK-k3v/view/"
class="policy-link">Public</a></span><span class="phui-tag-view phui-tag-type-shade phui-tag-red phui-tag-shade"><span class="phui-tag-core">Bug
Report</span></span></div></div></div></h1><div class="phui-head-thing-view phui-head-has-image phui-head-thing-view-small"><a class="phui-head-thing-image"
style="background-image: url(https://phab.wmfusercontent.org/file/data/0a7/profile.png);" href="/p/Kestrel_Ng/"></a>Authored by <strong><a href="/p/Kestrel_Ng/"
class="phui-handle phui-link-person">Kestrel_Ng</a></strong> on Mar 5 2025, 2:14 PM.</div></div></div>
<div class="phui-two-column-content phui-two-column-footer"><div class="phui-two-column-row grouped"><div class="phui-side-column"><div
class="phui-curtain-view">
<ul class="phabricator-action-list-view">${phActions
  .map(
    (a) => `<li class="phabricator-action-view phabricator-action-view-disabled phabricator-action-view-href action-has-icon"><a
class="phabricator-action-view-item" href="/maniphest/task/edit/391452/">${a}</a></li>`,
  )
  .join('')}</ul>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Assigned To</div><div
class="phui-curtain-panel-body">${phHandle('PVenkatesan')}</div></div>
<div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Authored By</div><div class="phui-curtain-panel-body">${phHandle(
  'Kestrel_Ng',
)}, Mar 5 2025, 2:14 PM</div></div><div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Tags</div><div class="phui-curtain-panel-body"><div
class="phabricator-handle-tag-list-item"><a href="/tag/visualeditor/"
class="phui-tag-view phui-tag-type-shade phui-tag-indigo">VisualEditor (Bugs)</a></div><div
class="phabricator-handle-tag-list-item"><a href="/tag/mediawiki-watchlist/" class="phui-tag-view phui-tag-type-shade phui-tag-blue">MediaWiki-Watchlist</a>
</div></div></div><div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Subscribers</div><div class="phui-curtain-panel-body">${[
  'Hmbrine',
  'Sollux_W',
]
  .map((s) => `<a href="/p/${s}/" class="phui-handle phui-link-person">${s}</a>`)
  .join(', ')}</div></div><div class="phui-curtain-panel"><div class="phui-curtain-panel-header">Referenced Files</div><div class="phui-curtain-panel-body">None
</div></div></div></div>
<div class="phui-main-column"><div class="phui-box phui-box-border phui-object-box mlt mll mlr phui-object-box-lightblue"><div class="phui-header-shell"><h1
class="phui-header-view"><span class="phui-header-header">Description</span></h1></div><div class="phui-property-list-section"><div
class="phui-property-list-text-content"><div class="phabricator-remarkup">${phDescHtml}</div></div></div></div>
<div class="phui-box phui-box-border phui-object-box"><div class="phui-header-shell"><h1 class="phui-header-view"><span
class="phui-header-header">Details</span></h1>
</div><table class="phui-property-list-properties"><tr><th class="phui-property-list-key">Related Changes in Gerrit:</th><td
class="phui-property-list-value"><table
class="aphront-table-view"><tr><th>Subject</th><th>Repo</th><th>Branch</th><th>Lines +/-</th></tr><tr><td><a
href="${phGerrit}">Keep watchlist expiry when saving a
section edit</a></td><td>mediawiki/extensions/VisualEditor</td><td>master</td><td>+38 -6</td></tr></table></td></tr></table></div>
<div class="phui-header-shell phui-box-border"><h1 class="phui-header-view"><span class="phui-header-header">Event Timeline</span></h1></div>
<div class="phui-timeline-view" id="UQ0_40"><div class="phui-timeline-event-view phui-timeline-spacer"></div>
${phEvents.map(phEvent).join('\n')}
</div><div class="phui-box phui-box-border mlt mll mlr phui-object-box"><div class="login-to-comment"><a class="button"
href="/auth/start/?next=%2FT391452">Log In to
Comment</a></div></div></div></div></div></div></div></div>
<div class="phabricator-standard-page-footer grouped"><div
class="wmf-footer">${phLicence} By using this site, you agree to the Terms of Use, Privacy Policy, and
Code of Conduct. <ul>${links(phFootLinks)}</ul></div></div></div></div>
<script type="text/javascript">JX.onload(function(){JX.initBehaviors({"phabricator-remarkup-assist":[],"aphront-basic-tokenizer":[]});});</script>
</body></html>`;
const phabricatorTask: TestPage = {
  html: phHtml,
  name: 'heldout40-phabricator-task',
  kind: 'forum',
  // the task title is the title; the description (the bug template's bold labels are lines of its paragraphs, not heading
  // elements: body, each with its own hint in parentheses) and every comment are body, gerritbot's two patch notices too (they
  // are comments in the timeline; the patch subject line repeats in both); the remarkup code block is in neither list; names
  // of actors and commenters, the timestamps and the "Authored by" line are bylines ("Restricted Application", a rule's name, is
  // furniture); the minor events' texts ("created this task.", "triaged this task as Medium priority."…), "added a comment.",
  // the status, policy and subtype tags, crumbs, the curtain (actions, panel labels, tags, other subscribers, "None"), the box
  // headers "Description" / "Details" / "Event Timeline", the Gerrit table (its subject cell, a phrase of the body, left out),
  // "Log In", "Log In to Comment" and the footer are furniture; the "VisualEditor" project tag and the table's repo and branch
  // cells are words of the body: left out
  title: phTitle,
  headings: [],
  body: [...phDesc.map((t) => t.replace(/<[^>]+>/g, '')), ...phEvents.flatMap((e) => (e.comment ?? []).map((t) => t.replace(/<[^>]+>/g, '')))],
  bylines: ['Authored by Kestrel_Ng on Mar 5 2025, 2:14 PM.', 'Kestrel_Ng', 'DTorsvik', 'gerritbot', 'PVenkatesan', ...phEvents.flatMap((e) => e.at ?? [])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Phabricator', 'Search', 'Log In', 'Maniphest', 'T391452', 'Closed, Resolved', 'Public', 'Bug Report', ...phActions, 'Assigned To', 'Authored By',
    'Tags', 'VisualEditor (Bugs)', 'MediaWiki-Watchlist', 'Subscribers', 'Hmbrine', 'Sollux_W', 'Referenced Files', 'None', 'Description', 'Details',
    'Related Changes in Gerrit:', 'Subject', 'Repo', 'Branch', 'Lines +/-', '+38 -6', 'Event Timeline',
    'Restricted Application', 'created this task.', 'added a subscriber: Hmbrine.', 'added a project: VisualEditor.', 'added a comment.',
    'triaged this task as Medium priority.', 'moved this task from Incoming to Bugs on the VisualEditor board.', 'added a project: Patch-For-Review.',
    'claimed this task.', 'closed this task as Resolved.', 'removed a project: Patch-For-Review.', 'Log In to Comment', phLicence, ...phFootLinks,
  ],
};

export const HELDOUT40_E: readonly TestPage[] = [phabricatorTask, sourcehutList];

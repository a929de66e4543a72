import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';
import { shredditThread } from './pages-heldout272-c2.js';

/**
 * Held-out batch 272, file c: a Launchpad bug page (top bar with login, the project's location bar and facet tabs, the
 * registration line, the affected-software table, the description, comments with "wrote on" headers and activity rows
 * ("Changed in ..."), the side portlets (affects N people, tags, subscribers, duplicates, attachments), the "See full
 * activity log" link and the footer) and, from file c2, a Reddit thread in the shreddit markup.
 */
const pTitle = 'Printer queue stalls after resume from suspend until the spooler is restarted';
const pDesc = [
  j(
    'After the laptop resumes from suspend, any job sent to the network printer sits in the queue as "processing" and never',
    'prints. The printer itself is reachable and other machines can print to it. Restarting the spooler service clears the',
    'queue immediately and the jobs come out.',
  ),
  j(
    'This started with the 3.4 series of the spooler package. It happens with every printer I have tried that is discovered',
    'over the network, but not with a printer attached by cable.',
  ),
];
const pC1 = [
  j(
    'Same here on a desktop that sleeps overnight. The log shows the backend trying to reuse the socket it had before suspend',
    'and waiting on it forever. It looks like the discovery daemon announces the printer again after resume, but the spooler',
    'keeps the stale connection.',
  ),
];
const pC2 = [
  j(
    'Thank you both for the logs. I can reproduce it with a virtual printer by pausing the network interface for two minutes.',
    'The backend has no timeout on the first write, which is why it never gives up on the dead socket.',
  ),
  j(
    'A fix that adds a write timeout and reconnects once has been accepted upstream. I have prepared a package with the patch in',
    'the proposed pocket; testing on real hardware would help a lot before it is released to everyone.',
  ),
];
const pC2b = [
  j(
    'For anyone who cannot wait for the update: stopping the spooler before suspend and starting it again on wake avoids the',
    'stuck jobs. A small sleep hook in the system folder for such scripts does this automatically, but remember to delete it once',
    'the fixed package is installed, or it will hide other problems.',
  ),
];
const pC3 = [
  j(
    'Installed the package from the proposed pocket on two machines. Suspended each of them a dozen times over the weekend and',
    'printed after every resume: every job came out within a few seconds. Marking this as verified, and',
    'thanks to everyone who sent logs.',
  ),
];
const pTop = ['Code', 'Bugs', 'Blueprints', 'Translations', 'Answers'];
const pFoot = ['Take the tour', 'Read the guide', 'Launchpad API', 'Blog', 'Careers', 'System status'];
const pTags = ['regression-update', 'suspend-resume', 'verification-done'];
const comment = (n: number, name: string, id: string, date: string, body: string): string => `<div class="boardComment editable-message"
data-baseurl="/ubuntu/+source/quillprint/+bug/2051877/comments/${n}" data-i18n="comment"><div class="boardCommentDetails"><table><tbody><tr>
<td><a href="/~${id}" class="sprite person">${name}</a> (<span class="person-id">${id}</span>) wrote on <time itemprop="commentTime"
title="${date}" datetime="${date}">${date}</time>:</td><td class="bug-comment-index">
<a href="/ubuntu/+source/quillprint/+bug/2051877/comments/${n}">#${n}</a></td>
</tr></tbody></table></div><div class="boardCommentBody editable-message-body" itemprop="commentText"><div class="comment-text editable-message-text">
${body}
</div></div></div>`;
const activity = (html: string): string =>
  `<div class="boardComment"><div class="boardCommentActivity"><span class="sprite person"></span> ${html}</div></div>`;
const pHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr"><head><title>Bug #2051877 “${pTitle}” : Bugs : quillprint package :
Ubuntu</title><meta name="description" content="After the laptop resumes from suspend, any job sent to the network printer sits in the queue...">
<link rel="shortcut icon" href="/@@/launchpad.png"><link type="text/css" rel="stylesheet" media="screen, print" href="/+icing/rev19977/combo.css">
<script type="text/javascript">var LP={cache:{"context":{"web_link":"https://bugs.launchpad.example/ubuntu/+source/quillprint/+bug/2051877"}},links:{}};
</script><script src="/+combo/rev19977/?yui/yui/yui-min.js"></script></head>
<body id="document" class="tab-bugs main_side public yui3-skin-sam"><div class="yui-d0"><div id="locationbar" class="login-logout">
<a href="/+login">Log in / Register</a></div>
<div class="yui-g"><div id="maincontent" class="yui-main"><div class="top-portlet"><div id="watermark" class="watermark-apps-portlet">
<div class="wide image"><a href="/ubuntu"><img alt="" src="/@@/distribution-logo" width="64" height="64"></a></div>
<div class="wide"><h2 id="watermark-heading"><a href="/ubuntu">Ubuntu</a></h2></div>
<ul class="facetmenu">${links(pTop)}</ul></div>
<div id="bug-title"><h1 id="edit-title" class="yui3-editable_text"><span class="yui3-editable_text-text ellipsis">${pTitle}</span></h1></div>
<div id="registration" class="registering">Bug #2051877 reported by <a href="/~brisk-arn" class="sprite person">Arnfinn Brisk</a> on
<time title="2026-01-12" datetime="2026-01-12">2026-01-12</time></div>
<table id="affected-software" class="listing"><thead><tr><th>Affects</th><th>Status</th><th>Importance</th><th>Assigned to</th><th>Milestone</th></tr></thead>
<tbody><tr><td><a href="#" class="sprite package-source">quillprint (Ubuntu)</a></td><td><span class="statusFIXRELEASED">Fix Released</span></td>
<td><span class="importanceMEDIUM">Medium</span></td><td><a href="/~nkemdirim" class="sprite person">Ada Nkemdirim</a></td><td></td></tr></tbody></table>
<div class="actions"><a class="sprite add" href="#">Also affects project</a> <a class="sprite add" href="#">Also affects distribution/package</a></div></div>
<div id="edit-description" class="lazr-multiline-edit"><div class="yui3-editable_text-text">
${ps(pDesc)}
</div></div>
<div id="bug-tags"><span id="tag-list">Tags: ${pTags.map((t) => `<a href="#" class="official-tag">${t}</a>`).join(' ')}</span></div>
<div id="comments-container" class="bug-comments">
${comment(1, 'Keld Maarup', 'maarup', '2026-01-13', ps(pC1))}
${activity('<strong>Changed in quillprint (Ubuntu):</strong> status: New → Confirmed')}
${comment(2, 'Ada Nkemdirim', 'nkemdirim', '2026-01-20', ps([...pC2, ...pC2b]))}
${activity('<strong>Changed in quillprint (Ubuntu):</strong> status: Confirmed → Fix Committed')}
${comment(3, 'Arnfinn Brisk', 'brisk-arn', '2026-01-26', ps(pC3))}
${activity('<strong>Changed in quillprint (Ubuntu):</strong> status: Fix Committed → Fix Released')}</div>
<p><a href="/ubuntu/+source/quillprint/+bug/2051877/+activity">See full activity log</a></p>
<div id="add-comment-login-first"><a href="/+login">Log in</a> to post a comment.</div></div>
<div id="side-portlets" class="yui-b side"><div class="portlet" id="portlet-affected"><p id="affectsmetoo">This bug affects 14 people</p>
<p><a href="#">Does this bug affect you?</a></p></div>
<div class="portlet" id="portlet-duplicates"><h2>Duplicates of this bug</h2><ul>${links(['Bug #2052215', 'Bug #2054630'], 'sprite bug')}</ul></div>
<div class="portlet" id="portlet-subscribers"><h2>Other bug subscribers</h2><a href="#">Subscribe someone else</a></div>
<div class="portlet" id="portlet-attachments"><h2>Bug attachments</h2><ul><li><a href="#">spooler-log-after-resume.txt</a></li></ul>
<a href="#">Add attachment</a></div><div class="portlet" id="portlet-patches"><h2>Patches</h2><ul><li><a href="#">write-timeout.debdiff</a></li></ul>
</div><div class="portlet"><h2>Remote bug watches</h2><p>quillprint-upstream #911</p></div></div></div>
<div id="footer" class="footer"><div class="lp-arcana"><ul>${links(pFoot)}</ul></div><div class="colophon">© 2004-2026
<a href="#">Canonical Ltd.</a> • <a href="#">Terms of use</a> • <a href="#">Data privacy</a> • <a href="#">Contact Launchpad Support</a></div></div>
</div></body></html>`;
const launchpadBug: TestPage = {
  name: 'heldout272-launchpad-bug-forum',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pDesc, ...pC1, ...pC2, ...pC2b, ...pC3]),
  bylines: [
    'Bug #2051877 reported by Arnfinn Brisk on 2026-01-12',
    'Keld Maarup (maarup) wrote on 2026-01-13:',
    'Ada Nkemdirim (nkemdirim) wrote on 2026-01-20:',
    'Arnfinn Brisk (brisk-arn) wrote on 2026-01-26:',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in / Register', 'Ubuntu', ...pTop, 'Affects', 'Status', 'Importance', 'Assigned to', 'Milestone', 'quillprint (Ubuntu)', 'Fix Released', 'Medium',
    'Also affects project', 'Also affects distribution/package', 'Tags:', ...pTags,
    'Changed in quillprint (Ubuntu): status: New → Confirmed', 'Changed in quillprint (Ubuntu): status: Confirmed → Fix Committed',
    'Changed in quillprint (Ubuntu): status: Fix Committed → Fix Released', 'See full activity log', 'Log in to post a comment.',
    'This bug affects 14 people', 'Does this bug affect you?', 'Duplicates of this bug', 'Bug #2052215', 'Bug #2054630', 'Other bug subscribers',
    'Subscribe someone else', 'Bug attachments', 'spooler-log-after-resume.txt', 'Add attachment', 'Patches', 'write-timeout.debdiff',
    'Remote bug watches', 'quillprint-upstream #911', ...pFoot, '© 2004-2026', 'Canonical Ltd.', 'Terms of use', 'Data privacy', 'Contact Launchpad Support',
  ],
};

export const HELDOUT272_C: readonly TestPage[] = [launchpadBug, shredditThread];

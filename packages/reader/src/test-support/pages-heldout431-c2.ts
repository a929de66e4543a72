import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file c2: a Launchpad bug (location bar with the log-in link and search, the project watermark and
 * facet tabs, the h1 title, the "reported by" registration line, the affected-software table, the description, tags,
 * comments in boardComment blocks with "wrote on" lines and their activity tables, the side portlets about affected users,
 * subscribers and duplicates, and the footer).
 */
const pTitle = 'Screen stays black after resume if an external monitor was unplugged during suspend';
const pDesc = [
  j(
    'If I suspend the laptop with an external monitor attached, unplug the monitor while it is suspended, and then open the lid,',
    'the built-in screen stays black. The keyboard backlight comes on and I can type my password blind, after which the session',
    'is unlocked, but nothing is ever drawn on the internal panel.',
  ),
  j(
    'Switching to a text console and back brings the picture back in most cases. Plugging the monitor in again also works. This',
    'started after the upgrade to Tessellan 26.04; on 25.10 the internal panel came back every time.',
  ),
  'ProblemType: Bug. Package: dusk-session 48.1-0tessellan3. Architecture: amd64.',
];
const pC1 = [
  j(
    'Same here on a different laptop with an Intel graphics chip. The journal shows the compositor trying to restore the old',
    'two-screen layout and failing because one of the outputs is gone. It then gives up instead of falling back to the panel.',
  ),
];
const pC2 = [
  j(
    'Thank you for taking the time to report this. Could you attach the output of the monitor configuration file from your home',
    'directory and a journal from one failed resume? That tells us whether the stored layout or the hotplug event is the',
    'problem.',
  ),
];
const pC3 = [
  j(
    'Attached both files. The stored layout still lists the external monitor as primary, and the panel is marked as disabled in',
    'it, which would explain why the compositor does not light it up when the external screen is missing.',
  ),
];
const pC4 = [
  j(
    'This is fixed upstream by the change that validates a stored layout against the outputs present at resume and falls back',
    'to the built-in panel when the primary output is missing. A backport is in the proposed pocket for 26.04; please test the',
    'package from there and tag the bug with the verification tag when it works for you.',
  ),
];
const pC5 = [
  j(
    'Tested the proposed package on my laptop for three days with a dozen unplug and resume cycles. The panel came back every',
    'time, and the layout with the external monitor is restored correctly when it is attached again.',
  ),
];
const pTabs = ['Overview', 'Code', 'Bugs', 'Blueprints', 'Translations', 'Answers'];
const pFoot = ['Take the tour', 'Read the guide', 'Terms of use', 'Data privacy', 'Contact Launchpad Support', 'Blog', 'Careers', 'System status'];
const pComment = (n: number, who: string, handle: string, when: string, paras: string[], act = ''): string => `<div class="boardComment editable-message"
data-baseurl="/tessellan/+source/dusk-session/+bug/2071349/comments/${n}" itemprop="comment" itemscope itemtype="http://schema.org/UserComments">
<div class="boardCommentDetails"><table><tbody><tr><td><a href="/~${handle}" class="sprite person" itemprop="creator">${who} (${handle})</a>
wrote <a href="/tessellan/+source/dusk-session/+bug/2071349/comments/${n}"><time itemprop="commentTime" title="${when} UTC"
datetime="${when}">on ${when.slice(0, 10)}</time></a>:</td><td class="bug-comment-index"><a href="#${n}">#${n}</a></td></tr></tbody></table></div>
<div class="boardCommentBody"><div class="comment-text editable-message-text" itemprop="commentText">${ps(paras)}</div></div>
${act === '' ? '' : `<div class="boardCommentActivity"><table class="bug-activity"><tbody>${act}</tbody></table></div>`}</div>`;
const pHtml = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr"><head>
<title>Bug #2071349 “${pTitle}” : Bugs : dusk-session package : Tessellan</title><link rel="shortcut icon" href="/@@/launchpad.png">
<meta name="description" content="If I suspend the laptop with an external monitor attached, unplug the monitor while it is suspended, and then open the lid.">
<meta property="og:type" content="website"><meta property="og:image" content="https://launchpad.example/@@/launchpad-og-image.png">
<meta property="og:site_name" content="Launchpad"><link type="text/css" rel="stylesheet" media="screen, print" href="/+icing/rev19844/combo.css">
<script type="text/javascript">var cookie_scope = '; Path=/; Secure; Domain=.launchpad.example'; LP.cache = {"context": {"title": "Bug #2071349",
"web_link": "https://bugs.launchpad.example/bugs/2071349"}, "related_features": {}};</script></head>
<body id="document" itemscope itemtype="http://schema.org/WebPage" class="tab-bugs main_side public yui3-skin-sam"><div class="yui-d0">
<div id="locationbar"><div id="logincontrol"><a href="/+login">Log in / Register</a></div><form id="globalsearch" action="/+search"><input type="search"
id="search-text" name="field.text"><input type="submit" value="Search Launchpad"></form>
<div id="lp-hierarchy" class="ellipsis"><a href="/tessellan" class="breadcrumb container">Tessellan</a> <span class="breadcrumb-separator">›</span>
<a href="/tessellan/+source/dusk-session" class="breadcrumb">dusk-session package</a></div></div>
<div id="cookie-notice" class="informational message"><p>Launchpad uses cookies to remember your log-in and preferences.</p><a href="/legal">Find out
more</a></div>
<div class="watermark-apps-portlet"><div class="wide"><h2 id="watermark-heading"><a href="/tessellan">Tessellan</a></h2></div>
<ul class="facetmenu">${links(pTabs)}</ul></div>
<div id="maincontent" class="yui-main"><div class="yui-b" dir="ltr"><div class="context-publication"><div id="bug-title" class="lazr-single-line-edit">
<h1 id="edit-title"><span class="yui3-editable_text-text ellipsis">${pTitle}</span></h1></div>
<div id="registration" class="registering">Bug #2071349 reported by <a href="/~keld-arnfinn" class="sprite person">Keld Arnfinn</a> on
<span title="2026-02-11 08:30:14 UTC">2026-02-11</span></div></div>
<div id="maincontentsub"><div class="top-portlet"><table id="affected-software" class="listing"><thead><tr><th>Affects</th><th>Status</th>
<th>Importance</th><th>Assigned to</th><th>Milestone</th></tr></thead><tbody><tr><td><a href="/tessellan/+source/dusk-session" class="sprite
package-source">dusk-session (Tessellan)</a></td><td><span class="statusFIXRELEASED">Fix Released</span></td><td><span class="importanceHIGH">High</span></td>
<td><a href="/~desktop-team">Tessellan Desktop Team</a></td><td></td></tr><tr><td>Noble Lark</td><td>Fix Committed</td><td>High</td><td>Unassigned</td>
<td></td></tr></tbody></table>
<div id="edit-description" class="lazr-multiline-edit"><div class="yui3-editable_text-text">${ps(pDesc)}</div></div>
<div id="bug-tags"><span id="tags-heading">Tags:</span> <a href="/tessellan/+bugs?field.tag=amd64" class="official-tag">amd64</a> <a
href="/tessellan/+bugs?field.tag=resume">resume</a> <a href="/tessellan/+bugs?field.tag=verification-done">verification-done</a></div>
<div id="duplicate-actions"><a class="menu-link-mark-dupe" href="#">Mark as duplicate</a></div></div>
<div id="conversation">
${pComment(
  1,
  'Sunniva Drake',
  'sunniva-d',
  '2026-02-11 19:47',
  pC1,
  '<tr><td class="key">Changed in dusk-session (Tessellan):</td><td>status: New → Confirmed</td></tr>',
)}
${pComment(
  2,
  'Edmund Fairlie',
  'efairlie',
  '2026-02-12 08:02',
  pC2,
  '<tr><td class="key">Changed in dusk-session (Tessellan):</td><td>importance: Undecided → High</td></tr>',
)}
${pComment(3, 'Keld Arnfinn', 'keld-arnfinn', '2026-02-12 21:15', pC3)}
${pComment(4, 'Edmund Fairlie', 'efairlie', '2026-03-02 10:33', pC4)}
${pComment(5, 'Keld Arnfinn', 'keld-arnfinn', '2026-03-06 17:58', pC5, '<tr><td class="key">tags:</td><td>added: verification-done</td></tr>')}
<div id="add-comment-login-first"><a href="/+login">Log in</a> to add a comment.</div></div></div></div></div>
<div class="yui-b side"><div class="portlet" id="side-portlets"><div id="affectsmetoo">This bug affects 23 people</div>
<div class="portlet"><h2>Bug attachments</h2><ul>${links(['monitors.xml', 'journal-resume.txt'], 'download-attachment')}</ul></div>
<div class="portlet"><h2>Duplicates of this bug</h2><ul>${links(['Bug #2072015', 'Bug #2073388'])}</ul></div>
<div class="portlet" id="portlet-subscribers"><h2>Other bug subscribers</h2><a href="#">Subscribe someone else</a></div>
<div class="portlet"><h2>Bug watches</h2><p>Remote bug watches: none</p></div></div></div>
<div id="footer" class="footer"><div class="lp-arcana"><div class="lp-branding"><a href="/">Launchpad</a></div>
<ul class="lp-footer-links">${links(pFoot)}</ul><div>© 2004-2026 Canonical Ltd.</div></div></div></div></body></html>`;
export const launchpad: TestPage = {
  name: 'heldout431-launchpad-bug-forum',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pDesc, ...pC1, ...pC2, ...pC3, ...pC4, ...pC5]),
  bylines: [
    'reported by',
    'Keld Arnfinn',
    '2026-02-11',
    'Sunniva Drake (sunniva-d)',
    'on 2026-02-11',
    'Edmund Fairlie (efairlie)',
    'on 2026-02-12',
    'Keld Arnfinn (keld-arnfinn)',
    'on 2026-03-02',
    'on 2026-03-06',
  ],
  furniture: [
    'Log in / Register',
    'dusk-session package',
    'Launchpad uses cookies to remember your log-in and preferences.',
    'Find out more',
    ...pTabs,
    'Bug #2071349',
    'Affects',
    'Importance',
    'Assigned to',
    'Milestone',
    'dusk-session (Tessellan)',
    'Fix Released',
    'Tessellan Desktop Team',
    'Noble Lark',
    'Fix Committed',
    'Unassigned',
    'Tags:',
    'verification-done',
    'Mark as duplicate',
    'Changed in dusk-session (Tessellan):',
    'status: New → Confirmed',
    'importance: Undecided → High',
    'added: verification-done',
    'to add a comment.',
    'This bug affects 23 people',
    'Bug attachments',
    'monitors.xml',
    'journal-resume.txt',
    'Duplicates of this bug',
    'Bug #2072015',
    'Bug #2073388',
    'Other bug subscribers',
    'Subscribe someone else',
    'Bug watches',
    'Remote bug watches: none',
    ...pFoot,
    '© 2004-2026 Canonical Ltd.',
  ],
};

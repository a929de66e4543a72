import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 40, file f2: a Launchpad Answers question (the location bar with "Log in / Register" and search, the
 * watermark with the package and distribution, the application tabs, crumbs, the question h1 with "Asked by … on …", the
 * description, the "Question information" portlet with its two-column list, related bug and FAQ, the boardComment messages
 * with "<name> (<nick>) said on <date>: #N", the hidden revision-history container, the best-answer star, a pasted log, the
 * horizontal question menu, "To post a message you must log in.", the side portlets and the Canonical footer).
 */
const lpTitle = 'WireGuard connection stops passing traffic after resume from suspend on 24.04';
const lpAsker = 'Oskar Lindqvist';
const lpDesc = [
  'Since upgrading to Ubuntu 24.04 my WireGuard connection, which I set up through NetworkManager, stops passing traffic after the ' +
    'laptop resumes from suspend. The connection still shows as active in the panel and nmcli reports it as connected, but nothing ' +
    'goes through the tunnel until I switch it off and on again.',
  'This happens every time, on both Wi-Fi and a USB Ethernet adapter. It did not happen on 22.04 with the same configuration file, ' +
    'which I imported with nmcli connection import.',
  'Is there a setting I am missing, or is this a known problem?',
];
type Msg = { who: string; nick: string; on: string; n: number; paras: string[]; log?: string; best?: boolean };
const lpMsgs: Msg[] = [
  {
    who: 'Manfred Ebbesen',
    nick: 'manfred-eb',
    on: 'on 2025-02-19',
    n: 1,
    paras: [
      'Could you run journalctl -b -u NetworkManager right after a resume and post the lines that mention the wg0 device? Please also ' +
        'tell us which kernel you are running and whether PersistentKeepalive is set for the peer.',
    ],
  },
  {
    who: lpAsker,
    nick: 'oskarl',
    on: 'on 2025-02-19',
    n: 2,
    paras: ['Kernel is 6.8.0-53-generic. After resume the log shows the device going down and back up, but no new handshake is started:'],
    log:
      'NetworkManager[1093]: &lt;info&gt; device (wg0): state change: activated -&gt; unavailable<br />\n' +
      'NetworkManager[1093]: &lt;info&gt; device (wg0): state change: unavailable -&gt; activated<br />\n' +
      'NetworkManager[1093]: &lt;info&gt; device (wg0): Activation: successful, device activated.',
    best: false,
  },
  {
    who: 'Manfred Ebbesen',
    nick: 'manfred-eb',
    on: 'on 2025-02-20',
    n: 3,
    best: true,
    paras: [
      'Thanks, that log is what I expected. Without a keepalive the tunnel only sends a handshake when there is traffic to send, and ' +
        'after a resume the route to the peer can come back a little later than the tunnel itself, so the first attempts are lost and ' +
        'nothing tries again for a while.',
      'Set a keepalive on your side, which does not need the server to change anything: edit the peer in the connection editor, set ' +
        'Persistent keepalive to 25 seconds, and reconnect once.',
      'There is also an open bug about NetworkManager not restarting the handshake by itself after resume. I have linked it to this ' +
        'question, so you can follow it there.',
    ],
  },
  {
    who: lpAsker,
    nick: 'oskarl',
    on: 'on 2025-02-21',
    n: 4,
    paras: [
      'Thanks Manfred Ebbesen, that solved my question.',
      'Setting the keepalive to 25 seconds fixed it. I have suspended and resumed about a dozen times today and the tunnel came back every time.',
    ],
  },
];
const lpMsg = (m: Msg): string => `<div itemscope="" itemtype="http://schema.org/UserComments" class="boardComment editable-message${
  m.best ? ' highlighted' : ''
}" id="comment-${m.n - 1}" data-baseurl="/ubuntu/+source/network-manager/+question/821406/messages/${m.n}"><div
class="boardCommentDetails"><table><tbody><tr><td>
<div class="message-revision-container"><div class="message-revision-container-header"><span>Revision history for this message</span><img
src="/+icing/build/overlay/assets/skins/sam/images/close.gif" class="message-revision-close"/></div><script type="text/template"><div
class='message-revision-item'>
<div class='message-revision-title'><a class="js-action">Revision #{revision}, created at {date_created}</a></div><div
class='message-revision-body'>{content}</div>
</div></script><div class="message-revision-list"></div></div>${
  m.best ? '<img src="/@@/favourite-yes" style="float:right;" alt="Best" title="Marked as best answer" />' : ''
}<a href="https://launchpad.net/~${m.nick}" class="sprite person">${m.who} (${m.nick})</a> said <time itemprop="commentTime"
title="2025-02-${m.on.slice(-2)} 10:${
  m.n
}4:17 UTC" datetime="2025-02-${m.on.slice(-2)}T10:${m.n}4:17.000000+00:00">${m.on}</time><span class="editable-message-last-edit-date">:</span></td><td
class="bug-comment-index"><a href="/ubuntu/+source/network-manager/+question/821406/messages/${m.n}"> #${m.n}</a></td></tr></tbody></table></div>
<div class="editable-message-body"><div class="boardCommentBody editable-message-text" itemprop="commentText">${m.paras
  .slice(0, 1)
  .map((p) => `<p>${p}</p>`)
  .join('')}${m.log ? `<p>${m.log}</p>` : ''}${m.paras
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div></div></div>`;
const lpTabs = ['Overview', 'Code', 'Bugs', 'Blueprints', 'Translations', 'Answers'];
const lpInfo = [
  ['Language:', 'English'],
  ['Status:', 'Solved'],
  ['For:', 'Ubuntu network-manager'],
  ['Assignee:', 'No assignee'],
  ['Solved by:', 'Manfred Ebbesen'],
  ['Solved:', '2025-02-21'],
  ['Last query:', '2025-02-21'],
  ['Last reply:', '2025-02-20'],
];
const lpMenu = ['See full history', 'Link existing bug', 'Create bug report', 'Link to a FAQ', 'Create a new FAQ'];
const lpColophon = ['Terms of use', 'Data privacy', 'Contact Launchpad Support', 'Blog', 'Careers', 'System status'];
const lpHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Question #821406 : Questions : network-manager package : Ubuntu</title><link rel="shortcut icon" href="/@@/launchpad.png" />
<link type="text/css" rel="stylesheet" media="screen, print" href="/+icing/rev7f3c2b1e/combo.css" />
<script type="text/javascript">var LP = {cache: {}, links: {}};</script><script type="text/javascript">LP.cache['context'] = {"self_link":
"https://api.launchpad.net/devel/ubuntu/+question/821406", "title": "${lpTitle}", "status": "Solved",
"resource_type_link": "https://api.launchpad.net/devel/#question"};</script>
<style type="text/css" media="screen">div.confirmBox { margin: 0; padding-right: 0.5em; padding-bottom: 0.5em; text-align: right; }</style>
<script type="text/javascript">LPJS.use('base', 'node', 'event', 'lp.app.comment', 'lp.answers.subscribers', function(Y) { Y.on('domready', function() {
var cl = new Y.lp.app.comment.CommentList({comment_list_container: Y.one('.boardComment').get('parentNode')}); cl.render(); }); });</script></head>
<body id="document" itemscope="" itemtype="http://schema.org/WebPage" class="tab-answers main_side public yui3-skin-sam"><div class="yui-d0">
<div id="locationbar" class="login-logout"><div id="logincontrol"><a
href="https://answers.launchpad.net/ubuntu/+source/network-manager/+question/821406/+login">Log
in / Register</a></div><form id="globalsearch" action="https://launchpad.net/+search" method="get" accept-charset="UTF-8"><input type="search" id="search-text"
name="field.text" /><input type="image" src="/@@/search" alt="Search Launchpad" /></form></div>
<div class="watermark-apps-portlet"><div class="wide"><a href="https://launchpad.net/ubuntu"><img alt="" width="64" height="64"
src="https://launchpadlibrarian.net/641020491/ubuntu-logo-64.png" /></a></div><div class="wide"><h2 id="watermark-heading"><a
href="https://launchpad.net/ubuntu/+source/network-manager">network-manager package</a> in <a href="https://launchpad.net/ubuntu">Ubuntu</a></h2></div><ul
class="facetmenu">${links(lpTabs, 'facet')}</ul></div>
<div id="maincontent" class="yui-main"><div class="yui-b" dir="ltr"><div class="context-publication"><ol class="breadcrumbs"><li><a
href="https://launchpad.net/ubuntu">Ubuntu</a></li><li><a href="https://launchpad.net/ubuntu/+source/network-manager">“network-manager” package</a></li>
<li><a
href="https://answers.launchpad.net/ubuntu/+source/network-manager">Questions</a></li><li>Question #821406</li></ol><h1 id="edit-title"><span
class="yui3-editable_text-text
ellipsis">${lpTitle}</span></h1><div class="registering">Asked by <a href="https://launchpad.net/~oskarl" class="sprite person">${lpAsker}</a> <span
title="2025-02-18 08:51:09 UTC">on 2025-02-18</span></div></div>
<div id="maincontentsub"><div class="top-portlet"><div class="report">${lpDesc.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="portlet"><h2>Question information</h2><div class="yui-g"><div class="yui-u first"><div id="portlet-details" xml:lang="en" lang="en" dir="ltr"><div
class="two-column-list">${lpInfo.map(([k, v]) => `<dl><dt>${k}</dt><dd>${v}</dd></dl>`).join('\n')}</div></div></div><div class="yui-u"><div
id="portlet-related-bugs">
<h3>Related bugs</h3><ul><li class="sprite bug-medium"><a
href="https://bugs.launchpad.net/ubuntu/+source/network-manager/+bug/2093345">Bug #2093345: WireGuard peer
does not re-handshake after resume</a></li></ul></div><ul class="horizontal"><li><a href="+linkbug"
class="menu-link-linkbug sprite add">Link a bug</a></li><li><a
href="+unlinkbug" class="menu-link-unlinkbug sprite remove">Remove bug link</a></li></ul><div id="related-faq" style="margin-top: 1em;"><h3>Related FAQ:</h3><p>
None <a class="sprite edit action-icon" href="+linkfaq">Link to a FAQ</a></p></div></div></div></div>
${lpMsgs.map(lpMsg).join('\n')}
<div id="question" xml:lang="en" lang="en" dir="ltr"><div class="yui-g"><ul class="horizontal" id="horizontal-menu">${links(lpMenu)}</ul></div><div
align="center">
To post a message you must <a href="+login">log in</a>.</div></div></div></div></div>
<div id="side-portlets" class="yui-b side"><div id="involvement" class="portlet"><ul class="involvement"><li class="single"><a
href="https://answers.launchpad.net/ubuntu/+source/network-manager/+addquestion" class="sprite answers">Ask a question</a></li></ul></div><div
id="portlet-subscribers" class="portlet"><h2>Subscribers</h2><div id="subscribers-direct"><h3>Direct subscribers</h3><ul><li>${lpAsker}</li><li>Manfred
Ebbesen</li></ul></div><div id="subscribers-indirect"><h3>Also notified</h3><ul><li>Ubuntu Networking Answer Contacts</li></ul></div><a class="sprite add"
href="+subscribe">Subscribe to this question</a></div></div>
<div id="footer" class="footer"><div class="lp-arcana"><div class="lp-branding"><a href="https://launchpad.net/"><img
src="/@@/launchpad-logo-and-name-hierarchy.png"
alt="Launchpad" /></a> • <a href="https://launchpad.net/+tour">Take the tour</a> • <a href="https://help.launchpad.net/">Read the guide</a></div></div><div
class="colophon">© 2004 <a href="https://canonical.com/">Canonical Ltd.</a> • ${lpColophon
  .map((t) => `<a href="https://launchpad.net/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join(' • ')} <span id="lp-version">• r5c1d3e8 (<a href="https://dev.launchpad.net/">Get the code!</a>)</span></div></div></div>
<script type="text/javascript">LPJS.use('lp.app.beta_features', function(Y) { Y.lp.app.beta_features.display_beta_notification(); });</script>
</body></html>`;
export const launchpadAnswers: TestPage = {
  html: lpHtml,
  name: 'heldout40-launchpad-answers',
  kind: 'forum',
  // the question h1 is the title; the description and every message are body, in page order, the asker's closing "Thanks
  // Manfred Ebbesen, that solved my question." too (Launchpad writes that line when the asker confirms an answer, but it is
  // posted as his message); the pasted log in message #2 is in neither list (it is output, as a code block is); "Asked by"
  // is in neither list, the asker's name in it, "<name> (<nick>)", "said" (neither) and the "on <date>" times are bylines;
  // "#N", "Revision history for this message", the "Question information" portlet (labels and values; its "Solved by"
  // name is a body phrase, "Solved" / "Solved:" / "For:" are body words: left out), the related bug, "Related FAQ:", "None", the menus, the login line, the
  // location bar, watermark, tabs, crumbs, the subscribers portlet (the team; the two posters' names there are the bylines
  // already listed) and the footer are furniture
  title: lpTitle,
  headings: [],
  body: [...lpDesc, ...lpMsgs.flatMap((m) => m.paras)],
  bylines: [lpAsker, 'on 2025-02-18', 'Manfred Ebbesen (manfred-eb)', 'Oskar Lindqvist (oskarl)', 'on 2025-02-19', 'on 2025-02-20', 'on 2025-02-21'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in / Register', 'network-manager package', ...lpTabs, '“network-manager” package', 'Questions', 'Question #821406', 'Question information',
    ...new Set(lpInfo.flat().filter((t) => !['Manfred Ebbesen', 'Solved', 'Solved:', 'For:'].includes(t))),
    'Related bugs', 'Bug #2093345: WireGuard peer does not re-handshake after resume',
    'Link a bug', 'Remove bug link', 'Related FAQ:', 'None', 'Link to a FAQ', 'Revision history for this message',
    '#1', '#2', '#3', '#4', ...lpMenu.slice(0, 3),
    'Create a new FAQ', 'To post a message you must log in.', 'Ask a question', 'Subscribers', 'Direct subscribers', 'Also notified',
    'Ubuntu Networking Answer Contacts', 'Subscribe to this question', 'Take the tour', 'Read the guide', '© 2004 Canonical Ltd.', ...lpColophon,
    'Get the code!',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { steam } from './pages-heldout265-f2.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file f: an Ask Ubuntu question saved in the legacy (2018) Stack Exchange template (the Ubuntu
 * network bar above the site header, table-based vote and post cells with "up vote" / "down vote" texts, post-text
 * bodies, share / improve links, owner signature cells, the comment table with "add a comment", the active / oldest /
 * votes answer tabs, an accepted answer with a unit file in a code block, the Community Bulletin, Linked, Related and
 * Hot Network Questions rails and the old footer with its revision line) and, from file f2, a Steam Community discussion.
 */
const title = 'How can I make a systemd service wait until a network share is mounted?';
const q = [
  j(
    'I run a small backup script as a systemd service on Ubuntu 18.04. It copies files to a CIFS share on our office file',
    'server, mounted from <code>/etc/fstab</code> at <code>/mnt/archive</code>.',
  ),
  j(
    'After a reboot the service starts before the share is mounted, so the script writes into the empty',
    '<code>/mnt/archive</code> directory on the local disk. By the time I notice, the root partition is nearly full.',
  ),
  'My unit file currently has this:',
  '<pre><code>[Unit]\nDescription=Nightly archive copy\nAfter=network.target\n\n[Service]\nExecStart=/usr/local/bin/archive-copy</code></pre>',
  'What is the right way to tell systemd to wait for the mount?',
];
const qComments = ['Does the fstab line have the _netdev option? Without it systemd may treat the share as a local filesystem.'];
const a1 = [
  j(
    'Waiting for <code>network.target</code> only means the network stack has started, not that the share is mounted.',
    'systemd can express the dependency on the mount directly. Add this to the <code>[Unit]</code> section:',
  ),
  '<pre><code>RequiresMountsFor=/mnt/archive</code></pre>',
  j(
    'This pulls in the mount unit for that path and orders your service after it. If the mount fails, the service is',
    'not started at all, which is exactly what you want: no more copies onto the local disk.',
  ),
  j(
    'As the comment says, also add <code>_netdev</code> to the options in your fstab line so that systemd knows the',
    'mount needs the network, and consider <code>x-systemd.automount</code> if the file server is sometimes slow to',
    'come up after a power cut.',
  ),
  j(
    'After editing the unit, run <code>systemctl daemon-reload</code> and reboot once to test. You can check the order',
    'systemd actually used with <code>systemd-analyze critical-chain</code> followed by the name of your service, which',
    'shows how long it waited for each unit it depends on.',
  ),
];
const a2 = [
  j('A belt-and-braces addition: make the script itself refuse to run when the path is not a mount point. A single line', 'at the top does it:'),
  '<pre><code>mountpoint -q /mnt/archive || exit 1</code></pre>',
  'That protects you even if someone later starts the script by hand.',
];
const tags = ['systemd', 'mount', 'cifs', '18.04'];
const ubuntuBar = ['ubuntu.com', 'community', 'ask!', 'developer', 'design', 'hardware', 'insights', 'shop'];
const nav = ['Questions', 'Tags', 'Users', 'Badges', 'Unanswered'];
const bulletin = ['Should we burninate the [unity] tag?', 'Ubuntu 18.10 release party planning'];
const linked = ['Mount a network share before a service starts'];
const related = ['Start a systemd service only after a mount', 'CIFS share not mounted at boot', 'What does _netdev do in fstab?'];
const hot = ['Why do trains have flanged wheels on the inside?', 'Is it safe to store coffee beans in the freezer?'];
const foot = ['about us', 'tour', 'help', 'blog', 'chat', 'data', 'legal', 'privacy policy', 'work here', 'advertising info', 'contact us', 'feedback'];
const sig = (verb: string, when: string, name: string, rep: string, owner = false): string => `<td align="right" class="post-signature${owner ? ' owner' : ''}">
<div class="user-info "><div class="user-action-time">${verb} <span title="2018-06-14 08:11:05Z" class="relativetime">${when}</span></div>
<div class="user-details"><a href="/users/1">${name}</a><div class="-flair"><span class="reputation-score" title="reputation score
">${rep}</span></div></div></div></td>`;
const vote = (n: string, accepted = false): string => `<td class="votecell"><div class="vote"><a class="vote-up-off" title="This is useful">up vote</a>
<span itemprop="upvoteCount" class="vote-count-post ">${n}</span><a class="vote-down-off" title="This is not useful">down
vote</a>${accepted ? '<span class="vote-accepted-on">accepted</span>' : ''}</div></td>`;
const postText = (parts: string[]): string => parts.map((p) => (p.startsWith('<pre>') ? p : `<p>${p}</p>`)).join('\n');
const html = `<!DOCTYPE html><html itemscope itemtype="http://schema.org/QAPage"><head><title>18.04 - ${title} - Ask Ubuntu</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/askubuntu/img/favicon.ico"><meta name="twitter:site" content="@StackAskUbuntu">
<script>StackExchange.init({"locale":"en","stackAuthUrl":"https://stackauth.example","serverTime":1528964000,"site":{"name":"Ask Ubuntu"}});</script></head>
<body class="question-page"><div id="custom-header"><ul class="ubuntu-bar">${links(ubuntuBar)}<li><a href="#">more ›</a></li></ul></div>
<header class="top-bar js-top-bar _fixed"><div class="-container"><a href="https://askubuntu.com" class="-logo"><span class="-img">Ask Ubuntu</span></a>
<ol class="-secondary"><li><a href="/users/login">log in</a></li><li><a href="/users/signup">sign up</a></li></ol></div></header>
<div class="container"><div id="content" class="snippet-hidden"><div id="question-header"><h1 itemprop="name"><a href="/questions/1046612/"
class="question-hyperlink">${title}</a>
</h1></div><div id="mainbar" role="main"><div class="question" data-questionid="1046612" id="question"><table><tr>${vote('31')}<td class="postcell"><div>
<div class="post-text" itemprop="text">${postText(q)}</div><div class="post-taglist">${tags
  .map(
    (t) => `<a href="/questions/tagged/${t}" class="post-tag"
rel="tag">${t}</a>`,
  )
  .join(' ')}
</div><table class="fw"><tr><td class="vt"><div class="post-menu"><a href="/q/1046612" class="short-link">share</a><span class="lsep">|</span>
<a href="/posts/1046612/edit" class="suggest-edit-post">improve this
question</a></div></td>${sig('asked', "Jun 14 '18 at 8:11", 'Ysolde Marchetti', '412', true)}
</tr></table></div></td></tr><tr><td class="votecell"></td><td><div id="comments-1046612" class="comments "><table><tbody><tr id="comment-1610"
class="comment ">
<td class="comment-text"><div class="comment-body"><span class="comment-copy">${qComments[0]}</span> &ndash;&nbsp;<a href="/users/7"
class="comment-user">Lorcan Tey</a>
<span class="comment-date" dir="ltr"><span class="relativetime-clean">Jun 14 '18 at 8:30</span></span></div></td></tr></tbody></table></div>
<div id="comments-link-1046612"><a class="js-add-link comments-link disabled-link">add a comment</a></div></td></tr></table></div>
<div id="answers"><div id="answers-header"><div class="subheader answers-subheader"><h2>2 Answers</h2><div id="tabs"><a
href="?answertab=active#tab-top">active</a>
<a href="?answertab=oldest#tab-top">oldest</a><a class="youarehere" href="?answertab=votes#tab-top">votes</a></div></div></div>
<div id="answer-1046620" class="answer accepted-answer" itemprop="acceptedAnswer"><table><tr>${vote('44', true)}<td class="answercell">
<div class="post-text" itemprop="text">${postText(a1)}</div><table class="fw"><tr><td class="vt"><div class="post-menu"><a href="/a/1046620"
class="short-link">share</a>
<span class="lsep">|</span><a href="/posts/1046620/edit">improve this
answer</a></div></td>${sig('answered', "Jun 14 '18 at 9:02", 'Hartmut Oyelaran', '18.7k')}</tr></table></td>
</tr></table></div><div id="answer-1046655" class="answer"><table><tr>${vote('9')}<td class="answercell"><div class="post-text"
itemprop="text">${postText(a2)}</div>
<table class="fw"><tr><td class="vt"><div class="post-menu"><a href="/a/1046655"
class="short-link">share</a></div></td>${sig('answered', "Jun 15 '18 at 17:40", 'nils.ekwueme', '2,250')}
</tr></table></td></tr></table></div><h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged
<a href="/questions/tagged/systemd" class="post-tag">systemd</a> or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary"><div class="module community-bulletin"><h4>Community Bulletin</h4><ul>${links(bulletin)}</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">${links(linked)}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related">${links(related)}</div></div>
<div id="hot-network-questions" class="module"><h4>Hot Network Questions</h4><ul>${links(hot)}</ul></div></div></div><div
id="left-sidebar"><ul>${links(nav)}</ul></div></div>
<div id="footer" class="categories"><div class="footerwrap"><div id="footer-menu"><div class="top-footer-links">${foot
  .map(
    (f) => `<a
href="/${f}">${f}</a>`,
  )
  .join(' ')}</div></div>
<div id="copyright">site design / logo © 2018 Stack Exchange Inc; user contributions licensed under cc by-sa 3.0 with attribution required. rev
2018.6.13.30745</div>
<p>Ubuntu and Canonical are registered trademarks of Canonical Ltd.</p></div></div></body></html>`;
const askUbuntu: TestPage = {
  name: 'heldout265-askubuntu-legacy-question',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...q, ...qComments, ...a1, ...a2]),
  bylines: [
    "Jun 14 '18 at 8:11",
    'Ysolde Marchetti',
    'Lorcan Tey',
    "Jun 14 '18 at 8:30",
    "Jun 14 '18 at 9:02",
    'Hartmut Oyelaran',
    "Jun 15 '18 at 17:40",
    'nils.ekwueme',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ubuntuBar, 'more ›', 'Ask Ubuntu', 'log in', 'sign up', 'up vote', 'down vote', 'cifs', 'improve this question', '412', 'add a comment',
    '2 Answers', 'active', 'oldest', 'votes', 'accepted', 'improve this answer', '18.7k', '2,250',
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'Community Bulletin', ...bulletin, 'Linked', ...linked,
    'Related', ...related, 'Hot Network Questions', ...hot, ...nav, ...foot,
    'site design / logo © 2018 Stack Exchange Inc; user contributions licensed under cc by-sa 3.0 with attribution required. rev 2018.6.13.30745',
    'Ubuntu and Canonical are registered trademarks of Canonical Ltd.',
  ],
};

export const HELDOUT265_F: readonly TestPage[] = [askUbuntu, steam];

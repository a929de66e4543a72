import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file a2: a Super User question in the 2021-era template (protected-question notice, bounty notice,
 * a question with a list of what was tried, collapsed comments behind "Show 1 more comment", an accepted answer with a
 * quote from a vendor manual and numbered steps, the Linked and Related lists, the left nav and the footer).
 */
const title = 'Laptop wakes from sleep every few minutes when the USB-C dock is connected';
const q = [
  j(
    'My Varden 14 laptop (Windows 11, firmware 1.19) goes to sleep normally when it is on its own. As soon as I connect it to',
    'a Norrfield UD-7 USB-C dock, it wakes up every three to five minutes, even with the lid closed and nothing touched.',
  ),
  'What I have tried so far:',
  'Turned off "Allow this device to wake the computer" for the keyboard and mouse in Device Manager.',
  'Updated the dock firmware to 3.02 with the vendor tool.',
  'Disabled wake timers in the power plan.',
  j(
    'The wake source command only says "Unknown" for most of the wakes. One time it listed the dock\'s network adapter. I do',
    "not use the dock's Ethernet port at all; the laptop is on Wi-Fi.",
  ),
  'Is there a way to find out what is really waking it, and to stop the dock from doing it without giving up charging?',
];
const qComments = [
  "Does it also happen with the dock connected but the dock's power supply unplugged?",
  "Check the dock adapter's advanced properties. Several docks ship with wake on pattern match turned on.",
];
const a1 = [
  j(
    "This is almost always the dock's built-in network adapter. Even with no cable in the port, the adapter stays powered",
    'through the dock and can signal a wake. The "Unknown" wake source is typical, because the wake comes through the USB',
    'controller and Windows cannot always trace it further.',
  ),
  "The dock's own manual says as much, in a footnote most people skip:",
  j(
    '<blockquote><p>When the UD-7 is connected to a host that supports modern standby, the integrated Ethernet controller may',
    'generate wake events for network traffic. Disable wake on LAN in the host operating system if this is not wanted.</p></blockquote>',
  ),
  'To turn it off:',
  'Open Device Manager and expand Network adapters.',
  'Open the adapter whose name mentions the dock, and go to the Power Management tab.',
  'Clear "Allow this device to wake the computer".',
  'On the Advanced tab, set "Wake on Magic Packet" and "Wake on pattern match" to Disabled.',
  j(
    'If you never use the port, you can also disable the adapter altogether. Charging and the display outputs do not depend',
    'on it, so you lose nothing but the wired network.',
  ),
];
const a1Comments = ['The pattern match setting was the culprit. Four nights without a wake now. Thank you!'];
const qList = q.slice(2, 5);
const steps = a1.slice(4, 8);
const quote = a1[2] ?? '';
const bodyHtml = [...q, ...qComments, ...a1, ...a1Comments].filter((b) => b !== quote);
const tags = ['windows-11', 'sleep', 'usb-c', 'docking-station'];
const nav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const linked = ['Computer wakes up by itself shortly after going to sleep', 'How to find what woke up my PC?'];
const related = ['Disable wake on LAN for a USB network adapter', 'Modern standby drains battery with dock attached', 'Why does my monitor wake my PC?'];
const foot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Company', 'Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal'];
const user = (action: string, time: string, name: string, rep: string): string => `<div class="post-signature"><div class="user-info">
<div class="user-action-time">${action} <span class="relativetime">${time}</span></div><div class="user-details"><a href="/users/2">${name}</a>
<div class="-flair"><span class="reputation-score">${rep}</span></div></div></div></div>`;
const cmt = (text: string, who: string, when: string): string => `<li class="comment js-comment"><div class="comment-text js-comment-text-and-form">
<div class="comment-body"><span class="comment-copy">${text}</span> &ndash;&nbsp;<a href="/users/3" class="comment-user">${who}</a>
<span class="comment-date"><span class="relativetime-clean">${when}</span></span></div></div></li>`;
const html = `<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage" lang="en"><head><title>windows 11 - ${title} - Super User</title>
<meta name="twitter:card" content="summary"><meta property="og:site_name" content="Super User"><link rel="canonical"
href="https://superuser.com/questions/1849920/">
<script>StackExchange.init({"locale":"en","site":{"name":"Super User","description":"Q&A for computer enthusiasts and power users"}});</script></head>
<body class="question-page"><header class="s-topbar js-top-bar"><a class="s-topbar--logo" href="/"><span class="-img">Super User</span></a>
<ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn">Log in</a></li><li><a href="/users/signup"
class="s-btn__primary">Sign up</a></li></ol></header>
<div class="container"><div id="left-sidebar" class="left-sidebar"><nav role="navigation"><ol class="nav-links">${links(nav)}</ol></nav></div>
<div id="content"><div id="question-header"><h1 itemprop="name" class="fs-headline1"><a href="/questions/1849920/"
class="question-hyperlink">${title}</a></h1></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-075"><div class="flex--item mr16"><span class="fc-light mr2">Asked</span> <time
datetime="2026-10-02T20:14:51">3 years ago</time></div>
<div class="flex--item mr16"><span class="fc-light mr2">Viewed</span> 48k times</div></div>
<aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap"><div class="d-flex fw-nowrap">
<div class="flex--item mr8"><b>Highly active question</b>. Earn 10 reputation (not counting the association bonus) in order to answer this
question.</div></div></div></aside>
<div id="mainbar" role="main"><div class="question js-question" id="question"><div class="post-layout"><div class="votecell"><div
class="js-vote-count">38</div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(q.slice(0, 2))}
<ul>${lis(qList)}</ul>
${ps(q.slice(5))}
</div><div class="post-taglist"><ul class="js-post-tag-list-wrapper">${tags
  .map(
    (t) => `<li><a href="/questions/tagged/${t}"
class="post-tag">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div class="js-post-menu"><a href="/q/1849920" class="js-share-link">Share</a> <a href="/posts/1849920/edit">Improve this question</a></div>
${user('asked', 'Oct 2, 2023 at 20:14', 'Pia Lindqvist-Ortega', '173')}</div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list">${cmt(qComments[0] ?? '', 'Ruaridh Penn', 'Oct 2, 2023 at 21:03')}
${cmt(qComments[1] ?? '', 'kx_delgado', 'Oct 3, 2023 at 8:40')}</ul><a class="js-show-link comments-link" href="#">Show <b>1</b> more
comment</a></div></div></div>
<div class="s-notice s-notice__info js-bounty-notification"><p>This question has a bounty worth +100 reputation from Pia Lindqvist-Ortega.</p></div>
<div id="answers"><div id="answers-header"><h2 data-answercount="1">1 Answer <span style="display:none;" itemprop="answerCount">1</span></h2>
<label for="answer-sort">Sorted by:</label><select id="answer-sort" class="s-select"><option selected>Highest score (default)</option></select></div>
<div id="answer-1849933" class="answer js-answer accepted-answer" itemprop="acceptedAnswer"><div class="post-layout"><div class="votecell"><div
class="js-vote-count">61</div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(a1.slice(0, 2))}
${quote}
${ps(a1.slice(3, 4))}
<ol>${lis(steps)}</ol>
${ps(a1.slice(8))}
</div><div class="js-post-menu"><a href="/a/1849933"
class="js-share-link">Share</a></div>${user('answered', 'Oct 3, 2023 at 9:12', 'Benedek Saar', '9,377')}</div></div>
<div class="js-post-comments-component"><ul
class="comments-list">${cmt(a1Comments[0] ?? '', 'Pia Lindqvist-Ortega', 'Oct 7, 2023 at 7:55')}</ul></div></div></div>
<h2 class="bottom-notice">You must <a href="/users/login">log in</a> to answer this question.</h2></div>
<div id="sidebar" role="complementary"><div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">${links(linked)}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related">${links(related)}</div></div></div></div></div>
<footer id="footer" class="site-footer"><nav class="site-footer--nav"><h5 class="-title"><a href="/">Super User</a></h5><ul
class="-list">${links(foot)}</ul></nav>
<p class="site-footer--copyright">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.</p></footer></body></html>`;
export const superUser: TestPage = {
  name: 'heldout265-superuser-question',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...bodyHtml, quote]),
  bylines: [
    '3 years ago',
    'Oct 2, 2023 at 20:14',
    'Pia Lindqvist-Ortega',
    'Ruaridh Penn',
    'Oct 2, 2023 at 21:03',
    'kx_delgado',
    'Oct 3, 2023 at 8:40',
    'Oct 3, 2023 at 9:12',
    'Benedek Saar',
    'Oct 7, 2023 at 7:55',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Super User', 'Log in', 'Sign up', ...nav, 'Asked', 'Viewed', '48k times', 'Highly active question',
    'Earn 10 reputation (not counting the association bonus) in order to answer this question.', 'windows-11', 'docking-station', 'Share',
    'Improve this question',
    'Show 1 more comment', 'This question has a bounty worth +100 reputation from Pia Lindqvist-Ortega.', '1 Answer', 'Sorted by:', 'Highest score (default)',
    '9,377', 'You must log in to answer this question.', 'Linked', ...linked, 'Related', ...related, ...foot,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
  ],
};

import { links, plain, type TestPage, texts } from './page-kit.js';
import { githubDiscussion } from './pages-heldout69-e2.js';

/**
 * Held-out batch 69, file e: a Super User question page on the Stack Exchange template, logged out (top bar, left nav,
 * question header with "Ask Question" and Asked / Modified / Viewed, vote cells with their tooltips, the question with a
 * code block and tags, the post menu, "edited" and "asked" user cards with reputation and badges, comments with scores,
 * "2 Answers" with the sort select, the accepted answer with section headings, a second answer, the "Not the answer"
 * footer, the sidebar (blog, meta, linked, related, hot network questions), the cookie banner and the site footer).
 */
const suTitle = 'Windows 11 laptop wakes from sleep a few minutes after I close the lid while docked';
const suQ = [
  'I have a Windows 11 24H2 laptop connected to a USB-C dock with an external monitor, keyboard, mouse and wired Ethernet. When I ' +
    'close the lid in the evening it goes to sleep as expected, but a few minutes later the fans spin up and it’s awake again, ' +
    'with the lid still closed. This happens almost every night.',
  'Undocked, it sleeps through the night without a problem.',
  'I already turned off “Allow this device to wake the computer” for the keyboard and mouse in Device Manager, and disabled wake ' +
    'timers in the power plan. Here’s what <code>powercfg /lastwake</code> shows after it wakes up:',
];
const suQ2 = ['How do I stop it waking up without giving up the dock?'];
const suQCode =
  'Wake History Count - 1\nWake History [0]\n  Wake Source Count - 1\n  Wake Source [0]\n    Type: Device\n' +
  '    Instance Path: USB\\VID_0BDA&amp;PID_8153\\000001\n    Friendly Name: Realtek USB GbE Family Controller';
const suQComments = [
  ['Does it also happen if you unplug only the Ethernet cable and leave the rest of the dock connected?', 'Ines Carvalho', 'Sep 21 at 14:20', '1'],
  [
    '<a href="/users/90211/ines-carvalho">@InesCarvalho</a> Good thought. Tried it last night without the cable and it stayed asleep until morning.',
    'Lucas Brandt',
    'Sep 22 at 7:48',
    '',
  ],
];
const suA1a = [
  'The wake source in your output is the dock’s built-in network adapter, not the keyboard or mouse. Many USB-C docks use a ' +
    'Realtek USB Ethernet chip with “Wake on pattern match” turned on, and on a busy network almost any broadcast traffic counts as ' +
    'a pattern.',
];
const suH1 = 'Turn off wake on pattern match';
const suA1Steps = [
  'Open Device Manager and expand <strong>Network adapters</strong>.',
  'Right-click the Realtek USB GbE Family Controller and choose <strong>Properties</strong>.',
  'On the <strong>Advanced</strong> tab, set “Wake on pattern match” to <em>Disabled</em>. Leave “Wake on Magic Packet” enabled if ' + 'you use Wake-on-LAN.',
  'On the <strong>Power Management</strong> tab, tick “Only allow a magic packet to wake the computer”.',
];
const suH2 = 'Check it took effect';
const suA1b = ['After a restart, run this from an elevated prompt; the adapter should no longer be listed:'];
const suA1c = [
  'If the dock’s firmware update tool offers a newer version, install that as well: some firmware releases switch pattern matching ' +
    'back on after every reconnect.',
];
const suA1Comment = [
  'That was it. Pattern match was enabled on the dock’s adapter. Three nights asleep now, thank you!',
  'Lucas Brandt',
  'Sep 23 at 21:05',
  '2',
];
const suA2 = [
  'If you don’t need the wired connection at night, a blunter fix is to let Windows switch the adapter off in sleep. In ' +
    '<strong>Settings › System › Power &amp; battery</strong>, set “Network connectivity in Standby” to Disabled. Laptops that use ' +
    'Modern Standby otherwise keep the network alive while asleep, which is what lets the adapter wake the machine.',
  'The downside is that nothing can wake the laptop over the network, so this won’t suit you if you rely on Wake-on-LAN.',
];
const suPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const suVote = (
  score: string,
  kind: string,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote">
<svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"><path d="M1 12h16L9 4z"></path></svg></button>
<div class="s-popover s-popover__tooltip" role="tooltip">This ${kind} is useful<div class="s-popover--arrow"></div></div>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${score}">${score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote">
<svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18"><path d="M1 6h16l-8 8z"></path></svg></button>
<div class="s-popover s-popover__tooltip" role="tooltip">This ${kind} is not useful<div class="s-popover--arrow"></div></div>
<div class="s-popover s-popover__tooltip" role="tooltip">Save this ${kind}.<div class="s-popover--arrow"></div></div>
<div class="s-popover s-popover__tooltip" role="tooltip">Show activity on this post.<div class="s-popover--arrow"></div></div></div></div>`;
const suCard = (
  verb: string,
  when: string,
  name: string,
  rep: string,
  badges: string,
): string => `<div class="post-signature flex--item"><div class="user-info user-hover">
<div class="user-action-time">${verb} <span title="2025-09-21 14:03:11Z" class="relativetime">${when}</span></div><div class="user-gravatar32">
<a href="/users/${rep.length}/"><div class="gravatar-wrapper-32">
<img src="https://i.sstatic.example/${rep.length}.png" alt="${name}&#39;s user avatar" width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${name.length}/">${name}</a>
<span class="d-none" itemprop="name">${name}</span>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${rep}</span><span class="v-visible-sr">${badges}</span></div></div>
</div></div>`;
const suComments = (
  cs: readonly string[][],
): string => `<div class="comments js-comments-container bt bc-black-200 mt12"><ul class="comments-list js-comments-list">
${cs
  .map(
    (c) => `<li class="comment js-comment" data-comment-score="${c[3] || '0'}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-edit-hide">${
      c[3]
        ? `<span title="number of &#39;useful comment&#39; votes received"
class="cool">${c[3]}</span>`
        : ''
    }</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${c[0]}</span><div class="d-inline-flex ai-center">&nbsp;–&nbsp;<a href="/users/${c[1]!.length}/" class="comment-user">${c[1]}</a>
</div><span class="comment-date" dir="ltr"><a class="comment-link" href="#comment">
<span title="2025-09-21 14:20:33Z, License: CC BY-SA 4.0" class="relativetime-clean">${c[2]}</span></a></span></div></div></li>`,
  )
  .join('\n')}
</ul></div><div><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid answering
questions in comments." href="#" role="button">Add a comment</a></div>`;
const suMenu = (kind: string): string => `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="/q/1891234" rel="nofollow" class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a></div>
<div class="flex--item"><a href="/posts/1891234/edit" class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div>`;
const suTags = ['windows-11', 'sleep', 'power-management', 'usb-c', 'docking-station'];
const suNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const suBlog = ['Why your laptop fan knows more about your code than you do', 'Podcast 612: What it takes to keep a public API alive for fifteen years'];
const suMeta = ['New site design and philosophy for Stack Exchange', 'Policy: Generative AI (e.g., ChatGPT) is banned'];
const suRelated = [
  ['41', 'Windows 10 wakes up immediately after going to sleep'],
  ['6', 'Laptop wakes from hibernate when the USB-C dock is unplugged'],
  ['17', 'How can I find out what woke my computer from sleep?'],
];
const suHot = ['Why does my 2.4 GHz network vanish every time the microwave runs?', 'Is it safe to reuse an old SSD as an external boot drive?'];
const suFoot = [
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
];
const suCookie =
  'By clicking “Accept all cookies”, you agree that Stack Exchange can store cookies on your device and use them as our Cookie Policy describes.';
const suHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>${suTitle} - Super User</title><link rel="canonical" href="https://superuser.com/questions/1891234/windows-11-laptop-wakes-from-sleep">
<meta name="twitter:card" content="summary"><meta property="og:type" content="website">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=5b4c2f">
<script>StackExchange.init({"locale":"en","serverTime":1763900000,"routeName":"Questions/Show"});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-controls="left-sidebar"><span></span></a>
<a href="https://superuser.com" class="s-topbar--logo js-gps-track"><span class="-img _glyph">Super User</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search on Super User…" aria-label="Search" class="s-input s-input__search js-search-field"></div>
</form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li class="-ctas">
<a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">Log in</a>
<a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign up</a></li></ol></nav></div>
</header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">${links(suNav, 'ps-relative')}</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/1891234/windows-11-laptop-wakes-from-sleep" class="question-hyperlink">${suTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-09-21 14:03:11Z">
<span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2025-09-21T14:03:11">2 months ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-09-23 08:40:52Z">2 months ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 1,284 times"><span class="fc-black-400 mr2">Viewed</span>1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1891234" data-score="7" id="question">
<div class="post-layout">${suVote('7', 'question')}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${suPs(suQ)}
<pre class="lang-none s-code-block"><code class="hljs language-none">${suQCode}</code></pre>\n${suPs(suQ2)}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${suTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item">
<a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${suMenu('question')}</div>
<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time">
<a href="/posts/1891234/revisions" title="show all edits to this post">edited <span title="2025-09-21 16:20:05Z" class="relativetime">Sep 21, 2025 at
16:20</span></a></div></div></div>
${suCard('asked', 'Sep 21, 2025 at 14:03', 'Lucas Brandt', '143', '1 silver badge 6 bronze badges')}</div></div></div>
<span class="d-none" itemprop="commentCount">2</span><div class="post-layout--right js-post-comments-component">${suComments(suQComments)}</div></div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div>
<div class="flex--item"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="?answertab=scoredesc#tab-top">Reset to default</a>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div>
</div>
<div id="answer-1891301" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="1891301" data-score="12" itemprop="acceptedAnswer"
itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${suVote('12', 'answer')}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${suPs(suA1a)}<h2>${suH1}</h2>
<ol>${suA1Steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>${suH2}</h2>${suPs(suA1b)}
<pre class="lang-none s-code-block"><code class="hljs language-none">powercfg /devicequery wake_armed</code></pre>\n${suPs(suA1c)}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16" style="flex: 1 1 100px;">${suMenu('answer')}</div>
<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time">
<a href="/posts/1891301/revisions" title="show all edits to this post">edited <span title="2025-09-23 08:40:52Z" class="relativetime">Sep 23, 2025 at
8:40</span></a></div></div></div>
${suCard('answered', 'Sep 21, 2025 at 15:02', 'Theo Marchetti', '31.4k', '4 gold badges 61 silver badges 88 bronze badges')}</div></div></div>
<div class="post-layout--right js-post-comments-component">${suComments([suA1Comment])}</div></div></div>
<div id="answer-1891355" class="answer js-answer" data-answerid="1891355" data-score="3" itemprop="suggestedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${suVote('3', 'answer')}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${suPs(suA2)}</div><div class="mt24">
<div class="d-flex fw-wrap ai-start jc-end gs8 gsy">
<div class="flex--item mr16" style="flex: 1 1
100px;">${suMenu('answer')}</div>${suCard('answered', 'Sep 22, 2025 at 10:17', 'Ayodele Bankole', '2,871', '2 silver badges 19 bronze badges')}</div></div>
</div>
<div class="post-layout--right js-post-comments-component">${suComments([])}</div></div></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${suTags
  .map(
    (t) => `<a href="/questions/tagged/${t}"
class="s-tag post-tag" rel="tag">${t}</a>`,
  )
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">The Overflow
Blog</li>${links(suBlog, 's-sidebarwidget--item d-flex px16')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">Featured on
Meta</li>${links(suMeta, 's-sidebarwidget--item d-flex px16')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${suRelated
  .map(
    (r) => `<div class="spacer">
<a href="/q/${r[0]}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted default">${r[0]}</div></a>
<a href="/questions/${r[0]}" class="question-hyperlink">${r[1]}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4>
<a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>${links(suHot)}</ul>
<a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div></div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col">
<h5 class="-title"><a href="https://superuser.com">Super User</a></h5>
<ul class="-list">${links(suFoot)}</ul></div></nav><div class="site-footer--copyright fs-fine md:mt24">
<p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <a href="https://stackoverflow.com/help/licensing">CC
BY-SA</a>.
<span id="svnrev">rev 2025.11.20.37284</span></p></div></div></footer>
<div class="ps-fixed z-nav-fixed ws4 sm:w-auto p32 sm:p16 bg-black-750 fc-white bar-lg b16 l16 r16 js-consent-banner"><div class="d-flex fd-column gsy gs8">
<h2 class="fc-white fs-title">Your privacy</h2>
<p class="fs-body1">${suCookie}</p></div><div class="d-flex gs8 sm:fd-column">
<button class="flex--item6 s-btn s-btn__primary js-accept-cookies">Accept all cookies</button>
<button class="flex--item6 s-btn s-btn__filled js-reject-cookies">Necessary cookies only</button>
<button class="flex--item6 s-btn s-btn__link js-cookie-settings">Customize settings</button></div></div></body></html>`;
const superUser: TestPage = {
  html: suHtml,
  name: 'heldout69-superuser-question-two-answers',
  kind: 'forum',
  // the question, both answers and every comment are body, the answer's steps too; its two h2 are the headings ("2 Answers"
  // is furniture); the two code blocks are in neither list; names, the asked/answered dates, "edited <date>" lines, comment
  // dates and the header's "2 months ago" are bylines ("asked", "answered", "Asked" in neither); vote counts and their
  // tooltips, reputation and badges, tags, Share / Improve / Follow, "Add a comment", the sort select, the "Not the answer"
  // line, sidebar, top bar, left nav, footer and cookie banner are furniture; "Modified", "Viewed" and "1k times" too; the
  // tags but "docking-station" ("Windows 11", "sleep", "Power Management", "USB-C") and the nav's "Home" are body words: left out
  title: suTitle,
  headings: [suH1, suH2],
  body: [
    ...texts(suQ),
    ...suQ2,
    suQComments[0]![0]!,
    plain(suQComments[1]![0]!),
    ...suA1a,
    ...texts(suA1Steps),
    ...suA1b,
    ...suA1c,
    suA1Comment[0]!,
    ...texts(suA2),
  ],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Lucas Brandt', 'Ines Carvalho', 'Theo Marchetti', 'Ayodele Bankole', 'Sep 21, 2025 at 14:03', 'Sep 21, 2025 at 15:02', 'Sep 22, 2025 at 10:17',
    'edited Sep 21, 2025 at 16:20', 'edited Sep 23, 2025 at 8:40', 'Sep 21 at 14:20', 'Sep 22 at 7:48', 'Sep 23 at 21:05', '2 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Super User', 'Log in', 'Sign up', ...suNav.filter((t) => t !== 'Home'), 'Ask Question', 'Modified', 'Viewed', '1k times', 'This question is useful',
    'This question is not useful', 'Save this question.', 'Show activity on this post.', 'This answer is useful', 'This answer is not useful',
    'Save this answer.', '7', '12', '2', '1', 'docking-station',
    'Share', 'Improve this question', 'Improve this answer', 'Follow', '143', '31.4k', '2,871', '1 silver badge 6 bronze badges',
    '4 gold badges 61 silver badges 88 bronze badges', '2 silver badges 19 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default',
    'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)',
    'Not the answer you\'re looking for? Browse other questions tagged',
    'ask your own question', 'The Overflow Blog', ...suBlog, 'Featured on Meta', ...suMeta, 'Related', ...suRelated.flat(), 'Hot Network Questions',
    ...suHot, 'more hot questions', ...suFoot, 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under', 'CC BY-SA',
    'rev 2025.11.20.37284', 'Your privacy', suCookie, 'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT69_E: readonly TestPage[] = [superUser, githubDiscussion];

import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 158, file a2: an Ask Ubuntu question whose accepted answer carries a long comment thread. */
const auTitle = 'Wi-Fi drops every few minutes after upgrading to 24.04 on a ThinkPad';
const auQ = [
  'Since I upgraded my ThinkPad from 22.04 to 24.04 last week, the Wi-Fi connection drops every three to five minutes. The icon ' +
    'shows the network as connected, but nothing loads, and after about twenty seconds it reconnects by itself. Wired Ethernet ' +
    'works perfectly, and the same router was fine with 22.04.',
  'The card is an Intel AX201. In <code>journalctl</code> I see a burst of <code>iwlwifi</code> messages every time the connection ' +
    'drops. I have already tried forgetting the network and rebooting the router. How can I find out what changed and fix it?',
];
const auA = [
  'This looks like the power saving setting of the <code>iwlwifi</code> driver, which some AX201 cards handle badly with the newer ' +
    'kernel in 24.04. The card goes into a low-power state and does not wake up quickly enough, so the router drops it.',
  'Turn power saving off for Wi-Fi in NetworkManager:',
  'Then restart NetworkManager with <code>sudo systemctl restart NetworkManager</code>. If the drops stop, you have found the cause. ' +
    'If they do not, also try disabling the driver’s own power saving with the module option below and reboot.',
  'Both changes cost a little battery life, roughly ten minutes over a full charge in my tests, which is a fair trade for a ' + 'connection that stays up.',
];
const auCode = `<pre class="lang-bash s-code-block"><code>sudo sed -i 's/wifi.powersave = 3/wifi.powersave = 2/' \\
  /etc/NetworkManager/conf.d/default-wifi-powersave-on.conf</code></pre>`;
const auCode2 = '<pre class="s-code-block"><code>echo "options iwlwifi power_save=0" | sudo tee /etc/modprobe.d/iwlwifi.conf</code></pre>';
const auComments: [string, string, string, string][] = [
  ['The first change fixed it. No drops for two hours now. Thank you!', 'Teodor Vasquez', 'Nov 3 at 18:40', '3'],
  ['On my machine the file did not exist. I had to create it with the [connection] header first.', 'lindy.harker', 'Nov 4 at 7:15', '5'],
  ['@lindy.harker good point, I have added that to the answer.', 'Priyanka Moul', 'Nov 4 at 8:02', ''],
  ['Does this also apply to the AX210? Same symptoms here on a different laptop.', 'greybeard_42', 'Nov 5 at 21:37', ''],
  ['@greybeard_42 yes, the AX210 uses the same driver, so the same setting applies.', 'Priyanka Moul', 'Nov 5 at 22:10', '1'],
  ['For me it only helped together with the module option. The NetworkManager change alone was not enough.', 'Caoimhe Rudd', 'Nov 6 at 10:48', '2'],
  ['Is there a bug report for this? It would be nice to know if a kernel update will fix it.', 'marek_s', 'Nov 7 at 16:20', ''],
];
const auA2 = ['Updating the router firmware solved the same problem for me; it was an old firmware that mishandled power-saving clients.'];
const auTop = ['Ask Ubuntu', 'Log in', 'Sign up'];
const auNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const auTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Explore Teams'];
const auTags = ['networking', 'wireless', 'intel-wireless', '24.04'];
const auRelated = [
  'Related',
  'Wireless keeps disconnecting on Intel 7260',
  'How do I disable power management for Wi-Fi permanently?',
  'iwlwifi firmware failed to load after upgrade',
];
const auHot = ['Hot Network Questions', 'Why does my sourdough rise sideways?', 'How long does a tyre patch last?'];
const auFoot = [
  'Ask Ubuntu',
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Company',
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
];
const auCookie =
  'Your privacy: By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
  'accordance with our Cookie Policy.';
const comment = ([text, name, when, score]: [string, string, string, string], hidden: boolean): string => `<li class="comment js-comment${
  hidden ? ' dno js-comment-hidden' : ''
}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score">
<span title="number of upvotes" class="cool">${score}</span></div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body">
<span class="comment-copy">${text}</span> – <a href="/users/3/${name}" class="comment-user">${name}</a> <span class="comment-date" dir="ltr">
<span class="relativetime-clean">${when}</span></span></div></div></li>`;
const sig = (verb: string, when: string, name: string, rep: string): string => `<div class="post-signature"><div class="user-info">
<div class="user-action-time">${verb} <span class="relativetime">${when}</span></div><div class="user-details"><a href="/users/5/${name}">${name}</a>
<div class="-flair"><span class="reputation-score" title="reputation score">${rep}</span></div></div></div></div>`;
const auHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>networking - ${auTitle} - Ask Ubuntu</title><meta name="description" content="${auQ[0]?.slice(0, 150)}">
<meta property="og:site_name" content="Ask Ubuntu"><link rel="canonical" href="https://askubuntu.com/questions/1531207/wi-fi-drops-every-few-minutes">
<link rel="stylesheet" href="https://cdn.sstatic.example/Sites/askubuntu/primary.css?v=3e1b"><script src="https://cdn.sstatic.example/Js/stub.en.js"></script>
</head><body class="question-page unified-theme"><header class="s-topbar js-top-bar"><div class="s-topbar--container">
<a class="s-topbar--logo" href="https://askubuntu.com"><span class="-img">${auTop[0]}</span></a><form id="search" role="search" class="s-topbar--searchbar">
<input name="q" type="text" placeholder="Search on Ask Ubuntu…" aria-label="Search" class="s-input s-input__search"></form><ol class="s-topbar--content">
<li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">${auTop[1]}</a></li><li>
<a href="/users/signup" class="s-btn s-btn__primary">${auTop[2]}</a></li>
</ol></div></header><div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol class="nav-links">
${links(auNav, 'ps-relative')}</ol><div class="left-sidebar--sticky-container"><div class="s-sidebarwidget"><h2 class="fs-body2">${auTeams[0]}</h2>
<p class="fs-caption">${auTeams[1]}</p><a href="https://stackoverflow.co/teams" class="s-btn s-btn__xs">${auTeams[2]}</a></div></div></nav></div>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div id="question-header" class="d-flex">
<h1 itemprop="name" class="fs-headline1"><a href="/questions/1531207" class="question-hyperlink">${auTitle}</a></h1>
<div class="aside-cta"><a href="/questions/ask" class="s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb"><div class="flex--item mr16">
<span class="fc-black-400 mr2">Asked</span> <time datetime="2025-11-03T09:20:11">9 days ago</time></div>
<div class="flex--item mr16"><span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity">5 days ago</a></div>
<div class="flex--item"><span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" id="question"><div class="post-layout">
<div class="votecell"><div class="js-vote-count" itemprop="upvoteCount">14</div><button class="js-bookmark-btn" aria-label="Save question"></button></div>
<div class="postcell"><div class="s-prose js-post-body" itemprop="text">${auQ.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="post-taglist"><ul class="js-post-tag-list-wrapper">${auTags
  .map(
    (t) => `<li><a href="/questions/tagged/${t}" class="s-tag post-tag">${t}</a>
</li>`,
  )
  .join('')}</ul></div>
<div class="js-post-menu"><a href="/q/1531207" class="js-share-link">Share</a> <a href="/posts/1531207/edit">Improve this question</a>
<button class="js-follow-post">Follow</button></div>${sig('asked', 'Nov 3 at 9:20', 'Teodor Vasquez', '183')}</div></div></div>
<div id="answers"><div id="answers-header"><h2 data-answercount="2">2 Answers</h2><label for="answer-sort">Sorted by:</label>
<select id="answer-sort" class="s-select"><option selected>Highest score (default)</option><option>Trending (recent votes count more)</option></select></div>
<div id="answer-1531219" class="answer js-answer accepted-answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell"><div class="js-vote-count" itemprop="upvoteCount">22</div>
<div class="js-accepted-answer-indicator" title="The question owner accepted this as the best answer Nov 3 at 18:41.">
<span class="d-none">Accepted answer</span></div></div>
<div class="answercell"><div class="s-prose js-post-body" itemprop="text">
<p>${auA[0]}</p>\n<p>${auA[1]}</p>\n${auCode}\n<p>${auA[2]}</p>\n${auCode2}\n<p>${auA[3]}</p></div>
<div class="js-post-menu"><a href="/a/1531219" class="js-share-link">Share</a> <a href="/posts/1531219/edit">Improve this answer</a>
<button class="js-follow-post">Follow</button></div><div class="post-signature"><div class="user-info user-hover"><div class="user-action-time">
<a href="/posts/1531219/revisions" title="show all edits to this post">edited Nov 4 at 8:01</a></div></div></div>
${sig('answered', 'Nov 3 at 10:05', 'Priyanka Moul', '27.5k')}</div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul class="comments-list js-comments-list">
${auComments.map((c, i) => comment(c, i >= 5)).join('\n')}</ul></div><div class="js-comment-actions"><a class="js-add-link comments-link">Add a comment</a>
<span class="js-link-separator">&nbsp;|&nbsp;</span>
<a class="js-show-link comments-link" title="Expand to show all comments on this post" role="button">Show 2 more comments</a></div></div>
</div></div>
<div id="answer-1531388" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">
<div class="votecell"><div class="js-vote-count" itemprop="upvoteCount">1</div></div><div class="answercell"><div class="s-prose js-post-body" itemprop="text">
<p>${auA2[0]}</p></div><div class="js-post-menu"><a href="/a/1531388" class="js-share-link">Share</a> <a href="/posts/1531388/edit">Improve this answer</a>
</div>
${sig('answered', 'Nov 7 at 12:30', 'Nnamdi Okafor', '61')}</div></div>
<div class="js-post-comments-component"><a class="js-add-link comments-link">Add a comment</a></div></div>
<h2 class="bottom-notice">You must <a href="/users/login">log in</a> to answer this question.</h2></div></div>
<div id="sidebar" role="complementary" aria-label="sidebar"><div class="module sidebar-related"><h4 id="h-related">${auRelated[0]}</h4>
<div class="related">${links(auRelated.slice(1))}</div></div><div id="hot-network-questions" class="module"><h4>${auHot[0]}</h4>
<ul>${links(auHot.slice(1))}</ul></div>
</div></div></div></div><footer id="footer" class="site-footer" role="contentinfo"><nav class="site-footer--nav"><ul>${links(auFoot)}</ul></nav>
<p class="site-footer--copyright">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.11.1844</p>
<p class="site-footer--extra">Ubuntu and Canonical are registered trademarks of Canonical Ltd.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${auCookie}</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div></div></body></html>`;
export const askUbuntu: TestPage = {
  html: auHtml,
  name: 'heldout158-askubuntu-comment-heavy-answer',
  kind: 'forum',
  // the question, both answers and all seven comments on the accepted answer (two of them in the collapsed "dno" part) are
  // body; the two code blocks are in neither list; names, "asked" / "answered" / "edited" times and comment dates are bylines
  title: auTitle,
  headings: [],
  body: [...texts(auQ), ...texts(auA), ...auComments.map((c) => c[0]), ...auA2],
  bylines: [
    'Teodor Vasquez',
    'Priyanka Moul',
    'lindy.harker',
    'greybeard_42',
    'Caoimhe Rudd',
    'marek_s',
    'Nnamdi Okafor',
    'asked Nov 3 at 9:20',
    'answered Nov 3 at 10:05',
    'edited Nov 4 at 8:01',
    'answered Nov 7 at 12:30',
    '9 days ago',
    '5 days ago',
    ...auComments.map((c) => c[2]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...auTop, ...auNav, ...auTeams, 'Ask Question', 'Asked', 'Modified', 'Viewed', '1k times', '14', '22', '183', '27.5k', '61', ...auTags, 'Share',
    'Improve this question', 'Follow', '2 Answers', 'Sorted by:', 'Highest score (default)', 'Trending (recent votes count more)', 'Improve this answer',
    'Add a comment', 'Show 2 more comments', 'You must log in to answer this question.', ...auRelated, ...auHot, ...auFoot,
    'Ubuntu and Canonical are registered trademarks of Canonical Ltd.', auCookie, 'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

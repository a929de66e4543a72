import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 24, file e2: a feature-request question on a Stack Exchange "meta" site (the top bar with the site switcher,
 * search and "Log in" / "Sign up", the left nav, the question header with "Ask Question", the Asked / Modified / Viewed line,
 * vote cells, the question body, the tag list with the "status-completed" moderator tag, the post menu, the user cards, the
 * comments with their scores, the answers header with its sort select, a staff answer with the "Staff" badge and a second
 * answer, the "Not the answer you're looking for?" notice, the sidebar with "Featured on Meta", "Linked", "Related" and "Hot
 * Network Questions", the footer and the OneTrust consent banner).
 */
const seTitle = 'Let me mute notifications from a single comment thread';
const seQ = [
  'When I leave a comment on a busy question, every later reply that pings me lands in my inbox, even after the discussion has ' +
    'moved on and I have nothing more to add. On popular posts that can be thirty or forty notifications in a day.',
  'I would like a way to stop notifications from one comment thread without unfollowing the whole post. Something like:',
  'A "Mute replies" item in the comment’s menu, visible only to the comment’s author.',
  'Muted threads listed on my profile’s settings page, so I can unmute them later.',
  'Direct @-mentions by name should still come through; only the automatic reply notifications would stop.',
] as const;
const seQComment = ['This would help a lot on the hot network questions, where old comments keep getting replies for weeks.'] as const;
const seA1 = [
  'This is now live on all sites. Each of your own comments has a <b>Mute replies</b> option in its overflow menu, and the muted ' +
    'threads are listed under Preferences, then Notifications, where you can unmute them.',
  'As requested, a direct @-mention still notifies you. We also decided that a reply from the post’s owner still notifies you, ' +
    'since those are usually answers to a question you asked in the comment.',
  'Thanks for the detailed request. If you find a case where the mute does not hold, please post a bug report and link it here.',
];
const seA1Comment = ['Works well. Any plan to offer the same thing for chat rooms?'] as const;
const seA2 = [
  'A partial workaround until this shipped was to delete your own comment once the discussion was over: deleted comments stop ' +
    'generating reply notifications. It is not ideal, because the context disappears for everyone else.',
] as const;
const seTags = ['feature-request', 'status-completed', 'comments', 'notifications'];
const seNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const seFeatured = ['Policy: Generative AI is banned on the network', 'Results of the 2025 moderator election'];
const seLinked = ['Reply notifications keep arriving for deleted comments'];
const seRelated = ['Allow unfollowing a comment thread', 'Can I stop getting inbox messages for old comments?'];
const seHot = ['Why does a ship’s bell ring eight times at noon?', 'Is it safe to reuse a pressure canner gasket?'];
const seFoot = [
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
const vote = (
  n: number,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg
 class="svg-icon iconArrowUp"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote"><svg
 class="svg-icon iconArrowDown"></svg></button></div></div>`;
const menu = `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a
 href="#" class="js-share-link">Share</a></div>
<div class="flex--item"><a href="#" class="js-suggest-edit-post">Improve this post</a></div><div class="flex--item"><button type="button"
 class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const card = (verb: string, when: string, who: string, rep: string, staff = false): string => `<div class="post-signature flex--item"><div class="user-info">
<div class="user-action-time">${verb} <span title="${when}" class="relativetime">${when}</span></div><div class="user-gravatar32"><a href="/users/1"><img
 alt="${who}'s user avatar" width="32"></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a
 href="/users/1">${who}</a>${staff ? '<span class="s-badge s-badge__staff s-badge__xs">Staff</span>' : ''}
<div class="-flair"><span class="reputation-score" title="reputation score">${rep}</span></div></div></div></div>`;
const comment = (text: string, score: string, who: string, when: string): string => `<li class="comment js-comment" data-comment-score="${score}">
<div class="js-comment-actions comment-actions"><div class="comment-score"><span title="number of 'useful comment' votes received"
 class="cool">${score}</span></div></div>
<div class="comment-text"><div class="comment-body"><span class="comment-copy">${text}</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a
 href="/users/2" class="comment-user">${who}</a></div>
<span class="comment-date" dir="ltr"><span title="${when}" class="relativetime-clean">${when}</span></span></div></div></li>`;
const seHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav"><head><title>${seTitle} - Meta Stack Exchange</title>
<script>StackExchange.init({"locale":"en","serverTime":1763650000,"site":{"name":"Meta Stack Exchange","isChildMeta":false}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn" aria-label="Menu"><span></span></a>
<a class="s-topbar--logo" href="/"><span class="-img _glyph">Meta Stack Exchange</span></a>
<form class="s-topbar--searchbar" role="search"><input name="q" type="text" placeholder="Search on Meta Stack Exchange…" aria-label="Search"></form>
<ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li><li><a href="/users/signup"
 class="s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol
 class="nav-links">${links(seNav, 'nav-item')}</ol></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
 href="/questions/401234/let-me-mute" class="question-hyperlink">${seTitle}</a></h1>
<div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2024-02-11 14:03:22Z"><span
 class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2024-02-11T14:03:22">1 year, 9 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
 class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit">6 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 3,107 times"><span
 class="fc-black-400 mr2">Viewed</span> 3k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" id="question" data-questionid="401234"><div
 class="post-layout">${vote(86)}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text"><p>${seQ[0]}</p><p>${seQ[1]}</p><ul>${seQ
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<div class="mt24 mb12"><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${seTags
  .map(
    (t) =>
      `<li class="d-inline mr4 js-post-tag-list-item"><a
 href="/questions/tagged/${t}" class="s-tag post-tag${t.startsWith('status') ? ' moderator-tag' : ''}" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="mb0"><div
 class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${menu}${card('asked', 'Feb 11, 2024 at 14:03', 'Rowan Achterberg', '2,941')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-401234" class="comments js-comments-container"><ul
 class="comments-list js-comments-list">
${comment(seQComment[0], '23', 'lindqvist', 'Feb 11, 2024 at 15:20')}</ul></div>
<div id="comments-link-401234"><a class="js-add-link comments-link disabled-link"
 title="Use comments to ask for more information">Add a comment</a></div></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
 data-answercount="2">2 Answers
<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><label class="s-label"
 for="answer-sort-dropdown-select-menu">Sorted by:</label>
<select id="answer-sort-dropdown-select-menu" class="s-select"><option value="scoredesc" selected>Highest score (default)</option><option
 value="modifieddesc">Date modified (newest first)</option>
<option value="createdasc">Date created (oldest first)</option></select></div></div></div>
<div id="answer-401990" class="answer js-answer accepted-answer" data-answerid="401990" itemprop="acceptedAnswer" itemscope
 itemtype="https://schema.org/Answer"><div class="post-layout">${vote(54)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${seA1.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="mt24"><div
 class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu}${card('answered', 'May 20, 2025 at 16:40', 'Kendra Oyelaran', '11.2k', true)}</div></div></div>
<div class="post-layout--right js-post-comments-component"><ul
 class="comments-list js-comments-list">${comment(seA1Comment[0], '6', 'Rowan Achterberg', 'May 20, 2025 at 18:02')}</ul>
<a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div>
<div id="answer-401301" class="answer js-answer" data-answerid="401301" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div
 class="post-layout">${vote(9)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text"><p>${seA2[0]}</p></div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu}${card('answered', 'Feb 12, 2024 at 08:17', 'tomasz.w', '688')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div>
<h2 class="bottom-notice">You must <a href="/users/login">log in</a> to answer this question.</h2>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${seTags
  .map(
    (t) => `<a
 href="/questions/tagged/${t}" class="post-tag">${t}</a>`,
  )
  .join(' ')}.</h2>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul class="d-block p0 m0">
<li class="s-sidebarwidget--header">Featured on Meta</li>${links(seFeatured, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><ul>${links(seLinked)}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><ul>${links(seRelated)}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a
 href="https://stackexchange.com/questions?tab=hot">Hot Network Questions</a></h4><ul>${links(seHot)}</ul>
<a href="#" class="show-more js-show-more">more hot questions</a></div></div></div></div>
<footer id="footer" class="site-footer"><nav class="site-footer--nav"><ul>${links(seFoot)}</ul></nav>
<p class="site-footer--copyright">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <a
 href="https://stackoverflow.com/help/licensing">CC BY-SA</a>.
<span id="svnrev">rev 2025.11.19.37261</span></p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><h2 id="onetrust-policy-title">Your privacy</h2>
<p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information
in accordance with our Cookie Policy.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div></div></body></html>`;
export const metaQuestion: TestPage = {
  html: seHtml,
  name: 'heldout24-meta-feature-request',
  kind: 'forum',
  // the thread is the article: the question's paragraphs and list items, both answers and the two comments (short replies in
  // the thread, written by its people) are body; the asker, answerers and commenters and their times, and the "Asked" age,
  // are bylines ("asked", "answered" and the labels "Asked", "Modified", "Viewed" furniture, as is the "Modified" age); the
  // "Staff" badge, reputations, vote counts and comment scores, tags (the status tag too), post menus, "Add a comment", the
  // answers header with its sort select, bottom notices, sidebar, top bar, left nav, footer and consent banner are furniture;
  // "Rowan Achterberg" asks and comments (listed once)
  title: seTitle,
  headings: [],
  body: [...texts(seQ), seQComment[0], ...texts(seA1), seA1Comment[0], seA2[0]],
  bylines: [
    '1 year, 9 months ago',
    'Rowan Achterberg',
    'Feb 11, 2024 at 14:03',
    'lindqvist',
    'Feb 11, 2024 at 15:20',
    'Kendra Oyelaran',
    'May 20, 2025 at 16:40',
    'May 20, 2025 at 18:02',
    'tomasz.w',
    'Feb 12, 2024 at 08:17',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Meta Stack Exchange', 'Log in', 'Sign up', ...seNav, 'Ask Question', 'Asked', 'Modified', '6 months ago', 'Viewed', '3k times', '86', '54', '9',
    ...seTags, 'Share', 'Improve this post', 'Follow', 'asked', 'answered', '2,941', '11.2k', '688', 'Staff', '23', '6', 'Add a comment',
    '2 Answers', 'Sorted by:', 'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)',
    'to answer this question.', 'Not the answer you\'re looking for? Browse other questions tagged', 'Featured on Meta', ...seFeatured, 'Linked',
    ...seLinked, 'Related', ...seRelated, 'Hot Network Questions', ...seHot, 'more hot questions', ...seFoot,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under', 'CC BY-SA', 'rev 2025.11.19.37261', 'Your privacy',
    'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information ' +
      'in accordance with our Cookie Policy.',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { suTitle, suQ1, suQ2, suQc, suA1a, suA1Steps, suA1b, suA1c, suAc, suA2, suA3 } from './pages-heldout42-a3.js';

/**
 * Held-out batch 42, file a2: a Super User (Stack Exchange) question with three answers, seen logged out (top bar, left nav,
 * question header with Asked / Modified / Viewed, vote cells with the save and timeline buttons, tags, post menus, user cards
 * with reputation and badges, an "edited" card, comment lists with scores, the answer sort select, the accepted-answer mark,
 * the answer form, the Overflow Blog / Featured on Meta / Related / Hot Network Questions rails, the OneTrust cookie banner
 * and the footer).
 */
const suTags = ['windows-11', 'sleep', 'power-management', 'wake-on-lan'];
const suNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
const suBlog = ['How a small team rebuilt search without a rewrite', 'Podcast 612: What on-call looks like in a four-day week'];
const suMeta = ['Policy update on AI-generated answers, one year on', 'Community elections are open: nominations close Friday'];
const suRelated = [
  'Windows 10 keeps waking up from sleep with no wake timers',
  'How do I find out what woke my computer?',
  'Disable Modern Standby and go back to S3 sleep',
  'Scheduled task wakes PC even though "Wake the computer" is unchecked',
];
const suHot = [
  'Why does my bread rise more on the second day in the fridge?',
  'Is there a word for a promise that is kept only on paper?',
  'How were orbits planned before electronic computers?',
  'Can a sparse file be copied without filling its holes?',
];
const suCompany = ['Stack Overflow', 'Stack Internal', 'Stack Data Licensing', 'Stack Ads', 'About', 'Press', 'Legal', 'Privacy Policy'];
const suFoot = ['Tour', 'Help', 'Contact', 'Feedback', ...suCompany, 'Terms of Service', 'Cookie Policy'];
const suNet = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
const suSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
const acceptedMark =
  '<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" role="note" aria-label="Accepted"><svg aria-hidden="true"></svg></div>';
const vote = (n: string, accepted = false): string =>
  `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg aria-hidden="true"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
 data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true"></svg></button>
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" data-controller="s-tooltip"><svg aria-hidden="true"></svg></button>
${accepted ? acceptedMark : ''}
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/timeline" aria-label="Timeline"><svg
 aria-hidden="true"></svg></a></div></div>`;
const card = (action: string, time: string, iso: string, name: string, rep: string, badges: string): string =>
  `<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time">${action}
<span title="${iso}" class="relativetime">${time}</span></div><div class="user-gravatar32"><img src="https://i.sstatic.net/x.png"
 alt="${name}&#39;s user avatar"
 width="32" height="32"></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${name}">${name}</a>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${rep}</span>${badges}</div></div></div></div>`;
const menu = (kind: string): string =>
  `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="/q/1891204" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a></div>
<div class="flex--item"><a href="/posts/1891204/edit" class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div>`;
const comments = (items: [string, string, string, string][]): string =>
  `<div class="comments js-comments-container bt bc-black-200 mt12"><ul class="comments-list js-comments-list" data-canpost="false">
${items
  .map(
    ([score, text, user, time]) => `<li class="comment js-comment" data-comment-score="${score}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score">${
      score === '0'
        ? ''
        : `<span title="number of &#39;useful comment&#39; votes received"
 class="cool">${score}</span>`
    }</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/${user}" class="comment-user">${user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment"><span class="relativetime-clean">${time}</span></a></span></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="js-comments-links"><a class="js-add-link comments-link disabled-link" href="#" role="button"
 title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments.">Add a comment</a></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const silver = (n: string): string =>
  `<span title="${n} silver badges" aria-hidden="true"><span class="badge2"></span><span class="badgecount">${n}</span></span>`;
const bronze = (n: string): string =>
  `<span title="${n} bronze badges" aria-hidden="true"><span class="badge3"></span><span class="badgecount">${n}</span></span>`;
const answer = (id: string, score: string, accepted: boolean, body: string, sig: string, cm: string): string =>
  `<div id="answer-${id}" class="answer js-answer${accepted ? ' accepted-answer js-accepted-answer' : ''}" data-answerid="${id}" data-score="${score}"
 itemprop="${accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${vote(score, accepted)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${body}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu('answer')}${sig}</div></div></div>${cm}</div></div>`;
const suHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>windows 11 - ${suTitle} - Super User</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/superuser/Img/favicon.ico?v=4852d6fb3f5d">
<meta property="og:type" content="website"><meta property="og:title" content="${suTitle}">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script>
<script src="https://cdn.sstatic.net/Js/stub.en.js?v=e8a1c7d2b9f0"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=1b9d1c4e2a7f">
<script>StackExchange.init({"locale":"en","serverTime":1764316800,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com","site":{"name":"Super User","description":"Q&A for computer enthusiasts and power users"}});</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-expanded="false"><span></span></a>
<a class="s-topbar--logo" href="https://superuser.com"><span class="-img _glyph">Super User</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off">
<input name="q" type="text" role="combobox" placeholder="Search on Super User…" value="" autocomplete="off" maxlength="240"
 class="s-input s-input__search"></form>
<ol class="s-topbar--content" role="menubar"><li><a href="https://superuser.com/users/login?ssrc=head" class="s-topbar--item s-btn s-btn__filled"
 rel="nofollow">Log in</a></li>
<li><a href="https://superuser.com/users/signup?ssrc=head" class="s-topbar--item s-btn s-btn__primary" rel="nofollow">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(suNav, 'ps-relative')}</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/1891204/laptop-wakes-from-sleep-at-3-a-m-every-night" class="question-hyperlink">${suTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask"
 class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2024-09-14 21:08:31Z"><span
 class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2024-09-14T21:08:31">1 year, 2 months ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity"
 class="s-link s-link__inherit">3 months ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 4,812 times"><span class="fc-black-400 mr2">Viewed</span> 4k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1891204" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard"></div></div>
<div class="post-layout">${vote('14')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(suQ1)}
<pre class="lang-none s-code-block"><code class="hljs">Wake History Count - 1
Wake History [0]
  Wake Source Count - 1
  Wake Source [0]
    Type: Unknown
</code></pre>
${ps(suQ2)}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${suTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
 rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${menu('question')}</div>
<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/1891204/revisions"
 title="show all edits to this post">edited
<span title="2024-09-15 07:42:10Z" class="relativetime">Sep 15, 2024 at 7:42</span></a></div>
<div class="user-details"><a href="/users/1204/dana-whitlock">Dana Whitlock</a><div class="-flair"><span
 class="reputation-score">2,318</span>${silver('4')}</div></div></div></div>
${card('asked', 'Sep 14, 2024 at 21:08', '2024-09-14 21:08:31Z', 'Mateus Rocha', '163', bronze('7'))}</div></div></div>
<span class="d-none" itemprop="commentCount">2</span>
${comments([
  ['2', suQc[0], 'Harald Venn', 'Sep 14, 2024 at 21:31'],
  ['0', suQc[1], 'Mateus Rocha', 'Sep 14, 2024 at 21:40'],
])}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="3">3 Answers<span style="display:none;" itemprop="answerCount">3</span></h2></div>
<div class="flex--item"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="?answertab=scoredesc#tab-top">Reset to default</a>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option
 value="createdasc">Date created (oldest first)</option></select></div></div></div></div>
${answer(
  '1891233',
  '21',
  true,
  `${ps(suA1a)}\n<ol>${suA1Steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>\n${ps(suA1b)}
<pre class="lang-bash s-code-block"><code class="hljs language-bash">powercfg /setacvalueindex scheme_current sub_none F15576E8-98B7-4186-B944-EAFA664402D9 0
powercfg /setactive scheme_current</code></pre>\n${ps(suA1c)}`,
  card('answered', 'Sep 15, 2024 at 8:03', '2024-09-15 08:03:12Z', 'Priya Natarajan', '31.4k', silver('38') + bronze('61')),
  comments([
    ['6', suAc[0], 'Mateus Rocha', 'Sep 15, 2024 at 19:12'],
    ['1', suAc[1], 'Harald Venn', 'Sep 16, 2024 at 6:55'],
  ]),
)}
${answer('1891310', '5', false, ps(suA2), card('answered', 'Sep 16, 2024 at 12:27', '2024-09-16 12:27:40Z', 'Olek Brandt', '905', bronze('12')), '')}
${answer('1929876', '0', false, ps(suA3), card('answered', 'Aug 2, 2025 at 10:15', '2025-08-02 10:15:44Z', 'user2209981', '11', ''), '')}
<form id="post-form" action="/questions/1891204/answer/submit" method="post" class="js-add-answer-component post-form">
<h2 class="space" id="your-answer-header">Your Answer</h2><div class="wmd-container"><textarea id="wmd-input" name="post-text" cols="92"
 rows="15"></textarea></div>
<div class="js-privacy-policy-agreement fs-body1 fc-black-500 mt16 mb24">By clicking “Post Your Answer”, you agree to our
<a href="https://stackoverflow.com/legal/terms-of-service/public">terms of service</a> and acknowledge you have read our
<a href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</div>
<button class="s-btn s-btn__primary" id="submit-button" type="submit">Post Your Answer</button>
<button class="s-btn s-btn__danger s-btn__link js-discard-question" type="button">Discard</button></form>
<h2 class="bottom-notice">Start asking to get answers</h2><p>Find the answer to your question by asking.</p>
<a href="/questions/ask" class="s-btn s-btn__filled">Ask question</a>
<h2 class="bottom-notice">Explore related questions</h2><p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">The Overflow Blog</li>${links(suBlog, 's-sidebarwidget--item')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">Featured on Meta</li>${links(suMeta, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">
${suRelated
  .map(
    (t, i) => `<div class="spacer"><div class="answer-votes answered-accepted default">${[38, 12, 9, 4][i]}</div><a
 class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot">Hot Network Questions</a></h4>
<ul>${suHot
  .map(
    (t) => `<li><div class="favicon" title="Stack Exchange site"></div><a
 class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}</ul>
<a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/1891204" title="Feed of this question and its answers"><svg
 aria-hidden="true"></svg>Question feed</a></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container">
<nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://superuser.com">Super User</a></h5>
<ul class="-list js-primary-footer-links">${links(suFoot.slice(0, 4), '-link')}</ul></div>
<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">Company</a></h5><ul class="-list">${links(suFoot.slice(4), '-link')}
<li><button class="-link js-gps-track" id="footer-cookie-settings-link">Cookie Settings</button></li></ul></div>
<div class="site-footer--col site-footer--categories-nav"><h5 class="-title"><a href="https://stackexchange.com">Stack Exchange Network</a></h5>
<ul class="-list">${links(suNet)}</ul></div></nav><div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${links(suSocial)}</ul>
<p class="md:mb0"><span class="td-underline"><a
 href="https://stackoverflow.com/legal/terms-of-service/public">Site design / logo © 2025 Stack Exchange Inc</a></span>;
user contributions licensed under <span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>.
<span id="svnrev">rev&nbsp;2025.11.28.37190</span></p></div></div></footer>
<div id="onetrust-consent-sdk" data-nosnippet="true"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div role="alertdialog" aria-describedby="onetrust-policy-text" aria-modal="true" aria-label="Your privacy"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your privacy</h2><div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store
cookies on your device and disclose information in accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button
 id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></div>
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true, questionId: 1891204 }); });</script>
</body></html>`;
export const superUserQuestion: TestPage = {
  html: suHtml,
  name: 'heldout42-superuser-question',
  kind: 'forum',
  // the question, the three answers and all four comments are body (Q&A convention), the numbered steps list items; the
  // question's and the first answer's command blocks are code (in neither); the asker, answerers and commenters, their
  // "asked" / "answered" times and comment times, and the edit line ("edited" with its time and the editor Dana Whitlock)
  // are bylines; vote counts, comment scores, reputations, badge counts, tags, post menus ("Improve this question"), the
  // Asked / Modified / Viewed line, "3 Answers", the sort select, "Add a comment", the answer form, rails, cookie banner,
  // top bar, left nav and footer are furniture; small score and badge digits ("2", "6", "1", "5", "0", "4", "7", "12") are
  // left out as too short to tell, and so are the words the body also has: the nav's "Chat", the footer's "About" and the
  // tags "windows-11", "sleep" and "wake-on-lan"
  title: suTitle,
  headings: [],
  body: [...texts(suQ1), ...texts(suQ2), ...texts(suQc), ...texts(suA1a), ...texts(suA1Steps), ...texts(suA1b), ...texts(suA1c)].concat(
    texts(suAc),
    texts(suA2),
    texts(suA3),
  ),
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'edited', 'Sep 15, 2024 at 7:42', 'Dana Whitlock', 'asked', 'Sep 14, 2024 at 21:08', 'Mateus Rocha', 'Harald Venn', 'Sep 14, 2024 at 21:31',
    'Sep 14, 2024 at 21:40', 'answered', 'Sep 15, 2024 at 8:03', 'Priya Natarajan', 'Sep 15, 2024 at 19:12', 'Sep 16, 2024 at 6:55',
    'Sep 16, 2024 at 12:27', 'Olek Brandt', 'Aug 2, 2025 at 10:15', 'user2209981',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Super User', 'Log in', 'Sign up', ...suNav.filter((t) => t !== 'Chat'), 'Ask Question', 'Asked', '1 year, 2 months ago', 'Modified', '3 months ago',
    'Viewed', '4k times',
    '14', 'power-management', 'Share', 'Improve this question', 'Follow', '2,318', '163', 'Add a comment', '3 Answers', 'Sorted by:', 'Reset to default',
    'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)', '21', 'Improve this answer', '31.4k', '38', '61', '905',
    'Your Answer', 'By clicking “Post Your Answer”, you agree to our', 'terms of service', 'and acknowledge you have read our', 'privacy policy',
    'Post Your Answer', 'Discard', 'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question',
    'Explore related questions', 'See similar questions with these tags.', 'The Overflow Blog', ...suBlog, 'Featured on Meta', ...suMeta, 'Related',
    ...suRelated, 'Hot Network Questions', ...suHot, 'more hot questions', 'Question feed', 'Company', ...suFoot.filter((t) => t !== 'About'),
    'Cookie Settings',
    'Stack Exchange Network', ...suNet, ...suSocial, 'Site design / logo © 2025 Stack Exchange Inc', 'user contributions licensed under', 'CC BY-SA',
    'rev 2025.11.28.37190', 'Your privacy', 'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

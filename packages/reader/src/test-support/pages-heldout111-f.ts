import { links, type TestPage, texts } from './page-kit.js';
import { nodebbThread } from './pages-heldout111-f2.js';

/**
 * Held-out batch 111, file f: a question on a Stack Exchange site (the top bar with "Log in" and "Sign up", the left nav, the
 * question header with "Ask Question", the "Asked", "Modified" and "Viewed" lines, the vote cells, the question with a code
 * block and tags, the "Share", "Improve this question" and "Follow" links, the user cards, comments, the answers header with
 * the sort select, two answers with code, "Add a comment", "Your Answer" box, the "Linked" and "Related" sidebar lists, the
 * "Hot Network Questions" list, the footer and the cookie notice) and, from file f2, a NodeBB thread with "Pinned", "Hot"
 * and "Solved" labels in its title line.
 */
const seTitle = 'Why does my sourdough starter smell like nail polish remover after feeding?';
const seQ = [
  'I have kept a rye starter for about six weeks. It doubles within eight hours of feeding, so it seems healthy, but for the ' +
    'last few days it has smelled strongly of nail polish remover about twelve hours after I feed it.',
  'My routine is below. The kitchen is around 24 °C. Is the smell a sign that something has gone wrong, and should I throw it ' + 'out and start again?',
];
const seA1 = [
  'That smell is ethyl acetate and related compounds, and it is a normal sign of a hungry starter, not a spoiled one. When the ' +
    'yeast and bacteria run out of food, they produce more of these by-products. At 24 °C with a 1:1:1 feed, your starter is ' +
    'simply peaking and then running out of flour well before you feed it again.',
  'You have two easy fixes:',
];
const seA1List = [
  'Feed at a higher ratio, such as 1:5:5, so there is more flour to get through before the next feed.',
  'Or keep the same ratio and feed twice a day, about every twelve hours.',
];
const seA1b = [
  'Throw it out only if you see pink or orange streaks or fuzzy mould on the surface. A grey liquid layer (often called hooch) is ' +
    'harmless too; pour it off or stir it in.',
];
const seA2 = [
  'To add to the accepted answer: rye starters get there faster than wheat ones, because rye ferments more quickly. I had the same ' +
    'smell with mine until I moved it to the coolest cupboard in the house, about 19 °C, and kept the 1:1:1 feed. It now peaks ' +
    'at around ten hours and the smell has gone.',
];
const seCode = 'Day 1-6: 50 g rye flour + 50 g water, once a day\nNow:      20 g starter + 20 g rye + 20 g water, every 24 h';
const seComments = [
  ['Does it still smell after you feed it, or only just before the next feed?', 'Maud Ferreira', 'Apr 2 at 9:14'],
  ['Only just before. Right after feeding it smells like yoghurt.', 'Ansel Whitcombe', 'Apr 2 at 9:40'],
  ['Switched to 1:5:5 last night and this morning it smells sweet again. Thanks!', 'Ansel Whitcombe', 'Apr 3 at 7:02'],
];
const seLinked = ['What is the liquid on top of my sourdough starter?', 'How do I know when my starter is ready to bake with?'];
const seRelated = [
  'Sourdough starter smells like vinegar, is it safe?',
  'Can I use whole wheat flour to feed a rye starter?',
  'Why did my starter stop rising after I put it in the fridge?',
  'Orange streaks in sourdough starter',
];
const seHot = ['How do I stop a cast iron pan from rusting between uses?', 'Is it safe to refreeze thawed chicken?', 'Why is my fudge grainy?'];
const seNav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Unanswered'];
const seFoot = [
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Company',
  'Stack Exchange Network',
  'Blog',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
];
const seTags = ['sourdough', 'fermentation', 'rye'];
const userCard = (verb: string, when: string, name: string, rep: string): string => `<div class="post-signature"><div class="user-info">
<div class="user-action-time">${verb} <span title="2026-04-0 09:00:00Z" class="relativetime">${when}</span></div><div class="user-gravatar32"><a
href="/users/1">
<img src="https://i.stack.example/avatar.png" alt="${name}'s user avatar" width="32" height="32"></a></div><div class="user-details"><a
href="/users/1">${name}</a>
<div class="-flair"><span class="reputation-score" title="reputation score">${rep}</span></div></div></div></div>`;
const menu = (what: string): string => `<div class="js-post-menu"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="/q/130022" class="js-share-link">Share</a></div><div class="flex--item"><a href="/posts/130022/edit"
class="js-suggest-edit-post">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const votes = (
  n: string,
  accepted = false,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center">
<button class="js-vote-up-btn" aria-label="Up vote"></button><div class="js-vote-count fs-title" itemprop="upvoteCount" data-value="${n}">${n}</div>
<button class="js-vote-down-btn" aria-label="Down vote"></button>
${accepted ? '<div class="js-accepted-answer-indicator" title="Loading when this answer was accepted…"></div>' : ''}</div></div>`;
const body = (inner: string): string => `<div class="s-prose js-post-body" itemprop="text">${inner}</div>`;
const seHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head><title>${seTitle} - Seasoned Advice</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}"><link rel="canonical"
href="https://cooking.stackexchange.example/questions/130022">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=8a1d">
<script>StackExchange.init({"locale":"en","serverTime":1775210000});</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div
class="s-topbar--container">
<a href="https://cooking.stackexchange.example" class="s-topbar--logo"><span class="-img _glyph">Seasoned Advice</span></a><form id="search"
role="search" class="s-topbar--searchbar">
<input name="q" type="text" role="combobox" placeholder="Search on Seasoned Advice…" aria-label="Search"></form><ol class="s-topbar--content">
<li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li><li><a href="/users/signup"
class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol>
</div></header><div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar" role="navigation"><nav role="navigation"><ol
class="nav-links">
${links(seNav, 'nav-item')}</ol></nav></div><div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope
itemtype="https://schema.org/Question">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/130022"
class="question-hyperlink">${seTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0"><a class="ws-nowrap s-btn s-btn__primary"
href="/questions/ask">Ask Question</a>
</div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2026-04-01 21:47:03Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2026-04-01T21:47:03">2 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2026-04-03 07:02:41Z">today</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 1,208 times">
<span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="130022" id="question"><div
class="post-layout">${votes('14')}
<div class="postcell post-layout--right">${body(`<p>${seQ[0]}</p><pre class="lang-none s-code-block"><code>${seCode}</code></pre><p>${seQ[1]}</p>`)}
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${seTags
  .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`)
  .join('')}</ul></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${menu('question')}</div>
<div class="post-signature owner flex--item">${userCard('asked', 'Apr 1 at 21:47', 'Ansel Whitcombe', '163')}</div></div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-130022" class="comments js-comments-container"><ul
class="comments-list js-comments-list">${seComments
  .map(
    ([c, n, t]) => `<li class="comment js-comment"><div class="js-comment-actions comment-actions"><span class="cool" title="number of upvotes">2</span></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c}</span> –&nbsp;<div
class="d-inline-flex">
<a href="/users/2" class="comment-user">${n}</a></div><span class="comment-date" dir="ltr"><span title="2026-04-02" class="relativetime-clean">${t}</span>
</span></div></div></li>`,
  )
  .join('\n')}</ul></div><div id="comments-link-130022"><a class="js-add-link comments-link" role="button">Add a comment</a></div></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="2">
2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><label class="flex--item fs-body1 mr4"
for="answer-sort-dropdown-select-menu">
Sorted by:</label><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected>Highest score (default)</option><option
value="modifieddesc">Date modified (newest first)</option>
</select></div></div></div>
<div id="answer-130031" class="answer js-answer accepted-answer" itemprop="acceptedAnswer"><div class="post-layout">${votes('21', true)}<div
class="answercell post-layout--right">
${body(`<p>${seA1[0]}</p><p>${seA1[1]}</p><ul>${seA1List.map((t) => `<li>${t}</li>`).join('')}</ul><p>${seA1b[0]}</p>`)}
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">${menu('answer')}</div>
<div class="post-signature flex--item fl0">${userCard('answered', 'Apr 2 at 10:03', 'Ilse Varga', '8,412')}</div></div></div></div></div></div>
<div id="answer-130047" class="answer js-answer" itemprop="suggestedAnswer"><div class="post-layout">${votes('5')}<div class="answercell post-layout--right">
${body(`<p>${seA2[0]}</p>`)}<div class="mt24"><div class="flex--item mr16">${menu('answer')}</div>
<div class="post-signature flex--item fl0">${userCard('answered', 'Apr 2 at 18:20', 'Tobiah Renn', '1,077')}</div></div></div></div></div>
<h2 class="bottom-notice" data-loc="1">Your Answer</h2><div class="js-consent-banner">
<p>By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you
have read our privacy policy.</p></div></div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="module sidebar-linked"><h4 id="h-linked">Linked</h4>${seLinked
  .map(
    (t, i) =>
      `<div class="spacer"><a href="/q/${i}"><div class="answer-votes answered-accepted">${8 + i}</div></a><a href="/q/${i}"
class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div><div class="module sidebar-related"><h4 id="h-related">Related</h4>${seRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/r${i}"><div class="answer-votes">${3 + i}</div></a><a href="/q/r${i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a
href="https://stackexchange.example/questions?tab=hot">Hot Network Questions</a></h4>
<ul>${links(seHot)}</ul><a href="#" class="show-more">more hot questions</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><nav class="site-footer--nav"><ul>${links(seFoot, 'site-footer--item')}</ul></nav>
<p class="site-footer--copyright">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2026.4.2.11872</p></footer>
<div class="js-consent-banner ps-fixed b16 r16 z-nav-fixed"><p>Your privacy</p>
<p>By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your
device and disclose information in accordance with our Cookie Policy.</p><button class="js-accept-cookies s-btn s-btn__primary">Accept all cookies</button>
<button class="js-reject-cookies s-btn s-btn__filled">Necessary cookies only</button><button
class="js-cookie-settings s-btn s-btn__link">Customize settings</button></div>
</body></html>`;
const stackExchange: TestPage = {
  html: seHtml,
  name: 'heldout111-stackexchange-question',
  kind: 'forum',
  // thread convention: the question, both answers and the comments are body; the code block is in neither list; names,
  // "asked" / "answered" times, comment times and the "Asked" / "Modified" / "Viewed" lines are bylines; votes, tags,
  // reputation, post menus, the answers header and sort, the "Linked", "Related" and hot lists, footer and cookie notice are
  // furniture
  title: seTitle,
  headings: [],
  body: [...seQ, ...seComments.map((c) => c[0] as string), ...seA1, ...seA1List, ...seA1b, ...texts(seA2)],
  // biome-ignore format: packed
  bylines: [
    'Asked 2 days ago', 'Modified today', 'Viewed 1k times', 'asked Apr 1 at 21:47', 'answered Apr 2 at 10:03', 'answered Apr 2 at 18:20', 'Ansel Whitcombe',
    'Ilse Varga', 'Tobiah Renn', 'Maud Ferreira', 'Apr 2 at 9:14', 'Apr 2 at 9:40', 'Apr 3 at 7:02',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Seasoned Advice', 'Log in', 'Sign up', ...seNav, 'Ask Question', ...seTags, 'Share', 'Improve this question', 'Improve this answer', 'Follow', '163',
    '8,412', '1,077', 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)', 'Date modified (newest first)', 'Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.', 'Linked', ...seLinked, 'Related',
    ...seRelated, 'Hot Network Questions', ...seHot, 'more hot questions', ...seFoot,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2026.4.2.11872', 'Your privacy',
    'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our ' +
      'Cookie Policy.',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT111_F: readonly TestPage[] = [stackExchange, nodebbThread];

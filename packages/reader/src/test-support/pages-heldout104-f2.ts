import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 104, file f2: a question page on a Stack Exchange network site (the top bar and left nav, the question
 * header with "Ask Question" and the Asked / Modified / Viewed line, the post notice "This question was migrated from ..."
 * at the top of the question cell, vote buttons and counts, tags, the Share / Improve this question / Follow menu, the
 * owner and editor signatures with reputation and badges, comments with their scores, the answers header with the sort
 * select, an accepted answer, the "Your Answer" box, the right sidebar's "Linked", "Related" and "Hot Network Questions"
 * lists, the cookie banner and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const qTitle = 'Why does my epoxy coat turn cloudy when I apply it in the evening?';
const qMigrated = 'This question was migrated from Sailing Stack Exchange because it can be answered on Boatbuilding Stack Exchange. Migrated 2 years ago.';
const qBody = paras(`
I am sheathing the hull of a small plywood dinghy with fibreglass cloth and epoxy in an unheated garage. Coats I put on in the
morning cure clear and hard. Coats I put on after about four in the afternoon end up with a cloudy, slightly greasy film on the
surface the next day, and the next coat does not seem to stick well to it.

I am using the same resin and hardener, measured by weight, and mixing for two minutes each time. The only thing that changes
is the time of day. What is causing this, and do I need to sand off the cloudy coats before carrying on?`);
const qComments = [
  ['How cold does the garage get overnight, and is it damp? That would be my first guess.', 'Ilse Marek', 'Mar 3, 2023 at 18:20'],
  ['Down to about 4°C most nights, and yes, there is condensation on the windows in the morning.', 'dinghy_dave', 'Mar 3, 2023 at 19:02'],
];
const a1 = paras(`
What you are seeing is amine blush. As epoxy cures, the hardener can react with moisture and carbon dioxide in the air to form
a waxy film on the surface. It is worst when the temperature is falling and the air is humid, which is exactly what happens
in an unheated garage in the late afternoon, as the air cools towards its dew point.

The blush is water-soluble, so you do not need to sand it all away. Wash the surface with warm water and a clean abrasive pad,
rinse, let it dry completely, and then sand lightly before the next coat. If you skip the washing and only sand, you tend to
push the blush into the scratches, and the next coat will not bond properly.

To stop it happening again, do your coating in the morning so the epoxy has several hours of rising or steady temperature,
or use a slow hardener that is labelled as low-blush. A small heater that keeps the space a few degrees above the outside
temperature overnight also helps a great deal.`);
const a2 = paras(`
Agree with the answer about blush. One more thing worth checking: if the resin is cold when you mix it, it becomes thick and
traps tiny air bubbles, which can also make a coat look milky. Keep the resin and hardener indoors overnight and bring them
out just before you mix.`);
const aComment = [
  'Washing with water before sanding made all the difference. The last three coats are perfectly clear. Thank you!',
  'dinghy_dave',
  'Mar 9, 2023 at 08:41',
];
const qNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered', 'Chat'];
const qTags = ['epoxy', 'fiberglass', 'plywood', 'curing'];
const qLinked = ['Sanding between epoxy coats: how soon?'];
const qRelated = ['What is the best way to remove amine blush?', 'Can I fibreglass a plywood hull in winter?', 'Epoxy not curing in a cold workshop'];
const qHot = [
  'Why do some knots weaken rope more than others?',
  'Is it safe to use a gas heater in a closed garage?',
  'How do I stop a tent zip from splitting?',
];
const qFoot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Company', 'Stack Exchange Network', 'Terms of Service', 'Privacy Policy', 'Cookie Settings'];
const qCookie = 'We use cookies to improve your experience on our websites and for advertising. Your cookie choices apply to this site and the network.';
const vote = (
  n: number,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote">
<svg class="svg-icon iconArrowUp" width="18" height="18"
viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4"
itemprop="upvoteCount" data-value="${n}">${n}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote">
<svg class="svg-icon
iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button></div></div>`;
const comments = (
  cs: readonly string[][],
): string => `<div class="comments js-comments-container bt bc-black-075 mt12"><ul class="comments-list js-comments-list">
${cs
  .map(
    ([t, u, d], i) => `<li class="comment js-comment" data-comment-score="${i + 1}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score">
<span title="number of 'useful comment' votes received" class="cool">${i + 2}</span></div></div><div class="comment-text js-comment-text-and-form">
<div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${t}</span><div class="d-inline-flex ai-center"> – <a href="/users/2${i}/" class="comment-user">${u}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment"><span class="relativetime-clean">${d}</span></a></span></div></div></li>`,
  )
  .join('\n')}</ul></div><div class="js-comment-actions"><a class="js-add-link comments-link" role="button">Add a comment</a></div>`;
const sig = (verb: string, when: string, name: string, rep: string, badges: string): string => `<div class="post-signature flex--item"><div class="user-info">
<div class="user-action-time">${verb} <span class="relativetime">${when}</span></div><div class="user-gravatar32"><a href="/users/${name}">
<img alt="${name}'s user avatar"
width="32" height="32" class="bar-sm" src="https://i.sstatic.example/${name}.png"></a></div><div class="user-details" itemprop="author">
<a href="/users/${name}">${name}</a>
<div class="-flair"><span class="reputation-score" title="reputation score">${rep}</span><span class="v-visible-sr">${badges}</span></div></div></div></div>`;
const menu = (what: string): string => `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="/q/4471" rel="nofollow" class="js-share-link">Share</a></div><div class="flex--item"><a href="/posts/4471/edit">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const qHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>fiberglass - ${qTitle} - Boatbuilding Stack Exchange</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:title" content="${qTitle}"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://boatbuilding.stackexchange.example/questions/4471/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qTitle}","answerCount":2,
"upvoteCount":14,"dateCreated":"2023-03-03T17:41:09","author":{"@type":"Person","name":"dinghy_dave"}}}</script>
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script src="https://cdn.sstatic.example/Js/stub.en.js?v=5f7b">
</script>
<script>StackExchange.init({"locale":"en","serverTime":1746201600,"site":{"name":"Boatbuilding Stack Exchange"}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-label="Open navigation"><span></span></a>
<a class="s-topbar--logo" href="https://stackexchange.example"><span class="-img">Stack Exchange Network</span></a>
<form class="s-topbar--searchbar" role="search">
<input name="q" type="text" role="combobox" placeholder="Search on Boatbuilding…" aria-label="Search"></form><ol class="s-topbar--content">
<li><a href="https://boatbuilding.stackexchange.example/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__outlined">Log in</a></li>
<li><a href="https://boatbuilding.stackexchange.example/users/signup" class="s-topbar--item s-topbar--item__unset s-btn s-btn__primary">Sign up</a></li></ol>
</div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation">
<ol class="nav-links">${links(qNav, 'ps-relative')}</ol></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/4471/" class="question-hyperlink">${qTitle}</a></h1>
<div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2023-03-03T17:41:09">2 years, 2 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit">2 years, 1 month ago</a></div><div class="flex--item ws-nowrap mb8">
<span class="fc-black-400 mr2">Viewed</span>
2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="4471" id="question">
<div class="post-layout">${vote(14)}
<div class="postcell post-layout--right"><aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status">
<div class="d-flex fd-column fw-nowrap">
<div class="d-flex fw-nowrap"><div class="flex--item wmn0 fl1 lh-lg"><div class="flex--item fl1 lh-lg"><div>This question was migrated from
<a href="https://sailing.stackexchange.example">Sailing Stack Exchange</a> because it can be answered on Boatbuilding Stack Exchange.
<p class="mb0 mt6">Migrated <span title="2023-03-04 09:12:40Z" class="relativetime">2 years ago</span>.</p></div></div></div></div></div></aside>
<div class="s-prose js-post-body" itemprop="text">${qBody.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${qTags.map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`).join('')}</ul>
</div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${menu('question')}</div>
${sig('edited', 'Mar 4, 2023 at 09:12', 'Ilse Marek', '3,118', '4 gold badges')}
${sig('asked', 'Mar 3, 2023 at 17:41', 'dinghy_dave', '131', '1 bronze badge')}</div></div>
${comments(qComments)}</div></div></div>
<div id="answers"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="2">2 Answers</h2></div>
<div class="flex--item"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link" href="#">
Reset to default</a><div class="s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected>Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div>
<div id="answer-4473" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="4473" itemprop="acceptedAnswer">
<div class="post-layout">${vote(21)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${a1.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">${menu('answer')}</div>
${sig('answered', 'Mar 4, 2023 at 10:30', 'Tobin Ashgrove', '8,905', '2 gold badges')}</div></div>${comments([aComment])}</div></div></div>
<div id="answer-4480" class="answer js-answer" data-answerid="4480"><div class="post-layout">${vote(4)}<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">${a2.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="mt24">
<div class="d-flex fw-wrap ai-start jc-end gs8 gsy">
<div class="flex--item mr16">${menu('answer')}</div>${sig('answered', 'Mar 5, 2023 at 21:07', 'Wren Callahan', '412', '3 bronze badges')}</div></div></div>
</div></div>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged ${qTags
  .map(
    (t) => `<a href="/questions/tagged/${t}"
class="post-tag">${t}</a>`,
  )
  .join(' ')}
or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="module sidebar-linked">
<h4 id="h-linked">Linked</h4>${links(qLinked)}</div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><ul>${links(qRelated)}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot">Hot Network Questions</a></h4>
<ul>${links(qHot)}</ul></div>
</div></div></div></div>
<footer id="footer" class="site-footer"><div class="site-footer--container"><nav class="site-footer--nav"><ul>${links(qFoot)}</ul></nav>
<p class="site-footer--copyright fs-fine md:mx-auto">
Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.5.2.27011</p></div></footer>
<div class="js-consent-banner" role="dialog" aria-labelledby="cookie-heading"><p id="cookie-heading">${qCookie}</p>
<button class="js-accept-cookies s-btn s-btn__primary">
Accept all cookies</button><button class="js-reject-cookies s-btn s-btn__filled">Necessary cookies only</button>
<button class="js-cookie-settings s-btn">Customize settings</button></div>
</body></html>`;
export const seMigrated: TestPage = {
  name: 'heldout104-stackexchange-migrated-question',
  kind: 'forum',
  html: qHtml,
  // the migration notice at the top of the question cell is furniture; the question, the answers and all comments are body;
  // user names, the "asked / edited / answered" times and comment times are bylines; votes, reputation, badges, tags,
  // the post menus and comment scores are furniture
  title: qTitle,
  headings: [],
  body: texts([...qBody, ...qComments.map((c) => c[0] ?? ''), ...a1, aComment[0] ?? '', ...a2]),
  bylines: [
    'dinghy_dave',
    'Ilse Marek',
    'Tobin Ashgrove',
    'Wren Callahan',
    'asked Mar 3, 2023 at 17:41',
    'edited Mar 4, 2023 at 09:12',
    'answered Mar 4, 2023 at 10:30',
    'answered Mar 5, 2023 at 21:07',
    'Mar 3, 2023 at 18:20',
    'Mar 3, 2023 at 19:02',
    'Mar 9, 2023 at 08:41',
    'Asked 2 years, 2 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stack Exchange Network', 'Log in', 'Sign up', ...qNav, 'Ask Question', 'Modified 2 years, 1 month ago', 'Viewed 2k times', qMigrated, ...qTags, 'Share',
    'Improve this question', 'Improve this answer', 'Follow', '3,118', '8,905', '4 gold badges', '1 bronze badge', 'Add a comment', '2 Answers', 'Sorted by:',
    'Reset to default', 'Highest score (default)', "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'Linked',
    ...qLinked, 'Related', ...qRelated, 'Hot Network Questions', ...qHot, ...qFoot, qCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

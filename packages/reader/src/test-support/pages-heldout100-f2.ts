import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 100, file f2: a Stack Exchange question on a non-Stack-Overflow site (the s-topbar with the hidden network
 * blurb and "Log in" / "Sign up", the left sidebar, the question header with "Ask Question", the Asked / Modified / Viewed
 * line, vote counts, the question body with tags, the post menu, the user cards with "asked" / "edited" / "answered" lines
 * and reputation, comments with their authors and dates, the answers header with the sort select, an accepted answer,
 * the "Your Answer" form, "Start asking to get answers", the sidebar widgets, the footer and the cookie consent banner).
 */
const seTitle = 'Why does my cast iron pan turn sticky after seasoning it in the oven?';
const seQ = [
  'I stripped an old cast iron skillet back to bare metal and seasoned it in the oven: a thin coat of sunflower oil, upside down ' +
    'at 230°C for an hour, left to cool in the oven. I did this four times.',
  'The surface is now tacky to the touch and slightly brown in patches, and eggs stick to it worse than they did before. What am I ' +
    'doing wrong? Should I strip it and start again?',
];
const seQComments = [
  { t: 'How thin is thin? If you can see the oil as a film before it goes in, it is probably too much.', u: 'Pellham', d: 'Nov 8, 2025 at 18:02' },
  { t: 'I wiped it on with kitchen paper and then wiped it off again, but I could still see it shining.', u: 'ravi.k', d: 'Nov 8, 2025 at 18:20' },
];
const seA1 = [
  'Sticky seasoning almost always means the oil has not fully polymerised, and the most common reason is that there was too ' +
    'much of it. Even a layer you would call thin can be several times thicker than it needs to be.',
  'When you wipe the oil off, wipe it as if you had put it on by mistake and are trying to get it all off. The pan should look ' +
    'dry, not shiny. What is left is enough.',
  'The other thing to check is temperature. 230°C is fine for most oils, but many home ovens run cooler than the dial says. Put ' +
    'the pan back in at 240°C for another hour, on its own, with no new oil. That will often finish off a sticky layer without ' +
    'stripping it.',
  'If it is still tacky after that, scrub it with hot water and a stiff brush, dry it on the hob, and do one more very thin coat.',
];
const seA1Comment = { t: 'This fixed it. One more hour at 240 with no oil and it is smooth now. Thank you!', u: 'ravi.k', d: 'Nov 10, 2025 at 09:41' };
const seA2 = [
  'Agree with the other answer, and I would add: you do not need four oven coats to start cooking. One or two very thin coats, ' +
    'then fry something fatty like bacon or potatoes a few times. Seasoning built by cooking is more even than oven seasoning.',
];
const seNav = ['Home', 'Questions', 'Unanswered', 'AI Assist', 'Tags', 'Chat', 'Users', 'Companies'];
const seTags = ['cast-iron', 'seasoning', 'oil'];
const sePostMenu = ['Share', 'Improve this question', 'Follow'];
const seAnsMenu = ['Share', 'Improve this answer', 'Follow'];
const seSort = ['Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
const seForm = [
  'Your Answer',
  'Thanks for contributing an answer to Seasoned Advice!',
  'Please be sure to answer the question. Provide details and share your research!',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
const seSide = ['The Overflow Blog', 'Featured on Meta', 'Linked', 'Related', 'Hot Network Questions'];
const seRelated = ['How do I fix flaking seasoning on a cast iron pan?', 'Which oil is best for seasoning carbon steel?', 'Is a sticky wok safe to use?'];
const seHot = ['Can I use a bread machine to knead pasta dough?', 'Why is my custard grainy after chilling?', 'What does simmer actually mean in degrees?'];
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
  'Stack Exchange Network',
  'Technology',
  'Culture & recreation',
  'Life & arts',
  'Science',
  'Professional',
  'Business',
];
// biome-ignore format: the banner text is split to keep lines within 160 bytes
const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose ' +
    'information in accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const seBlurb =
  'Stack Exchange network consists of 183 Q&A communities including Stack Overflow, the largest, most trusted online community for developers to learn, ' +
  'share their knowledge, and build their careers.';
const seUser = (
  verb: string,
  date: string,
  name: string,
  rep: string,
  cls = '',
): string => `<div class="post-signature${cls} flex--item"><div class="user-info">
<div class="user-action-time">${verb} <span title="${date}" class="relativetime">${date}</span></div><div class="user-gravatar32"><a
href="/users/${name}"><img alt="" width="32"
height="32" src="https://i.sstatic.example/${name}.png"></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${name}">${name}</a><span class="d-none" itemprop="name">${name}</span><div class="-flair"><span class="reputation-score"
title="reputation score">${rep}</span>
<span title="3 silver badges"><span class="badge2"></span><span class="badgecount">3</span></span></div></div></div></div>`;
const seComment = (
  c: { t: string; u: string; d: string },
  i: number,
): string => `<li id="comment-${1422 + i}" class="comment js-comment" data-comment-id="${1422 + i}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide"></div></div><div class="comment-text js-comment-text-and-form">
<div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.t}</span> <div class="d-inline-flex ai-center">–&nbsp;<a href="/users/${c.u}"
class="comment-user">${c.u}</a></div> <span class="comment-date" dir="ltr"><span title="${c.d}"
class="relativetime-clean">${c.d}</span></span></div></div></li>`;
const seVote = (
  n: string,
): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="1"><button class="js-vote-up-btn
flex--item s-btn
s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg aria-hidden="true" class="svg-icon iconArrowUp"></svg></button><div
class="js-vote-count flex--item d-flex
fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${n}">${n}</div><button class="js-vote-down-btn
flex--item s-btn s-btn__unset
c-pointer" aria-label="Down vote"><svg class="svg-icon iconArrowDown"></svg></button></div>`;
const seHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>Why does my cast iron pan turn sticky after seasoning it in the oven? - Seasoned Advice</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/cooking/Img/favicon.ico"><link rel="canonical"
href="https://cooking.stackexchange.com/questions/131207/">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Seasoned Advice"><meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script
src="https://cdn.sstatic.example/Js/stub.en.js?v=8a0b1c2d3e4f"></script>
<link rel="stylesheet" type="text/css"
href="https://cdn.sstatic.example/Shared/stacks.css?v=2b6f1c0d9e8a"><script>StackExchange.init({"locale":"en","serverTime":1762861000,
"routeName":"Questions/Show","site":{"name":"Seasoned Advice","description":"Q&A for professional and amateur
chefs","isNoticesTabEnabled":true}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar js-top-bar top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem" aria-label="Menu"
aria-haspopup="true"><span></span></a><a class="s-topbar--logo" href="https://stackexchange.com"><span class="-img _glyph">Stack Exchange</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text" role="combobox"
placeholder="Search on Seasoned Advice…"
aria-label="Search" maxlength="240" class="s-input s-input__search js-search-field"></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol
class="s-topbar--content"><li>
<div class="topbar-dialog siteSwitcher-dialog dno" role="menu"><div class="header fw-wrap"><h3 class="flex--item">Stack Exchange
Network</h3></div><div class="modal-content">
<p>${seBlurb.replace('&', '&amp;')}</p><a href="https://stackexchange.com">Visit Stack Exchange</a></div></div></li>
<li class="s-topbar--item"><a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap" rel="nofollow">Log in</a></li>
<li class="s-topbar--item"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign
up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation">
<ol class="nav-links">${links(seNav, 'ps-relative')}</ol></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.example/cooking.png">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8
flex--item fl1">
<a href="/questions/131207/why-does-my-cast-iron-pan-turn-sticky" class="question-hyperlink">${seTitle}</a></h1><div class="ml12 aside-cta flex--item
sm:ml0 sm:mb12 print:d-none">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2025-11-08 17:31:04Z"><span class="fc-black-400
mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-11-08T17:31:04">3 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-11-10 09:41:12Z">yesterday</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 2,412 times">
<span class="fc-black-400 mr2">Viewed</span> 2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="131207" data-position-on-page="0"
id="question">
<div class="post-layout"><div class="votecell post-layout--left">${seVote('14')}</div><div class="postcell post-layout--right"><div class="s-prose
js-post-body" itemprop="text">
${seQ.map((t) => `<p>${t}</p>`).join('\n')}</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex
ps-relative fw-wrap">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${seTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div><div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">
<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">${sePostMenu
  .map(
    (t) => `<div class="flex--item"><a
href="#">${t}</a></div>`,
  )
  .join('')}</div></div></div>
${seUser('edited', 'Nov 9, 2025 at 07:15', 'Pellham', '38.2k', ' owner')}${seUser('asked', 'Nov 8, 2025 at 17:31', 'ravi.k', '163')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-131207" class="comments js-comments-container bt bc-black-075 mt12"><ul
class="comments-list js-comments-list">
${seQComments.map(seComment).join('\n')}</ul></div><div id="comments-link-131207"><a class="js-add-link comments-link disabled-link" title="Use
comments to ask for more information">Add a comment</a>
</div></div></div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2
class="mb0" data-answercount="2">
2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center
sm:fd-column sm:ai-start">
<div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="#">Reset to default</a></div><div class="flex--item s-select"><select
id="answer-sort-dropdown-select-menu">
${seSort.map((t) => `<option>${t}</option>`).join('')}</select></div></div></div></div></div>
<div id="answer-131210" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="131210" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${seVote('21')}<div class="js-accepted-answer-indicator flex--item fc-green-400 py6
mtn8" title="Loading when this answer was accepted…"
tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg"></svg></div></div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${seA1.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16"><div class="js-post-menu pt2"><div class="d-flex
gs8 s-anchors s-anchors__muted fw-wrap">
${seAnsMenu.map((t) => `<div class="flex--item"><a href="#">${t}</a></div>`).join('')}</div></div></div>${seUser(
  'answered',
  'Nov 8, 2025 at ' + '19:04',
  'Bernadette Okoro',
  '12.9k',
)}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul class="comments-list
js-comments-list">${seComment(seA1Comment, 5)}</ul></div>
<div><a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div></div>
<div id="answer-131244" class="answer js-answer" data-answerid="131244" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div
class="post-layout">
<div class="votecell post-layout--left">${seVote('6')}</div><div class="answercell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">${seA2.map((t) => `<p>${t}</p>`).join('\n')}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16"><div class="js-post-menu pt2"><div
class="d-flex gs8 s-anchors s-anchors__muted">
${seAnsMenu.map((t) => `<div class="flex--item"><a href="#">${t}</a></div>`).join('')}</div></div></div>${seUser(
  'answered',
  'Nov 9, 2025 at ' + '21:50',
  'gwyn_in_the_kitchen',
  '2,104',
)}</div>
</div></div><div class="post-layout--right js-post-comments-component"><div><a class="js-add-link comments-link disabled-link">Add a
comment</a></div></div></div></div>
<form id="post-form" action="/questions/131207/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">${seForm[0]}</h2>
<div class="js-post-editor-help d-none"><p>${seForm[1]}</p><ul><li>${seForm[2]}</li></ul></div><div id="wmd-button-bar" class="wmd-button-bar"></div>
<textarea id="wmd-input" name="post-text" class="wmd-input s-input" cols="92" rows="15" tabindex="101"></textarea><div class="form-submit d-flex gs4 gsx">
<button id="submit-button" class="flex--item s-btn s-btn__filled" type="submit" tabindex="120">${seForm[3]}</button><button class="flex--item s-btn
s-btn__danger discard-answer dno">${seForm[4]}</button></div>
<p class="privacy-policy-agreement">${seForm[5]}</p></form>
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
class="s-btn s-btn__filled">Ask question</a>
<h2 class="bottom-notice" data-loc="2">Explore related questions</h2><p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul class="d-block p0 m0">
<li class="s-sidebarwidget--header">${seSide[0]}</li><li><a href="https://stackoverflow.blog/2025/11/10/">What we learned from a month of mentorship
calls</a></li>
<li class="s-sidebarwidget--header">${seSide[1]}</li><li><a href="https://cooking.meta.stackexchange.com/q/4412">Community moderator election
results</a></li></ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">${seSide[2]}</h4><ul>${links(seRelated.slice(0, 1))}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">${seSide[3]}</h4><ul>${links(seRelated.slice(1))}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a
href="https://stackexchange.com/questions?tab=hot">${seSide[4]}</a></h4><ul>${links(seHot)}</ul></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-dark__forced" role="contentinfo"><div class="site-footer--container"><ul>${links(seFoot)}</ul>
<p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <a
href="https://stackoverflow.com/help/licensing">CC BY-SA</a>.
<span id="svnrev">rev 2025.11.10.36012</span></p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><h2
id="onetrust-policy-title">${seCookie[0]}</h2>
<p id="onetrust-policy-text">${seCookie[1]}</p><button id="onetrust-accept-btn-handler">${seCookie[2]}</button><button
id="onetrust-reject-all-handler">${seCookie[3]}</button>
<button id="onetrust-pc-btn-handler">${seCookie[4]}</button></div></div></div>
<script>StackExchange.ready(function () { StackExchange.using("inlineEditing", function () { StackExchange.inlineEditing.init(); });
});</script></body></html>`;
export const stackExchangeQuestion: TestPage = {
  html: seHtml,
  name: 'heldout100-stackexchange-question-forum',
  kind: 'forum',
  // question, answers and comments are body; user names, the asked / edited / answered lines and comment dates are bylines;
  // vote counts, reputation, tags, the post menus, answer count and sort select, the answer form, sidebar, footer and the
  // cookie banner are furniture
  title: seTitle,
  headings: [],
  body: texts([...seQ, ...seQComments.map((c) => c.t), ...seA1, seA1Comment.t, ...seA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Asked 3 days ago', 'edited Nov 9, 2025 at 07:15', 'Pellham', 'asked Nov 8, 2025 at 17:31', 'ravi.k', 'Nov 8, 2025 at 18:02', 'Nov 8, 2025 at 18:20',
    'answered Nov 8, 2025 at 19:04', 'Bernadette Okoro', 'Nov 10, 2025 at 09:41', 'answered Nov 9, 2025 at 21:50', 'gwyn_in_the_kitchen', 'Modified yesterday',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stack Exchange', 'Stack Exchange Network', seBlurb, 'Visit Stack Exchange', 'Log in', 'Sign up', ...seNav.filter((t) => t !== 'Chat'), 'Ask Question',
    'Viewed 2k times', '14', ...seTags, ...sePostMenu, '38.2k', '163', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default', ...seSort, '21',
    'Improve this answer', '12.9k', '2,104', ...seForm, 'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question',
    'Explore related questions', 'See similar questions with these tags.', ...seSide, 'What we learned from a month of mentorship calls',
    'Community moderator election results', ...seRelated, ...seHot, ...seFoot.filter((t) => t !== 'Stack Exchange Network'), 'Site design / logo © ' +
  '2025 Stack Exchange Inc',
    'rev 2025.11.10.36012', ...seCookie,
  ],
};

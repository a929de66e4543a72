import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 105, file f2: an unanswered question on a Stack Exchange site (the s-topbar with "Log in" and "Sign up", the
 * left nav, the question header with "Ask Question" and the Asked/Modified/Viewed line, the vote cell with its hidden labels,
 * the post body with a code block, tags, "Share", "Improve this question", "Follow", the "asked" user card with reputation and
 * badges, the comments with "Add a comment", the "Know someone who can answer?" notice, the "Your Answer" form, the sidebar
 * ("The Overflow Blog", "Featured on Meta", "Related", "Hot Network Questions"), the footer and the cookie consent banner).
 */
const seTitle = 'Why does my outboard idle fine on the muffs but stall as soon as it is in the water?';
const seQ = [
  'I have a 2008 6 hp four-stroke outboard on a small aluminium dinghy. Over the winter I cleaned the carburettor, replaced the ' +
    'fuel line and the primer bulb, and fitted a new spark plug. On the muffs in the garden it starts on the second pull and idles ' +
    'perfectly for as long as I let it run.',
  'On the water it is a different story. It starts, idles for about thirty seconds, and then the revs drop and it stalls. If I ' +
    'give it a little throttle straight away it keeps going, but as soon as I come back to idle it dies again. Once it is warm it ' +
    'is slightly better, but it still will not idle in gear.',
  'Things I have already checked:',
];
const seList = [
  'The tank vent is open, and the problem is the same with a second tank.',
  'There is a good stream from the tell-tale, so I do not think it is overheating.',
  'The idle screw is where the manual says, and I have tried a quarter turn either way.',
];
const seQ2 = [
  'The only difference I can think of is that on the muffs the engine is vertical, and on the boat it is tilted slightly because ' +
    'of the transom angle. Could the angle matter, or is something in the carburettor still partly blocked?',
];
const seComments = [
  {
    text: 'Does it also stall if you idle it on the boat with the tank higher than the engine? That would point at fuel delivery.',
    who: 'Ingrid Halloran',
    when: 'Nov 2 at 15:10',
    score: '1',
  },
  {
    text: 'Sounds like the pilot jet to me. They are tiny and a cleaning with spray often leaves a film. A thin wire through it usually fixes it.',
    who: 'captain_rosco',
    when: 'Nov 2 at 18:44',
    score: '2',
  },
  {
    text:
      'If the transom angle were the cause it would more likely run rich and foul the plug than stall at idle. I would look at ' +
      'the fuel side first, and check the bulb is not collapsing when the engine draws on it.',
    who: 'Ingrid Halloran',
    when: 'Nov 2 at 21:37',
    score: '',
  },
  { text: '@IngridHalloran I will try that at the weekend and report back.', who: 'Denholm Price', when: 'Nov 3 at 08:02', score: '' },
];
const seCode = 'Model: 6 hp 4-stroke, 2008\nCarb: single, fixed main jet, pilot jet 0.55 mm';
const seTop = ['Skip to main content', 'About', 'Products', 'For Teams', 'Log in', 'Sign up', 'Small Boats', 'Stack Exchange'];
const seNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered', 'Chat'];
const seHead = ['Ask Question', 'Asked', 'Modified', 'Viewed', '57 times'];
const seBylines = [
  '3 days ago',
  'today',
  'asked Nov 2 at 14:03',
  'Denholm Price',
  'Ingrid Halloran',
  'captain_rosco',
  'Nov 2 at 15:10',
  'Nov 2 at 18:44',
  'Nov 2 at 21:37',
  'Nov 3 at 08:02',
];
const seVote = ['Up vote', 'Down vote', 'Save this question.', 'Show activity on this post.', '4'];
const seTags = ['outboard', 'carburettor', 'engine-troubleshooting', 'dinghy'];
const seActions = ['Share', 'Improve this question', 'Follow', '213', '1 silver badge', '7 bronze badges', 'Add a comment'];
const seKnow = 'Know someone who can answer? Share a link to this question via email, Twitter, or Facebook.';
const seForm = [
  'Your Answer',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
  'Post Your Answer',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
  'Start asking to get answers',
  'Find the answer to your question by asking.',
  'Explore related questions',
  'See similar questions with these tags.',
];
const seSide = [
  'The Overflow Blog',
  'How a small team moved its monolith to a job queue',
  'Featured on Meta',
  'Community election results are in',
  'Related',
  'Outboard only runs with the choke half out',
  'Four-stroke outboard surges at idle after carburettor rebuild',
  'Hot Network Questions',
  'Is it safe to leave a fuel tank in a closed shed over winter?',
  'What is the difference between a cleat and a bollard?',
  'more hot questions',
  'Question feed',
];
const seFoot = [
  'Small Boats',
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
  'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.4.36712',
];
const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
    'accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const seComment = (c: (typeof seComments)[number], i: number): string => `<li id="comment-1404${i}" class="comment js-comment" data-comment-id="1404${i}">
<div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score">${
  c.score === ''
    ? ''
    : `<span title="number of 'useful comment' votes received"
class="cool">${c.score}</span>`
}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/${i}/" class="comment-user">${c.who}</a></div>
<span class="comment-date" dir="ltr"><span title="2025-11-02 15:10:00Z" class="relativetime-clean">${c.when}</span></span></div></div></li>`;
const seHtml = `<!DOCTYPE html>
<html class="html__responsive" lang="en"><head>
<title>Why does my outboard idle fine on the muffs but stall as soon as it is in the water? - Small Boats Stack Exchange</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:title" content="${seTitle}"><meta name="twitter:card" content="summary">
<meta name="twitter:domain" content="smallboats.stackexchange.example">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${seTitle}","answerCount":0,
"upvoteCount":4,"dateCreated":"2025-11-02T14:03:27","author":{"@type":"Person","name":"Denholm Price"}}}</script>
<script>StackExchange.init({"locale":"en","serverTime":1762426000,"site":{"name":"Small Boats Stack Exchange","isNoticesTabEnabled":true}});</script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=f2f0a8b2b1a9"></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-link s-link__inherit js-skip-to-content">${seTop[0]}</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="/" class="s-topbar--logo">
<span class="-img _glyph">${seTop[6]}</span></a>
<ol class="s-navigation" role="presentation">${links(seTop.slice(1, 4), 's-navigation--item')}</ol><nav class="h100 ml-auto overflow-x-auto pr12">
<ol class="s-topbar--content">
<li><a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled">${seTop[4]}</a></li>
<li><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary">${seTop[5]}</a></li>
<li><a href="https://stackexchange.example" class="s-topbar--item" title="A list of all 183 Stack Exchange sites">
<span class="v-visible-sr">${seTop[7]}</span></a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol class="nav-links">
${links(seNav, 'ps-relative')}</ol></nav></div><div id="content" class="snippet-hidden">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div class="d-flex sm:fd-column"><div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/48213/why-does-my-outboard-idle-fine" class="question-hyperlink">${seTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">${seHead[0]}</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2025-11-02 14:03:27Z">
<span class="fc-black-400 mr2">${seHead[1]}</span>
<time itemprop="dateCreated" datetime="2025-11-02T14:03:27">${seBylines[0]}</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">${seHead[2]}</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-11-05 09:12:40Z">${seBylines[1]}</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 57 times">
<span class="fc-black-400 mr2">${seHead[3]}</span>${seHead[4]}</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="48213" data-score="4" id="question">
<div class="post-layout"><div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="48213">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Up vote" aria-pressed="false">
<span class="v-visible-sr">${seVote[0]}</span></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="4">${seVote[4]}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote" aria-pressed="false">
<span class="v-visible-sr">${seVote[1]}</span></button>
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button"><span class="v-visible-sr">${seVote[2]}</span></button>
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/48213/timeline"><span class="v-visible-sr">${seVote[3]}</span></a>
</div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(seQ.slice(0, 2))}
<pre class="lang-none s-code-block"><code class="hljs language-plaintext">${seCode}</code></pre>
${ps(seQ.slice(2))}
<ul>${seList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(seQ2)}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${seTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a>
</li>`,
  )
  .join('')}</ul></div></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">
<div class="js-post-menu pt2" data-post-id="48213">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/48213" class="js-share-link">${seActions[0]}</a></div>
<div class="flex--item"><a href="/posts/48213/edit" class="js-suggest-edit-post">${seActions[1]}</a></div><div class="flex--item">
<button class="s-btn s-btn__link js-follow-post">${seActions[2]}</button></div>
</div></div></div><div class="post-signature owner flex--item"><div class="user-info user-hover">
<div class="user-action-time">asked <span class="relativetime">${seBylines[2]?.slice(6)}</span></div>
<div class="user-gravatar32"><a href="/users/9051/denholm-price"><div class="gravatar-wrapper-32">
<img src="https://i.sstatic.example/avatar.png" alt="Denholm Price's user avatar"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/9051/denholm-price">${seBylines[3]}</a>
<span class="d-none" itemprop="name">Denholm Price</span>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${seActions[3]}</span><span title="1 silver badge">
<span class="badge2"></span>
<span class="badgecount">1</span></span><span class="v-visible-sr">${seActions[4]}</span><span title="7 bronze badges"><span class="badge3"></span>
<span class="badgecount">7</span></span><span class="v-visible-sr">${seActions[5]}</span></div></div></div></div></div></div>
</div>
<div class="post-layout--right js-post-comments-component"><div id="comments-48213" class="comments js-comments-container bt bc-black-075 mt12">
<ul class="comments-list js-comments-list">${seComments.map(seComment).join('\n')}</ul></div><div id="comments-link-48213">
<a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements.">${seActions[6]}</a></div></div>
</div></div>
<div id="answers"><a name="tab-top"></a><div class="js-zero-answers"><h2 class="bottom-notice mb24"><p>Know someone who can answer? Share a link to this
<a href="https://smallboats.stackexchange.example/questions/48213">question</a> via <a href="mailto:?subject=Small%20Boats">email</a>, <a
href="https://twitter.example/share">Twitter</a>,
or <a href="https://www.facebook.example/sharer">Facebook</a>.</p></h2></div>
<form id="post-form" action="/questions/48213/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">${seForm[0]}</h2>
<div class="wmd-container mb8"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2"></textarea>
</div>
<div class="js-login-prompt"><h2 class="fs-title">${seForm[1]}</h2><div class="d-flex fd-column"><button class="s-btn s-btn__google">${seForm[2]}</button>
<button class="s-btn s-btn__outlined">${seForm[3]}</button></div></div><div class="js-guest-form"><h2 class="fs-title">${seForm[4]}</h2>
<label class="s-label" for="display-name">${seForm[5]}</label><input id="display-name" class="s-input">
<label class="s-label" for="m-address">${seForm[6]}</label>
<p class="s-input-message">${seForm[7]}</p><input id="m-address" class="s-input"></div><div class="form-submit clear-both d-flex pt4 gsx gs4">
<button id="submit-button" class="flex--item s-btn s-btn__filled s-btn__primary" type="submit">${seForm[8]}</button></div>
<div class="js-tos-acceptance-message fs-caption fc-black-400 mt16">
<p>By clicking “Post Your Answer”, you agree to our <a href="/legal/terms-of-service/public">terms of service</a>
and acknowledge you have read our <a href="/legal/privacy-policy">privacy policy</a>.</p></div></form>
<h2 class="bottom-notice" data-loc="1"><p>${seForm[10]}</p><p>${seForm[11]}</p><a href="/questions/ask" class="s-btn s-btn__filled">${seHead[0]}</a></h2>
<h2 class="bottom-notice" data-loc="2">${seForm[12]}</h2><p>See similar questions with these tags.</p></div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"><ul class="d-block p0 m0">
<li class="s-sidebarwidget--header">${seSide[0]}</li><li class="s-sidebarwidget--item"><a href="/blog/1">${seSide[1]}</a></li>
<li class="s-sidebarwidget--header">${seSide[2]}</li><li class="s-sidebarwidget--item"><a href="/meta/1">${seSide[3]}</a></li></ul></div>
<div class="module sidebar-related"><h4 id="h-related">${seSide[4]}</h4>
<div class="related js-gps-related-questions">${links(seSide.slice(5, 7), 'spacer')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot">${seSide[7]}</a></h4>
<ul>${links(seSide.slice(8, 10))}</ul>
<a href="#" class="show-more js-show-more">${seSide[10]}</a></div><div id="feed-link">
<a href="/feeds/question/48213" title="Feed of this question and its answers">${seSide[11]}</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<div class="site-footer--col">
<h5 class="-title"><a href="/">${seFoot[0]}</a></h5><ul class="-list">${links(seFoot.slice(1, 6))}</ul></div><div class="site-footer--col">
<h5 class="-title">${seFoot[6]}</h5>
<ul class="-list">${links(seFoot.slice(7, 18))}</ul></div></nav><p class="site-footer--copyright fs-fine md:mb0">${seFoot[18]}</p></div></footer>
<div class="js-consent-banner" role="dialog" aria-labelledby="onetrust-policy-title"><h2 id="onetrust-policy-title">${seCookie[0]}</h2><p>${seCookie[1]}</p>
<button>${seCookie[2]}</button><button>${seCookie[3]}</button><button>${seCookie[4]}</button></div>
<script>StackExchange.ready(function(){StackExchange.question.init({showAnswerHelp:true,totalCommentCount:3});});</script></body></html>`;
export const stackQuestion: TestPage = {
  html: seHtml,
  name: 'heldout105-stackexchange-forum-unanswered',
  kind: 'forum',
  // the question and its comments are body (comment scores are furniture); the asker's and commenters' names, the "asked"
  // line, the Asked/Modified values and comment times are bylines; the code block is in neither list; the "Know someone who can
  // answer?" notice and everything below the post are furniture; the badge counts' screen-reader texts are furniture
  title: seTitle,
  headings: [],
  body: [...texts(seQ.slice(0, 2)), ...texts(seQ.slice(2)), ...texts(seList), ...texts(seQ2), ...seComments.map((c) => c.text)],
  bylines: seBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([...seTop, ...seNav, ...seHead, ...seVote, ...seTags, ...seActions, '1', '2', seKnow, ...seForm, ...seSide, ...seFoot, ...seCookie]),
  ],
};

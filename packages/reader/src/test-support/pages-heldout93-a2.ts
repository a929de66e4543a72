import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 93, file a2: a question on a non-programming Stack Exchange site (Gardening & Landscaping) with an open
 * bounty, as a signed-out visitor saves it (site top bar, the bounty notice with its "+50" tab, reason and "wants to draw
 * more attention" line under the question, the question's comments, two answers, one with a list, the "Your Answer" form
 * with its sign-up and guest fields, the "Sign up to join this community" box, Linked / Related / Hot Network Questions,
 * footer and cookie banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const seTitle = 'Lower leaves of potted lemon tree turning yellow with green veins';
const seQ = paras(`
I have a Meyer lemon in a 40 cm terracotta pot that spends the summer on a south-facing balcony and the winter in an unheated conservatory. Since
late March the older leaves at the bottom of the tree have been going pale yellow between the veins, while the veins themselves stay dark green.
The new growth at the top looks normal so far.

I water when the top 3 cm of compost feels dry, which works out at roughly twice a week at the moment. It was repotted last spring into a mix of
peat-free citrus compost and about a fifth perlite. I feed it with a liquid citrus fertiliser every two weeks from March to September.

What I have tried so far:

Is this a magnesium problem, an iron problem, or something to do with the roots? I would like to understand how to tell them apart rather than
just throwing supplements at it.`);
const seQl = [
  'A dose of Epsom salts (one teaspoon in 5 litres of water) three weeks ago, with no visible change yet.',
  'Moving it out of the midday sun in case it was scorch.',
  'Checking the drainage holes, which are clear.',
];
const seQc = paras(`
Can you post a photo of one of the affected leaves in daylight? The pattern of the yellowing matters a lot here, especially whether it starts at
the tip, the edges or the middle.

What is the pH of your tap water? Hard water pushed through a pot twice a week for a year can raise the pH of the compost enough to lock out iron
and manganese.`);
const seA1 = paras(`
Yellowing between green veins on the <em>oldest</em> leaves is the classic picture of magnesium deficiency. Magnesium is mobile in the plant, so
when it runs short the tree moves it out of the old leaves and into the new growth, which is why your top looks fine. Iron is the opposite: it
is not mobile, so iron deficiency shows on the <em>youngest</em> leaves first, which go pale with fine green veins while the old ones stay dark.

A quick way to tell them apart:

Three weeks is too soon to see a result from Epsom salts. The leaves that are already yellow will not green up again; what you are watching for
is that the next leaves to age stay green. Keep to a monthly dose during the growing season and make sure the citrus feed you are using lists
magnesium on the label, because some of the cheaper ones do not.`);
const seA1l = [
  'Old leaves yellow first, veins green, new growth fine: magnesium.',
  'New leaves pale or almost white, veins green, old leaves fine: iron, often caused by a high pH rather than a lack of iron in the compost.',
  'Whole leaf evenly pale, starting with the old ones: nitrogen, usually from feeding too little.',
];
const seA2 = paras(`
I agree with the magnesium diagnosis, but I would also look at the watering. Terracotta dries quickly on a sunny balcony, and citrus that swing
between bone dry and soaked often lose their lower leaves first, with patchy yellowing that can look like a deficiency.

Lift the pot before and after watering for a week to get a feel for its weight, and water thoroughly only when it feels light. In my unheated
conservatory I cut back to every ten days from November to February; the roots hardly take anything up when the compost is below about 12
degrees, and soggy cold roots cannot absorb magnesium however much you give them.`);
const seA2c = 'This matches my experience. Mine recovered only once I stopped watering on a fixed schedule and started going by the weight of the pot.';
const seNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
const seTags = ['citrus', 'container-gardening', 'nutrient-deficiency', 'yellowing-leaves'];
const seRelated = [
  'Why are my tomato leaves curling upwards after a hot week?',
  'How often should I feed an indoor fig tree?',
  'Is Epsom salt safe for blueberries in pots?',
];
const seLinked = ['How do I lower the pH of compost in a container?'];
const seHot = [
  'What is the term for a bridge that opens by lifting straight up?',
  'Can a cat be allergic to its own fur?',
  'How did medieval scribes rule lines on parchment?',
  'Why does my sourdough rise more in the fridge than on the counter?',
  'Is there a word for the smell after rain on hot asphalt?',
];
const seJoin = ['Anybody can ask a question', 'Anybody can answer', 'The best answers are voted up and rise to the top'];
const seIntro = 'Gardening & Landscaping Stack Exchange is a question and answer site for gardeners and landscapers. It only takes a minute to sign up.';
const seBountyText = 'The bounty expires in 3 days. Answers to this question are eligible for a +50 reputation bounty.';
const seReason =
  'I have the same problem on two trees and would like an answer that explains how to tell a magnesium shortage from an iron shortage ' +
  'by looking at the leaves.';
const seFoot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Company', 'Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal'];
const seFoot2 = ['Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy'];
const seForm = [
  'Your Answer',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
];
const seCookie =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information ' +
  'in accordance with our Cookie Policy.';
const seUser = (verb: string, when: string, name: string, rep: string, b: string): string => `<div class="post-signature flex--item"><div class="user-info">
<div class="user-action-time">${verb} <span title="${when}" class="relativetime">${when}</span></div><div class="user-gravatar32"><a href="/users/2/x">
<img src="https://i.sstatic.example/${rep}.jpg" alt="${name}'s user avatar" width="32" height="32"></a></div><div class="user-details">
<a href="/users/2/x">${name}</a><div class="-flair"><span class="reputation-score" dir="ltr">${rep}</span><span aria-hidden="true"><span class="badge3"></span>
<span class="badgecount">${b}</span></span><span class="v-visible-sr">${b} bronze badges</span></div></div></div></div>`;
const seComment = (text: string, name: string, when: string): string => `<li class="comment js-comment"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score"></div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${text}</span> &ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/3/x" class="comment-user">${name}</a></div>
<span class="comment-date" dir="ltr"><span class="relativetime-clean">${when}</span></span></div></div></li>`;
const seMenu = (what: string): string => `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/a/1" rel="nofollow" class="js-share-link">Share</a></div><div class="flex--item"><a href="/posts/1/edit">Improve
this ${what}</a>
</div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const seVotes = (n: string): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4">
<button class="js-vote-up-btn s-btn s-btn__unset" aria-label="Up vote"></button><div class="js-vote-count flex--item fw-bold fs-subheading py4"
itemprop="upvoteCount" data-value="${n}">${n}</div><button class="js-vote-down-btn s-btn s-btn__unset" aria-label="Down vote"></button></div></div>`;
const seHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>citrus - Lower leaves of potted lemon tree turning yellow with green veins - Gardening &amp; Landscaping Stack Exchange</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:url" content="https://gardening.stackexchange.example/questions/68813/lower-leaves">
<meta property="og:site_name" content="Gardening &amp; Landscaping Stack Exchange">
<meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}">
<meta name="twitter:description" property="og:description" itemprop="description" content="I have a Meyer lemon in a 40 cm terracotta pot.">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script src="https://cdn.sstatic.example/Js/stub.en.js"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Sites/gardening/primary.css?v=0c2a5c4e1f5b">
<script>StackExchange.init({"locale":"en","routeName":"Questions/Show","site":{"name":"Gardening &amp; Landscaping Stack
Exchange","isNoticesTabEnabled":true}});
</script></head><body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container">
<a class="s-topbar--logo network-logo" href="https://stackexchange.example"><span class="-img">Stack Exchange Network</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar"><input name="q" type="text" placeholder="Search on Gardening &amp; Landscaping…"
aria-label="Search" class="s-input s-input__search"></form><nav class="h100 ml-auto"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="/users/login" class="s-topbar--item s-btn s-btn__filled" role="menuitem">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary" role="menuitem">Sign up</a></li></ol></nav></div></header>
<header class="site-header"><div class="site-header--container"><a class="site-header--link fs-headline1 fw-bold"
href="https://gardening.stackexchange.example">
<img class="h-auto wmx100" src="https://cdn.sstatic.example/Sites/gardening/Img/logo.svg" alt="Gardening &amp; Landscaping"></a></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol
class="nav-links">${links(seNav, 'ps-relative')}
</ol></nav></div><div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/68813/lower-leaves" class="question-hyperlink">${seTitle}</a></h1><div class="ml12 aside-cta flex--item">
<a class="ws-nowrap s-btn s-btn__primary" href="/questions/ask">Ask Question</a></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225">
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2025-04-22T08:40:17">24 days
ago</time>
</div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity">3 days ago</a></div>
<div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span>412 times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="68813" id="question">
<div class="post-layout">${seVotes('7')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${seQ[0]}</p>
<p>${seQ[1]}</p>
<p>${seQ[2]}</p>
<ul>${seQl.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${seQ[3]}</p>
</div><div class="mt24 mb12"><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${seTags.map((t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`).join('')}</ul></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${seMenu('question')}
${seUser('asked', 'Apr 22 at 8:40', 'Ines Valdarno', '203', '4')}</div></div>
<div class="js-post-notice"><div class="s-notice s-notice__info p16 mb16 js-bounty-notification" role="status"><div class="d-flex gs8">
<div class="flex--item"><div class="bounty-indicator-tab">+50</div></div><div class="flex--item fl1">
<p class="mb8">The bounty expires in 3 days. Answers to this question are eligible for a <span class="bounty-award">+50</span> reputation bounty.</p>
<p class="mb8"><a href="/users/5/x" class="s-link">Tomas Eriksen</a> wants to draw more attention to this question:</p>
<blockquote class="s-prose fs-body1 bounty-reason">${seReason}</blockquote></div></div></div></div>
<div class="comments js-comments-container bt bc-black-075 mt12"><ul class="comments-list js-comments-list">
${seComment(seQc[0]!, 'Ruth Abernathy', 'Apr 22 at 9:12')}
${seComment(seQc[1]!, 'Pavel Horak', 'Apr 23 at 18:03')}</ul></div><a class="js-add-link comments-link disabled-link">Add a comment</a>
</div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="2">
2 Answers</h2></div><div class="flex--item"><label class="flex--item fs-body1 mb0" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<div class="s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
first)</option></select></div></div></div></div>
<div id="answer-68820" class="answer js-answer" data-answerid="68820" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">${seVotes('9')}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${seA1[0]}</p>
<p>${seA1[1]}</p>
<ul>${seA1l.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${seA1[2]}</p>
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${seMenu('answer')}
${seUser('answered', 'Apr 24 at 7:15', 'Ruth Abernathy', '6,482', '31')}</div></div>
<a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div>
<div id="answer-68851" class="answer js-answer" data-answerid="68851" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">${seVotes('3')}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${seA2[0]}</p>
<p>${seA2[1]}</p>
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${seMenu('answer')}
${seUser('answered', 'May 12 at 20:31', 'Wilhelmina Stroud', '1,117', '9')}</div></div>
<div class="comments js-comments-container"><ul class="comments-list js-comments-list">${seComment(seA2c, 'Ines Valdarno', 'May 13 at 6:58')}</ul></div>
<a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div>
<form id="post-form" action="/questions/68813/answer/submit" method="post" class="js-add-answer-component post-form">
<h2 class="space">${seForm[0]}</h2><div id="post-editor" class="post-editor js-post-editor"><textarea id="wmd-input" name="post-text" class="wmd-input s-input"
rows="15"></textarea></div><div class="js-login-form"><h2 class="space">${seForm[1]}</h2><div class="d-flex fd-column">
<button class="s-btn s-btn__google">${seForm[2]}</button><button class="s-btn s-btn__outlined">${seForm[3]}</button></div></div>
<div class="js-guest-form"><h2 class="space">${seForm[4]}</h2><label for="display-name">${seForm[5]}</label><input id="display-name" type="text">
<label for="m-address">${seForm[6]}</label><p class="s-description">${seForm[7]}</p><input id="m-address" type="email"></div>
<button id="submit-button" class="s-btn s-btn__primary" type="submit">Post Your Answer</button></form>
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><p>Find the answer to your question by asking.</p>
<a href="/questions/ask" class="s-btn s-btn__primary">Ask question</a></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget mb16 js-sidebar-anon-join">
<div class="s-sidebarwidget--content"><p>${seIntro}</p><a href="/users/signup" class="s-btn s-btn__primary">Sign up to join this community</a>
<ul class="list-reset">${seJoin.map((t) => `<li class="d-flex ai-center"><span class="flex--item">${t}</span></li>`).join('')}</ul></div></div>
<div id="dfp-tsb" class="everyonelovesstackoverflow"></div><div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">
${seLinked.map((t) => `<div class="spacer"><div class="answer-votes">4</div><a href="/q/1" class="question-hyperlink">${t}</a></div>`).join('')}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related">
${seRelated.map((t, i) => `<div class="spacer"><div class="answer-votes">${i + 2}</div><a href="/q/${i}" class="question-hyperlink">${t}</a></div>`).join('\n')}
</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot">Hot Network
Questions</a>
</h4><ul>${seHot
  .map(
    (t) => `<li><div class="favicon" title="Stack Exchange"></div><a href="https://se.example/q/2"
class="question-hyperlink">${t}</a></li>`,
  )
  .join('\n')}
</ul><a href="#" class="show-more js-show-more">more hot questions</a></div><div id="feed-link"><a href="/feeds/question/68813">Question feed</a></div>
</div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<div class="site-footer--col"><h5 class="-title">Gardening &amp; Landscaping</h5><ul class="-list">${links(seFoot, '-item')}</ul></div>
<div class="site-footer--col"><ul class="-list">${links(seFoot2, '-item')}</ul></div></nav><div class="site-footer--copyright fs-fine">
<p>Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <a href="/help/licensing">CC BY-SA</a>.
<span id="svnrev">rev 2025.5.14.27616</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">${seCookie}</p></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></body></html>`;
export const seBounty: TestPage = {
  html: seHtml,
  name: 'heldout93-stackexchange-bounty-question',
  kind: 'forum',
  // question (with its list), comments and answers (with the list) are body; the bounty notice (tab, amounts, the
  // sponsor's line and the reason) is furniture, as are votes, tags, menus, reputation, the answer form and the rails;
  // names with asked / answered times and comment dates are bylines
  title: seTitle,
  headings: [],
  body: [...texts(seQ.slice(0, 3)), ...seQl, seQ[3]!, ...seQc, ...texts(seA1.slice(0, 2)), ...seA1l, ...texts(seA1.slice(2)), ...seA2, seA2c],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    '24 days ago', '3 days ago', 'asked Apr 22 at 8:40', 'Ines Valdarno', 'Ruth Abernathy', 'Apr 22 at 9:12', 'Pavel Horak', 'Apr 23 at 18:03',
    'answered Apr 24 at 7:15', 'answered May 12 at 20:31', 'Wilhelmina Stroud', 'May 13 at 6:58',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Stack Exchange Network', 'Log in', 'Sign up', ...seNav, 'Ask Question', 'Asked', 'Modified', 'Viewed', '412 times', '7',
    ...seTags, 'Share', 'Improve this question', 'Follow', '203', '4 bronze badges', '+50', seBountyText, 'Tomas Eriksen',
    'wants to draw more attention to this question:', seReason, 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)',
    'Date modified (newest first)', 'Date created (oldest first)', '9', 'Improve this answer', '6,482', '31 bronze badges', '3', '1,117',
    '9 bronze badges', ...seForm, 'Post Your Answer', 'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question', seIntro,
    'Sign up to join this community', ...seJoin, 'Linked', ...seLinked, 'Related', ...seRelated, 'Hot Network Questions', ...seHot, 'more hot questions',
    'Question feed', 'Gardening & Landscaping', ...seFoot, ...seFoot2,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
    'rev 2025.5.14.27616', 'Your privacy', seCookie, 'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

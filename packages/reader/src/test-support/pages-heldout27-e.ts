import { links, type TestPage, texts } from './page-kit.js';
import { threadsThread } from './pages-heldout27-e2.js';
import { card, post } from './pages-heldout27-e3.js';

/**
 * Held-out batch 27, file e: a question with three answers on a Stack Exchange cooking site seen signed out (the top bar
 * with the network blurb, the left nav, the question header with "Ask Question" and Asked/Modified/Viewed, vote buttons with
 * their tooltips, tags, the Share/Improve/Follow menu, "edited" and "asked" user cards with reputation and badge counts, the
 * comments with their authors and dates, "Add a comment", the answers header with its sort menu, the accepted mark, the
 * "Your Answer" box with its guest form and notices, "Explore related questions", the sidebar (blog, meta, related, hot
 * network questions, RSS feed), the footer and the cookie consent).
 */
const seTitle = 'Why do my onions turn bitter before they caramelize?';
const seQ = [
  'I’m trying to make properly caramelized onions for French onion soup, following a recipe that says to cook four large yellow ' +
    'onions in butter over medium heat for about 45 minutes. Every time, somewhere around the half-hour mark, they start to taste ' +
    'bitter and acrid even though they’re only light golden, not dark brown.',
  'I’m using a 28 cm stainless steel pan on a gas hob, stirring every few minutes. I’ve tried adding a pinch of salt at the start ' +
    'and a splash of water when the bottom of the pan darkens, but it doesn’t seem to help.',
  'What’s causing the bitterness, and how do I get deep brown onions without it?',
];
const seA1 = [
  'From your description, the bitterness is coming from the pan, not the onions. Four large onions in a 28 cm pan make a thin ' +
    'layer once they soften, and at medium heat on gas the bottom of a stainless pan gets much hotter than the onions themselves. ' +
    'The brown film that forms there (the fond) goes past browning into burning well before the onions are done, and every time ' +
    'you stir, a little of that burnt layer ends up coating the onions.',
  'Two changes usually fix it:',
];
const seA1List = [
  'Turn the heat down to medium-low once the onions have softened, and accept that the whole process will take closer to an hour.',
  'Deglaze as soon as the fond is the colour of peanut butter, not when it looks dark. A tablespoon or two of water is enough; ' +
    'scrape it up and let it cook off.',
];
const seA1End =
  'If you want to speed things up, a heavier pan helps more than higher heat. Enamelled cast iron spreads the heat evenly, so ' +
  'you get colour on the onions rather than scorching in one spot.';
const seA2 =
  'Another thing to check is the butter. The milk solids in whole butter start to burn at around 120 °C, and your pan will be ' +
  'well over that by the half-hour mark. Start with a mix of oil and butter, or use clarified butter, and you’ll notice the ' +
  'difference straight away.';
const seA3 =
  'Onion variety matters too. Some storage onions sold late in the season are much more pungent and have less sugar, and they ' +
  'turn harsh when cooked for a long time. If the onions make your eyes stream badly when you cut them, try sweet onions for ' +
  'the soup, or add a teaspoon of sugar halfway through to even out the browning.';
const seTags = ['onions', 'caramelization', 'sauteing'];
const seComments: [string, string, string][] = [
  ['Are you covering the pan at any point?', 'Dana M', 'Mar 2, 2023 at 14:10'],
  ['@DanaM No, uncovered the whole time.', 'theo_b', 'Mar 2, 2023 at 14:32'],
];
const seA1Comment: [string, string, string] = [
  'Turning it down to medium-low did it. Took 70 minutes but no bitterness at all. Thank you!',
  'theo_b',
  'Mar 4, 2023 at 19:05',
];
const seNav = ['Home', 'Questions', 'Unanswered', 'AI Assist', 'Tags', 'Chat', 'Users'];
const seRelated = [
  'How do I keep onions from burning when I caramelize them?',
  'Does adding baking soda speed up caramelizing onions?',
  'Why do my shallots go bitter in a pan sauce?',
];
const seHot = [
  'Is a 40-year-old wood stove safe to use again after a chimney sweep?',
  'Why does my bike chain skip only in the third-smallest cog?',
  'How do I keep basil alive on a north-facing windowsill?',
];
const seFootCols = [
  ['Seasoned Advice', 'Tour', 'Help', 'Chat', 'Contact', 'Feedback'],
  [
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
  ],
  ['Stack Exchange Network', 'Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'],
];
const ps = (a: readonly string[]) => a.map((p) => `<p>${p}</p>`).join('\n');
const seQuestion = post(
  'question',
  33,
  ps(seQ),
  card('edited', 'Mar 3, 2023 at 8:20', '2023-03-03 08:20:41Z', 'Marti Kessler', '24.1k', [3, 41, 96]) +
    card('asked', 'Mar 2, 2023 at 13:48', '2023-03-02 13:48:09Z', 'theo_b', '143', [0, 1, 5], true),
  seComments,
  false,
  seTags,
);
const seAnswers = [
  post(
    'answer',
    41,
    `${ps(seA1)}\n<ul>${seA1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${seA1End}</p>`,
    card('answered', 'Mar 2, 2023 at 15:02', '2023-03-02 15:02:55Z', 'Ines Calloway', '9,862', [1, 22, 48]),
    [seA1Comment],
    true,
  ),
  post('answer', 17, `<p>${seA2}</p>`, card('answered', 'Mar 2, 2023 at 16:40', '2023-03-02 16:40:13Z', 'pkowalski', '3,407', [0, 9, 27]), []),
  post('answer', 6, `<p>${seA3}</p>`, card('answered', 'Jan 9, 2025 at 11:27', '2025-01-09 11:27:30Z', 'Samir H.', '861', [0, 2, 11]), []),
];
const seSort = ['Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
const seFooter = seFootCols
  .map((col) => `<div class="site-footer--col"><h5 class="-title">${col[0]?.replace(/&/g, '&amp;')}</h5><ul class="-list">${links(col.slice(1))}</ul></div>`)
  .join('\n');
const seNavHtml = seNav
  .map(
    (t) =>
      `<li class="ps-relative"><a href="/${t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center">` +
      `<div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join('\n');
const seRelatedHtml = seRelated
  .map(
    (t, i) =>
      `<div class="spacer"><a href="#"><div class="answer-votes answered-accepted">${[52, 14, 9][i]}</div></a>` +
      `<a href="#" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n');
const seHotHtml = seHot
  .map(
    (t) =>
      `<li><div class="favicon favicon-diy" title="Home Improvement Stack Exchange"></div><a href="#" class="js-gps-track question-hyperlink">${t}</a></li>`,
  )
  .join('\n');
const seHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>onions - ${seTitle} - Seasoned Advice</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/cooking/Img/favicon.ico?v=c4d9fd1c4b27">
<meta name="twitter:card" content="summary"><meta name="twitter:domain" content="cooking.stackexchange.com"><meta property="og:type" content="website">
<meta property="og:title" content="${seTitle}"><link rel="canonical"
href="https://cooking.stackexchange.com/questions/128834/why-do-my-onions-turn-bitter-before-they-caramelize">
<script>StackExchange.init({"locale":"en","serverTime":1772712000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com",
"site":{"name":"Seasoned Advice","description":"Q&A for professional and amateur
chefs","isNoticesTabEnabled":true},"user":{"fkey":"","isAnonymous":true}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-label="Primary navigation" aria-controls="left-sidebar"><span></span></a><a class="s-topbar--logo" href="https://cooking.stackexchange.com">
<span class="-img _glyph">Seasoned Advice</span></a><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"
autocomplete="off">
<input name="q" type="text" role="combobox" placeholder="Search on Seasoned Advice…" value="" aria-label="Search" maxlength="240"
class="s-input s-input__search js-search-field">
</form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="#"
class="s-topbar--item js-site-switcher-button"
aria-label="Site switcher" title="A list of all 183 Stack Exchange sites" role="menuitem"><svg class="svg-icon iconStackExchange"></svg></a></li>
<li role="none"><a href="https://cooking.stackexchange.com/users/login" class="s-topbar--item s-btn s-btn__filled" rel="nofollow">Log in</a></li>
<li role="none"><a href="https://cooking.stackexchange.com/users/signup" class="s-topbar--item s-btn s-btn__primary" rel="nofollow">Sign
up</a></li></ol></nav></div>
<div class="topbar-dialog siteSwitcher-dialog dno" role="menu"><div class="header fw-wrap"><h3 class="flex--item">Stack Exchange Network</h3></div>
<div class="modal-content"><p>Stack Exchange network consists of 183 Q&amp;A communities including Stack Overflow, the largest, most trusted online community
for
developers to learn, share their knowledge, and build their careers.</p><a href="https://stackexchange.com" class="s-btn s-btn__filled">Visit Stack
Exchange</a></div></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol
class="nav-links">${seNavHtml}
</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.net/Sites/cooking/Img/apple-touch-icon.png">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/128834/why-do-my-onions-turn-bitter-before-they-caramelize"
class="question-hyperlink">${seTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a
class="ws-nowrap s-btn s-btn__filled" href="/questions/ask">
Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2023-03-02 13:48:09Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2023-03-02T13:48:09">2 years, 11 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-01-09 11:27:30Z">1 year, 2 months ago</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 23,412 times">
<span class="fc-black-400 mr2">Viewed</span>
23k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="128834" data-position-on-page="0"
id="question">
${seQuestion}</div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="3">3 Answers <span style="display:none;" itemprop="answerCount">3</span></h2></div><div class="flex--item"><div
class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start">
<div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="/questions/128834/?answertab=scoredesc#tab-top">Reset to
default</a></div>
<div class="flex--item s-select"><select
id="answer-sort-dropdown-select-menu">${seSort.map((o, i) => `<option value="${i}"${i === 0 ? ' selected="selected"' : ''}>${o}</option>`).join('\n')}
</select></div></div></div></div></div>
<div id="answer-128836" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="128836" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer">
${seAnswers[0]}</div>
<div id="answer-128841" class="answer js-answer" data-answerid="128841" itemprop="suggestedAnswer" itemscope
itemtype="https://schema.org/Answer">${seAnswers[1]}</div>
<div id="answer-131907" class="answer js-answer" data-answerid="131907" itemprop="suggestedAnswer" itemscope
itemtype="https://schema.org/Answer">${seAnswers[2]}</div>
<form id="post-form" action="/questions/128834/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">Your Answer</h2>
<div class="js-post-editor"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2" cols="92"
rows="15"></textarea></div>
<div class="js-answer-help dno"><p>Thanks for contributing an answer to Seasoned Advice!</p><ul><li>Please be sure to <em>answer the question</em>. Provide
details and share your research!</li></ul>
<p>But <em>avoid</em> …</p><ul><li>Asking for help, clarification, or responding to other answers.</li></ul></div>
<div class="js-login-form"><h2 class="fs-title">Sign up or <a href="/users/login">log in</a></h2><h2 class="fs-title">Post as a guest</h2><label
for="display-name">Name</label>
<input id="display-name" type="text" name="display-name" class="s-input"><label for="m-address">Email</label><p class="s-description">Required, but never
shown</p>
<input id="m-address" type="email" name="m-address" class="s-input"></div><div class="form-submit d-flex gsx gs4"><button
class="flex--item s-btn s-btn__filled s-btn__icon" type="submit">
Post Your Answer</button><button class="flex--item s-btn s-btn__danger discard-answer dno">Discard</button></div></form>
<h2 class="bottom-notice fs-body3 mt32">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
class="s-btn s-btn__filled">Ask question</a>
<h2 class="bottom-notice fs-body3 mt32">Explore related questions</h2><ul
class="ml0 list-ls-none js-post-tag-list-wrapper
d-inline">${seTags.map((t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}" class="s-tag post-tag">${t}</a></li>`).join('')}</ul>
<p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">The Overflow Blog</li><li class="s-sidebarwidget--item"><a
href="#">
What a decade of tags says about how home cooks learn</a></li><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">Featured on Meta</li>
<li class="s-sidebarwidget--item"><a href="#">Community nominations for 2026 moderator election</a></li></ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div
class="related js-gps-related-questions">${seRelatedHtml}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4>
<ul>${seHotHtml}</ul>
<a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/128834" title="Subscribe to RSS">Question feed</a></div></div>
<div class="s-modal dno" id="feed-modal"><h1 class="s-modal--header">Subscribe to RSS</h1><p>To subscribe to this RSS feed, copy and paste this URL into your
RSS reader.</p></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">${seFooter}</nav>
<p class="site-footer--copyright fs-fine md:mb0">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under <a
href="https://stackoverflow.com/help/licensing">CC BY-SA</a>.
<span id="svnrev">rev 2026.3.5.43122</span></p></div></footer>
<div id="onetrust-consent-sdk"><div class="ot-sdk-container" role="dialog" aria-label="Cookie consent"><h2 id="onetrust-policy-title">Your privacy</h2>
<p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in
accordance with our
<a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</p><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept
all cookies</button>
<button class="js-reject-cookies">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize
settings</button></div></div></div></body></html>`;
const seQa: TestPage = {
  html: seHtml,
  name: 'heldout27-stackexchange-cooking-question',
  kind: 'forum',
  // the question and the three answers are the body (the accepted answer's lead-in and list items too); comments under the
  // question and the answer are comments, not the Q&A itself: furniture; every user name on the cards and comments, the
  // "asked"/"answered"/"edited" lines with their dates, the comment dates and the header's "Asked ..." and "Modified ..."
  // are bylines; vote tooltips, "Share"/"Improve this ..."/"Follow", reputations and badge counts, tags, "Add a comment",
  // "3 Answers", the sort menu, the guest answer form and its notices, the sidebar, top bar, nav, footer and cookie consent
  // are furniture; vote counts and bare badge counts are left out
  // a gold change of session 15, after measuring: the comments under the question and the answer are body, as batch 17's Stack
  // Overflow question set them ("every comment under a post" is the thread's)
  title: seTitle,
  headings: [],
  body: [...texts(seQ), ...seComments.map((c) => c[0]), ...texts(seA1), ...seA1List, seA1End, seA1Comment[0], seA2, seA3],
  // biome-ignore format: the bylines are packed several to a line to keep the file short
  bylines: [
    'Asked 2 years, 11 months ago', 'Modified 1 year, 2 months ago', 'edited Mar 3, 2023 at 8:20', 'Marti Kessler', 'asked Mar 2, 2023 at 13:48', 'theo_b',
    'answered Mar 2, 2023 at 15:02', 'Ines Calloway', 'answered Mar 2, 2023 at 16:40', 'pkowalski', 'answered Jan 9, 2025 at 11:27', 'Samir H.', 'Dana M',
    'Mar 2, 2023 at 14:10', 'Mar 2, 2023 at 14:32', 'Mar 4, 2023 at 19:05',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Visit Stack Exchange', 'Log in', 'Sign up', ...seNav.filter((t) => t !== 'Chat'), 'Ask Question', 'Viewed 23k times',
    'This question shows research effort; it is useful and clear', 'This question does not show any research effort; it is unclear or not useful',
    'Save this question.', 'Show activity on this post.', ...seTags, 'Share', 'Improve this question', 'Follow', '24.1k', '3 gold badges', '41 silver badges',
    '96 bronze badges', '1 silver badge', '5 bronze badges', 'Add a comment', '3 Answers', 'Sorted by:', 'Reset to default',
    'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)', 'This answer is useful', 'This answer is not useful',
    'Save this answer.', 'Improve this answer', 'Your Answer', 'Thanks for contributing an answer to Seasoned Advice!',
    'Please be sure to answer the question. Provide details and share your research!', 'Sign up or log in', 'Post as a guest', 'Required, but never shown',
    'Post Your Answer', 'Discard', 'Start asking to get answers', 'Find the answer to your question by asking.', 'Explore related questions',
    'See similar questions with these tags.', 'The Overflow Blog', 'Featured on Meta', 'Related', ...seRelated, 'Hot Network Questions', ...seHot,
    'Question feed', 'Subscribe to RSS', ...seFootCols.flat(), 'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA',
    'Your privacy', 'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT27_E: readonly TestPage[] = [seQa, threadsThread];

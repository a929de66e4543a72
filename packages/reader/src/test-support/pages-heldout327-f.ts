import { links, ps, type TestPage, texts } from './page-kit.js';
import { styleGuide } from './pages-heldout327-f2.js';
import { j } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file f: a language Q&A page on a Stack Exchange-style site (top bar, left navigation, Asked / Modified /
 * Viewed line, vote cells, tags, user cards, comments under the question and an answer, the answers header with its sort menu,
 * the "Your Answer" form, the right sidebar with "Linked", "Related" and "Hot Network Questions", the cookie banner and the
 * footer) and, from file f2, a translators' style guide on Sphinx with the Read the Docs theme.
 */
const qTitle = 'Is there any way to predict whether a Swedish noun takes en or ett?';
const qQ = [
  j(
    'I have been learning Swedish for about eight months. My course simply tells me to memorise the article with every noun,',
    'so I learn <em>en stol</em> but <em>ett bord</em>, <em>en bil</em> but <em>ett hus</em>.',
  ),
  j(
    'That works, but it is slow, and I keep guessing wrong with new words I meet in the news. Are there any patterns at all, such',
    'as endings or meanings, that make one gender more likely than the other?',
  ),
];
const qQc = ['If in doubt, guess en. You will be right about three times out of four.'];
const qA1 = [
  j(
    'For a noun you meet with no clues, there is no reliable rule, and your course is right to make you learn the article. But',
    'a fair number of nouns carry their gender in their ending, and those are worth learning as patterns.',
  ),
  'Endings that almost always mean en (common gender):',
  '-het, as in en nyhet, en svaghet',
  '-ing and -ning, as in en tidning, en övning',
  '-are for people who do something, as in en lärare, en bagare',
  'Endings that almost always mean ett (neuter):',
  '-eri, as in ett bageri, ett tryckeri',
  '-ande and -ende when the noun names an action or state, as in ett leende, ett antagande',
  j(
    'Beyond endings, there is a weak tendency by meaning: words for people and animals are mostly en, and many words for materials',
    'and substances are ett. Treat these as hints, not rules.',
  ),
];
const qA1c = ['The -ande point is useful. Note that the same ending is en when it names a person, as in en studerande.'];
const qA2 = [
  j(
    'A practical tip rather than a rule: compound nouns take the gender of their last part. Once you know <em>ett hus</em>, you',
    'also know <em>ett sjukhus</em>, <em>ett rådhus</em> and <em>ett växthus</em>.',
  ),
  j(
    'Since Swedish builds new words by compounding all the time, this covers a large share of the unfamiliar nouns you will meet in',
    'the news, and it costs nothing extra to learn.',
  ),
];
const qTags = ['swedish', 'grammatical-gender', 'noun-morphology'];
const qNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const qLinked = ['Why is it ett äpple but en apelsin?'];
const qRelated = [
  'Do Norwegian and Swedish nouns usually share the same gender?',
  'Gender of English loanwords in Swedish',
  'When is the definite suffix -et used?',
];
const qHot = [
  'How do I say "it depends" in a job interview in Finnish?',
  'Why do some Danish numbers count in twenties?',
  'Which bread proves fastest in a cold kitchen?',
];
const qFoot = ['Tour', 'Help', 'Contact', 'Feedback', 'Company', 'About', 'Legal', 'Privacy Policy', 'Terms of Service', 'Cookie Settings'];
const vote = (n: string): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"><button class="js-vote-up-btn
s-btn s-btn__unset" aria-label="Up vote"></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading
py4" itemprop="upvoteCount" data-value="${n}">${n}</div><button class="js-vote-down-btn s-btn s-btn__unset" aria-label="Down vote"></button></div>`;
const sig = (action: string, time: string, user: string, rep: string): string => `<div class="post-signature flex--item"><div class="user-info"><div
class="user-action-time">${action} <span class="relativetime">${time}</span></div><div class="user-details" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a href="/users/${rep}">${user}</a><div class="-flair"><span class="reputation-score" title="reputation score">${rep}</span>
</div></div></div></div>`;
const cmt = (text: string, user: string, time: string): string => `<li class="comment js-comment" data-comment-owner-id="1"><div class="js-comment-actions
comment-actions"><div class="comment-score js-comment-score"></div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body
js-comment-edit-hide"><span class="comment-copy">${text}</span> – <span class="d-inline-flex ai-center"><a href="#" class="comment-user">${user}</a></span>
<span class="comment-date" dir="ltr"><span class="relativetime-clean">${time}</span></span></div></div></li>`;
const qHtml = `<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>swedish - ${qTitle} - Nordic Languages Stack Exchange</title><link rel="canonical" href="https://nordic.stackexchange.example/questions/2207/">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta name="description" content="My course tells me to memorise the article with every noun. Are there any patterns?">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css"><script src="https://cdn.sstatic.example/Js/stub.en.js"></script>
<script>StackExchange.init({"locale":"en","serverTime":1771990000,"site":{"name":"Nordic Languages Stack Exchange","styleCode":true}});</script></head>
<body class="question-page unified-theme"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo" href="/"><span class="-img _glyph">Nordic
Languages</span></a><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text"
placeholder="Search on Nordic Languages…" aria-label="Search" class="s-input s-input__search js-search-field"></form>
<ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol class="nav-links">${links(
  qNav,
  'ps-relative',
)}</ol></nav></div>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix"><div id="question-header"
class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/2207"
class="question-hyperlink">${qTitle}</a>
</h1><div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Asked</span><time
itemprop="dateCreated" datetime="2026-02-21T09:12:40">Feb 21 at 9:12</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit">4 days ago</a></div><div class="flex--item ws-nowrap mb8"><span
class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" id="question"><div class="post-layout"><div
class="votecell post-layout--left">${vote('17')}</div><div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(qQ)}
</div><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${qTags
  .map((t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`)
  .join('\n')}</ul></div><div class="d-flex fw-wrap jc-end"><div class="js-post-menu"><a href="/q/2207" class="js-share-link">Share</a> <a
href="/posts/2207/edit">Improve this question</a> <button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div>
${sig('asked', 'Feb 21 at 9:12', 'Oona Pikkarainen', '311')}</div></div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul class="comments-list js-comments-list">
${cmt(qQc[0] ?? '', 'Henrik Dahlgren', 'Feb 21 at 9:30')}</ul></div><a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2
Answers</h2></div><div class="flex--item"><label class="flex--item fs-caption" for="answer-sort">Sorted by:</label><select id="answer-sort"
class="s-select"><option
selected>Highest score (default)</option><option>Date modified (newest first)</option><option>Date created (oldest first)</option></select></div></div></div>
<div id="answer-2210" class="answer js-answer accepted-answer" itemprop="acceptedAnswer"
itemscope itemtype="https://schema.org/Answer"><div class="post-layout">
<div class="votecell post-layout--left">${vote('24')}<div class="js-accepted-answer-indicator flex--item fc-green-400" role="note" aria-label="Accepted"><svg
aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"></svg></div></div><div class="answercell post-layout--right"><div class="s-prose
js-post-body" itemprop="text">
<p>${qA1[0] ?? ''}</p>
<p>${qA1[1] ?? ''}</p>
<ul>${qA1
  .slice(2, 5)
  .map((l) => `<li>${l}</li>`)
  .join('\n')}</ul>
<p>${qA1[5] ?? ''}</p>
<ul>${qA1
  .slice(6, 8)
  .map((l) => `<li>${l}</li>`)
  .join('\n')}</ul>
<p>${qA1[8] ?? ''}</p>
</div><div class="d-flex fw-wrap jc-end"><div class="js-post-menu"><a href="/a/2210" class="js-share-link">Share</a> <button type="button" class="s-btn
s-btn__link js-follow-post">Follow</button></div>${sig('answered', 'Feb 21 at 11:05', 'Ingeborg Sæther', '4,872')}</div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list js-comments-list">${cmt(
  qA1c[0] ?? '',
  'Oona Pikkarainen',
  'Feb 21 at 12:40',
)}</ul><a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<div id="answer-2231" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout"><div
class="votecell post-layout--left">${vote('9')}</div><div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(qA2)}
</div><div class="d-flex fw-wrap jc-end"><a href="/a/2231" class="js-share-link">Share</a>${sig('answered', 'Feb 23 at 18:47', 'Mats Lidholm', '1,209')}</div>
</div></div></div></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged <a href="/questions/tagged/swedish"
class="post-tag">swedish</a> or <a href="/questions/ask">ask your own question</a>.</h2>
<form id="post-form" class="js-add-answer-component post-form"><h2 class="space">Your Answer</h2><textarea id="wmd-input" name="post-text"
class="wmd-input s-input"></textarea><button id="submit-button" class="s-btn s-btn__filled" type="submit">Post Your Answer</button></form></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><ul
class="linked">${links(qLinked, 'spacer')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><ul class="related js-related">${links(qRelated, 'spacer')}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="#"
class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>${links(qHot)}</ul></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><ul class="-list">${links(qFoot, '-item')}</ul>
<p class="md:mb0">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA. <span id="svnrev">rev 2026.2.24.1187</span></p>
</div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">By
clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.</p>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies
only</button><button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div>
<script>StackExchange.ready(function(){StackExchange.question.init({questionId:2207});});</script></body></html>`;
const seQa: TestPage = {
  name: 'heldout327-stackexchange-nordic-question-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([...qQ, ...qQc, ...qA1, ...qA1c, ...qA2]),
  bylines: [
    'Feb 21 at 9:12',
    '4 days ago',
    'Oona Pikkarainen',
    'Henrik Dahlgren',
    'Feb 21 at 9:30',
    'Feb 21 at 11:05',
    'Ingeborg Sæther',
    'Feb 21 at 12:40',
    'Feb 23 at 18:47',
    'Mats Lidholm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Nordic Languages', 'Log in', 'Sign up', ...qNav, 'Ask Question', 'Asked', 'Modified', 'Viewed', '1k times', ...qTags,
    'Share', 'Improve this question', 'Follow', '311', 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)', 'Date modified (newest first)',
    'Date created (oldest first)', '4,872', '1,209', "Not the answer you're looking for? Browse other questions tagged", 'ask your own question',
    'Your Answer', 'Post Your Answer', 'Linked', ...qLinked, 'Related', ...qRelated, 'Hot Network Questions', ...qHot, ...qFoot,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2026.2.24.1187', 'Accept all cookies',
    'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT327_F: readonly TestPage[] = [seQa, styleGuide];

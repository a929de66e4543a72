import { links, type TestPage, texts } from './page-kit.js';
import { askUbuntu } from './pages-heldout158-a2.js';

/**
 * Held-out batch 158, file a: a Stack Overflow question closed as "needs debugging details" (the top bar with search,
 * "Log in" and "Sign up", the left navigation, the question header with "Ask Question" and the Asked / Modified / Viewed
 * line, the closed notice at the top of the post, vote counts, tags, share / edit / follow links, the user cards with
 * reputation and badge counts, comments with their "Add a comment" link, answers with an accepted-answer mark, the
 * "Your Answer" box guests see, the right rail with The Overflow Blog, Featured on Meta, Linked, Related and Hot Network
 * Questions, the footer and the cookie banner) and, from file a2, an Ask Ubuntu question with a comment-heavy answer.
 */
const soTitle = 'Why does my Python generator stop after the first loop when I reuse it?';
const soQ = [
  'I have a small script that reads sensor readings from a CSV export and I wrap the rows in a generator so I do not load the whole ' +
    'file into memory. The first loop over the generator prints every reading, but the second loop, which is supposed to compute ' +
    'the average, prints nothing at all and the average comes out as zero.',
  'Here is a cut-down version of the code:',
  'I expected both loops to see the same 4,800 rows. I am on Python 3.12 on Windows 11. Is this a bug in the <code>csv</code> module, ' +
    'or am I doing something wrong with the file handle?',
];
const soCode = `<pre class="lang-py s-code-block"><code class="hljs language-python">def readings(path):
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            yield float(row["temp_c"])

temps = readings("export.csv")
for t in temps:
    print(t)
print(sum(temps) / max(1, len(list(temps))))</code></pre>`;
const soA1 = [
  'It is not a bug. A generator object can only be iterated once. When the first <code>for</code> loop finishes, the generator is ' +
    'exhausted, and every later loop over the same object gets nothing, so <code>sum</code> sees an empty sequence.',
  'You have three options, depending on how big the file is:',
];
const soA1List = [
  'Call <code>readings("export.csv")</code> again for each pass, which reopens the file and reads it from the start.',
  'Turn it into a list once with <code>temps = list(readings("export.csv"))</code> if 4,800 floats fit comfortably in memory (they do).',
  'Compute everything in a single pass, keeping a running total and a count as you print.',
];
const soA1b = ['For a file this size the list is the simplest choice. The generator only pays off when the file is too big to hold.'];
const soA2 = [
  'Side note: <code>len(list(temps))</code> on the second line also consumes the generator, so even if the sum had worked, the count ' +
    'would have been zero. <code>statistics.fmean</code> on a list avoids both problems.',
];
const soComments = [
  'Please include the full traceback and a minimal reproducible example with sample data; the code as posted does not import csv.',
  'A generator is exhausted after one pass. See the linked duplicate target.',
  'Thanks, that explains it. I switched to a list and both loops work now.',
];
const soA1Comments = ['Worth adding that itertools.tee exists, but for two full passes it just stores everything anyway.'];
const soTop = ['About', 'Products', 'OverflowAI', 'Log in', 'Sign up'];
const soNav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions', 'Collectives', 'Communities for your favorite technologies.'];
const soNotice = 'Closed. This question needs debugging details. It is not currently accepting answers.';
const soNoticeMore = 'Edit the question to include desired behavior, a specific problem or error, and the shortest code necessary to reproduce the problem.';
const soClosedLine = 'Closed 2 days ago.';
const soImprove = 'Improve this question';
const soTags = ['python', 'csv', 'generator', 'python-3.12'];
const soBlog = ['The Overflow Blog', 'Shipping a search index that fits on one laptop', 'Why your flaky tests are a people problem'];
const soMeta = ['Featured on Meta', 'Updates to the review queues coming next month', 'Community feedback on the new close reasons'];
const soLinked = ['Linked', 'Resetting a generator object in Python', 'Can a generator be iterated more than once?'];
const soRelated = [
  'Related',
  'How to read a CSV file into a list of dictionaries',
  'Why is my list empty after calling map twice?',
  'Generator expressions vs. list comprehensions',
];
const soHot = [
  'Hot Network Questions',
  'Is it rude to decline a coworker’s recipe swap?',
  'How do I wire a second thermostat to one boiler?',
  'Why do moths circle lamps?',
];
const soFoot = [
  'Stack Overflow',
  'Questions',
  'Help',
  'Chat',
  'Products',
  'Teams',
  'Advertising',
  'Talent',
  'Company',
  'About',
  'Press',
  'Work Here',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Contact Us',
  'Cookie Settings',
  'Cookie Policy',
];
const soCookie = 'We use cookies to provide a better experience, to improve our services and to personalize ads.';
const soCookieBtns = ['Accept all cookies', 'Necessary cookies only', 'Customize settings'];
const user = (verb: string, when: string, name: string, rep: string, badges: string): string => `<div class="post-signature flex--item">
<div class="user-info"><div class="user-action-time">${verb} <span title="${when}" class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a href="/users/1/${name}"><div class="gravatar-wrapper-32">
<img src="https://i.sstatic.example/${name}.png" alt="${name}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details"><a href="/users/1/${name}">${name}</a>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${rep}</span>
<span title="${badges}"><span class="badge1"></span><span class="badgecount">${badges}</span></span></div></div></div></div>`;
const comment = (text: string, name: string, when: string, score = ''): string => `<li class="comment js-comment" data-comment-owner-id="9">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score">${score}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/7/${name}" class="comment-user">${name}</a></div>
<span class="comment-date" dir="ltr"><span title="2025-11-10 14:03:11Z" class="relativetime-clean">${when}</span></span></div></div></li>`;
const vote = (n: string): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn s-btn" aria-label="Up vote"></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4"
itemprop="upvoteCount" data-value="${n}">${n}</div><button class="js-vote-down-btn s-btn" aria-label="Down vote"></button></div>`;
const menu = (what: string): string => `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="/q/1" class="js-share-link">Share</a></div><div class="flex--item"><a href="/posts/1/edit" class="js-suggest-edit-post">${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const soHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>python - ${soTitle} - Stack Overflow</title><meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Stack Overflow"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${soTitle}"><link rel="canonical" href="https://stackoverflow.com/questions/79211406/why-does-my-python-generator-stop">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=9b2f1a">
<script src="https://cdn.sstatic.example/Js/stub.en.js?v=4c2d8e"></script>
<script>StackExchange.ready(function () { StackExchange.question.init({showAnswerHelp:true,questionId:79211406}); });</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem" aria-label="Open navigation"><span></span></a><a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com">
<span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation">${links(soTop.slice(0, 3), 'js-topbar-link')}</ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text" role="combobox"
placeholder="Search…" aria-label="Search" class="s-input s-input__search js-search-field"></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<nav role="navigation"><ol class="nav-links">${links(soNav.slice(0, 9), 'ps-relative')}</ol>
<div class="fs-fine fc-black-400 mt8">${soNav[9]}</div></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div class="d-flex sm:fd-column" id="question-header"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/79211406/why-does-my-python-generator-stop" class="question-hyperlink">${soTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2025-11-10 13:41:52Z">
<span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-11-10T13:41:52">2 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-11-11 09:12:30Z">yesterday</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 96 times">
<span class="fc-black-400 mr2">Viewed</span>96 times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="79211406" id="question">
<div class="js-post-notice mb16"><aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap">
<div class="d-flex fw-nowrap"><div class="flex--item wmn0 fl1 lh-lg"><div class="flex--item fl1 lh-lg"><div><b>${soNotice}</b></div></div>
<div class="mt8"><p>${soNoticeMore}</p></div><div class="mb0 mt12"><p>${soClosedLine}</p></div></div></div>
<div class="ml-auto mt12"><a href="/posts/79211406/edit" class="s-btn s-btn__outlined">${soImprove}</a></div></div></aside></div>
<div class="post-layout"><div class="votecell post-layout--left">${vote('-1')}</div><div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
<p>${soQ[0]}</p>\n<p>${soQ[1]}</p>\n${soCode}\n<p>${soQ[2]}</p>\n</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${soTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></div></div></div><div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${menu('Improve this question')}
${user('asked', 'Nov 10 at 13:41', 'mira.okonjo', '23', '5')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-79211406" class="comments js-comments-container bt bc-black-075 mt12">
<ul class="comments-list js-comments-list">${comment(soComments[0] ?? '', 'Quentin Ashdale', 'Nov 10 at 13:48', '2')}
${comment(soComments[1] ?? '', 'pbrandt', 'Nov 10 at 13:52')}${comment(soComments[2] ?? '', 'mira.okonjo', 'Nov 10 at 14:20')}</ul></div>
<div id="comments-link-79211406"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information">Add a comment</a></div>
</div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><h2 class="mb0" data-answercount="2">2 Answers
<span style="display:none;" itemprop="answerCount">2</span></h2><div class="js-sort-container"><label class="flex--item fs-body1 mr6"
for="answer-sort-dropdown-select-menu">Sorted by:</label><select id="answer-sort-dropdown-select-menu" class="s-select">
<option value="scoredesc" selected>Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option>
<option value="createdasc">Date created (oldest first)</option></select></div></div></div>
<div id="answer-79211433" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="79211433" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout"><div class="votecell post-layout--left">${vote('7')}
<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…"><div class="ta-center">
<svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"></svg><span class="d-none">Accepted answer</span></div></div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${soA1.map((p) => `<p>${p}</p>`).join('\n')}\n<ol>${soA1List.map((t) => `<li>${t}</li>`).join('\n')}</ol>\n<p>${soA1b[0]}</p></div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu('Improve this answer')}
${user('answered', 'Nov 10 at 13:50', 'Hallvard Teig', '41.2k', '88')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container bt bc-black-075 mt12">
<ul class="comments-list js-comments-list">
${comment(soA1Comments[0] ?? '', 'kestrel_dev', 'Nov 11 at 9:12', '1')}</ul></div></div></div></div>
<div id="answer-79211502" class="answer js-answer" data-answerid="79211502" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${vote('2')}</div><div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text"><p>${soA2[0]}</p></div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">
${menu('Improve this answer')}${user('answered', 'Nov 10 at 15:02', 'Odile Farrant', '3,118', '14')}</div></div></div></div></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${soTags.join(' ')} or
<a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"
data-tracker="cb=1"><ul class="d-block p0 m0">
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">
${soBlog[0]}</li>${links(soBlog.slice(1), 's-sidebarwidget--item')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">${soMeta[0]}</li>${links(soMeta.slice(1), 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">${soLinked[0]}</h4><div class="linked">${links(soLinked.slice(1))}</div></div>
<div class="module sidebar-related"><h4 id="h-related">${soRelated[0]}</h4><div class="related js-gps-related-questions">${links(soRelated.slice(1))}</div>
</div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4>
<a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">
${soHot[0]}</a></h4><ul>${links(soHot.slice(1))}</ul></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<ul>${links(soFoot)}</ul></nav>
<p class="site-footer--copyright fs-fine md:mt24">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under
<a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. rev 2025.11.11.1844</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${soCookie}</p></div><div id="onetrust-button-group">${soCookieBtns.map((b) => `<button>${b}</button>`).join('\n')}</div></div>
</div>
</body></html>`;
const stackOverflow: TestPage = {
  html: soHtml,
  name: 'heldout158-stackoverflow-closed-question',
  kind: 'forum',
  // the question, both answers (list items too) and every comment are body; the code block is in neither list; the closed
  // notice, its explanation, "Closed 2 days ago." and "Improve this question" are furniture; user names, "asked" / "answered"
  // times, comment dates and the Asked / Modified header values are bylines; votes, reputation and badge counts are furniture
  title: soTitle,
  headings: [],
  body: [...texts(soQ), ...soComments, ...texts(soA1), ...texts(soA1List), ...soA1b, ...soA1Comments, ...texts(soA2)],
  bylines: [
    'mira.okonjo',
    'Quentin Ashdale',
    'pbrandt',
    'Hallvard Teig',
    'kestrel_dev',
    'Odile Farrant',
    'asked Nov 10 at 13:41',
    'answered Nov 10 at 13:50',
    'answered Nov 10 at 15:02',
    'Nov 10 at 13:48',
    'Nov 10 at 13:52',
    'Nov 10 at 14:20',
    'Nov 11 at 9:12',
    '2 days ago',
    'yesterday',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...soTop, ...soNav, 'Ask Question', 'Asked', 'Modified', 'Viewed', '96 times', soNotice, soNoticeMore, soClosedLine, soImprove, '-1', '7', '2',
    ...soTags, 'Share', 'Improve this answer', 'Follow', '23', '41.2k', '3,118', '88', '14', 'Add a comment', '2 Answers', 'Sorted by:',
    'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)',
    'Not the answer you\'re looking for? Browse other questions tagged python csv generator python-3.12 or ask your own question.',
    ...soBlog, ...soMeta, ...soLinked, ...soRelated, ...soHot, ...soFoot, soCookie, ...soCookieBtns,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT158_A: readonly TestPage[] = [stackOverflow, askUbuntu];

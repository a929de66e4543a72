import { links, ps, type TestPage, texts } from './page-kit.js';
import { superUser } from './pages-heldout265-a2.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file a: a Stack Overflow question in the current Stacks template (top bar, left nav with Collectives,
 * Asked / Modified / Viewed line, code blocks, tags, post menu, user cards, comments, answers header with the sort menu,
 * "Your Answer" form, the right sidebar with The Overflow Blog, Featured on Meta, Related and Hot Network Questions, an ad
 * slot, the footer and the OneTrust banner) and, from file a2, a Super User question.
 */
const title = 'Why does for await stop after the first chunk when I pipe a ReadableStream through a TransformStream?';
const q = [
  j(
    'I am parsing a large CSV export with the <code>ferrule-csv</code> package in Node 22. The file comes from an upload as a',
    'web <code>ReadableStream</code>, and I pipe it through a <code>TransformStream</code> that splits it into lines.',
  ),
  j(
    '<pre class="lang-js s-code-block"><code>const lines = upload.pipeThrough(new TextDecoderStream()).pipeThrough(splitLines());\nfor await (const line',
    'of lines) {\n  await db.insert(parse(line));\n}</code></pre>',
  ),
  j(
    'With a small file everything works. With the real export, which is about 40 MB, the loop runs for the lines of the first',
    'chunk and then simply ends. No error is thrown, the promise resolves, and roughly 900 of 210,000 rows end up in the table.',
  ),
  'This is my transform:',
  j(
    '<pre class="lang-js s-code-block"><code>function splitLines() {\n  let rest = "";\n  return new TransformStream({\n    transform(chunk, ctl) {\n   ',
    '  const parts = (rest + chunk).split("\\n");\n      rest = parts.pop();\n      parts.forEach((p) =&gt; ctl.enqueue(p));\n    },\n  });\n}</code></pre>',
  ),
  j(
    'I have tried adding a <code>flush</code> method and raising the <code>highWaterMark</code>, but the loop still stops at the same',
    'place. What am I missing?',
  ),
];
const qComments = [
  'Where does <code>upload</code> come from? If the request handler returns before the loop finishes, the body stream may be cancelled under you.',
  'Also check whether anything else reads the same stream. A locked or tee-less second reader gives exactly this symptom.',
];
const a1 = [
  j(
    'The transform is fine. The first comment is on the right track: the loop ends because the source stream is cancelled, and a',
    'cancelled stream looks like a normal end to <code>for await</code>.',
  ),
  j(
    'In your handler you start the loop but the framework considers the request finished as soon as your handler returns a',
    'response. At that point it cancels the request body, the cancellation travels down the pipe, and the iterator returns',
    '<code>done: true</code> without an error.',
  ),
  'There are two ways to fix it:',
  j(
    '<ol><li>Await the whole import before you send the response, so the body stays open while you read it.</li>\n<li>Or, for long imports, write the',
    'upload to a temporary file first and process the file in a background job.</li></ol>',
  ),
  j(
    'You should still add a <code>flush</code> that enqueues <code>rest</code> when it is not empty, otherwise the last line of every',
    'file without a trailing newline is lost. That bug is separate and would have shown up next.',
  ),
];
const a1Comments = ['That was it. I was returning a 202 before the loop. Awaiting the import fixed it, and the flush caught the last row too.'];
const a2 = [
  j(
    'A quick way to confirm this kind of problem is to pass a signal and log when the pipe is aborted. Use',
    '<code>pipeThrough(t, { signal })</code> and listen for the abort event; in my case the log fired the moment the response was sent.',
  ),
  j(
    'It is also worth knowing that <code>for await</code> over a stream calls <code>cancel</code> on the stream if you break out of the',
    'loop early, so a stray <code>break</code> or <code>return</code> inside the body can end the import in the same silent way.',
  ),
];
const bodyHtml = [...q, ...qComments, ...a1, ...a1Comments, ...a2];
const tags = ['javascript', 'node.js', 'web-streams', 'async-iterator'];
const nav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions'];
const blog = ['What a decade of flaky tests taught one platform team', 'Podcast: the quiet rewrite of a payments queue'];
const meta = ['Results of the spring site survey', 'Changes to how close votes are counted'];
const related = ['Node stream ends early with no error', 'TransformStream flush is never called', 'How to read a web stream line by line in Node'];
const hot = ['Is it rude to decline a second interview?', 'Why do old bridges use riveted plates?', 'What does the dwarf say to the dragon?'];
const foot = ['Questions', 'Help', 'Chat', 'Products', 'Teams', 'Advertising', 'Talent', 'Company', 'About', 'Press', 'Work Here', 'Legal'];
const foot2 = ['Privacy Policy', 'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy'];
const comment = (id: number, text: string, user: string, date: string): string => `<li id="comment-${id}" class="comment js-comment" data-comment-id="${id}">
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
&ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/${id}" class="comment-user">${user}</a></div>
<span class="comment-date" dir="ltr"><span title="2026-11-18 10:12:00Z" class="relativetime-clean">${date}</span></span></div></div></li>`;
const card = (action: string, time: string, user: string, rep: string): string => `<div class="post-signature flex--item"><div class="user-info">
<div class="user-action-time">${action} <span title="2026-11-18" class="relativetime">${time}</span></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1">${user}</a>
<div class="-flair"><span class="reputation-score" title="reputation score">${rep}</span></div></div></div></div>`;
const votes = (n: string): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn s-btn s-btn__unset" aria-label="Up vote"></button><div class="js-vote-count fs-subheading" itemprop="upvoteCount">${n}</div>
<button class="js-vote-down-btn s-btn s-btn__unset" aria-label="Down vote"></button></div>`;
const html = `<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>javascript - ${title} - Stack Overflow</title><link rel="canonical" href="https://stackoverflow.com/questions/79912044/">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0"><meta property="og:site_name" content="Stack Overflow">
<meta name="description" content="I am parsing a large CSV export with the ferrule-csv package in Node 22.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"Why does for await stop",
"answerCount":2,"dateCreated":"2026-11-18T09:40:12"}}</script>
<script>StackExchange.init({"locale":"en","serverTime":1795000000,"routeName":"Questions/Show","site":{"name":"Stack Overflow"}});</script></head>
<body class="question-page unified-theme"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo" href="/"><span class="-img _glyph">Stack
Overflow</span></a>
<ol class="s-navigation" role="presentation"><li><a href="/about" class="s-navigation--item">About</a></li>
<li><a href="#" class="s-navigation--item js-products-menu">Products</a></li><li><a href="/teams" class="s-navigation--item">For Teams</a></li></ol>
<form id="search" class="s-topbar--searchbar"><input name="q" type="text" placeholder="Search…" aria-label="Search" class="s-input s-input__search"></form>
<ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li>
<li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol
class="nav-links">${links(nav, 'ps-relative')}
<li class="fs-fine tt-uppercase ml8 mt16 mb4 fc-black-400">Collectives</li><li><a href="/collectives">Explore Collectives</a></li></ol></nav></div>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/79912044/why-does-for-await-stop"
class="question-hyperlink">${title}</a></h1>
<div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2026-11-18T09:40:12">Nov 18 at 9:40</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit">today</a></div>
<div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="79912044" id="question">
<div class="post-layout"><div class="votecell post-layout--left">${votes('7')}</div><div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${ps(q.slice(0, 1))}
${q[1]}
${ps(q.slice(2, 4))}
${q[4]}
${ps(q.slice(5))}
</div><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${tags.map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`).join('\n')}
</ul></div><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors
s-anchors__muted fw-wrap">
<a href="/q/79912044" class="js-share-link">Share</a> <a href="/posts/79912044/edit">Improve this question</a>
<button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div>
${card('asked', 'Nov 18 at 9:40', 'Mirela Stanchev', '1,402')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list
js-comments-list">${comment(14001, qComments[0] ?? '', 'Hollis Grange', 'Nov 18 at 9:52')}
${comment(14002, qComments[1] ?? '', 'tobin.r', 'Nov 18 at 10:05')}</ul><a class="js-add-link comments-link" href="#">Add a comment</a></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div>
<label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><select id="answer-sort-dropdown-select-menu" class="s-select">
<option value="scoredesc" selected>Highest score (default)</option><option value="trending">Trending (recent votes count more)</option>
<option value="createdasc">Date created (oldest first)</option></select></div></div>
<div id="answer-79912101" class="answer js-answer accepted-answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${votes('12')}<div class="js-accepted-answer-indicator fc-green-400"
aria-label="Accepted"></div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(a1.slice(0, 3))}
${a1[3]}
${ps(a1.slice(4))}
</div><div class="mt24"><a href="/a/79912101" class="js-share-link">Share</a> ${card('answered', 'Nov 18 at 10:31', 'Quentin Abara', '23.9k')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list
js-comments-list">${comment(14010, a1Comments[0] ?? '', 'Mirela Stanchev', 'Nov 18 at 11:02')}</ul></div></div>
<div class="everyonelovesstackoverflow" id="dfp-mlb"><div class="ta-center fs-caption fc-black-400">Report this ad</div></div>
<div id="answer-79912188" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${votes('3')}</div><div class="answercell post-layout--right"><div class="s-prose
js-post-body" itemprop="text">
${ps(a2)}
</div><div class="mt24"><a href="/a/79912188" class="js-share-link">Share</a>
${card('answered', 'Nov 18 at 13:47', 'Signe Valborg', '611')}</div></div></div></div></div>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged <a href="/questions/tagged/javascript"
class="post-tag">javascript</a>
or <a href="/questions/ask">ask your own question</a>.</h2>
<form id="post-form" class="js-add-answer-component post-form"><h2 class="space">Your Answer</h2><textarea id="wmd-input" class="wmd-input s-input"></textarea>
<button id="submit-button" class="s-btn s-btn__filled" type="submit">Post Your Answer</button></form></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header">The Overflow Blog</li>${links(blog, 's-sidebarwidget--item')}
<li class="s-sidebarwidget--header">Featured on Meta</li>${links(meta, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><ul class="related js-related">${links(related, 'spacer')}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot">Hot Network Questions</a></h4>
<ul>${links(hot)}</ul></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><nav class="site-footer--nav"><ul class="-list">${links(foot, '-item')}</ul></nav>
<div class="site-footer--copyright fs-fine"><ul class="-list">${links(foot2)}</ul>
<p>Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under <a href="/help/licensing">CC BY-SA</a>.</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">By clicking “Accept all
cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button></div></div>
<script>StackExchange.ready(function(){StackExchange.question.init({questionId:79912044});});</script></body></html>`;
const stackOverflow: TestPage = {
  name: 'heldout265-stackoverflow-question',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([
    ...bodyHtml.filter((b) => !b.startsWith('<ol>')),
    'Await the whole import before you send the response, so the body stays open while you read it.',
    'Or, for long imports, write the upload to a temporary file first and process the file in a background job.',
  ]),
  bylines: [
    'Nov 18 at 9:40',
    'today',
    'Mirela Stanchev',
    'Hollis Grange',
    'Nov 18 at 9:52',
    'tobin.r',
    'Nov 18 at 10:05',
    'Quentin Abara',
    'Nov 18 at 10:31',
    'Nov 18 at 11:02',
    'Signe Valborg',
    'Nov 18 at 13:47',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Stack Overflow', 'About', 'Products', 'For Teams', 'Log in', 'Sign up', ...nav, 'Collectives', 'Explore Collectives',
    'Ask Question',
    'Asked', 'Modified', 'Viewed', '1k times', ...tags, 'Share', 'Improve this question', 'Follow', '1,402', 'Add a comment', '2 Answers', 'Sorted by:',
    'Highest score (default)', 'Trending (recent votes count more)', 'Date created (oldest first)', '23.9k', 'Report this ad', '611',
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'Your Answer', 'Post Your Answer', 'The Overflow Blog',
    ...blog,
    'Featured on Meta', ...meta, 'Related', ...related, 'Hot Network Questions', ...hot, ...foot, ...foot2,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'Accept all cookies', 'Necessary cookies only',
  ],
};

export const HELDOUT265_A: readonly TestPage[] = [stackOverflow, superUser];

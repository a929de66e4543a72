import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 50, file c2: a Mathematics Stack Exchange question as the server sends it (before MathJax runs: the TeX
 * sits in the text inside span.math-container, with the MathJax 2.7 config and loader scripts in the head), with the top
 * bar, the left nav, the Asked/Modified/Viewed line, vote cells, tags, "Share / Cite / Follow" menus, user cards with
 * reputation and badges, comments, two answers sorted by score (one accepted), the "Your Answer" guest form, the "Not the
 * answer you're looking for?" line, the sidebar (Overflow Blog, Featured on Meta, Linked, Related, Hot Network Questions),
 * the cookie banner and the footer).
 */
const msTitle = String.raw`Is $\sum_{n=1}^\infty \frac{x}{n(1+nx^2)}$ uniformly convergent on $\mathbb{R}$?`;
const mc = (tex: string): string => `<span class="math-container">${tex}</span>`;
const msQ = [
  `Let ${mc(String.raw`$f_n(x)=\dfrac{x}{n(1+nx^2)}$`)} for ${mc(String.raw`$x\in\mathbb{R}$`)} and ${mc('$n\\ge 1$')}. ` +
    `I want to decide whether ${mc(String.raw`$\sum_{n\ge1} f_n$`)} converges uniformly on the whole real line.`,
  `Pointwise convergence is easy: for fixed ${mc('$x\\neq 0$')} we have ${mc(String.raw`$|f_n(x)|\le \dfrac{1}{n^2|x|}$`)}, ` +
    'so the series converges absolutely, and at zero every term vanishes.',
  `My problem is the uniform part. The bound above blows up near ${mc('$x=0$')}, and the other obvious bound, ` +
    `${mc(String.raw`$|f_n(x)|\le |x|/n$`)}, blows up as ${mc(String.raw`$|x|\to\infty$`)} and is not summable anyway. ` +
    'Splitting the line into a neighbourhood of zero and the rest did not help me either, because the neighbourhood has ' +
    'to shrink with n. Is there a single bound that works everywhere, or does the convergence fail to be uniform?',
];
const msQc = [
  'Hint: for each fixed n, where does the function reach its maximum?',
  'Note that the terms are odd functions, so it is enough to look at x greater than zero.',
];
const msR = mc(String.raw`$\mathbb{R}$`);
const msA1 = [
  `Yes, it converges uniformly on ${msR}, and the Weierstrass M-test does it in one step once you find the maximum of each term.`,
  `Since ${mc('$f_n$')} is odd, take ${mc('$x&gt;0$')}. Differentiating gives ` +
    `${mc(String.raw`$f_n'(x)=\dfrac{1-nx^2}{n(1+nx^2)^2}$`)}, which vanishes at ${mc(String.raw`$x=1/\sqrt{n}$`)}, ` +
    'is positive before that point and negative after it. So',
  mc(String.raw`$$\sup_{x\in\mathbb{R}}|f_n(x)| = f_n\!\left(\tfrac{1}{\sqrt n}\right) = \frac{1/\sqrt n}{n\cdot 2} = \frac{1}{2n^{3/2}}.$$`),
  `The numbers ${mc(String.raw`$M_n = \frac{1}{2n^{3/2}}$`)} form a convergent ${mc('$p$')}-series with ` +
    `${mc('$p=3/2&gt;1$')}, and ${mc(String.raw`$|f_n(x)|\le M_n$`)} for every real ${mc('$x$')}. By the M-test the ` +
    'series converges uniformly, and absolutely, on the whole line.',
  'The reason your two bounds failed is that each one is sharp only at one end of the line, while the worst case for each ' +
    'term sits in between, at a point that moves towards zero as n grows.',
];
const msAc = 'Thank you, that is much cleaner than what I was trying. I had not thought of maximising each term separately.';
const msA2 = [
  `Another way, which avoids derivatives: by AM-GM, ${mc(String.raw`$1+nx^2\ge 2\sqrt{n}\,|x|$`)}, hence`,
  mc(String.raw`$$\begin{align}|f_n(x)| &amp;= \frac{|x|}{n(1+nx^2)} \\ &amp;\le \frac{|x|}{2n^{3/2}|x|} = \frac{1}{2n^{3/2}},\end{align}$$`),
  `for ${mc('$x\\neq0$')}, and the same bound holds trivially at zero. This is the same ${mc('$M_n$')} as in the ` +
    'other answer, which is no coincidence: the AM-GM inequality is an equality exactly at the maximum point found there.',
];
const msNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
const msTags = ['real-analysis', 'sequences-and-series', 'uniform-convergence'];
const msBlog = ['How a small team rebuilt search for every site in the network', 'Ask a mathematician: notes from the community call'];
const msMeta = ['Policy update on answers written with AI tools', 'Results of the 2025 moderator election'];
const msLinked = [String.raw`Uniform convergence of $\sum \frac{x}{1+n^2x^2}$`];
const msRelated = [
  String.raw`Uniform convergence of $\sum_{n=1}^{\infty} \frac{x}{(1+nx)^2}$ on $[0,\infty)$`,
  `Weierstrass M-test on an unbounded interval`,
  String.raw`Is $\sum \frac{\sin(nx)}{n}$ uniformly convergent on $[0,2\pi]$?`,
];
const msHot = ['Why is the Cantor set uncountable but of measure zero?', 'Which pairs of primes differ by a perfect square?'];
const msFoot = ['Tour', 'Help', 'Contact', 'Feedback', 'Company', 'Stack Overflow', 'Teams', 'Advertising', 'Privacy Policy', 'Terms of Service'];
/** A user card: action and time, name, reputation, badges. */
const user = (act: string, iso: string, when: string, name: string, rep: string, badges: string[]): string => `<div class="post-signature">
<div class="user-info"><div class="user-action-time">${act} <span title="${iso}" class="relativetime">${when}</span></div>
<div class="user-details"><a href="/users/${name.length * 1999}/">${name}</a><div class="-flair">\
<span class="reputation-score" title="reputation score">${rep}</span>
${badges
  .map(
    (b) => `<span title="${b}"><span class="badge${b.includes('gold') ? 1 : b.includes('silver') ? 2 : 3}"></span>\
<span class="badgecount">${b.split(' ')[0]}</span></span>`,
  )
  .join('')}
</div></div></div></div>`;
const comment = (text: string, who: string, when: string): string => `<li class="comment js-comment"><div class="comment-text js-comment-text-and-form">
<div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
<div class="d-inline-flex ai-center">–&nbsp;<a href="/users/${who.length}" class="comment-user">${who}</a></div>
<span class="comment-date" dir="ltr"><span title="2025-03-02 22:05:10Z, License: CC BY-SA 4.0" class="relativetime-clean">${when}</span></span></div></div>\
</li>`;
const menu = `<div class="js-post-menu"><a href="#" class="js-share-link">Share</a><a href="#" class="js-cite-link">Cite</a>
<button class="js-follow-post">Follow</button></div>`;
const vote = (n: number, accepted = false): string => `<div class="votecell"><button class="js-vote-up-btn" aria-label="Up vote"></button>
<div class="js-vote-count" itemprop="upvoteCount" data-value="${n}">${n}</div><button class="js-vote-down-btn" aria-label="Down vote"></button>
${accepted ? '<div class="js-accepted-answer-indicator" title="Loading when this answer was accepted…" role="note" aria-label="Accepted"></div>' : ''}</div>`;
const msHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>real analysis - ${msTitle} - Mathematics Stack Exchange</title>
<script type="text/x-mathjax-config">
MathJax.Hub.Config({"HTML-CSS": { preferredFont: "TeX", availableFonts: ["STIX","TeX"], linebreaks: { automatic:true } },
  tex2jax: { inlineMath: [ ["$", "$"], ["\\\\(","\\\\)"] ], displayMath: [ ["$$","$$"], ["\\\\[", "\\\\]"] ], processEscapes: true,
  ignoreClass: "tex2jax_ignore|dno" }, TeX: { noUndefinedCheck: true }, messageStyle: "none" });
</script>
<script src="https://cdn.sstatic.net/Js/third-party/MathJax/2.7.9/MathJax.js?config=TeX-AMS_HTML-full"></script>
<link rel="stylesheet" href="https://cdn.sstatic.net/Sites/math/primary.css?v=b27a5e1"></head>
<body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="https://math.stackexchange.com" class="s-topbar--logo">
<span class="-img">Mathematics</span></a><ol class="s-topbar--content"><li><a href="/questions">Questions</a></li></ol>
<form id="search" role="search" class="s-topbar--searchbar"><input name="q" type="text" placeholder="Search on Mathematics…" aria-label="Search"></form>
<ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li>
<li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar"><nav role="navigation"><ol class="nav-links">${links(msNav, 'nav-links--link')}</ol></nav></div>
<div id="content"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">\
<a href="/questions/5048213/is-sum" class="question-hyperlink">${msTitle}</a></h1>
<div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-02 21:40:11Z">\
<span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-02T21:40:11">Mar 2 at 21:40</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span>\
<a href="?lastactivity" title="2025-03-04 10:12:40Z">Mar 4 at 10:12</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 214 times"><span class="fc-black-400 mr2">Viewed</span>214 times</div></div>
<div id="mainbar" role="main"><div class="question js-question" id="question" data-questionid="5048213">
<div class="post-layout">${vote(5)}<div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${msQ.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">\
${msTags.map((t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`).join('')}</ul></div>
<div class="mb0"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu}
${user('asked', '2025-03-02 21:40:11Z', 'Mar 2 at 21:40', 'Amara Quist', '1,146', ['3 silver badges', '14 bronze badges'])}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul class="comments-list js-comments-list">
${comment(msQc[0]!, 'Lev Arkhipov', 'Mar 2 at 22:05')}
${comment(msQc[1]!, 'Bettina Roux', 'Mar 2 at 22:31')}
</ul></div><a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8">
<h2 class="mb0" data-answercount="2">2 Answers</h2><div><label for="answer-sort-dropdown-select-menu">Sorted by:</label>
<select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected>Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div>
<div id="answer-5048260" class="answer js-answer accepted-answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">${vote(11, true)}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${msA1.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="mt24">${menu}
${user('answered', '2025-03-02 22:48:03Z', 'Mar 2 at 22:48', 'Lev Arkhipov', '38.2k', ['4 gold badges', '51 silver badges', '117 bronze badges'])}</div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list js-comments-list">${comment(msAc, 'Amara Quist', 'Mar 3 at 7:12')}</ul>
<a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<div id="answer-5049117" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">${vote(4)}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${msA2.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="mt24">${menu}<div class="post-signature"><div class="user-info"><div class="user-action-time">edited
<span title="2025-03-04 10:12:40Z" class="relativetime">Mar 4 at 10:12</span></div></div></div>
${user('answered', '2025-03-04 09:55:27Z', 'Mar 4 at 9:55', 'Tomás Ibarra', '2,907', ['1 gold badge', '9 silver badges', '26 bronze badges'])}</div></div>
<div class="post-layout--right js-post-comments-component"><a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<form id="post-form" class="post-form js-add-answer-component"><h2 class="space">Your Answer</h2><div class="wmd-container">\
<textarea id="wmd-input" name="post-text"></textarea></div>
<div class="js-sign-up-or-login"><h2>Sign up or <a href="/users/login">log in</a></h2></div><div class="js-post-as-guest"><h2>Post as a guest</h2>
<label>Name</label><input type="text" name="display-name"><label>Email</label><p>Required, but never shown</p><input type="email" name="m-address"></div>
<button id="submit-button" type="submit">Post Your Answer</button>
<p class="js-tos-text">By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.</p></form>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged ${msTags
  .map(
    (t) => `\
<a href="/questions/tagged/${t}" class="post-tag">${t}</a>`,
  )
  .join(' ')}
or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" role="complementary"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul><li class="s-sidebarwidget--header">The Overflow Blog</li>
${links(msBlog, 's-sidebarwidget--item')}<li class="s-sidebarwidget--header">Featured on Meta</li>${links(msMeta, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">${msLinked
  .map(
    (t) => `<a class="question-hyperlink" href="/q/1">${t}\
</a>`,
  )
  .join('')}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related">\
${msRelated.map((t) => `<div class="spacer"><a class="question-hyperlink" href="/q/2">${t}</a></div>`).join('')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot">Hot Network Questions</a></h4>
<ul>${links(msHot)}</ul></div></div></div></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">\
<p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange \
can store cookies on your device and disclose information in accordance with our Cookie Policy.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div>
<footer id="footer" class="site-footer"><div class="site-footer--container"><a class="site-footer--logo" href="https://math.stackexchange.com">Mathematics</a>
<ul>${links(msFoot)}</ul><p class="site-footer--copyright">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under \
<a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. rev 2025.3.4.22987</p></div></footer></body></html>`;
export const mathQuestion: TestPage = {
  html: msHtml,
  name: 'heldout50-math-stackexchange-mathjax',
  kind: 'forum',
  // the server's page, before MathJax: the TeX between $...$ is the text of the posts as sent, so it stays in the body strings
  // as written (its &gt; decoded); the display equations, each a <p> of its own, are body too (math, not code); question,
  // comments (the accepted answer's comment included) and both answers are body; names and times on user cards, comments
  // and the "edited" line are bylines ("asked", "answered" and "edited" labels in neither); vote counts, the accepted mark,
  // reputation scores, tags, the Share/Cite/Follow menus, "Add a comment", the
  // Asked/Modified/Viewed line, answer count and sort, the "Your Answer" form, the bottom notice, sidebar, top bar, left
  // nav, cookie banner and footer are furniture; the footer's "Help" is a word of the question ("did not help me"): left out;
  // badge counts sit next to their icons with no space ("314"): left out
  title: msTitle,
  headings: [],
  body: [...texts(msQ), ...msQc, ...texts(msA1), msAc, ...texts(msA2)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Amara Quist', 'Mar 2 at 21:40', 'Lev Arkhipov', 'Mar 2 at 22:05', 'Bettina Roux', 'Mar 2 at 22:31', 'Mar 2 at 22:48', 'Mar 3 at 7:12',
    'Mar 4 at 10:12', 'Tomás Ibarra', 'Mar 4 at 9:55',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mathematics', 'Log in', 'Sign up', ...msNav, 'Ask Question', 'Asked', 'Modified', 'Viewed', '214 times', '5', '11', '4', ...msTags, 'Share', 'Cite',
    'Follow', '1,146', '38.2k', '2,907', 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)', 'Date modified (newest first)',
    'Date created (oldest first)', 'Your Answer', 'Post as a guest', 'Name', 'Email', 'Required, but never shown', 'Post Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'The Overflow Blog', ...msBlog, 'Featured on Meta',
    ...msMeta, 'Linked', ...msLinked, 'Related', ...msRelated, 'Hot Network Questions', ...msHot,
    'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
      'with our Cookie Policy.',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings', ...msFoot.filter((t) => t !== 'Help'),
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under',
    'CC BY-SA', 'rev 2025.3.4.22987',
  ],
};

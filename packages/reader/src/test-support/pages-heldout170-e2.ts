import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 170, file e2: a Codidact Software Development question with answers (QPixel: the network header with the
 * community switcher, "Sign Up" / "Sign In", the category tabs, the question with vote counts, tags, the user card with
 * "asked" time, the post tools "Copy Link", "History", "Flag", "Comment", a comment thread, the "2 answers" header with sort
 * tabs, two answers with their own user cards and an edit line, the hidden flag dialog, the sign-up prompt, the sidebar with
 * "Featured", "Hot Posts" and network widgets, and the footer).
 */
const title = 'Why does my dataclass share one list between all instances?';
const q = [
  `I have a small dataclass for a shopping basket. Each basket is supposed to start empty, but when I add an item to one basket it
appears in every basket I created afterwards as well.`,
  `I expected each instance to get its own empty list. What is going on, and what is the idiomatic way to give every instance a new list?`,
];
const a1 = [
  `The default value of a field is evaluated once, when the class body runs, and then used for every instance. A list is mutable, so
every basket that takes the default gets the very same list object. Recent versions of the dataclasses module actually refuse a
plain list default for this reason, which suggests your code is doing something slightly different, such as wrapping the list in
another object.`,
  `The fix is to use a default factory, which is called once per instance:`,
  `Now each basket calls the list constructor on creation and gets a fresh list. The same applies to dictionaries and sets.`,
];
const a2 = [
  `To add to the other answer: the same trap exists with ordinary functions that use a mutable default argument, and with class
attributes defined in the class body. The rule of thumb is that anything written in a definition is created once, at definition time.`,
  `If you need a default that depends on other fields, write a post-init method instead and build the list there.`,
  `Type checkers help here as well: most of them warn about a mutable default in a function signature, and some linters flag class-level
lists that are modified through an instance. Turning those warnings on would have caught this before it reached
the shopping basket. It costs nothing to enable them.`,
];
const comment = `Thanks, the wrapper was exactly it: I was using a small frozen helper object as the default, which hid the list from the check.`;
const nav = ['Posts', 'Users', 'Help'];
const cats = ['Q&A', 'Code Reviews', 'Meta'];
const tools = ['Copy Link', 'Edit', 'History', 'Flag', 'Comment'];
const hot = [
  'How do I read a file line by line without loading it all?',
  'Is a linked list ever faster than an array in practice?',
  'What does the restrict keyword promise the compiler?',
];
const foot = ['Codidact Foundation', 'Terms', 'Privacy', 'Code of Conduct', 'Donate', 'Contact'];
const flag = ['Why does this post require attention from curators or moderators?', 'You might want to add some details to your flag.'];
const userCard = (
  user: string,
  verb: string,
  when: string,
  iso: string,
): string => `<div class="post--users"><div class="user-card"><div class="user-card--content">
<img alt="user avatar" src="/users/${user.length}/avatar/32.png" class="user-card--avatar" height="32" width="32"><div class="user-card--info"><a
class="user-card--link" dir="ltr" href="/users/${user.length}">${user}</a>&lrm;<div class="user-card--meta"><span class="h-c-tertiary-600">${verb} <span
title="${iso}">${when}</span></span></div></div></div></div></div>`;
const votes = (
  up: string,
  down: string,
): string => `<div class="post--votes"><button class="vote-button" data-vote-type="1" title="Upvote"><i class="fas fa-fw fa-arrow-up"></i></button>
<span class="score"><strong class="js-upvote-count">${up}</strong>/<span class="js-downvote-count">${down}</span></span><button class="vote-button"
data-vote-type="-1"
title="Downvote"><i class="fas fa-fw fa-arrow-down"></i></button></div>`;
const toolBar = (id: number): string =>
  `<div class="post--action-list">${tools
    .map(
      (t) => `<a href="/posts/${id}/${t.toLowerCase().replace(' ', '-')}"
class="tools--item">${t}</a>`,
    )
    .join('\n')}</div>`;
const code = (c: string): string => `<pre><code class="language-python">${c}</code></pre>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - Software Development</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="I have a small dataclass for a shopping basket. Each basket is supposed to start empty."><meta property="og:site_name"
content="Software Development">
<meta property="og:title" content="${title}"><link rel="canonical" href="https://software.codidact.com/posts/295108"><link rel="stylesheet"
href="/assets/application-3f1c.css">
<script src="/assets/application-8a2d.js"></script><script
type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question",
"name":"${title}","answerCount":2,"author":{"@type":"Person","name":"Ilse Marchetti"},"dateCreated":"2025-10-02T09:14:21Z"}}</script></head>
<body><header class="header is-small has-shadow-1"><div class="container header--container"><div class="header--brand"><a class="header--site-name" href="/">
<img src="/assets/codidact.svg" alt="Codidact" class="header--logo"> Software Development</a></div><div class="header--menu"><a href="/users/signup"
class="header--item is-complex">Sign Up</a><a href="/users/sign_in" class="header--item">Sign In</a><a href="#" class="header--item"
data-header-slide="#communities-dialog"
aria-label="Switch community"><i class="fas fa-fw fa-cubes"></i></a></div></div></header><div class="header-slide" id="communities-dialog"
hidden><h3>Codidact Communities</h3>
<ul>${links(['Writing', 'Cooking', 'Electrical Engineering', 'Linux Systems'])}</ul></div><div class="category-header"><div class="container"><div
class="category-header--tabs">
${nav.map((t) => `<a class="category-header--tab" href="/${t.toLowerCase()}">${t}</a>`).join('')}</div><nav
class="category-header--nav">${links(cats)}</nav></div></div>
<main class="container"><div class="grid"><div class="grid--cell is-9-lg is-12"><div class="post" data-post-id="295108"><div class="grid"><div
class="grid--cell is-1">
${votes('+4', '−0')}</div><div class="grid--cell is-11"><div class="post--body"><h1 class="post--title">${title}</h1><div class="post--tags"><a
class="badge is-tag" href="/tags/python">python</a>
<a class="badge is-tag" href="/tags/dataclasses">dataclasses</a></div><div class="post--content">${q[0] ? `<p>${q[0]}</p>` : ''}
${code('@dataclass\nclass Basket:\n    items: list = Holder([]).value\n\nb1 = Basket()\nb1.items.append("apples")\nprint(Basket().items)  # [\'apples\']')}
<p>${q[1]}</p></div></div>${userCard('Ilse Marchetti', 'asked', 'Oct 2, 2025 at 09:14', '2025-10-02T09:14:21Z')}${toolBar(295108)}<div class="post--comments">
<div class="post--comments-thread-wrapper"><h4 class="comment-thread-title"><a href="/comments/thread/9981">Was the default really a plain list?</a></h4><div
class="post--comments-thread is-inline"><div class="comment"><div class="comment--body"><span class="comment--text">${comment}</span> <span
class="comment--meta">—
<a href="/users/14">Ilse Marchetti</a> <span title="2025-10-02T10:02:11Z">Oct 2, 2025 at 10:02</span></span></div></div></div></div><a
class="js-new-thread-link"
href="/users/sign_in">Sign in to comment</a></div></div></div></div>
<div class="post-list--header"><h2>2 answers</h2><div class="button-list is-gutterless"><a class="button is-muted is-outlined is-active"
href="?sort=score">Score</a><a
class="button is-muted is-outlined" href="?sort=active">Active</a><a class="button is-muted is-outlined" href="?sort=age">Age</a></div></div>
<div class="post" data-post-id="295112"><div class="grid"><div class="grid--cell is-1">${votes('+6', '−0')}</div><div class="grid--cell is-11"><div
class="post--body">
<div class="post--content"><p>${a1[0]}</p>\n<p>${a1[1]}</p>\n
${code('from dataclasses import dataclass, field\n\n@dataclass\nclass Basket:\n    items: list = field(default_factory=list)')}
<p>${a1[2]}</p></div></div>${userCard('Rafferty Nkemelu', 'answered', 'Oct 2, 2025 at 09:41', '2025-10-02T09:41:03Z')}<div class="post--edited">edited Oct
2, 2025 at 10:20</div>
${toolBar(295112)}</div></div></div><div class="post" data-post-id="295119"><div class="grid"><div class="grid--cell is-1">${votes('+2', '−0')}</div><div
class="grid--cell is-11">
<div class="post--body"><div class="post--content">${a2.map((t) => `<p>${t}</p>`).join('\n')}</div></div>${userCard(
  'tamsin_k',
  'answered',
  'Oct 3, 2025 at 18:05',
  '2025-10-03T18:05:40Z',
)}${toolBar(295119)}</div></div></div><div class="notice is-info"><p>Sign up to answer this question »</p></div>
<div class="modal" id="flag-modal" hidden><div class="modal--container"><h4 class="modal--header">${flag[0]}</h4><p
class="modal--body">${flag[1]}</p></div></div></div>
<aside class="grid--cell is-3-lg is-12"><div class="widget"><div class="widget--header">Featured</div><div class="widget--body"><a href="/posts/290001">Codidact
network election results are in</a></div></div><div class="widget"><div class="widget--header">Hot Posts</div><div
class="widget--body"><ul>${links(hot)}</ul></div></div>
<div class="widget"><div class="widget--body"><p>This community is part of the Codidact network. We have other communities too — take a look!</p><p>You can
also join us in
chat!</p><p>Like what we're doing? Support us!</p></div></div></aside></div></main><footer class="footer"><div class="container"><ul
class="footer--links">${links(foot)}</ul>
<p class="footer--copy">Content licensed under CC BY-SA 4.0 by its authors.</p></div></footer><script>QPixel.init();</script></body></html>`;
export const codidact: TestPage = {
  html,
  name: 'heldout170-codidact-qa-forum',
  kind: 'forum',
  title,
  headings: [],
  // question, answers and the comment are body; the comment thread's title, code blocks and the "2 answers" header are not
  body: texts([...q, ...a1, ...a2, comment]),
  bylines: [
    'Ilse Marchetti',
    'Rafferty Nkemelu',
    'tamsin_k',
    'asked Oct 2, 2025 at 09:14',
    'answered Oct 2, 2025 at 09:41',
    'answered Oct 3, 2025 at 18:05',
    'Oct 2, 2025 at 10:02',
    'edited Oct 2, 2025 at 10:20',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Software Development', 'Sign Up', 'Sign In', 'Codidact Communities', 'Writing', 'Cooking', 'Electrical Engineering', 'Linux Systems', ...nav, ...cats,
'+4', '+6',
    '+2', '−0', 'python', 'dataclasses', ...tools, 'Was the default really a plain list?', 'Sign in to comment', '2 answers', 'Score', 'Active', 'Age',
    'Sign up to answer this question »', ...flag, 'Featured', 'Codidact network election results are in', 'Hot Posts', ...hot,
    'This community is part of the Codidact network. We have other communities too — take a look!', 'You can also join us in chat!',
    "Like what we're doing? Support us!", ...foot, 'Content licensed under CC BY-SA 4.0 by its authors.',
  ],
};

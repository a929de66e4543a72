import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout261-kit.js';

/**
 * Held-out batch 261, file c: a Slate-style advice column (rubric, byline, share tools, letters with their bold questions
 * and answers, inline "Read more" promo, "More Advice" links, comments count and a comment thread, newsletter, footer)
 * and an Aeon-style essay (essay label, topic tags, author bio at the top, "Edited by" line, listen/save/share bar,
 * donation ask, "Syndicate this essay", related essays, footer).
 */
const sTitle = 'Help! My Book Club Has Turned Into a Wine Club, and I Want Out.';
const sHeads = ['Q. Book club without books', 'Q. The borrowed ladder'];
const sL1 = [
  j(
    'Dear Prudie, Five years ago I started a book club with four neighbors. We used to read a novel a month and argue about it for',
    'two hours. Now nobody finishes the book, the discussion lasts about ten minutes, and the rest is wine and gossip about the',
    'homeowners association. I like these women, but I miss the books. I have thought about starting a second, serious club, but',
    'that feels like a betrayal. Is there a way to fix this without hurting anyone?',
  ),
];
const sA1 = [
  j(
    'It is not a betrayal to want the thing you built to be the thing you built. But it might help to admit that the club has',
    'become something else, and that the something else is also good. Five years of friendship among neighbors is not nothing.',
  ),
  j(
    'So try two things. First, say it plainly at the next meeting: you miss talking about the books, and you would like to try',
    'shorter ones, or a rule that the first hour belongs to the book. Some of them may be relieved. Second, if that fails, start',
    'the other club, and do not hide it. You can have a wine club and a book club. Adults are allowed more than one.',
  ),
];
const sL2 = [
  j(
    'Dear Prudie, Last spring my neighbor borrowed my extension ladder to clean his gutters. It is now February. I have asked twice,',
    'and both times he said he would bring it right over. I can see it leaning against his garage. Can I just go and take it?',
  ),
];
const sA2 = [
  j(
    'You can, in the sense that it is your ladder, but walking onto his property to collect it will probably start a feud that',
    'outlasts the ladder. Ask one more time, in writing, with a date: "I need the ladder back by Saturday for a project, can you drop',
    'it off or shall I come get it?" Then, on Saturday, knock on his door and carry it home together.',
  ),
  'And next time he asks to borrow something, you are allowed to say it is busy.',
];
const sNav = ['News & Politics', 'Culture', 'Technology', 'Business', 'Human Interest', 'Podcasts', 'Advice'];
const sMore = ['My Mother-in-Law Keeps Rearranging My Kitchen', 'Help! My Coworker Reads My Email Over My Shoulder', 'I Lent My Car and Got It Back Dented'];
const sComments = [
  'Prudie is right about the ladder. My father lost a snowblower this way in 1994.',
  'Start the second club. Mine has been going for six years and the wine club still invites me.',
];
const sFoot = ['About Us', 'Work With Us', 'Contact', 'Pitch Guidelines', 'Send Us Tips', 'Corrections', 'Commenting', 'Reprints', 'Privacy Policy'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dear Prudence: ${sTitle}</title>
<meta name="description" content="Advice on book clubs and a borrowed ladder."><meta property="og:type" content="article">
<meta name="parsely-metadata" content='{"section":"Advice","authors":["Jamila Stroud"]}'>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${sTitle}","author":{"@type":"Person",
"name":"Jamila Stroud"},
"datePublished":"2026-03-05T05:40:00-05:00"}</script><script>var slateData={pageType:"article",adUnit:"advice/prudence"};</script></head>
<body class="article-page"><a class="skip-link" href="#main">Skip to Content</a>
<header class="site-header"><a class="site-header__logo" href="/">Slant</a><nav class="site-header__nav"><ul>${links(sNav, 'site-header__nav-item')}</ul></nav>
<a class="site-header__sign-in" href="/account">Sign In</a><a class="site-header__join" href="/plus">Join Slant Plus</a></header>
<main id="main"><article class="article" data-uri="slant.example/_components/article/instances/cm7x">
<header class="article__header"><div class="article__rubric"><a href="/advice/dear-prudence">Dear Prudence</a></div>
<h1 class="article__hed">${sTitle}</h1>
<div class="article__byline"><span class="article__byline-name">By <a href="/author/jamila-stroud">Jamila Stroud</a></span>
<time class="article__dateline" datetime="2026-03-05T05:40:00-05:00">Mar 05, 2026 5:40 AM</time></div>
<div class="social-share"><a class="social-share__link" href="#share">Share</a><a class="social-share__link" href="#comments">Comment</a>
<button class="social-share__gift">Gift</button></div>
<figure class="article__image"><img alt="Women with wine glasses at a table of books" src="https://compote.slant.example/bookclub.jpg">
<figcaption class="image__credit">Photo illustration by Slant. Photos by Nettles Stock.</figcaption></figure></header>
<section class="article__body"><p class="slate-paragraph slate-graf"><em>Dear Prudence is Slant’s advice column. Submit questions
<a href="/advice/submit">here</a>. (It’s anonymous!)</em></p>
<h2 class="slate-subhead">${sHeads[0]}</h2>
${ps(sL1, ' class="slate-paragraph slate-graf"')}
${ps(sA1, ' class="slate-paragraph slate-graf"')}
<div class="in-article-recirc"><span class="in-article-recirc__label">Read more from Dear Prudence:</span>
<a href="/advice/2026/02/sister-wedding">My Sister Wants Me to Skip My Own Wedding Toast</a></div>
<h2 class="slate-subhead">${sHeads[1]}</h2>
${ps(sL2, ' class="slate-paragraph slate-graf"')}
${ps(sA2, ' class="slate-paragraph slate-graf"')}
<div class="article__more-advice"><h3>More Advice From Slant</h3><ul>${links(sMore)}</ul></div></section>
<div class="article__tags"><a href="/tag/friendship">Friendship</a><a href="/tag/neighbors">Neighbors</a></div></article>
<section id="comments" class="comments"><h2 class="comments__heading">2 Comments</h2><ul class="comments__list">
<li class="comment"><span class="comment__author">laddergate</span><p class="comment__text">${sComments[0]}</p></li>
<li class="comment"><span class="comment__author">pageturner_88</span><p class="comment__text">${sComments[1]}</p></li></ul>
<a class="comments__join" href="/plus">Join Slant Plus to comment</a></section>
<div class="newsletter-signup"><h3>Sign up for Dear Prudence’s newsletter</h3><p>Advice from Prudie, delivered to your inbox each week.</p>
<form><input type="email"><button>Sign Up</button></form></div></main>
<footer class="site-footer"><ul>${links(sFoot)}</ul>
<p>Slant is published by The Slant Group LLC. All contents © 2026 The Slant Group LLC. All rights reserved.</p></footer>
<div class="cmp-banner"><p>We and our partners use cookies to improve your experience.</p><button>Accept</button><button>Settings</button></div></body></html>`;
const slate: TestPage = {
  name: 'heldout261-slate-advice-column-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sL1, ...sA1, ...sL2, ...sA2]),
  bylines: ['Jamila Stroud', 'Mar 05, 2026 5:40 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Sign In', 'Join Slant Plus', 'Dear Prudence', 'Share', 'Comment', 'Gift',
    'Photo illustration by Slant. Photos by Nettles Stock.',
    'Dear Prudence is Slant’s advice column. Submit questions here. (It’s anonymous!)', 'Read more from Dear Prudence:',
    'My Sister Wants Me to Skip My Own Wedding Toast', 'More Advice From Slant', ...sMore, 'Friendship', 'Neighbors', '2 Comments', 'laddergate',
    ...sComments, 'pageturner_88', 'Join Slant Plus to comment', 'Sign up for Dear Prudence’s newsletter',
    'Advice from Prudie, delivered to your inbox each week.',
    'Sign Up', ...sFoot, 'Slant is published by The Slant Group LLC. All contents © 2026 The Slant Group LLC. All rights reserved.',
    'We and our partners use cookies to improve your experience.', 'Accept', 'Settings',
  ],
};

const eTitle = 'The dignity of the unfinished';
const eDek = 'We praise completion as if it were a virtue. But much of what is best in a life is work we are content never to finish';
const eHeads = ['The tyranny of the done', 'Cathedrals and gardens'];
const eP1 = [
  j(
    'There is a particular satisfaction in crossing something off a list. Psychologists have names for it, and productivity',
    'writers have built careers on it. We are told to close loops, ship the product, finish what we start. An unfinished novel',
    'in a drawer is treated as a small moral failure, evidence of a weak will or a distracted mind.',
  ),
  j(
    'I want to suggest that this picture, though it captures something true about certain tasks, is a poor guide to a life. Some',
    'of the activities we value most are valuable precisely because they do not end. To treat them as projects awaiting',
    'completion is to misunderstand what they are.',
  ),
];
const eP2 = [
  j(
    'Consider the difference between building a shed and keeping a friendship. The shed has a plan, a set of steps, and a moment',
    'when it is done. A friendship has none of these. There is no point at which you have finished being someone\u2019s friend,',
    'and if you find yourself thinking of it that way, something has already gone wrong.',
  ),
  j(
    'Philosophers sometimes distinguish between activities whose point lies in their outcome and activities whose point lies in',
    'their exercise. Walking to the station is the first kind; walking in the hills is the second. The distinction is old, but',
    'our working lives have made it easy to forget, because almost everything we are paid for is of the first kind.',
  ),
  j(
    'The trouble begins when the habits of outcome-thinking leak into the rest of life. We start to read books to have read them,',
    'to learn languages to have learned them, and to raise children as if they were a project with a delivery date. The language',
    'of goals makes these activities legible, but it also quietly drains them.',
  ),
];
const eQuote = 'To plant a tree whose shade you will never sit in is not a failure of planning. It is a kind of faith.';
const eP3 = [
  j(
    'The medieval builders of great churches often knew they would not see them finished. Some towers took two centuries. It is',
    'tempting to read this as heroic self-sacrifice, but I suspect many of the masons simply understood their work differently.',
    'They were not finishing a cathedral. They were building one, and building was the thing they did.',
  ),
  j(
    'A garden is the humbler version of the same idea. No gardener finishes a garden. The seasons undo whatever was done, and the',
    'work begins again. Gardeners do not, on the whole, experience this as futility. They experience it as the whole point.',
  ),
  j(
    'None of this is an argument against finishing things. Bridges should be finished, and so should tax returns. It is an',
    'argument for noticing which of our activities are bridges and which are gardens, and for refusing to judge the second by',
    'the standards of the first. The unfinished, in the right places, is not a lack. It is what a living thing looks like.',
  ),
];
const eNav = ['Essays', 'Ideas', 'Videos', 'Podcasts', 'Newsletters', 'Donate'];
const eTopics = ['Philosophy', 'Meaning & the good life', 'Work'];
const eRel = ['Why boredom is good for the soul', 'The craft of paying attention', 'Against the optimised life'];
const eFoot = ['About', 'Partners', 'People', 'Contact', 'RSS Feed', 'Privacy Policy', 'Terms and Conditions'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle} | Eon Essays</title>
<meta name="description" content="${eDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="Eon">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${eTitle}","author":{"@type":"Person",
"name":"Marguerite Osei"},
"datePublished":"2026-02-27"}</script></head>
<body><div id="__next"><header class="sc-f0a1a7b5-0 hZpDqc"><a href="/" class="sc-f0a1a7b5-1 kLxQxV" aria-label="Eon home">Eon</a>
<nav class="sc-f0a1a7b5-2 bWpqTm"><ul>${links(eNav, 'sc-f0a1a7b5-3 cQNtWm')}</ul></nav>
<a class="sc-f0a1a7b5-4" href="/newsletter">Sign up to our newsletter</a></header>
<main><article class="sc-a9c1e8e2-0 dnhXQe"><header class="sc-a9c1e8e2-1 jvKdwL"><div class="sc-7d0f2b4a-0 lbGvyO">
<a href="/essays" class="sc-7d0f2b4a-1">Essay</a><span>/</span><a href="/philosophy">Philosophy</a></div>
<h1 class="sc-a9c1e8e2-2 gaPDCf">${eTitle}</h1><div class="sc-a9c1e8e2-3 ebTLQN"><p>${eDek}</p></div>
<figure class="sc-38c9a5f1-0"><img alt="Scaffolding on an old church tower" src="https://images.eon.example/scaffold.jpg">
<figcaption class="sc-38c9a5f1-1"><span>Scaffolding on the west tower, 1931.</span><span class="sc-38c9a5f1-2">Photo by Ferro Archive</span></figcaption>
</figure>
<div class="sc-2b8e4a3d-0 hUmnIB"><div class="sc-2b8e4a3d-1"><a href="/users/marguerite-osei" class="sc-2b8e4a3d-2">Marguerite Osei</a>
<p class="sc-2b8e4a3d-3">is a lecturer in moral philosophy at the University of Lowmere. Her latest book is <em>Ordinary Goods</em>.</p></div>
<div class="sc-2b8e4a3d-4"><span>Edited by Cosmo Hadley</span></div></div>
<div class="sc-9f3e1c2b-0 fXwLrN"><time datetime="2026-02-27">27 February 2026</time><span>2,400 words</span></div>
<div class="sc-5c1e2f7a-0 share-bar"><button>Listen to this essay</button><button>Save</button><button>Share</button>
<a href="/syndication">Syndicate this essay</a></div></header>
<div class="article__body sc-c1a2b3d4-0 kvOqQT"><div class="has-dropcap">
${ps(eP1)}
<h2>${eHeads[0]}</h2>
${ps(eP2)}
<blockquote class="pullquote"><p>${eQuote}</p></blockquote>
<h2>${eHeads[1]}</h2>
${ps(eP3)}</div></div>
<div class="sc-d8e4f5a6-0 topic-list"><span>Topics:</span><ul>${links(eTopics)}</ul></div>
<div class="sc-4a5b6c7d-0 donate-ask"><h3>Eon is not-for-profit and free for everyone</h3>
<p>Make a donation to keep our essays free for readers everywhere.</p><a href="/donate">Support Eon</a></div></article>
<section class="sc-3e4f5a6b-0 related-essays"><h2>Related essays</h2><ul>${links(eRel)}</ul></section></main>
<footer class="sc-1d2e3f4a-0"><ul>${links(eFoot)}</ul><p>© Eon Media Group Ltd. 2012-2026.</p></footer></div></body></html>`;
const aeon: TestPage = {
  name: 'heldout261-aeon-essay-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([eDek, ...eP1, ...eP2, eQuote, ...eP3]),
  bylines: ['Marguerite Osei', 'Edited by Cosmo Hadley', '27 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Sign up to our newsletter', 'Essay', 'Scaffolding on the west tower, 1931.', 'Photo by Ferro Archive',
    'is a lecturer in moral philosophy at the University of Lowmere. Her latest book is Ordinary Goods.', '2,400 words', 'Listen to this essay', 'Save',
    'Share', 'Syndicate this essay', 'Topics:', ...eTopics, 'Eon is not-for-profit and free for everyone',
    'Make a donation to keep our essays free for readers everywhere.', 'Support Eon', 'Related essays', ...eRel, ...eFoot, '© Eon Media Group Ltd. 2012-2026.',
  ],
};

export const HELDOUT261_C: readonly TestPage[] = [slate, aeon];

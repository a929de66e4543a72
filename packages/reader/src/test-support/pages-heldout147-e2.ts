import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file e2: a Quanta Magazine mathematics news article on its WordPress + Vue templates (the header with
 * the section nav, "Search" and the newsletter toggle, the lower-case kicker, headline, excerpt, the byline with the
 * writer's role and date, the sticky sidebar with "Share this article", "Copied!" and the newsletter box, the lead art
 * caption and attribution, a "Related:" list inside the text, an inline figure, "Next article", the comments section with
 * its moderation notice and two reader comments, "Also in Mathematics" and the footer).
 */
const quTitle = 'A Graph-Coloring Puzzle From 1983 Is Finally Solved';
const quDek =
  'Two mathematicians have shown that a simple-sounding rule about coloring networks holds in every case, ending a 40-year search for a counterexample.';
const quP1 = paras(`
In 1983, the Danish mathematician Aksel Halberg added a short question to the end of a paper about coloring networks. Take any network
— a collection of points, some of them joined by lines — in which no point is connected to more than three others. Color the points so
that no two connected points share a color, and so that, around every point, the neighbors satisfy a stricter condition he called
“local distinctness.” How many colors do you need?

Halberg could prove that six colors were always enough. He guessed that five would do. “It seemed to me almost obvious,” he wrote,
“and I expect a short proof will soon be found.”

It was not. For four decades, the gap between five and six stayed open. Graduate students tried it as a warm-up and gave up.
Computer searches checked every network with up to 30 points and found no case that needed six colors, but that was no proof: the
counterexample, if it existed, might simply be enormous.`);
const quRelated = [
  'Mathematicians Find a New Way to Color Infinite Maps',
  'A Century-Old Question About Map Coloring Gets a Surprising Answer',
  'How a Computer Helped Settle the Happy Ending Problem',
];
const quP2 = paras(`
Now, in a paper posted online in February, Maya Okonkwo-Reyes of the University of Toronto and Tobias Engqvist of Uppsala
University have proved that Halberg was right. Five colors always suffice.

“It’s one of those problems that everybody in the area has tried for a weekend,” said Sunita Raman, a combinatorialist at Princeton
University who was not involved in the work. “To see it actually fall is a real pleasure.”

The proof follows a strategy that goes back to the famous four-color theorem for maps. Suppose a counterexample exists, and take the
smallest one. Okonkwo-Reyes and Engqvist showed that this smallest counterexample would have to contain at least one of 212 small
patterns of points and lines. Then they showed that each of those patterns can be “reduced” — cut out and replaced with something
smaller — in a way that would produce an even smaller counterexample. Since the smallest one cannot have a smaller one, no
counterexample can exist at all.

The hard part was the reductions. Many of the 212 patterns resisted the standard technique, which involves swapping two colors along
a chain of points. The pair found a way to swap colors along several chains at once, keeping track of how the swaps interact. “For a
long time we thought the interactions would be a disaster,” Engqvist said. “Then one afternoon we realized they mostly cancel out.”`);
const quP3 = paras(`
The argument runs to 74 pages, and a computer program checks that every one of the 212 patterns really can be reduced. Two other
groups have already rerun the program independently, and a team at Carnegie Mellon University has started translating the proof into
the Lean proof assistant, which would allow a computer to verify every logical step.

The result may also be useful outside pure mathematics. Coloring problems like Halberg’s show up whenever nearby things need to be
kept distinct, from assigning radio frequencies to cell towers to scheduling exams so that no student has two at once.

Halberg, who is now 81 and retired, learned of the proof when Okonkwo-Reyes sent him an email with the paper attached. He replied the
same day. “He said he was delighted,” she said, “and a little embarrassed about the word ‘soon.’”`);
const quNav = ['Physics', 'Mathematics', 'Biology', 'Computer Science', 'Topics', 'Archive'];
const quSide = ['Share this article', 'Copied!', 'Newsletter', 'Get Quanta Magazine delivered to your inbox', 'Subscribe now', 'Recent newsletters'];
const quLeadCap = 'A five-coloring of a small network in which each point has at most three neighbors.';
const quLeadAttr = 'Wren Castellano/Quanta Magazine';
const quFigCap = 'Maya Okonkwo-Reyes (left) and Tobias Engqvist spent four years on the proof.';
const quFigAttr = 'Courtesy of Maya Okonkwo-Reyes; Mikael Sjöberg';
const quNext = ['Next article', 'Why Some Infinities Are Bigger Than Others, Revisited'];
const quModeration =
  'Quanta Magazine moderates comments to facilitate an informed, substantive, civil conversation. Abusive, profane, self-promotional, misleading, ' +
  'incoherent or off-topic comments will be rejected.';
const quComments = [
  ['Harriet Lowe', 'March 14, 2025', 'Wonderful story. I tried this problem in graduate school in the 1990s and still remember the feeling of being stuck.'],
  ['Deepak N.', 'March 15, 2025', 'Is the computer part of the proof checkable by hand, at least in principle, or is it too large?'],
] as const;
const quAlso = ['Also in Mathematics', 'New Proof Shows How Randomness Hides in Prime Numbers', 'The Simple Shape That Took 60 Years to Tile'];
const quFoot = ['About Quanta', 'Archive', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Simons Foundation'];
const quFootText = ['All Rights Reserved © 2025', 'An editorially independent publication supported by the Simons Foundation.'];
const quRt = (a: readonly string[]): string =>
  `<div class="post__content__section"><div class="rich-text">${a.map((p) => `<p>${p}</p>`).join('\n')}</div></div>`;
const quHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Graph-Coloring Puzzle From 1983 Is Finally Solved | Quanta Magazine</title>
<meta name="description" content="${quDek}"><meta property="og:site_name" content="Quanta Magazine"><meta property="og:type" content="article">
<meta property="og:title" content="${quTitle}"><meta name="author" content="Elliot Kavanagh"><meta property="article:section" content="Mathematics">
<link rel="canonical" href="https://www.quantamagazine.org/a-graph-coloring-puzzle-from-1983-is-finally-solved-20250313/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${quTitle}",
"datePublished":"2025-03-13T10:15:00+00:00",
"author":{"@type":"Person","name":"Elliot Kavanagh"},"articleSection":["combinatorics","graph theory","Mathematics"],
"publisher":{"@type":"Organization","name":"Quanta Magazine"}}]}</script>
<link rel="stylesheet" href="https://www.quantamagazine.org/wp-content/themes/quanta2024/frontend/styles/app.css?ver=2.3.8">
<script>window.__INITIAL_STATE__ = {"post":{"id":153221,"type":"post","section":"mathematics"},"theme":"mathematics"};</script></head>
<body class="post-template-default single single-post theme--mathematics"><div id="app">
<header class="site-header fixed z4 bg-white"><div class="site-header__container flex"><a class="site-header__logo" href="/">
<span class="screen-reader-text">Quanta Magazine</span><svg aria-hidden="true"></svg></a>
<nav class="site-header__nav" aria-label="Sections"><ul class="flex">${links(quNav, 'site-header__nav-item')}</ul></nav>
<div class="site-header__tools"><button class="site-header__search" aria-label="Search">Search</button>
<button class="site-header__newsletter" aria-label="Newsletter">Newsletter</button></div></div></header>
<main id="main" class="post"><div class="post__title pt4 theme__bg"><div class="container">
<div class="post__title__kicker"><a class="kicker theme__accent-color h6 caps" href="/tag/combinatorics/">combinatorics</a></div>
<h1 class="post__title__title mv025 noe">${quTitle}</h1>
<div class="post__title__excerpt wide"><p>${quDek}</p></div>
<div class="post__title__author-date flex"><div class="byline"><a class="byline__author theme__link" href="/authors/elliot-kavanagh/">By Elliot Kavanagh</a>
<span class="byline__role">Contributing Writer</span></div><div class="post__title__date"><time datetime="2025-03-13">March 13, 2025</time></div></div>
</div></div>
<div class="post__image-block"><figure class="post__image">
<img alt="" src="https://www.quantamagazine.org/wp-content/uploads/2025/03/GraphColoring-crMerrill.webp">
<figcaption class="post__image__caption"><div class="caption"><p>${quLeadCap}</p></div><div class="attribution"><p>${quLeadAttr}</p></div></figcaption>
</figure></div>
<div class="post__content flex container"><aside class="post__sidebar sticky" aria-label="Article tools">
<div class="post__sidebar__share"><p class="h6 caps">${quSide[0]}</p><button class="copy-link">Copy link</button>
<span class="copy-link__done" hidden>${quSide[1]}</span>
</div><div class="post__sidebar__newsletter"><h6 class="caps">${quSide[2]}</h6><p>${quSide[3]}</p>
<a class="button theme__bg" href="/newsletter">${quSide[4]}</a><a class="h6" href="/newsletter-archive">${quSide[5]}</a></div></aside>
<div class="post__content__body">
${quRt(quP1)}
<div class="post__content__section"><div class="post__related pv2"><h5 class="post__related__title caps">Related:</h5><ol class="post__related__list">
${lis(
  quRelated.map((t, i) => `<a class="theme__link" href="/related-${i}/">${t}</a>`),
  'post__related__item',
)}</ol></div></div>
${quRt(quP2.slice(0, 3))}
<div class="post__content__section"><figure class="block-image"><img alt="" src="https://www.quantamagazine.org/wp-content/uploads/2025/03/Okonkwo-Reyes.webp">
<figcaption><div class="caption"><p>${quFigCap}</p></div><div class="attribution"><p>${quFigAttr}</p></div></figcaption></figure></div>
${quRt(quP2.slice(3))}
${quRt(quP3)}
</div></div>
<section class="post__footer container"><div class="next-post"><p class="h6 caps">${quNext[0]}</p><a href="/why-some-infinities/">
<h2>${quNext[1]}</h2></a></div>
<div class="comments" id="comments"><h2 class="comments__title">Comment on this article</h2><p class="comments__moderation">${quModeration}</p>
<ul class="comments__list">${quComments
  .map(
    (c) => `<li class="comment"><div class="comment__meta"><span class="comment__author">${c[0]}</span><span class="comment__date">${c[1]}</span></div>
<p class="comment__text">${c[2]}</p><button class="comment__reply">Reply</button></li>`,
  )
  .join('\n')}</ul></div></section>
<section class="also-in container"><h2 class="also-in__title">${quAlso[0]}</h2><ul>${links(quAlso.slice(1), 'also-in__card')}</ul></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(quFoot, 'site-footer__item')}</ul>
<p class="site-footer__copy">${quFootText[0]}</p><p class="site-footer__mission">${quFootText[1]}</p></footer></div>
<script src="https://www.quantamagazine.org/wp-content/themes/quanta2024/frontend/scripts/app.js?ver=2.3.8" defer></script></body></html>`;
export const quanta: TestPage = {
  html: quHtml,
  name: 'heldout147-quanta-news',
  kind: 'news',
  // the excerpt is body; the "Related:" list inside the text, kicker, writer's role, sidebar, caption, attribution, next
  // article, comments (a news page's reader comments, with their names and dates), rails and footer are furniture
  title: quTitle,
  headings: [],
  body: [quDek, ...texts(quP1), ...texts(quP2), ...texts(quP3)],
  bylines: ['By Elliot Kavanagh', 'March 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...quNav, 'Search', 'combinatorics', 'Contributing Writer', ...quSide, 'Copy link', quLeadCap, quLeadAttr, 'Related:', ...quRelated,
    quFigCap, quFigAttr, ...quNext, 'Comment on this article', quModeration, ...quComments.flat(), 'Reply', ...quAlso, ...quFoot.filter((t) => t !== 'Archive'),
    ...quFootText,
  ],
};

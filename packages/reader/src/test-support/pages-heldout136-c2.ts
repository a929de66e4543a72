import { links, type TestPage, texts } from './page-kit.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file c2: a Slate article on its Clay CMS template (the site header with section links, "Sign In" and
 * the Slate Plus button, the top ad with its "Advertisement" label, the rubric, headline, dek, byline and dateline, the social
 * share links, the top image credit, "slate-paragraph" grafs with data-uri attributes, "slate-subhead" h2s, inline ads, the
 * in-article newsletter sign-up, the Slate Plus promo at the end, the comments button, the "More from Slate" rail and the
 * footer with the Graham Holdings line).
 */
const sTitle = 'A School Board Race Almost Nobody Voted In Just Changed How an Entire County Teaches Reading';
const sDek = 'Turnout was 9 percent. The consequences will reach 40,000 children.';
const sP1 = paras(`
When voters in Harwell County went to the polls this month, most of them were thinking about a bond issue for a new jail and a
hotly contested race for sheriff. Very few of them, it turns out, were thinking about the county school board. In the three
seats that were up for election, turnout in the board races was just 9 percent of registered voters, about a third of the
turnout for sheriff on the same ballot.

That small group of voters has now decided something that will shape the education of more than 40,000 children. At its first
meeting last week, the new board voted 5–2 to drop the district’s reading curriculum, adopted only three years ago, and replace
it with a program built around phonics and structured practice in decoding words.
`);
const sH1 = 'How it happened';
const sP2 = paras(`
The three winning candidates ran as a slate, with a shared website and a single promise: to “teach every child to read.” They
were backed by a parents’ group, Read Harwell, that formed two years ago after the district’s own figures showed that fewer than
half of third graders were reading at grade level.

Their opponents, two incumbents and a retired principal, ran separately and mostly on their records. Several told me they did
not realize the election would turn on reading until it was too late. “We were talking about buildings and bus routes,” said
one of them, Lorraine Achebe, who lost by 212 votes. “They were talking about kids who couldn’t read. Honestly, they were right to.”
`);
const sH2 = 'What comes next';
const sP3 = paras(`
The switch will not be cheap or quick. New materials for every elementary school will cost about $3.1 million, and the district
plans to retrain more than 900 teachers over the next eighteen months. Some teachers welcome the change; others say they are
tired of whiplash from a board that changes course with each election.

There is good evidence that systematic phonics helps young readers, especially those who struggle. But the research is also
clear that a curriculum is only as good as the training and time that come with it. Harwell’s last switch, in 2022, was rushed
and poorly supported, which is part of why its results were so disappointing.

The bigger lesson may be about the elections themselves. School board races are where some of the most consequential decisions
in American life are made, and they are decided by tiny electorates. In Harwell, about 11,000 people chose the reading program
for 40,000 children. The rest of the county may want to show up next time.
`);
const sNav = ['News & Politics', 'Culture', 'Technology', 'Business', 'Advice', 'Podcasts', 'Slate Plus'];
const sShare = ['Share on Facebook', 'Share on X', 'Email', 'Copy link', 'Comments'];
const sCredit = 'Photo illustration by Slate. Photos by Getty Images Plus.';
const sNews = ['Get the best of news and politics', 'Sign up for Slate’s evening newsletter.', 'Email address', 'Sign up'];
const sPlus = paras(`
Slate is published with the support of our members. Join Slate Plus to support our work and get ad-free podcasts and more.

Join Slate Plus
`);
const sMore = items(`
The Quiet Collapse of the Local Newspaper Endorsement
Why Your Kid’s Math Homework Looks So Different Now
The Case Against Grading on Effort
Everything You Need to Know About Next Week’s Primaries
`);
const sFoot = items(`
About Us
Work With Us
Contact Us
Send Us Tips
Pitch Guidelines
Corrections
Commerce Disclosure
User Agreement
Privacy Policy
AdChoices
Accessibility
`);
const sCopy = 'Slate is published by The Slate Group, a Graham Holdings Company. All contents © 2025 The Slate Group LLC. All rights reserved.';
let g = 0;
const grafs = (a: readonly string[]): string =>
  a
    .map(
      (p) => `<p class="slate-paragraph slate-graf" data-word-count="${p.split(' ').length}"
data-uri="slate.com/_components/slate-paragraph/instances/cm3h8q${++g}x0000ab12@published">${p}</p>`,
    )
    .join('\n');
const ad = (n: number): string => `<div class="slate-ad slate-ad--inline" data-uri="slate.com/_components/slate-ad/instances/inline${n}@published">
<div class="slate-ad__label">Advertisement</div><div id="div-gpt-ad-inline${n}" class="slate-ad__slot"></div></div>`;
const sub = (t: string): string => `<h2 class="slate-subhead" data-uri="slate.com/_components/slate-subhead/instances/cm3h8${t.length}@published">${t}</h2>`;
const sHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${sTitle}</title><meta name="description" content="${sDek}">
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="Slate"><meta property="og:type" content="article">
<link rel="canonical" href="https://slate.com/news-and-politics/2025/11/harwell-county-school-board-election-reading-curriculum.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${sTitle}","description":"${sDek}",
"author":[{"@type":"Person","name":"Nadia Fairbrother"}],"datePublished":"2025-11-13T18:45:00.000Z",
"publisher":{"@type":"Organization","name":"Slate"}}</script>
<script>window.slateAds = {"pageType":"article","section":"news-and-politics","tags":["education","elections"]};</script>
<link rel="stylesheet" href="https://compass.graphics/slate/css/article.8a2f1c.css"></head>
<body class="article-page" data-uri="slate.com/_pages/cm3h8q0@published"><div class="slate-site-header" data-uri="slate.com/_components/site-header">
<a class="slate-site-header__skip" href="#main">Skip to main content</a><a href="/" class="slate-site-header__logo"><span class="sr-only">Slate</span></a>
<nav class="slate-site-header__nav" aria-label="Sections"><ul>${links(sNav, 'slate-site-header__nav-item')}</ul></nav>
<div class="slate-site-header__actions"><a href="/account/sign-in" class="slate-site-header__sign-in">Sign In</a>
<a href="/plus/join" class="slate-site-header__plus">Join Slate Plus</a></div></div>
<div class="slate-ad slate-ad--top"><div class="slate-ad__label">Advertisement</div><div id="div-gpt-ad-top" class="slate-ad__slot"></div></div>
<main id="main" class="main"><article class="article" data-uri="slate.com/_components/article/instances/cm3h8q0@published">
<header class="article__header"><div class="article__rubric"><a class="article__rubric-link" href="/news-and-politics/education">Education</a></div>
<h1 class="article__hed">${sTitle}</h1><h2 class="article__dek">${sDek}</h2>
<div class="article__byline"><span class="article__byline-author">By <a class="article__byline-author-name"
href="/author/nadia-fairbrother">Nadia Fairbrother</a></span><time class="article__dateline" datetime="2025-11-13T13:45:00-05:00">Nov 13, 2025 1:45 PM</time>
</div><div class="social-share" data-uri="slate.com/_components/social-share/instances/article">
${sShare.map((t) => `<a class="social-share__link" href="#share" aria-label="${t}"><span class="social-share__text">${t}</span></a>`).join('\n')}</div>
<figure class="article__top-image"><img src="https://compote.slate.com/images/harwell.jpg?crop=1560%2C1040" alt="A stack of reading workbooks">
<figcaption class="article__top-image-credit image__credit">${sCredit}</figcaption></figure></header>
<div class="article__content" data-uri="slate.com/_components/article/instances/cm3h8q0@published#content">
${grafs(sP1)}
${ad(1)}
${sub(sH1)}
${grafs(sP2)}
<aside class="newsletter-signup newsletter-signup--inline" data-uri="slate.com/_components/newsletter-signup/instances/in-article">
<p class="newsletter-signup__title">${sNews[0]}</p><p class="newsletter-signup__description">${sNews[1]}</p><form class="newsletter-signup__form">
<label class="sr-only" for="nl-email">${sNews[2]}</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit">${sNews[3]}</button>
</form></aside>
${sub(sH2)}
${grafs(sP3.slice(0, 2))}
${ad(2)}
${grafs(sP3.slice(2))}
</div><footer class="article__footer"><div class="slate-plus-promo"><p class="slate-plus-promo__text">${sPlus[0]}</p>
<a class="slate-plus-promo__button" href="/plus/join?ref=article-footer">${sPlus[1]}</a></div>
<button class="article__comments-button" type="button">Comments</button></footer></article>
<section class="recirc recirc--more-from-slate"><h2 class="recirc__title">More from Slate</h2><ul>${links(sMore, 'recirc__item')}</ul></section></main>
<footer class="slate-site-footer"><ul class="slate-site-footer__links">${links(sFoot)}</ul><p class="slate-site-footer__copyright">${sCopy}</p></footer>
<script src="https://compass.graphics/slate/js/article.8a2f1c.js" defer></script></body></html>`;
export const slateArticle: TestPage = {
  name: 'heldout136-slate-article',
  kind: 'news',
  // the dek is body; the rubric, share links, image credit, ad labels, the inline newsletter box and the Slate Plus promo at
  // the end of the article are furniture
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2],
  body: [sDek, ...texts(sP1), ...texts(sP2), ...texts(sP3)],
  bylines: ['By Nadia Fairbrother', 'Nov 13, 2025 1:45 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Slate', ...sNav, 'Sign In', 'Join Slate Plus', 'Advertisement', 'Education', ...sShare, sCredit, ...sNews, ...sPlus,
    'More from Slate', ...sMore, ...sFoot, sCopy,
  ]),
};

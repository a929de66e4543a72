import { links, ps, type TestPage, texts } from './page-kit.js';
import { pressBlogPost } from './pages-heldout194-f2.js';

/**
 * Held-out batch 194, file f: a Believer magazine interview (WordPress theme: the menu with "Subscribe" and "Store", the issue
 * label, the "Interviews" category, the "An Interview with" title, the portrait illustration with its credit, the house-style
 * opening list of things, the "Interviewed by" line, the introduction, the roman-numbered section headings, the question and
 * answer paragraphs with bold speaker labels, the share links and "Buy this issue", the "More from this issue" list, the
 * subscribe box and the footer) and, from file f2, a university press blog post.
 */
const blTitle = 'An Interview with Leontyne Ash';
const blListHead = 'Things Leontyne Ash keeps within reach of her desk:';
const blList = [
  'A jar of sea glass from a beach that no longer exists',
  'Her grandmother’s hymnal, with the hymns she disliked crossed out',
  'A stopwatch',
  'Eleven unanswered letters',
];
const blIntro = [
  `Leontyne Ash’s novels are crowded with houses. In Ferrylight (2017), a family spends three generations adding rooms to a
cottage on a tidal island until it becomes a kind of village. In her new book, The Lodger’s Almanac, the house is a boarding
hotel in a fading resort town, and its residents are the only people left who remember what the town was for.`,
  `We spoke over two long afternoons in her kitchen in Port Alden, with the radio on low and a kettle that she refilled every
forty minutes, exactly, as if keeping time.`,
];
const blH1 = 'I. “A HOUSE IS A SENTENCE”';
const blQA1 = [
  `<strong>THE BELIEVER:</strong> Every one of your books is built around a single building. Where does that come from?`,
  `<strong>LEONTYNE ASH:</strong> I grew up in a house that was always being changed. My father couldn’t leave a wall alone. So I
learned very early that a house is not a fixed thing. It’s more like a sentence that keeps getting revised, and you can read the
history of a family in what got added and what got taken out.`,
  `<strong>BLVR:</strong> Do you draw the buildings before you write them?`,
  `<strong>LA:</strong> Always. I have floor plans for every book, with the furniture drawn in. I need to know how long it takes
someone to walk from the kitchen to the front door, because that’s how long they have to change their mind.`,
];
const blH2 = 'II. THE STOPWATCH';
const blQA2 = [
  `<strong>BLVR:</strong> Tell me about the stopwatch on your desk.`,
  `<strong>LA:</strong> I time my characters. If someone is waiting for a phone call, I sit and wait with them for as long as they
would wait. It’s excruciating. But you learn what a person actually does with twelve minutes of dread: they wipe the counter,
they open the fridge and close it again. You can’t invent that. You have to sit through it.`,
  `<strong>BLVR:</strong> That seems like it would make for very slow writing.`,
  `<strong>LA:</strong> It does! The Lodger’s Almanac took nine years. But I think readers can feel the difference between time that
was imagined and time that was lived through, even on the page.`,
];
const blH3 = 'III. UNANSWERED LETTERS';
const blQA3 = [
  `<strong>BLVR:</strong> And the eleven letters?`,
  `<strong>LA:</strong> Letters from readers that I haven’t been able to answer yet, because they deserve a proper answer and I
don’t have one. One is from a man who says he lived in the hotel I describe, which doesn’t exist. I believe him. I just don’t
know what to say to him.`,
];
const blIllo = 'Illustration by Pell Hardin';
const blNav = ['Current Issue', 'Archive', 'Columns', 'Interviews', 'Fiction', 'Poetry', 'Events'];
const blTop = ['Subscribe', 'Store', 'Log In'];
const blMore = ['More from this issue', 'Sedentary Pursuits: Notes on the Armchair', 'Reading Bingo for the Long Winter', 'An Interview with Tobias Greave'];
const blSub = ['Subscribe to the Believer', 'Six issues a year of essays, interviews, comics and more, delivered to your door.', 'Subscribe now'];
const blShare = ['Share', 'Facebook', 'X', 'Email', 'Buy this issue'];
const blFoot = ['About', 'Masthead', 'Submissions', 'Advertising', 'Contact', 'Privacy', '© 2025 The Believer'];
const blHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An Interview with Leontyne Ash - The Believer</title><meta name="description" content="Leontyne Ash on houses, stopwatches and unanswered letters.">
<meta property="og:type" content="article"><meta property="og:title" content="${blTitle}"><meta property="og:site_name" content="The Believer">
<link rel="canonical" href="https://www.thebeliever.net/an-interview-with-leontyne-ash/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${blTitle}","datePublished":"2025-10-01T10:00:00-07:00",
"author":{"@type":"Person","name":"Ivy Castellanos"},"publisher":{"@type":"Organization","name":"The Believer"}}</script>
<link rel="stylesheet" id="believer-style-css" href="https://www.thebeliever.net/wp-content/themes/believer/style.css?ver=1.9.3" media="all"></head>
<body class="post-template-default single single-post postid-139881 category-interviews">
<header class="site-header"><div class="site-header__top">${blTop
  .map(
    (t) => `<a class="site-header__top-link"
href="/${t.toLowerCase().replace(' ', '-')}/">${t}</a>`,
  )
  .join('')}
</div><a class="site-header__logo" href="https://www.thebeliever.net/"><img src="/wp-content/themes/believer/img/believer-logo.svg" alt="The Believer"></a>
<nav class="site-nav" aria-label="Primary"><ul>${links(blNav, 'menu-item')}</ul></nav></header>
<main class="site-main"><article class="post post--interview">
<header class="post__header"><p class="post__issue"><a href="/issue/156/">Issue 156</a> | <span>Winter 2025</span></p>
<p class="post__category"><a href="/category/interviews/">Interviews</a></p><h1 class="post__title">${blTitle}</h1></header>
<figure class="post__illustration"><img src="https://www.thebeliever.net/wp-content/uploads/2025/09/ash.jpg" alt=""><figcaption>${blIllo}</figcaption></figure>
<div class="post__content entry-content">
<p><em>${blListHead}</em></p>
<ul class="interview-list">${blList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p class="post__byline">Interviewed by <a href="/author/ivy-castellanos/">Ivy Castellanos</a></p>
${ps(blIntro)}
<h3>${blH1}</h3>
${ps(blQA1)}
<h3>${blH2}</h3>
${ps(blQA2)}
<h3>${blH3}</h3>
${ps(blQA3)}
</div>
<p class="post__date">Published October 1, 2025</p>
<div class="post__share">${blShare
  .slice(0, 4)
  .map((t, n) => (n === 0 ? `<span>${t}</span>` : `<a class="share-${t.toLowerCase()}" href="#">${t}</a>`))
  .join('')}<a class="post__buy button" href="/shop/issue-156/">${blShare[4]}</a></div></article>
<aside class="more-from-issue"><h2>${blMore[0]}</h2><ul>${blMore
  .slice(1)
  .map((t) => `<li><a href="#"><h3>${t}</h3></a></li>`)
  .join('')}</ul></aside>
<section class="subscribe-promo"><h2>${blSub[0]}</h2><p>${blSub[1]}</p><a class="button" href="/subscribe/">${blSub[2]}</a></section></main>
<footer class="site-footer"><ul>${links(blFoot.slice(0, 6))}</ul><p>${blFoot[6]}</p></footer>
<script src="https://www.thebeliever.net/wp-content/themes/believer/js/site.js?ver=1.9.3"></script></body></html>`;
const believer: TestPage = {
  html: blHtml,
  name: 'heldout194-believer-interview',
  kind: 'blog',
  // the opening list (its lead-in line and items), the introduction and the question and answer paragraphs are body, the
  // bold speaker labels part of their paragraphs; the roman-numbered section titles are the headings; "Interviewed by" and
  // the date are bylines; issue label, category, illustration credit, "More from this issue", subscribe box, menus and
  // footer are furniture ("About" in the footer is left out: a word of a short question)
  title: blTitle,
  headings: [blH1, blH2, blH3],
  body: texts([blListHead, ...blList, ...blIntro, ...blQA1, ...blQA2, ...blQA3]),
  bylines: ['Interviewed by Ivy Castellanos', 'Published October 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...blTop, ...blNav, 'Issue 156', 'Winter 2025', blIllo, ...blShare, ...blMore, ...blSub, ...blFoot.filter((t) => t !== 'About'),
  ],
};

export const HELDOUT194_F: readonly TestPage[] = [believer, pressBlogPost];

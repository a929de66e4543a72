import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 32, file e2: a Slate article in its Future Tense channel (Slate's Clay-built template: data-uri component
 * attributes, the header with "Slate Plus" and "Sign In", section nav, the rubric, hed, the dek as an h2, byline and date,
 * the share tools, the lead image caption and credit, "slate-paragraph" grafs with word counts, an inline "Read More" item,
 * the Slate Plus ask, the Future Tense partnership note at the end, author bio, topic tags, the evening newsletter box,
 * comments with commenters and times, "More From Slate", the footer and JSON-LD).
 */
const slTitle = 'I Let an App Plan My Family’s Meals for a Month. The Grocery Bill Was the Least of It.';
const slDek = 'The promise of A.I. meal planning is that it takes a chore off your plate. It took something else, too.';
const slBody = [
  'The pitch was irresistible to someone who has spent the past eleven years answering the question “What’s for dinner?” at ' +
    'roughly 4:45 every afternoon. Tell the app what your family eats, what you hate, how much time you have and what you want ' +
    'to spend, and it will write a week of dinners, a shopping list sorted by aisle, and even a prep schedule for Sunday.',
  'So in October, I handed it over. My husband and I have two kids, ages 9 and 13, one of whom considers any visible onion a ' +
    'personal attack. I told the app all of this. I told it we could spend $180 a week and that I had 40 minutes on weeknights.',
  'The first week was genuinely impressive. The app suggested a sheet-pan chicken with chickpeas, a lentil soup that the ' +
    'onion-averse child ate without comment because the onions had been blended, and a Friday pizza night with dough made ' +
    'on Wednesday. The list was accurate. I came in $11 under budget.',
  'By the third week, though, a pattern had emerged. The app had learned which meals we rated highly and began serving them back ' +
    'to us with small variations. Sheet-pan chicken became sheet-pan sausage became sheet-pan tofu. Everything was fine. Nothing ' +
    'was anyone’s favorite. My younger son, who used to ask to help cook, stopped coming into the kitchen, because there was ' +
    'nothing to decide.',
  'That was the part I hadn’t anticipated. Meal planning is a chore, but it is also one of the few places where a family ' +
    'negotiates its tastes out loud. When my daughter lobbied for her grandmother’s stew, or my husband insisted on trying a ' +
    'recipe he saw on a cooking show, those were small arguments about who we were. The app settled them before anyone could ' +
    'have them.',
  'In fairness, the software did what it promised. It saved me perhaps two hours a week and about $25 in wasted food. A ' +
    'spokesperson for the company told me that users can turn on an “adventurous” mode that introduces more unfamiliar dishes, ' +
    'which I had not found in the settings.',
  'After the month ended, we went back to the old way, more or less. I still use the shopping list feature. But on Sundays, we ' +
    'sit at the table with a notebook and fight about dinner, and it turns out I missed that.',
];
const slReadMore = 'Grocery Apps Know What You’re Going to Buy Before You Do';
const slNav = ['News & Politics', 'Culture', 'Technology', 'Business', 'Advice', 'Podcasts', 'Slate Plus'];
const slPlus =
  'Slate is published with the support of advertisers and readers. If you enjoy our work, join Slate Plus to keep reading ' + 'and support our writers.';
const slFt =
  'Future Tense is a partnership of Slate, New America, and Arizona State University that looks at emerging technologies, ' + 'public policy, and society.';
const slBio = 'Gretchen Allard is a writer in Minneapolis who covers food and family life.';
const slTags = ['Future Tense', 'Artificial Intelligence', 'Food', 'Parenting'];
const slComments: [string, string, string][] = [
  ['kitchen_philosopher', '2h ago', 'We tried one of these and my kids revolted by week two. Glad it isn’t just us.'],
  ['MaraL', '1h ago', 'The adventurous mode is buried three menus deep. That says a lot about who it was designed for.'],
];
const slMoreFrom = ['The Case Against the Smart Fridge', 'Why Recipe Blogs Got So Long', 'My Robot Vacuum Knows Too Much'];
const slFoot = ['About Us', 'Work With Us', 'Contact Us', 'Pitch Guidelines', 'Advertise', 'User Agreement', 'Privacy Policy', 'AdChoices'];
const slP = (t: string, i: number): string =>
  `<p class="slate-paragraph slate-graf" data-word-count="${t.split(' ').length}" ` +
  `data-uri="slate.com/_components/slate-paragraph/instances/clx${i}@published">${t}</p>`;
const slComment = ([u, t, c]: [string, string, string]): string =>
  `<div class="comment"><span class="comment__user">${u}</span> <span class="comment__time">${t}</span><p>${c}</p></div>`;
const slHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${slTitle}</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${slTitle}","author":[{"@type":"Person",
"name":"Gretchen Allard"}],"datePublished":"2026-01-23T10:45:00.000Z","articleSection":"Technology"}</script></head>
<body class="article-page"><div class="layout" data-uri="slate.com/_layouts/layout-nav-bar/instances/article@published">
<header class="top-nav"><a class="top-nav__logo" href="/">Slate</a><nav class="top-nav__sections"><ul>${links(slNav, 'top-nav__item')}</ul></nav>
<a class="top-nav__signin" href="/signin">Sign In</a></header>
<main><article class="article" data-uri="slate.com/_components/article/instances/clx9a2k1p000@published">
<header class="article__header"><div class="article__rubric"><a href="/technology/future-tense">Future Tense</a></div>
<h1 class="article__hed">${slTitle}</h1><h2 class="article__dek">${slDek}</h2>
<div class="article__byline"><span class="article__byline-prefix">By</span> <a class="author" href="/author/gretchen-allard">Gretchen Allard</a></div>
<time class="article__dateline" datetime="2026-01-23T10:45:00.000Z">Jan 23, 2026 5:45 AM</time>
<div class="social-share" data-uri="slate.com/_components/social-share/instances/article@published"><a class="social-share__link" href="#">
<span class="sr-only">Share on Facebook</span></a><a class="social-share__link" href="#"><span class="sr-only">Share on Bluesky</span></a>
<a class="social-share__link" href="#"><span class="sr-only">Share via Email</span></a><button class="social-share__comments">Comments</button></div></header>
<figure class="article__image"><img src="https://compote.slate.com/images/meal-app.jpg" alt=""><figcaption><span class="image__caption">Dinner,
decided by software. </span><span class="image__credit">Photo illustration by Slate. Photos by Getty Images Plus.</span></figcaption></figure>
<section class="article__content">
${slBody.slice(0, 3).map(slP).join('\n')}
<aside class="in-article-recirc"><span class="in-article-recirc__label">Read More</span><a href="/technology/2025/grocery-apps">${slReadMore}</a></aside>
${slBody
  .slice(3, 5)
  .map((t, i) => slP(t, i + 3))
  .join('\n')}
<div class="slate-plus-ask"><p>${slPlus}</p><a href="/plus">Join Slate Plus</a></div>
${slBody
  .slice(5)
  .map((t, i) => slP(t, i + 5))
  .join('\n')}
<p class="slate-paragraph slate-graf future-tense-note"><em>${slFt}</em></p>
<p class="article__bio"><em>${slBio}</em></p></section>
<div class="article__topics"><ul>${links(slTags, 'article__topic')}</ul></div></article>
<aside class="newsletter-signup"><h3>Sign up for Slate’s evening newsletter.</h3><input type="email" aria-label="Email address">
<button>Sign Up</button></aside>
<section class="comments" id="comments"><h2>Comments</h2><p class="comments__login">Sign in to join the conversation.</p>
${slComments.map(slComment).join('\n')}
</section><section class="more-from"><h2>More From Slate</h2><ul>${links(slMoreFrom)}</ul></section></main>
<footer class="footer"><ul>${links(slFoot)}</ul><p>Slate is published by The Slate Group, a Graham Holdings Company. All contents © 2026 The Slate Group LLC.
All rights reserved.</p></footer></div></body></html>`;
export const slateArticle: TestPage = {
  html: slHtml,
  name: 'heldout32-slate-article',
  kind: 'news',
  // the dek (an h2 under the hed) is body; the essay has no section heads; the name and date are bylines, and the italic bio
  // line at the end too; the Future Tense partnership note is a paragraph of the article's own markup but a channel boilerplate:
  // furniture; the rubric and tag "Future Tense" (once), share labels, caption and credit, the inline "Read More" item, the
  // Slate Plus ask, the tags, newsletter box, the comments (reader comments on a news site: their names and times too), "More
  // From Slate", nav and footer are furniture; the tag "Food" is a body word: left out
  title: slTitle,
  headings: [],
  body: [slDek, ...texts(slBody)],
  bylines: ['Gretchen Allard', 'Jan 23, 2026 5:45 AM', slBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slate', ...slNav, 'Sign In', 'Future Tense', 'Share on Facebook', 'Share on Bluesky', 'Share via Email', 'Dinner, decided by software.',
    'Photo illustration by Slate. Photos by Getty Images Plus.', 'Read More', slReadMore, slPlus, 'Join Slate Plus', slFt,
    'Artificial Intelligence', 'Parenting', 'Sign up for Slate’s evening newsletter.', 'Sign Up', 'Comments', 'Sign in to join the conversation.',
    ...slComments.flat(), 'More From Slate', ...slMoreFrom, ...slFoot,
    'Slate is published by The Slate Group, a Graham Holdings Company. All contents © 2026 The Slate Group LLC. All rights reserved.',
  ],
};

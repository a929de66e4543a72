import { links, ps, type TestPage, texts } from './page-kit.js';
import { sbArticle } from './pages-heldout191-d2.js';

/**
 * Held-out batch 191, file d: an Inc. magazine expert column (the header with the Inc. section menu and "Subscribe", the
 * "EXPERT OPINION" and section labels, the upper-case byline with the columnist's title and handle, the date, the image
 * credit, "Advertisement" slots inside the text, the "Inc. Best Workplaces" promo, the columnist disclaimer at the foot
 * of the column, the "Most Popular" rail, the newsletter box and the footer) and, from file d2, a strategy+business
 * article.
 */
const title = 'I Stopped Giving My Team Annual Goals. Here’s What Happened';
const dek = 'Quarterly goals sounded like more work. They turned out to be the best management change I have made.';
const p1 = [
  'For the first eight years of running my company, I set annual goals the way most founders do. In January, we picked five big ' +
    'numbers. By April, two of them were irrelevant. By September, nobody could remember what the fifth one was.',
  'Two years ago I scrapped the annual list. Now each of our 34 employees sets no more than three goals per quarter, agreed with ' +
    'their manager in the first week and reviewed in the last.',
] as const;
const h1 = 'Shorter horizons, better conversations';
const p2 = [
  'The biggest change was not in the goals themselves but in the conversations around them. When a goal lasts 12 weeks, a manager ' +
    'and an employee have a real reason to talk about it at least every few weeks. With annual goals, those conversations tended ' +
    'to happen twice: once when the goal was set and once when it was missed.',
  'Quarterly goals also made it easier to say no. When a new idea came up in the middle of a quarter, the question became, ' +
    '“Which of your three goals does this replace?” Usually the answer was none, and the idea waited.',
] as const;
const h2 = 'What I would do differently';
const p3 = ['It was not all smooth. If you try this, learn from our mistakes:'] as const;
const list = [
  'Keep a small number of yearly company priorities, so quarterly goals still point in the same direction.',
  'Do not tie bonuses to individual quarterly goals. People started picking easy ones.',
  'Write goals down in one shared place. We lost a full quarter to scattered documents.',
] as const;
const p4 = [
  'Our revenue has grown 41 percent since we made the switch, though I would not credit goals alone for that. What I can say is ' +
    'that people at my company now know what they are supposed to be working on, and why. For a small business, that is worth a lot.',
  'If you run a team of any size, try it for two quarters before you judge it. The first one will feel awkward. The second is ' +
    'where you find out whether your people have been waiting for permission to focus.',
] as const;
const nav = ['Leadership', 'Technology', 'Money', 'Growth', 'Inc. 5000', 'Best Workplaces', 'Female Founders', 'Inc. Masters'] as const;
const labels = ['EXPERT OPINION', 'LEADERSHIP'] as const;
const byline = 'BY DANA WHITFIELD, FOUNDER AND CEO, LANTERN & OAK @DANAWHITFIELD';
const date = 'MAY 8, 2025';
const credit = 'Illustration: Inc.; Photo: Getty Images';
const promo = ['Inc. Best Workplaces', 'Apply to be recognized as one of Inc.’s Best Workplaces of 2025.', 'Apply Now'] as const;
const disclaimer = 'The opinions expressed here by Inc.com columnists are their own, not those of Inc.com.';
const popular = [
  'Most Popular',
  'The One Question Great Leaders Ask Every Week',
  'Why Your Startup Needs a Chief of Staff',
  '3 Signs You Are Micromanaging',
] as const;
const nl = ['Inc. Today', 'The essential guide to the news that matters for business owners.', 'Sign Up', 'Email Address'] as const;
const foot = ['About', 'Advertise', 'Contact', 'Careers', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information', 'Sitemap'] as const;
const copy = 'Copyright © 2025 Mansueto Ventures LLC. All rights reserved.';
const ad = (id: string): string =>
  `<div class="ad-slot ad-slot--in-content" data-ad-unit="${id}"><p class="ad-slot__label">Advertisement</p><div id="${id}"></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Inc.com</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:site_name" content="Inc.com"><meta property="og:title" content="${title}">
<meta name="author" content="Dana Whitfield"><link rel="canonical" href="https://www.inc.com/dana-whitfield/i-stopped-giving-my-team-annual-goals/91185522">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-05-08T07:30:00-04:00",
"author":{"@type":"Person","name":"Dana Whitfield","jobTitle":"Founder and CEO, Lantern & Oak"},"publisher":{"@type":"Organization","name":"Inc."}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script src="https://www.inc.com/_next/static/chunks/pages/_app.js" defer></script>
</head><body><div id="__next">
<header class="Header_header__aX91"><a class="Header_logo__k2Q" href="/" aria-label="Inc."></a><nav class="Header_nav__9Lm" aria-label="Sections">
<ul>${links(nav, 'Header_navItem__p1')}</ul></nav><a class="Header_subscribe__T5" href="/subscribe">Subscribe</a>
<button class="Header_search__u8" aria-label="Search"></button></header>
${ad('top-leaderboard')}
<main class="ArticlePage_main__Vd2"><article class="ArticlePage_article__1Zx">
<div class="ArticleHeader_labels__Rr"><span class="ArticleHeader_expert__B1">${labels[0]}</span>
<a class="ArticleHeader_section__x7" href="/leadership">${labels[1]}</a></div>
<h1 class="ArticleHeader_headline__Ht">${title}</h1><h2 class="ArticleHeader_dek__p4">${dek}</h2>
<div class="ArticleHeader_byline__oQ"><a href="/author/dana-whitfield">${byline.replace('&', '&amp;')}</a></div>
<time class="ArticleHeader_date__Yn" datetime="2025-05-08">${date}</time>
<figure class="ArticleHeader_image__Sg"><img src="https://img-cdn.inc.example/image/upload/goals.jpg" alt="">
<figcaption class="ArticleHeader_credit__F2">${credit}</figcaption></figure>
<div class="ArticleBody_body__Lk">
${ps(p1)}
${ad('in-content-1')}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ad('in-content-2')}
${ps(p4)}
</div>
<aside class="Promo_bestWorkplaces__Cc"><h3>${promo[0]}</h3><p>${promo[1]}</p><a href="/best-workplaces/apply">${promo[2]}</a></aside>
<p class="ArticleBody_disclaimer__Qe"><em>${disclaimer}</em></p>
</article>
<aside class="MostPopular_rail__Z3"><h3>${popular[0]}</h3><ol>${links(popular.slice(1))}</ol></aside></main>
<section class="Newsletter_box__Hd"><h3>${nl[0]}</h3><p>${nl[1]}</p><label for="nl">${nl[3]}</label><input id="nl" type="email">
<button>${nl[2]}</button></section>
<footer class="Footer_footer__b3"><ul>${links(foot)}</ul><p>${copy}</p></footer></div>
</body></html>`;
const inc: TestPage = {
  html,
  name: 'heldout191-inc-column',
  kind: 'news',
  title,
  headings: [h1, h2],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(list), ...texts(p4)],
  bylines: [byline, date],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Subscribe', 'Advertisement', ...labels, credit, ...promo, disclaimer, ...popular, ...nl, ...foot, copy,
  ],
};

export const HELDOUT191_D: readonly TestPage[] = [inc, sbArticle];

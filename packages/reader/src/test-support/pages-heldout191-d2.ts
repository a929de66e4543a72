import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 191, file d2: a strategy+business article (the PwC-published s+b header with its topic menu and
 * "Subscribe", the topic eyebrow, the dek, the byline and date, the photo credit, a highlighted "Takeaways" box placed
 * before the text, the author bio, the "Topics" tags, the newsletter box, the "More from strategy+business" rail, the
 * cookie notice and the PwC network footer).
 */
const title = 'Why good strategies die in the handoff';
const dek = 'Executive teams spend months crafting strategy and days explaining it. The gap between the two is where execution fails.';
const takeH = 'Takeaways';
const take = [
  'Most strategies are communicated as goals, not as choices about what the company will stop doing.',
  'Middle managers need the reasoning behind a strategy, not just its conclusions.',
  'A short “strategy translation” session for each unit can close much of the gap.',
] as const;
const p1 = [
  'Ask the leadership team of almost any large company to describe its strategy, and you will hear a fluent, confident answer. ' +
    'Ask the same question three levels down, and the answers begin to diverge. By the time you reach the front line, people ' +
    'often describe a list of initiatives rather than a strategy.',
  'Over the past two years, I have interviewed 96 managers at 11 companies about how they learned of their organization’s ' +
    'latest strategy. Most heard about it first in a town hall or an all-hands email. Few could say what the company had ' +
    'decided not to do.',
] as const;
const h1 = 'Goals are not choices';
const p2 = [
  'A strategy is a set of choices: where to compete, how to win, and what to give up. But when strategies travel down an ' +
    'organization, they tend to be stripped back to their goals, such as growth rates, margins, and market share. The choices ' +
    'that gave those goals meaning get lost along the way.',
  'At one industrial supplier I studied, the executive team had decided to exit low-margin spare-parts contracts in order to ' +
    'focus on service agreements. Two years later, regional sales teams were still bidding for the same contracts, because their ' +
    'targets rewarded revenue of any kind.',
] as const;
const h2 = 'Translate, then delegate';
const p3 = [
  'The companies in my sample that executed well shared a simple practice. After the strategy was set, each business unit held ' +
    'a half-day session in which its leaders worked out what the strategy meant for their own decisions. They wrote down three ' +
    'things they would start doing, three they would stop, and the measures that would tell them whether it was working.',
  'These sessions took little time, yet managers who had attended one were far more likely to describe the company’s strategy ' +
    'in terms of choices rather than targets. They were also more likely to say they felt able to turn down work that did ' +
    'not fit.',
  'Strategy, in other words, is not finished when the board approves it. It is finished when the people who have to carry it out ' +
    'can explain what it asks them to give up.',
] as const;
const nav = ['Leadership', 'Strategy', 'Organizations & People', 'Tech & Innovation', 'Sustainability', 'Magazine', 'Podcasts'] as const;
const eyebrow = 'Strategy';
const byline = 'by Oren Castellanos';
const date = 'May 12, 2025';
const credit = 'Photograph by Ilse Brandt';
const bio = 'Oren Castellanos is a contributing editor of strategy+business and a lecturer in strategy at the Westford Business School.';
const tags = ['Topics', 'Strategy execution', 'Communication', 'Middle management'] as const;
const nl = ['Get s+b’s award-winning newsletter delivered to your inbox.', 'Sign up now'] as const;
const more = [
  'More from strategy+business',
  'The CEO’s guide to fewer priorities',
  'What makes a capability distinctive?',
  'Stop planning in annual cycles',
] as const;
const cookie = ['This site uses cookies to collect information about your browsing activities.', 'Accept', 'Cookie settings'] as const;
const foot = ['About us', 'Contact us', 'Privacy', 'Cookie policy', 'Legal notices', 'Site map'] as const;
const legal =
  'strategy+business is published by certain member firms of the PwC network. Articles published in strategy+business do ' +
  'not necessarily represent the views of the PwC member firms.';
const copy = '© 2025 PwC. All rights reserved.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:site_name" content="strategy+business"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://www.strategy-business.com/article/Why-good-strategies-die-in-the-handoff">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2025-05-12",
"author":{"@type":"Person","name":"Oren Castellanos"},"publisher":{"@type":"Organization","name":"strategy+business"}}</script>
<script src="https://www.strategy-business.com/etc.clientlibs/sb/clientlibs/site.min.js" defer></script></head>
<body class="page-article">
<div class="cookie-notice" id="cookie-notice" role="region" aria-label="Cookie notice"><p>${cookie[0]}</p><button class="btn-accept">${cookie[1]}</button>
<a href="/cookies">${cookie[2]}</a></div>
<header class="sb-header"><a class="sb-header__logo" href="/" aria-label="strategy+business home"></a><nav class="sb-nav" aria-label="Topics">
<ul>${links(nav, 'sb-nav__item')}</ul></nav><a class="sb-header__subscribe" href="/newsletters">Subscribe</a></header>
<main><article class="sb-article"><header class="sb-article__header"><a class="sb-article__eyebrow" href="/strategy">${eyebrow}</a>
<h1 class="sb-article__title">${title}</h1><p class="sb-article__dek">${dek}</p>
<div class="sb-article__byline"><span class="author">${byline}</span><time class="date" datetime="2025-05-12">${date}</time></div></header>
<figure class="sb-article__image"><img src="https://www.strategy-business.com/content/dam/sb/articles/2025/handoff.jpg" alt="">
<figcaption class="credit">${credit}</figcaption></figure>
<div class="sb-article__body">
<div class="sb-highlight"><h3>${takeH}</h3><ul>${take.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
</div>
<div class="sb-article__author-bio"><p><em>${bio}</em></p></div>
<div class="sb-article__tags"><span>${tags[0]}</span><ul>${links(tags.slice(1))}</ul></div></article>
<section class="sb-newsletter"><p>${nl[0]}</p><a class="btn" href="/newsletters">${nl[1]}</a></section>
<section class="sb-more"><h2>${more[0]}</h2><ul>${links(more.slice(1))}</ul></section></main>
<footer class="sb-footer"><ul>${links(foot)}</ul><p class="sb-footer__legal">${legal}</p><p>${copy}</p></footer>
</body></html>`;
export const sbArticle: TestPage = {
  html,
  name: 'heldout191-strategy-business-article',
  kind: 'news',
  title,
  headings: [takeH, h1, h2],
  body: [dek, ...texts(take), ...texts(p1), ...texts(p2), ...texts(p3)],
  bylines: [byline, date],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, ...nav, 'Subscribe', credit, bio, ...tags, ...nl, ...more, ...foot, legal, copy,
  ],
};

import { links, ps, type TestPage, texts } from './page-kit.js';
import { gartnerRelease } from './pages-heldout191-b2.js';

/**
 * Held-out batch 191, file b: a Fast Company article (top bar with "Subscribe" and "Newsletters", the section nav, the
 * date-and-section eyebrow, the dek, the byline with the read time, the bracketed photo credit, an "ADVERTISEMENT" slot
 * and a Brands That Matter promo inside the article text, the "About the author" block, the "Explore Topics" tags, the
 * "Most Popular" rail, the newsletter signup and the footer) and, from file b2, a Gartner newsroom press release.
 */
const title = 'The quiet return of the middle manager';
const dek = 'After two years of delayering, some companies are rehiring the managers they cut. Here’s what they learned.';
const p1 = [
  'When Brightwater Analytics removed an entire layer of management in early 2023, the software firm’s leaders called it a move toward ' +
    'a flatter, faster company. Team leads who had managed six people suddenly managed 19. Directors took on the coaching and hiring ' +
    'the departed managers had done.',
  'Eighteen months later, Brightwater quietly posted 40 new “team lead” roles. “We did not get faster,” says Imani Okafor, its chief ' +
    'people officer. “We got slower, and people were exhausted.”',
  'Brightwater is not alone. Recruiters at three staffing firms told me that requests for first-line managers have risen steadily ' +
    'since the start of the year, especially in operations and customer support.',
] as const;
const h1 = 'What went missing';
const p2 = [
  'The work that middle managers do is easy to overlook because much of it is invisible when it goes well. They translate strategy ' +
    'into weekly priorities, spot the employee who is about to quit, and settle disputes before they reach a director’s inbox.',
  'At Halvorsen Foods, a regional grocery distributor, the cut in managers coincided with a 30% rise in customer complaints about late ' +
    'deliveries. Nobody had been assigned the small daily job of checking whether the night shift’s problems had been passed on to the day shift.',
] as const;
const h2 = 'Rehiring, but differently';
const p3 = ['The companies bringing managers back say they are not simply restoring the old structure. Several have narrowed the role:'] as const;
const list = [
  'Smaller teams, typically six to nine people, so managers can coach rather than just approve.',
  'Fewer reporting duties, with dashboards replacing the weekly status deck.',
  'Explicit time for hiring and onboarding, which had fallen to already stretched directors.',
] as const;
const p4 = [
  'Okafor says the new team leads at Brightwater spend a fixed half-day each week in one-on-ones, protected from meetings. ' +
    'Voluntary attrition in teams with a lead has fallen by a third since the roles were filled.',
  'None of this means delayering was always a mistake. But the companies reversing course suggest that the savings on paper were ' +
    'often paid for later, in turnover and in work nobody noticed until it stopped getting done.',
] as const;
const top = ['Subscribe', 'Newsletters', 'Sign In'] as const;
const nav = ['Tech', 'Innovation', 'Work Life', 'Leadership', 'Design', 'Impact', 'Video', 'Podcasts', 'Events'] as const;
const credit = '[Photo: Lukas Brenner/Unsplash]';
const promo = 'Recognize your brand’s excellence by applying to this year’s Brands That Matter Awards before the final deadline, June 6.';
const about = [
  'ABOUT THE AUTHOR',
  'Rachel Okonjo is a contributing writer at Fast Company covering work, management, and the future of the office.',
  'More',
] as const;
const tags = ['Explore Topics', 'Management', 'Layoffs', 'Workplace'] as const;
const popular = [
  'Why your best employees are quietly job hunting',
  'The 4 words that make any meeting shorter',
  'This startup wants to replace the performance review',
  'How one CEO cut her email in half',
] as const;
const nl = ['Subscribe to the Daily newsletter.', 'Fast Company’s trending stories delivered to you every day', 'SIGN UP', 'Privacy Policy'] as const;
const foot = ['About Us', 'Advertise', 'Careers', 'Contact', 'Privacy Policy', 'Terms', 'Notice of Collection', 'Do Not Sell My Data', 'Permissions'] as const;
const copy = '© 2025 Mansueto Ventures, LLC';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - Fast Company</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:title" content="${title}"><meta property="article:section" content="Work Life">
<meta name="author" content="Rachel Okonjo"><link rel="canonical" href="https://www.fastcompany.com/91327744/quiet-return-of-the-middle-manager">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","description":"${dek}",
"datePublished":"2025-05-07T09:00:00-04:00","author":[{"@type":"Person","name":"Rachel Okonjo"}],
"publisher":{"@type":"Organization","name":"Fast Company"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>window.__INITIAL_STATE__={"post":{"id":91327744}};</script></head>
<body class="post-page"><div id="root"><div class="page-wrapper">
<div class="top-bar"><a class="top-bar__logo" href="/" aria-label="Fast Company"><svg aria-hidden="true"></svg></a>
<ul class="top-bar__links">${links(top, 'top-bar__link')}</ul></div>
<nav class="section-nav" aria-label="Sections"><ul>${links(nav, 'section-nav__item')}</ul></nav>
<div class="ad-container ad-container--leaderboard"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-top" data-slot="top"></div></div>
<main class="post"><article class="post__article" data-post-id="91327744">
<header class="post__header"><div class="post__eyebrow"><time datetime="2025-05-07">05-07-2025</time><span class="divider">|</span>
<a href="/work-life">Work Life</a></div><h1 class="post__title">${title}</h1><h2 class="post__deck">${dek}</h2>
<div class="post__byline"><span class="byline">By <a href="/user/rachel-okonjo">Rachel Okonjo</a></span>
<span class="post__read-time">4 minute read</span></div></header>
<figure class="post__featured-image"><img src="https://images.fastcompany.example/image/upload/middle-manager.jpg" alt="">
<figcaption class="image-caption"><span class="credit">${credit}</span></figcaption></figure>
<div class="post__body body-copy" data-testid="post-body">
${ps(p1)}
<div class="ad-container ad-container--inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-inline-1"></div></div>
<h2>${h1}</h2>
${ps(p2)}
<div class="brands-that-matter-promo" data-module="promo"><p class="promo__text"><strong>${promo}</strong></p></div>
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
</div>
<section class="post__author-bio"><h3 class="author-bio__label">${about[0]}</h3><p>${about[1]}</p><a href="/user/rachel-okonjo">${about[2]}</a></section>
<div class="post__tags"><h4>${tags[0]}</h4><ul>${links(tags.slice(1), 'tag')}</ul></div>
</article>
<aside class="most-popular"><h3>Most Popular</h3><ol>${links(popular, 'most-popular__item')}</ol></aside>
</main>
<section class="newsletter-module"><h3>${nl[0]}</h3><p>${nl[1]}</p><form><input type="email" placeholder="Your email">
<button type="submit">${nl[2]}</button></form><a href="/privacy-policy">${nl[3]}</a></section>
<footer class="site-footer"><ul>${links(foot, 'site-footer__item')}</ul><p class="site-footer__copy">${copy}</p></footer>
</div></div></body></html>`;
const fastCompany: TestPage = {
  html,
  name: 'heldout191-fastcompany-article',
  kind: 'news',
  title,
  headings: [h1, h2],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(list), ...texts(p4)],
  bylines: ['05-07-2025', 'By Rachel Okonjo', '4 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...top, ...nav, 'ADVERTISEMENT', credit, promo, ...about, ...tags, 'Most Popular', ...popular, ...nl, ...foot, copy,
  ],
};

export const HELDOUT191_B: readonly TestPage[] = [fastCompany, gartnerRelease];

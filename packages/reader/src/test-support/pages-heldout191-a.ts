import { links, ps, type TestPage, texts } from './page-kit.js';
import { mckinseyArticle } from './pages-heldout191-a2.js';

/**
 * Held-out batch 191, file a: a Harvard Business Review article (global header with the "Latest" / "Magazine" menu,
 * "Subscribe" and "Sign In", the topic label, the dek, the byline and date, the share/save/print/"Buy Copies" toolbar,
 * the lead image credit, a "Further Reading" card set inside the article body, the metered-paywall notice, "Read more on"
 * topic links, the author bios, the "Recommended For You" rail, the newsletter box, the "Partner Center" list and the
 * footer) and, from file a2, a McKinsey Insights article.
 */
const title = 'When Your Best Manager Asks to Go Part-Time';
const dek =
  'Saying no can cost you the person. Saying yes without a plan can cost you the team. ' + 'Here’s how leaders at three companies made reduced hours work.';
const p1 = [
  'Last spring, the head of customer operations at a midsize logistics firm we studied asked her boss for a four-day week. ' +
    'She had run the 60-person team for six years, her engagement scores were the best in the company, and she had two job offers in hand. ' +
    'Her manager’s first reaction, he later told us, was panic: “I thought, the whole department runs through her calendar.”',
  'He is not alone. In a survey of 1,140 senior managers that we conducted across North America and Northern Europe, 38% said ' +
    'they would consider moving to reduced hours in the next three years if they could keep their role. Only 9% believed their employer ' +
    'would say yes. That gap is a retention risk most organizations have not priced in.',
] as const;
const h1 = 'Why the Default Answer Is No';
const p2 = [
  'When we interviewed the executives who had turned such requests down, their reasons were remarkably consistent. They worried about ' +
    'decisions stalling on the day off, about signaling to others that leadership could be part-time, and about fairness to peers who ' +
    'still worked full weeks.',
  'Yet when we looked at the 41 cases in our sample where the request had been granted, stalled decisions were rare. What predicted ' +
    'trouble was not the reduced schedule itself but the absence of a clear redesign of the role around it.',
] as const;
const h2 = 'Redesign the Role, Not Just the Hours';
const p3 = ['The managers whose arrangements lasted more than a year had done three things before their first short week:'] as const;
const list = [
  'They named a deputy with real decision rights for the off day, and told the team which decisions those were.',
  'They cut or handed off at least one standing commitment, usually a recurring meeting they chaired out of habit.',
  'They agreed on a review date, typically after six months, at which either side could change the arrangement.',
] as const;
const p4 = [
  'At Corvane Health, a regional clinic network, the operations director who moved to 32 hours handed her weekly budget review to ' +
    'a senior analyst. Within a quarter the analyst was running it alone, and the company had a successor it had not planned for.',
] as const;
const h3 = 'What Leaders Can Do Now';
const p5 = [
  'Start by treating a request for reduced hours as a design problem rather than a favor. Ask what the role must deliver, which parts ' +
    'only this person can do, and which parts have simply accumulated over time.',
  'Then make the arrangement visible. The fairness concerns we heard were almost always about secrecy, not about the schedule. ' +
    'When teams knew the plan and the review date, resentment faded quickly.',
  'Finally, watch the deputy. In our data, the person who covers the missing day is the most likely to burn out, and the most likely to ' +
    'be overlooked for the promotion the experience has prepared them for.',
] as const;
const nav = ['Latest', 'Magazine', 'Topics', 'Podcasts', 'Video', 'Store', 'The Big Idea', 'Data & Visuals', 'Case Selections'] as const;
const tools = ['Post', 'Share', 'Save', 'Print', 'Buy Copies'] as const;
const further = ['Further Reading', 'The Case for Job Sharing at the Top', 'Managing a Team You Only See Three Days a Week'] as const;
const paywall = ['You have 1 free article left this month.', 'Subscribe for unlimited access.'] as const;
const readMore = ['Managing people', 'Flexible work', 'Succession planning', 'Retention'] as const;
const bios = [
  'Priya Ramaswamy is an associate professor of organizational behavior at the Fenmoor School of Management.',
  'Tobias Lindqvist is a senior research fellow at the Halden Institute for Work and Society.',
] as const;
const recs = [
  'How to Tell Your Boss You’re Burned Out',
  'The Hidden Costs of the Always-On Deputy',
  'Stop Rewarding Managers for Heroics',
  'Why Flexible Work Fails Without Clear Decision Rights',
] as const;
const news = ['Leadership & Managing People', 'A weekly roundup of our best ideas on leading teams.', 'Sign Up'] as const;
const partner = ['Partner Center', 'Start my subscription!'] as const;
const foot = ['About Us', 'Careers', 'Privacy Policy', 'Cookie Policy', 'Copyright Information', 'Trademark Policy', 'Terms of Use'] as const;
const footHelp = ['Customer Service', 'Help Center', 'Contact Us', 'Manage My Account'] as const;
const copy = 'Copyright © 2025 Harvard Business School Publishing. All rights reserved.';
const credit = 'Illustration by Mara Feldt';
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harvard Business Review"><meta property="og:title" content="${title}">
<meta name="parsely-metadata" content='{"topic":"Managing people","content_type":"Digital Article"}'><meta name="citation_author" content="Priya Ramaswamy">
<link rel="canonical" href="https://hbr.org/2025/05/when-your-best-manager-asks-to-go-part-time">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-05-06T12:05:00Z",
"author":[{"@type":"Person","name":"Priya Ramaswamy"},{"@type":"Person","name":"Tobias Lindqvist"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-body"}}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"article","topic":"managing-people"});</script>
<script src="https://hbr.org/resources/js/app.bundle.js" defer></script><link rel="stylesheet" href="https://hbr.org/resources/css/main.css"></head>
<body class="article-page digital-article">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="global-header" role="banner"><div class="global-header__inner"><a class="global-header__logo" href="/" aria-label="Harvard Business Review Home">
<svg class="logo" aria-hidden="true"></svg></a><nav class="global-nav" aria-label="Main">
<ul class="global-nav__list">${links(nav, 'global-nav__item')}</ul></nav>
<div class="global-header__actions"><a class="btn btn--subscribe" href="/subscriptions">Subscribe</a><a class="sign-in" href="/sign-in">Sign In</a>
<button class="search-toggle" aria-label="Search"><svg aria-hidden="true"></svg></button></div></div></header>
<main id="main"><article class="article article-first-row" data-article-type="digital-article">
<div class="article-header"><div class="topic"><a class="topic__link" href="/topic/subject/managing-people">Managing people</a></div>
<h1 class="article-hed">${title}</h1><p class="article-dek">${dek}</p>
<div class="article-byline"><span class="byline-label">by </span><a class="byline-author" href="/search?term=priya%20ramaswamy">Priya Ramaswamy</a>
<span class="and"> and </span><a class="byline-author" href="/search?term=tobias%20lindqvist">Tobias Lindqvist</a></div>
<div class="pub-date"><time datetime="2025-05-06">May 06, 2025</time></div></div>
<div class="article-toolbar" role="toolbar" aria-label="Article tools"><ul class="share-tools">
${tools
  .map(
    (t) => `<li><button class="share-tools__btn" data-action="${t.toLowerCase()}"><svg aria-hidden="true"></svg>
<span class="label">${t}</span></button></li>`,
  )
  .join('\n')}
</ul></div>
<figure class="article-hero"><img src="https://hbr.org/resources/images/article_assets/2025/05/part-time.jpg" alt="">
<figcaption class="article-hero__credit">${credit}</figcaption></figure>
<div class="article-body standard-content" data-paywall="metered">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<aside class="further-reading" aria-label="Further Reading"><h4 class="further-reading__label">${further[0]}</h4><ul>
<li class="further-reading__item"><a href="/2024/02/job-sharing"><h5>${further[1]}</h5></a><span class="type">Article</span></li>
<li class="further-reading__item"><a href="/2023/11/three-days"><h5>${further[2]}</h5></a><span class="type">Article</span></li></ul></aside>
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
<h2>${h3}</h2>
${ps(p5)}
</div>
<div class="paywall-notice" role="region" aria-label="Subscription notice"><p class="paywall-notice__count">${paywall[0]}</p>
<a class="paywall-notice__cta" href="/subscriptions">${paywall[1]}</a></div>
<div class="read-more-on"><span class="read-more-on__label">Read more on</span> <a href="/topic/subject/managing-people">Managing people</a>
<span> or related topics </span><ul class="related-topics">${links(readMore.slice(1), 'related-topics__item')}</ul></div>
<section class="author-bios"><ul>${bios.map((b) => `<li class="author-bio"><p>${b}</p></li>`).join('\n')}</ul></section>
</article>
<aside class="recommended" aria-labelledby="rec-title"><h3 id="rec-title" class="recommended__title">Recommended For You</h3>
<ul class="recommended__list">${links(recs, 'recommended__item')}</ul></aside>
<section class="newsletter-signup"><h3>${news[0]}</h3><p>${news[1]}</p><form><label class="visually-hidden" for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit">${news[2]}</button></form></section>
<section class="partner-center"><h3>${partner[0]}</h3><a class="partner-center__cta" href="/subscriptions">${partner[1]}</a></section>
</main>
<footer class="global-footer"><div class="global-footer__explore"><h4>Explore HBR</h4><ul>${links(nav.slice(0, 4))}</ul></div>
<div class="global-footer__help"><h4>Support HBR</h4><ul>${links(footHelp)}</ul></div>
<ul class="global-footer__legal">${links(foot)}</ul><p class="global-footer__copy">${copy}</p></footer>
<div id="onetrust-consent-sdk" style="display:none"><div id="onetrust-banner-sdk">
<p id="onetrust-policy-text">We use cookies to personalize content and ads.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
</body></html>`;
const hbr: TestPage = {
  html,
  name: 'heldout191-hbr-article',
  kind: 'news',
  title,
  headings: [h1, h2, h3],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(list), ...texts(p4), ...texts(p5)],
  bylines: ['Priya Ramaswamy', 'Tobias Lindqvist', 'May 06, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Subscribe', 'Sign In', ...tools, credit, ...further, 'Article', ...paywall, 'Read more on', 'or related topics',
    ...readMore, ...bios, 'Recommended For You', ...recs, ...news, 'Email address', ...partner, 'Explore HBR', 'Support HBR', ...footHelp, ...foot, copy,
    'We use cookies to personalize content and ads.', 'Accept All Cookies',
  ],
};

export const HELDOUT191_A: readonly TestPage[] = [hbr, mckinseyArticle];

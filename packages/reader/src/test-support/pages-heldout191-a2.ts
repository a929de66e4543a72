import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 191, file a2: a McKinsey Insights article (OneTrust cookie banner, the global header with "Industries",
 * "Capabilities", "Featured Insights" and the hidden mega-menu, the article eyebrow and date, the author list, the
 * listen/share/save/download bar, exhibits with their titles, sources and credits, the "About the authors" block, the
 * "Explore a career with us" promo, the "Related Articles" cards and the footer).
 */
const title = 'Five questions boards should ask about the operating model';
const dek =
  'Most companies redesign their operating model every few years. Few get the returns they expect. ' +
  'Directors can change that by asking sharper questions early.';
const p1 = [
  'In our recent survey of 820 directors at listed companies, nearly two-thirds said their organization had launched an operating-model ' +
    'redesign in the past three years. Fewer than one in four said it had met its original objectives. The most common explanation, cited ' +
    'by 44 percent of respondents, was that the redesign had been framed as a structural exercise rather than a change in how decisions get made.',
  'Boards are well placed to catch that error before it becomes expensive. Below are five questions we have seen directors use to good effect.',
] as const;
const h1 = '1. Which decisions will be made differently?';
const p2 = [
  'An organization chart shows who reports to whom, not who decides what. Directors should ask management to name the ten to 15 ' +
    'decisions that matter most for value, such as pricing, capital allocation or product launches, and to say who will own each one after the change.',
] as const;
const h2 = '2. Where will the savings come from, exactly?';
const p3 = [
  'Redesigns are often justified by cost targets expressed as a share of overhead. In our experience, targets that are not tied to ' +
    'specific activities tend to be met by temporary hiring freezes and then quietly reversed within two years.',
] as const;
const h3 = '3. What happens to the middle?';
const p4 = [
  'Delayering is a frequent goal. It works when the remaining managers have fewer, clearer responsibilities, and fails when the same ' +
    'work is simply spread across fewer people. Boards can ask how spans of control will change and what work will stop.',
] as const;
const h4 = '4. How will we know it is working?';
const p5 = ['Leading indicators matter more than the final business case. We suggest boards track a short set of measures each quarter:'] as const;
const list = [
  'the time taken to make the ten most important decisions,',
  'the share of managers who say their decision rights are clear,',
  'voluntary attrition among high performers in affected units, and',
  'progress against the cost baseline, measured by activity rather than headcount.',
] as const;
const h5 = '5. Who owns the change after launch?';
const p6 = [
  'The most successful redesigns we studied had a single executive accountable for the new model for at least 18 months after ' +
    'launch. In companies where ownership passed back to individual business units on day one, old habits returned within a year.',
  'None of these questions requires directors to step into management’s role. Asked early, they make it far more likely that the ' +
    'next redesign is the last one for a while.',
] as const;
const ex = ['Exhibit 1', 'Fewer than one in four operating-model redesigns meet their original objectives.'] as const;
const exSrc = 'Source: 2025 survey of board directors, n = 820';
const exCredit = 'McKinsey & Company';
const nav = ['Industries', 'Capabilities', 'Featured Insights', 'Locations', 'Careers', 'About Us', 'McKinsey Blog'] as const;
const mega = ['Operations', 'Organization', 'Strategy & Corporate Finance', 'People & Organizational Performance'] as const;
const tools = ['Listen to this article', 'Share', 'Print', 'Download', 'Save'] as const;
const about = [
  'About the authors',
  'Helena Marsh is a senior partner in McKinsey’s Toronto office, where Dev Anand is a partner; ' +
    'Corinne Baptiste is an associate partner in the Paris office.',
  'The authors wish to thank Sven Aaltonen and Luisa Ferrer for their contributions to this article.',
] as const;
const careers = ['Explore a career with us', 'Search Openings'] as const;
const related = [
  'The state of organizations 2025',
  'Decision rights: The overlooked lever in reorganizations',
  'How boards can oversee transformation without micromanaging',
] as const;
const foot = [
  'Contact Us',
  'FAQ',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Preferences',
  'Accessibility Statement',
  'Local Language Information',
  'Sitemap',
] as const;
const cookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, ' +
    'and assist in our marketing efforts.',
  'Accept All Cookies',
  'Cookies Settings',
] as const;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | McKinsey</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:title" content="${title}"><meta name="authors-name" content="Helena Marsh">
<meta name="date" content="2025-04-22">
<link rel="canonical" href="https://www.mckinsey.com/capabilities/people-and-organizational-performance/our-insights/five-questions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2025-04-22",
"author":[{"@type":"Person","name":"Helena Marsh"},{"@type":"Person","name":"Dev Anand"},{"@type":"Person","name":"Corinne Baptiste"}],
"publisher":{"@type":"Organization","name":"McKinsey & Company"}}</script>
<script src="https://www.mckinsey.com/_next/static/chunks/main.js" defer></script><script>window.digitalData={page:{type:"article"}};</script></head>
<body><div id="__next">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${cookie[0]}</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${cookie[1]}</button>
<button id="onetrust-pc-btn-handler">${cookie[2]}</button></div></div>
<header class="mck-c-header" data-component="mdc-c-global-header"><a class="mck-c-header__logo" href="/" aria-label="McKinsey &amp; Company Home">
<svg aria-hidden="true"></svg></a><nav class="mck-c-nav" aria-label="Main menu"><ul class="mck-c-nav__list">${links(nav, 'mck-c-nav__item')}</ul>
<div class="mck-c-mega-menu" hidden><span class="mck-c-mega-menu__title">Capabilities</span><ul>${links(mega)}</ul></div></nav>
<div class="mck-c-header__utility"><button class="mck-c-search" aria-label="Search"></button><a href="/user-registration/login">Sign In</a>
<span aria-hidden="true">|</span><a href="/user-registration/register">Subscribe</a></div></header>
<main id="skipToMain"><article class="mck-o-container">
<div class="mck-c-article-hero"><div class="mck-c-eyebrow mdc-u-ts-10"><time datetime="2025-04-22">April 22, 2025</time> | Article</div>
<h1 class="mdc-c-heading___0fM1W mdc-u-ts-2">${title}</h1><p class="mck-c-description mdc-u-ts-6">${dek}</p>
<div class="mck-c-authors" data-component="mdc-c-byline"><span>By </span><a href="/our-people/helena-marsh">Helena Marsh</a>,
<a href="/our-people/dev-anand">Dev Anand</a>, and <a href="/our-people/corinne-baptiste">Corinne Baptiste</a></div></div>
<div class="mck-c-article-tools" role="toolbar">${tools
  .map(
    (t) => `<button class="mck-c-article-tools__btn" aria-label="${t}"><span>${t}</span>
</button>`,
  )
  .join('')}</div>
<div class="mck-o-md-center mck-c-article-body" data-component="mdc-c-article-body">
${ps(p1)}
<h2>${h1}</h2>${ps(p2)}
<h2>${h2}</h2>${ps(p3)}
<figure class="mck-c-exhibit"><div class="mck-c-exhibit__header"><span class="mck-c-exhibit__label">${ex[0]}</span>
<h3 class="mck-c-exhibit__title">${ex[1]}</h3></div><img src="https://www.mckinsey.com/~/media/exhibit1.svgz" alt="Bar chart of redesign outcomes">
<figcaption><p class="mck-c-exhibit__source">${exSrc}</p><p class="mck-c-exhibit__credit">${exCredit}</p></figcaption></figure>
<h2>${h3}</h2>${ps(p4)}
<h2>${h4}</h2>${ps(p5)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${h5}</h2>${ps(p6)}
</div>
<section class="mck-c-about-authors"><h2>${about[0]}</h2><p>${about[1]}</p><p>${about[2]}</p></section>
</article>
<section class="mck-c-careers-promo"><h2>${careers[0]}</h2><a class="mck-c-btn" href="/careers/search-jobs">${careers[1]}</a></section>
<section class="mck-c-related" aria-labelledby="related-h"><h2 id="related-h">Related Articles</h2><ul>
${related.map((t) => `<li class="mck-c-card"><span class="mck-c-card__eyebrow">Article</span><a href="/our-insights/x"><h3>${t}</h3></a></li>`).join('\n')}
</ul></section></main>
<footer class="mck-c-footer"><ul class="mck-c-footer__links">${links(foot)}</ul>
<p class="mck-c-footer__copy">© 1996-2025 McKinsey &amp; Company</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${title}"}}}}</script>
</body></html>`;
export const mckinseyArticle: TestPage = {
  html,
  name: 'heldout191-mckinsey-insights-article',
  kind: 'blog',
  title,
  headings: [h1, h2, h3, h4, h5],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4), ...texts(p5), ...texts(list), ...texts(p6)],
  bylines: ['April 22, 2025 | Article', 'By Helena Marsh, Dev Anand, and Corinne Baptiste'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, ...nav, ...mega, 'Sign In', 'Subscribe', ...tools, ...ex, exSrc, exCredit, ...about, ...careers, 'Related Articles', 'Article',
    ...related, ...foot, '© 1996-2025 McKinsey & Company',
  ],
};

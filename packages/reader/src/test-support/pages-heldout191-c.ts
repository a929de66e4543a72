import { links, ps, type TestPage, texts } from './page-kit.js';
import { sloanArticle } from './pages-heldout191-c2.js';

/**
 * Held-out batch 191, file c: a Deloitte Insights article (the Deloitte global header with the hidden region selector,
 * the Deloitte Insights sub-nav, the "ARTICLE" label and read time, the authors with their countries, the
 * share/download/save bar, a figure with its source line, a pull quote that repeats a sentence of the text, the endnotes,
 * the "Related" cards, the "Subscribe to receive related content" box, the cookie banner and the long legal footer)
 * and, from file c2, an MIT Sloan Management Review article.
 */
const title = 'Rethinking the annual budget: How finance leaders are moving to rolling forecasts';
const dek = 'Companies that replaced fixed annual budgets with rolling forecasts report faster decisions, but the switch demands more than new software.';
const p1 = [
  'For many organizations, the annual budget is a ritual that starts in the summer, ends just before the new year, and is out of date ' +
    'within weeks. In a survey of 610 chief financial officers that we conducted in late 2024, 58% said their budget no longer reflected ' +
    'business conditions by the end of the first quarter.',
  'A growing minority are doing something about it. About one in five respondents said their company had replaced, or was replacing, ' +
    'its fixed annual budget with a rolling forecast updated every quarter or more often.',
] as const;
const h1 = 'What changes with a rolling forecast';
const p2 = [
  'In a rolling forecast, the planning horizon moves forward with each update, so the company always looks four to six quarters ahead. ' +
    'Resources are allocated in smaller increments, and targets are separated from forecasts so that managers have less reason to ' +
    'pad their numbers.',
  'Respondents that had made the switch were more likely to say they could reallocate funds within a month of a major change in ' +
    'demand: 64%, compared with 29% of companies still using a fixed annual budget (figure 1).',
] as const;
const fig = ['Figure 1', 'Companies with rolling forecasts say they reallocate resources faster', 'Source: Deloitte 2024 CFO planning survey.'] as const;
const h2 = 'Where transitions stall';
const p3 = [
  'The finance leaders we interviewed described three common obstacles. The first is culture: business unit heads accustomed to ' +
    'negotiating a budget once a year may see more frequent reviews as a loss of control. The second is data, since a quarterly ' +
    'forecast is only as good as the operational drivers behind it. The third is incentives.',
  'As one CFO at a consumer goods company put it, “If bonuses are still tied to hitting an annual number, you will get an annual ' +
    'number, no matter how often you forecast.”',
] as const;
const pull = 'If bonuses are still tied to hitting an annual number, you will get an annual number, no matter how often you forecast.';
const h3 = 'Getting started';
const p4 = ['Based on our research, finance leaders considering the shift may want to:'] as const;
const list = [
  'Pilot the rolling forecast in one business unit with volatile demand before extending it.',
  'Identify the eight to 12 operational drivers that explain most of the variance in results.',
  'Decouple performance targets from forecasts, and revisit incentive plans at the same time.',
  'Shorten the forecasting cycle itself, so each update takes days rather than weeks.',
] as const;
const p5 = [
  'None of these steps is quick, and several of the companies we studied took two or three years to complete the transition. ' +
    'But most said they would not go back.',
] as const;
const topNav = ['Services', 'Industries', 'Insights', 'Careers', 'About'] as const;
const region = ['United States', 'Change location'] as const;
const subNav = ['Deloitte Insights', 'Topics', 'Industries', 'Research centers', 'Podcasts', 'Magazine'] as const;
const meta = ['ARTICLE', '9-MIN READ'] as const;
const authors = ['Marguerite Lowell', 'United States', 'Anders Kjeldsen', 'Denmark'] as const;
const tools = ['Share', 'Download', 'Save for later'] as const;
const endH = 'Endnotes';
const notes = [
  'Deloitte, 2024 CFO planning survey, conducted October–November 2024, n = 610.',
  'Interviews with finance leaders at 14 companies, conducted between September 2024 and January 2025.',
] as const;
const related = ['Related', 'The CFO as chief integration officer', 'Driver-based planning in practice', 'Finance 2030: Four imperatives'] as const;
const sub = ['Subscribe to receive related content from Deloitte Insights', 'Subscribe'] as const;
const cookie = ['We use cookies to make our site work, to improve it, and to show you relevant content.', 'Accept optional cookies', 'Manage cookies'] as const;
const foot = ['About Deloitte', 'Terms of use', 'Privacy', 'Cookies', 'Accessibility', 'Legal'] as const;
const legal =
  'Deloitte refers to one or more of Deloitte Touche Tohmatsu Limited, a UK private company limited by guarantee, and its network ' +
  'of member firms, each of which is a legally separate and independent entity.';
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title} | Deloitte Insights</title><meta name="viewport" content="width=device-width">
<meta name="description" content="${dek}"><meta property="og:title" content="${title}"><meta name="template" content="insights-article">
<link rel="canonical" href="https://www2.deloitte.com/us/en/insights/topics/operations/rolling-forecasts.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2025-05-14",
"author":[{"@type":"Person","name":"Marguerite Lowell"},{"@type":"Person","name":"Anders Kjeldsen"}]}</script>
<script src="https://www2.deloitte.com/etc.clientlibs/modern/clientlibs/clientlib-site.min.js" defer></script></head>
<body class="insights-article-page">
<div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner"><p>${cookie[0]}</p><button id="onetrust-accept-btn-handler">${cookie[1]}</button>
<button id="onetrust-pc-btn-handler">${cookie[2]}</button></div>
<header class="cmp-header"><a class="cmp-header__logo" href="/us/en.html" aria-label="Deloitte"></a><nav class="cmp-navigation" aria-label="Primary">
<ul>${links(topNav, 'cmp-navigation__item')}</ul></nav><div class="cmp-header__region"><span>${region[0]}</span>
<div class="region-selector" hidden><a href="/global/en/pages/about-deloitte/articles/global-office-directory.html">${region[1]}</a></div></div></header>
<nav class="di-subnav" aria-label="Deloitte Insights"><ul>${links(subNav, 'di-subnav__item')}</ul></nav>
<main><article class="di-article"><div class="di-article__hero"><div class="di-article__meta"><span class="content-type">${meta[0]}</span>
<span class="read-time">${meta[1]}</span></div><h1 class="di-article__title">${title}</h1><p class="di-article__subtitle">${dek}</p>
<div class="di-article__date"><time datetime="2025-05-14">14 May 2025</time></div>
<ul class="di-article__authors"><li class="author-card"><a href="/us/en/profiles/mlowell.html"><span class="author-card__name">${authors[0]}</span></a>
<span class="author-card__country">${authors[1]}</span></li><li class="author-card"><a href="/dk/en/profiles/akjeldsen.html">
<span class="author-card__name">${authors[2]}</span></a><span class="author-card__country">${authors[3]}</span></li></ul></div>
<div class="di-article__tools">${tools.map((t) => `<button class="di-tool" type="button"><span>${t}</span></button>`).join('')}</div>
<div class="di-article__body cmp-text">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<figure class="di-figure"><span class="di-figure__label">${fig[0]}</span><h3 class="di-figure__title">${fig[1]}</h3>
<img src="https://www2.deloitte.com/content/dam/insights/articles/fig1.png" alt=""><figcaption class="di-figure__source">${fig[2]}</figcaption></figure>
<h2>${h2}</h2>
${ps(p3)}
<aside class="di-pullquote"><blockquote><p>${pull}</p></blockquote></aside>
<h2>${h3}</h2>
${ps(p4)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p5)}
</div>
<section class="di-endnotes"><h2>${endH}</h2><ol>${notes.map((n) => `<li>${n}</li>`).join('\n')}</ol></section>
</article>
<section class="di-related"><h2>${related[0]}</h2><ul>${links(related.slice(1), 'di-related__card')}</ul></section>
<section class="di-subscribe"><h3>${sub[0]}</h3><a class="cmp-button" href="/us/en/insights/subscribe.html">${sub[1]}</a></section></main>
<footer class="cmp-footer"><ul>${links(foot, 'cmp-footer__link')}</ul><p class="cmp-footer__legal">${legal}</p>
<p class="cmp-footer__copy">© 2025. See Terms of Use for more information.</p></footer>
</body></html>`;
const deloitte: TestPage = {
  html,
  name: 'heldout191-deloitte-insights-article',
  kind: 'blog',
  title,
  headings: [h1, h2, h3],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4), ...texts(list), ...texts(p5)],
  bylines: [meta[1], '14 May 2025', authors[0], authors[2]],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, ...topNav, ...region, ...subNav, meta[0], authors[1], authors[3], ...tools, ...fig, endH, ...notes, ...related, ...sub, ...foot,
    legal, '© 2025. See Terms of Use for more information.',
  ],
};

export const HELDOUT191_C: readonly TestPage[] = [deloitte, sloanArticle];

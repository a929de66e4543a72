import { links, ps, type TestPage, texts } from './page-kit.js';
import { analyticsVidhya } from './pages-heldout193-c2.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file c: a Towards Data Science post on the publication's WordPress block theme (header with
 * "Latest", "Editor’s Picks", "Deep Dives", "Newsletter" and "Write For TDS", the category term, h1 and excerpt, author,
 * date and read time, "Share", figures captioned "Image by author", code blocks, the "Written By" box, "Topics:" terms,
 * "Share This Article", the community-publication notice, "Related Articles" cards, the footer's newsletter form and
 * links, and the cookie banner) and, from file c2, an Analytics Vidhya blog post.
 */
const tdTitle = 'Your Time Series Cross-Validation Is Probably Leaking the Future';
const tdExcerpt = 'Shuffled folds make forecasting models look better than they are. Here is how to validate them honestly.';
const tdIntro = [
  'A few months ago a colleague showed me a demand forecasting model with a mean absolute percentage error of 4 percent. It looked ' +
    'excellent. Two weeks after it went live, its error on real orders was closer to 15 percent, and nobody could explain why.',
  'The model was fine. The validation was not. The team had used ordinary k-fold cross-validation, which shuffles the rows before ' +
    'splitting them, and that one default quietly let the model see the future during training.',
];
const tdH1 = 'Why shuffled folds fail';
const tdP1 = [
  'Ordinary k-fold cross-validation assumes that rows are independent. Time series data breaks that assumption: sales on Tuesday ' +
    'are closely related to sales on Monday and Wednesday. When the folds are shuffled, every validation day has its neighbours in the ' +
    'training set, and the model can simply interpolate between them.',
  'In production there is no Wednesday to look at when you forecast Tuesday. The validation score is measuring a task the model will ' +
    'never be asked to do.',
];
const tdH2 = 'Walk-forward validation';
const tdP2 = [
  'The fix is to make every split respect time. In walk-forward validation, each fold trains on everything up to a cut-off date and ' +
    'validates on the period right after it. The next fold moves the cut-off forward and repeats.',
  'scikit-learn ships this as TimeSeriesSplit:',
];
const tdP3 = [
  'With five splits on two years of daily data, the first fold trains on roughly four months and the last on almost twenty. That ' +
    'growing window mirrors what happens in production, where the model is retrained as new data arrives.',
];
const tdH3 = 'Leave a gap between train and test';
const tdP4 = [
  'Walk-forward splits still leak when your features look backwards. A seven-day rolling average computed on the first validation ' +
    'day includes six days from the training period, so the two sets share information at the boundary.',
  'Setting the gap parameter drops a number of rows between the end of each training window and the start of its validation window. ' +
    'Make it at least as long as your longest lookback feature. For our demand model, with a 28-day rolling mean, a gap of 28 days ' +
    'was enough to bring the validation error up to 13 percent, close to what we later saw in production.',
];
const tdH4 = 'Check your features, not just your splits';
const tdP5 = ['Splitting correctly does not help if the features themselves contain future information. The usual suspects are:'];
const tdList = [
  'Aggregates computed over the whole dataset, such as a store’s average sales, before the split is made.',
  'Targets that are revised after the fact, like order counts that include later returns.',
  'Calendar joins that pull in data published after the forecast date, such as final holiday sales figures.',
];
const tdP6 = [
  'A quick test is to ask, for every column, “Would I have known this value at the moment I make the forecast?” If the answer is no, ' +
    'or you are not sure, leave it out until you are.',
];
const tdH5 = 'Final thoughts';
const tdP7 = [
  'A forecasting model is only as trustworthy as the validation behind it. Use splits that move forward in time, leave a gap as long ' +
    'as your longest feature window, and audit every feature for information from the future. Your scores will get worse. They will also ' +
    'start telling the truth.',
];
const tdNav = ['Latest', 'Editor’s Picks', 'Deep Dives', 'Newsletter', 'Write For TDS'];
const tdCaption = 'Walk-forward validation with a gap: each fold trains on the past and validates on the period after the gap. Image by author.';
const tdCaption2 = 'Photo by Hanne Vos on Unsplash';
const tdBio = 'Data scientist working on retail forecasting in Rotterdam. I write about the gap between notebooks and production.';
const tdTopics = ['Cross Validation', 'Data Science', 'Machine Learning', 'Time Series Analysis'];
const tdShare = ['Share on Facebook', 'Share on LinkedIn', 'Share on X'];
const tdNotice =
  'Towards Data Science is a community publication. Submit your insights to reach our global audience and earn through the TDS Author Payment Program.';
const tdRelated = [
  ['Machine Learning', 'Feature Stores Without the Hype', 'What a feature store actually solves, and when a database view will do.', 'Okoro Blessing'],
  ['Data Science', 'Forecasting Intervals Your Planners Will Trust', 'Point forecasts hide risk. Quantiles make it visible.', 'Ines Carvalho'],
  ['Artificial Intelligence', 'Backtesting Is Not Just for Traders', 'Borrowing an old finance habit for model monitoring.', 'Sam Huxtable'],
];
const tdRelatedMeta = ['Mar 2, 2025', '8 min read', 'Feb 21, 2025', '11 min read', 'Jan 30, 2025', '6 min read'];
const tdFootAbout =
  'Your home for data science and AI. The world’s leading publication for data science, data analytics, data engineering, machine ' +
  'learning, and artificial intelligence professionals.';
const tdForm = [
  'Sign up to our newsletter',
  'Email address*',
  'First name*',
  'Last name*',
  'Job title*',
  'I consent to receive newsletters and other communications from Towards Data Science publications.*',
  'Subscribe',
];
const tdFoot = ['About', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Cookies Settings'];
const tdCookie = [
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const para = (a: readonly string[]): string => ps(a, ' class="wp-block-paragraph"');
const hd = (t: string): string => `<h2 class="wp-block-heading" id="${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</h2>`;
const tdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tdTitle} | Towards Data Science</title><meta name="description" content="${tdExcerpt}">
<meta property="og:site_name" content="Towards Data Science"><meta property="og:type" content="article"><meta property="og:title" content="${tdTitle}">
<meta property="article:published_time" content="2025-03-11T16:02:11+00:00"><meta name="author" content="Maartje Lindeboom">
<meta name="twitter:data1" content="9 minutes"><link rel="canonical" href="https://towardsdatascience.com/your-time-series-cross-validation-is-leaking/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${tdTitle}",
"datePublished":"2025-03-11T16:02:11+00:00","author":{"name":"Maartje Lindeboom"},"articleSection":["Data Science"],"inLanguage":"en-US"}]}</script>
<link rel="stylesheet" id="tds-style-css" href="https://towardsdatascience.com/wp-content/themes/tds/dist/css/style.css?ver=1.4.2" media="all">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0191a4c2-tds"></script></head>
<body class="post-template-default single single-post postid-603118 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part site-header"><div class="wp-block-group is-layout-flex">
<a class="site-logo" href="https://towardsdatascience.com/" rel="home"><img src="/wp-content/uploads/2025/02/TDS-Logo.svg" alt="Towards Data Science"></a>
<nav class="wp-block-navigation is-responsive" aria-label="Primary">
<ul class="wp-block-navigation__container">${links(tdNav, 'wp-block-navigation-item')}</ul></nav>
<button class="tds-mode-toggle" type="button"><span class="screen-reader-text">Toggle Mode</span></button>
<button class="tds-search-toggle" type="button"><span class="screen-reader-text">Toggle Search</span></button></div></header>
<main class="wp-block-group site-main is-layout-constrained"><article class="wp-block-group post-603118 post type-post status-publish">
<div class="taxonomy-category wp-block-post-terms"><a href="https://towardsdatascience.com/category/data-science/" rel="tag">Data Science</a></div>
<h1 class="wp-block-post-title">${tdTitle}</h1>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">${tdExcerpt}</p></div>
<div class="wp-block-group post-meta is-layout-flex"><div class="wp-block-post-author-name"><a href="/author/mlindeboom/">Maartje Lindeboom</a></div>
<div class="wp-block-post-date"><time datetime="2025-03-11T16:02:11+00:00">Mar 11, 2025</time></div>
<div class="wp-block-tds-reading-time">9 min read</div><div class="wp-block-tds-share"><button class="share-toggle" type="button">Share</button></div></div>
<figure class="wp-block-post-featured-image"><img width="1280" height="853" src="/wp-content/uploads/2025/03/clock-gears.jpg" alt="Clock gears"
decoding="async" fetchpriority="high"><figcaption class="wp-element-caption">${tdCaption2}</figcaption></figure>
<div class="entry-content wp-block-post-content is-layout-constrained">
${para(tdIntro)}
${hd(tdH1)}
${para(tdP1)}
${hd(tdH2)}
${para(tdP2)}
<pre class="wp-block-code"><code>from sklearn.model_selection import TimeSeriesSplit

tscv = TimeSeriesSplit(n_splits=5, gap=28)
for train_idx, valid_idx in tscv.split(X):
    model.fit(X.iloc[train_idx], y.iloc[train_idx])
    scores.append(mape(y.iloc[valid_idx], model.predict(X.iloc[valid_idx])))</code></pre>
${para(tdP3)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="512" src="/wp-content/uploads/2025/03/walk-forward.png" alt=""
loading="lazy"><figcaption class="wp-element-caption">${tdCaption}</figcaption></figure>
${hd(tdH3)}
${para(tdP4)}
${hd(tdH4)}
${para(tdP5)}
<ul class="wp-block-list">${tdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${para(tdP6)}
${hd(tdH5)}
${para(tdP7)}
</div>
<div class="wp-block-group post-author-box"><p class="post-author-box__label">Written By</p><div class="post-author-box__inner">
<img class="avatar" alt="" src="/wp-content/uploads/avatars/mlindeboom.jpg" width="80"><p class="post-author-box__name">Maartje Lindeboom</p>
<p class="post-author-box__bio">${tdBio}</p><a class="post-author-box__link" href="/author/mlindeboom/">See all from Maartje Lindeboom</a></div></div>
<div class="wp-block-group post-topics"><p class="post-topics__label">Topics:</p><div class="taxonomy-post_tag wp-block-post-terms">
${tdTopics
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">, </span>')}</div></div>
<div class="wp-block-group post-share"><p class="post-share__label">Share This Article</p><ul class="post-share__list">${links(tdShare)}</ul></div>
<div class="wp-block-group tds-cta"><p>${tdNotice}</p><div class="wp-block-buttons"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/submissions/">Write for TDS</a></div></div></div>
</article>
<section class="wp-block-group related-posts"><h2 class="wp-block-heading">Related Articles</h2><ul class="wp-block-post-template is-layout-grid">
${tdRelated
  .map(
    (r, i) => `<li class="wp-block-post"><div class="taxonomy-category wp-block-post-terms"><a href="#">${r[0]}</a></div>
<h3 class="wp-block-post-title"><a href="/related-${i}/">${r[1]}</a></h3><div class="wp-block-post-excerpt"><p>${r[2]}</p></div>
<div class="wp-block-post-author-name">${r[3]}</div><div class="wp-block-post-date"><time>${tdRelatedMeta[i * 2]}</time></div>
<div class="wp-block-tds-reading-time">${tdRelatedMeta[i * 2 + 1]}</div></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="wp-block-template-part site-footer"><div class="wp-block-group"><p class="footer-about">${tdFootAbout}</p>
<form class="tds-newsletter-form"><h2 class="wp-block-heading">${tdForm[0]}</h2>${tdForm
  .slice(1, 5)
  .map((t, i) => `<label for="nl-${i}">${t}</label><input id="nl-${i}" type="text">`)
  .join('\n')}
<label class="consent"><input type="checkbox"> ${tdForm[5]}</label><button type="submit">${tdForm[6]}</button></form>
<ul class="footer-links">${links(tdFoot)}</ul><p class="copyright">© Insight Media Group, LLC 2025</p></div></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${tdCookie[0]}</p>
<button id="onetrust-pc-btn-handler">${tdCookie[1]}</button><button id="onetrust-reject-all-handler">${tdCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${tdCookie[3]}</button></div>
<script src="https://towardsdatascience.com/wp-content/themes/tds/dist/js/frontend.js?ver=1.4.2" id="tds-frontend-js"></script></body></html>`;
const towardsDataScience: TestPage = {
  html: tdHtml,
  name: 'heldout193-towardsdatascience-post',
  kind: 'blog',
  // the excerpt under the h1 is body; figure captions, the author box, topics, share list, the submissions notice and
  // related cards are furniture
  title: tdTitle,
  headings: [tdH1, tdH2, tdH3, tdH4, tdH5],
  body: texts([tdExcerpt, ...tdIntro, ...tdP1, ...tdP2, ...tdP3, ...tdP4, ...tdP5, ...tdList, ...tdP6, ...tdP7]),
  bylines: ['Maartje Lindeboom', 'Mar 11, 2025', '9 min read'],
  furniture: uniq([
    ...tdNav,
    'Toggle Mode',
    'Toggle Search',
    'Data Science',
    'Share',
    tdCaption2,
    tdCaption,
    'Written By',
    tdBio,
    'See all from Maartje Lindeboom',
    'Topics:',
    ...tdTopics,
    'Share This Article',
    ...tdShare,
    tdNotice,
    'Write for TDS',
    'Related Articles',
    ...tdRelated.flat(),
    ...tdRelatedMeta,
    tdFootAbout,
    ...tdForm,
    ...tdFoot,
    '© Insight Media Group, LLC 2025',
    ...tdCookie,
  ]),
};

export const HELDOUT193_C: readonly TestPage[] = [towardsDataScience, analyticsVidhya];

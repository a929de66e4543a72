import { links, type TestPage, texts } from './page-kit.js';
import { irishTimes } from './pages-heldout29-b2.js';

/**
 * Held-out batch 29, file b: a Telegraph (UK) story (the "tpl-article" template: Sourcepoint consent container, masthead with
 * "Subscribe now" and "Log in", section nav, section label, headline and standfirst, byline with the author's job and the
 * published date, "Gift this article free" and comment count, lead image with caption and credit, body text in
 * "component-content" blocks with two subheads, ad labels and a "Read more" link card between paragraphs, "Related Topics", the
 * subscription offer, the comments block with its policy line, the "The latest" rail and the footer). The Irish Times story of
 * this file is in pages-heldout29-b2.ts.
 */
const tgTitle = 'Britain’s oldest working lido faces closure after council says it cannot afford £4m repairs';
const tgStand = 'Campaigners vow to fight for the 1911 seawater pool where generations of children learnt to swim';
const tgBody1 = [
  'A seawater lido believed to be the oldest still operating in Britain is to close indefinitely after its owners said they ' +
    'could not find the £4 million needed to repair its crumbling walls.',
  'Saltmarsh Lido in Harwick-on-Sea, Essex, opened in the summer of 1911 and has welcomed swimmers every year since, apart from ' +
    'two seasons during the Second World War, when it was used to store landing craft.',
  'An engineering survey commissioned by Harwick District Council found last month that the seaward wall of the pool had been ' +
    'undermined by decades of winter storms and could fail during a heavy tide.',
  'Councillors will vote on Thursday on a recommendation to drain the pool and fence it off while officers “explore options”, a ' +
    'phrase campaigners fear means it will never reopen.',
];
const tgH1 = '‘It is part of who we are’';
const tgBody2 = [
  'Eleanor Whitlock, 74, who chairs the Friends of Saltmarsh Lido, said she had swum there every summer since she was five.',
  '“My mother taught me to swim in that pool, and I taught my grandchildren,” she said. “The council talks about it as a ' +
    'maintenance liability. For this town it is part of who we are.”',
  'The friends group, which has 2,300 members, has raised £180,000 in the past year through sponsored swims, cake sales and a ' +
    'midsummer gala, but says the sum is small beside the cost of the repairs.',
  'It wants the council to apply for heritage funding and to lease the lido to a community trust, as several towns on the south ' +
    'coast have done with their own pools.',
];
const tgH2 = 'Council ‘has no choice’';
const tgBody3 = [
  'Cllr Martin Deverell, the council’s cabinet member for leisure, said no one at the town hall wanted to see the lido close, ' +
    'but that the authority faced a £6.2 million gap in its budget next year.',
  '“We cannot in good conscience spend money we do not have on a pool that is open for 14 weeks a year, when we are cutting ' +
    'services that people rely on every day,” he said.',
  'He added that the council would “listen carefully” to any proposal from a community group that came with a credible ' + 'business plan.',
  'Outdoor swimming has grown sharply in popularity since the pandemic, and the lido recorded 41,000 visits this summer, its ' +
    'busiest season in more than 30 years.',
];
const tgNav = ['News', 'Sport', 'Business', 'Money', 'Opinion', 'Ukraine', 'US', 'Travel', 'Health', 'Lifestyle', 'Culture', 'Puzzles', 'Podcasts'];
const tgCaption = 'Swimmers at Saltmarsh Lido in August, when the pool recorded its busiest month for three decades';
const tgReadMore = 'The seaside towns bringing their derelict Victorian pools back to life';
const tgTopics = ['Swimming', 'Local government', 'Essex', 'UK news'];
const tgLatest = [
  'Rail fares to rise by 4.1pc as commuters face another squeeze',
  'Met Office issues yellow warning for snow and ice across the North',
  'Village post office saved by £1 sale to residents',
];
const tgFoot = [
  'Help Centre',
  'About us',
  'Telegraph Extra',
  'Reader Prints',
  'Branded Content',
  'Syndication and Commissioning',
  'Newsletters',
  'Privacy',
  'Terms and Conditions',
  'Advertising terms',
  'Modern Slavery',
  'Guidelines',
  'Privacy Settings',
];
const tgPara = (t: string): string => `<div class="component article-body-text version-2"><div class="component-content"><p>${t}</p></div></div>`;
const tgAd = (n: number): string =>
  `<div class="tmg-ad-wrapper" data-ad-slot="mpu-${n}"><div class="e-ad-slot"><span class="e-ad-slot__label">Advertisement</span>
<div id="gpt-mpu-${n}" class="e-ad-slot__container"></div></div></div>`;
const tgHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${tgTitle}</title>
<meta name="tmgads.channel" content="news"><meta name="DCSext.Channel" content="news"><meta name="tmg.article.premium" content="true">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tgTitle}","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".articleBodyText"},"datePublished":"2025-11-19T06:00:00Z",
"author":[{"@type":"Person","name":"Harriet Pembroke","jobTitle":"Social Affairs Correspondent"}]}</script>
<script>window.tmg=window.tmg||{};tmg.pageData={"section":"news/uk","premium":true,"wordCount":512};</script></head>
<body class="tpl-article tpl-article--premium" data-channel="news">
<div id="sp_message_container_1072834" class="sp_veil" role="dialog" aria-label="Privacy"><div class="message-container">
<p class="message-title">Your privacy</p><p>We and our partners store and access information on your device to personalise ads and content,
measure how you use our site and develop our services.</p><button class="sp_choice_type_11">Accept</button>
<button class="sp_choice_type_12">Manage preferences</button></div></div>
<a class="skip-to-content u-sr-only" href="#main-content">Skip to content</a>
<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/" aria-label="The Telegraph homepage">
<svg class="e-logo" aria-hidden="true"></svg><span class="u-sr-only">The Telegraph</span></a>
<div class="site-header__actions"><a class="e-btn e-btn--subscribe" href="/subscriptions/">Subscribe now</a>
<span class="site-header__offer">Free for one month</span><a class="e-btn e-btn--login" href="/login/">Log in</a></div></div>
<nav class="site-nav" aria-label="Primary"><ul class="site-nav__list">${links(tgNav, 'site-nav__item')}</ul>
<button class="site-nav__more" aria-expanded="false">See all</button></nav></header>
<main id="main-content"><article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<header class="tpl-article__header"><div class="tpl-article__section-label"><a class="e-section-label" href="/news/uk/">UK news</a></div>
<h1 class="e-headline u-heading-1" itemprop="headline">${tgTitle}</h1>
<p class="e-standfirst" itemprop="description">${tgStand}</p>
<div class="tpl-article__byline"><div class="e-byline"><span class="e-byline__author" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/authors/h/hp-hz/harriet-pembroke/" itemprop="name">Harriet Pembroke</a></span><span class="e-byline__author-job">,
<span itemprop="jobTitle">Social Affairs Correspondent</span></span></div>
<time class="e-published-date" datetime="2025-11-19T06:00:00Z" itemprop="datePublished">19 November 2025 6:00am GMT</time></div>
<div class="tpl-article__tools"><button class="e-gift-article">Gift this article free</button><button class="e-share-toggle">Share</button>
<button class="e-bookmark" aria-label="Save article">Save</button><a class="e-comment-count" href="#comments"><span class="u-sr-only">Comments</span>
<span class="e-comment-count__number">147</span></a></div></header>
<figure class="tpl-article__lead-asset"><img src="https://www.telegraph.example/content/dam/news/2025/11/18/TELEMMGLPICT000389104112.jpeg"
alt="Swimmers at a seawater lido" loading="eager"><figcaption class="e-caption"><span class="e-caption__text">${tgCaption}</span>
<span class="e-caption__credit">Credit: Geoff Lanyon</span></figcaption></figure>
<div class="articleBodyText article-body-text" itemprop="articleBody">
${tgBody1.slice(0, 3).map(tgPara).join('\n')}
${tgAd(1)}
${tgPara(tgBody1[3]!)}
<div class="component article-body-subheading"><h2 class="e-heading-2">${tgH1}</h2></div>
${tgBody2.slice(0, 2).map(tgPara).join('\n')}
<div class="component article-body-related-link"><a class="e-related-link" href="/news/2025/06/02/seaside-lidos-restored/">
<span class="e-related-link__label">Read more</span><span class="e-related-link__headline">${tgReadMore}</span></a></div>
${tgBody2.slice(2).map(tgPara).join('\n')}
<div class="component article-body-subheading"><h2 class="e-heading-2">${tgH2}</h2></div>
${tgBody3.slice(0, 2).map(tgPara).join('\n')}
${tgAd(2)}
${tgBody3.slice(2).map(tgPara).join('\n')}
</div>
<div class="tpl-article__tags"><h3 class="e-tags__title">Related Topics</h3><ul class="e-tags__list">${links(tgTopics, 'e-tags__item')}</ul></div>
<div class="tpl-article__offer piano-inline" data-piano="article-end"><p class="e-offer__title">The Telegraph, for less</p>
<p>Subscribe today and get your first month free, then £2 a week for a year.</p><a class="e-btn" href="/subscriptions/">See offer</a></div>
<section id="comments" class="tpl-article__comments"><h3 class="e-comments__title">Join the conversation</h3><p class="e-comments__count">147 comments</p>
<p class="e-comments__policy">Comments are open to subscribers. Please keep them on topic and respectful, and read our commenting policy.</p>
<button class="e-btn e-btn--secondary">Show comments</button></section></article>
<aside class="tpl-article__rail"><h2 class="e-rail__title">The latest</h2><ol>${links(tgLatest, 'e-rail__item')}</ol>${tgAd(3)}</aside></main>
<footer class="site-footer"><a class="site-footer__top" href="#top">Back to top</a><p class="site-footer__follow">Follow us on:</p>
<ul class="site-footer__links">${links(tgFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© Telegraph Media Group Holdings Limited 2025</p></footer>
<noscript><img src="https://pixel.telegraph.example/b/ss/tmg?js=0" alt=""></noscript></body></html>`;
const telegraph: TestPage = {
  html: tgHtml,
  name: 'heldout29-telegraph-story',
  kind: 'news',
  // the standfirst under the headline is body; the two h2 subheads are the headings (the first is a quoted phrase of the body,
  // as Telegraph subheads often are); "Harriet Pembroke", her job title and the published date are bylines (the comma between
  // in neither); the section label, the tools row with its comment count, the lead caption and credit, the ad labels (listed
  // once), the "Read more" card, "Related Topics" with its tags, the end-of-article offer, the comments block, the rail, the
  // Sourcepoint dialog, masthead, nav and footer are furniture ("UK news", label and topic, listed once); the nav's "Business"
  // and "Money" and the topics "Swimming" and "Essex" are words of the body: left out
  title: tgTitle,
  headings: [tgH1, tgH2],
  body: [tgStand, ...texts(tgBody1), ...texts(tgBody2), ...texts(tgBody3)],
  bylines: ['Harriet Pembroke', 'Social Affairs Correspondent', '19 November 2025 6:00am GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy',
    'We and our partners store and access information on your device to personalise ads and content, measure how you use our site and develop our services.',
    'Accept', 'Manage preferences', 'Skip to content', 'The Telegraph', 'Subscribe now', 'Free for one month', 'Log in',
    ...tgNav.filter((t) => !['Business', 'Money'].includes(t)), 'See all', 'Gift this article free', 'Share', 'Save', 'Comments', '147',
    tgCaption, 'Credit: Geoff Lanyon', 'Advertisement', 'Read more', tgReadMore, 'Related Topics',
    ...tgTopics.filter((t) => !['Swimming', 'Essex'].includes(t)),
    'The Telegraph, for less', 'Subscribe today and get your first month free, then £2 a week for a year.', 'See offer', 'Join the conversation',
    '147 comments', 'Comments are open to subscribers. Please keep them on topic and respectful, and read our commenting policy.', 'Show comments',
    'The latest', ...tgLatest, 'Back to top', 'Follow us on:', ...tgFoot, '© Telegraph Media Group Holdings Limited 2025',
  ],
};

export const HELDOUT29_B: readonly TestPage[] = [telegraph, irishTimes];

import { links, type TestPage, texts } from './page-kit.js';
import { timesArticle } from './pages-heldout65-d2.js';

/**
 * Held-out batch 65, file d: a Telegraph (UK) article on its own template (the masthead with "Subscribe now" and "Log in",
 * the section nav, the section label, headline and standfirst, the lead image with caption and credit, the byline with role
 * and published date, "Gift this article free", the save and share buttons and comment count, "Listen to this article",
 * the body with one h2 subhead and an inline "Related Article" link, the subscription promo at the end, "Related Topics",
 * the "Join the conversation" comment box, "More stories", the cookie banner, the footer and the analytics scripts).
 */
const tgTitle = 'Hosepipe ban extended to three more counties as reservoirs hit record November low';
const tgStandfirst = 'Restrictions will cover another 1.3 million people after the driest autumn in the region for more than a century';
const tgBody1 = [
  'A hosepipe ban will be extended to three more counties from next week after reservoir levels in the south of England fell to ' +
    'their lowest November level since records began.',
  'Wessex Vale Water said on Tuesday that customers in Wiltshire, Dorset and parts of Somerset would be barred from using ' +
    'hosepipes to water gardens, wash cars or fill paddling pools from Nov 19, adding around 1.3 million people to restrictions ' +
    'that already cover Hampshire and the Isle of Wight.',
  'It is the first time a hosepipe ban has been introduced in November in the company’s 35-year history.',
  'Reservoirs across the region were at an average of 41 per cent of capacity last week, compared with a seasonal norm of around ' +
    '70 per cent, after the driest spring and summer for more than a century was followed by an unusually dry autumn.',
];
const tgH1 = '‘Worst autumn in living memory’';
const tgBody2 = [
  'Dr Helen Abara, the company’s head of water resources, said rainfall since September had been less than half the long-term ' + 'average.',
  '“Normally by this point in the year we would expect the ground to be wet and the rivers to be recovering,” she said. ' +
    '“Instead we are still drawing down our reserves. We have to act now to protect supplies for next summer.”',
  'Farmers in the affected area said the restrictions came on top of a difficult year. Tom Bassett, who grows vegetables near ' +
    'Warminster, described it as the worst autumn in living memory.',
  '“We’ve irrigated more since August than in the whole of an ordinary year,” he said. “Some of the boreholes round here have ' + 'simply run dry.”',
];
const tgBody3 = [
  'The Environment Agency has declared drought status in five areas of England this year and warned that more could follow ' + 'if the winter is dry.',
  'Campaigners renewed calls for water companies to cut leakage, which accounts for around a fifth of all water put into ' +
    'supply. Wessex Vale Water lost an average of 212 million litres a day through leaks last year, according to figures ' +
    'published by the regulator.',
  'The company said it was on course to meet its leakage targets and was investing £640 million over five years in new pipes ' + 'and storage.',
  'Customers who breach the ban can be fined up to £1,000, although water companies have rarely taken anyone to court.',
];
const tgNav = ['News', 'Sport', 'Money', 'Business', 'Opinion', 'Ukraine', 'US', 'Travel', 'Health', 'Lifestyle', 'Culture', 'Puzzles', 'Podcasts'];
const tgRelated = 'Water bills to rise by an average of £123 a year';
const tgPromo =
  'Broaden your horizons with award-winning British journalism. Try The Telegraph free for 1 month with unlimited access to ' +
  'our award-winning website, exclusive app, money-saving offers and more.';
const tgTopics = ['Weather', 'Farming', 'UK News', 'Environment'];
const tgMore = [
  'The villages where the taps ran dry this summer',
  'Why Britain hasn’t built a new reservoir in 30 years',
  'Gardeners told to stop watering lawns as drought bites',
];
const tgFoot = [
  'Contact us',
  'About us',
  'Rewards',
  'Archive',
  'Reader Prizes',
  'Branded Content',
  'Syndication and Commissioning',
  'Guidelines',
  'Privacy',
  'Terms and Conditions',
  'Advertising terms',
  'Fantasy Sport',
  'UK Voucher Codes',
  'Betting Offers',
  'Modern Slavery',
  'Tax Strategy',
  'Broadband and Mobile Deals',
  'Newsletters',
  'Manage Cookies',
];
const tgCap = 'Exposed banks at a reservoir near Salisbury, where levels are at their lowest for the time of year';
const tgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${tgTitle}</title>
<meta name="description" content="${tgStandfirst}"><meta name="tmgads.channel" content="news"><meta name="tmgads.section" content="news_uk">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tgTitle}","description":"${tgStandfirst}",
"datePublished":"2025-11-12T18:00:00Z","author":[{"@type":"Person","name":"Emily Harcourt","jobTitle":"Environment Correspondent"}],
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".articleBodyText"}}</script>
<script>window.tmg = window.tmg || {}; tmg.page = {"contentType":"article","premium":true,"primaryChannel":"news"};</script>
<style>.articleBodyText p{font-family:"Austin News Text",Georgia,serif}.tpl-article__paywall{display:none}</style></head>
<body class="tmg-article template-article"><a class="skip-link" href="#main-content">Skip to content</a>
<header class="site-header"><div class="site-header__masthead"><a class="site-header__logo" href="/" aria-label="The Telegraph homepage">
<svg role="img" aria-hidden="true"></svg></a><a class="site-header__subscribe" href="/customer/subscribe/">Subscribe now</a>
<a class="site-header__login" href="/customer/secure/login/">Log in</a></div>
<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">${links(tgNav, 'site-nav__item')}</ul></nav></header>
<main id="main-content"><article class="tpl-article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="tpl-article__header"><a class="e-section-label" href="/news/uk/">UK News</a>
<h1 class="e-headline u-heading-1" itemprop="headline">${tgTitle}</h1><p class="e-standfirst" itemprop="description">${tgStandfirst}</p></div>
<figure class="article-body-image"><div class="article-body-image-image">
<img src="https://www.telegraph.co.uk/content/dam/news/2025/11/12/reservoir.jpg?imwidth=1280"
 alt="A reservoir with exposed banks"></div><figcaption>
<span class="e-caption">${tgCap}</span> <span class="e-credit">Credit: Finnbarr Webster/Getty Images</span>
</figcaption></figure>
<div class="tpl-article__byline"><div class="e-byline"><span class="e-byline__author"><a href="/authors/e/ea-ej/emily-harcourt/">Emily Harcourt</a></span>
<span class="e-byline__role">Environment Correspondent</span></div>
<time class="e-published-date" datetime="2025-11-12T18:00:00Z">12 November 2025 6:00pm GMT</time></div>
<div class="tpl-article__tools"><button class="e-gift-button">Gift this article free</button><button class="e-save-button" aria-label="Save article">
<span class="u-visually-hidden">Save</span></button><button class="e-share-button" aria-label="Share"><span class="u-visually-hidden">Share</span></button>
<a class="e-comment-count" href="#comments"><span>118</span></a></div>
<div class="e-audio"><button class="e-audio__play">Listen to this article</button><span class="e-audio__duration">3 min</span></div>
<div class="articleBodyText section" itemprop="articleBody"><div class="component-content">
${tgBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-slot ad-slot--mpu"><p class="ad-slot__label">Advertisement</p></div>
<h2 class="e-heading">${tgH1}</h2>
${tgBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="article-related-link"><span class="article-related-link__label">Related Article</span>
<a class="article-related-link__title" href="/money/consumer-affairs/water-bills-rise/">${tgRelated}</a></div>
${tgBody3.map((p) => `<p>${p}</p>`).join('\n')}
<hr><p class="e-subscribe-promo"><em>${tgPromo}</em></p>
</div></div>
<div class="tpl-article__topics"><h2 class="e-topics__title">Related Topics</h2><ul>${links(tgTopics, 'e-topics__item')}</ul></div>
<section id="comments" class="tpl-article__comments"><h2>Join the conversation</h2><p>Show comments</p>
<p class="comments-teaser">Comments are open to subscribers. Read our commenting policy.</p></section></article>
<section class="more-stories"><h2 class="more-stories__title">More stories</h2><ul>${links(tgMore, 'more-stories__item')}</ul></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(tgFoot, 'site-footer__link')}</ul>
<p class="site-footer__copyright">© Telegraph Media Group Limited 2025</p></footer>
<div id="sp_message_container_1031" class="sp-message"><p>We use cookies and data to deliver and maintain our services, measure audience engagement
 and show you personalised content and ads.</p><button title="Accept all">Accept all</button><button title="Reject all">Reject all</button>
<button title="Manage preferences">Manage preferences</button></div>
<script>(function(){var s=document.createElement("script");s.src="https://www.telegraph.co.uk/etc.clientlibs/telegraph/clientlibs/analytics.min.js";
s.async=true;document.head.appendChild(s);})();</script>
</body></html>`;
const telegraphArticle: TestPage = {
  html: tgHtml,
  name: 'heldout65-telegraph-article',
  kind: 'news',
  // the standfirst is body; the quoted h2 subhead is the heading. Bylines: the author, her role and the date. Furniture: the
  // section label "UK News" (also a topic: once), the lead caption and credit, "Gift this article free", the hidden
  // "Save" and "Share" labels, the comment count, the audio button and its duration, ad label, the inline "Related Article"
  // link, the subscription promo at the foot of the body (a sales line set in the article's own paragraphs, not article
  // text), "Related Topics" and its links, the comment box, "More stories", consent banner, skip link, masthead, nav and
  // footer. The topic "Environment" is a word of the body ("Environment Agency"): left out ("Farming" is kept: "Farmers" is
  // another word)
  title: tgTitle,
  headings: [tgH1],
  body: [tgStandfirst, ...texts(tgBody1), ...texts(tgBody2), ...texts(tgBody3)],
  bylines: ['Emily Harcourt', 'Environment Correspondent', '12 November 2025 6:00pm GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe now', 'Log in', ...tgNav, tgCap, 'Credit: Finnbarr Webster/Getty Images', 'Gift this article free', 'Save',
    'Share', '118', 'Listen to this article', '3 min', 'Advertisement', 'Related Article', tgRelated, tgPromo, 'Related Topics',
    ...tgTopics.filter((t) => t !== 'Environment'),
    'Join the conversation', 'Show comments', 'Comments are open to subscribers. Read our commenting policy.', 'More stories', ...tgMore,
    ...tgFoot, '© Telegraph Media Group Limited 2025',
    'We use cookies and data to deliver and maintain our services, measure audience engagement and show you personalised content and ads.',
    'Accept all', 'Reject all', 'Manage preferences',
  ],
};

export const HELDOUT65_D: readonly TestPage[] = [telegraphArticle, timesArticle];

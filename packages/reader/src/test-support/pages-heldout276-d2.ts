import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file d2: an interview set as questions and answers on a Condé Nast Verso magazine template (the invented
 * "Parallax" magazine): the navigation drawer, the split-screen content header with rubric, hed, dek, byline and date, the
 * lead photo with caption and credit, the share bar, the intro and bold questions in the body, an inline "Read More" callout,
 * the consumer-marketing newsletter unit, the "Most Popular" recirculation rail, tags and the footer.
 */
const iTitle = 'The Cartographer Who Maps Cities by Their Smells';
const iDek = 'Wilhelmina Ashdown has spent a decade walking city streets with a notebook and her nose. Her atlas of urban scent is out this spring.';
const iBody = [
  j(
    'Wilhelmina Ashdown\u2019s maps look like weather charts: soft coloured bands drifting across street plans, labelled with words like',
    '“diesel, wet stone” or “bakery, 5 a.m.” Her new book, an atlas of the smells of eleven port cities, took ten years of walking.',
    'We spoke by video from her studio in Lisbury. The conversation has been edited and condensed.',
  ),
  '<strong>How does a smell map start? Do you just go out and sniff?</strong>',
  j(
    'Pretty much, yes. I pick a route, usually something a person would walk to work, and I stop every hundred steps and write down',
    'what I can smell, how strong it is on a scale of one to five, and which way the wind is blowing. Then I walk the same route at',
    'different times of day and in different seasons. A fish market at six in the morning is a different city from the same street at noon.',
  ),
  '<strong>Isn’t smell too personal to map? What I notice might not be what you notice.</strong>',
  j(
    'That was the first criticism I got, and it is fair. So I stopped walking alone. For the atlas, every route was walked by at least',
    'five people, and we only drew a band where three or more of them wrote down the same thing. What disappears is the private stuff,',
    'the perfume of one passer-by. What stays is remarkably stable.',
  ),
  '<strong>Which city surprised you most?</strong>',
  j(
    'Varnholm. I expected the harbour to dominate, and it does near the water, but two streets inland the whole centre smells of',
    'roasting malt from a brewery that most residents told me had closed years ago. It had not closed. It had just stopped putting',
    'its name on the building. People had stopped noticing a smell they had lived with their whole lives.',
  ),
  '<strong>Are the maps useful for anything beyond the pleasure of looking at them?</strong>',
  j(
    'City planners have started to ask for them. A smell band that appears suddenly on a route can be the first sign of a leaking',
    'sewer or a business burning something it should not. In Lisbury, our walkers noticed a solvent smell near a primary school a full',
    'month before the council found the source. That is the part of the work I am proudest of.',
  ),
  '<strong>What should readers do if they want to try it?</strong>',
  j(
    'Walk to the shop with a pencil. Stop five times. Write one word each time. Do it again next week at a different hour. You will be',
    'amazed how much of your own street you have never actually smelled.',
  ),
];
const iCallout = 'Read More: The Mapmakers Redrawing the Coastline After the Floods';
const iPopular = [
  'The Last Lighthouse Keepers of the North Sea Coast',
  'Why Every Bakery Suddenly Sells the Same Loaf',
  'A Week Without a Smartphone, Revisited',
];
const iTags = ['Cartography', 'Urban Life', 'Interviews'];
const iFoot = ['Subscriptions', 'User Agreement', 'Privacy Policy', 'Your California Privacy Rights', 'Sitemap'];
const iHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><title>${iTitle} | Parallax</title>
<meta name="description" content="${iDek}"/><meta property="og:type" content="article"/><meta name="parsely-metadata" content='{"type":"interview"}'/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${iTitle}",
"author":[{"@type":"Person","name":"Joss Feverell"}],
"datePublished":"2026-03-02T06:00:00.000-05:00","publisher":{"@type":"Organization","name":"Parallax"}}</script>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"interactiveOverride":false}}};</script></head>
<body><div id="app-root"><div class="BasePageWrapper-cIvjoS"><div class="StackedNavigationWrapper-bWrxGW"><header class="NavigationWrapper-bFftAs
navigation"><a class="SkipLink-fnDfHv" href="#main-content">Skip to main content</a><div class="NavigationLogoWrapper-fhJNLo"><a href="/"
class="BaseWrap-sc-gjQpdd BaseLink-eNWuiM">PARALLAX</a></div><nav class="NavigationDrawer-jaSmYO" aria-label="Main"><ul class="NavigationListWrapper-cVAnvr">
${links(['Culture', 'Science', 'Books', 'Travel', 'The Magazine'], 'NavigationListItemWrapper-jJuaZf')}</ul></nav><a href="/newsletter"
class="NavigationCTAWrapper">Newsletter</a><a href="/subscribe" class="SubscribeCTA">Subscribe</a></header></div>
<main id="main-content"><article class="article main-content" lang="en-US"><header class="ArticlePageContentHeader-dkDGsQ"><div
class="SplitScreenContentHeaderWrapper-gqmlVQ"><div class="SplitScreenContentHeaderTitleBlock-fBgLgt"><div class="RubricWrapper-dKmCNX"><a
href="/culture/q-and-a" class="RubricLink-bxzrpX"><span class="RubricName-fVtemz">Q. &amp; A.</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ SplitScreenContentHeaderHed-lcUSuI">${iTitle}</h1>
<div class="SplitScreenContentHeaderDekDown-csTFQR"><div class="ContentHeaderDek-bIqFFZ">${iDek}</div></div>
<div class="SplitScreenContentHeaderByline-gclAPw"><div class="BylinesWrapper-KIudk"><span class="BylineWrapper-jWHrLH"><span
class="BylinePreamble-iJolpQ">By </span><a class="BylineLink-kHJsHV" href="/contributors/joss-feverell">Joss Feverell</a></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-eIBicG">March 2, 2026</time></div></div>
<figure class="SplitScreenContentHeaderLede-hdgHlO"><img alt="" src="https://media.parallax.example/photos/ashdown.jpg"/><figcaption
class="CaptionWrapper-jSYjTS"><span class="BaseWrap-sc-gjQpdd CaptionText-bvpmMR">Ashdown’s atlas was walked by at least five people per route.</span><span
class="CaptionCredit-ieSjUf">Photograph by Rhian Tolworth</span></figcaption></figure></div></header>
<div class="ContentWrapper-ArticlePageContentWrapper"><div data-testid="SocialIconsList" class="SocialIconsListWrapper-cUPcwr"><a aria-label="Share on
Facebook" href="#">Facebook</a><a aria-label="Share on X" href="#">Share on X</a><a aria-label="Email" href="#">Email</a><a aria-label="Save this story"
href="#">Save this story</a></div>
<div class="body__container article__body"><div class="body__inner-container">
${ps(iBody.slice(0, 6))}
<div class="GenericCalloutWrapper-XXWYd callout--feature"><p class="paywall"><a href="/mapmakers-coastline">${iCallout}</a></p></div>
${ps(iBody.slice(6))}
</div></div>
<div class="ConsumerMarketingUnitThemedWrapper-lanHQj" data-testid="ConsumerMarketingUnit"><h3 class="ConsumerMarketingUnitHed">Sign up for the Parallax
Daily</h3><p class="ConsumerMarketingUnitDek">Our best stories, every weekday morning.</p><a href="/newsletter/daily">Sign up</a></div>
<div class="TagCloudWrapper-fGZhmd"><span class="TagCloudName">Tags</span><ul>${links(iTags, 'TagCloudItem')}</ul></div>
<div class="RecircMostPopularWrapper-bEsGMo"><h2 class="RecircMostPopularHeading">Most Popular</h2><ul>${links(iPopular, 'SummaryItemWrapper')}</ul></div>
</div></article></main>
<footer class="StackedFooterWrapper"><ul>${links(iFoot)}</ul><p class="FooterLegalText">© 2026 Parallax Media. All rights reserved. Parallax may earn a
portion of sales from products that are purchased through our site.</p></footer>
<div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We and our partners store and access information on your device.</p><button
id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div></div></body></html>`;
export const interview: TestPage = {
  name: 'heldout276-verso-magazine-interview-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([iDek, ...iBody]),
  bylines: ['Joss Feverell', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'PARALLAX', 'Culture', 'Science', 'Books', 'Travel', 'The Magazine', 'Newsletter', 'Subscribe', 'Q. & A.',
    'Ashdown’s atlas was walked by at least five people per route.', 'Photograph by Rhian Tolworth', 'Facebook', 'Share on X', 'Email', 'Save this story',
    iCallout, 'Sign up for the Parallax Daily', 'Our best stories, every weekday morning.', 'Sign up', 'Tags', ...iTags, 'Most Popular', ...iPopular,
    ...iFoot, '© 2026 Parallax Media. All rights reserved. Parallax may earn a portion of sales from products that are purchased through our site.',
    'We and our partners store and access information on your device.', 'Accept', 'Manage Preferences',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file f2: a New Scientist news article on its current templates (the top ad with its label, skip
 * link, the header with the hidden section menu, "Subscribe" and "Log in", the category link, headline, standfirst, the
 * share buttons, the lead image caption and credit, the author and date, article text with a "Read more" card and an ad
 * slot between paragraphs, the "Journal reference" lines, "Topics:", the newsletter promo, "More from New Scientist",
 * "Popular articles", the Sourcepoint-style cookie message and the footer).
 */
const nsTitle = 'Wildflower strips beside fields can boost crop yields, 10-year study finds';
const nsDek = 'Farmers who gave up a sliver of their land to flowers for pollinators and pest-eating insects got more grain from the rest of it';
const nsP = paras(`
Sowing strips of wildflowers along the edges of arable fields doesn’t just help wildlife – it can increase the harvest too,
according to a decade-long experiment on farms in eastern England.

Naomi Fairburn at the Fenland Agricultural Research Centre and her colleagues worked with 14 farms between 2014 and 2024. On each
farm, some fields were given 6-metre-wide margins sown with a mix of native wildflowers, taking up about 5 per cent of the field’s
area. The rest were farmed right up to the hedge.

For the first two or three years, the fields with flower strips produced slightly less grain in total, as might be expected from
losing land. But from the fifth year on, the pattern flipped. Averaged over the last five years of the study, fields with flower
strips produced about 4 per cent more in total than those without, meaning yields from the cropped part of each field were up by
roughly 9 per cent.

The team thinks two groups of insects are responsible. The flowers attracted bees and hoverflies that pollinate crops such as oilseed
rape and field beans, and they sheltered predators such as ground beetles and parasitic wasps that feed on aphids and other pests.
Farmers in the study sprayed insecticide on fields with flower strips about a third less often by the end of the experiment.

“It takes a few years for the insect populations to build up, which is why short studies have often missed this,” says Fairburn.
“Farmers who try it for one season and give up are stopping just before it starts to pay.”

The benefits were smallest for wheat, which is pollinated by the wind, and largest for beans. The study was also limited to one
region with fairly similar soils and weather, and the farms that volunteered may have been unusually committed to making the strips
work.

Lukas Brandtner at the University of Hohenried in Germany, who wasn’t involved in the research, says the length of the study makes it
especially valuable. “Most experiments like this last two or three years, so they only see the cost and not the benefit,” he says.
“Ten years is long enough to see what really happens on a farm.”

In the UK, farmers can already be paid to sow flower margins under government schemes. The new results suggest those margins may
eventually pay for themselves, says Fairburn, even without a subsidy.`);
const nsTopAd = 'Advertisement';
const nsMenu = ['News', 'Features', 'Newsletters', 'Podcasts', 'Video', 'Comment', 'Culture', 'Crosswords', 'This week’s magazine'];
const nsSections = ['Health', 'Space', 'Physics', 'Technology', 'Environment', 'Mind', 'Humans', 'Life', 'Mathematics', 'Chemistry', 'Earth'];
const nsShare = ['Facebook', 'X', 'LinkedIn', 'Reddit', 'Email', 'Copy link'];
const nsCaption = 'A strip of wildflowers along the edge of a field of oilseed rape';
const nsCredit = 'Geoffrey Ashdown/Alamy';
const nsReadMore = ['Read more', 'Bees are declining fastest where farms are largest'];
const nsJournal = ['Journal reference:', 'Journal of Applied Agroecology DOI: 10.1111/jaa.2025.0142'];
const nsTopics = ['agriculture', 'insects', 'biodiversity'];
const nsNews = [
  'Sign up to our weekly newsletter',
  'Receive a weekly dose of discovery in your inbox. We’ll also keep you up to date with New Scientist events and special offers.',
  'Sign up',
];
const nsMore = [
  'More from New Scientist',
  'Explore the latest news, articles and features',
  'Farmers are swapping pesticides for parasitic wasps',
  'Soil fungi could help crops survive drought',
];
const nsPopular = [
  'Popular articles',
  'Trending New Scientist articles',
  'We may finally know why cats purr',
  'A new type of magnetism has been discovered',
  'The surprising health benefits of cold showers',
];
const nsCookie = [
  'We use cookies and similar technologies to give you the best experience. Some are essential; others help us show you relevant content and ' + 'ads.',
  'Accept',
  'Manage settings',
];
const nsFoot = [
  'About us',
  'Contact us',
  'Advertise',
  'Syndication',
  'RSS feeds',
  'Jobs',
  'Events',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Cookie settings',
];
const nsPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nsHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wildflower strips beside fields can boost crop yields, 10-year study finds | New Scientist</title>
<meta name="description" content="${nsDek}"><meta property="og:site_name" content="New Scientist"><meta property="og:type" content="article">
<meta property="og:title" content="${nsTitle}"><meta name="author" content="Harriet Ng-Sorensen"><meta name="article:section" content="Environment">
<link rel="canonical" href="https://www.newscientist.com/article/2471190-wildflower-strips-beside-fields-can-boost-crop-yields-10-year-study-finds/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nsTitle}","description":"${nsDek}",
"datePublished":"2025-03-14T16:00:42+00:00","author":[{"@type":"Person","name":"Harriet Ng-Sorensen"}],"isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"New Scientist"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"articleId":"2471190","section":"environment","accessType":"metered"});</script>
<link rel="stylesheet" href="https://www.newscientist.com/build/app.1d7c3f2a.css"></head>
<body class="article-page"><div class="AdvertWrapper AdvertWrapper--leaderboard"><p class="AdvertWrapper__Label">${nsTopAd}</p>
<div id="div-gpt-ad-leaderboard" class="Advert"></div></div><a class="SkipLink" href="#main-content">Skip to main content</a>
<header class="Header"><div class="Header__Inner"><button class="Header__MenuButton" aria-label="Open menu"><span class="u-visually-hidden">Menu</span></button>
<a class="Header__Logo" href="/"><span class="u-visually-hidden">New Scientist</span><svg aria-hidden="true"></svg></a>
<div class="Header__Actions"><a class="Button Button--subscribe" href="/subscribe/">Subscribe</a><a class="Header__Login" href="/login/">Log in</a></div></div>
<nav class="Header__Menu" aria-label="Main" hidden><ul class="Header__MenuList">${links(nsMenu, 'Header__MenuItem')}</ul>
<ul class="Header__SectionList">${links(nsSections, 'Header__SectionItem')}</ul></nav></header>
<main id="main-content" class="Main"><article class="Article"><header class="ArticleHeader">
<div class="ArticleHeader__Category"><a class="ArticleHeader__CategoryLink" href="/subject/environment/">Environment</a></div>
<h1 class="ArticleHeader__Heading">${nsTitle}</h1>
<p class="ArticleHeader__Copy">${nsDek}</p>
<div class="ArticleHeader__SocialWrapper"><ul class="SocialShare">${nsShare
  .map((t) => `<li class="SocialShare__Item"><button class="SocialShare__Button" aria-label="${t}"><span class="u-visually-hidden">${t}</span></button></li>`)
  .join('\n')}</ul></div>
<figure class="ArticleImage"><img class="ArticleImage__Image" alt="" src="https://images.newscientist.com/wp-content/uploads/2025/03/14110251/wildflowers.jpg">
<figcaption class="ArticleImageCaption"><p class="ArticleImageCaption__Title">${nsCaption}</p><p class="ArticleImageCaption__Credit">${nsCredit}</p>
</figcaption></figure>
<div class="ArticleHeader__Author"><p class="ArticleHeader__AuthorName">By <a class="ArticleHeader__AuthorLink" href="/author/harriet-ng-sorensen/">Harriet
Ng-Sorensen</a></p><p class="ArticleHeader__Date">14 March 2025</p></div></header>
<div class="ArticleContent">
${nsPs(nsP.slice(0, 3))}
<div class="ReadMoreWithImage"><div class="ReadMoreWithImage__Content"><p class="ReadMoreWithImage__Label">${nsReadMore[0]}</p>
<a class="ReadMoreWithImage__Link" href="/article/2431177-bees-declining-largest-farms/"><p class="ReadMoreWithImage__Title">${nsReadMore[1]}</p></a></div>
<img class="ReadMoreWithImage__Image" alt="" src="https://images.newscientist.com/wp-content/uploads/2024/bees.jpg"></div>
${nsPs(nsP.slice(3, 6))}
<div class="AdvertWrapper AdvertWrapper--inArticle"><p class="AdvertWrapper__Label">Advertisement</p><div id="div-gpt-ad-mpu-1" class="Advert"></div></div>
${nsPs(nsP.slice(6))}
<p><strong>${nsJournal[0]}</strong></p>
<p><a href="https://doi.org/10.1111/jaa.2025.0142">${nsJournal[1]}</a></p>
</div>
<div class="ArticleTopics"><p class="ArticleTopics__Heading">Topics:</p><ul class="ArticleTopics__List">${lis(
  nsTopics.map((t) => `<a href="/subject/${t}/">${t}</a>`),
  'ArticleTopics__ListItem',
)}</ul></div></article>
<aside class="NewsletterPromo"><h2 class="NewsletterPromo__Title">${nsNews[0]}</h2><p>${nsNews[1]}</p>
<a class="Button" href="/newsletters/">${nsNews[2]}</a></aside>
<section class="MoreFromNS"><h2 class="MoreFromNS__Title">${nsMore[0]}</h2><p>${nsMore[1]}</p><ul>${links(nsMore.slice(2), 'CardLink')}</ul></section>
<section class="PopularArticles"><h2 class="PopularArticles__Title">${nsPopular[0]}</h2><p>${nsPopular[1]}</p><ol>${links(nsPopular.slice(2))}</ol></section>
</main>
<footer class="Footer"><ul class="Footer__Links">${links(nsFoot, 'Footer__Item')}</ul><p class="Footer__Copyright">© Copyright New Scientist Ltd.</p>
<a class="Footer__BackToTop" href="#">Back to top</a></footer>
<div class="sp-message-container" role="dialog" aria-label="Cookie message"><p class="sp-message-text">${nsCookie[0]}</p>
<button class="sp-button sp-button--accept">${nsCookie[1]}</button><button class="sp-button sp-button--options">${nsCookie[2]}</button></div>
<script src="https://www.newscientist.com/build/app.6a2e9d41.js" defer></script></body></html>`;
export const newScientist: TestPage = {
  html: nsHtml,
  name: 'heldout147-newscientist-news',
  kind: 'news',
  // the standfirst is body; the "Journal reference" lines are in neither list; the category, share labels, caption,
  // credit, "Read more" card, ad labels, topics, newsletter, rails, cookie message and footer are furniture
  title: nsTitle,
  headings: [],
  body: [nsDek, ...texts(nsP)],
  bylines: ['By Harriet Ng-Sorensen', 'Harriet Ng-Sorensen', '14 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    nsTopAd, 'Skip to main content', 'Menu', 'Subscribe', 'Log in', ...nsMenu, ...nsSections, ...nsShare, nsCaption, nsCredit, ...nsReadMore, 'Topics:',
    ...nsTopics, ...nsNews, ...nsMore, ...nsPopular, ...nsFoot, '© Copyright New Scientist Ltd.', 'Back to top', ...nsCookie,
  ],
};

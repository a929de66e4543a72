import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 114, file c2: a public broadcaster's news story (ABC News shape, data-component attributes) whose article
 * opens with a "Key points" box (heading and three list items) and a "Share this story" row inside the article, then the
 * story (top nav, "Topic:" label, byline with "Posted" and "Updated" lines, lead image caption, "Related Stories" inline
 * card, "Get breaking news alerts" promo, the topic tags, the "Top Stories" rail and footer with the acknowledgement).
 */
const title = 'Farmers along the Marran River told to prepare for second flood peak this week';
const keyPoints = [
  'The Marran River is expected to peak again at Tullabri on Thursday',
  'Emergency services say some properties may be isolated for up to a week',
  'Graziers are being urged to move stock to higher ground now',
];
const paras = [
  'Farmers along the Marran River have been told to move stock and machinery to higher ground as a second flood peak makes its ' +
    'way downstream, just days after the first one receded.',
  'The Bureau of Meteorology said the river was expected to reach 9.4 metres at Tullabri on Thursday afternoon, slightly below ' +
    'last week’s peak but high enough to cut the main road between Tullabri and Coonara again.',
  'State Emergency Service incident controller Bree Halloran said some properties in the lower valley could be isolated for up ' + 'to a week.',
  '“People who were cut off last week will likely be cut off again, and for longer,” she said. “If you need medication, ' +
    'fuel or feed for your animals, go and get it now.”',
];
const h1 = 'Stock losses still being counted';
const paras2 = [
  'Grazier Tom Wickham, who runs sheep on the river flats east of Tullabri, said he lost about 300 head in last week’s flood ' +
    'and had spent the weekend moving the rest of his flock to a neighbour’s property.',
  '“We thought we had done enough last time,” he said. “The water came up faster than anyone expected. We are not taking that ' + 'risk again.”',
  'The state’s primary industries department said it was still assessing losses from the first flood but estimated thousands of ' +
    'sheep and cattle had died across the catchment.',
  'Fodder drops to isolated properties are expected to resume on Wednesday if the weather allows.',
];
const h2 = 'More rain forecast';
const paras3 = [
  'Forecasters said a low-pressure system moving in from the west could bring another 30 to 60 millimetres to the upper ' +
    'catchment over the weekend, which may delay the river’s fall.',
  'Residents can find updated warnings on the SES website or by tuning in to local radio.',
  'Farmers who need help moving stock or getting feed to isolated paddocks can contact the local land services ' +
    'office, which said it had extra staff on call this week.',
];
const nav = ['Just In', 'For You', 'Australia', 'World', 'Business', 'Politics', 'Analysis', 'Sport', 'Science', 'Health', 'Arts', 'Fact Check'];
const topics = ['Floods', 'Rural', 'Livestock', 'Tullabri'];
const top = ['Interest rates on hold as inflation eases', 'Heatwave warning issued for parts of the state', 'Teen charged after break-in at rural school'];
const foot = ['About the broadcaster', 'Editorial policies', 'Contact us', 'Terms of use', 'Privacy policy', 'Accessibility'];
const ack =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians ' +
  'of the lands where we live, learn, and work.';
const caption = 'Floodwater surrounds a farmhouse on the Marran River flats east of Tullabri.';
const credit = 'ABN Western Plains: Jess Corrigan';
const share = ['Share this story', 'Copy link', 'Facebook', 'X (formerly Twitter)', 'WhatsApp', 'Email'];
const related = 'Tullabri residents begin clean-up as first flood peak passes';
const alerts = 'Get breaking news alerts directly to your phone with our app.';
const html = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charSet="utf-8"><title>${title} - ABN News</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${keyPoints[0]}">
<meta property="og:title" content="${title}"><meta name="ContentId" content="105822314">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-10-13T05:12:00.000Z",
"author":[{"@type":"Person","name":"Callum Birch"}],"publisher":{"@type":"Organization","name":"ABN News"}}</script>
<script src="/news-web/static/js/main.4e2a.js" defer></script></head>
<body><div id="root"><a class="SkipLinks_link__k" href="#content">Skip to main content</a><header data-component="Masthead"><a href="/news">ABN News</a>
<nav data-component="PrimaryNav" aria-label="primary navigation"><ul>${links(nav, 'Navigation_item__c')}</ul></nav></header>
<main id="content"><article data-component="Article"><div data-component="ArticleHeader">
<div data-component="Topic"><span class="Topic_label__w">Topic:</span><a data-component="Link" href="/news/topic/floods">Floods</a></div>
<h1 data-component="Heading">${title}</h1>
<div data-component="Byline"><p data-component="Typography"><a href="/news/callum-birch/9921">Callum Birch</a></p>
<div data-component="Timestamp"><span>Posted </span><time dateTime="2025-10-13T05:12:00.000Z">Mon 13 Oct 2025 at 4:12pm</time></div>
<div data-component="Timestamp"><span>Updated </span><time dateTime="2025-10-13T08:30:00.000Z">Mon 13 Oct 2025 at 7:30pm</time></div></div></div>
<figure data-component="Figure"><img src="https://live-production.wcms.abn.example/floods-data.jpg?impolicy=wcms_crop_resize" alt="">
<figcaption data-component="Figure__figcaption">${caption} <cite data-component="Figure__credit">(${credit})</cite></figcaption></figure>
<div data-component="LayoutContainer"><div id="body" data-component="ArticleBody">
<div data-component="KeyPoints" aria-labelledby="keypoints"><h2 id="keypoints" data-component="KeyPoints__title">Key points:</h2>
<ul data-component="List">${keyPoints.map((k) => `<li data-component="ListItem"><p>${k}</p></li>`).join('')}</ul></div>
<div data-component="ShareUtility"><span data-component="ShareUtility__title">${share[0]}</span><ul>${share
  .slice(1)
  .map((s) => `<li><button data-component="ShareUtility__button">${s}</button></li>`)
  .join('')}</ul></div>
${ps(paras.slice(0, 2), ' data-component="Paragraph"')}
<aside data-component="RelatedCard"><span data-component="RelatedCard__label">Related Stories</span><a href="#"><h3>${related}</h3></a></aside>
${ps(paras.slice(2), ' data-component="Paragraph"')}
<h2 data-component="Heading">${h1}</h2>
${ps(paras2, ' data-component="Paragraph"')}
<aside data-component="PromoBox"><p>${alerts}</p><a href="/app">Download the app</a></aside>
<h2 data-component="Heading">${h2}</h2>
${ps(paras3, ' data-component="Paragraph"')}
</div><div data-component="Tags"><span>More on:</span><ul>${links(topics, 'Tags_item__x')}</ul></div></div></article>
<aside data-component="TopStories"><h2>Top Stories</h2><ul>${links(top)}</ul></aside></main>
<footer data-component="Footer"><p>${ack}</p><ul>${links(foot)}</ul><p>AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT</p></footer></div>
</body></html>`;
export const keyPointsPage: TestPage = {
  name: 'heldout114-abn-key-points-share-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([...paras, ...paras2, ...paras3]),
  bylines: ['Callum Birch', 'Posted Mon 13 Oct 2025 at 4:12pm', 'Updated Mon 13 Oct 2025 at 7:30pm'],
  furniture: [
    'Key points:',
    ...keyPoints,
    ...share,
    'Skip to main content',
    'ABN News',
    ...nav,
    'Topic:',
    caption,
    credit,
    'Related Stories',
    related,
    alerts,
    'Download the app',
    'More on:',
    ...topics,
    'Top Stories',
    ...top,
    ack,
    ...foot,
    'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT',
  ],
};

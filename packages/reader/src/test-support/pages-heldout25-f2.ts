import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 25, file f2: a South China Morning Post story (Next.js page with emotion "css-" classes and data-qa
 * attributes, the header with "Subscribe" and "Sign In", section nav, the section and sub-section labels, headline, the
 * two-bullet summary, author names with the place, "Why you can trust SCMP", published and updated times, the listen / gift /
 * print / comment / share bar, lead image with caption and credit, body paragraphs with "Advertisement" slots and an inline
 * related-article card, "Discover more stories on", the topics, the subscription prompt, "Trending in HK" and the footer).
 */
const scTitle = 'Hong Kong minibus operators struggle to find drivers as average age tops 60';
const scSummary = [
  'Fewer than 3 per cent of the city’s licensed minibus drivers are under 35, industry figures show',
  'Operators warn some routes could be cut within two years unless licensing rules are relaxed or imported labour allowed',
];
const scBody = [
  'Hong Kong’s minibus operators say they are struggling to fill driver seats as the workforce ages, with the average driver now ' +
    'older than 60 and some routes already running fewer trips because of staff shortages.',
  'Figures compiled by the Hong Kong Minibus Operators Alliance show that of the roughly 6,800 people holding the licences needed ' +
    'to drive the city’s 16-seat minibuses, only about 190 are younger than 35.',
  '“Every month, more drivers retire than join,” said Leung Chi-wai, the alliance’s chairman, who has run green minibus routes in ' +
    'Kowloon for 28 years. “On some routes we have buses sitting in the depot because there is nobody to drive them.”',
  'Leung said operators on at least 15 routes had reduced their frequency this year, mainly in the evenings and on routes to ' +
    'outlying housing estates in the New Territories.',
  'The industry has asked the Transport Department to shorten the qualifying period for a minibus licence, which requires drivers ' +
    'to have held a private car licence for at least three years, and to let operators recruit drivers from mainland China under ' +
    'the government’s imported labour scheme.',
  'Drivers’ groups oppose the second proposal, saying the real problem is pay. A full-time minibus driver typically earns between ' +
    'HK$18,000 and HK$24,000 a month, working shifts of 11 to 12 hours.',
  '“Young people can earn the same delivering food, with shorter hours and no passengers shouting at them,” said Chan Wing-sze, 58, ' +
    'who drives a red minibus between Mong Kok and Tsuen Wan.',
  'A Transport Department spokesman said the government was “closely monitoring” the manpower situation and would consider the ' +
    'industry’s proposals together with other measures to improve minibus services.',
  'The city has about 4,350 minibuses, which carry roughly 1.4 million passengers a day, according to government data.',
  'Lo Hong-kam, a transport researcher at a local university, said the shortage would get worse over the next decade unless the ' +
    'job became more attractive. “Automation is not going to drive a minibus up a hill in Sai Kung any time soon,” he said.',
];
const scCaption = 'A green minibus waits for passengers at a terminus in Kowloon.';
const scCredit = 'Photo: Jonathan Wong';
const scCard = 'Hong Kong taxi trade to get 2,000 new licences for drivers from mainland China';
const scNav = ['Hong Kong', 'China', 'Asia', 'World', 'Opinion', 'Business', 'Tech', 'Lifestyle', 'Sport', 'Video'];
const scBar = ['Listen', 'Gift this article', 'Print', 'Share'];
const scTopics = ['Hong Kong transport', 'Hong Kong economy', 'Hong Kong jobs', 'Labour shortage'];
const scPrompt = 'Subscribe to SCMP Plus for unlimited access to our journalism.';
const scTrending = [
  'Hong Kong weather: cold front to bring temperatures down to 13 degrees',
  'MTR to extend late-night service on East Rail line over Christmas',
  'Cross-harbour tunnel tolls: what changes from January',
];
const scFoot = ['About us', 'Contact us', 'Work for us', 'Advertise with us', 'Terms & Conditions', 'Privacy Policy', 'FAQs', 'Code of Conduct'];
const scCopy = 'Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.';
const scAd = (n: number) =>
  `<div class="css-1l4ss6y ead3vbt0" data-qa="AdSlot-Container"><div class="css-v8c9p2">Advertisement</div><div id="dfp-ad-inline${n}"></div></div>`;
const scP = (ps: readonly string[]) => ps.map((p) => `<p class="css-1kgsjzf e1qe7jbq0" data-qa="Component-Component">${p}</p>`).join('\n');
const scHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${scTitle} | South China Morning Post</title>
<meta name="description" content="${scSummary[0]}.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${scTitle}","articleSection":"Hong Kong/Transport",
"author":[{"@type":"Person","name":"Tiffany Ngai"}],"datePublished":"2025-11-18T10:00:00.000Z","dateModified":"2025-11-18T13:12:00.000Z"}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"entityId":"3333123","contentType":"Article","paywallType":"metered"}}}</script>
<style data-emotion="css 1kgsjzf">.css-1kgsjzf{font-family:Roboto,serif;font-size:18px;line-height:28px}</style></head>
<body><div id="__next"><header class="css-12y0qth" data-qa="Header-Container"><a href="/" aria-label="South China Morning Post"><svg></svg></a>
<nav class="css-1a0x7ds" data-qa="Header-Nav"><ul>${links(scNav, 'css-q9e4vy')}</ul></nav>
<a class="css-6bn2yu" data-qa="Header-Subscribe" href="/subscribe">Subscribe</a><button data-qa="Header-Login">Sign In</button></header>
<main class="css-1q3ybdk"><article data-qa="GenericArticle-Container">
<div data-qa="ArticleHeader-Container" class="css-1eaewr1"><div class="css-1yujxc0" data-qa="ContentHeaderSection">
<a href="/news/hong-kong">Hong Kong</a><span> / </span><a href="/news/hong-kong/transport">Transport</a></div>
<h1 class="css-1xdhyk6" data-qa="ContentHeadline-Headline">${scTitle}</h1>
<div data-qa="ContentSummary-ContentSummary" class="css-ru0d1s"><ul>${scSummary.map((t) => `<li><p>${t}</p></li>`).join('')}</ul></div>
<div class="css-1r1hosh" data-qa="ArticleHeader-Authors"><span data-qa="AuthorNames"><a href="/author/tiffany-ngai">Tiffany Ngai</a></span>
<span data-qa="AuthorLocations">in Hong Kong</span></div>
<a class="css-pq4fvr" data-qa="WhyTrustUs" href="/knowledge/trust">Why you can trust SCMP</a>
<div data-qa="ArticleDate" class="css-175k7ep"><time datetime="2025-11-18T10:00:00.000Z">Published: 6:00pm, 18 Nov 2025</time>
<time datetime="2025-11-18T13:12:00.000Z">Updated: 9:12pm, 18 Nov 2025</time></div>
<div data-qa="ArticleActionWidgets" class="css-1n6ug7a">${scBar.map((t) => `<button aria-label="${t}">${t}</button>`).join('')}
<a href="#comments" data-qa="CommentCount">Comment (8)</a></div></div>
<figure data-qa="ArticleImage" class="css-11cnz3y"><img alt="${scCaption}"
src="https://cdn.i-scmp.com/sites/default/files/d8/images/canvas/2025/11/18/minibus.jpg">
<figcaption class="css-c9hnsm"><span>${scCaption}</span> <span class="css-1oyj2y8">${scCredit}</span></figcaption></figure>
<div data-qa="GenericArticle-Content" class="css-1rbrxz6">
${scP(scBody.slice(0, 3))}
${scAd(1)}
${scP(scBody.slice(3, 5))}
<aside class="css-wu2w2m" data-qa="InlineRelatedArticle"><div class="css-1hxnwrk">Hong Kong</div><a
href="/news/hong-kong/transport/article/3321456/taxi">${scCard}</a>
<div class="css-lrzxl2">3 Oct 2025</div></aside>
${scP(scBody.slice(5, 8))}
${scAd(2)}
${scP(scBody.slice(8))}
</div>
<div data-qa="ArticleTopics" class="css-99g5r3"><div class="css-1ouz8mu">Discover more stories on</div>
<ul>${links(scTopics, 'css-1yb1aby')}</ul><p>powered by Perigon</p></div></article>
<div data-qa="PaywallPrompt" class="css-gpb5oh"><p>${scPrompt}</p><a href="/subscribe">Subscribe now</a>
<p>Already a subscriber? <a href="/login">Log in</a></p></div>
<aside data-qa="TrendingInHK" class="css-10q4zmr"><h2>Trending in HK</h2><ol>${links(scTrending)}</ol></aside></main>
<footer data-qa="Footer-Container" class="css-1lkhkmx"><ul>${links(scFoot)}</ul><p>${scCopy}</p></footer></div></body></html>`;
export const scmp: TestPage = {
  html: scHtml,
  name: 'heldout25-scmp-story',
  kind: 'news',
  // the two summary bullets under the headline are the desk's own summary of the story: body (as a dek is), written without
  // a full stop as the template sets them; the story has no subheads; "Tiffany Ngai", "in Hong Kong" and both times are
  // bylines; "Why you can trust SCMP", the section labels, the action bar and comment count, caption and credit, the
  // "Advertisement" slots (once), the inline related-article card (its label "Hong Kong" is the nav's, listed once) with its
  // date, "Discover more stories on", the topics and "powered by Perigon", the paywall prompt, "Trending in HK", header, nav and
  // footer are furniture
  title: scTitle,
  headings: [],
  body: [...scSummary, ...texts(scBody)],
  bylines: ['Tiffany Ngai', 'in Hong Kong', 'Published: 6:00pm, 18 Nov 2025', 'Updated: 9:12pm, 18 Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...scNav, 'Subscribe', 'Sign In', 'Transport', 'Why you can trust SCMP', ...scBar, 'Comment (8)', scCaption, scCredit, 'Advertisement', scCard,
    '3 Oct 2025', 'Discover more stories on', ...scTopics, 'powered by Perigon', scPrompt, 'Subscribe now', 'Already a subscriber?', 'Log in',
    'Trending in HK', ...scTrending, ...scFoot, scCopy,
  ],
};

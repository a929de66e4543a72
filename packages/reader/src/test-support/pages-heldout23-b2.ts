import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 23, file b2: The Independent-style news story (the masthead with "Subscribe" and "Log in", section nav, the
 * breadcrumb trail, headline and standfirst, author with job title and the long date line, bookmark and comments buttons, a
 * lead image with caption and credit, the "Sign up to our free Morning Headlines email" box and a "Read More" list dropped
 * into the body, an inline photo, the reader-support appeal, "More about" tags, "Join our commenting forum", the "Most
 * popular" list and the footer, on styled-components class names).
 */
const inTitle = 'Village cut off for three days as river bursts its banks after wettest October on record';
const inStandfirst = 'Residents of Bryncoed say they were left without power or road access while emergency crews struggled to reach them';
const inBody1 = [
  'Residents of a mid-Wales village have described being stranded for three days after the River Teme burst its banks, flooding ' +
    'the only road in and out and knocking out power to more than 200 homes.',
  'Emergency crews reached Bryncoed by tractor on Sunday morning, more than 60 hours after the water first rose, bringing bottled ' +
    'water, medicine and a generator for the village hall.',
  'The Met Office said the area had its wettest October since records began in 1862, with some gauges in the upper valley ' +
    'recording more than three times the average rainfall for the month.',
  '“We watched the water come up the lane on Thursday night and by Friday morning the bridge had gone under,” said Eira Vaughan, ' +
    '67, who runs the village shop. “We had candles and a camping stove, and the neighbours looked after each other, but nobody ' +
    'came for days.”',
];
const inBody2 = [
  'Powys County Council said its crews had been working across more than 40 flooded sites and that Bryncoed had been “a priority ' +
    'from the start”, but that the single access road was too deep and fast-flowing to cross safely until Saturday night.',
  'Natural Resources Wales, which manages flood defences in the area, said an embankment upstream of the village had been ' +
    'overtopped rather than breached, and that it would inspect the structure once the water had gone down.',
  'Local councillor Gareth Pryce said residents had been warning for years that the village needed a second route out. “Every ' +
    'time this happens we are told it is a one-off,” he said. “This is the third time in six years.”',
  'Forecasters expect drier weather for the rest of the week, although a yellow warning for rain remains in place for parts of ' +
    'north Wales until Wednesday evening.',
];
const inNav = ['News', 'Sport', 'Voices', 'Culture', 'Lifestyle', 'Travel', 'Premium', 'Money', 'Independent TV'];
const inCrumbs = ['News', 'UK', 'Home News'];
const inReadMore = [
  'Storm warnings issued as forecasters predict 80mph gusts',
  'Map shows every flood alert in England and Wales right now',
  'Insurers warn of rising premiums for homes near rivers',
];
const inPopular = [
  'Man arrested after dog walker finds human remains in Cheshire woodland',
  'Strictly star reveals why she nearly quit after first week',
  'Heathrow chaos as passengers stranded by IT failure',
  'The seaside town where house prices have doubled in five years',
  'Energy price cap to rise again in January, experts warn',
];
const inTags = ['Flooding', 'Wales', 'Met Office', 'Natural Resources Wales'];
const inFoot = ['About us', 'Contact us', 'Jobs', 'Install our apps', 'Privacy notice', 'Cookie policy', 'Code of conduct', 'Complaints', 'Advertising guide'];
const inLeadCap = 'Floodwater covers the road into Bryncoed, Powys, on Saturday';
const inPhotoCap = 'Volunteers fill sandbags outside the village hall';
const inAppeal =
  'At The Independent, no one tells us what to report. Our journalism is free to read for everyone, and it stays that way ' +
  'because readers like you choose to support it.';
const inNewsletter = 'Get the free Morning Headlines email for news from our reporters across the world';
const inHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Village cut off for three days as river bursts its banks | The Independent</title>
<meta name="description" content="${inStandfirst}"><meta property="article:section" content="Home News">
<meta name="article:author_name" content="Hannah Price"><meta name="date" content="2025-11-03T09:41:12.000Z">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${inTitle}","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Hannah Price","jobTitle":"Wales Correspondent"}],"datePublished":"2025-11-03T09:41:12.000Z"}</script>
<script>window.JSGlobals = {"pageType":"article","articleId":"b2861044","section":"news/uk/home-news","commentsEnabled":true};</script>
<style data-styled="active">.sc-1x7kgz9-0{display:flex}.sc-5a3rbe-2{font-family:Indy Serif,Georgia,serif}</style></head>
<body><div id="__next"><div class="sc-1x7kgz9-0 jMLxko"><header id="masthead" class="sc-14xdxwq-0 bdSnZf">
<a href="/" class="sc-14xdxwq-1 hLmYRe" aria-label="The Independent homepage"><svg role="img"></svg></a>
<div class="sc-14xdxwq-3"><a href="/subscribe" class="sc-14xdxwq-4 subscribe-cta">Subscribe</a>
<button class="sc-14xdxwq-5" data-testid="login-button">Log in</button></div>
<nav class="sc-1gd4bqs-0 main-nav" aria-label="Main navigation"><ul>${links(inNav, 'sc-1gd4bqs-1')}</ul></nav></header>
<div class="sc-ad-slot" data-mpu="top-banner"><span class="ad-label">Advertisement</span></div>
<main class="sc-1bm0d9a-0"><article class="sc-5a3rbe-0 article-default">
<nav class="sc-breadcrumbs" aria-label="Breadcrumb">
<ol>${inCrumbs.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ol></nav>
<div id="articleHeader" class="sc-5a3rbe-1"><h1 class="sc-5a3rbe-2 gBnXMp" data-testid="headline">${inTitle}</h1>
<h2 class="sc-5a3rbe-3 standfirst" data-testid="standfirst">${inStandfirst}</h2>
<div class="sc-author-wrapper" data-testid="article-author"><a class="author-name" href="/author/hannah-price">Hannah Price</a>
<p class="author-role">Wales Correspondent</p><time class="sc-publish-date" datetime="2025-11-03T09:41:12.000Z">Monday 03 November 2025 09:41 GMT</time></div>
<div class="sc-article-actions"><button class="bookmark-button" aria-label="Bookmark">Bookmark</button>
<a class="comments-link" href="#comments"><span class="comments-count" data-testid="comment-count">87</span> Comments</a></div></div>
<figure class="sc-lead-image"><img src="https://static.independent.example/2025/11/03/09/bryncoed-flood.jpg?width=1200" alt="">
<figcaption><span class="caption">${inLeadCap}</span> <span class="credit">(PA)</span></figcaption></figure>
<div id="main" class="sc-article-body main-content-column" data-testid="article-body">
${inBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="inline-newsletter" data-testid="newsletter-signup"><p class="inline-newsletter-title">Sign up to our free Morning Headlines email</p>
<p class="inline-newsletter-text">${inNewsletter}</p><form><label for="nl-email">Email</label><input id="nl-email" type="email">
<button type="submit">Sign up</button></form>
<p class="inline-newsletter-legal">I would like to be emailed about offers, events and updates from The Independent.
Read our privacy notice</p></div>
<div class="related-links" data-testid="read-more"><p class="related-links-title">Read More</p><ul>${links(inReadMore, 'related-link')}</ul></div>
<figure class="inline-image"><img src="https://static.independent.example/2025/11/03/10/sandbags.jpg?width=640" alt="">
<figcaption><span class="caption">${inPhotoCap}</span> <span class="credit">(Ben Morris/PA Wire)</span></figcaption></figure>
${inBody2.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="support-appeal" data-testid="support-module"><h3>Help us keep independent journalism free</h3><p>${inAppeal}</p>
<a class="support-appeal-button" href="/donations">Support us</a></div>
<div class="more-about" data-testid="topic-tags"><span class="more-about-label">More about</span><ul>${links(inTags, 'topic-tag')}</ul></div>
<section id="comments" class="comments-promo" data-testid="comments-promo"><h3>Join our commenting forum</h3>
<p>Join thought-provoking conversations, follow other Independent readers and see their replies</p>
<button class="comments-button" type="button">View comments</button></section>
</article>
<aside class="sc-sidebar" aria-label="Most popular"><h2 class="most-popular-title">Most popular</h2>
<ol>${inPopular.map((t, i) => `<li><span class="rank">${i + 1}</span><a href="/most-popular-${i + 1}">${t}</a></li>`).join('\n')}</ol>
<h3 class="popular-videos-title">Popular videos</h3><div class="video-rail" data-testid="video-rail"></div></aside></main>
<footer class="sc-footer"><ul>${links(inFoot)}</ul><p class="footer-copyright">© 2025 Independent Digital News &amp; Media Ltd</p></footer></div></div>
<div id="sp_message_container_1194837" class="sp-consent" style="display:block"><div class="message-component">
<p>We care about your privacy. We and our partners use cookies to personalise content and measure ads.</p>
<button title="AGREE">AGREE</button><button title="Options">Options</button></div></div>
</body></html>`;
export const independentStory: TestPage = {
  html: inHtml,
  name: 'heldout23-independent-news-story',
  kind: 'news',
  // the standfirst (an h2 under the headline, not a section heading) is body, as a dek is; the story has no section headings;
  // "Hannah Price" and the date line are bylines, her job title beside them furniture; the breadcrumb, "Bookmark", the comment
  // count, the lead and inline photo captions with credits, the newsletter box and the "Read More" list dropped into the body,
  // the support appeal, "More about" tags, "Join our commenting forum" with its text and button, "Most popular", "Popular
  // videos", the consent box, ad label, masthead, nav and footer are furniture; "News" (nav, breadcrumb) is listed once
  title: inTitle,
  headings: [],
  body: [inStandfirst, ...texts(inBody1), ...texts(inBody2)],
  bylines: ['Hannah Price', 'Monday 03 November 2025 09:41 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...inNav, 'Advertisement', 'UK', 'Home News', 'Wales Correspondent', 'Bookmark', '87 Comments', inLeadCap, '(PA)',
    'Sign up to our free Morning Headlines email', inNewsletter, 'Sign up', 'I would like to be emailed about offers, events and updates from The Independent.',
    'Read our privacy notice', 'Read More', ...inReadMore, inPhotoCap, '(Ben Morris/PA Wire)', 'Help us keep independent journalism free', inAppeal,
    'Support us', 'More about', ...inTags, 'Join our commenting forum',
    'Join thought-provoking conversations, follow other Independent readers and see their replies',
    'View comments', 'Most popular', ...inPopular, 'Popular videos', ...inFoot, '© 2025 Independent Digital News & Media Ltd',
    'We care about your privacy. We and our partners use cookies to personalise content and measure ads.', 'AGREE', 'Options',
  ],
};

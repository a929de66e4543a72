import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file d3: a The Conversation article (UK edition template). */
const title = 'Why bridges built in the 1960s are reaching the end of their lives at the same time';
const p1 = [
  'Across Europe, road bridges that opened within a few years of each other are now failing inspections within a few years of ' +
    'each other. In Germany alone, more than 4,000 motorway bridges need replacing in the next decade. The reasons have less to ' +
    'do with neglect than with the way those bridges were designed, and the traffic they were designed for.',
  'I study how concrete structures age, and the story of these bridges is really a story about steel tendons hidden inside them.',
];
const h1 = 'A building boom with one recipe';
const p2 = [
  'Most large road bridges from the 1960s and early 1970s were built from prestressed concrete. Steel cables, or tendons, are ' +
    'stretched tight and anchored inside the concrete, squeezing it so it can carry loads that would otherwise crack it. The ' +
    'technique allowed long, slender spans at low cost, and engineers across the continent used it enthusiastically.',
  'The trouble is that some of the steel used at the time was prone to a kind of corrosion called stress corrosion cracking. ' +
    'Under constant tension and exposed to a little moisture, the wires can crack from the inside with almost no warning. ' +
    'Because the tendons are buried in concrete, inspectors cannot see them.',
];
const readMore = 'Read more: How engineers decide when an old bridge is too dangerous to keep open';
const h2 = 'Heavier lorries, more of them';
const p3 = [
  'The second problem is traffic. When these bridges were designed, a heavy lorry weighed about 24 tonnes. Today the limit in ' +
    'most European countries is 40 or 44 tonnes, and there are many times more of them. Each passing axle flexes the structure a ' +
    'little, and over millions of cycles that fatigue adds up.',
  'Designers in the 1960s simply could not have predicted the growth of road freight. Their calculations were sound for the ' + 'world they lived in.',
];
const h3 = 'What can be done';
const p4 = ['There are three broad options, none of them cheap:'];
const list = [
  'Strengthen the bridge with external tendons or carbon fibre, which can add 20 to 30 years of life.',
  'Monitor it continuously with acoustic sensors that listen for the sound of wires snapping.',
  'Replace it, usually by building a new bridge alongside before demolishing the old one.',
];
const p5 = [
  'Monitoring has become much more affordable. Sensors costing a few thousand euros can now pick up a single wire break and ' +
    'send an alert within minutes, giving engineers time to close a bridge before a failure becomes dangerous.',
  'But monitoring buys time; it does not fix the underlying problem. The uncomfortable truth is that a generation of bridges ' +
    'built together will need to be replaced together, and the bill will land on governments over the next 20 years whether ' +
    'they plan for it or not.',
];
const author = 'Johanna Reinholt';
const role = 'Senior Lecturer in Structural Engineering, University of Castlebridge';
const disclosure =
  'Johanna Reinholt receives funding from the Engineering and Physical Sciences Research Council. She is a member of the ' +
  'Institution of Structural Engineers.';
const partners = 'University of Castlebridge provides funding as a founding partner of The Conversation UK.';
const captionA = 'A motorway bridge under repair. Many were built within a few years of one another.';
const creditA = 'Lutz Behrend/Shutterstock';
const nav = ['Arts + Culture', 'Business + Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Science + Technology', 'In French'];
const topics = ['Infrastructure', 'Bridges', 'Concrete', 'Civil engineering', 'Transport'];
const republish = 'We believe in the free flow of information';
const republishText = 'Republish our articles for free, online or in print, under Creative Commons licence.';
const donate =
  'Before you go... Every day, our editors work with academics to publish articles like this one. If you value independent, ' +
  'evidence-based journalism, please consider a donation.';
const nl = 'Get the news that’s free, independent and based on evidence.';
const foot = ['Who we are', 'Our charter', 'Our team', 'Partners and funders', 'Contact us', 'Privacy policy', 'Terms and conditions', 'Corrections'];
const events = ['Castlebridge Science Festival: The future of roads', 'Webinar: Retrofitting infrastructure for climate change'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Why bridges built in the 1960s are reaching the end of their lives at the same time</title>
<meta name="description" content="Road bridges that opened within a few years of each other are failing inspections within a few years of each other.">
<meta property="og:site_name" content="The Conversation"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:author" content="${author}"><link rel="canonical" href="https://theconversation.example/why-bridges-built-in-the-1960s-248811">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-12T12:52:11Z",
"author":[{"@type":"Person","name":"${author}"}],"publisher":{"@type":"Organization","name":"The Conversation"}}</script>
<link rel="stylesheet" href="https://cdn.theconversation.example/assets/application.css"></head>
<body class="articles show"><div id="skip-link"><a href="#main">Skip to main content</a></div>
<header class="site-header"><a class="logo" href="/uk">The Conversation</a><p class="tagline">Academic rigour, journalistic flair</p>
<nav class="sections" aria-label="Sections"><ul>${links(nav, 'section')}</ul></nav>
<div class="header-actions"><a href="/uk/newsletters">Newsletter</a><a class="donate" href="https://donate.theconversation.example/uk">Donate</a>
<a href="/sign_in">Sign in</a></div><label class="edition-label">Edition:</label><span class="edition">United Kingdom</span></header>
<main id="main"><article class="article-container" itemscope itemtype="http://schema.org/NewsArticle">
<header class="content-header"><h1 class="legacy entry-title instapaper_title" itemprop="name">${title}</h1>
<div class="timestamps"><time datetime="2025-03-12T12:52:11Z">Published: March 12, 2025 12:52pm GMT</time></div>
<div class="content-authors-group"><ul class="authors"><li class="author"><a class="author-name" href="/profiles/johanna-reinholt-1188041">${author}</a>
<p class="role">${role}</p></li></ul></div></header>
<div class="grid-ten large-grid-nine grey-sidebar"><figure class="align-center"><img src="https://images.theconversation.example/files/651234/bridge.jpg"
alt="">
<figcaption><span class="caption">${captionA}</span> <span class="attribution"><a class="source" href="#">${creditA}</a></span></figcaption></figure>
<div class="content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<p><strong><em>Read more: <a href="/how-engineers-decide-old-bridge-dangerous-231101">How engineers decide when an old bridge is too dangerous to keep
open</a></em></strong></p>
<h2>${h2}</h2>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p5)}
</div>
<div class="content-sidebar-disclosure"><h3>Disclosure statement</h3><p>${disclosure}</p><h3>Partners</h3><p>${partners}</p></div>
<div class="republish"><h3>${republish}</h3><p>${republishText}</p><a class="button" href="/republish">Republish this article</a></div>
<div class="topic-list"><h3>Topics</h3><ul>${links(topics, 'topic-list-item')}</ul></div>
<div class="donation-ask"><p>${donate}</p><a href="https://donate.theconversation.example/uk">Donate now</a></div>
<div id="comments" class="comments"><h3>Comments</h3><p>Join the conversation</p><a href="/sign_in">Sign in to comment</a></div>
</div></article>
<aside class="sidebar"><section class="newsletter-signup"><h2>${nl}</h2><form><label for="nl">Email address</label><input id="nl" type="email">
<button>Get newsletter</button></form></section><section class="events"><h2>Events</h2><ul>${links(events)}</ul></section></aside></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>Copyright © 2010–2025, The Conversation Media Group Ltd</p></footer>
<div class="cookie-notice" role="dialog"><p>We use cookies to give you the best experience on our website.</p><button>Accept all cookies</button></div>
<script src="https://cdn.theconversation.example/assets/application.js"></script></body></html>`;

export const conversation: TestPage = {
  name: 'heldout230-the-conversation-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4, ...list, ...p5]),
  bylines: ['Published: March 12, 2025 12:52pm GMT', author],
  // the inline "Read more:" promo inside the article body is furniture; so are the author's role, disclosure and partners
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Conversation', 'Academic rigour, journalistic flair', ...nav, 'Newsletter', 'Donate', 'Sign in', 'Edition:',
    'United Kingdom', role, captionA, creditA, readMore, 'Disclosure statement', disclosure, 'Partners', partners, republish, republishText,
    'Republish this article', 'Topics', ...topics, donate, 'Donate now', 'Comments', 'Join the conversation', 'Sign in to comment', nl, 'Email address',
    'Get newsletter', 'Events', ...events, ...foot, 'Copyright © 2010–2025, The Conversation Media Group Ltd',
    'We use cookies to give you the best experience on our website.', 'Accept all cookies',
  ],
};

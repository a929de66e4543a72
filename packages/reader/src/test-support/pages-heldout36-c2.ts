import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 36, file c2: a Stuff (stuff.co.nz) regional story on its current template (skip link, top bar with the
 * Stuff logo and "Sign in", section nav, region label, headline and standfirst, writer with role and avatar, date and
 * reading time, share buttons, hero image with caption and credit, the body with two subheads and a pull quote, the "Got a
 * story tip?" line, the "Read more" list, the "Latest from Stuff" rail, newsletter sign-up and the footer).
 */
const stTitle = 'Hamilton’s new river footbridge delayed again after cracks found in deck';
const stStand = 'The $32 million crossing was meant to open before Christmas. Now the council says it will be “late autumn at the earliest”.';
const stBody1 = [
  'Hamilton’s long-awaited footbridge over the Waikato River will not open until at least May, after engineers found hairline ' +
    'cracks in three of the concrete deck panels during final load testing.',
  'The 180-metre bridge, linking Hamilton East with the central city near the Ferrybank, was due to open to walkers and cyclists ' +
    'in December. It has already been delayed twice, first by supply problems with the steel arch and then by a wet winter that ' +
    'held up work on the eastern abutment.',
  'City council infrastructure general manager Aroha Tuhiwai told councillors on Thursday that the cracks were “not a safety ' +
    'concern for the public, because the public has not been on the bridge, and will not be until we are certain”.',
];
const stH1 = 'What the engineers found';
const stBody2 = [
  'The cracks were spotted when the deck was loaded with water tanks weighing a total of 90 tonnes, to simulate a crowd on the ' +
    'bridge during a major event. Sensors showed the panels flexing slightly more than the design predicted, and an inspection ' +
    'found fine cracks on the underside of three of the 24 precast panels.',
  'Independent engineers are now testing core samples from the panels. Tuhiwai said the most likely outcome was that the three ' +
    'panels would be replaced, which would take about 10 weeks, including manufacture at a precast yard in Te Rapa.',
  '“We are not going to open a bridge and then close it again six months later. We would rather take the criticism now,” she ' + 'said.',
];
const stH2 = 'Who pays';
const stBody3 = [
  'The council says the cost of replacing the panels will fall on the contractor and its insurer, not ratepayers, under the ' +
    'terms of the design-and-build contract. The project’s budget has already risen from $24m to $32m since it was approved in ' +
    '2021, with Waka Kotahi covering just over half.',
  'Councillor Mere Hapeta, who chairs the infrastructure committee, said residents in Hamilton East had been patient but were ' +
    'running out of goodwill. “People walked past a finished-looking bridge all summer. They deserve to be told the truth about ' +
    'the timeline, even if it is bad news,” she said.',
  'Local cycling group Kirikiriroa Pedallers said the delay was frustrating but that it supported the council’s caution. The group ' +
    'had planned a community ride across the bridge for its opening and said it would now be held in the spring.',
];
const stPull = '“We are not going to open a bridge and then close it again six months later.”';
const stTip = 'Got a story tip? Email us at newstips@stuff.co.nz';
const stCaption = 'The footbridge over the Waikato River has been fenced off since load testing in January.';
const stCredit = 'Kelly Parata/Stuff';
const stNav = ['Latest', 'NZ News', 'World', 'Politics', 'Business', 'Climate', 'Sport', 'Entertainment', 'Life & Style', 'Travel', 'Quizzes'];
const stRead = [
  'Hamilton rates rise confirmed at 12.8% after marathon meeting',
  'Ferrybank park to get new playground and river steps',
  'Waikato Expressway crash: driver charged',
];
const stLatest = [
  'Fire crews battle scrub fire near Taupō for second day',
  'All Blacks coach names new assistant for 2026 season',
  'Wellington’s Golden Mile works to finish three months late',
  'Dunedin hospital build: first stage handed over',
];
const stFoot = ['About Stuff', 'Contact us', 'Advertising', 'Careers', 'Privacy policy', 'Terms and conditions', 'Editorial code', 'Complaints'];
const stHtml = `<!doctype html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>${stTitle} | Stuff</title>
<meta name="description" content="${stStand.replace(/“|”/g, '&quot;')}">
<meta property="og:site_name" content="Stuff">
<link rel="canonical" href="https://www.stuff.co.nz/nz-news/360612248/hamiltons-new-river-footbridge-delayed-again">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","datePublished":"2026-01-29T16:00:00.000Z",
"author":[{"@type":"Person","name":"Jonah Whaanga"}],"publisher":{"@type":"NewsMediaOrganization","name":"Stuff"}}</script>
<script>window.__stuff = {"section":"nz-news","region":"waikato","adUnit":"/6674/stuff/nz-news/waikato"};</script>
</head>
<body class="article-page">
<a class="skip-link" href="#main">Skip to content</a>
<div class="top-bar" data-testid="top-bar">
<a class="top-bar__logo" href="/" aria-label="Stuff home"><svg aria-hidden="true"></svg></a>
<button class="top-bar__menu" data-testid="menu-button"><span class="visually-hidden">Menu</span></button>
<a class="top-bar__signin" href="/account/signin" data-testid="sign-in">Sign in</a>
</div>
<nav class="section-nav" data-testid="section-nav">
<ul>
${stNav.map((t) => `<li><a href="/${t.toLowerCase().replace(/ & | /g, '-')}">${t.replace('&', '&amp;')}</a></li>`).join('\n')}
</ul>
</nav>
<main id="main">
<article class="stuff-article" data-testid="article" data-content-id="360612248">
<header class="stuff-article__header">
<a class="stuff-article__label" href="/nz-news/waikato" data-testid="article-label">Waikato</a>
<h1 class="stuff-article__title" data-testid="article-title">${stTitle}</h1>
<p class="stuff-article__standfirst" data-testid="article-standfirst">${stStand}</p>
<div class="stuff-byline" data-testid="article-byline">
<img class="stuff-byline__avatar" src="https://www.stuff.co.nz/static/authors/jonah-whaanga.png" alt="">
<div class="stuff-byline__text">
<a class="stuff-byline__name" href="/authors/jonah-whaanga">Jonah Whaanga</a>
<span class="stuff-byline__role">Waikato Reporter</span>
</div>
</div>
<div class="stuff-article__meta">
<time datetime="2026-01-29T16:00:00.000Z" data-testid="article-date">Jan 30 2026</time>
<span class="stuff-article__reading-time">4 min read</span>
</div>
<div class="share-buttons" data-testid="share-buttons">
<button aria-label="Share on Facebook"></button>
<button aria-label="Share on X"></button>
<button aria-label="Share by email"></button>
<button class="share-buttons__copy">Copy link</button>
</div>
</header>
<figure class="stuff-article__hero" data-testid="hero-image">
<img src="https://www.stuff.co.nz/media/images/2026/01/footbridge.jpg" alt="A fenced-off footbridge over a river" width="1200" height="675">
<figcaption><span class="caption">${stCaption}</span> <span class="credit">${stCredit}</span></figcaption>
</figure>
<div class="stuff-article__body" data-testid="article-body">
${stBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-slot ad-slot--mrec" data-testid="ad-slot" aria-hidden="true"></div>
<h2>${stH1}</h2>
${stBody2.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="pull-quote"><p>${stPull}</p></blockquote>
<h2>${stH2}</h2>
${stBody3.map((p) => `<p>${p}</p>`).join('\n')}
<p class="story-tip"><em>Got a story tip? Email us at <a href="mailto:newstips@stuff.co.nz">newstips@stuff.co.nz</a></em></p>
</div>
<section class="read-more" data-testid="read-more">
<h3>Read more</h3>
<ul>
${stRead.map((t, i) => `<li><a href="/nz-news/3606${i}">${t}</a></li>`).join('\n')}
</ul>
</section>
</article>
<aside class="latest-rail" data-testid="latest-rail">
<h2>Latest from Stuff</h2>
<ol>
${stLatest.map((t, i) => `<li><a href="/nz-news/latest-${i}"><span class="latest-rail__time">${i + 1}h ago</span> ${t}</a></li>`).join('\n')}
</ol>
</aside>
<section class="newsletter" data-testid="newsletter-signup">
<h2>The Stuff Daily</h2>
<p>The day’s top stories, straight to your inbox at 6am.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" placeholder="Enter your email">
<button type="submit">Sign up</button></form>
</section>
</main>
<footer class="site-footer">
<ul>
${stFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}
</ul>
<p>© 2026 Stuff Limited</p>
</footer>
</body>
</html>`;
export const stuff: TestPage = {
  html: stHtml,
  name: 'heldout36-stuff-nz',
  kind: 'news',
  // the standfirst is body, the two h2 subheads are the headings; the pull quote repeats a body sentence (in neither); the
  // writer's name, his role line under it and the date are the bylines; the reading time, share buttons, hero caption and
  // credit, the italic "Got a story tip?" line at the end of the body (a standing appeal, not the story), "Read more",
  // "Latest from Stuff" with its "1h ago" times, newsletter (with its hidden "Email address" label), top bar with the hidden
  // "Menu", nav and footer are furniture; the "Waikato" label is a word of the body: left out
  title: stTitle,
  headings: [stH1, stH2],
  body: [stStand, ...texts(stBody1), ...texts(stBody2), ...texts(stBody3)],
  bylines: ['Jonah Whaanga', 'Waikato Reporter', 'Jan 30 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', 'Sign in', ...stNav, '4 min read', 'Copy link', stCaption, stCredit, stTip, 'Read more', ...stRead,
    'Latest from Stuff', '1h ago', '2h ago', '3h ago', '4h ago', ...stLatest, 'The Stuff Daily',
    'The day’s top stories, straight to your inbox at 6am.', 'Email address', 'Sign up', ...stFoot, '© 2026 Stuff Limited',
  ],
};

import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 36, file e2: a Pantagraph story on Lee Enterprises' BLOX (TownNews) theme, with BLOX's tab-indented, blank-line
 * heavy source (top nav with both logged-out and hidden logged-in user controls, section kicker, headline and subhead, the
 * tnt-byline and tnt-date, the share list with screen-reader labels, the photo with its upper-case credit and "Buy Now", the
 * article-body with empty tncms regions and the inline Daily Headlines sign-up with its legal line, tags, the author card
 * with the hidden notification templates ("{{subject}}"), "Most Popular", and the "Powered by BLOX" footer).
 */
const lbTitle = 'Bloomington library’s long-delayed expansion gets $2.4 million state boost';
const lbSub = 'The grant closes most of the gap left when construction bids came in higher than expected last spring.';
const lbBody = [
  'BLOOMINGTON — The Bloomington Public Library’s plan to add a children’s wing and a new community room is back on track ' +
    'after the state awarded it a $2.4 million construction grant, library officials said Wednesday.',
  'The $14.6 million expansion had stalled last spring when the lowest construction bid came in nearly $3 million over the ' +
    'architect’s estimate. The library board rejected all the bids in May and asked its architects to trim the design.',
  'With the grant from the Illinois State Library’s public library construction program and about $600,000 in savings from ' +
    'the revised plans, the library now expects to rebid the project in March and break ground in early summer.',
  '“For a while it looked like we would have to choose between the children’s wing and the community room,” library ' +
    'director Denise Okafor said. “This grant means we do not have to make that choice.”',
  'The expansion would add about 18,000 square feet to the east side of the building on East Olive Street, which opened in ' +
    '1977 and was last renovated in 2006. The children’s area would more than double in size, and the community room would ' +
    'seat up to 200 people, making it one of the largest free meeting spaces in the city.',
  'The library would also replace its roof and heating and cooling systems, which Okafor said were near the end of their ' +
    'useful life, and add 40 parking spaces on a lot it bought from a neighboring church in 2023.',
  'City council member Lena Markham, whose ward includes the library, said residents had asked for more meeting space at ' +
    'nearly every neighborhood forum she has held. “The library is already the place people go when they have nowhere else ' +
    'to meet. This makes it official,” she said.',
  'The rest of the cost will be covered by library reserves, a $5 million bond approved by the city council in 2024 and a ' +
    'private fundraising campaign that has raised $1.9 million of its $2.5 million goal, according to the library foundation.',
  'If the new bids come in on budget, construction would take about 18 months. The library plans to stay open throughout, ' +
    'though the children’s department would move temporarily to the second floor.',
];
const lbCaption = 'An architect’s drawing shows the planned children’s wing on the east side of the Bloomington Public Library.';
const lbCredit = 'PROVIDED BY FARNSWORTH HALE ARCHITECTS';
const lbShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const lbNews = [
  'Get local news delivered to your inbox!',
  'Subscribe to our Daily Headlines newsletter.',
  'Sign up!',
  '* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.',
];
const lbTags = ['Libraries', 'Grants', 'Capital Projects', 'Olivia Brandt'];
const lbNotify = [
  'Get email notifications on {{subject}} daily!',
  'Your notification has been saved.',
  'There was a problem saving your notification.',
  '{{description}}',
  'Email notifications are only sent once a day, and only if there are new matching items.',
];
const lbPopular = [
  'Normal council OKs apartments on former Uptown bank site',
  'Heartland Community College names new president',
  'Police: 2 hurt in crash on Veterans Parkway',
  'Restaurant roundup: 5 openings to watch in 2026',
];
const lbNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Entertainment', 'e-Edition', 'Contests'];
const lbFoot = ['Contact Us', 'Submit news', 'Place an ad', 'Terms of Use', 'Privacy Policy', 'Cookie Preferences'];
const lbHtml = `<!DOCTYPE html>
<html lang="en-US">
<head>
\t<meta charset="utf-8">
\t<title>${lbTitle} | Local News | pantagraph.com</title>

\t<meta name="description" content="${lbSub}">
\t<meta name="author" content="Olivia Brandt">
\t<link rel="canonical" href="https://pantagraph.com/news/local/article_5d1f8a2e-fd3c-11f0-9a3b-6f2e8c1d4b77.html">

\t<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lbTitle}","isAccessibleForFree":"False",
\t"author":[{"@type":"Person","name":"Olivia Brandt"}],"datePublished":"2026-01-29T18:30:00-06:00",
\t"publisher":{"@type":"Organization","name":"Pantagraph"}}</script>
\t<script>var __tnt = window.__tnt || {}; __tnt.user = {"loggedIn": false}; __tnt.asset = {"uuid": "5d1f8a2e-fd3c-11f0-9a3b-6f2e8c1d4b77"};</script>
</head>
<body class="fixed-scroll-nav tnt-section-news tnt-sub-section-local">


<div id="site-top-nav-container" class="hidden-print">
\t<nav id="site-top-nav" class="navbar navbar-default">
\t\t<ul class="nav navbar-nav navbar-left">
\t\t\t<li><a href="#" data-toggle="offcanvas" class="offcanvas-drawer-toggle"><span class="nav-label">Sections</span></a></li>
\t\t\t<li><a href="/search/" class="site-search-toggle"><span class="sr-only">Search</span></a></li>
\t\t</ul>
\t\t<ul class="nav navbar-nav navbar-right">
\t\t\t<li class="user-controls hidden-xs"><a href="/users/login/" class="tnt-signin-link">Log In</a></li>
\t\t\t<li class="user-controls-logged-in hidden"><a href="/users/admin/">Dashboard</a> <a href="/users/logout/">Logout</a></li>
\t\t\t<li><a href="/subscribe/" class="btn btn-primary tnt-subscribe">Subscribe for $1</a></li>
\t\t</ul>
\t</nav>
</div>

<header id="site-header" class="hidden-print">
\t<a href="/" class="site-logo"><img src="https://bloximages.chicago2.vip.townnews.com/pantagraph.com/content/tncms/custom/image/logo.svg"
\t\talt="Pantagraph"></a>
\t<nav id="main-nav" class="navbar">
\t\t<ul class="nav navbar-nav">
${lbNav.map((t) => `\t\t\t<li class="dropdown"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
\t\t</ul>
\t</nav>
</header>


<section id="main-page-container" class="container-fluid">
<div class="row">
<div class="col-lg-8 col-md-8 col-sm-12 main-content has-sidebar">

\t<article itemscope itemtype="http://schema.org/NewsArticle" id="article-5d1f8a2e" class="asset story">

\t\t<header class="asset-header">
\t\t\t<div class="meta"><span class="tnt-section-tag"><a href="/news/local/" class="text-muted">Local News</a></span></div>

\t\t\t<h1 class="headline"><span class="tnt-headline" itemprop="headline">
\t\t\t\t${lbTitle}
\t\t\t</span></h1>

\t\t\t<h2 class="subhead"><span>${lbSub}</span></h2>

\t\t\t<div class="meta">
\t\t\t\t<ul class="list-inline">
\t\t\t\t\t<li><span class="tnt-byline">By <a href="/users/profile/Olivia%20Brandt" rel="author">Olivia Brandt</a></span></li>
\t\t\t\t\t<li class="hidden-print"><time datetime="2026-01-29T18:30:00-06:00" class="tnt-date asset-date text-muted">Jan 29, 2026</time></li>
\t\t\t\t</ul>
\t\t\t</div>

\t\t\t<div class="share-container content-above hidden-print">
\t\t\t\t<ul class="list-inline">
${lbShare
  .map((t) => `\t\t\t\t\t<li class="share ${t.toLowerCase().split(' ')[0]}"><a href="#" class="tnt-share"><span class="sr-only">${t}</span></a></li>`)
  .join('\n')}
\t\t\t\t</ul>
\t\t\t</div>
\t\t</header>

\t\t<div class="asset-photo">
\t\t\t<figure class="photo layout-horizontal">
\t\t\t\t<div class="image"><img src="https://bloximages.chicago2.vip.townnews.com/pantagraph.com/content/tncms/assets/v3/editorial/library-wing.jpg"
\t\t\t\t\talt="Library expansion rendering" class="img-responsive"></div>
\t\t\t\t<figcaption class="caption">
\t\t\t\t\t<div class="caption-text"><p>${lbCaption}</p></div>
\t\t\t\t\t<div class="tnt-byline">${lbCredit}</div>
\t\t\t\t\t<a class="tnt-buy-now btn btn-xs" href="https://pantagraph.com/photos/buy/">Buy Now</a>
\t\t\t\t</figcaption>
\t\t\t</figure>
\t\t</div>

\t\t<div class="asset-body">
\t\t\t<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
\t\t\t\t<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"></div>
${lbBody
  .slice(0, 3)
  .map((p) => `\t\t\t\t<p>${p}</p>`)
  .join('\n\n')}

\t\t\t\t<div class="lee-inline-newsletter hidden-print">
\t\t\t\t\t<h3>${lbNews[0]}</h3>
\t\t\t\t\t<p>${lbNews[1]}</p>
\t\t\t\t\t<form><input type="email" placeholder="Email Address" required><button type="submit" class="btn btn-primary">${lbNews[2]}</button>
\t\t\t\t\t<p class="small">${lbNews[3]}</p></form>
\t\t\t\t</div>

${lbBody
  .slice(3)
  .map((p) => `\t\t\t\t<p>${p}</p>`)
  .join('\n\n')}
\t\t\t\t<div id="tncms-region-article_instory_bottom" class="tncms-region hidden-print"></div>
\t\t\t</div>
\t\t</div>

\t\t<div class="asset-tags hidden-print">
\t\t\t<h3 class="tags-heading">Tags</h3>
\t\t\t${lbTags.map((t) => `<a href="/search/?k=%22${t.replace(/ /g, '+')}%22" class="tag btn btn-xs btn-default">${t}</a>`).join('\n\t\t\t')}
\t\t</div>

\t\t<div class="card author-card hidden-print">
\t\t\t<div class="card-body">
\t\t\t\t<h4 class="tnt-author-name"><a href="/users/profile/Olivia%20Brandt">Olivia Brandt</a></h4>
\t\t\t\t<p class="tnt-author-title">Reporter</p>
\t\t\t\t<a href="mailto:obrandt@pantagraph.com" class="tnt-author-email">Author email</a>
\t\t\t\t<button class="btn btn-sm tnt-follow-author">Follow Olivia Brandt</button>
\t\t\t\t<div class="tnt-notify-templates hidden" style="display:none">
${lbNotify.map((t) => `\t\t\t\t\t<p>${t}</p>`).join('\n')}
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</article>

</div>
<aside class="col-lg-4 col-md-4 hidden-sm hidden-xs sidebar">
\t<div class="tnt-most-popular">
\t\t<h3 class="block-title">Most Popular</h3>
\t\t<ul class="nav nav-tabs"><li class="active"><a href="#pop-articles">Articles</a></li><li><a href="#pop-images">Images</a></li></ul>
\t\t<ol>
${lbPopular.map((t, i) => `\t\t\t<li><a href="/news/local/popular-${i}.html">${t}</a></li>`).join('\n')}
\t\t</ol>
\t</div>
</aside>
</div>
</section>

<footer id="site-footer" class="hidden-print">
\t<ul class="list-inline">
${lbFoot.map((t) => `\t\t<li><a href="/site/${t.toLowerCase().replace(/ /g, '_')}.html">${t}</a></li>`).join('\n')}
\t</ul>
\t<p>© Copyright 2026 The Pantagraph, 205 N Main St Bloomington, IL 61701</p>
\t<p class="tnt-powered">Powered by BLOX Content Management System from <a href="https://www.townnews.com">TownNews.com</a>.</p>
</footer>
<script src="https://bloximages.chicago2.vip.townnews.com/pantagraph.com/shared-content/art/tncms/templates/libraries/flex/bootstrap.min.js"></script>
</body>
</html>`;
export const leeBlox: TestPage = {
  html: lbHtml,
  name: 'heldout36-lee-enterprises-blox',
  kind: 'news',
  // the subhead is the dek (body); "BLOOMINGTON —" opens the first paragraph (body); the writer, the date and the author
  // card's "Reporter" role line are the bylines (the card's name repeats the byline's text); the
  // section kicker, share labels (screen-reader only), the caption and its upper-case credit, "Buy Now", the inline
  // newsletter with its legal line, tags (the writer's name among them, counted once as a byline), the card's email link,
  // follow button and hidden notification templates, the hidden logged-in controls, "Most Popular" with its tabs, the top
  // nav, header and footer are furniture
  title: lbTitle,
  headings: [],
  body: [lbSub, ...texts(lbBody)],
  bylines: ['Olivia Brandt', 'Jan 29, 2026', 'Reporter'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sections', 'Search', 'Log In', 'Dashboard', 'Logout', 'Subscribe for $1', ...lbNav,
    'Local News', ...lbShare, lbCaption, lbCredit, 'Buy Now', ...lbNews, 'Tags', ...lbTags.slice(0, 3), 'Author email', 'Follow Olivia Brandt',
    ...lbNotify, 'Most Popular', 'Articles', 'Images', ...lbPopular, ...lbFoot, '© Copyright 2026 The Pantagraph, 205 N Main St Bloomington, IL 61701',
    'Powered by BLOX Content Management System from TownNews.com.',
  ],
};

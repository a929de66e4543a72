import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 17, file e2: a university news story on a Drupal site (skip link, utility and main menus, alert strip,
 * node--type-news-article with a hero image, caption and photo credit, category, title, dek, "By" line and date, "Share this
 * story" links, field--name-body text with subheads and a pull quote, "Media contact" box, tags, "Related news" cards,
 * newsletter prompt, a big footer with three campus addresses, social links and legal links, cookie notice).
 */
const unTitle = 'Student-built weather stations help orchard growers beat spring frost';
const unDek =
  'A network of 38 low-cost sensors, designed and assembled by engineering undergraduates, now warns apple growers in the ' +
  'Whitewater Valley when blossoms are at risk.';
const unBody1 = [
  'On a clear night in late April, the temperature in an apple orchard can fall several degrees below the reading at the nearest ' +
    'airport weather station, and a few hours below freezing is enough to kill the blossoms that would have become that year’s crop.',
  'For the past two springs, growers in the Whitewater Valley have had a better idea of when that is about to happen, thanks to a ' +
    'network of weather stations designed, built and maintained by students in Marrowby University’s College of Engineering.',
  'Each station costs about $140 in parts, runs on a small solar panel and reports air temperature, humidity and wind speed every ' +
    'five minutes over a long-range radio link. When the temperature at blossom height is forecast to fall below a threshold that ' +
    'growers choose, their phones get a text message.',
];
const unH1 = 'From class project to working network';
const unBody2 = [
  'The project began in 2022 as a senior design assignment in a course taught by associate professor Lucia Ferraro, who grew up ' +
    'on a fruit farm in the valley. Three students built a single prototype that spring; by the following year a team of eleven ' +
    'had installed 24 stations on nine farms.',
  '“The growers were very clear about what they needed,” said Ferraro. “Not more data, but an alarm they could trust at two in ' +
    'the morning, when the decision is whether to turn on the wind machines or the sprinklers.”',
  'Students spent much of the first winter testing enclosures in a university cold chamber after the first design let frost form ' +
    'on the sensor itself, which made the readings look warmer than the air around it.',
];
const unQuote = 'Last April we ran the wind machines two nights we would have skipped, and we kept most of the Honeycrisp crop.';
const unH2 = 'Growers see results';
const unBody3 = [
  'Dale Sorensen, who farms 80 acres of apples near Elba, said the alerts changed how he runs the frost season. “Last April we ran ' +
    'the wind machines two nights we would have skipped, and we kept most of the Honeycrisp crop,” he said.',
  'The network now has 38 stations. A grant of $310,000 from the state Department of Agriculture will pay for 40 more over the next ' +
    'two years and for a public map that any grower in the region can use.',
  'Ferraro says the students get something out of it too. “They are writing firmware that has to work at minus ten in a field with ' +
    'no Wi-Fi, for people who will call them if it doesn’t. That is a very good teacher.”',
];
const unCaption = 'Engineering senior Nadia Oyelowo checks a weather station in an orchard near Elba on April 9.';
const unCredit = 'Photo by Reuben Castellanos / University Communications';
const unUtility = ['Apply', 'Visit', 'Give', 'Directory', 'MyMarrowby'];
const unMain = ['Academics', 'Admissions', 'Research', 'Campus Life', 'Athletics', 'About'];
const unTags = ['College of Engineering', 'Agriculture', 'Student Research', 'Community Partnerships'];
const unRelated = [
  {
    d: 'April 2, 2025',
    t: 'Nursing students open free blood-pressure clinic at the downtown library',
    x: 'The weekly clinic is run with Olmsted County Public Health.',
  },
  {
    d: 'March 21, 2025',
    t: 'New greenhouse lets plant scientists test crops for a warmer climate',
    x: 'The $4.2 million facility opens to researchers this fall.',
  },
  { d: 'March 6, 2025', t: 'Marrowby robotics team heads to national championship', x: 'It is the team’s first national appearance since 2016.' },
];
const unCampus = [
  ['Main Campus', '1200 College Avenue, Marrowby, MN 55987', '507-555-0100'],
  ['Riverside Campus', '45 Levee Street, Winona, MN 55987', '507-555-0160'],
  ['Rochester Center', '2900 Broadway Avenue South, Rochester, MN 55904', '507-555-0184'],
];
const unLegal = ['Accessibility', 'Non-discrimination', 'Privacy', 'Title IX', 'Emergency information', 'Jobs', 'Report a concern'];
const unSocial = ['Facebook', 'Instagram', 'LinkedIn', 'YouTube'];
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${unTitle} | Marrowby University</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article"><meta name="description" content="${unDek}">
<link rel="canonical" href="https://www.marrowby.example/news/2025/04/student-built-weather-stations-help-orchard-growers">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${unTitle}",
"datePublished":"2025-04-15T09:00:00-0500",
"author":{"@type":"Person","name":"Hannah Voss"},"publisher":{"@type":"CollegeOrUniversity","name":"Marrowby University"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18842"},
"gtag":{"tagId":"G-MRWB01"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yf3kP0.css"></head>
<body class="path-node page-node-type-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="alert-strip" role="region" aria-label="Campus alert"><p>Campus is open.
Spring commencement parking information is now available.</p></div>
<header role="banner" class="site-header"><nav class="utility-nav" aria-label="Utility"><ul class="menu">${links(unUtility, 'menu-item')}</ul></nav>
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/marrowby/logo.svg" alt="Marrowby University"></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(unMain, 'menu-item menu-item--expanded')}</ul></nav><button class="search-toggle">Search</button></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/news/2025/04/student-built-weather-stations" class="node node--type-news-article node--promoted node--view-mode-full">
<div class="news-hero"><figure class="news-hero__media">
<img loading="eager" src="/sites/default/files/styles/hero_xl/public/2025-04/weather-station-orchard.jpg"
width="1600" height="900" alt="A student kneels beside a small white weather station among flowering apple trees"><figcaption class="news-hero__caption">
<span class="caption-text">${unCaption}</span> <span class="photo-credit">${unCredit}</span></figcaption></figure></div>
<div class="news-header"><div class="field field--name-field-news-category field--type-entity-reference field__item">
<a href="/news/research" hreflang="en">Research</a>
</div><h1 class="page-title"><span class="field field--name-title field--type-string">${unTitle}</span></h1>
<div class="field field--name-field-subtitle field--type-string-long field__item">${unDek}</div>
<div class="news-meta"><span class="news-byline">By <span class="field field--name-field-author">Hannah Voss</span></span><span class="news-date"><time
datetime="2025-04-15T14:00:00Z" class="datetime">April 15, 2025</time></span></div>
<div class="share-this"><h2 class="share-this__title">Share this story</h2><ul class="share-this__list"><li>
<a href="https://www.facebook.example/sharer/sharer.php"
class="share-facebook">Facebook</a></li><li><a href="https://x.example/intent/tweet" class="share-x">X</a></li><li>
<a href="https://www.linkedin.example/sharing">LinkedIn
</a></li><li><a href="mailto:?subject=Student-built%20weather%20stations">Email</a></li><li><button class="share-copy">Copy link</button></li></ul></div>
</div>
<div class="news-body"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(unBody1)}
<h2>${unH1}</h2>
${ps(unBody2)}
<blockquote class="pull-quote"><p>“${unQuote}”</p><cite>— Dale Sorensen, Sorensen Orchards</cite></blockquote>
<h2>${unH2}</h2>
${ps(unBody3)}
</div>
<aside class="media-contact"><h2 class="media-contact__title">Media contact</h2><p class="media-contact__name">Hannah Voss, Senior Writer</p>
<p><a href="mailto:hvoss@marrowby.example">hvoss@marrowby.example</a></p><p>507-555-0137</p></aside>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
${unTags.map((t) => `<div class="field__item"><a href="/tags/${t.toLowerCase().replace(/ /g, '-')}" hreflang="en">${t}</a></div>`).join('')}</div></div></div>
</article>
<section class="related-news block-views-blockrelated-news-block-1"><h2 class="related-news__title">Related news</h2><div class="views-view-grid">
${unRelated
  .map(
    (r) => `<div class="views-row"><article class="news-card"><div class="news-card__date"><time>${r.d}</time></div><h3 class="news-card__title"><a
href="/news/x">${r.t}</a></h3><p class="news-card__teaser">${r.x}</p></article></div>`,
  )
  .join('\n')}</div><a href="/news" class="button">More news</a></section>
<section class="newsletter-signup"><h2>Get Marrowby news in your inbox</h2><p>The Marrowby Weekly brings campus news every Thursday.</p>
<a class="button" href="/newsletter">Subscribe</a></section></div></main>
<footer role="contentinfo" class="site-footer"><div class="footer-campuses">${unCampus
  .map(([n, a, ph]) => `<div class="campus"><h3 class="campus__name">${n}</h3><p class="campus__address">${a}</p><p class="campus__phone">${ph}</p></div>`)
  .join('\n')}</div><ul class="footer-social">${links(unSocial)}</ul><ul class="footer-legal">${links(unLegal)}</ul>
<p class="footer-copyright">© 2025 Marrowby University. Marrowby University is an equal opportunity educator and employer.</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div id="popup-text"
class="eu-cookie-compliance-message"><p>This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.</p>
</div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">Learn more</button></div></div></div>
<script src="/sites/default/files/js/js_vQ3s8H.js"></script></body></html>`;
export const university: TestPage = {
  html: unHtml,
  name: 'heldout17-university-news',
  kind: 'news',
  // the dek under the title is body (the story's standfirst); the body field's paragraphs are body and its two h2s the
  // headings; the pull quote repeats a sentence of the body word for word and its cite line names the speaker: the quote
  // is in neither list, the cite line furniture; "Hannah Voss" (the "By" line) and "April 15, 2025" are bylines, and her
  // name in the media contact box is a longer furniture line; the hero caption and photo credit, category, share links,
  // media contact, tags, related news cards (dates, titles, teasers), newsletter prompt, alert strip, menus, campus
  // addresses, footer and cookie popup are furniture; the category "Research", the menus' "About" and the tags "College of Engineering"
  // and "Agriculture" are words of the body: left out; "Facebook" and "LinkedIn" are in the share links and the footer and count once
  title: unTitle,
  headings: [unH1, unH2],
  body: [unDek, ...texts(unBody1), ...texts(unBody2), ...texts(unBody3)],
  bylines: ['Hannah Voss', 'April 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Campus is open. Spring commencement parking information is now available.', ...unUtility, 'Main navigation',
    ...unMain.filter((t) => t !== 'Research' && t !== 'About'), 'Search', unCaption, unCredit, 'Share this story', 'X', 'Email', 'Copy link',
    '— Dale Sorensen, Sorensen Orchards', 'Media contact', 'Hannah Voss, Senior Writer', 'hvoss@marrowby.example', '507-555-0137', 'Tags',
    ...unTags.filter((t) => t !== 'College of Engineering' && t !== 'Agriculture'),
    'Related news', ...unRelated.flatMap((r) => [r.d, r.t, r.x]), 'More news', 'Get Marrowby news in your inbox',
    'The Marrowby Weekly brings campus news every Thursday.', 'Subscribe', ...unCampus.flat(), ...unSocial,
    ...unLegal, '© 2025 Marrowby University. Marrowby University is an equal opportunity educator and employer.',
    'This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.', 'OK, I agree', 'Learn more',
  ],
};

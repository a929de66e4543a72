import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 8, file a (news): a regional paper's AMP page (amp-sidebar, amp-consent, amp-img,
 * amp-ad, amp-social-share) and a court news story on a legal wire's template.
 */
const ferry = [
  'The ferry between Port Adair and Kessick Island will run all year from June, ending the five-month winter gap that has ' +
    'left islanders relying on a single weekly supply boat since the service was cut back in 2011.',
  'The county transport board voted 6 to 1 on Monday to fund two extra crew and the fuel for a winter timetable of three ' +
    'return crossings a day, at an estimated cost of $410,000 a year.',
  'Most of the money comes from the state’s rural connections fund, which the county applied to last autumn. The rest will ' +
    'come from a 75-cent rise in the summer foot-passenger fare, the first increase since 2019.',
  '“People on the island have been asking for this for as long as I have been on the board,” said chair Maureen Tolland. ' +
    '“A doctor’s appointment in January should not mean a three-day trip.”',
  'About 240 people live on Kessick year-round, a number that has fallen by a third since the winter service ended. Island ' +
    'school enrollment dropped to eleven pupils this year, and parents told the board in February that several families ' +
    'would move to the mainland if the gap continued.',
  'The lone vote against came from board member Gus Hendry, who said the county should first repair the Port Adair slip, ' +
    'where the ramp was damaged in the December storm. Staff said the repair is scheduled for April and will be finished ' +
    'before the new timetable starts.',
  'The winter crossings will use the smaller of the two boats, the Kessick Star, which carries 60 passengers and eight ' +
    'cars. Crossings may still be cancelled in high winds, and the board asked staff to text islanders when that happens ' +
    'instead of posting notices at the terminal.',
  'The new timetable is due to be published on the county website in early May.',
];
const ampHtml = `<!doctype html>
<html amp lang="en"><head><meta charset="utf-8">
<title>Kessick Island ferry to run year-round from June | Northshore Courier</title>
<link rel="canonical" href="https://www.northshorecourier.example/news/local/2025/03/04/kessick-ferry-year-round/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="Kessick Island ferry to run year-round from June">
<meta property="og:type" content="article"><meta name="author" content="Colm Rafferty">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kessick Island ferry to run year-round from June",
"datePublished":"2025-03-04T06:15:00-05:00",
"author":[{"@type":"Person","name":"Colm Rafferty"}],"publisher":{"@type":"Organization","name":"Northshore Courier"}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<style amp-custom>.article-header h1{font:700 2rem/1.2 Georgia,serif}.caption{font-size:.8rem}</style>
</head>
<body class="amp-mode-mouse">
<amp-analytics type="googleanalytics" config="https://www.northshorecourier.example/amp/ga.json" data-credentials="include"></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" role="dialog">
<p class="consent-ui__text">We use cookies to personalise content and ads and to analyse our traffic.</p>
<button on="tap:consent.accept" class="consent-ui__btn">Accept all</button>
<button on="tap:consent.prompt(ui=manage)" class="consent-ui__btn consent-ui__btn--ghost">Manage choices</button>
</div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left" class="i-amphtml-element i-amphtml-layout-nodisplay">
<button on="tap:sidebar.close" class="sidebar__close" aria-label="Close menu">Close menu</button>
<nav class="sidebar__nav"><ul>
${links(['Local News', 'Sports', 'Obituaries', 'Opinion', 'E-Edition', 'Weather'])}
</ul></nav></amp-sidebar>
<header class="site-header"><button on="tap:sidebar.toggle" class="site-header__menu">Open menu</button>
<a href="/" class="site-header__logo"><amp-img src="/logo.svg" width="180" height="32" alt="Northshore Courier"></amp-img></a>
<a href="/subscribe" class="site-header__subscribe">Subscribe now</a></header>
<main id="content" class="amp-article">
<article class="article">
<header class="article-header"><a class="article-header__section" href="/news/local/">Local News</a>
<h1 class="article-header__headline">Kessick Island ferry to run year-round from June</h1>
<p class="article-header__dek">County board funds a winter timetable of three crossings a day, ending a gap that began in 2011.</p>
<div class="article-header__byline"><span class="byline">By Colm Rafferty</span>
<time class="byline__published" datetime="2025-03-04T06:15">Published March 4, 2025 6:15 AM</time>
<time class="byline__updated" datetime="2025-03-04T09:40">Updated March 4, 2025 9:40 AM</time></div>
</header>
<figure class="article-figure"><amp-img src="/img/kessick-star.jpg" width="1200" height="800" layout="responsive"
 alt="A white ferry at a concrete slip"><noscript><img src="/img/kessick-star.jpg" alt="A white ferry at a concrete slip"></noscript></amp-img>
<figcaption class="caption">The Kessick Star leaves the Port Adair slip on a calm morning in February.
<span class="caption__credit">Ailsa Brandt / Northshore Courier</span></figcaption></figure>
<div class="share-bar"><span class="share-bar__label">Share this story</span>
<amp-social-share type="facebook" width="32" height="32" aria-label="Share on Facebook"></amp-social-share>
<amp-social-share type="email" width="32" height="32" aria-label="Share by email"></amp-social-share></div>
<div class="article-body">
${ps(ferry.slice(0, 4), ' class="article-body__p"')}
<div class="ad-slot ad-slot--inline"><span class="ad-slot__label">Advertisement</span>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/northshore/amp/inline1"></amp-ad></div>
${ps(ferry.slice(4), ' class="article-body__p"')}
</div>
</article>
<aside class="related"><h2 class="related__title">Read more</h2><ul class="related__list">
${links([
  'Harbor commission delays vote on new fuel dock lease',
  'Two candidates file for open seat on Kessick school board',
  'Storm repairs close Shore Road for three weeks',
])}
</ul></aside>
</main>
<footer class="site-footer"><a href="https://www.northshorecourier.example/news/local/2025/03/04/kessick-ferry-year-round/">View full site</a>
<ul class="site-footer__links">${links(['Terms of Use', 'Privacy Policy', 'Contact Us'])}</ul>
<p class="site-footer__copy">© 2025 Northshore Courier. All rights reserved.</p></footer>
</body></html>`;
const amp: TestPage = {
  html: ampHtml,
  name: 'heldout8-amp-news',
  kind: 'news',
  // hard calls: the dek under the headline is body; the photo caption and its credit are furniture; the
  // "Read more" rail of related headlines (amp-list output) and the consent text are furniture
  title: 'Kessick Island ferry to run year-round from June',
  headings: [],
  body: ['County board funds a winter timetable of three crossings a day, ending a gap that began in 2011.', ...texts(ferry)],
  bylines: ['By Colm Rafferty', 'Published March 4, 2025 6:15 AM', 'Updated March 4, 2025 9:40 AM'],
  furniture: [
    'Open menu',
    'Close menu',
    'Subscribe now',
    'Obituaries',
    'E-Edition',
    'Weather',
    'Local News',
    'We use cookies to personalise content and ads and to analyse our traffic.',
    'Accept all',
    'Manage choices',
    'The Kessick Star leaves the Port Adair slip on a calm morning in February.',
    'Ailsa Brandt / Northshore Courier',
    'Advertisement',
    'Share this story',
    'Read more',
    'Harbor commission delays vote on new fuel dock lease',
    'Two candidates file for open seat on Kessick school board',
    'Storm repairs close Shore Road for three weeks',
    'View full site',
    'Terms of Use',
    'Privacy Policy',
    'Contact Us',
    '© 2025 Northshore Courier. All rights reserved.',
  ],
};

const ruling = [
  'A federal appeals court on Wednesday revived a lawsuit by a shellfish growers’ cooperative that says the Army Corps of ' +
    'Engineers approved the deepening of Marrow Sound without studying how the dredged silt would settle on its oyster beds.',
  'A three-judge panel of the Fourth Circuit reversed a district judge who had thrown the case out in 2023, finding that the ' +
    'cooperative had filed within the six-year limit because its claim did not ripen until the Corps renewed the permit in 2021.',
  '“The renewal was not a clerical act,” U.S. Circuit Judge Helen Okafor wrote for the panel. “It extended the project by ' +
    'four years and enlarged the disposal area by nearly half. An agency cannot expand a permit and at the same time tell ' +
    'those harmed by the expansion that they are too late to complain.”',
  'The Marrow Sound Growers Cooperative, which represents 38 family farms, says silt from the disposal site has smothered ' +
    'about 120 acres of leased bottom since 2022. Its members harvested roughly 40% fewer market oysters last season than in 2020.',
  'The Corps argued that the cooperative should have sued when the original permit was issued in 2014 and that the renewal ' +
    'merely carried forward an analysis already done. The district court agreed, calling the renewal “a continuation, not a new decision.”',
  'The panel disagreed, noting that the renewal documents themselves described a new disposal area east of Pelham Point that ' +
    'had never been part of the 2014 environmental assessment.',
  'U.S. Circuit Judge Arthur Voss concurred in the judgment but wrote separately to say the court did not need to decide ' +
    'whether every permit renewal restarts the limitations clock, only that this one did.',
  'The case now returns to the district court in Norfolk, where the cooperative will ask for an order requiring the Corps to ' +
    'prepare a full environmental impact statement before further dredging. Dredging is paused for the spawning season until July.',
  'Attorneys for the Corps did not respond to an email seeking comment. Dana Whitlow, who argued for the cooperative, said ' +
    'her clients were “relieved that someone will finally look at the mud.”',
];
const courtHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Fourth Circuit revives oyster growers’ challenge to Marrow Sound dredging | Courthouse Wire</title>
<meta name="description" content="The panel found the growers’ clock started when the Army Corps renewed and enlarged the permit in 2021.">
<meta property="og:site_name" content="Courthouse Wire"><meta property="article:section" content="Appellate">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fourth Circuit revives oyster growers’ challenge to Marrow Sound dredging",
"author":{"@type":"Person","name":"Jonah Pell"},"datePublished":"2025-03-05T15:02:11-05:00"}</script>
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head><body class="post-template-default single single-post postid-118274 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="Courthouse Wire"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
${links(['Courts', 'Environment', 'Government', 'Business'], 'menu-item menu-item-type-taxonomy')}
</ul></nav>
<div class="header-newsletter"><span>Sign up for our free daily newsletter</span><a class="button" href="/newsletter/">Subscribe</a></div>
</header>
<main id="main" class="site-main"><article id="post-118274" class="post-118274 post type-post status-publish category-appellate">
<header class="entry-header"><div class="cat-links"><a href="/category/appellate/" rel="category tag">Appellate</a></div>
<h1 class="entry-title">Fourth Circuit revives oyster growers’ challenge to Marrow Sound dredging</h1>
<h2 class="entry-subtitle">The panel found the growers’ clock started when the Army Corps renewed and enlarged the permit in 2021, not in 2014.</h2>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/jpell/">JONAH PELL</a></span></span>
<span class="sep"> / </span><span class="posted-on"><time class="entry-date published" datetime="2025-03-05T15:02:11-05:00">March 5, 2025</time></span></div>
</header>
<figure class="post-thumbnail wp-caption"><img src="/wp-content/uploads/2025/03/oyster-skiffs.jpg" alt="" width="1024" height="683">
<figcaption class="wp-caption-text">Oyster skiffs tied up at a dock in Marrow Sound, Virginia.
<span class="credit">(Courthouse Wire photo / Lena Ortiz)</span></figcaption>
</figure>
<div class="entry-content">
${ps(ruling.slice(0, 3))}
<div class="document-box"><span class="document-box__title">Read the ruling</span>
<a class="document-box__link" href="/wp-content/uploads/2025/03/marrow-sound-opinion.pdf">Download PDF</a></div>
${ps(ruling.slice(3))}
</div>
<footer class="entry-footer"><div class="share-buttons"><a href="#" class="share-facebook">Share</a><a href="#" class="share-twitter">Tweet</a>
<a href="mailto:?subject=Fourth%20Circuit" class="share-email">Email</a></div>
<div class="tags-links">
<span class="tags-label">Topics:</span> <a href="/tag/appeals/" rel="tag">Appeals</a>, <a href="/tag/environment/" rel="tag">Environment</a>,
<a href="/tag/water-rights/" rel="tag">Water Rights</a></div></footer>
</article>
<aside class="read-next"><h3 class="widget-title">Read next</h3><ul>
${links(['Judge blocks rule on pipeline crossings in three states', 'Jury awards crab processor $2 million over spoiled shipment'])}
</ul></aside>
</main>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(['About Us', 'Support our journalism'])}</ul>
<div class="site-info">Copyright © 2025 Courthouse Wire. All rights reserved.</div></footer>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.display('div-gpt-ad-1');});</script>
</body></html>`;
const court: TestPage = {
  html: courtHtml,
  name: 'heldout8-court-news',
  kind: 'news',
  // hard calls: the summary under the headline is body; "Read the ruling" document box, the topic tags, the
  // newsletter pitch and the photo caption are furniture; the all-caps byline and its date are bylines
  title: 'Fourth Circuit revives oyster growers’ challenge to Marrow Sound dredging',
  headings: [],
  body: ['The panel found the growers’ clock started when the Army Corps renewed and enlarged the permit in 2021, not in 2014.', ...texts(ruling)],
  bylines: ['JONAH PELL', 'March 5, 2025'],
  furniture: [
    'Skip to content',
    'Courts',
    'Environment',
    'Government',
    'Business',
    'Appellate',
    'Sign up for our free daily newsletter',
    'Subscribe',
    'Oyster skiffs tied up at a dock in Marrow Sound, Virginia.',
    '(Courthouse Wire photo / Lena Ortiz)',
    'Read the ruling',
    'Download PDF',
    'Share',
    'Tweet',
    'Email',
    'Topics:',
    'Appeals',
    'Water Rights',
    'Read next',
    'Judge blocks rule on pipeline crossings in three states',
    'Jury awards crab processor $2 million over spoiled shipment',
    'About Us',
    'Support our journalism',
    'Copyright © 2025 Courthouse Wire. All rights reserved.',
  ],
};

export const HELDOUT8_A: readonly TestPage[] = [amp, court];

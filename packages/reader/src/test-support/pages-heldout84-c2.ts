import { links } from './page-kit.js';

/**
 * Held-out batch 84, file c2: the texts and HTML of a small-town daily's story on TownNews BLOX CMS (invented paper): skip
 * link, top bar with weather, e-Edition, Subscribe and Log In, the main nav and the hidden off-canvas copy, the kicker, headline
 * and subhead, byline with title, date and "Updated" time, the share bar, the photo caption and credit, the subscriber preview
 * and subscriber-only parts of the body, an in-story ad region, the "Support Local Journalism" promo with its unrendered
 * button placeholder, tags, the author card, the comment guidelines and "Load comments", Most Popular and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const tnTitle = 'Harlan Springs fire department gets its first new engine in 31 years';
export const tnDek = 'Volunteers raised a third of the $612,000 cost through pancake breakfasts, raffles and a boot drive';
export const tnP1 = paras(`
HARLAN SPRINGS — For the first time since 1994, the Harlan Springs Volunteer Fire Department has a fire engine that nobody had to
push-start on a cold morning.

The new pumper, a red-and-white Pierce-built rig with a 1,250-gallon-per-minute pump and a 750-gallon tank, arrived Saturday
afternoon and was escorted down Main Street by the department’s two older trucks, sirens going, while about 200 people lined the
sidewalks.
`);
export const tnP2 = paras(`
“I told my wife I wasn’t going to cry, and I cried,” said Chief Dale Brockmeyer, who joined the department in 1989. “This truck is
going to be here after I’m gone. That’s what it means.”

The engine cost $612,000. About $390,000 came from a federal Assistance to Firefighters grant the department won last year on
its third try, and the rest was raised locally over four years.

Volunteers held 46 pancake breakfasts at the firehouse, two gun raffles, a quilt auction and an annual boot drive at the
intersection of Main and Highway 9, where firefighters stood in the median holding out their boots to passing drivers.

“Every single dollar of that came from people in this town and the farms around it,” said Assistant Chief Karen Oltmanns, who
kept the fund-raising ledger. “We had kids bringing in their piggy banks.”
`);
export const tnH1 = 'Old engine had trouble starting';
export const tnP3 = paras(`
The department’s previous front-line engine, a 1994 model bought used from a suburban department in 2002, had been breaking down
with increasing frequency. Twice last winter it would not start when the pager went off, and crews had to respond in the smaller
brush truck.

Brockmeyer said the department’s insurance rating, which affects homeowners’ premiums in the district, had been at risk because
of the engine’s age.

The old engine will be kept as a reserve for now. The city council will decide next month whether to sell it or donate it to a
department in need.
`);
export const tnH2 = 'Open house planned';
export const tnP4 = paras(`
The department will hold an open house at the firehouse at 214 W. Second St. from 10 a.m. to 2 p.m. Nov. 22, where residents can
see the new engine, sit in the cab and meet the volunteers.

The department is also recruiting. It has 19 active members, down from 31 a decade ago, and is looking especially for people who
work in town during the day. Anyone interested can stop by the open house or call the firehouse at 555-0148.
`);
export const tnTop = ['52°', 'e-Edition', 'Subscribe', 'Log In'];
export const tnNav = ['Home', 'News', 'Sports', 'Obituaries', 'Opinion', 'Community', 'Classifieds', 'Jobs', 'Contests'];
export const tnShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
export const tnCaption = 'Firefighters escort the department’s new engine down Main Street in Harlan Springs on Saturday.';
export const tnPhoto = 'Rhea Moran/The Prairie Ledger';
export const tnSupport = ['Support Local Journalism', 'Your subscription makes our reporting possible.', '{{featured_button_text}}'];
export const tnTags = ['Harlan Springs Volunteer Fire Department', 'Fire Engine', 'Grant', 'Dale Brockmeyer'];
export const tnAuthor = ['Staff Writer', 'Rhea Moran covers Harlan Springs, Dunmore and the county’s rural townships.'];
export const tnRules = [
  'Welcome to the discussion.',
  'Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.',
  'PLEASE TURN OFF YOUR CAPS LOCK.',
  'Don’t Threaten. Threats of harming another person will not be tolerated.',
  'Be Truthful. Don’t knowingly lie about anyone or anything.',
  'Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.',
  'Be Proactive. Use the ‘Report’ link on each comment to let us know of abusive posts.',
  'Share with Us. We’d love to hear eyewitness accounts, the history behind an article.',
];
export const tnPopular = [
  'Prairie Ledger wins six state press awards',
  'Dunmore man charged after pursuit ends in ditch',
  'Harvest nearly done as county yields top 200 bushels',
  'Obituary: Eleanor “Nell” Vandermolen',
  'Lady Hawks fall in state quarterfinal',
];
export const tnFoot = ['Contact Us', 'Submit News', 'Place an Ad', 'Customer Service', 'Terms of Use', 'Privacy Policy'];
export const tnAddress = ['The Prairie Ledger', '301 N. Main St.', 'Harlan Springs, IA 50522', 'Phone: 555-0100'];
export const tnPowered = 'Powered by BLOX Content Management System from TownNews.com.';

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');

export const tnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tnTitle} | News | prairieledger.example</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${tnDek}">
<meta name="author" content="Rhea Moran Staff Writer"><meta name="keywords" content="Harlan Springs Volunteer Fire Department, Fire Engine, Grant">
<meta property="og:type" content="article"><meta property="og:title" content="${tnTitle}"><meta property="og:site_name" content="The Prairie Ledger">
<meta name="tncms-access-version" content="2"><link rel="canonical" href="https://www.prairieledger.example/news/article_5c1e7a4e-bf1b-11f0-9c2d-3f4a.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tnTitle}","alternativeHeadline":"${tnDek}",
"datePublished":"2025-11-11T05:30:00-06:00","author":[{"@type":"Person","name":"Rhea Moran"}],"isAccessibleForFree":"False"}</script>
<script>var TNCMS = TNCMS || {}; TNCMS.Config = {"site":"prairieledger.example","asset":{"uuid":"5c1e7a4e-bf1b-11f0-9c2d-3f4a","type":"article"}};</script>
<link rel="stylesheet" href="https://bloximages.chicago2.vip.townnews.example/prairieledger.example/shared-content/art/tncms/flex/css/bs.css">
</head>
<body class="fixed-nav lay-fixed section-news asset-page" data-path="/news/article_5c1e7a4e-bf1b-11f0-9c2d-3f4a.html">
<a href="#main-page-container" class="sr-only sr-only-focusable">Skip to main content</a>
<div id="site-navbar-container" class="hidden-print"><div id="site-top-nav-container"><div id="site-top-nav" class="container">
<ul class="nav navbar-nav navbar-left"><li class="weather-expand"><a href="/weather/"><span class="tnt-weather-temp">${tnTop[0]}</span></a></li>
<li><a href="/eedition/">${tnTop[1]}</a></li></ul><ul class="nav navbar-nav navbar-right"><li class="tnt-user-subscribe"><a class="btn btn-primary btn-sm"
href="/subscribe/">${tnTop[2]}</a></li><li><a href="/users/login/" class="tnt-user-login">${tnTop[3]}</a></li></ul></div></div>
<nav id="main-navigation" class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/"><img alt="The Prairie Ledger"
src="https://bloximages.example/logo.png"></a><ul class="nav navbar-nav">${links(tnNav, 'dropdown')}</ul></div></nav></div>
<div class="offcanvas-drawer offcanvas-drawer-left" id="site-nav-drawer" aria-hidden="true" aria-expanded="false" hidden>
<ul class="nav nav-stacked">${links(tnNav)}</ul></div>
<section id="main-page-container" class="container-fullscreen-region"><div class="container"><div class="row"><div class="col-lg-8 col-md-8 main-content">
<article class="asset story" id="article_5c1e7a4e-bf1b-11f0-9c2d-3f4a" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><div class="meta"><span class="kicker"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">${tnTitle}</span></h1>
<h2 class="subhead"><span itemprop="alternativeHeadline">${tnDek}</span></h2>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/rmoran" itemprop="author">Rhea Moran</a> Staff
Writer</span></li>
<li><ul class="list-inline"><li><time datetime="2025-11-11T05:30:00-06:00" class="tnt-date asset-date text-muted">Nov 11, 2025</time></li>
<li><span class="asset-updated">Updated <time datetime="2025-11-12T08:02:00-06:00" class="tnt-date text-muted">Nov 12,
2025</time></span></li></ul></li></ul></div>
<div class="share-container headline-right hidden-print"><ul class="list-inline social-share">${tnShare
  .map(
    (t) => `<li class="share-${t.toLowerCase().replace(/ /g, '-')}"><a href="#" class="btn btn-sm tnt-share" title="${t}"><span class="tnt-svg"></span>
<span class="hidden-xs">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></header>
<div id="asset-photo-carousel" class="photo-container"><figure class="photo layout-horizontal letterbox-style-default">
<div class="image"><img src="https://bloximages.example/5c1e7a4e.image.jpg?resize=750%2C500" alt="New fire engine" class="img-responsive"></div>
<figcaption class="caption-container"><div class="caption-text"><p>${tnCaption}</p></div><div class="byline"><span class="tnt-byline">${tnPhoto}</span></div>
</figcaption></figure></div>
<div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">
<div class="subscriber-preview">${ps(tnP1)}</div>
<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tncms-block"><div class="tnt-ads-container">
<div id="tncms-ad-article-instory-top" class="tnt-ads" data-ad-pos="instory_top"></div></div></div></div>
<div class="subscriber-only encrypted-content">${ps(tnP2)}
<div class="tncms-inline-promo card support-local hidden-print"><div class="card-panel"><h4 class="promo-title">${tnSupport[0]}</h4><p>${tnSupport[1]}</p>
<div class="hidden promo-button"><a class="btn btn-primary" href="/subscribe/">${tnSupport[2]}</a></div></div></div>
<h3>${tnH1}</h3>
${ps(tnP3)}
<div id="tncms-region-article_instory_middle" class="tncms-region hidden-print"><div class="tnt-ads" data-ad-pos="instory_middle"></div></div>
<h3>${tnH2}</h3>
${ps(tnP4)}
</div></div>
<div class="asset-tags"><h3 class="sr-only">Tags</h3><ul class="list-inline">${links(tnTags, 'tag')}</ul></div>
<div class="card author-card"><div class="card-panel"><div class="card-image"><img src="https://bloximages.example/rmoran.jpg" alt="Rhea Moran"></div>
<div class="card-content"><h5 class="tnt-headline"><a href="/users/profile/rmoran">Rhea Moran</a></h5><p class="tnt-title">${tnAuthor[0]}</p>
<p class="tnt-bio">${tnAuthor[1]}</p><ul class="list-inline"><li><a href="mailto:rmoran@prairieledger.example">Email</a></li>
<li><a href="#">Follow Rhea Moran</a></li></ul></div></div></div>
<div id="comments" class="asset-comments hidden-print"><div class="card comments-guidelines"><div class="card-panel">
<p><strong>${tnRules[0]}</strong></p><ul>${tnRules
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div></div><button class="btn btn-primary load-comments" type="button">Load comments</button></div></article></div>
<aside class="col-lg-4 col-md-4 sidebar hidden-print"><div class="tncms-block"><div class="card-tabs"><ul class="nav nav-tabs">
<li class="active"><a href="#tab-stories">Stories</a></li><li><a href="#tab-videos">Videos</a></li></ul>
<h3 class="block-title"><span class="block-title-inner">Most Popular</span></h3><ol class="tnt-popular-list">${links(tnPopular, 'tnt-popular-item')}</ol></div>
</div><div id="tncms-region-rail-ad" class="tncms-region"><div class="tnt-ads" data-ad-pos="fixed-big-ad-top"></div></div></aside>
</div></div></section>
<footer id="site-footer" class="container-fluid hidden-print"><div class="container"><div class="row"><div class="col-md-4"><h4>Contact Information</h4>
<address>${tnAddress.map((t) => `<div>${t}</div>`).join('')}</address></div><div class="col-md-4"><h4>Services</h4><ul
class="list-unstyled">${links(tnFoot)}</ul>
</div></div><div id="site-copyright" class="row"><p>© 2025 The Prairie Ledger</p><p class="small">${tnPowered}</p></div></div></footer>
<script src="https://bloximages.example/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/scripts/bs.min.js"></script>
</body></html>`;

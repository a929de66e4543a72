import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file c: a Ghost newsletter post on the Casper theme (site header with Sign in / Subscribe, primary
 * tag, excerpt, byline with reading time, a kg-card image with caption, a kg-callout, the members upgrade CTA, comments
 * block, "Read more" cards and the footer CTA) and a Campaign Monitor web version (webversion bar, preheader, layout tables,
 * forward / unsubscribe / preferences footer).
 */
const gTitle = 'Issue 58: What the river surveys found this winter';
const gS0 = [
  j(
    'Every January a few dozen of us put on waders and count what lives in the Ambry and its side streams. This year 41 volunteers',
    'sampled 18 sites over three weekends, and the results came back from the county lab on Monday.',
  ),
  'The short version: better than last year in the upper river, worse below the Kettlewick weir, and one genuine surprise.',
];
const gH = ['Upper river: a steady recovery', 'Below the weir', 'The surprise', 'How you can help'];
const gS1 = [
  j(
    'Mayfly larvae were found at every upper site for the first time since the surveys began in 2015. Ruth Calloway, who coordinates',
    'the sampling, said the change follows two years of fencing that keeps cattle off the banks above Hobb’s Ford.',
  ),
];
const gS2 = [
  j(
    'The three sites below the weir scored lower than in any year on record. The lab found fine silt clogging the gravel where trout',
    'spawn, and phosphate readings roughly double those upstream.',
  ),
  j(
    'The likeliest cause is runoff from the new road cutting at Pell Hill, which was finished in October without the settling ponds',
    'shown in the original plans. We have written to the highways authority and shared our data with them.',
  ),
];
const gS3 = [
  j(
    'At the Stannary Brook site, Oskar Lindahl lifted a stone and found a white-clawed crayfish, the native species that most of us',
    'assumed had vanished from the catchment a decade ago. We photographed it, put it back, and reported it to the wildlife trust.',
  ),
  j(
    'One crayfish is not a population. But it means that somewhere upstream there may be a pocket of clean water that the signal',
    'crayfish have not reached, and finding it is now the top priority for the spring.',
  ),
];
const gS4 = [
  'There are three things we need before the April survey:',
  'volunteers who can give two Saturday mornings in April;',
  'landowners willing to let us sample on the Stannary Brook above the lane;',
  'anyone with old photographs of the brook before 2010.',
  'Reply to this email or come to the meeting at the Kettlewick village hall on 12 March at 7pm.',
];
const gCallout = 'Full site-by-site results are in the shared spreadsheet linked from our resources page.';
const gNav = ['Home', 'Survey dates', 'Field guides', 'Who we are'];
const gMore = ['Issue 57: A wet autumn on the Ambry', 'How we count mayflies, step by step', 'Issue 56: The fish pass opens'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a2e6b1f4c">
<meta name="description" content="Winter survey results for the Ambry: recovery upstream, silt below the weir, and a native crayfish.">
<link rel="canonical" href="https://ambrywatch.example/issue-58/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Ambry Watch"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-24T08:30:00.000Z"><meta property="article:tag" content="Newsletter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ambry Watch"},
"author":{"@type":"Person","name":"Fen Abernethy"},"headline":"${gTitle}","datePublished":"2026-02-24T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true"
data-ghost="https://ambrywatch.example/" data-key="3f2a" data-api="https://ambrywatch.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-newsletter is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a
class="gh-head-logo" href="https://ambrywatch.example">Ambry
Watch</a></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-newsletter">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/newsletter/">Newsletter</a>
</span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">Recovery upstream, silt below the weir, and a visitor nobody expected.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/fen/" class="author-avatar" aria-label="Read more of Fen Abernethy"><img
class="author-profile-image" src="/content/images/fen.jpg" alt=""></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/fen/">Fen Abernethy</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-24">Feb 24, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/02/survey.jpg" alt="Volunteers kick-sampling in the river">
<figcaption><span style="white-space: pre-wrap;">Kick-sampling at Hobb’s Ford in January. Photo by Agnes Moll.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gS0)}
<h2 id="upper-river">${gH[0]}</h2>
${ps(gS1)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📊</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="below-the-weir">${gH[1]}</h2>
${ps(gS2)}
<h2 id="the-surprise">${gH[2]}</h2>
${ps(gS3)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/crayfish.jpg" class="kg-image" alt="" loading="lazy">
<figcaption><span>A white-clawed crayfish at Stannary Brook, returned to the water after this picture.</span></figcaption></figure>
<h2 id="how-you-can-help">${gH[3]}</h2>
${ps(gS4.slice(0, 1))}
<ul>${gS4
  .slice(1, 4)
  .map((x) => `<li>${x}</li>`)
  .join('\n')}</ul>
${ps(gS4.slice(4))}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.21/umd/comments-ui.min.js"
data-ghost-comments="https://ambrywatch.example/" data-api="https://ambrywatch.example/ghost/api/content/" data-key="3f2a" data-title="" data-count="true"
data-post-id="65d9" data-color-scheme="auto" crossorigin="anonymous"></script></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Ambry Watch</h2>
<p>Free river news, survey dates and results, every other Saturday.</p>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-content-link" href="/${m.length}/"><header class="post-card-header"><h2
class="post-card-title">${m}</h2></header></a></article>`,
  )
  .join('\n')}</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://ambrywatch.example">Ambry Watch</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a2e6b1f4c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout333-ghost-newsletter-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gS0, ...gS1, gCallout, ...gS2, ...gS3, ...gS4]),
  bylines: ['Fen Abernethy', 'Feb 24, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Subscribe', 'Newsletter', 'Recovery upstream, silt below the weir, and a visitor nobody expected.',
    'Kick-sampling at Hobb’s Ford in January. Photo by Agnes Moll.', 'A white-clawed crayfish at Stannary Brook, returned to the water after this picture.',
    'Sign up for Ambry Watch', 'Free river news, survey dates and results, every other Saturday.', 'Enter your email', 'Read more', ...gMore,
    'Ambry Watch', 'Ambry Watch © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const cTitle = 'Northgate Arts Bulletin: spring season opens, and a new home for the print studio';
const cS0 = j(
  'Dear friends of Northgate Arts, spring is nearly here and so is our busiest season in five years. This bulletin has the dates,',
  'the news about the print studio, and a thank-you to everyone who came to the winter open house.',
);
const cH = ['The print studio moves to the Corn Exchange', 'Spring season at a glance', 'Thank you'];
const cS1 = [
  j(
    'After eleven years in the basement of the old library, the print studio is moving upstairs and across the square. The Corn',
    'Exchange has given us the whole first floor on a ten-year lease, with north light and, for the first time, a lift.',
  ),
  j(
    'Studio manager Bettany Fairweather says the bigger room will let the studio run two classes at once and keep the etching press',
    'available to members on weekday afternoons. The move is planned for the last week of April; the studio will be closed that week.',
  ),
  j(
    'The old basement will not sit empty. The library has asked us to keep it as a workshop for schools, and from September it will',
    'host weekly clay sessions for the three primary schools in the town, paid for by the Hartsend Trust.',
  ),
];
const cRows = [
  ['21 March', 'Opening of “Salt and Iron”, photographs of the estuary by Yusuf Prendergast', 'Main gallery'],
  ['4 April', 'Family printmaking morning, ages six and up', 'Print studio'],
  ['18 April', 'Poetry evening with the Northgate Writers’ Circle', 'Café'],
  ['9 May', 'Members’ summer show: submissions close', 'Online'],
];
const cS2 = 'Tickets for every event are free for members and can be booked on our website from Monday.';
const cS3 = [
  j(
    'More than six hundred people came through the doors during the winter open house, and the donation boxes raised £2,340 towards',
    'the new studio. We are grateful to every volunteer who stewarded, poured tea and explained the etching press thirty times a day.',
  ),
  j(
    'A special thank-you goes to the Northgate Young Makers, who ran the screen-printing table all weekend and printed more than four',
    'hundred tote bags. Some of them are still for sale in the café, at five pounds each, with every penny going to the studio fund.',
  ),
  'We hope to see you this spring.',
];
const cHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${cTitle}</title>
<meta property="og:title" content="${cTitle}"><meta name="viewport" content="width=device-width">
<style type="text/css">.wrapper{background-color:#eeeeee;} .preheader .webversion a{color:#999;} .layout .column{font-family:Georgia,serif;}
.emb-editor-canvas{background-color:#eeeeee;} @media only screen and (max-width:620px){.layout .column{width:100% !important;}}</style>
<script type="text/javascript">var _cmWebVersion = {listId:'a91b2c', campaignId:'6f8e0d'};</script></head>
<body class="emb-editor-canvas" style="margin:0;padding:0;"><table class="wrapper" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;">
<tbody><tr><td><div role="banner"><div class="preheader" style="margin:0 auto;max-width:560px;"><div style="display:table;width:100%;">
<div class="snippet" style="display:table-cell;font-size:12px;color:#999;">Spring dates, a new print studio and a thank-you</div>
<div class="webversion" style="display:table-cell;text-align:right;font-size:12px;"><p>No images? <a
href="https://northgatearts.createsend1.example/t/y-e-abc/">Click
here</a></p></div></div></div>
<div class="header" style="margin:0 auto;max-width:600px;" id="emb-email-header-container"><div class="logo emb-logo-margin-box" align="center">
<img style="display:block;" src="https://i1.createsend1.example/ei/y/logo.png" alt="Northgate Arts" width="220"></div></div></div>
<div><div class="layout one-col fixed-width" style="margin:0 auto;max-width:600px;"><div class="layout__inner" style="background-color:#ffffff;">
<div class="column" style="text-align:left;color:#565656;font-size:16px;line-height:25px;"><div style="margin-left:20px;margin-right:20px;margin-top:24px;">
<h1 class="size-28" style="margin-top:0;margin-bottom:16px;font-size:24px;line-height:32px;">${cTitle}</h1>
<p class="size-14" style="font-size:14px;color:#999;">March 2026 · From the director, Imogen Strathairn</p>
<p class="size-16" style="margin-top:0;">${cS0}</p></div>
<div style="font-size:12px;font-style:normal;font-weight:normal;line-height:19px;" align="center"><img class="gnd-corner-image" style="display:block;"
src="https://i1.createsend1.example/ei/y/exchange.jpg" alt="" width="600"></div>
<div style="margin-left:20px;margin-right:20px;"><p class="size-12" style="font-size:12px;color:#999;">The Corn Exchange, future home of the print studio.
Photo: Northgate Arts</p>
<h2 class="size-20" style="font-size:20px;">${cH[0]}</h2>
${ps(cS1, ' class="size-16"')}
<h2 class="size-20" style="font-size:20px;">${cH[1]}</h2>
<table class="schedule" style="width:100%;border-collapse:collapse;"><thead><tr><th>Date</th><th>Event</th><th>Where</th></tr></thead><tbody>
${cRows.map((r) => `<tr>${r.map((c) => `<td style="padding:6px;border-bottom:1px solid #ddd;">${c}</td>`).join('\n')}</tr>`).join('\n')}</tbody></table>
<p class="size-16">${cS2}</p>
<div class="btn btn--flat btn--large" style="text-align:center;"><a style="background-color:#6b2d5c;color:#fff;padding:12px 24px;"
href="https://northgatearts.createsend1.example/t/y-l-abc/">Book your free tickets</a></div>
<h2 class="size-20" style="font-size:20px;">${cH[2]}</h2>
${ps(cS3, ' class="size-16"')}
</div></div></div></div>
<div class="layout one-col fixed-width" style="margin:0 auto;max-width:600px;"><div class="column" style="text-align:center;font-size:12px;color:#999;">
<div class="footer-social"><a href="https://northgatearts.createsend1.example/t/y-l-fb/">Like</a> <a
href="https://northgatearts.createsend1.example/t/y-l-ig/">Follow</a>
<a href="https://northgatearts.createsend1.example/t/y-fw/">Forward</a></div>
<div><p>Northgate Arts, The Old Library, Market Square, Northgate NG4 2LA</p>
<p>You are receiving this because you joined our mailing list at the gallery or online.</p>
<p><a href="https://northgatearts.createsend1.example/t/y-u-abc/">Unsubscribe</a> · <a href="https://northgatearts.createsend1.example/t/y-p-abc/">Update
your preferences</a></p></div>
<div class="emb-footer"><a href="https://www.campaignmonitor.example/?utm_source=web">Powered by Campaign Monitor</a></div></div></div></div>
</td></tr></tbody></table></body></html>`;
const campaignMonitor: TestPage = {
  name: 'heldout333-campaign-monitor-webversion-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([cS0, ...cS1, ...cRows.flat(), cS2, ...cS3]),
  bylines: ['March 2026 · From the director, Imogen Strathairn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring dates, a new print studio and a thank-you', 'No images? Click here', 'The Corn Exchange, future home of the print studio. Photo: Northgate Arts',
    'Book your free tickets', 'Like', 'Follow', 'Forward', 'Northgate Arts, The Old Library, Market Square, Northgate NG4 2LA',
    'You are receiving this because you joined our mailing list at the gallery or online.', 'Unsubscribe', 'Update your preferences',
    'Powered by Campaign Monitor',
  ],
};

export const HELDOUT333_C: readonly TestPage[] = [ghost, campaignMonitor];

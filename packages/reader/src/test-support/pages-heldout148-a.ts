import { links, type TestPage } from './page-kit.js';
import { bloombergLaw } from './pages-heldout148-a2.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file a: a UPI story as upi.com serves it (the Funding Choices consent dialog, the top bar with
 * "Almanac" and "Archives", the section nav and its hidden mobile copy, breadcrumbs, the headline, "By" line and date,
 * the share icons, the lead photo with its caption, "Photo by ... /UPI" credit and "License Photo" link, the wire
 * dateline inside the first paragraph, an "Advertisement" slot and the "Read More" box between paragraphs, the tag row,
 * the "Latest Headlines", "Trending Stories" and "Photo Galleries" rails and the footer with its copyright lines) and,
 * from file a2, a Bloomberg Law story.
 */
const upTitle = 'Regulators order inspections at 400 grain elevators after deadly Kansas dust blast';
const upSrc = `
@@photo

Oct. 14 (UPI) -- Federal workplace safety regulators on Tuesday ordered emergency inspections at more than 400 grain
elevators in seven states, a week after a dust explosion at a farmers' cooperative in western Kansas killed three workers
and injured 11 others.

The Occupational Safety and Health Administration said inspectors would start with facilities that handle more than
5 million bushels a year and have been cited for housekeeping violations in the last five years. The agency expects to
finish the first round by the end of November.

"Grain dust is as dangerous as it was 40 years ago. What has changed is that we know how to keep it from building up,"
deputy assistant secretary Marisol Tabb told reporters in Washington. "There is no excuse for a facility that does not."

The blast on Oct. 7 tore through the headhouse of the Prairie Bend Cooperative elevator outside Dorrance Springs, Kan.,
shortly after 2 p.m., as workers were loading corn into rail cars. Fire crews from four counties fought the blaze for
nearly nine hours.

@@ad1

Killed were Travis Oberle, 34, Luis Carranza, 27, and Dale Hoffmeier, 58, who had worked at the elevator for more than
three decades, according to the Ness Valley County Sheriff's Office. Five of the injured remain hospitalized in Wichita,
two in critical condition.

Investigators from the U.S. Chemical Safety Board arrived in Dorrance Springs on Thursday. Board member Anand Mehrotra
said a preliminary look suggested that a primary explosion in a bucket elevator leg had lifted settled dust into the air,
setting off a larger secondary blast.

@@readmore

The cooperative's general manager, Kelsey Ruhl, said in a statement that the facility had passed a state insurance
inspection in June and that the company was cooperating fully with federal investigators.

"Our whole town knew these men," Ruhl said. "We owe their families answers, and we will not stop until they have them."

OSHA records show the Prairie Bend elevator was cited in 2022 for failing to maintain dust collection equipment and was
fined $18,400. The company contested the citation and later settled for $9,200, according to the records.

Under a federal standard adopted in 1987, grain handling facilities must remove dust that accumulates to more than
one-eighth of an inch in priority areas such as bucket elevators and tunnels. Safety advocates have long argued that
enforcement has not kept up with the growth in elevator capacity across the Plains.

The National Grain Safety Council, an industry group, said it supported the inspections but urged regulators to give
smaller cooperatives time to fix problems without facing steep penalties.

"Most of these facilities are run by a handful of people who are already stretched thin during harvest," council
president Wendell Moritz said. "Inspections in the middle of harvest season will strain them further."

There were 11 grain dust explosions in the United States last year, according to a count kept by researchers at
Plains State University, up from seven in 2023. Three of those were fatal.

Funerals for two of the victims are scheduled for Saturday at St. Anselm Catholic Church in Dorrance Springs.
`;
const upBlocks = parse(upSrc);
const upGold = gold(upBlocks);
const upNav = ['Top News', 'U.S. News', 'World News', 'Featured', 'Odd News', 'Entertainment', 'Photos', 'Science', 'Health', 'Defense News'];
const upTop = ['Almanac', 'Archives', 'Newsletter'];
const upCrumbs = ['Home', 'News', 'U.S. News'];
const upShare = ['Facebook', 'X', 'Email', 'Copy link'];
const upCaption =
  'Fire crews work at the Prairie Bend Cooperative grain elevator near Dorrance Springs, Kan., on Oct. 7, a day after the explosion that killed three workers.';
const upCredit = 'Photo by Jenna Falk/UPI';
const upRead = [
  'Harvest workers face rising heat risk, safety study finds',
  'Kansas lawmakers weigh new rules for rural fire districts',
  'Rail car shortage leaves Plains grain piled on the ground',
];
const upTags = ['Kansas', 'OSHA', 'Agriculture', 'Workplace Safety'];
const upLatest = [
  ['Senate panel advances bill on rural hospital funding', '12 minutes ago'],
  ['Storm system brings first snow of season to northern Rockies', '41 minutes ago'],
  ['Tennessee man pleads guilty in $4M pandemic loan scheme', '1 hour ago'],
  ['Coast Guard rescues four from capsized boat off Outer Banks', '2 hours ago'],
  ['Chicago transit agency to test overnight bus service', '3 hours ago'],
];
const upTrending = [
  'Oldest known tortoise at Florida zoo celebrates 140th birthday',
  'Lottery player wins twice in one week using same numbers',
  'Dog walks 30 miles home after getting lost on camping trip',
  'Man finds 19th century coin hoard while digging garden pond',
];
const upGalleries = ['The 2025 Harvest Moon around the world', 'Fall foliage in New England'];
const upFoot = ['About UPI', 'Contact', 'Corrections', 'Advertisements', 'Privacy Policy', 'Terms of Use', 'Site Map'];
const upCopy = 'Copyright © 2025 United Press International, Inc. All Rights Reserved.';
const upConsent = [
  'upi.com asks for your consent to use your personal data to:',
  'Personalised advertising and content, advertising and content measurement, audience research and services development',
  'Store and/or access information on a device',
  'Your personal data will be processed and information from your device (cookies, unique identifiers, and other device data) may be stored by, ' +
    'accessed by and shared with 142 TCF vendor(s) and 64 ad partner(s), or used specifically by this site or app.',
  'Consent',
  'Do not consent',
  'Manage options',
];
const upAd = (id: string): string => `<div class="ad-wrapper in-article" data-ad-slot="${id}"><div class="ad-label">Advertisement</div>
<div id="div-gpt-ad-${id}" class="gpt-ad" style="min-height:250px"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-${id}');});</script>
</div></div>`;
const upHtml = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8">
<title>${upTitle} - UPI.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="max-image-preview:large">
<meta name="description" content="Federal regulators ordered emergency inspections at more than 400 grain elevators a week after a Kansas dust explosion.">
<meta property="og:site_name" content="UPI"><meta property="og:type" content="article"><meta property="og:title" content="${upTitle}">
<meta property="og:image" content="https://cdnph.upi.example/svc/sv/upi/1481760451234/2025/1/a8c2.jpg"><meta name="twitter:site" content="@UPI">
<meta property="article:published_time" content="2025-10-14T16:31:00-04:00"><meta property="article:section" content="U.S. News">
<link rel="canonical" href="https://www.upi.example/Top_News/US/2025/10/14/Kansas-grain-elevator-inspections/7281760451234/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${upTitle}","datePublished":
"2025-10-14T16:31:00-04:00","dateModified":"2025-10-14T16:31:00-04:00","author":[{"@type":"Person","name":"Darnell Whitcomb"}],

"publisher":{"@type":"Organization","name":"UPI","logo":{"@type":"ImageObject","url":"https://www.upi.example/logo-black.png"}},
"isAccessibleForFree":true}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.pubads().setTargeting("section","us-news");
googletag.enableServices();});</script>
<link rel="stylesheet" href="https://www.upi.example/css/upi.min.css?v=20251009"></head>
<body class="article-page">
<div class="fc-consent-root" style="display:block"><div class="fc-dialog-container"><div class="fc-dialog fc-choice-dialog" role="dialog" aria-modal="true">
<div class="fc-header fc-dialog-header"><div class="fc-header-image-container"><img class="fc-header-image" alt="upi.com" src="/logo-fc.png"></div></div>
<div class="fc-dialog-content"><h1 class="fc-dialog-headline">${upConsent[0]}</h1><div class="fc-stacks fc-dialog-restrictions">
<ul class="fc-stacks-list"><li class="fc-stack"><span class="fc-stack-name">${upConsent[1]}</span></li>
<li class="fc-stack"><span class="fc-stack-name">${upConsent[2]}</span></li></ul></div>
<p class="fc-dialog-body">${upConsent[3]}</p></div><div class="fc-footer-buttons-container"><div class="fc-footer-buttons">
<button class="fc-button fc-cta-consent fc-primary-button" role="button"><p class="fc-button-label">${upConsent[4]}</p></button>
<button class="fc-button fc-cta-do-not-consent fc-secondary-button" role="button"><p class="fc-button-label">${upConsent[5]}</p></button>
<button class="fc-button fc-cta-manage-options fc-secondary-button" role="button"><p class="fc-button-label">${upConsent[6]}</p></button>
</div></div></div></div></div>
<div id="upi-top-bar" class="top-bar"><div class="container"><ul class="top-bar-links">${links(upTop, 'top-bar-item')}</ul>
<div class="top-bar-date">Tuesday, October 14, 2025</div></div></div>
<header id="upi-header" class="site-header"><div class="container"><a class="logo" href="https://www.upi.example/"><img src="/logo-black.png" alt="UPI"></a>
<button class="nav-toggle" aria-controls="mobile-nav" aria-expanded="false"><span class="sr-only">Menu</span></button>
<nav class="main-nav" aria-label="Main"><ul>${links(upNav, 'nav-item')}</ul></nav>
<form class="header-search" action="/search" role="search"><input type="search" name="ss" placeholder="Search UPI" aria-label="Search"></form></div>
<nav id="mobile-nav" class="mobile-nav" hidden><ul>${links(upNav, 'mobile-nav-item')}</ul></nav></header>
<div id="leaderboard" class="ad-wrapper leaderboard"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-top" class="gpt-ad"></div></div>
<main class="container main-content"><div class="row"><div class="col-md-8 l-article-content">
<ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${upCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/${i}"><span itemprop="name">${t}</span>
</a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ol>
<div class="news-head"><h1 class="headline" itemprop="headline">${upTitle}</h1>
<div class="article-meta"><div class="meta-author">By <a href="/author/Darnell-Whitcomb/" rel="author">Darnell Whitcomb</a></div>
<div class="article-date"><time datetime="2025-10-14T16:31:00-04:00">Oct. 14, 2025 / 4:31 PM</time></div></div>
<div class="share-bar" aria-label="Share">${upShare
  .map((t) => `<a class="share-icon share-${t.toLowerCase().replace(' ', '-')}" href="#" rel="nofollow"><span class="sr-only">${t}</span></a>`)
  .join('')}</div></div>
<article itemprop="articleBody" class="article-body">
${render(
  upBlocks,
  {},
  {
    photo: `<div class="photo-block lead-photo"><figure>
<img src="https://cdnph.upi.example/svc/sv/upi/2025/1/a8c2.jpg" alt="${upCaption}" width="800" height="533">
<figcaption class="photo-caption"><span class="caption-text">${upCaption}</span> <span class="photo-credit">${upCredit}</span> |
<a class="license-photo" href="https://www.upi.example/Licensing/">License Photo</a></figcaption></figure></div>`,
    ad1: upAd('incontent-1'),
    readmore: `<div class="read-more-box"><div class="read-more-title">Read More</div><ul>${links(upRead, 'read-more-item')}</ul></div>`,
  },
)}
</article>
<div class="article-tags"><span class="tags-label">Topics</span>${upTags.map((t) => `<a class="tag" href="/topic/${t}">${t}</a>`).join('')}</div>
<div class="article-copyright">${upCopy}</div>
${upAd('below-article')}
<section class="latest-headlines"><h2 class="section-title">Latest Headlines</h2><ul>${upLatest
  .map(([t, ago]) => `<li class="headline-item"><a href="/latest">${t}</a><span class="time-ago">${ago}</span></li>`)
  .join('\n')}</ul></section></div>
<aside class="col-md-4 sidebar">${upAd('sidebar-1')}<section class="trending"><h2 class="section-title">Trending Stories</h2>
<ol>${links(upTrending, 'trending-item')}</ol></section>
<section class="photo-galleries"><h2 class="section-title">Photo Galleries</h2>${upGalleries
  .map((t) => `<div class="gallery-card"><a href="/slideshows"><img src="/g.jpg" alt=""><div class="gallery-title">${t}</div></a></div>`)
  .join('')}</section></aside></div></main>
<footer class="site-footer"><div class="container"><img src="/logo-white.png" alt="UPI"><ul class="footer-links">${links(upFoot)}</ul>
<p class="footer-copyright">${upCopy}</p><p class="footer-note">UPI is a registered trademark of United Press International, Inc.</p></div></footer>
<script src="https://www.upi.example/js/upi.min.js?v=20251009" defer></script></body></html>`;
const upi: TestPage = {
  name: 'heldout148-upi-news',
  kind: 'news',
  html: upHtml,
  // the "Oct. 14 (UPI) --" dateline opens the first paragraph and stays part of it (body)
  title: upTitle,
  headings: upGold.headings,
  body: upGold.body,
  bylines: ['Darnell Whitcomb', 'Oct. 14, 2025 / 4:31 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...upConsent, ...upTop, 'Tuesday, October 14, 2025', 'Menu', ...upNav,
    'Advertisement', ...upCrumbs.slice(0, 2), ...upShare, upCaption, upCredit, 'License Photo',
    'Read More', ...upRead, 'Topics', ...upTags, upCopy, 'Latest Headlines', ...upLatest.flat(), 'Trending Stories', ...upTrending, 'Photo Galleries',
    ...upGalleries, ...upFoot, 'UPI is a registered trademark of United Press International, Inc.',
  ],
};

export const HELDOUT148_A: readonly TestPage[] = [upi, bloombergLaw];

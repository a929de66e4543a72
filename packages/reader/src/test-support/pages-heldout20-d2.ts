import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 20, file d2: a Reach plc regional UK paper story (the "Live" site header with the burger menu and section
 * nav, breadcrumbs, the publication-font headline and sub-title, the author block with role and "Bookmark", published and
 * updated times, a comments link, share buttons, the lead image with caption and "(Image: ...)" credit, a Teads-style video
 * player with its loading and countdown texts, many "READ MORE:" link paragraphs and a "Read More" related box, inline ad
 * slots with "Article continues below", an inline newsletter sign-up with its privacy line, the WhatsApp community promo, an
 * h2 subhead, "Comments" and "Most Read" rails, the consent banner and the footer).
 */
const rcTitle = "'Heartbroken' regulars say goodbye as much-loved Gloucester chip shop closes after 41 years";
const rcSub = 'Brian and Maureen Ellery opened the Golden Plaice in Tuffley in 1984 and served their last customers on Saturday night';
const rcBody1 = [
  'Regulars have said an emotional goodbye to a much-loved chip shop that has served the same Gloucester estate for more than four decades.',
  'Brian and Maureen Ellery opened the Golden Plaice on Grange Road in Tuffley in the summer of 1984, when a portion of cod and chips cost £1.10.',
  'The couple, now both in their seventies, served their last customers on Saturday night, with a queue stretching past the ' +
    'neighbouring bookmakers and round the corner into Stroud Road.',
  'Mr Ellery, 74, said the decision to retire had been "the hardest thing we\'ve ever done", but that rising energy bills and the price ' +
    'of fish had made it impossible to carry on without raising prices for customers who had supported them for years.',
  '"Our electricity bill for the fryers has nearly tripled since 2021," he said. "We could have charged £14 for fish and chips like some ' +
    "places do, but this is Tuffley. People here can't afford that, and we didn't want to be the ones asking.\"",
] as const;
const rcH = "'Like losing a member of the family'";
const rcBody2 = [
  'Dozens of people shared memories of the shop on social media after the couple announced their retirement last month.',
  'One customer wrote that she had been taken there every Friday as a child and now took her own grandchildren, while another said the ' +
    'Ellerys had quietly fed him for free for a fortnight when he lost his job in 2009.',
  'Mrs Ellery, 72, said the messages had "reduced us both to tears". "We knew people liked the chips," she said. "We didn\'t know we ' +
    'meant that much to them."',
  'The couple have sold the building to a local family who plan to reopen it as a takeaway next year, although the new owners have not ' +
    'yet said whether it will still sell fish and chips.',
  'Ward councillor Priya Sandhu said the Golden Plaice had been "part of the fabric of Tuffley" and that she would ask the city council ' +
    'to consider a heritage marker outside the shop.',
  'Mr Ellery said he planned to spend his retirement fishing - "for fun, this time" - and taking Maureen on the holiday to Cornwall they ' +
    'had put off since 1984.',
];
const rcReadMore = [
  "Gloucester's best fish and chip shops, according to Tripadvisor reviewers",
  'Popular Gloucester pub to close for good after 150 years as landlord retires',
  'Tuffley residents fight plans to turn former bank into flats',
  'Full list of Gloucester shops that closed for good in 2025',
] as const;
const rcBox = ['Much-loved Quedgeley bakery shuts its doors after 30 years', 'Gloucester Quays shop announces closing down sale'];
const rcCap = 'Brian and Maureen Ellery behind the counter of the Golden Plaice on their final night';
const rcCredit = '(Image: Severn Vale Live)';
const rcNav = ['News', 'Gloucester', 'Cheltenham', 'Stroud', 'Sport', "What's On", 'Property', 'Money', 'Family Notices', 'Jobs', 'Weather'];
const rcCrumbs = ['News', 'Gloucester News'];
const rcVideo = ['Video Loading', 'Video Unavailable', 'Click to play', 'Tap to play', 'The video will start in 8', 'Cancel', 'Play now'] as const;
const rcSignup = [
  'Get the biggest Gloucestershire stories by email',
  'Subscribe',
  'We use your sign-up to send you the newsletters you asked for and to understand what our readers like. You can unsubscribe at any time.',
  'More info',
  'Thank you for subscribing!',
  'We have more newsletters',
  'Show me',
  'Something went wrong, please try again later.',
] as const;
const rcMost = [
  'Live: M5 closed northbound near Gloucester after crash',
  'Gloucester Christmas market 2025 dates, times and stalls announced',
  'Man, 31, charged after break-in at Tuffley pharmacy',
];
const rcFoot = [
  'Contact Us',
  'How to Complain',
  'Corrections & Clarifications',
  'Privacy Notice',
  'AI Notice',
  'Cookie Notice',
  'Terms & Conditions',
  'Advertising',
  'Syndication & Licensing',
  'Our Rights Reserved',
  'Notifications',
  'Contributors',
  'Follow Severn Vale Live',
];
const rcAd = `<div class="mod-ad" data-ad-slot="mpu"><div class="ad-container" aria-hidden="true"></div>
<span class="article-continues">Article continues below</span></div>`;
const rcRead = (t: string): string => `<p><strong>READ MORE:</strong> <a href="/news/gloucester-news/${t.length}-30412${t.length}">${t}</a></p>`;
const rcP = (t: string): string => `<p>${t}</p>`;
const rcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>'Heartbroken' regulars say goodbye as Gloucester chip shop closes after 41 years - Severn Vale Live</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Regulars say goodbye to much-loved chip shop",
"author":{"@type":"Person","name":"Hollie Barwick","jobTitle":"Community Reporter"},"datePublished":"2025-11-12T14:32:00Z"}</script>
<script>window.dataLayer=[{"articleId":30412517,"primaryTag":"Gloucester News","publication":"severnvalelive"}];</script></head>
<body class="article-page"><header class="mod-header"><button class="burger" aria-label="Open menu">Menu</button>
<a class="logo" href="/">Severn Vale Live</a><nav class="primary" aria-label="Primary"><ul>${links(rcNav, 'primary-item')}</ul></nav>
<a class="subscribe" href="/newsletter-preference-centre">Newsletters</a><button class="search">Search</button></header>
<main class="mod-article"><article class="article-main" data-article-id="30412517" itemscope itemtype="http://schema.org/NewsArticle">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(rcCrumbs)}</ol></nav>
<h1 class="publication-font" itemprop="headline">${rcTitle}</h1><p class="sub-title" itemprop="description">${rcSub}</p>
<div class="article-information"><div class="author-information"><span class="author"><a href="/authors/hollie-barwick/">Hollie Barwick</a></span>
<span class="role">Community Reporter</span><button class="bookmark-button" aria-label="Bookmark">Bookmark</button></div>
<ul class="time-info"><li><span class="date-published"><time datetime="2025-11-12T14:32:00Z">14:32, 12 Nov 2025</time></span></li>
<li><span class="date-updated">Updated<time datetime="2025-11-12T15:10:00Z"> 15:10, 12 Nov 2025</time></span></li></ul>
<a class="comment-count" href="#comments-wrapper"><span>Comments</span></a>
<ul class="social-share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Email</a></li></ul></div>
<div class="lead-article-image"><figure><img src="https://i2-prod.severnvalelive.example/article30412517.ece/ALTERNATES/s810/0_ChipShop.jpg"
alt="Brian and Maureen Ellery" width="810" height="540"><figcaption><span class="caption-text">${rcCap}</span>
<span class="credit">${rcCredit}</span></figcaption></figure></div>
<div class="article-body" itemprop="articleBody">
${rcBody1.slice(0, 2).map(rcP).join('\n')}
${rcRead(rcReadMore[0])}
${rcBody1.slice(2, 4).map(rcP).join('\n')}
${rcAd}
<div class="teads-player" data-teads="inread"><div class="teads-ui"><span>${rcVideo[0]}</span><span hidden>${rcVideo[1]}</span>
<button>${rcVideo[2]}</button><button>${rcVideo[3]}</button><p class="countdown">${rcVideo[4]}</p><button>${rcVideo[5]}</button>
<button>${rcVideo[6]}</button></div></div>
${rcP(rcBody1[4])}
${rcRead(rcReadMore[1])}
<div class="newsletter-signup-inline" data-nl="daily"><h3>${rcSignup[0]}</h3><input type="email" placeholder="Enter email">
<button>${rcSignup[1]}</button><p class="privacy">${rcSignup[2]} <a href="/privacy-notice/">${rcSignup[3]}</a></p>
<div class="nl-success" hidden><p>${rcSignup[4]}</p><p>${rcSignup[5]}</p><a href="/newsletter-preference-centre">${rcSignup[6]}</a></div>
<p class="nl-error" hidden>${rcSignup[7]}</p></div>
<h2>${rcH}</h2>
${rcBody2.slice(0, 2).map(rcP).join('\n')}
${rcAd}
${rcRead(rcReadMore[2])}
${rcBody2.slice(2, 4).map(rcP).join('\n')}
<div class="related-articles-box"><h3>Read More</h3><h4>Related Articles</h4><ul>${links(rcBox, 'related-article')}</ul></div>
${rcAd}
${rcBody2.slice(4).map(rcP).join('\n')}
<p><strong>Join our Gloucestershire WhatsApp community for breaking news and updates <a href="https://chat.whatsapp.example/BxKq2">here</a></strong></p>
${rcRead(rcReadMore[3])}
</div>
<div id="comments-wrapper" class="comments"><h2>Comments</h2><button class="show-comments">Show comments</button></div></article>
<aside class="mod-most-read"><h2>Most Read</h2><ol>${links(rcMost, 'teaser')}</ol><h2>Most Recent</h2></aside></main>
<div id="qc-cmp2-container" role="dialog"><p>We value your privacy. We and our partners store and access information on your device, such as
cookies, to show you personalised ads and content.</p><button>AGREE</button><button>MORE OPTIONS</button></div>
<footer class="mod-footer"><ul>${links(rcFoot)}</ul><p>© 2025 a Reach plc subsidiary</p></footer></body></html>`;
export const reachRegional: TestPage = {
  html: rcHtml,
  name: 'heldout20-reach-regional-story',
  kind: 'news',
  // the sub-title is body; the quoted h2 is the heading; every "READ MORE:" paragraph, the "Read More" related box, the
  // inline newsletter (with its hidden success and error texts) and the WhatsApp promo are furniture; "Hollie Barwick", her
  // role and both times are bylines ("Updated" in neither); the image caption and credit, the video player texts, "Article
  // continues below" (three times, once), "Bookmark", share, comments, breadcrumbs, "Most Read", the consent dialog, header,
  // nav and footer are furniture; the nav's and breadcrumb's "News" and "Gloucester" are kept (no short gold line has them)
  title: rcTitle,
  headings: [rcH],
  body: [rcSub, ...texts(rcBody1), ...texts(rcBody2)],
  bylines: ['Hollie Barwick', 'Community Reporter', '14:32, 12 Nov 2025', '15:10, 12 Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'Severn Vale Live', ...rcNav, 'Newsletters', 'Search', 'Gloucester News', 'Bookmark', 'Comments', 'Facebook', 'X', 'WhatsApp', 'Email',
    rcCap, rcCredit, 'READ MORE:', ...rcReadMore, 'Article continues below', ...rcVideo, ...rcSignup, 'Read More', 'Related Articles', ...rcBox,
    'Join our Gloucestershire WhatsApp community for breaking news and updates here', 'Show comments', 'Most Read', ...rcMost, 'Most Recent',
    'We value your privacy. We and our partners store and access information on your device, such as cookies, to show you personalised ads and content.',
    'AGREE', 'MORE OPTIONS', ...rcFoot, '© 2025 a Reach plc subsidiary',
  ],
};

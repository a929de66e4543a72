import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout705-kit.js';

/**
 * Held-out batch 705, file a: an exhibition review on a national newspaper's site built like the Guardian's dotcom-rendering
 * pages (star rating, standfirst with the venue, inline newsletter promotion, submeta tags, support epic, comments), and an
 * acquisition story on an entertainment trade site run on WordPress VIP with a Penske-style (Variety) theme.
 */
const gTitle = 'Wren Halberd: Salt Rooms review – a tidal, tender survey of a sculptor who listened to the sea';
const gVenue = 'Carrow Gallery, Saltbridge';
const gDek = j(
  'Five decades of driftwood, knotted rope and cast salt fill rooms that seem to breathe with the tide – even if the final',
  'gallery runs aground',
);
const gBody = [
  j(
    'The first thing you notice is the smell. Somewhere past the ticket desk of the Carrow Gallery, a faint brine hangs in the air,',
    'and by the time you reach the first of Wren Halberd’s rope pieces you are half convinced the building has flooded overnight.',
    'It hasn’t. The smell comes from <em>Night Tackle</em> (1988), a wall of tarred fishing net that the gallery has had to re-tar',
    'twice since it was lent by the Pellow Trust in June.',
  ),
  j(
    'Halberd, who died in 2019 aged 81, spent most of her working life in a converted boat shed at Gannet Cove, three miles down',
    'the coast from where this show now stands. She was never quite fashionable. In the 1970s, when her contemporaries were making',
    'steel and neon, she was dragging waterlogged timber up the slipway and leaving it to dry for a year before she would touch it.',
    '<a href="https://www.themeridian.example/artanddesign/wren-halberd">Salt Rooms</a>, the first retrospective since her death,',
    'makes a persuasive case that her patience was the point.',
  ),
  j(
    'The show is hung in loose chronological order across six rooms. The early carvings, small and anxious, look like the work of',
    'someone still apologising for her materials. Then, around 1979, something loosens. <em>Ebb Ledger</em>, a long low shelf of',
    'sea-smoothed planks each marked with the date and hour it was found, is the first work here that feels entirely her own: a',
    'diary kept in wood, part inventory and part elegy.',
  ),
  j(
    'The middle rooms are the heart of it. Halberd’s cast-salt pieces of the 1990s – bowls, bells and a life-size rowing boat, all',
    'made by packing wet sea salt into moulds and letting it harden in the sun – are displayed under low light behind a humidity',
    'barrier, and they glow like frosted glass. The boat, <em>Crossing for One</em> (1996), is cracked along its keel. A wall label',
    'explains that it split in transit in 2004 and that Halberd refused to have it repaired. You can see why. The crack is the',
    'best thing about it.',
  ),
  j(
    'There is sound, too. In a darkened side room, a recording Halberd made from the end of the Saltbridge breakwater over a single',
    'night in 1991 plays on a loop, eleven hours long. Few visitors will sit through more than a few minutes, but the bench is',
    'worth finding: it is the only place in the building where the rest of the show makes complete sense.',
  ),
  j(
    'If the exhibition has a weakness, it is the last room. The curators, Fen Asquith and Daniel Oyelaran, have gathered',
    'Halberd’s late drawings – dozens of quick ink studies of waves breaking on the harbour steps – and hung them in a tight grid',
    'that flattens them into wallpaper. Individually many are lovely; together they feel like an archive that has not yet been',
    'edited. A few well-chosen sheets and a window on to the actual harbour would have done more.',
  ),
  j(
    'Still, it is hard to leave without wanting to walk down to the water. Halberd once told an interviewer that she did not make',
    'sculpture so much as borrow it from the tide for a while. <em>Salt Rooms</em> returns the loan with interest.',
  ),
];
const gEnd = '<em>Wren Halberd: Salt Rooms is at the Carrow Gallery, Saltbridge, until 9 January.</em>';
const gTop = ['Print subscriptions', 'Search jobs', 'Sign in'];
const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['Film', 'Music', 'TV &amp; radio', 'Books', 'Art &amp; design', 'Stage', 'Games', 'Classical'];
const gTags = ['Art', 'Sculpture', 'Exhibitions', 'reviews'];
const gViewed = [
  'The Velvet Fold: the indie band who refused to make a second album – and then made four',
  'Ten years of the Marsh Lane Festival, in pictures',
  '‘I was told to smile more’: the conductor rewriting the rules of the podium',
  'Sunday crossword No 31,882',
  'The week in TV: Brackenmoor, The Long Table and Night Signals',
];
const gFoot = ['About us', 'Contact us', 'Complaints &amp; corrections', 'Terms &amp; conditions', 'Privacy policy', 'Cookie policy', 'Tax strategy'];
const dcr = (c: string): string => `dcr-${c}`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Wren Halberd: Salt Rooms review – a tidal, tender survey of a sculptor who listened to the sea | Art | The Meridian</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="Five decades of driftwood, knotted rope and cast salt fill rooms that seem to breathe with the tide">
<meta property="og:url" content="https://www.themeridian.example/artanddesign/2027/sep/12/wren-halberd-salt-rooms-review-carrow-gallery-saltbridge">
<meta property="article:author" content="https://www.themeridian.example/profile/isobel-crane"><meta property="og:type" content="article">
<meta property="og:title" content="Wren Halberd: Salt Rooms review – a tidal, tender survey of a sculptor who listened to the sea">
<meta property="og:image" content="https://i.meridianapps.example/img/media/4f1c/master/3000.jpg?width=1200&amp;overlay-align=bottom%2Cleft">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.themeridian.example/artanddesign/2027/sep/12/wren-halberd">
<script type="application/ld+json">[{"@type":"Review","@context":"https://schema.org","reviewRating":{"@type":"Rating","ratingValue":4,
"bestRating":5,"worstRating":0},"author":[{"@type":"Person","name":"Isobel Crane"}],"itemReviewed":{"@type":"Event","name":"Wren Halberd: Salt Rooms"}},
{"@type":"NewsArticle","@context":"https://schema.org","headline":"${gTitle}","datePublished":"2027-09-12T11:00:00.000Z"}]</script>
<script>window.meridian = {"config":{"isDotcomRendering":true,"page":{"contentType":"Article","section":"artanddesign","isPaidContent":false,
"shouldHideReaderRevenue":false,"pageId":"artanddesign/2027/sep/12/wren-halberd"},"switches":{"commercial":true}}};</script>
<style class="webfont">@font-face{font-family:MeridianHeadline;src:url(/fonts/MeridianHeadline-Bold.woff2) format("woff2");font-weight:700}</style>
<style data-emotion="dcr" data-s="">.${dcr('1s0ly4k')}{font-family:MeridianTextEgyptian,Georgia,serif;font-size:1.0625rem;line-height:1.5}</style>
</head>
<body><div id="bannerandheader"><div><a href="#maincontent" data-link-name="skip : main content" class="${dcr('1ojndm0')}">Skip to main content</a>
<a href="#navigation" data-link-name="skip : navigation" class="${dcr('1ojndm0')}">Skip to navigation</a></div>
<div data-print-layout="hide" class="${dcr('1vc2tbb')}"><header data-component="header" class="${dcr('zh0ht2')}">
<div class="${dcr('1t8at7y')}"><ul class="${dcr('1k5vkrm')}">${links(gTop, dcr('12mpf4m'))}</ul></div>
<div class="${dcr('u0frp7')}"><h2 class="${dcr('n2q5n2')}">Support the Meridian</h2>
<p class="${dcr('10m1b0x')}">Fund independent journalism with £5 per month</p>
<a class="${dcr('1wlxzsv')}" href="https://support.themeridian.example/contribute" data-link-name="header : support">Support us</a></div>
<a href="/" data-link-name="nav3 : logo"><span class="${dcr('1p0hins')}">The Meridian - Back to home</span><svg width="295" height="95"></svg></a>
</header><nav id="navigation" aria-label="Meridian sections" data-component="nav3" class="${dcr('1k5vkrm')}">
<ul class="${dcr('1pv7lgo')}" role="menubar">${links(gPillars, dcr('1uzbx1k'))}</ul>
<ul class="${dcr('1u3cfwy')}" data-testid="sub-nav">${links(gSub, dcr('1g6qsq0'))}</ul></nav></div></div>
<main data-layout="ShowcaseLayout" class="${dcr('1i0ye4p')}"><article class="${dcr('1oywd6')}"><div class="${dcr('hdw1mf')}">
<div data-gu-name="title" class="${dcr('1u8qly9')}"><div class="${dcr('1bv4idf')}"><a href="/artanddesign/art" class="${dcr('13zuhf1')}">
<span>Art</span></a></div></div>
<div data-gu-name="headline" class="${dcr('1a0yjb7')}"><div class="${dcr('1ykn9ok')}"><h1 class="${dcr('y70mar')}">${gTitle}</h1></div>
<div class="${dcr('1tbtt6n')}" aria-label="4 out of 5 stars"><span class="${dcr('1h3vo69')}"><svg width="20" height="20" viewBox="0 0 20 20">
<path d="M10 1l2.6 6h6.4l-5.2 4 2 6.5L10 13.7l-5.8 3.8 2-6.5L1 7h6.4z"></path></svg></span>
<span class="${dcr('1h3vo69')}"><svg width="20" height="20"></svg></span><span class="${dcr('1h3vo69')}"><svg width="20" height="20"></svg></span>
<span class="${dcr('1h3vo69')}"><svg width="20" height="20"></svg></span><span class="${dcr('1l6lqjm')}"><svg width="20" height="20"></svg></span></div></div>
<div data-gu-name="standfirst" class="${dcr('1a0yjb7')}"><div data-print-layout="hide" class="${dcr('4zleql')}"><p><strong>${gVenue}</strong><br>${gDek}</p>
</div></div>
<div data-gu-name="media" class="${dcr('1bt1ic9')}"><div class="${dcr('1cjlzcw')}"><figure id="f2c1-media" data-spacefinder-role="immersive"
class="${dcr('a2pvoh')}"><div class="${dcr('kj9tpm')}"><picture class="${dcr('4b2txz')}">
<source srcset="https://i.meridianapps.example/img/media/4f1c/master/3000.jpg?width=1300&amp;dpr=1&amp;s=none" media="(min-width: 1300px)">
<img alt="Wren Halberd’s Night Tackle, a wall of tarred fishing net, in the first room of the Carrow Gallery show" loading="eager"
src="https://i.meridianapps.example/img/media/4f1c/master/3000.jpg?width=465&amp;dpr=1&amp;s=none" class="${dcr('1pswkb2')}"></picture></div>
<figcaption data-spacefinder-role="inline" class="${dcr('1rvvsxo')}"><span class="${dcr('1qvd3m6')}"><svg width="18" height="13" viewBox="0 0 18 13"></svg>
</span>Smelling of the harbour … Night Tackle (1988) at the Carrow Gallery. <span class="${dcr('1kcgoje')}">Photograph: Lorne Pask/Carrow Gallery</span>
</figcaption></figure></div></div>
<div data-gu-name="meta" class="${dcr('1ar4r8v')}"><div class="${dcr('1vzu3zl')}"><div class="${dcr('1hkf9s5')}"><address aria-label="Contributor info"
class="${dcr('1cfpnlw')}"><div class="${dcr('1u2ia3u')}"><a rel="author" class="${dcr('ub3ifk')}" data-link-name="auto tag link"
href="/profile/isobel-crane">Isobel Crane</a></div></address></div>
<div class="${dcr('1dm3ujz')}"><details class="${dcr('1rbbh1r')}" data-gu-name="dateline"><summary class="${dcr('1grmrd6')}">
<span class="${dcr('u0h1qy')}">Sun 12 Sep 2027 12.00 BST</span></summary><span class="${dcr('u0h1qy')}">Last modified on Sun 12 Sep 2027 15.47 BST</span>
</details></div>
<div class="${dcr('1iwa2ou')}"><div class="${dcr('1j2ekmv')}"><button type="button" class="${dcr('3t1kyf')}" data-link-name="share-button">
<svg width="24" height="24"></svg>Share</button></div><div class="${dcr('eb59kw')}"><a href="#comments" data-link-name="Comment count" aria-label="142 Comments"
class="${dcr('1whw5f7')}"><svg width="20" height="20"></svg><span data-testid="long-comment-count" class="${dcr('1ir7zw5')}">142</span></a></div></div>
</div></div>
<div data-gu-name="body" class="${dcr('1bgdvfc')}"><div id="maincontent" class="${dcr('1yqx2dh')}">
<div class="article-body-commercial-selector article-body-viewer-selector ${dcr('1b9dzgh')}">
${ps(gBody.slice(0, 2), ` class="${dcr('1s0ly4k')}"`)}
<div id="dfp-ad--inline1" class="ad-slot-container ${dcr('1ms2wqf')}" data-label-show="true"><div class="ad-slot__label ${dcr('1wxi4pk')}">Advertisement</div>
<div class="ad-slot ad-slot--inline ad-slot--inline1 js-ad-slot" data-link-name="ad slot inline1" aria-hidden="true"></div>
<button class="ad-slot__adtest-cookie-clear-link">Hide</button></div>
${ps(gBody.slice(2, 4), ` class="${dcr('1s0ly4k')}"`)}
<figure id="8b0d" data-spacefinder-role="inline" data-spacefinder-type="model.dotcomrendering.pageElements.ImageBlockElement"
class="${dcr('173mewl')}"><div class="${dcr('1b8ky8n')}"><picture><img alt="A boat made of cast salt, cracked along its keel"
src="https://i.meridianapps.example/img/media/91aa/master/2000.jpg?width=620&amp;dpr=1" class="${dcr('1pswkb2')}"></picture></div>
<figcaption class="${dcr('sfo4xw')}"><span class="${dcr('1qvd3m6')}"><svg width="18" height="13"></svg></span>Glowing like frosted glass … Crossing for One
(1996). <span class="${dcr('1kcgoje')}">Photograph: Lorne Pask/Carrow Gallery</span></figcaption></figure>
${ps([at(gBody, 4)], ` class="${dcr('1s0ly4k')}"`)}
<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-5" class="${dcr('jzxpee')}">skip past newsletter promotion</a>
<div class="${dcr('6jsb5y')}" data-component="email-signup-inline"><div class="${dcr('1g8s8u')}"><div class="${dcr('11s1bm5')}">
<p class="${dcr('17hfyh1')}">Sign up to <span class="${dcr('1x8y8dz')}">Art Weekly</span></p>
<p class="${dcr('1rvz5sp')}">Free weekly newsletter</p>
<p class="${dcr('1rjc2my')}">The Meridian’s critics on the week’s best exhibitions, plus news from studios, auction rooms and galleries</p></div>
<form class="${dcr('1ed7p2j')}"><label for="email-art-weekly" class="${dcr('1a48aya')}">Enter your email address</label>
<input type="email" id="email-art-weekly" autocomplete="email"><button type="submit" class="${dcr('1cm5lxf')}">Sign up</button></form>
<p class="${dcr('17tsumu')}"><strong>Privacy Notice:</strong> Newsletters may contain info about charities, online ads, and content funded by outside
parties. For more information see our <a href="/help/privacy-policy">Privacy Policy</a>. We use Google reCaptcha to protect our website and the Google
<a href="https://policies.google.com/privacy">Privacy Policy</a> and <a href="https://policies.google.com/terms">Terms of Service</a> apply.</p></div></div>
<div id="EmailSignup-skip-link-5" tabindex="0" aria-label="after newsletter promotion" role="note" class="${dcr('jzxpee')}"></div>
${ps(gBody.slice(5), ` class="${dcr('1s0ly4k')}"`)}
<p class="${dcr('1s0ly4k')}">${gEnd}</p></div>
<div class="submeta ${dcr('1gt30qa')}"><span class="submeta__label ${dcr('1ezpv6h')}">Explore more on these topics</span>
<ul class="${dcr('2s8ucp')}">${gTags.map((t) => `<li class="${dcr('1mp4cly')}"><a href="/artanddesign/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul>
<div class="${dcr('1tgsqli')}"><button type="button" class="${dcr('3t1kyf')}">Share</button>
<a href="https://syndication.themeridian.example/content/wren-halberd" class="${dcr('ebqzvd')}">Reuse this content</a></div></div></div></div>
<div data-gu-name="right-column" class="${dcr('1aluyoq')}"><div class="ad-slot-container ${dcr('9hiqsm')}"><div class="ad-slot__label">Advertisement</div>
<div id="dfp-ad--right" class="js-ad-slot ad-slot ad-slot--right" aria-hidden="true"></div></div>
<div data-component="most-viewed-right" class="${dcr('hkgn0o')}"><h3 class="${dcr('1vu8lbq')}">Most viewed</h3><ol class="${dcr('1ecuy3d')}">
${gViewed
  .map((t, i) => `<li class="${dcr('o21z0q')}"><span class="${dcr('1rgqjfd')}">${i + 1}</span><a href="/culture/${i}">${t.replace(/&/g, '&amp;')}</a></li>`)
  .join('\n')}
</ol></div></div></div></article>
<div data-component="epic" class="${dcr('1t3qm6x')}"><div class="${dcr('yq6u7j')}"><h2 class="${dcr('1tr8t9s')}">Before you go …</h2>
<p class="${dcr('1n7sq8n')}">We have no billionaire owner and no shareholders, so our journalism stays free for everyone who reads it. If you value
arts coverage like this, please consider supporting us today.</p>
<a class="${dcr('1ijyd1a')}" href="https://support.themeridian.example/contribute">Support us</a>
<p class="${dcr('12lr9g9')}">Remind me in November</p></div></div>
<section id="comments" data-component="discussion" class="${dcr('1r6gx8c')}"><h2 class="${dcr('1s3ntnh')}">Comments (142)</h2>
<p class="${dcr('1wjpuge')}">Sign in or create your Meridian account to join the discussion.</p>
<button class="${dcr('16w8d1i')}">View more comments</button></section></main>
<footer data-component="footer" class="${dcr('1b4nku4')}"><ul class="${dcr('15yj6s6')}">${links(gFoot, dcr('1qjg0a4'))}</ul>
<a href="#top" class="${dcr('1vf1kqy')}">Back to top</a>
<p class="${dcr('1apjx0f')}">© 2027 Meridian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
<script type="module" src="https://assets.meridian.example/assets/frameworks.client.web.5c1a.js"></script></body></html>`;
const meridian: TestPage = gold({
  name: 'heldout705-meridian-dcr-review',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gVenue, gDek, ...gBody, gEnd]),
  bylines: ['Isobel Crane', 'Sun 12 Sep 2027 12.00 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...gTop, 'Support the Meridian', 'Fund independent journalism with £5 per month', 'Support us',
    'The Meridian - Back to home', ...texts(gPillars), ...texts(gSub), 'Art', 'Smelling of the harbour … Night Tackle (1988) at the Carrow Gallery.',
    'Photograph: Lorne Pask/Carrow Gallery', 'Share', '142', 'Advertisement', 'Hide', 'Glowing like frosted glass … Crossing for One (1996).',
    'skip past newsletter promotion', 'Sign up to Art Weekly', 'Free weekly newsletter',
    'The Meridian’s critics on the week’s best exhibitions, plus news from studios, auction rooms and galleries', 'Enter your email address', 'Sign up',
    j(
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our',
      'Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.',
    ),
    'Explore more on these topics', ...gTags, 'Reuse this content', 'Most viewed', '1', '2', '3', '4', '5', ...gViewed, 'Before you go …',
    j(
      'We have no billionaire owner and no shareholders, so our journalism stays free for everyone who reads it. If you value arts coverage like this,',
      'please consider supporting us today.',
    ),
    'Remind me in November', 'Comments (142)', 'Sign in or create your Meridian account to join the discussion.', 'View more comments',
    ...texts(gFoot), 'Back to top', '© 2027 Meridian News & Media Limited or its affiliated companies. All rights reserved.',
  ],
});

const vTitle = 'Harbourlight Pictures Lands Lakeshore Festival Breakout ‘The Quiet Tenant’ in $7 Million Deal';
const vDek = j(
  'The psychological drama from first-time director Talia Brennock drew a standing ovation at its Saturday night premiere and',
  'set off a bidding war among six distributors.',
);
const vBody = [
  j(
    'Harbourlight Pictures has acquired North American and U.K. rights to “The Quiet Tenant,” the debut feature from',
    'writer-director Talia Brennock, in a deal worth close to $7 million, <em>Screenline</em> has learned. The agreement closed',
    'early Monday after an all-night negotiation with sales agent Corvid Films, capping the biggest acquisition of this year’s',
    'Lakeshore International Film Festival so far.',
  ),
  j(
    'The film stars Imogen Sayle as a retired piano teacher who takes in a lodger, played by Rafe Kettering, after the death of',
    'her husband, only to find that the young man knows far more about her past than he should. Okwe Danjuma and Petra Vallance',
    'co-star.',
  ),
  j(
    'At least six buyers were circling the title after its premiere at the Grand Mere Theatre on Saturday, where the audience',
    'rose for a standing ovation that ran past four minutes. Two streamers are understood to have made offers above',
    'Harbourlight’s, but Brennock and her producers favored a company that promised a full theatrical release.',
  ),
  j(
    '“Talia has made the kind of film people used to queue around the block for,” said Harbourlight co-president Mina',
    'Achterberg. “It is tense, it is funny in places you do not expect, and it has one of the great screen performances of the',
    'year at its center. We want audiences to discover it in a dark room, together.”',
  ),
  j(
    'Harbourlight is planning a release in late spring, positioning Sayle for an awards campaign the following season. The',
    'company’s recent slate includes the documentary “Brass and Bone,” which crossed $11 million at the domestic box office last',
    'year, and the period comedy “Lady Fenwick’s Lodgers.”',
  ),
  j(
    'Brennock, a former editor who cut several of director Hollis Grange’s features, wrote the script during a residency at the',
    'Marlow Screenwriters Lab in 2024. The film was shot in 23 days on location in Port Ardan with a budget reported to be under',
    '$3 million. It was produced by Sol Akintola and Fiona Marchetti for Low Tide Pictures, with financing from Brightwater Capital.',
  ),
  j(
    '“I wrote it in a very small flat with very thin walls,” Brennock told <em>Screenline</em> before the premiere. “You learn',
    'an enormous amount about your neighbors that way, most of which you would rather not know.”',
  ),
  j(
    'The deal was negotiated by Achterberg and Harbourlight’s head of acquisitions, Davide Russo, with Corvid Films on behalf of',
    'the filmmakers. Sayle is represented by Crane Holt Management and Kilner Artists.',
  ),
  'Lakeshore runs through Sept. 19.',
];
const vNav = ['Film', 'TV', 'What To Watch', 'Music', 'Docs', 'Tech', 'Global', 'Awards Circuit', 'Video', 'VIP+'];
const vCrumbs = ['Home', 'Film', 'News'];
const vShare = ['Share on Facebook', 'Share on X', 'Share to Flipboard', 'Share on LinkedIn', 'Share with Email', 'Print This Page'];
const vAuthorLatest = [
  'Marlow Lab Names 2028 Screenwriting Fellows',
  'Corvid Films Boards Port Ardan Thriller Ahead of Market',
  'Brightwater Capital Raises $200 Million Film Fund',
];
const vRelated = ['Lakeshore Film Festival Unveils Lineup With Premieres From Brennock, Oduya and Marsh', 'Harbourlight Names Mina Achterberg Co-President'];
const vTags = ['Harbourlight Pictures', 'Lakeshore Film Festival', 'Talia Brennock', 'The Quiet Tenant'];
const vMust = [
  'Box Office: ‘Lantern Season’ Holds Off ‘Deep Field’ for Third Weekend',
  'Inside the Fight Over the Brackenmoor Finale',
  'Oduya’s ‘Salt Year’ Wins Lakeshore’s Audience Award',
];
const vFoot = ['About Us', 'Advertise', 'Careers', 'Customer Service', 'Terms of Use', 'Privacy Policy', 'Your Privacy Choices'];
const vHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>‘The Quiet Tenant’ Sells to Harbourlight in $7 Million Lakeshore Deal</title>
<link rel="preconnect" href="https://screenline.com" crossorigin><link rel='dns-prefetch' href='//ads.screenline.com' />
<meta name="description" content="${vDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="Screenline">
<meta property="og:title" content="‘The Quiet Tenant’ Sells to Harbourlight in $7 Million Lakeshore Deal">
<meta property="article:published_time" content="2027-09-13T15:30:00+00:00"><meta name="author" content="Dana Okafor">
<link rel='stylesheet' id='pmc-core-v2-css'
href='https://screenline.com/wp-content/themes/vip/pmc-screenline-2024/assets/build/css/main.css?ver=1.0' media='all' />
<link rel="https://api.w.org/" href="https://screenline.com/wp-json/" />
<link rel="alternate" type="application/json" href="https://screenline.com/wp-json/wp/v2/posts/1235908412" />
<meta name="generator" content="WordPress.com VIP" />
<link rel="canonical" href="https://screenline.com/2027/film/news/the-quiet-tenant-harbourlight-lakeshore-1235908412/" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}",
"datePublished":"2027-09-13T15:30:00+00:00",
"author":[{"@type":"Person","name":"Dana Okafor"}],"publisher":{"@type":"Organization","name":"Screenline"}}</script>
<script id="pmc-dfp-config-js-before">var pmc_meta = {"lob":"screenline","page-type":"article","env":"desktop","primary-category":"Film",
"primary-vertical":"News","author":["dana-okafor"],"tag":["harbourlight-pictures","lakeshore-film-festival"]};</script>
<script type="text/javascript" src="https://screenline.com/wp-content/plugins/pmc-plugins/pmc-ad-manager/js/pmc-adm.js?ver=2.3" id="pmc-adm-js"></script>
</head>
<body class="post-template-default single single-post postid-1235908412 single-format-standard pmc-screenline">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">We Care About Your Privacy</h2><div id="onetrust-policy-text">We and our partners store and/or
access information on a device, such as unique IDs in cookies, to process personal data. You may accept or manage your choices at any time.</div></div>
<div id="onetrust-button-group-parent"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<div class="admz" id="adm-leaderboard"><div class="admz-label lrv-u-font-size-10 lrv-u-text-transform-uppercase">Advertisement</div></div>
<header class="lrv-a-wrapper lrv-u-flex header-global"><div class="c-logo"><a href="/" title="Screenline"><span class="screen-reader-text">Screenline</span>
<svg class="c-logo__image"></svg></a></div><nav class="o-nav o-nav--main" aria-label="Main"><ul class="o-nav__list lrv-a-unstyle-list lrv-u-flex">
${links(vNav, 'o-nav__list-item lrv-u-font-family-primary')}</ul></nav>
<div class="header-actions"><a href="/login" class="c-link">Login</a><a href="/subscribe" class="c-button c-button--primary">Subscribe</a>
<button class="c-search-toggle"><span class="screen-reader-text">Search</span></button></div></header>
<main id="content" class="lrv-a-wrapper lrv-a-grid a-article-grid"><article class="a-article-grid__main pmc-paywall lrv-u-padding-t-1">
<nav class="o-nav o-nav--breadcrumbs" aria-label="Breadcrumbs"><ol class="o-nav__list lrv-a-unstyle-list lrv-u-flex">
${links(vCrumbs, 'o-nav__list-item lrv-u-font-size-12 u-text-transform-uppercase')}</ol></nav>
<header class="article-header"><h1 class="c-title a-font-primary-bold-l lrv-u-margin-tb-00" id="title-of-a-story">${vTitle}</h1>
<p class="c-tagline a-font-secondary-regular-m lrv-u-margin-t-075">${vDek}</p>
<div class="article-meta lrv-u-flex lrv-u-align-items-center"><div class="c-byline-wrapper">
<div class="c-byline lrv-u-font-family-primary">By <a href="https://screenline.com/author/dana-okafor/" class="c-link" rel="author">Dana Okafor</a></div>
<div class="c-author-tooltip lrv-u-display-none a-hidden@mobile-max"><div class="c-author-tooltip__header"><p class="c-author-tooltip__name">Dana Okafor</p>
<p class="c-author-tooltip__title">Senior Film Reporter</p></div><p class="c-author-tooltip__latest">Latest</p>
<ul class="lrv-a-unstyle-list">${links(vAuthorLatest, 'c-author-tooltip__story')}</ul>
<a href="https://screenline.com/author/dana-okafor/" class="c-author-tooltip__more">See All</a></div></div>
<time class="c-timestamp lrv-u-font-size-12" datetime="2027-09-13T15:30:00+00:00">September 13, 2027 8:30am PT</time></div>
<div class="o-social-list lrv-u-flex" data-share-bar="top"><ul class="lrv-a-unstyle-list lrv-u-flex">
${vShare.map((t) => `<li><a class="c-icon c-icon--social" href="#" rel="nofollow"><svg></svg><span class="screen-reader-text">${t}</span></a></li>`).join('\n')}
</ul></div></header>
<figure class="o-figure lrv-u-margin-b-1 article-featured-image"><img src="https://screenline.com/wp-content/uploads/2027/09/quiet-tenant.jpg?w=1000"
alt="The Quiet Tenant" width="1000" height="563"><figcaption class="o-figure__caption"><span class="c-figcaption__text">Imogen Sayle in “The Quiet
Tenant”</span> <span class="c-figcaption__credit">Courtesy of Lakeshore International Film Festival</span></figcaption></figure>
<div class="a-content pmc-u-line-height-copy pmc-u-font-family-georgia vy-cx-page-content" data-pmc-paywall-body="true">
${ps(vBody.slice(0, 2), ' class="paragraph larva // lrv-u-margin-lr-auto lrv-a-font-body-l"')}
<section class="c-related-stories lrv-u-border-t-1 lrv-u-border-b-1" data-related-inline="1"><h3 class="c-related-stories__title">Related Stories</h3>
<ul class="lrv-a-unstyle-list">${vRelated
  .map(
    (t, i) =>
      `<li class="c-related-stories__item"><a href="/2027/film/news/related-${i}/">${
        i === 0 ? '<span class="c-related-stories__badge">VIP+</span>' : ''
      }${t}</a></li>`,
  )
  .join('\n')}</ul></section>
${ps(vBody.slice(2, 4), ' class="paragraph larva // lrv-u-margin-lr-auto lrv-a-font-body-l"')}
<div class="admz lrv-u-margin-tb-1" id="adm-inline-article-ad-1"><div class="admz-label">Advertisement</div>
<div id="inline-article-ad-1" class="ad-slot" data-ad-slot="inline-article-ad-1"></div></div>
${ps(vBody.slice(4), ' class="paragraph larva // lrv-u-margin-lr-auto lrv-a-font-body-l"')}</div>
<div class="article-tags lrv-u-margin-t-2"><span class="article-tags__label">Read More About:</span><ul class="lrv-a-unstyle-list lrv-u-flex">
${links(vTags, 'article-tags__item')}</ul></div>
<div class="c-comments-cta"><a href="#comments" class="c-button">Jump to Comments</a></div></article>
<aside class="a-article-grid__sidebar"><div class="admz" id="adm-right-rail-1"><div class="admz-label">Advertisement</div></div>
<section class="o-must-read"><h2 class="o-must-read__title">Must Read</h2><ul class="lrv-a-unstyle-list">${links(vMust, 'o-must-read__item')}</ul></section>
<section class="newsletter-signup-widget"><h2 class="newsletter-signup-widget__title">Sign Up for Screenline Newsletters</h2>
<form class="newsletter-signup-widget__form"><input type="email" placeholder="Enter your Email"><button type="submit">Sign Up</button></form>
<p class="newsletter-signup-widget__legal">By providing your information, you agree to our Terms of Use and our Privacy Policy. We use vendors that may also
process your information to help provide our services.</p></section></aside></main>
<footer class="footer-global lrv-u-background-color-black"><ul class="lrv-a-unstyle-list">${links(vFoot, 'footer__item')}</ul>
<p class="footer__copyright">Screenline is a part of Halden Media Group. © 2027 Screenline Media, LLC. All Rights Reserved.</p>
<p class="footer__powered">Powered by WordPress.com VIP</p></footer>
<script type="text/javascript" src="https://screenline.com/wp-content/themes/vip/pmc-screenline-2024/assets/build/js/main.js?ver=1.0" id="pmc-main-js"></script>
</body></html>`;
const screenline: TestPage = gold({
  name: 'heldout705-wpvip-trade-acquisition',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([vDek, ...vBody]),
  bylines: ['By Dana Okafor', 'Dana Okafor', 'September 13, 2027 8:30am PT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We Care About Your Privacy',
    j(
      'We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or',
      'manage your choices at any time.',
    ),
    'Cookie Settings', 'Accept All Cookies', 'Advertisement', 'Screenline', ...vNav, 'Login', 'Subscribe', 'Search', ...vCrumbs,
    'Senior Film Reporter', 'Latest', ...vAuthorLatest, 'See All', ...vShare, 'Imogen Sayle in “The Quiet Tenant”',
    'Courtesy of Lakeshore International Film Festival', 'Related Stories', 'VIP+', ...vRelated, 'Read More About:', ...vTags, 'Jump to Comments',
    'Must Read', ...vMust, 'Sign Up for Screenline Newsletters', 'Sign Up',
    j(
      'By providing your information, you agree to our Terms of Use and our Privacy Policy. We use vendors that may also process your information to',
      'help provide our services.',
    ),
    ...vFoot, 'Screenline is a part of Halden Media Group. © 2027 Screenline Media, LLC. All Rights Reserved.', 'Powered by WordPress.com VIP',
  ],
});

export const HELDOUT705_A: readonly TestPage[] = [meridian, screenline];

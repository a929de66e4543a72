import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout298-kit.js';

/**
 * Held-out batch 298, file c: a motorcycle owners' forum thread on phpBB's prosilver style (navbar, breadcrumbs, thread
 * action bar and pagination, posts with author lines, rank, post count and signatures, one quoted reply, "Who is online",
 * footer) and a classic-car online auction lot page in Bring a Trailer's WordPress template (listing title, bid box, lot
 * essentials, the lot description, photo gallery label, comment and bid thread, similar listings, footer).
 */
const fTitle = 'Clutch slipping after chain and sprocket change on my 2019 Scout 900?';
const fPosts: [string, string, string, string, string[], string][] = [
  [
    'p48812',
    'gravelgus',
    'Tue Mar 10, 2026 7:42 pm',
    'Posts: 212',
    [
      j(
        'Changed the chain and both sprockets last weekend (stock gearing, 16/42). Since then the clutch slips in fourth and fifth',
        'when I roll on hard above 5,000 rpm. It was fine before. Nothing else touched apart from the chain adjusters.',
      ),
      'Could the new chain be too tight and somehow loading the clutch? Or is this a coincidence and the plates are just done at 31,000 miles?',
      j(
        'For what it is worth, I set the chain slack to 30 mm on the side stand, which is what the sticker on the swingarm says. The',
        'rear wheel spins freely and the chain does not bind anywhere that I can find. Oil was changed 2,000 miles ago.',
      ),
    ],
    'Kestrel Scout 900 · Ténéré tank bag · too many tools',
  ],
  [
    'p48815',
    'Marisol_K',
    'Tue Mar 10, 2026 8:05 pm',
    'Posts: 3418',
    [
      j(
        'A tight chain will not make the clutch slip. Check the clutch cable free play first. When you pulled the front sprocket',
        'cover you probably knocked the cable out of its adjuster or moved the lever bracket. The manual says 10 to 15 mm at the lever.',
      ),
    ],
    '',
  ],
  [
    'p48820',
    'gravelgus',
    'Tue Mar 10, 2026 9:31 pm',
    'Posts: 212',
    [
      'Marisol, you were right. I had about 1 mm of free play. The cable routing clip was sitting on the sprocket cover bolt.',
      'Reset it to 12 mm, took it for a ride and it pulls clean in fifth now. Thanks!',
    ],
    'Kestrel Scout 900 · Ténéré tank bag · too many tools',
  ],
  [
    'p48833',
    'OldRoadDuncan',
    'Wed Mar 11, 2026 6:58 am',
    'Posts: 967',
    [
      j(
        'Worth adding for anyone who finds this later: if the slip comes back after you fix the free play, check the oil. A lot of',
        'car oils carry friction modifiers that make wet clutches slip. Use a JASO MA2 rated oil.',
      ),
      j(
        'And if it still slips with correct free play and the right oil, measure the friction plates. The service limit on the Scout',
        'is 2.6 mm, and a full plate kit with springs is about an afternoon of work. No special tools needed apart from a clutch holder.',
      ),
    ],
    'Scout 900 (2018), Scout 650 (gone but not forgotten)',
  ],
];
const fQuote = 'Check the clutch cable free play first.';
const fNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Kestrel Scout Series', 'Scout 900 Technical'];
const fOnline = 'Users browsing this forum: Gearhead_Tam and 14 guests';
const post = ([id, user, date, count, paras, sig]: [string, string, string, string, string[], string], i: number): string => `<div id="${id}"
class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner"><dl class="postprofile" id="profile${id.slice(1)}"><dt class="has-profile-rank">
<a href="./memberlist.php?mode=viewprofile&amp;u=${i + 40}" class="username">${user}</a></dt><dd class="profile-rank">${i === 1 ? 'Moderator' : 'Rider'}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="#">${count.replace('Posts: ', '')}</a></dd></dl>
<div class="postbody"><div id="post_content${id.slice(1)}"><h3${i === 0 ? ' class="first"' : ''}><a href="#${id}">Re: Clutch slipping</a></h3>
<ul class="post-buttons"><li><a href="#" class="button button-icon-only" title="Reply with quote"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#${id}" title="Post"><span class="imageset icon_post_target"></span></a><span class="responsive-hide">by
<strong><a href="#" class="username">${user}</a></strong> » </span><time datetime="2026-03-10T19:42:00+00:00">${date}</time></p>
<div class="content">
${i === 2 ? `<blockquote><div><cite><a href="#">Marisol_K</a> wrote:</cite>${fQuote}</div></blockquote>` : ''}${paras.join('<br><br>')}</div>
${sig === '' ? '' : `<div id="sig${id.slice(1)}" class="signature">${sig}</div>`}</div></div></div></div>
<hr class="divider">`;
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${fTitle} - Kestrel Riders Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"><link rel="canonical" href="/viewtopic.php?t=9921">
<script>var phpbb = {}; phpbb.plupload = {};</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Kestrel Riders Forum</h1>
<p>Owners helping owners since 2009</p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">
${fCrumbs.map((c) => `<span class="crumb"><a href="#">${c}</a></span>`).join('\n')}</li></ul></div></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=9921">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9921" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="#" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>${fOnline}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul class="linklist">
<li><a href="#">Delete cookies</a></li><li>All times are <span title="UTC">UTC</span></li></ul></div>
<div class="copyright"><p class="footer-row">Powered by phpBB® Forum Software © phpBB Limited</p><p class="footer-row">Privacy | Terms</p></div>
</div></div><script src="./assets/javascript/core.js?assets_version=112"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout298-phpbb-motorcycle-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fPosts.flatMap((p) => p[4]), fQuote]),
  bylines: [
    'gravelgus',
    'Tue Mar 10, 2026 7:42 pm',
    'Marisol_K',
    'Tue Mar 10, 2026 8:05 pm',
    'Tue Mar 10, 2026 9:31 pm',
    'OldRoadDuncan',
    'Wed Mar 11, 2026 6:58 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Riders Forum', 'Owners helping owners since 2009', ...fNav, ...fCrumbs, 'Post Reply', '4 posts • Page 1 of 1',
    'Re: Clutch slipping', 'Quote', 'Moderator', 'Rider', 'Marisol_K wrote:', 'Kestrel Scout 900 · Ténéré tank bag · too many tools',
    'Scout 900 (2018), Scout 650 (gone but not forgotten)', 'Who is online', fOnline, 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy | Terms',
  ],
};

const aTitle = '1972 Marlowe Sprint 2000 GTV';
const aFacts = [
  'Chassis: MS2-20417',
  '2.0-liter DOHC inline-four',
  'Five-speed manual transaxle',
  'Verde Oliva paint over tan vinyl',
  'Twin side-draft carburetors',
  'Documented repaint in 2019',
];
const aDesc = [
  j(
    'This 1972 Marlowe Sprint 2000 GTV was delivered new in Lisbon and spent its first three decades in Portugal before coming to',
    'the United States in 2004. The current owner acquired the car in 2017 and has since covered about 2,100 miles with it.',
  ),
  j(
    'The body was refinished in its original Verde Oliva in 2019 after the floors and lower front wings were repaired with new',
    'panels; photos of the work are included in the gallery. The tan vinyl interior is believed to be original and shows a small',
    "split on the driver's seat bolster.",
  ),
  j(
    'Power comes from the 2.0-liter twin-cam four, fed by a pair of side-draft carburetors and paired with a five-speed manual',
    'transaxle. Service in 2025 included a valve adjustment, new ignition points, fresh fluids and a rebuilt clutch slave cylinder.',
  ),
  j(
    "The sale includes a tool roll, a jack, the original owner's handbook in Portuguese, service records from 2017 onward and a",
    "clean New Hampshire title in the seller's name. The odometer shows 61,000 kilometers, about 37,900 miles; true mileage is unknown.",
  ),
  j(
    'The 15-inch alloy wheels are reproductions of the factory design and wear 185/70 radial tires mounted in 2022. The brakes',
    'are discs at all four corners, and the master cylinder and flexible hoses were replaced in 2021.',
  ),
  j(
    'Equipment includes a wood-rimmed steering wheel, a period Blaupunkt radio, tinted glass and a heated rear window. The',
    'factory seat belts were replaced with correct-pattern static belts.',
  ),
];
const aNav = ['Auctions', 'Results', 'Sell a Car', 'How It Works', 'Sign Up'];
const aSimilar = ['1974 Marlowe Sprint 1600 Junior', '1969 Ferrante 124 Sport Coupe', '1971 Marlowe Berlina 2000'];
const aComments: [string, string][] = [
  ['ridgeline_nate', 'Were the carburetors rebuilt as part of the 2025 service, or only adjusted?'],
  ['seller_dbw', 'Only cleaned and synchronized. They were rebuilt in 2018 and the receipt is in the file.'],
  ['halyard73', 'Lovely color. Floors look very well done in the photos.'],
];
const aFoot = ['About', 'Contact', 'Careers', 'Terms of Use', 'Privacy Policy', '© 2026 Gavel & Grille'];
const aHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${aTitle} for sale on Gavel &amp; Grille</title>
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article"><meta name="description" content="Bid for the chance to own a
1972 Marlowe Sprint 2000 GTV at auction with Gavel &amp; Grille. Lot #81,402.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${aTitle}","offers":{"@type":"Offer","price":"41250",
"priceCurrency":"USD"}}</script><script>var GG_VARS = {"listing_id":81402,"auction_end":1774300800};</script></head>
<body class="listing-template-default single single-listing postid-81402"><header class="site-header"><a class="logo" href="/">Gavel &amp; Grille</a>
<nav class="site-nav"><ul class="menu">${links(aNav, 'menu-item')}</ul></nav></header>
<div class="listing-top"><h1 class="post-title listing-post-title">${aTitle}</h1>
<div class="listing-available-info"><div class="listing-available"><span class="info-label">Current Bid:</span><strong class="info-value">USD $41,250</strong>
<span class="listing-end-date">Ends in 2 days</span></div><button class="button button-primary place-bid">Place Bid</button>
<a class="button button-watch" href="#">Watch</a></div></div>
<div class="column column-left"><div class="listing-gallery"><p class="gallery-label">View all 214 photos</p></div>
<div class="essentials"><h2 class="essentials-title">Gavel &amp; Grille Essentials</h2><div class="item"><strong>Lot</strong> #81,402</div>
<div class="item"><strong>Seller:</strong> <a href="/member/seller_dbw">seller_dbw</a></div>
<div class="item"><strong>Location:</strong> Concord, New Hampshire 03301</div>
<div class="item"><strong>Private Party or Dealer:</strong> Private Party</div><div class="item"><strong>Listing Details</strong>
<ul>${aFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<div class="post-excerpt">${ps(aDesc)}</div>
<div class="listing-actions-stats"><span class="views-icon">3,882 views</span><span class="watchers-icon">241 watchers</span></div>
<div class="comments" id="comments"><h2 class="comments-title">Comments &amp; Bids</h2><ul class="comments-list">
${aComments
  .map(
    ([u, t]) => `<li class="comment"><div class="comment-header"><a class="comment-author" href="#">${u}</a></div>
<div class="comment-text"><p>${t}</p></div></li>`,
  )
  .join('\n')}
<li class="comment bid"><div class="comment-text"><p>USD $41,250 bid placed by ridgeline_nate</p></div></li></ul>
<form class="comment-form"><textarea placeholder="Add a Comment..."></textarea><button>Submit</button></form></div></div>
<div class="column column-right"><div class="similar-listings"><h3>Similar Listings</h3><ul>${links(aSimilar, 'listing-card')}</ul></div>
<div class="newsletter-signup"><p>Get the Daily Email with new auctions and results.</p><input type="email"><button>Subscribe</button></div></div>
<footer class="site-footer"><ul>${links(aFoot.slice(0, 5))}</ul><p>${aFoot[5]?.replace('&', '&amp;')}</p></footer>
<div id="cookie-notice" class="cookie-notice-container"><span id="cn-notice-text">We use cookies to make bidding work and to understand how the site
is used.</span><a id="cn-accept-cookie" class="cn-button">OK</a></div></body></html>`;
const auction: TestPage = {
  name: 'heldout298-gavelgrille-auction-lot',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([...aFacts, ...aDesc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gavel & Grille', ...aNav, 'Current Bid:', 'USD $41,250', 'Ends in 2 days', 'Place Bid', 'Watch', 'View all 214 photos', 'Gavel & Grille Essentials',
    'Seller:', 'seller_dbw', 'Location:', 'Concord, New Hampshire 03301', 'Private Party or Dealer:', 'Private Party', 'Listing Details', '3,882 views',
    '241 watchers', 'Comments & Bids', ...aComments.flat(), 'USD $41,250 bid placed by ridgeline_nate', 'Submit', 'Similar Listings', ...aSimilar,
    'Get the Daily Email with new auctions and results.', 'Subscribe', ...aFoot, 'We use cookies to make bidding work and to understand how the site is used.',
  ],
};

export const HELDOUT298_C: readonly TestPage[] = [phpbb, auction];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file a: a DPReview-style camera review (review page tabs, key specifications list, spec table, score box
 * with award and category bars, "Check price" widget, comments count, latest-reviews rail) and a Flickr photo page (photo
 * description as body, owner, stats, EXIF, tags, albums, license, comments on the photo).
 */
const dTitle = 'Halden Vira X7 review: a quiet workhorse for street photographers';
const dIntro = [
  j(
    "The Vira X7 is the third rangefinder-styled body from Halden, and the first to use the company's new 33MP stacked sensor. It keeps",
    'the slim top plate and the two control dials of the X6, but adds in-body stabilization and a far quicker shutter.',
  ),
  j(
    'Halden is pitching the camera at people who walk all day with one prime lens. After six weeks of shooting in Lisbon and on the',
    'Baltic coast with it, we think that pitch is mostly honest, with one or two caveats about battery life.',
  ),
];
const dKey = [
  '33MP stacked APS-C sensor',
  'Five-axis in-body stabilization rated at 6.5 stops',
  '2.36M-dot optical-electronic hybrid finder',
  'Mechanical shutter to 1/4000 sec, electronic to 1/32000 sec',
  '4K/60p video from the full sensor width',
  'Weather-sealed magnesium body weighing 412 g with battery',
];
const dBody = [
  j(
    'The X7 is a pleasure to carry. The grip is shallow, yet the thumb rest is deep enough that the camera never feels as if it might',
    'slip, and the exposure compensation dial now locks with a small button so it no longer turns in a coat pocket.',
  ),
  j(
    'The hybrid finder is the star. Flicking the front lever switches between the optical view with bright frame lines and a crisp',
    'electronic view, and a small electronic window can sit in the corner of the optical finder to confirm focus.',
  ),
];
const dIq = [
  j(
    'Raw files hold a good deal of shadow detail: at base ISO we could lift a backlit doorway by four stops with only a little',
    'extra noise. The stacked sensor reads out quickly, so rolling shutter is modest even with the electronic shutter.',
  ),
  j(
    'JPEGs are pleasant, with restrained sharpening. The new Harbour film profile gives muted greens and warm skin tones, and it was',
    'the one we left switched on for most of the test.',
  ),
];
const dAf = [
  j(
    'Subject detection finds faces and eyes reliably at street distances, though it sometimes jumps to a bright poster behind the',
    'subject. Video is sharp and clean in 4K, but the body gets warm after about twenty minutes of continuous recording.',
  ),
];
const dConc = [
  j(
    'The Vira X7 is not the cheapest way to get a 33MP sensor, but it is the most enjoyable camera of its type we have used this',
    'year. If you can live with carrying a spare battery, it is easy to recommend.',
  ),
];
const dLike = ['Superb hybrid finder', 'Detailed, flexible raw files', 'Compact, sealed body with well-placed dials'];
const dDislike = ['Battery lasts about 310 shots', 'Subject detection can be distracted by busy backgrounds', 'Warms up during long video takes'];
const dSpecs: ReadonlyArray<readonly [string, string]> = [
  ['Body type', 'Rangefinder-style mirrorless'],
  ['Effective pixels', '33 megapixels'],
  ['Sensor size', 'APS-C (23.5 x 15.6 mm)'],
  ['ISO range', 'Auto, 125 to 12800 (expands to 64 to 51200)'],
  ['Storage', 'Single UHS-II SD card slot'],
  ['Battery', 'HB-W30 lithium-ion, CIPA rating 310 shots'],
];
const dNav = ['Reviews', 'Buying guides', 'Sample galleries', 'Forums', 'Challenges', 'Product search'];
const dCrumbs = ['Home', 'Cameras', 'Rangefinder-style bodies'];
const dTabs = ['Introduction', 'Body and handling', 'Image quality', 'Autofocus and video', 'Conclusion', 'Specifications'];
const dScores = ['Build quality', 'Ergonomics & handling', 'Features', 'Metering & focus accuracy', 'Image quality (raw)', 'Low light / high ISO'];
const dLatest = ['Orrin 24-105mm F4 field test', 'Sekka P2 compact camera review', 'Best cameras for travel in 2026'];
const dFoot = ['About us', 'Advertise', 'Careers', 'Privacy notice', 'Cookie preferences', 'Terms of use'];
const dHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Halden Vira X7 review: Digital Photography Review</title>
<meta name="description" content="The Halden Vira X7 pairs a 33MP stacked sensor with a hybrid finder. Read our full review.">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}"><link rel="canonical"
href="https://www.dpreview.example/reviews/halden-vira-x7">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${dTitle}","author":{"@type":"Person","name":"Marit Olsgaard"},
"itemReviewed":{"@type":"Product","name":"Halden Vira X7"},"reviewRating":{"@type":"Rating","ratingValue":"88","bestRating":"100"}}</script>
<script>window.dpr = window.dpr || {}; dpr.pageType = "review"; dpr.productId = "halden_virax7";</script></head>
<body class="review"><div id="cookieConsent" class="cookieConsentBanner"><p>We use cookies to personalise content and ads and to analyse our traffic.</p>
<button class="accept">Accept all</button><button class="manage">Manage settings</button></div>
<div id="header"><div class="headerContent"><a class="logo" href="/">Digital Photography Review</a>
<ul class="mainMenu">${links(dNav, 'mainMenuItem')}</ul><a class="signIn" href="/login">Sign in</a></div></div>
<div id="mainContent"><div class="breadcrumbs"><ul>${links(dCrumbs)}</ul></div>
<div class="leftColumn"><div class="reviewPageHeader"><h1>${dTitle}</h1>
<div class="byLine"><span class="byline">By <a href="/members/molsgaard">Marit Olsgaard</a></span>
<span class="date">Published Mar 11, 2026</span> <a class="commentsCount" href="#comments">Comments (214)</a></div></div>
<div class="reviewPagination"><ol>${links(dTabs, 'reviewPage')}</ol></div>
<div class="articleBody" id="articleBody"><div class="productShot"><img src="/files/p/halden-vira-x7.jpg" alt="">
<p class="caption">The Vira X7 with the Halden 23mm F2 lens. Photo: Marit Olsgaard</p></div>
${ps(dIntro)}
<h3>Key specifications</h3><ul>${lis(dKey)}</ul>
<div class="priceWidget"><span class="label">Check price at</span> <a href="/go/ferrow">Ferrow Camera</a> <span class="price">$1,649</span></div>
<h2>Body and handling</h2>
${ps(dBody)}
<h2>Image quality</h2>
${ps(dIq)}
<div class="sampleGalleryLink"><a href="/sample-galleries/halden-vira-x7">See our Halden Vira X7 sample gallery</a></div>
<h2>Autofocus and video</h2>
${ps(dAf)}
<h2>Conclusion</h2>
${ps(dConc)}
<h3>What we like</h3><ul class="pros">${lis(dLike)}</ul>
<h3>What we don't like</h3><ul class="cons">${lis(dDislike)}</ul>
<div class="scoringTable"><div class="award"><span class="awardName">Gold Award</span></div><table><tbody>
${dScores.map((s, i) => `<tr><td class="label">${s}</td><td class="bar"><div class="scoreBar" style="width:${80 + i}%"></div></td></tr>`).join('\n')}
</tbody></table><div class="overallScore"><span class="label">Overall score</span> <span class="score">88%</span></div></div>
<h2>Specifications</h2><table class="specificationsTable"><tbody>
${dSpecs.map(([k, v]) => `<tr><th class="label">${k}</th><td class="value">${v}</td></tr>`).join('\n')}
</tbody></table></div>
<div id="comments" class="commentsSection"><h3>Comments</h3><p class="signInToComment">Sign in to comment on this review.</p></div></div>
<div class="rightColumn"><div class="ad"><span class="adLabel">Advertisement</span></div>
<div class="latestReviews"><h4>Latest reviews</h4><ul>${links(dLatest)}</ul></div></div></div>
<div id="footer"><ul>${links(dFoot)}</ul><p class="copyright">Copyright © 2026 Digital Photography Review. All rights reserved.</p></div>
<script src="/js/dpr.min.js" defer></script></body></html>`;
const dpreview: TestPage = {
  name: 'heldout357-dpreview-review',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [
    'Key specifications',
    'Body and handling',
    'Image quality',
    'Autofocus and video',
    'Conclusion',
    'What we like',
    "What we don't like",
    'Specifications',
  ],
  body: texts([...dIntro, ...dKey, ...dBody, ...dIq, ...dAf, ...dConc, ...dLike, ...dDislike, ...dSpecs.map(([, v]) => v)]),
  bylines: ['By Marit Olsgaard', 'Published Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept all', 'Manage settings', 'Digital Photography Review',
    ...dNav, 'Sign in', ...dCrumbs, 'Comments (214)', ...dTabs, 'The Vira X7 with the Halden 23mm F2 lens. Photo: Marit Olsgaard', 'Check price at',
    'Ferrow Camera', '$1,649', 'See our Halden Vira X7 sample gallery', 'Gold Award', ...dScores, 'Overall score', '88%',
    'Sign in to comment on this review.', 'Advertisement', 'Latest reviews', ...dLatest, ...dFoot,
    'Copyright © 2026 Digital Photography Review. All rights reserved.',
  ],
};

const fTitle = 'Fog lifting off the Tessel reservoir at dawn';
const fDesc = [
  j(
    'I had been trying to get this view for three winters. The reservoir sits in a bowl of low hills, and on still mornings after a',
    'clear night the cold air pools over the water and the fog forms a lid that lifts slowly once the sun clears the eastern ridge.',
  ),
  j(
    'This morning the forecast promised a frost and no wind, so I left the house at half past five and walked up the dam road in the',
    'dark. By the time I reached the old pumping house the fog was thick enough that I could not see the far bank at all.',
  ),
  j(
    'For about twenty minutes nothing happened. Then a thin bright band appeared above the fog, the tops of the birches on the island',
    'came through, and the whole layer began to tear apart from the edges. I shot around forty frames in that short window, and this',
    'is the one where the light just touches the boathouse roof while the water in front of it is still hidden.',
  ),
  j(
    'Shot handheld at 35mm, leaning on the railing of the dam. I exposed for the bright band and lifted the shadows a little in the',
    'raw converter, with a gentle curve and a small warm shift in the highlights. No sky or fog has been added or removed.',
  ),
  j(
    'A few people have asked where this is. The reservoir path is open to walkers all year, but the dam road gate is closed to cars',
    'before eight, so plan on a twenty-minute walk from the village car park. Please stay off the island, which is a nesting site',
    'from March.',
  ),
  j(
    'I am happy to sell a print of this one. I am also putting together a small set of the other frames from the same morning, including a',
    'wider view with the dam wall, which I will post over the coming week.',
  ),
];
const fComments = [
  'Stunning light. The boathouse roof is the perfect anchor for the whole frame.',
  'Worth every one of those three winters! I love how the birches fade into the fog.',
  'Seen in my group: Misty Mornings. Please add this to the pool.',
];
const fCommenters = ['Harriet Quell', 'bram.vandersloot', 'Misty Mornings admin'];
const fTags = ['tesselreservoir', 'fogbank', 'sunrise', 'landscapes', 'haldenvirax7', 'wintermornings'];
const fNav = ['Explore', 'Prints', 'Get Pro', 'Log In', 'Sign Up'];
const fFoot = ['About Flickr', 'Jobs', 'Blog', 'Developers', 'Guidelines', 'Help', 'Privacy', 'Terms', 'Cookies'];
const fHtml = `<!DOCTYPE html>
<html lang="en-us" class="html-photo-page-scrape-view"><head><meta charset="utf-8"><title>${fTitle} | Flickr</title>
<meta property="og:site_name" content="Flickr"><meta property="og:title" content="${fTitle}"><meta property="og:type" content="photo">
<meta name="description" content="I had been trying to get this view for three winters.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ImageObject","name":"${fTitle}","author":"Edda Marrow"}</script>
<script>root.YUI_config = {"flickr":{"page_type":"photo-page","photo_id":"53411872290"}};</script></head>
<body class="body-photo-page-scrape-view"><div id="content"><div class="global-nav-view"><a class="logo" href="/">flickr</a>
<ul class="nav-menu">${links(fNav, 'gn-link')}</ul></div>
<div class="photo-page-scrape-view"><div class="main-photo-view"><img class="main-photo" src="https://live.staticflickr.example/65535/53411872290_b.jpg"
alt="${fTitle}"><div class="photo-notes-scrappy-view"></div></div>
<div class="sub-photo-view"><div class="sub-photo-left-view"><div class="attribution-view"><a class="owner-name truncate"
href="/photos/eddamarrow/">Edda Marrow</a>
<button class="follow-button">Follow</button></div>
<div class="photo-title-desc-view"><h1 class=" meta-field photo-title ">${fTitle}</h1>
<div class=" meta-field photo-desc "><div class="expandable-desc">${ps(fDesc)}</div></div></div>
<div class="sub-photo-comments-view"><div class="comments-view"><h3 class="comments-header">3 comments</h3><ul class="comments">
${fComments
  .map(
    (c, i) => `<li class="comment"><a class="comment-author" href="/photos/${i}/">${fCommenters[i] ?? ''}</a> <span class="comment-date">${i + 2}d</span>
<div class="comment-content"><p>${c}</p></div></li>`,
  )
  .join('\n')}</ul>
<div class="add-comment-view"><textarea aria-label="comment"></textarea><span class="add-comment-label">Add a comment</span> <button>Comment</button></div>
</div></div></div>
<div class="sub-photo-right-view"><div class="view-count"><span class="view-count-label">1,204</span> views</div>
<div class="fave-count"><span class="fave-count-label">87</span> faves</div>
<div class="date-taken"><span class="date-taken-label">Taken on March 2, 2026</span></div>
<div class="exif-camera-name"><a href="/cameras/halden/vira_x7/">Halden Vira X7</a></div>
<ul class="exif-info"><li>ƒ/5.6</li><li>35.0 mm</li><li>1/250</li><li>ISO200</li></ul>
<div class="sub-photo-albums-view"><h4>This photo is in 2 albums</h4><ul>${links(['Tessel Valley', 'Fog and frost'])}</ul></div>
<div class="tags-view"><h4>Tags</h4><ul class="tags-list">${links(fTags, 'tag')}</ul></div>
<div class="photo-license-info"><span>All rights reserved</span></div></div></div></div></div>
<footer class="foot"><ul>${links(fFoot)}</ul><p>SmugMug+Flickr. Connecting people through photography.</p></footer>
<div class="cookie-banner-view"><p>Flickr uses cookies to improve your experience.</p><button>Accept</button></div></body></html>`;
const flickr: TestPage = {
  name: 'heldout357-flickr-photo',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fDesc),
  bylines: ['Edda Marrow', 'Taken on March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'flickr', ...fNav, 'Follow', '3 comments', ...fComments, ...fCommenters, 'Add a comment', 'Comment', '1,204', 'views', 'faves',
    'Halden Vira X7', 'ƒ/5.6', '35.0 mm', '1/250', 'ISO200', 'This photo is in 2 albums', 'Tessel Valley', 'Fog and frost', 'Tags', ...fTags,
    'All rights reserved', ...fFoot, 'SmugMug+Flickr. Connecting people through photography.', 'Flickr uses cookies to improve your experience.', 'Accept',
  ],
};

export const HELDOUT357_A: readonly TestPage[] = [dpreview, flickr];

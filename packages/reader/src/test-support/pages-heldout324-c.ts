import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout324-kit.js';
import { wikitree } from './pages-heldout324-c2.js';

/**
 * Held-out batch 324, file c: a Find a Grave-style memorial page (a data page whose main text is short: the birth, death and
 * burial facts, a bio, the inscription and gravesite details, around them the photo strip, family member cards, flowers,
 * "See more ... memorials in" links, memorial ID and creator lines, sponsor promo, app banner and footer) and, from file c2,
 * a WikiTree genealogy profile.
 */
const gTitle = 'Cora Belle Whitcombe Danner';
const gFacts = [
  ['Birth', '12 Apr 1889', 'Tolland Falls, Wexley County, Iowa, USA'],
  ['Death', '3 Nov 1918', 'Harlan Mills, Wexley County, Iowa, USA'],
  ['Burial', 'Pike Corner Cemetery', 'Harlan Mills, Wexley County, Iowa, USA'],
] as const;
const gBio = [
  j(
    'Cora Belle was the second of six children of Amos and Lydia (Kerr) Whitcombe, who farmed east of Tolland Falls. She attended',
    'the Tolland Falls school through the eighth grade and afterwards kept house for her widowed grandfather in town.',
  ),
  j(
    'On 18 Feb 1910 she married Josiah Danner, a blacksmith, at the Methodist parsonage in Harlan Mills. They had three children:',
    'Ruth, born 1911; Walter, born 1913; and an infant son who lived only a few days in 1916 and is buried beside her.',
  ),
  j(
    'Cora died of influenza during the epidemic of the autumn of 1918, one of eleven deaths in Harlan Mills that November. The Wexley',
    'Courier reported that the church was closed by order of the health board, so her funeral was held at the graveside with only the',
    'family present.',
  ),
  j(
    'Josiah remarried in 1921 and the children were raised by him and their stepmother, Ada. Ruth Danner later married Arthur Pell;',
    'she kept her mother’s wedding photograph all her life, and it is the photo added to this memorial by her granddaughter.',
  ),
  j(
    'Her headstone, a small gray granite tablet, was replaced in 1954 when the original marble marker had become unreadable. The new',
    'stone repeats the verse from the first one.',
  ),
];
const gInscription = 'Asleep in Jesus, blessed sleep, from which none ever wakes to weep';
const gPlot = 'Section B, Row 4, Lot 11. East of the cedar row, next to the infant son.';
const gFamily = [
  ['Parents', 'Amos Whitcombe 1858–1931', 'Lydia Kerr Whitcombe 1862–1940'],
  ['Spouse', 'Josiah Danner 1884–1957'],
  ['Children', 'Ruth Danner Pell 1911–2001', 'Walter Amos Danner 1913–1988', 'Infant Son Danner 1916–1916'],
];
const gNav = ['Memorials', 'Cemeteries', 'Famous', 'Contribute', 'Register', 'Sign In'];
const gMore = ['Harlan Mills', 'Wexley County', 'Iowa', 'USA'];
const gFoot = ['About Find a Grave', 'Press', 'Help', 'Privacy Policy', 'Terms of Service', 'Do Not Sell or Share My Personal Information'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cora Belle Whitcombe Danner (1889-1918) - Find a Grave Memorial</title>
<meta name="description" content="Find a Grave Memorial ID 233410987, citing Pike Corner Cemetery, Harlan Mills, Wexley County, Iowa, USA.">
<meta property="og:title" content="Cora Belle Whitcombe Danner (1889-1918) - Find a Grave Memorial"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","name":"Cora Belle Whitcombe Danner","birthDate":"1889-04-12",
"deathDate":"1918-11-03"}</script>
<script>var fg = {"memorialId":233410987,"cemeteryId":2210455,"isFamous":false,"hasPhotos":true};</script>
<link rel="stylesheet" href="https://www.findagrave.example/assets/css/memorial.min.css"></head>
<body class="memorial-page"><div class="app-banner d-md-none"><p>Get the Find a Grave app</p><a href="#">Open</a></div>
<nav class="navbar navbar-expand-md fixed-top" role="navigation"><a class="navbar-brand" href="/">Find a Grave</a>
<ul class="navbar-nav">${links(gNav, 'nav-item')}</ul></nav>
<main id="main-content" class="container"><div class="row section-board" itemscope itemtype="https://schema.org/Person">
<div class="col-md-4"><div class="profile-photo"><img id="profileImage" src="https://images.findagrave.example/photos/2026/41/233410987.jpg"
alt="Cora Belle Whitcombe Danner"><p class="photo-credit">Photo added by Ellen Pell Tarrant</p></div></div>
<div class="col-md-8"><h1 id="bio-name" class="bio-name" itemprop="name">${gTitle}</h1>
<div class="bio-min"><span id="bio-birth">1889</span>–<span id="bio-death">1918</span></div>
<dl class="mem-events">
${gFacts
  .map(
    ([k, a, b]) => `<dt>${k.toUpperCase()}</dt>
<dd><p class="mem-event-value">${a}</p>
<p class="mem-event-place" itemprop="${k.toLowerCase()}Place">${b}</p></dd>`,
  )
  .join('\n')}
</dl><p id="memorial-id" class="mem-id">Memorial ID <span>233410987</span></p>
<div class="memorial-actions"><button class="btn add-flower">Leave a Flower</button><button class="btn share-memorial">Share</button>
<button class="btn save-to">Save to</button><a class="btn suggest-edits" href="#">Suggest Edits</a></div></div></div>
<div class="section-bio"><div id="fullBio" class="bio-text" itemprop="description">
${ps(gBio)}
</div></div>
<div class="section-inscription"><h2 class="section-title">Inscription</h2><p id="inscriptionValue" class="inscription">${gInscription}</p></div>
<div class="section-gravesite"><h2 class="section-title">Gravesite Details</h2><p id="gravesite-details">${gPlot}</p></div>
<div class="section-family"><h2 class="section-title">Family Members</h2>
${gFamily.map(([rel, ...ms]) => `<h3 class="member-group">${rel}</h3><ul class="member-list">${lis(ms, 'member-item')}</ul>`).join('\n')}
<p class="family-more">See more Danner memorials in: ${gMore.map((m) => `<a href="#">${m}</a>`).join(' ')}</p></div>
<div class="section-flowers"><h2 class="section-title">Flowers</h2><p>4 flowers have been left for Cora Belle.</p>
<div class="flower-card"><p class="flower-note">Remembering my great-great-grandmother. You are not forgotten.</p>
<p class="flower-by">Left by E. Tarrant</p></div></div>
<div class="sponsor-box"><p>Sponsor this memorial to remove ads and keep it ad-free forever.</p><a class="btn" href="#">Sponsor this page</a></div>
<div class="section-created"><p>Created by: <a href="#">Ellen Pell Tarrant</a></p><p>Added: 9 Feb 2026</p><p>Find a Grave Memorial ID: 233410987</p>
<p class="citation">Find a Grave, database and images, memorial page for Cora Belle Whitcombe Danner (12 Apr 1889–3 Nov 1918), citing Pike Corner
Cemetery; Maintained by Find a Grave.</p></div>
<div class="ad-container"><span class="ad-label">Advertisement</span></div></main>
<footer class="site-footer"><ul>${links(gFoot)}</ul><p>© 2026 Find a Grave. All rights reserved.</p></footer>
<div id="truste-consent-track" class="cookie-banner"><p>We use cookies and similar technologies to run this site and to show you relevant ads.</p>
<button id="truste-consent-button">Accept All</button><button id="truste-show-consent">Manage Preferences</button></div>
<script src="https://www.findagrave.example/assets/js/memorial.min.js"></script></body></html>`;
const findagrave: TestPage = {
  name: 'heldout324-findagrave-memorial-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: ['Inscription', 'Gravesite Details'],
  body: [...gFacts.flatMap(([, a, b]) => [a, b]), ...texts(gBio), gInscription, gPlot],
  bylines: ['1889–1918', 'Created by: Ellen Pell Tarrant', 'Added: 9 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get the Find a Grave app', 'Open', ...gNav, 'Photo added by Ellen Pell Tarrant', 'Memorial ID 233410987', 'Leave a Flower', 'Share',
    'Save to', 'Suggest Edits', 'Family Members', ...gFamily.flat(), `See more Danner memorials in: ${gMore.join(' ')}`, 'Flowers',
    '4 flowers have been left for Cora Belle.', 'Remembering my great-great-grandmother. You are not forgotten.', 'Left by E. Tarrant',
    'Sponsor this memorial to remove ads and keep it ad-free forever.', 'Sponsor this page', 'Find a Grave Memorial ID: 233410987',
    j(
      'Find a Grave, database and images, memorial page for Cora Belle Whitcombe Danner (12 Apr 1889–3 Nov 1918), citing Pike Corner',
      'Cemetery; Maintained by Find a Grave.',
    ),
    'Advertisement', ...gFoot, '© 2026 Find a Grave. All rights reserved.',
    'We use cookies and similar technologies to run this site and to show you relevant ads.', 'Accept All', 'Manage Preferences',
  ],
};

export const HELDOUT324_C: readonly TestPage[] = [findagrave, wikitree];

import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 113, file b2: a local story on a McClatchy paper's site (the invented "Merced Valley Herald"): the
 * subscription bar, the header with section menu, the story kicker, headline and subhead, the byline card with the
 * reporter's photo alt text, the "Updated" and "Read more" lines, the lead image caption, in-story ad wrappers, the inline
 * "Read Next" promo inside the story body, the "This story was originally published" line, the related stories package, the
 * "Take Us With You" app promo and the footer lists.
 */
const lTitle = 'Merced County approves $14 million plan to replace aging Los Banos water tower';
const lSub = 'The 1958 tower has leaked for a decade. The new one should be finished by summer 2027, officials said.';
const lP1 = [
  'The Merced County Board of Supervisors on Tuesday approved a $14.2 million project to replace the water tower that has stood over ' +
    'east Los Banos since 1958 and has leaked, by the county’s own estimate, about 9,000 gallons a day for the last ten years.',
  'The vote was 4-1, with Supervisor Dale Arrequin voting no. He said he supported replacing the tower but wanted the county to ' +
    'seek more state money before committing its own funds.',
  'The steel tower, which holds 500,000 gallons, serves about 6,200 homes in the Eastside and Cottonwood neighborhoods. Engineers ' +
    'told the board in July that corrosion in its legs had reached a point where a major earthquake could cause it to fail.',
];
const lP2 = [
  '“We have patched this thing more times than anyone can count,” said Rosa Villaseñor, the county’s public works director. “At ' +
    'some point you are spending good money to keep a bad tank standing.”',
  'Under the plan, a new 750,000-gallon tower will be built on county land about a quarter mile north of the existing one, off ' +
    'Mercey Springs Road. The old tower will stay in service until the new one is connected, then be taken down.',
  'About $8.5 million of the cost will come from a state drinking water grant awarded in the spring. The rest will come from the ' +
    'county’s water enterprise fund, which is paid for by customers’ bills. Villaseñor said the project would not by itself raise ' +
    'rates, though a separate rate study is due next year.',
  'Several residents spoke at the meeting. Teresa Cabral, who has lived on Eastside Avenue for 31 years, said the tower had become a ' +
    'landmark and asked whether the new one could carry the same painted sign welcoming drivers to Los Banos.',
  '“My kids learned to find their way home by that tower,” she said.',
  'Villaseñor said the county would ask the city whether it wanted to repaint the sign on the new tower, and that the design was ' + 'not yet final.',
  'Construction is expected to begin in March. The county said residents should not notice any change in water service during the ' +
    'work, apart from occasional overnight pressure drops when the new tower is connected.',
];
const lTop = ['Get unlimited digital access', '#ReadLocal', 'Try 1 month for $1', 'CLAIM OFFER'];
const lNav = ['Local', 'Crime', 'Education', 'Business', 'Sports', 'Opinion', 'Obituaries', 'Real Estate', 'Jobs', 'Contests', 'eEdition'];
const lCaption = 'The Los Banos water tower, seen from Eastside Avenue on Oct. 3, 2025, has leaked for about a decade, county officials say.';
const lCredit = 'Andrés Molina amolina@mvherald.com';
const lReadNext = 'Two Merced schools get new bus routes after years of parent complaints';
const lRelated = [
  'Los Banos council delays vote on downtown parking fees',
  'Merced Irrigation District says groundwater levels rose after wet spring',
  'Dos Palos family opens first bakery in town in 20 years',
];
const lApp = ['Take Us With You', 'Real-time updates and all local stories you want right in the palm of your hand.', 'Merced Valley Herald App'];
const lFootCols = [
  'View Newsletters',
  'Start a Subscription',
  'Customer Service',
  'Vacation Hold',
  'Pay Your Bill',
  'About Us',
  'Contact Us',
  'News in Education',
  'Public Notices',
  'Archives',
  'Place a Classified',
  'Local Deals',
  'Terms of Service',
  'Privacy Policy',
  'Accessibility',
  'Your Privacy Choices',
];
const lAd = (n: number) => `<div class="ad-wrapper"><div class="ad-label">Advertisement</div><div id="zone-el-${n}" class="zone"></div></div>`;
const lHtml = `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8"><title>Merced County OKs $14M plan to replace Los Banos water tower | Merced Valley Herald</title>
<meta name="description" content="${lSub}"><meta property="og:type" content="article">
<meta name="sailthru.author" content="Andrés Molina"><meta name="sailthru.tags" content="local,los-banos,water">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${lTitle}",
"author":{"@type":"Person","name":"Andrés Molina"},"datePublished":"2025-10-07T17:41:00-07:00",
"publisher":{"@type":"Organization","name":"Merced Valley Herald"}}</script>
<script src="https://www.mvherald.com/static/yozons-lib/main.js" async></script>
</head>
<body class="story-page"><mi-page-wrapper>
<div class="subscribe-bar"><span>${lTop[0]}</span><span>${lTop[1]}</span><span>${lTop[2]}</span><a class="button" href="/subscribe">${lTop[3]}</a></div>
<header class="header"><div class="top-header"><button class="menu-toggle" aria-label="Open Menu">Menu</button>
<a href="/" class="logo"><img alt="Merced Valley Herald Logo" src="/logo.svg"></a><a href="/subscribe" class="subscribe">Subscribe</a>
<a href="/account" class="sign-in">Sign In</a></div>
<nav class="nav-sections"><ul>
${links(lNav, 'nav-item')}
</ul></nav></header>
<div class="ad-wrapper leaderboard"><div class="ad-label">Advertisement</div><div id="zone-el-101" class="zone"></div></div>
<main><div class="grid"><article class="story-body" data-story-id="307114052" data-asset-type="story">
<div class="kicker"><a href="/news/local/">Local</a></div>
<h1 class="h1">${lTitle}</h1>
<h3 class="summary">${lSub}</h3>
<div class="byline-container"><div class="byline"><img class="byline-img" alt="Profile Image of Andrés Molina" src="/molina.jpg">
<a class="ng_byline_name" href="/profile/238901.html">Andrés Molina</a></div>
<div class="time"><time class="update-date">Updated October 7, 2025 5:41 PM</time></div><div class="read-more"><a href="/profile/238901.html">Read more</a>
</div></div>
<div class="share-bar"><a class="share-facebook" aria-label="Share to Facebook">Facebook</a><a class="share-twitter" aria-label="Share to X">X</a>
<a class="share-email" aria-label="Share via Email">Email</a><a class="share-copy">Copy Link</a></div>
<figure class="img-container"><img alt="" src="/tower.jpg"><figcaption class="caption"><span class="caption-text">${lCaption}</span>
<span class="credits">${lCredit}</span></figcaption></figure>
${ps(lP1)}
${lAd(1)}
<div class="read-next"><h3 class="read-next-label">Read Next</h3><h3 class="h3"><a href="/news/local/education/article307110993.html">${lReadNext}</a></h3>
<time>October 7, 2025 12:14 PM</time><a class="read-next-more" href="/news/local/education/article307110993.html">Read More</a></div>
${ps(lP2)}
${lAd(2)}
<p class="story-footer"><i>This story was originally published October 7, 2025 4:02 PM.</i></p>
<div class="related-stories package"><h2 class="h2">Related stories from Merced Valley Herald</h2><ul>
${links(lRelated, 'package-item')}
</ul></div>
<div class="profile-card"><img alt="Profile Image of Andrés Molina"><h4>Andrés Molina</h4>
<p>Andrés Molina covers Los Banos and western Merced County for the Merced Valley Herald.</p></div>
</article>
<aside class="sidebar"><div class="ad-wrapper"><div class="ad-label">Advertisement</div></div></aside></div></main>
<footer class="site-footer"><div class="app-promo"><h2>${lApp[0]}</h2><p>${lApp[1]}</p><span>${lApp[2]}</span></div><ul class="footer-links">
${links(lFootCols, 'footer-link')}
</ul><p class="copyright">Copyright Commenting Policy Privacy Policy Terms of Service</p></footer>
</mi-page-wrapper><script>window.pageInfo={"story.id":"307114052"};</script>
</body>
</html>`;

export const localPage: TestPage = {
  name: 'heldout113-mcclatchy-local-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: [lSub, ...texts(lP1), ...texts(lP2)],
  bylines: ['Andrés Molina', 'Updated October 7, 2025 5:41 PM', 'This story was originally published October 7, 2025 4:02 PM.'],
  furniture: [
    ...lTop,
    'Menu',
    'Subscribe',
    'Sign In',
    ...lNav.filter((n) => n !== 'Local'),
    'Advertisement',
    'Read more',
    'Facebook',
    'Copy Link',
    lCaption,
    lCredit,
    'Read Next',
    lReadNext,
    'October 7, 2025 12:14 PM',
    'Related stories from Merced Valley Herald',
    ...lRelated,
    'Andrés Molina covers Los Banos and western Merced County for the Merced Valley Herald.',
    ...lApp,
    ...lFootCols,
    'Copyright Commenting Policy Privacy Policy Terms of Service',
  ],
};

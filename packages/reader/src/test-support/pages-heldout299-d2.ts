import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file d2: an Instructables-style woodworking project (the header with its category menu, the project
 * header with author and "More by the author", the favourite / download buttons, the intro, supplies and numbered step
 * sections each with its photo, the contest badge, "Be the First to Share", comments, "Recommendations" and the footer).
 */
const iTitle = 'Shaker-Style Step Stool From One Pine Board';
const iIntro = [
  j(
    'Our kitchen shelves are just out of reach for everybody in the family except me, so I built this small two-step stool from a',
    'single 2.4 metre pine board. It uses housing joints instead of screws for the treads, which makes it stiff enough for an adult',
    'and simple enough to make with hand tools in a weekend.',
  ),
];
const iH0 = 'Supplies';
const iSupplies = [
  'One pine board, 2.4 m x 225 mm x 20 mm, as straight as you can find',
  'Wood glue and six 40 mm oval nails or wooden pegs',
  'Tenon saw, coping saw, a 20 mm chisel and a marking gauge',
  'Sandpaper (120 and 180 grit) and hard wax oil',
];
type Step = { h: string; ps: string[] };
const iSteps: Step[] = [
  {
    h: 'Step 1: Cut the Parts',
    ps: [
      j(
        'Cut the board into two sides of 450 mm, two treads of 380 mm and one stretcher of 380 mm. Keep the offcut, because it makes',
        'a handy test piece for the housing joints.',
      ),
    ],
  },
  {
    h: 'Step 2: Shape the Sides',
    ps: [
      j(
        'Mark the stepped profile on one side: the lower tread sits 220 mm from the floor and the upper tread at the top. Cut out the',
        'waste with the tenon saw, then cut a shallow arch at the bottom with the coping saw so the stool stands on four feet and',
        'does not rock on an uneven floor.',
      ),
      'Clamp the two sides together and plane the edges so that they match exactly.',
    ],
  },
  {
    h: 'Step 3: Cut the Housings',
    ps: [
      j(
        'Mark the tread positions with the marking gauge, 8 mm deep. Saw down both walls of each housing, then chop and pare out the',
        'waste with the chisel, working in from both edges so you do not split the far side. Test each one with the offcut; the',
        'tread should go in with firm hand pressure.',
      ),
    ],
  },
  {
    h: 'Step 4: Glue Up',
    ps: [
      j(
        'Dry fit everything first. Then glue the treads into the housings and the stretcher under the upper tread, check the stool',
        'for square by measuring the diagonals, and drive two nails or pegs through each side into every tread. Leave it clamped',
        'overnight.',
      ),
    ],
  },
  {
    h: 'Step 5: Finish',
    ps: [
      j(
        'Round over all the edges with sandpaper, especially the front of each tread where bare feet will land. Two coats of hard wax',
        'oil give a tough surface that still looks like pine. After three months of daily use ours has only a few honest dents.',
      ),
    ],
  },
];
const iCats = ['Circuits', 'Workshop', 'Craft', 'Cooking', 'Living', 'Outside', 'Teachers'];
const iRecs = ['Hall Bench With Hidden Shoe Rack', 'Simple Dovetailed Box', 'Pallet Wood Plant Stand'];
const iFoot = ['About Us', 'Who We Are', 'Why Publish?', 'Jobs', 'Help', 'Terms of Service', 'Privacy Statement', 'Legal Notices'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${iTitle} : 5 Steps (with Pictures) - Instructables</title>
<meta name="description" content="Shaker-Style Step Stool From One Pine Board: Our kitchen shelves are just out of reach for everybody in the family.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Instructables">
<link rel="canonical" href="https://www.instructables.com/Shaker-Style-Step-Stool-From-One-Pine-Board/">
<link rel="stylesheet" href="/assets/BUNDLES/desktop-ible-page.css?v=9c2e">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${iTitle}","author":{"@type":"Person","name":"woodshed_wilf"},
"step":[{"@type":"HowToStep","name":"Cut the Parts"}]}</script>
<script>window.__INITIAL_STATE__={"ible":{"id":"F7Q2","steps":5,"views":18422,"favorites":412}};</script></head>
<body class="ible-page"><div id="site-announcements-page"></div>
<header id="site-header" class="header"><div class="header-wrapper"><a class="header-logo" href="/">Instructables</a>
<nav class="header-category-nav"><ul>${links(iCats, 'category-nav-link')}</ul></nav>
<div class="header-right"><a href="/account/login" class="login">Log In</a><a href="/account/register" class="signup">Sign Up</a></div></div></header>
<main id="main-content" class="ible-container"><div class="ible-header"><div class="ible-breadcrumbs"><a href="/workshop/">Workshop</a>
<a href="/workshop/woodworking/projects/">Woodworking</a></div>
<h1 class="header-title">${iTitle}</h1>
<div class="sub-header"><span class="header-author">By <a href="/member/woodshed_wilf/" class="author-link">woodshed_wilf</a></span>
<a class="follow-btn" href="#">Follow</a><span class="more-by">More by the author:</span></div>
<div class="ible-stats"><span class="ible-views">18,422</span> <span class="ible-favorites">412</span></div>
<div class="ible-actions"><button class="favorite-btn">Favorite</button><a class="download-btn" href="#">Download</a></div></div>
<article id="ible-content" class="ible-content"><section id="intro" class="step"><div class="step-body">
${ps(iIntro)}
</div></section>
<section id="supplies" class="step"><h2 class="step-title">${iH0}</h2><div class="step-body"><ul>${lis(iSupplies)}</ul></div></section>
${iSteps
  .map(
    (s, i) => `<section id="step${i + 1}" class="step"><div class="step-media"><div class="photoset-image">
<img src="https://content.instructables.example/F7Q/${i}.jpg"
alt="${s.h}"></div></div><h2 class="step-title">${s.h}</h2><div class="step-body">${ps(s.ps)}</div></section>`,
  )
  .join('\n')}
</article>
<div class="contest-badge"><span>Participated in the</span> <a href="/contest/woodworking2026/">Woodworking Contest</a></div>
<section class="i-made-it"><h2>Be the First to Share</h2><p>Did you make this project? Share it with us!</p><a href="#" class="button">I Made It!</a></section>
<section class="ible-recommendations"><h2>Recommendations</h2><ul>${links(iRecs, 'recommendation')}</ul></section>
<section id="discussion" class="ible-comments"><h2>2 Comments</h2><div class="comment"><a class="author" href="#">ChloeMakes</a>
<span class="comment-date">3 months ago</span><p>Made two of these for my kids' bathroom. The housings were much easier than I expected.</p></div>
<div class="comment"><a class="author" href="#">woodshed_wilf</a><span class="comment-date">3 months ago</span>
<p>Great to hear! Post a photo with the I Made It button, I'd love to see them.</p></div></section></main>
<footer class="footer"><div class="footer-categories">${links(iCats.slice(0, 3))}</div><ul class="footer-links">${links(iFoot)}</ul>
<p>© 2026 Autodesk, Inc.</p></footer>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to give you the best experience on our website.</p><button>Accept</button></div>
<script src="/assets/BUNDLES/desktop-ible-page.js?v=9c2e" defer></script></body></html>`;
export const instructables: TestPage = {
  name: 'heldout299-instructables-project',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [iH0, ...iSteps.map((s) => s.h)],
  body: texts([...iIntro, ...iSupplies, ...iSteps.flatMap((s) => s.ps)]),
  bylines: ['By woodshed_wilf'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Instructables', ...iCats, 'Log In', 'Sign Up', 'Woodworking', 'Follow', 'More by the author:', '18,422', '412', 'Favorite', 'Download',
    'Participated in the', 'Woodworking Contest', 'Be the First to Share', 'Did you make this project? Share it with us!', 'I Made It!',
    'Recommendations', ...iRecs, '2 Comments', 'ChloeMakes', '3 months ago',
    "Made two of these for my kids' bathroom. The housings were much easier than I expected.",
    "Great to hear! Post a photo with the I Made It button, I'd love to see them.", ...iFoot, '© 2026 Autodesk, Inc.',
    'We use cookies to give you the best experience on our website.', 'Accept',
  ],
};

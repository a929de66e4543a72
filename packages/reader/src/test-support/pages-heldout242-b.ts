import { links, ps, type TestPage, texts } from './page-kit.js';
import { magazine } from './pages-heldout242-b2.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file b: a Houzz-style ideabook story with product cards (top bar, category menu, byline with the
 * contributor line and dateline, save and share buttons, photos with "Photo by" credits and "Browse ... photos" links,
 * "Shop Houzz" product cards with prices, a "Read more" promo, tags, the author's bio box, comments, a "Related stories"
 * rail and footer) and a house tour from an interiors magazine built on a styled-components React template.
 */
const hTitle = '7 Ways to Make a Narrow Hallway Feel Wider';
const hIntro = [
  j(
    'A long, thin hallway is one of the most common complaints in terraced houses and older flats. It is the first thing',
    'visitors see, and yet it is often the last space to get any attention. The good news is that a few well-chosen changes',
    'can make a corridor feel far more generous without moving a single wall.',
  ),
  'Here are seven approaches interior designers use again and again, with products to help you try them at home.',
];
const hSecs: [string, string[]][] = [
  [
    '1. Paint the end wall a darker shade',
    [
      j(
        'It sounds counterintuitive, but a deeper colour on the far wall pulls it visually closer and makes the corridor',
        'read as a shorter, squarer room. Keep the side walls light so they reflect as much daylight as possible.',
      ),
    ],
  ],
  [
    '2. Run the floorboards across, not along',
    [
      j(
        'Boards laid lengthwise draw the eye straight down the tunnel. If you are replacing the floor, lay them across the width',
        'of the hall instead. A runner with a bold horizontal stripe does the same job for a fraction of the cost.',
      ),
    ],
  ],
  [
    '3. Hang one large mirror rather than several small ones',
    [
      j(
        'A single tall mirror on a side wall doubles the apparent width of the hall. A cluster of small frames, by contrast, breaks',
        'up the wall and can make the space feel busier and tighter.',
      ),
    ],
  ],
  [
    '4. Go slim with storage',
    [
      j(
        'Designer Priya Halvorsen of Lantern Row Interiors fits shallow shelving no deeper than 20 centimetres in most of the halls',
        'she works on. "People assume they need a console table," she says. "A wall-hung shelf gives you somewhere for keys',
        'without stealing floor space, and you can still see the skirting board, which makes the floor look wider."',
      ),
    ],
  ],
  [
    '5. Layer the lighting',
    [
      'A single pendant leaves the corners in shadow. Add wall lights at regular intervals to wash the walls and widen the space.',
      'Choose fittings that project no more than 10 centimetres from the wall so nobody catches a shoulder on them.',
    ],
  ],
  [
    '6. Paint the ceiling the same colour as the walls',
    [
      j(
        'When the ceiling and walls match, the edges of the room blur and the eye stops measuring the distance between them.',
        'This works especially well with soft mid-tones such as putty, sage or clay.',
      ),
    ],
  ],
  [
    '7. Clear the floor',
    [
      j(
        'Shoes, bags and umbrella stands are the quickest way to narrow a hall. A closed shoe cabinet or a row of hooks set high',
        'on the wall keeps the floor visible from end to end, and visible floor is what makes a space feel wide.',
      ),
    ],
  ],
];
const hOutro = 'Tell us: Which of these ideas would work in your hallway? Post your photos in the Comments.';
const hProducts = [
  ['Halden Striped Flatweave Runner, 70 x 300 cm', '£129', 'Hearthloom'],
  ['Oval Wall Mirror with Brass Frame, 60 x 160 cm', '£245', 'Marrow &amp; Vane'],
  ['Slim Oak Wall Shelf with Hooks', '£68', 'Tollgate Furniture'],
];
const hCredits = [
  'Photo by Lantern Row Interiors – Browse hallway photos',
  'Photo by Cobble &amp; Lime Design – Browse entryway photos',
  'Photo by Fenwick Studio – Browse hallway photos',
];
const hNav = ['Get Ideas', 'Find Pros', 'Shop', 'Stories', 'Advice'];
const hCats = ['Kitchen', 'Bath', 'Living', 'Bedroom', 'Outdoor', 'Home Office'];
const hRelated = [
  'How to Choose a Paint Colour for a North-Facing Room',
  '10 Entryway Benches That Double as Storage',
  'Ask an Expert: Is a Dark Hallway a Mistake?',
];
const hComments = [
  ['Jonas_Pelle', 'We did the horizontal runner in our Victorian terrace and it made a huge difference. Cheap and easy.'],
  ['millbrookhome', 'Painting the ceiling the same colour felt risky but I love it. The hall feels so much calmer now.'],
];
const hFoot = ['About Houzz', 'Careers', 'Contact Us', 'Houzz Pro', 'Privacy Notice', 'Terms of Use', 'Cookie Policy'];
const card = ([name, price, seller]: string[]): string => `<div class="hz-product-card" data-compid="product-card">
<a class="hz-product-card__link" href="/products/${(name ?? '')
  .slice(0, 12)
  .toLowerCase()
  .replace(/[^a-z]+/g, '-')}">
<img class="hz-product-card__img" src="https://st.hzcdn.example/simgs/prod.jpg" alt=""><div class="hz-product-card__name">${name}</div></a>
<div class="hz-product-card__seller">${seller}</div><div class="hz-product-card__price">${price}</div>
<a class="hz-btn hz-btn--secondary" href="#">Shop Now</a></div>`;
const photo = (n: number, credit: string): string => `<div class="hz-story-photo"><img src="https://st.hzcdn.example/simgs/story-${n}.jpg"
alt="" width="640" height="480"><div class="hz-story-photo__credit">${credit}</div><button class="hz-save-photo">Save Photo</button></div>`;
const hBody = hSecs
  .map(([h, p], i) => `<h3 class="hz-story-heading">${h}</h3>\n${i < 3 ? photo(i, hCredits[i] ?? '') : ''}\n${ps(p)}\n${i < 3 ? card(hProducts[i] ?? []) : ''}`)
  .join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Designers share their tricks for making a long, thin entrance hall feel more generous.">
<meta property="og:site_name" content="Houzz"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.houzz.example/magazine/narrow-hallway">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hTitle}","author":{"@type":"Person",
"name":"Esme Caddick"},"datePublished":"2026-02-26"}</script>
<script>window.HZ={"pageType":"story","storyId":"stsetivw-vs~17730411","locale":"en-GB"};</script></head>
<body class="hz-body hz-story-page"><div id="hz-page">
<header class="hz-header"><a class="hz-logo" href="/">houzz</a><nav class="hz-header__nav"><ul>${links(hNav, 'hz-header__nav-item')}</ul></nav>
<div class="hz-header__auth"><a href="/login">Sign In</a><a href="/signup" class="hz-btn hz-btn--primary">Join as a Pro</a></div></header>
<nav class="hz-subnav"><ul>${links(hCats, 'hz-subnav__item')}</ul></nav>
<main class="hz-story"><article class="hz-editorial-story" id="story-17730411">
<div class="hz-story-header"><a class="hz-story-header__category" href="/magazine/decorating">Decorating Guides</a>
<h1 class="hz-story-header__title">${hTitle}</h1>
<div class="hz-story-header__byline"><a class="hz-author-link" href="/user/esmecaddick">Esme Caddick</a>
<span class="hz-author-role">Houzz Contributor. Writer on small homes and renovation.</span>
<span class="hz-story-date">26 February 2026</span></div>
<div class="hz-story-actions"><button class="hz-btn hz-save-story">Save</button><button class="hz-btn hz-share">Share</button>
<a class="hz-comment-count" href="#comments">12 Comments</a></div></div>
<div class="hz-story-body">
${ps(hIntro)}
${hBody}
<div class="hz-read-more"><p><strong>Read more:</strong> <a href="/magazine/hall-storage">10 Entryway Benches That Double as Storage</a></p></div>
<p><em>${hOutro}</em></p>
</div>
<div class="hz-story-tags"><span>Browse more stories in:</span><ul>${links(['Hallways', 'Small Spaces', 'Decorating Guides'], 'hz-tag')}</ul></div>
<div class="hz-author-bio"><div class="hz-author-bio__name">Esme Caddick</div>
<p class="hz-author-bio__text">Esme writes about small homes from her own two-bedroom flat in Leeds.</p><a href="#" class="hz-btn">Follow</a></div>
</article>
<section id="comments" class="hz-comments"><h2 class="hz-comments__title">12 Comments</h2><ul class="hz-comments__list">
${hComments
  .map(
    ([u, t]) => `<li class="hz-comment"><a class="hz-comment__user" href="/user/${u}">${u}</a>
<p class="hz-comment__text">${t}</p><span class="hz-comment__actions">Like · Reply</span></li>`,
  )
  .join('\n')}
</ul><a class="hz-comments__more" href="#">View all 12 comments</a></section>
<aside class="hz-related"><h2>Related Stories</h2><ul>${links(hRelated, 'hz-related__item')}</ul></aside>
<aside class="hz-newsletter"><h3>Get the Houzz newsletter</h3><p>Ideas, inspiration and offers in your inbox every week.</p>
<input type="email" placeholder="Email"><button>Sign Up</button></aside></main>
<footer class="hz-footer"><ul>${links(hFoot, 'hz-footer__item')}</ul><p>© 2026 Houzz Inc. Houzz® is a registered trademark of Houzz Inc.</p></footer></div>
<div class="hz-cookie-banner" role="dialog"><p>We use cookies and similar technologies to personalise content and ads.</p>
<button class="hz-btn">Accept All</button><button class="hz-btn hz-btn--link">Cookie Settings</button></div></body></html>`;
const houzz: TestPage = {
  name: 'heldout242-houzz-ideabook-products',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([...hIntro, ...hSecs.flatMap(([, p]) => p), hOutro]),
  bylines: ['Esme Caddick', 'Houzz Contributor. Writer on small homes and renovation.', '26 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Sign In', 'Join as a Pro', ...hCats, 'Decorating Guides', 'Save', 'Share', '12 Comments', ...texts(hCredits), 'Save Photo',
    ...texts(hProducts.flat()), 'Shop Now', 'Read more:', 'Browse more stories in:', 'Hallways', 'Small Spaces',
    'Esme writes about small homes from her own two-bedroom flat in Leeds.', 'Follow', ...hComments.flat(), 'Like · Reply', 'View all 12 comments',
    'Related Stories', ...hRelated, 'Get the Houzz newsletter', 'Ideas, inspiration and offers in your inbox every week.', 'Sign Up', ...hFoot,
    '© 2026 Houzz Inc. Houzz® is a registered trademark of Houzz Inc.', 'We use cookies and similar technologies to personalise content and ads.',
    'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT242_B: readonly TestPage[] = [houzz, magazine];

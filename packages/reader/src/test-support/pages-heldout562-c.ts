import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout562-kit.js';

/**
 * Held-out batch 562, file c: a teaching professional's blog post on Ghost (Casper) with a feature image caption, a
 * subscribe box and read-more cards, and a club news story on Webflow with a CMS collection list of related news.
 */
const gTitle = 'Three range drills that cure a slice for good';
const gExcerpt = 'A bucket of balls is only useful if every shot has a purpose. These are the drills I give every slicer who comes for a lesson.';
const gParas1 = [
  j(
    'Most club golfers who slice the ball know exactly what it looks like and almost nothing about why it happens. The ball curves',
    'to the right because the clubface is open to the path of the swing at impact, and nine times in ten that path is out-to-in.',
  ),
  'You will need an alignment stick, a headcover and about 60 balls. Spread the drills over two or three visits rather than one.',
];
const gDrills: [string, string[]][] = [
  [
    '1. The headcover gate',
    [
      j(
        'Put a headcover a foot outside the ball and slightly behind it. Swing without touching the headcover. An out-to-in path',
        'clips it every time, so the drill tells you at once whether you are coming over the top.',
      ),
      'Start with half swings and a 9-iron, then work up to a full swing with a 6-iron.',
    ],
  ],
  [
    '2. Feet together',
    [
      j(
        'Hit 20 balls with your feet touching. You cannot lunge at the ball with the shoulders from this stance without losing',
        'balance, so the arms have to swing down in front of you. Expect the ball to go shorter; that is fine.',
      ),
    ],
  ],
  [
    '3. The split-grip release',
    [
      'Hold the club with your hands three inches apart and hit gentle pitch shots, feeling the right forearm roll over the left after impact.',
      'Then close the gap bit by bit until you are back to your normal grip, keeping the same feeling of rotation.',
    ],
  ],
];
const gChecks = [
  'The headcover stays untouched on 8 shots out of 10',
  'Feet-together shots start left of target and curve back',
  'Divots point at the target or just left',
];
const gClose = 'If you can tick all three, take the new swing to the course. If not, book a half-hour lesson and bring your phone so we can film it.';
const gNav = ['Home', 'Lessons', 'Drills', 'Equipment', 'About'];
const gRead = ['Why your wedges go further on the range', 'A 30-minute practice plan for busy weeks', 'Putting drills you can do on the carpet'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b8e4c1a9f"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://swingshed.golf/three-range-drills-slice/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-03T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Swing Shed"},
"author":{"@type":"Person","name":"Nadia Ferrante"},"headline":"${gTitle}","datePublished":"2026-09-03T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://swingshed.golf/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style>
</head><body class="post-template tag-drills is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://swingshed.golf">The Swing Shed</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-drills ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/drills/">Drills</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nadia/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/01/nadia.jpg" alt="Nadia Ferrante"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Ferrante</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-03">Sep 3, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/09/range-bay.jpg 300w"
src="/content/images/2026/09/range-bay.jpg"
alt="Golfer hitting from a range bay"><figcaption>Bay 12 at Fallowfield range, where most of my lessons start.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas1)}
${gDrills.map(([h, p]) => `<h2 id="${h.slice(3).toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(p)}`).join('\n')}
<h2 id="check">How to tell it is working</h2><ul>${lis(gChecks)}</ul>
${ps([gClose])}
<div class="kg-card kg-button-card kg-align-center"><a href="/lessons/" class="kg-btn kg-btn-accent">Book a lesson</a></div>
</section></article><footer class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></footer>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2>${gRead
  .map(
    (t, i) => `<article class="post-card post">
<a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/content/images/2026/p${i}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a></div></article>`,
  )
  .join('\n')}</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://swingshed.golf">The Swing Shed</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2b8e4c1a9f"></script></body></html>`;
const ghostDrills: TestPage = {
  name: 'heldout562-ghost-slice-drills',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gDrills.map((d) => d[0]), 'How to tell it is working'],
  body: texts([gExcerpt, ...gParas1, ...gDrills.flatMap((d) => d[1]), ...gChecks, gClose]),
  bylines: ['Nadia Ferrante', 'Sep 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Swing Shed', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'Bay 12 at Fallowfield range, where most of my lessons start.', 'Book a lesson',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead, 'The Swing Shed © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const wTitle = 'Meet Callum Reyes, our new head greenkeeper';
const wBody = [
  j(
    'After an eleven-month search, Thornbury Park has appointed Callum Reyes as head greenkeeper. He joins from a heathland club in',
    'the north-west, where he led the team for six years, and starts with us on 1 March.',
  ),
  j(
    'Callum began as an apprentice at 16 and holds a foundation degree in sports turf science. He will lead a team of seven and',
    'report to the general manager and the green committee.',
  ),
  '"The bones of this course are superb. My first job is to listen to the members and the team before changing anything," he said.',
  'His early priorities',
  "A full survey of the greens' root depth and organic matter before the spring renovation",
  'Rebuilding the drainage on the 6th and 11th fairways, which flood every winter',
  'A new rota so that the course is set up before the first tee time at weekends',
  j(
    'Callum will hold an open session in the spike bar on 9 March at 6pm. Members are welcome to bring questions about the',
    'course, the winter programme and the plans for the practice ground.',
  ),
];
const wNav = ['Golf', 'Membership', 'Events', 'News', 'Contact'];
const wRel = ['Practice ground to close for resurfacing', 'Winter greens: what to expect', 'Junior section wins county plate'];
const wItem = (t: string): string => `<div role="listitem" class="news-item w-dyn-item"><a href="/news/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="news-card w-inline-block"><div class="news-card-date">12 Feb 2027</div><h3 class="news-card-title">${t}</h3></a></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 15 2027 10:02:11 GMT+0000 -->
<html data-wf-domain="www.thornburypark.golf" data-wf-page="65c2a0f1b3e4d5a6b7c8d9e0" data-wf-site="65c2a0f1b3e4d5a6b7c8d9a1" data-wf-collection="65c2a0f1"
data-wf-item-slug="meet-callum-reyes" lang="en"><head><meta charset="utf-8"><title>${wTitle} | Thornbury Park Golf Club</title>
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c2a0f1b3e4d5a6b7c8d9a1/css/thornbury-park.webflow.4f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)
&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets-global.website-files.com/65c2/logo.svg" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/book" class="button nav-button w-button">Book a tee time</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div><div class="section-post"><div class="container-narrow w-container"><a href="/news" class="back-link">← All news</a>
<div class="post-meta"><div class="post-category">Club news</div><div class="post-date">15 February 2027</div></div>
<h1 class="post-title">${wTitle}</h1><img src="https://assets-global.website-files.com/65c2/callum.jpg" loading="lazy" alt="" class="post-image">
<div class="image-caption">Callum on the 18th green during his first visit in January.</div>
<div class="post-body w-richtext">${ps(wBody.slice(0, 2))}<blockquote>${wBody[2]}</blockquote><h2>${wBody[3]}</h2><ul role="list">${lis(wBody.slice(4, 7))}</ul>
${ps([wBody[7] ?? ''])}</div></div></div><div class="section-related"><div class="w-container"><h2 class="related-heading">More club news</h2>
<div class="w-dyn-list"><div role="list" class="news-grid w-dyn-items">${wRel.map(wItem).join('')}</div></div></div></div>
<div class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-heading">Thornbury Park Golf Club</div>
<p class="footer-text">Park Lane, Thornbury BS35 9QL</p></div><div><div class="footer-heading">Follow us</div><a href="https://instagram.example/thornburypark"
class="footer-link">Instagram</a></div></div><div class="footer-copyright">© 2027 Thornbury Park Golf Club</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c2a0f1b3e4d5a6b7c8d9a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c2a0f1b3e4d5a6b7c8d9a1/js/webflow.8a1b2c.js" type="text/javascript"></script></body></html>`;
const webflowNews: TestPage = {
  name: 'heldout562-webflow-greenkeeper-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wBody[3] ?? ''],
  body: wBody.filter((_, i) => i !== 3),
  bylines: ['15 February 2027', '12 Feb 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a tee time', '← All news', 'Club news', 'Callum on the 18th green during his first visit in January.', 'More club news', ...wRel,
    'Thornbury Park Golf Club', 'Park Lane, Thornbury BS35 9QL', 'Follow us', 'Instagram', '© 2027 Thornbury Park Golf Club',
  ],
};

export const HELDOUT562_C: readonly TestPage[] = [ghostDrills, webflowNews].map(settle);

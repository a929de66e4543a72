import { links, ps, type TestPage } from './page-kit.js';
import { finish, j, lis } from './pages-heldout516-kit.js';

/**
 * Held-out batch 516, file d: a newborn photographer's session preparation guide on a Pixieset website and a wedding film
 * studio's long journal post on Ghost (Casper) with a callout card, a bookmark card, comments and "read more" cards.
 */
const pTitle = 'Preparing for Your Newborn Session';
const pBody = [
  j(
    'Newborn sessions are slow, warm and gentle, and most of the preparation is about making baby comfortable. Here is how to',
    'get ready so the morning feels calm for everyone.',
  ),
  'When to book',
  j(
    'The best time is between five and fourteen days after birth, when babies sleep deeply and curl up easily. Book during',
    'your second trimester with your due date; we then confirm the exact day once your little one has arrived.',
  ),
  'Before you leave home',
  'Feed baby just before you set off, or plan to feed as soon as you arrive.',
  'Dress baby in something that opens at the front, so we can undress them without waking them.',
  'Bring spare nappies, wipes, a dummy if you use one and a change of top for you.',
  'In the studio',
  j(
    'The studio is kept at 26°C, so wear light layers. Sessions last up to three hours, with plenty of breaks for feeding',
    'and cuddles. Every pose is done with safety first, and composite images are made from two frames with a hand always in place.',
  ),
];
const pHeads = [1, 3, 7];
const pNav = ['Home', 'Newborn', 'Maternity', 'Family', 'Client Area', 'Contact'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Preparing for Your Newborn Session | Little Fern Studio</title><meta name="description" content="How to get ready for a calm, gentle newborn session.">
<meta property="og:site_name" content="Little Fern Studio"><link rel="icon" href="https://images.pixieset.com/84120993/favicon.png">
<link rel="stylesheet" href="https://static.pixieset.com/websites/builder/css/site.8f2c1e.css">
<script>window.__PIXIESET__={"websiteId":84120993,"pageId":"preparing-newborn","theme":"soleil"};</script></head>
<body class="website page-preparing-newborn theme-soleil"><div id="app" class="page-wrapper">
<header class="site-header header-layout-centered is-sticky"><div class="header-container"><div class="header-logo"><a href="/" class="logo-link">
<span class="logo-text">Little Fern Studio</span></a></div><nav class="header-nav" aria-label="Main"><ul class="nav-menu">${links(pNav, 'nav-item')}</ul></nav>
<button class="header-hamburger" aria-label="Open navigation"><span></span><span></span></button></div></header>
<main class="page-content"><section class="section section-banner" data-section-id="s1"><div class="section-container"><div class="block block-text">
<div class="rich-text"><h6 class="overline">Client guide</h6><h1>${pTitle}</h1></div></div></div></section>
<section class="section section-text" data-section-id="s2"><div class="section-container"><div class="block block-text"><div class="rich-text">
${ps([pBody[0] ?? ''])}
<h2>${pBody[1]}</h2>${ps([pBody[2] ?? ''])}
<h2>${pBody[3]}</h2><ul>${lis(pBody.slice(4, 7))}</ul>
<h2>${pBody[7]}</h2>${ps([pBody[8] ?? ''])}
</div></div></div></section>
<section class="section section-image-text" data-section-id="s3"><div class="section-container"><div class="block block-image"><img
src="https://images.pixieset.com/84120993/studio-nest.jpg" alt="Newborn wrapped in a cream knit"></div><div class="block block-text"><div class="rich-text">
<h3>Ready to book?</h3><p>Newborn sessions open about three months ahead. Send your due date and we will pencil you in.</p></div>
<div class="block block-button"><a href="/contact" class="button button-primary">Check availability</a></div></div></div></section></main>
<footer class="site-footer"><div class="footer-container"><div class="footer-social"><a href="https://instagram.com/littlefernstudio"
aria-label="Instagram"></a></div>
<p class="footer-text">Little Fern Studio · Birchmead · Safe newborn photography since 2017</p>
<p class="footer-copyright">© 2026 Little Fern Studio</p><a class="footer-powered"
href="https://pixieset.com/?utm_source=website">Powered by Pixieset</a></div></footer>
</div><script src="https://static.pixieset.com/websites/builder/js/site.8f2c1e.js" defer></script></body></html>`;
const pixieset: TestPage = finish({
  name: 'heldout516-pixieset-newborn-guide',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads.map((i) => pBody[i] ?? ''),
  body: pBody.filter((_, i) => !pHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Little Fern Studio', ...pNav, 'Client guide', 'Ready to book?',
    'Newborn sessions open about three months ahead. Send your due date and we will pencil you in.',
    'Check availability', 'Little Fern Studio · Birchmead · Safe newborn photography since 2017', '© 2026 Little Fern Studio', 'Powered by Pixieset',
  ],
});

const gTitle = 'Two People, No Gimbal: How We Film a Whole Wedding Day';
const gDek = 'People ask how a two-person crew covers twelve hours without missing the important moments. This is our actual plan, minute by minute.';
const gBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'When we started Northlight Films we had one camera, one tripod and a borrowed car. Six seasons and ninety-odd weddings',
        'later we still work as a pair, and we still leave the gimbal at home. Couples sometimes worry that two people cannot be',
        'everywhere at once. They are right, which is exactly why the plan matters more than the kit.',
      ),
      j(
        'What follows is the plan we send to every couple about a month before the wedding, expanded with the reasons behind it.',
        'Your day will not look exactly like this, but the shape is almost always the same.',
      ),
    ],
  ],
  [
    'Morning: one of us each',
    [
      j(
        'We split up for preparations. Ailsa goes to whoever has the longer getting-ready, usually the person with the hair and',
        'make-up schedule, and Tomas goes to the other. We each carry one camera body with a 35mm lens and a small audio recorder.',
        'Mornings are for small details and quiet faces, not for big setups.',
      ),
      j(
        'The audio recorder is the most important thing in the bag. Letters read aloud, a parent fussing over a buttonhole, a',
        'best friend trying not to cry: these are the sounds that hold a film together, and they are easy to miss if nobody is',
        'listening for them.',
      ),
    ],
  ],
  [
    'The ceremony: three angles, two operators',
    [
      j(
        'Before guests arrive we set a locked-off camera on a short tripod behind the officiant, framed on the aisle. It runs for',
        'the whole ceremony untouched. Tomas takes the front with a long lens for faces, and Ailsa works the side and back with',
        'a wide lens, moving only during music and readings so she is never in a guest’s eyeline during the vows.',
      ),
      j(
        'Sound comes from a lavalier microphone on the officiant or the person marrying you, and a second recorder on the',
        'lectern for readings. We have never lost a vow to wind since we started doubling up.',
      ),
    ],
  ],
  [
    'Portraits: twenty minutes, not an hour',
    [
      j(
        'We ask for twenty minutes alone with the two of you, ideally an hour before sunset. It is enough. We walk, we talk, we',
        'give you small things to do rather than poses to hold. Most of the portrait footage in our films comes from the walk',
        'between two places, not from the places themselves.',
      ),
      j(
        'Family groups are the photographer’s job, and we stay out of the way. We film a few seconds of the chaos for the',
        'edit and then go and find the speeches room.',
      ),
    ],
  ],
  [
    'Speeches and the evening',
    [
      j(
        'Speeches get the same three-camera treatment as the ceremony: one locked off on the top table, two handheld. We plug',
        'into the venue’s sound desk whenever we can, with a backup recorder at the microphone, because speech audio through',
        'a venue PA can be surprisingly poor.',
      ),
      j(
        'For the first dance we light the floor with two small lamps on stands in the corners, bounced off the ceiling so',
        'guests barely notice them. After that we film about forty minutes of dancing and leave while the party is still',
        'going, which is always the best way to end a film.',
      ),
    ],
  ],
  [
    'What we carry',
    [
      'Three camera bodies and five prime lenses',
      'Two short tripods and one monopod',
      'Four audio recorders and three lavalier microphones',
      'Two small LED lamps with stands',
      'Enough batteries and cards to shoot the day twice',
    ],
  ],
  [
    'Why no gimbal?',
    [
      j(
        'A gimbal makes smooth footage, but it also makes you the most noticeable person in the room. Handheld with a steady',
        'stance and a wide lens gives us footage that moves like a person looking around, which is how we want our films to',
        'feel. It also means one less thing to balance in the five minutes before the aisle walk.',
      ),
      j(
        'We are not against gimbals; plenty of brilliant filmmakers use them every weekend. They are simply not part of how',
        'we work, and after six seasons we have stopped missing them.',
      ),
    ],
  ],
];
const gCallout = j(
  'Planning your own timeline? Leave at least ten minutes between the end of the ceremony and the first group photograph,',
  'so you can actually hug the people who came.',
);
const gNav = ['Home', 'Films', 'Journal', 'Collections', 'Contact'];
const gRead = [
  ['A Harbour Elopement in Forty Minutes', 'How we planned a tiny ceremony around the ferry timetable.', 'Apr 30, 2026', '4 min read'],
  ['The Audio Kit We Trust', 'Recorders, microphones and the one cable we never leave behind.', 'Mar 14, 2026', '6 min read'],
];
const gSection = ([h, pp]: [string, string[]]): string =>
  `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n`}${h === 'What we carry' ? `<ul>${lis(pp)}</ul>` : ps(pp)}`;
const gCard = ([
  t,
  ex,
  d,
  len,
]: string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${t?.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/2026/04/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-04-30">${d}</time><span
class="post-card-meta-length">${len}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Two People, No Gimbal: How We Film a Whole Wedding Day</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4e1a7c2d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.northlightfilms.co/two-people-no-gimbal/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-21T07:30:00.000Z">
<meta property="article:tag" content="Behind the Scenes"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Northlight Films"},
"author":{"@type":"Person","name":"Tomas Greer"},"headline":"${gTitle}","datePublished":"2026-05-21T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.northlightfilms.co/"
data-key="8c1f0e" data-api="https://journal.northlightfilms.co/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-behind-the-scenes has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.northlightfilms.co">Northlight Films</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-behind-the-scenes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/behind-the-scenes/">Behind the Scenes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tomas/" class="author-avatar" aria-label="Read more of Tomas Greer"><img class="author-profile-image" src="/content/images/tomas.jpg"
alt="Tomas Greer"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomas/">Tomas Greer</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-21">May 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/05/ceremony-wide.jpg 600w"
src="/content/images/2026/05/ceremony-wide.jpg"
alt="Two camera operators at the back of a barn ceremony"><figcaption><span
style="white-space: pre-wrap;">Ailsa on the wide angle at Crannoch Barn</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas is-body">
${gSection(gBody[0] ?? ['', []])}
${gSection(gBody[1] ?? ['', []])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${gBody.slice(2, 5).map(gSection).join('\n')}
<figure class="kg-card kg-embed-card kg-card-hascaption"><iframe src="https://player.vimeo.com/video/912004411?h=3a1" width="480" height="270" frameborder="0"
allow="autoplay; fullscreen; picture-in-picture" allowfullscreen title="Morag &amp; Dev | Crannoch Barn"></iframe>
<figcaption><p><span style="white-space: pre-wrap;">Morag and Dev’s highlight film, shot with the plan above</span></p></figcaption></figure>
${gBody.slice(5).map(gSection).join('\n')}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://journal.northlightfilms.co/the-audio-kit-we-trust/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">The Audio Kit We Trust</div><div
class="kg-bookmark-description">Recorders, microphones and the one
cable we never leave behind.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon.png" alt="">
<span class="kg-bookmark-author">Northlight Films Journal</span><span class="kg-bookmark-publisher">Tomas Greer</span></div></div></a></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"><h2 class="gh-comments-title">3 comments</h2>
<div class="gh-comments-cta"><p>Become a member of Northlight Films to start commenting.</p><a href="#/portal/signup">Sign up now</a>
<p>Already a member? <a href="#/portal/signin">Sign in</a></p></div></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://journal.northlightfilms.co">Northlight Films</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4e1a7c2d"></script></body></html>`;
const ghost: TestPage = finish({
  name: 'heldout516-ghost-casper-film-journal',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gBody.map(([h]) => h).filter((h) => h !== ''),
  body: [gDek, ...(gBody[0]?.[1] ?? []), ...(gBody[1]?.[1] ?? []), gCallout, ...gBody.slice(2).flatMap(([, pp]) => pp)],
  bylines: ['Tomas Greer', 'May 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northlight Films', ...gNav, 'Sign in', 'Subscribe', 'Behind the Scenes', '• 9 min read', 'Ailsa on the wide angle at Crannoch Barn',
    'Morag and Dev’s highlight film, shot with the plan above', 'The Audio Kit We Trust', 'Recorders, microphones and the one cable we never leave behind.',
    'Northlight Films Journal', 'Sign up for more like this.', 'Enter your email', '3 comments', 'Become a member of Northlight Films to start commenting.',
    'Sign up now', 'Already a member? Sign in', ...gRead.flatMap((r) => r), 'Northlight Films © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT516_D: readonly TestPage[] = [pixieset, ghost];

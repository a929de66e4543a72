import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout306-kit.js';

/**
 * Held-out batch 306, file c: a science museum's blog post on a WordPress block theme (visit bar with opening hours,
 * mega menu, blog category and author box, a wp-block-image with its caption, a "You might also like" pull, a pull quote,
 * post tags, previous / next post links, comments with replies and the footer with the museum's address) and a
 * Quanta-style feature rendered by Next.js (styled-components class names, a reading progress bar, the section kicker,
 * dek, byline, a pull quote aside, an inline "Related:" list, the share rail, the newsletter sign-up and the footer).
 */
const mTitle = 'What a 400-year-old telescope lens taught our conservators';
const mP = [
  j(
    'Last spring a small brass tube arrived in our conservation studio with a handwritten label that simply said “lens,',
    'Italian?”. It had been in a private collection for more than a century, and its owners wanted to know if the glass',
    'inside was as old as the family story claimed.',
  ),
  j(
    'Six months later we can say that it almost certainly is. The objective lens, just 38 millimetres across, was ground',
    'some time between 1620 and 1650, which makes it one of the oldest surviving telescope lenses in a British collection.',
  ),
];
const mH1 = 'Looking through the bubbles';
const mP1 = [
  j(
    'Early telescope makers worked with glass that was full of flaws. Under our microscope the lens shows hundreds of',
    'tiny bubbles and long streaks called striae, which form when the molten glass is not mixed evenly.',
  ),
  j(
    'Those flaws turn out to be useful. The pattern of striae matches glass from workshops that used a particular type',
    'of potash, and the lens surface still carries faint circular scratches from a grinding tool of the period.',
  ),
];
const mQuote = 'The flaws that spoil the view are exactly the clues that date the glass.';
const mH2 = 'How we tested it';
const mList = [
  'X-ray fluorescence to find the main elements in the glass, without taking a sample',
  'raking-light photography to record the grinding marks on both surfaces',
  'a simple optical bench test to measure the focal length, which came out at 1.12 metres',
];
const mP2 = [
  j(
    'None of these methods touches the lens itself. Conservator Hattie Merriweather, who led the study, describes the',
    'work as “reading the object rather than changing it”.',
  ),
  j(
    'We also had help from volunteers who built a replica tube so visitors could look through a lens of the same focal',
    'length. The view is blurry and tinged with colour, and it is a reminder of how much early astronomers achieved',
    'with instruments like this.',
  ),
];
const mH3 = 'See it for yourself';
const mP3 = [
  j(
    'The lens goes on display in our Making Sense of the Sky gallery from 4 April, next to the replica. The family who',
    'owns it has agreed to lend it to the museum for the next five years.',
  ),
];
const mMenu = ['Visit', 'What’s on', 'Collection', 'Learning', 'Blog', 'Shop', 'Support us'];
const mFoot = ['Accessibility', 'Press', 'Jobs', 'Privacy', 'Contact us'];
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${mTitle} – Harbourside Science Museum Blog</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mTitle}","author":{"@type":"Person",
"name":"Nell Quigley"}}</script>
</head><body class="post-template-default single single-post wp-embed-responsive"><div class="wp-site-blocks">
<div class="visit-bar"><p>Open today 10:00–17:00</p><a href="/visit/tickets">Book free tickets</a></div>
<header class="wp-block-template-part site-header"><p class="wp-block-site-title"><a href="/">Harbourside Science Museum</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">${links(mMenu, 'wp-block-navigation-item')}</ul></nav></header>
<main class="wp-block-group"><div class="wp-block-group post-header"><div class="taxonomy-category wp-block-post-terms"><a href="/blog/category/conservation/"
rel="tag">Conservation</a></div><h1 class="wp-block-post-title">${mTitle}</h1>
<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Nell Quigley</p>
<p class="wp-block-post-author__bio">Nell is an assistant curator of astronomy at the museum.</p></div></div>
<div class="wp-block-post-date"><time datetime="2026-03-11T10:00:00+00:00">11 March 2026</time></div></div>
<div class="entry-content wp-block-post-content">
${ps(mP)}
<h2 class="wp-block-heading">${mH1}</h2>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/lens-striae.jpg" alt="">
<figcaption class="wp-element-caption">Striae in the lens glass under raking light. © Harbourside Science Museum</figcaption></figure>
${ps(mP1)}
<blockquote class="wp-block-pullquote"><p>${mQuote}</p></blockquote>
<div class="wp-block-group you-might-like"><p class="has-small-font-size"><strong>You might also like:</strong>
<a href="/blog/mending-an-orrery/">Mending an orrery, one gear at a time</a></p></div>
<h2 class="wp-block-heading">${mH2}</h2>
<p>We used three methods:</p>
<ul class="wp-block-list">${mList.map((x) => `<li>${x}</li>`).join('')}</ul>
${ps(mP2)}
<h2 class="wp-block-heading">${mH3}</h2>
${ps(mP3)}
</div><div class="wp-block-post-terms taxonomy-post_tag"><a href="#" rel="tag">astronomy</a>, <a href="#" rel="tag">glass</a>,
<a href="#" rel="tag">telescopes</a></div>
<nav class="wp-block-post-navigation-link"><a href="/blog/mending-an-orrery/">Previous post: Mending an orrery, one gear at a time</a>
<a href="/blog/night-at-the-museum-2026/">Next post: Our spring late night is back</a></nav>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to “${mTitle}”</h2><ol class="wp-block-comment-template">
<li class="comment"><div class="wp-block-comment-author-name">Gideon Farrow</div><div class="wp-block-comment-date">12 March 2026 at 8:14 am</div>
<div class="wp-block-comment-content"><p>Fascinating. Is there any chance the replica will be available to handle during school visits?</p></div>
<ol class="children"><li class="comment"><div class="wp-block-comment-author-name">Nell Quigley</div>
<div class="wp-block-comment-date">12 March 2026 at 11:30 am</div><div class="wp-block-comment-content"><p>Yes, our learning team is
planning a handling session for the summer term.</p></div></li></ol></li></ol>
<div class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published.</p></div>
</div></main>
<footer class="wp-block-template-part site-footer"><p>Harbourside Science Museum, Quay Street, Porthallow PL9 4QT</p><ul>${links(mFoot)}</ul>
<p>Registered charity number 1190047</p></footer></div></body></html>`;
const museum: TestPage = {
  name: 'heldout306-wordpress-museum-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([...mP, ...mP1, mQuote, 'We used three methods:', ...mList, ...mP2, ...mP3]),
  bylines: ['Nell Quigley', '11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open today 10:00–17:00', 'Book free tickets', 'Harbourside Science Museum', ...mMenu, 'Conservation',
    'Nell is an assistant curator of astronomy at the museum.',
    'Striae in the lens glass under raking light. © Harbourside Science Museum', 'You might also like:', 'Mending an orrery, one gear at a time',
    'astronomy', 'telescopes', 'Previous post:', 'Next post: Our spring late night is back', `2 responses to “${mTitle}”`, 'Gideon Farrow',
    '12 March 2026 at 8:14 am', 'Fascinating. Is there any chance the replica will be available to handle during school visits?', '12 March 2026 at 11:30 am',
    'Yes, our learning team is planning a handling session for the summer term.', 'Leave a Reply', 'Your email address will not be published.',
    'Harbourside Science Museum, Quay Street, Porthallow PL9 4QT', ...mFoot, 'Registered charity number 1190047',
  ],
};

const qTitle = 'The Stubborn Gap in the Neutron’s Lifetime';
const qDek = j(
  'Two ways of timing how long a free neutron survives keep giving answers nine seconds apart. A new experiment',
  'was supposed to settle the matter. It made the puzzle sharper.',
);
const qP = [
  j(
    'Left alone outside an atomic nucleus, a neutron lasts about a quarter of an hour before it decays into a proton,',
    'an electron and an antineutrino. Physicists have measured that lifetime for decades with two different methods,',
    'and for decades the methods have disagreed.',
  ),
  j(
    'In the “bottle” approach, researchers trap very slow neutrons in a container and count how many remain after a',
    'while. In the “beam” approach, they send neutrons through a detector and count the protons that appear. Bottles',
    'say 878 seconds. Beams say 887.',
  ),
  j(
    'Nine seconds might sound trivial. It is not. The neutron lifetime feeds into calculations of how much helium was',
    'made in the first minutes after the Big Bang, and into tests of the Standard Model’s description of the weak force.',
  ),
];
const qH1 = 'A Third Way';
const qP1 = [
  j(
    'Last year a collaboration led by Annika Vosberg of the Kelmarsh Neutron Facility tried something new. Rather than',
    'count neutrons or protons on the ground, her team measured neutrons leaking from a thin layer of frozen deuterium',
    'using a detector that can see both decay products at once.',
  ),
  j(
    '“We wanted an experiment with completely different systematic errors,” Vosberg said. “If the gap came from some',
    'mistake in one of the old methods, a third method should side with the other.”',
  ),
  j('Her result, posted in January, gives 883 seconds, with an uncertainty of about two seconds. It lands almost exactly', 'halfway between the camps.'),
];
const qPull = '“If the gap came from some mistake in one of the old methods, a third method should side with the other.”';
const qH2 = 'Dark Decays?';
const qP2 = [
  j(
    'A few theorists have long wondered whether the gap is real. If some neutrons decayed into invisible particles,',
    'a bottle would see them disappear while a beam would miss them, because no proton is produced. That would make',
    'bottles read shorter, just as they do.',
  ),
  j(
    'Santiago Ferreira-Lund, a theorist at Brevik University, is cautious. “A halfway answer is exactly what you would',
    'not expect from a dark decay,” he said. “It tells me at least one of the experiments still has a problem nobody',
    'has found.”',
  ),
  j(
    'Both camps now plan upgrades. The bottle groups want traps with cleaner walls; the beam groups want better',
    'proton counting. Vosberg’s team is building a larger deuterium target. Until then, the neutron keeps its secret.',
  ),
];
const qNav = ['Physics', 'Mathematics', 'Biology', 'Computer Science', 'Topics', 'Archive'];
const qRel = ['Physicists Measure the Proton’s Radius Again, and Again', 'How the Weak Force Picks a Hand'];
const qFoot = ['About Lattice', 'Archive', 'Contact Us', 'Terms of Use', 'Privacy Policy'];
const qHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${qTitle} | Lattice Magazine</title>
<meta name="description" content="${qDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="18">
<link rel="preload" href="/_next/static/css/8b1f2a6c0d.css" as="style"><link rel="stylesheet" href="/_next/static/css/8b1f2a6c0d.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}","author":[{"@type":"Person",
"name":"Marguerite Olawale"}]}</script>
</head><body><div id="__next"><div class="sc-1f8b2e4-0 kXqVzA"><div class="sc-progress-bar" role="progressbar" aria-label="Reading progress"></div>
<header class="sc-9c3d7a1-0 gLxTnb header"><a class="sc-9c3d7a1-1 logo" href="/">Lattice Magazine</a>
<nav class="sc-9c3d7a1-2 hQwZpe"><ul>${links(qNav, 'sc-9c3d7a1-3 nav-item')}</ul></nav><button class="sc-9c3d7a1-4">Search</button></header>
<main class="sc-4a1e0b9-0 post"><div class="sc-4a1e0b9-1 post__title"><div class="post__kicker"><a href="/tag/particle-physics/">particle physics</a></div>
<h1 class="sc-4a1e0b9-2 kVAVZk post__title__title">${qTitle}</h1><div class="sc-4a1e0b9-3 post__title__excerpt"><p>${qDek}</p></div>
<div class="sc-4a1e0b9-4 post__title__author-date"><span class="byline">By <a href="/authors/marguerite-olawale/">Marguerite Olawale</a></span>
<span class="post__date">February 24, 2026</span></div></div>
<div class="sc-4a1e0b9-5 post__sidebar"><div class="share-rail"><span>Share this article</span>${links(['Copied!', 'Newsletter', 'Print'])}</div></div>
<figure class="sc-7e2f1c3-0 post__featured"><img src="/wp-content/uploads/2026/02/neutron-lifetime.jpg" alt="">
<figcaption><span class="caption">Neutrons drift through a detector in an artist’s rendering.</span>
<span class="credit">Ines Korvald for Lattice Magazine</span>
</figcaption></figure><div class="sc-6b0d2e8-0 post__content"><div class="post__content__section">
${ps(qP)}
<h2>${qH1}</h2>
${ps(qP1.slice(0, 2))}
<aside class="pullquote sc-2e7f9a1-0"><p>${qPull}</p><span class="pullquote__attribution">Annika Vosberg</span></aside>
${ps(qP1.slice(2))}
<div class="sc-3c5a8f0-0 related-posts"><h4>Related:</h4><ol>${links(qRel)}</ol></div>
<h2>${qH2}</h2>
${ps(qP2)}
</div></div><div class="sc-8d4e1f2-0 newsletter"><h3>Get Lattice Magazine in your inbox</h3><p>Get highlights of the most important news delivered to your
email inbox</p><input type="email" placeholder="Email address"><button>Subscribe</button><p class="small">Recent newsletters</p></div></main>
<footer class="sc-5f1a2c4-0 footer"><p>Lattice Magazine is an editorially independent publication of the Marrow Foundation.</p><ul>${links(qFoot)}</ul>
<p>All Rights Reserved © 2026</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"id":128774,"slug":"the-stubborn-gap-in-the-neutrons-lifetime"}}},
"page":"/[slug]","buildId":"x8Rk2mQp"}</script></body></html>`;
const lattice: TestPage = {
  name: 'heldout306-quanta-nextjs-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2],
  body: texts([qDek, ...qP, ...qP1, ...qP2]),
  bylines: ['By Marguerite Olawale', 'February 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lattice Magazine', ...qNav, 'Search', 'particle physics', 'Share this article', 'Copied!', 'Newsletter', 'Print',
    'Neutrons drift through a detector in an artist’s rendering.', 'Ines Korvald for Lattice Magazine', 'Related:', ...qRel,
    'Get Lattice Magazine in your inbox', 'Get highlights of the most important news delivered to your email inbox', 'Subscribe', 'Recent newsletters',
    'Lattice Magazine is an editorially independent publication of the Marrow Foundation.', ...qFoot, 'All Rights Reserved © 2026',
  ],
};

export const HELDOUT306_C: readonly TestPage[] = [museum, lattice];

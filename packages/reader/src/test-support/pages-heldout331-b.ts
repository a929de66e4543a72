import { links, ps, type TestPage, texts } from './page-kit.js';
import { fbRescue } from './pages-heldout331-b2.js';
import { j, lis } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file b: an aquarium's blog post on Craft CMS (a Tailwind-built template with Matrix content blocks:
 * header with the "Buy tickets" button, category eyebrow, author and date meta, reading time, an image block with caption, a
 * callout block, a "Read more" entry link, the author bio card, share links, "More from the blog" cards, the newsletter strip,
 * the footer and a Termly-style consent banner) and, from file b2, a wildlife rescue centre's Facebook page with its posts.
 */
const cTitle = 'What our octopus taught us about boredom';
const cIntro = [
  j(
    'Anyone who has spent time with a giant Pacific octopus will tell you the same thing: they notice everything. When Juniper',
    'arrived at Port Calloway Aquarium last autumn, it took her three days to learn which of our aquarists carried the food bucket.',
  ),
  j(
    'It took her a little longer to get bored, and that is the part of the story we want to tell, because keeping an intelligent',
    'animal busy turned out to be the hardest and most rewarding part of caring for her.',
  ),
];
const cHeads = ['The signs we missed', 'Building a puzzle rota', 'What visitors can do'];
const cSigns = [
  j(
    'In her first month Juniper explored every corner of her habitat. By the second month she spent long hours wedged in the same',
    'crevice, her skin pale, ignoring the mussels we left for her. We first worried she was unwell, but her vet checks were fine.',
  ),
  j(
    'Our senior aquarist, Bea Lindqvist, suggested the problem was simpler. The tank had stopped changing. An octopus in the wild',
    'forages over a wide area and meets something new every day, and we had given her a beautiful room with nothing left to discover.',
  ),
];
const cCallout = j(
  'Octopuses have around 500 million neurons, two thirds of them in their arms. Each arm can taste, touch and react',
  'without waiting for the central brain.',
);
const cRota = ['So the team drew up a weekly rota of enrichment, with a rule that no puzzle could be used twice in the same fortnight.'];
const cRotaList = [
  'Monday: a screw-top jar with a crab inside',
  'Wednesday: a stack of ice cubes with frozen shrimp at different depths',
  'Friday: a new rock arrangement built overnight',
  'Weekend: a mirror, a floating ball or a tube maze, chosen by draw',
];
const cRota2 = [
  j(
    'Within a week Juniper’s colour came back, a deep brick red, and she was out in the open during the day again. She now solves',
    'the jar in under a minute, so the team has moved on to jars inside jars, and a box with a sliding latch.',
  ),
  j(
    'We also learned to leave her alone. Some days she ignores the puzzle entirely, and that is fine. Enrichment is about giving',
    'choices, not setting tasks.',
  ),
];
const cVisit = [
  j(
    'Juniper is most active just after the aquarium opens and again around three in the afternoon. Please do not tap on the glass;',
    'she can feel the vibration through her suckers and will hide. If you stand still and wait, she will often come over to look at you.',
  ),
  'Our keeper talk at the Cold Seas gallery runs at 2.30 pm every day, and on Fridays you can watch the new rock arrangement go in.',
];
const cNav = ['Visit', 'Explore', 'Learn', 'Conservation', 'Blog', 'Support'];
const cMore = ['Seahorse dads and their very full pouches', 'How we feed 200 jellyfish without losing one', 'Meet the team: our night shift'];
const cFoot = ['Opening hours', 'Directions', 'Accessibility', 'Careers', 'Privacy', 'Terms'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${cTitle} | Port Calloway Aquarium</title>
<meta name="description" content="How a giant Pacific octopus taught our aquarists to rethink enrichment."><meta property="og:type" content="article">
<meta property="og:image" content="https://portcalloway.example/uploads/blog/_1200x630_crop_center-center_82_none/juniper-jar.jpg">
<link rel="canonical" href="https://portcalloway.example/blog/what-our-octopus-taught-us-about-boredom">
<meta name="referrer" content="no-referrer-when-downgrade">
<script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"BlogPosting","headline":"${cTitle}","author":{"@type":"Person",
"name":"Hana Okoye"},"datePublished":"2026-02-18T08:00:00+00:00","publisher":{"@type":"Organization","name":"Port Calloway Aquarium"}}]}</script>
<link rel="stylesheet" href="/dist/css/app.6f2d1c.css"><script type="module" src="/dist/js/app.b81e0a.js"></script>
<script>window.csrfTokenName = "CRAFT_CSRF_TOKEN";</script>
</head>
<body class="bg-sand-50 text-ink-900 antialiased">
<a class="sr-only focus:not-sr-only" href="#main">Skip to content</a>
<header class="site-header sticky top-0 z-40 bg-white shadow-sm"><div class="container mx-auto flex items-center justify-between px-4 py-3">
<a href="/" class="site-header__logo"><img src="/dist/img/logo.svg" alt="Port Calloway Aquarium" width="180" height="48"></a>
<nav class="site-nav hidden lg:block" aria-label="Main"><ul class="flex gap-6">${links(cNav, 'site-nav__item')}</ul></nav>
<a href="/tickets" class="btn btn--coral">Buy tickets</a></div></header>
<main id="main" class="pb-16"><article class="entry entry--blog">
<header class="entry__header container mx-auto max-w-3xl px-4 pt-12"><a class="entry__category eyebrow text-teal-700" href="/blog/category/animal-care">
Animal care</a>
<h1 class="entry__title font-display text-4xl lg:text-5xl">${cTitle}</h1>
<div class="entry__meta mt-4 flex gap-3 text-sm text-ink-600"><span class="entry__author">By Hana Okoye</span><span aria-hidden="true">·</span>
<time datetime="2026-02-18">18 February 2026</time><span aria-hidden="true">·</span><span class="entry__readtime">5 minute read</span></div></header>
<div class="entry__body container mx-auto max-w-3xl px-4">
<div class="block block--text prose prose-lg">
${ps(cIntro)}
</div>
<figure class="block block--image my-10"><img src="/uploads/blog/_800xAUTO_crop_center-center_none/juniper-jar.jpg" alt="An octopus wrapped round a jar"
loading="lazy"><figcaption class="block__caption text-sm">Juniper working on a screw-top jar. Photo by Sam Teague.</figcaption></figure>
<div class="block block--text prose prose-lg">
<h2>${cHeads[0]}</h2>
${ps(cSigns)}
</div>
<aside class="block block--callout rounded-lg bg-teal-50 p-6"><p class="block--callout__label font-bold">Did you know?</p><p>${cCallout}</p></aside>
<div class="block block--text prose prose-lg">
<h2>${cHeads[1]}</h2>
${ps(cRota)}
<ul>
${lis(cRotaList)}
</ul>
${ps(cRota2)}
</div>
<div class="block block--entry-link"><p class="font-bold">Read more: <a href="/blog/the-science-of-enrichment">The science of enrichment, explained</a></p>
</div>
<div class="block block--text prose prose-lg">
<h2>${cHeads[2]}</h2>
${ps(cVisit)}
</div></div>
<footer class="entry__footer container mx-auto max-w-3xl px-4">
<div class="author-card flex gap-4 rounded border p-4"><img src="/uploads/people/hana-okoye.jpg" alt="" width="64" height="64"><div>
<p class="author-card__name font-bold">Hana Okoye</p><p class="author-card__bio">Hana is the aquarium’s learning officer and has looked after the
Cold Seas gallery since 2019.</p></div></div>
<div class="share mt-8"><p class="share__label">Share this post</p><ul class="share__list flex gap-3">
<li><a href="https://facebook.example/sharer" class="share__link">Facebook</a></li><li>
<a href="https://bsky.example/intent" class="share__link">Bluesky</a></li>
<li><a href="mailto:?subject=Octopus" class="share__link">Email</a></li></ul></div></footer></article>
<section class="related bg-white py-12"><div class="container mx-auto px-4"><h2 class="related__title">More from the blog</h2>
<ul class="grid gap-6 md:grid-cols-3">${links(cMore, 'card')}</ul></div></section>
<section class="newsletter bg-teal-800 py-10 text-white"><div class="container mx-auto px-4"><h2>Dive into our newsletter</h2>
<p>Animal stories and event news, twice a month. No spam, ever.</p><form method="post" action="/actions/newsletter/subscribe">
<input type="hidden" name="CRAFT_CSRF_TOKEN" value="aX9k2"><label for="nl-email" class="sr-only">Email</label><input id="nl-email" type="email"
placeholder="you@example.com"><button class="btn btn--coral" type="submit">Subscribe</button></form></div></section>
</main>
<footer class="site-footer bg-ink-900 py-12 text-sand-100"><div class="container mx-auto px-4"><ul class="site-footer__links">${links(cFoot)}</ul>
<p class="site-footer__small">Port Calloway Aquarium, Harbour Road, Port Calloway PC1 4EW. A charity registered in England, no. 1152093.</p>
<p class="site-footer__small">© 2026 Port Calloway Aquarium Trust</p></div></footer>
<div id="termly-code-snippet-support"><div class="termly-styles-banner" role="dialog" aria-label="Cookie consent">
<p class="termly-styles-message">We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve
user experience and analyze website traffic.</p>
<div class="termly-styles-buttons"><button class="termly-styles-button" data-tid="banner-decline">Decline</button>
<button class="termly-styles-button" data-tid="banner-accept">Accept</button><button class="termly-styles-preferences">Preferences</button></div></div></div>
</body></html>`;
const craftOctopus: TestPage = {
  name: 'heldout331-craft-cms-aquarium-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cIntro, ...cSigns, cCallout, ...cRota, ...cRotaList, ...cRota2, ...cVisit]),
  bylines: ['By Hana Okoye', '18 February 2026', '5 minute read', 'Hana Okoye'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cNav, 'Buy tickets', 'Animal care', 'Juniper working on a screw-top jar. Photo by Sam Teague.', 'Did you know?',
    'Read more:', 'The science of enrichment, explained', 'Hana is the aquarium’s learning officer and has looked after the Cold Seas gallery since 2019.',
    'Share this post', 'Facebook', 'Bluesky', 'More from the blog', ...cMore, 'Dive into our newsletter',
    'Animal stories and event news, twice a month. No spam, ever.', 'Subscribe', ...cFoot,
    'Port Calloway Aquarium, Harbour Road, Port Calloway PC1 4EW. A charity registered in England, no. 1152093.', '© 2026 Port Calloway Aquarium Trust',
    j('We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve',
      'user experience and analyze website traffic.'),
    'Decline', 'Accept', 'Preferences',
  ],
};

export const HELDOUT331_B: readonly TestPage[] = [craftOctopus, fbRescue];

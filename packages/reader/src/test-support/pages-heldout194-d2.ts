import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 194, file d2: an Orion magazine essay (WordPress theme: the promo bar, the menu with "Subscribe", "Donate"
 * and "Give a Gift", the category and issue labels, title, dek, byline, the Trinity Audio player with its "Getting your
 * Trinity Audio player ready..." placeholder at the top of the article text, the lead art credit, the author bio, the
 * nonprofit appeal, share links, "Related Reading" cards, the newsletter form and the footer with the address).
 */
const orTitle = 'Counting Owls in the Dark';
const orDek = 'On a winter night survey, the only way to know a bird is there is to listen for it, and to wait.';
const orP = [
  `The instructions for the Mallow Valley owl census fit on a single index card. Drive the route after full dark. Stop at each of
the twelve marked posts. Turn off the engine and the headlights. Wait two minutes in silence, then play the recorded calls, then
wait eight minutes more. Write down everything you hear. Do not guess.`,
  `I had volunteered for the survey on a whim, after a friend who had done it for years broke her ankle and needed a replacement.
She gave me the index card, a clipboard, a small speaker, and a piece of advice: “The hard part isn’t hearing them. It’s
believing you didn’t.”`,
  `I did not understand what she meant until the third stop. It was a clear night in late January, well below freezing, the kind
of cold that makes the air seem to ring. I stood by the truck with the clipboard and listened to the two minutes of silence,
and then the recording of the screech owl’s descending whinny, and then nothing. Eight minutes of nothing. A car far off on
the county road. The creek under the ice. My own pulse.`,
  `At the end of it I wrote a zero on the form, and felt, absurdly, that I had failed. The owls were surely there. I had seen
pellets under the cottonwoods on a walk in the autumn. But the census does not count what you know; it counts what you hear,
and what I heard was the shape of an empty valley.`,
  `By the sixth stop I had begun to understand the discipline of it. The point was not to find owls. The point was to produce an
honest record, year after year, from which someone else might someday read a trend. A zero was not a failure. A zero was data,
and a false positive would corrupt it. My friend’s advice had been about restraint: about resisting the very human urge to hear
what you hope for.`,
  `At the ninth stop, on a rise above the old orchard, the recording had barely ended when a great horned owl answered from the
ridge, five deep notes, unhurried, as if it had been waiting for me to stop talking. A second answered from farther off. I
stood very still and wrote them down, and the pencil shook, though not from the cold.`,
  `I drove the last three stops with the window down, hearing nothing, and did not mind. On the form I counted two owls for the
night, and twelve stations of silence that were just as much a part of the record. When I returned the clipboard, my friend
read it over and nodded. “Good,” she said. “You didn’t make any up.”`,
  `I have thought since about how rarely we are asked to attend to absence with the same care we give to presence. The census
trains you to treat a silent valley as information rather than disappointment, and that turns out to be a useful habit far from
any owl. Much of what is happening in the living world is happening out of earshot. The least we can do is write it down
honestly when we hear nothing at all.`,
];
const orTrinity = 'Getting your Trinity Audio player ready...';
const orBio = 'Wren Halvorsen is a writer and volunteer naturalist in western Montana. Her first book, Small Hours, is forthcoming.';
const orPromo = 'Orion’s Autumn 2025 issue is here. Subscribe and save 40%.';
const orNav = ['Articles', 'Magazine', 'Podcast', 'Events', 'About'];
const orTop = ['Subscribe', 'Donate', 'Give a Gift'];
const orAppeal = [
  'Orion is a nonprofit, ad-free magazine supported by readers.',
  'If you value essays like this one, please consider becoming a subscriber or making a donation today.',
  'Support Orion',
];
const orShare = ['Share', 'Facebook', 'X', 'Email', 'Print'];
const orRelated = ['Related Reading', 'The Sound of a Frozen Lake', 'Field Notes on a Failed Search', 'What the Barn Owl Knows'];
const orNews = ['Sign up for Orion’s free newsletter', 'Essays, poems, and news from the magazine, twice a month.', 'Email', 'Sign Up'];
const orFoot = [
  'Contact',
  'Submissions',
  'Advertise',
  'Customer Service',
  'Privacy Policy',
  'Orion, PO Box 140, Northfield, MA 01360',
  '© 2025 Orion Magazine',
];
const orHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Counting Owls in the Dark - Orion Magazine</title><meta name="description" content="${orDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${orTitle} - Orion Magazine"><meta property="og:site_name"
content="Orion Magazine">
<meta property="article:published_time" content="2025-10-09T12:00:00+00:00"><link rel="canonical"
href="https://orionmagazine.org/article/counting-owls-in-the-dark/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${orTitle}",
"author":{"name":"Wren Halvorsen"},"datePublished":"2025-10-09T12:00:00+00:00","publisher":{"@id":"https://orionmagazine.org/#organization"}}]}</script>
<link rel="stylesheet" id="orion-style-css" href="https://orionmagazine.org/wp-content/themes/orion/dist/css/app.css?ver=3.0.7" media="all">
<script src="https://trinitymedia.example/player/trinity.php?pageURL=https%3A%2F%2Forionmagazine.org" async></script></head>
<body class="article-template-default single single-article postid-38817">
<div class="promo-bar"><a href="https://orionmagazine.org/subscribe/">${orPromo}</a></div>
<header class="site-header"><a class="site-header__logo" href="https://orionmagazine.org/"><img src="/wp-content/themes/orion/dist/img/orion-logo.svg"
alt="Orion"></a>
<nav class="site-header__nav"><ul>${links(orNav, 'menu-item')}</ul></nav>
<div class="site-header__actions">${orTop.map((t) => `<a class="btn" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('')}</div></header>
<main class="site-main"><article class="article">
<header class="article__header"><div class="article__labels"><a class="article__category" href="/category/essay/">Essay</a>
<a class="article__issue" href="/issue/autumn-2025/">Autumn 2025</a></div><h1 class="article__title">${orTitle}</h1><p class="article__dek">${orDek}</p>
<p class="article__byline">By <a href="/contributor/wren-halvorsen/">Wren Halvorsen</a></p><p class="article__date">Published October 9, 2025</p></header>
<figure class="article__hero"><img src="https://orionmagazine.org/wp-content/uploads/2025/09/owls.jpg"
alt=""><figcaption>Art by Tomasz Orvik</figcaption></figure>
<div class="article__content entry-content">
<div class="trinity-tts-pb" dir="ltr"><div class="trinityAudioPlaceholder" data-trinity-player><p class="trinity-placeholder">${orTrinity}</p></div></div>
${ps(orP.slice(0, 4))}
<hr class="wp-block-separator is-style-dots">
${ps(orP.slice(4))}
</div>
<div class="article__bio"><p><em>${orBio}</em></p></div>
<div class="article__appeal"><p>${orAppeal[0]}</p><p>${orAppeal[1]}</p><a class="btn" href="/donate/">${orAppeal[2]}</a></div>
<div class="article__share"><span>${orShare[0]}</span>${orShare
  .slice(1)
  .map((t) => `<a class="share-${t.toLowerCase()}" href="#">${t}</a>`)
  .join('')}</div></article>
<section class="related-reading"><h2>${orRelated[0]}</h2><div class="cards">${orRelated
  .slice(1)
  .map((t) => `<article class="card"><a href="#"><img src="/thumb.jpg" alt=""><h3 class="card__title">${t}</h3></a></article>`)
  .join('\n')}</div></section>
<section class="newsletter"><h2>${orNews[0]}</h2><p>${orNews[1]}</p><form><label for="nl-email">${orNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${orNews[3]}</button></form></section></main>
<footer class="site-footer"><ul>${links(orFoot.slice(0, 5))}</ul><address>${orFoot[5]}</address><p>${orFoot[6]}</p></footer>
<script src="https://orionmagazine.org/wp-content/themes/orion/dist/js/app.js?ver=3.0.7" id="orion-app-js"></script></body></html>`;
export const orionEssay: TestPage = {
  html: orHtml,
  name: 'heldout194-orion-essay',
  kind: 'blog',
  // the dek is body; the "By" line and "Published" date are bylines; the audio placeholder at the top of the text, promo bar,
  // category and issue labels, art credit, bio, appeal, share links, related cards, newsletter and footer are furniture
  title: orTitle,
  headings: [],
  body: texts([orDek, ...orP]),
  bylines: ['By Wren Halvorsen', 'Published October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    orPromo, ...orNav, ...orTop, 'Essay', 'Autumn 2025', 'Art by Tomasz Orvik', orTrinity, orBio, ...orAppeal, ...orShare, ...orRelated,
    ...orNews.filter((t) => t !== 'Email'), ...orFoot,
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { wiredReview } from './pages-heldout23-c2.js';

/**
 * Held-out batch 23, file c: a Smithsonian Magazine-style feature (the site header with its section nav, "Subscribe" and the
 * donate link, the category and "Magazine" labels, headline and subtitle, author and date, the lead image with caption and
 * credit, a photo gallery between the sections with its counter, arrows, captions and credits, the "Recommended Videos" player
 * block, the magazine-issue promo, "Filed Under" tags, the author bio, the affiliate note, the newsletter box, "Most Popular" and
 * the footer).
 */
const smTitle = 'The Forest Beekeepers Who Climb Trees to Find Wild Honeybees';
const smSubtitle =
  'In the Bashkir highlands, a handful of families still keep bees in hollows carved into living pines, and scientists think ' +
  'their colonies may hold the key to healthier hives';
const smBody1 = [
  'Rustam Gaifullin climbs the way other people walk up a staircase. He loops a leather strap around the trunk of a 200-year-old ' +
    'pine, leans back into it, and hitches himself upward in short, steady pulls until he is some 30 feet above the forest floor. ' +
    'There, in a rectangular opening carved into the living wood, is his beehive.',
  'The practice is called bort beekeeping, and it was once common across the forests of Eastern Europe and Russia. Beekeepers cut ' +
    'a cavity into a standing tree, closed it with a wooden board, and left the colony largely to itself, returning once a year ' +
    'to take a share of the honey. Today it survives in only a few places, among them the Shulgan-Tash reserve in the southern ' +
    'Urals, where about 40 families still tend hives that their grandparents carved.',
  '“My grandfather made this one in 1958,” Gaifullin says, patting the board that covers the hollow. “The bees have lived in it ' +
    'ever since. Not the same bees, of course. But the same family of bees, I think.”',
];
const smH1 = 'A colony left alone';
const smBody2 = [
  'That last idea is what has brought a team of researchers from the University of Ufa to the reserve for the past four summers. ' +
    'Unlike most managed honeybees, the colonies in the tree hives are rarely moved, fed or treated with chemicals. They swarm ' +
    'when they want to, and when a colony dies, a wild swarm often moves in to replace it.',
  'Geneticist Alsu Khamitova believes that this has produced a population of bees shaped more by the forest than by people. Her ' +
    'team has sampled workers from 112 tree hives and found that many carry gene variants linked to grooming behavior, in which ' +
    'bees remove parasitic mites from one another.',
  '“In commercial hives we see these traits at low levels, because beekeepers treat for mites and the pressure disappears,” ' +
    'Khamitova says. “Here the bees had to solve the problem on their own.”',
];
const smH2 = 'Honey on the forest’s terms';
const smBody3 = [
  'The harvest is modest by any commercial standard. A good tree hive yields perhaps ten pounds of honey a year, compared with 60 ' +
    'or more from a modern box hive. But the honey, dark and slightly bitter from the linden and wild herbs that surround the ' +
    'reserve, sells in Ufa and Moscow for several times the price of ordinary honey.',
  'For the families who keep the tradition, the money matters less than the continuity. Gaifullin’s son, Timur, is 19 and has ' +
    'been climbing with his father since he was 12. Last summer he carved his first hive, in a pine his father chose for him, and ' +
    'waited to see whether a swarm would find it.',
  'It did, in late June. “He called me from the forest,” Gaifullin says, smiling. “He was so excited he forgot to say hello.”',
];
const smSlides: [string, string][] = [
  ['Rustam Gaifullin climbs to a tree hive using a leather strap called a kiram.', 'Dmitri Orlov'],
  ['A wooden board seals the hollow, leaving a narrow slot for the bees.', 'Dmitri Orlov'],
  ['Alsu Khamitova labels samples of worker bees at the reserve’s field station.', 'Courtesy of the University of Ufa'],
  ['Dark honey from the tree hives is sold in small jars at the reserve’s visitor center.', 'Dmitri Orlov'],
];
const smNav = ['History', 'Science', 'Innovation', 'Arts & Culture', 'Travel', 'Smart News', 'At the Smithsonian', 'Photos', 'Games', 'Shop'];
const smVideos = ['How Honeybees Decide Where to Build a New Home', 'Inside the Smithsonian’s Insect Zoo', 'The Secret Language of Bees'];
const smPopular = [
  'Archaeologists Find a 3,000-Year-Old Shoe in a Scottish Bog',
  'Why Some Octopuses Punch Fish',
  'The True Story Behind the Winter Palace Fire',
  'A Rare Comet Will Be Visible Without a Telescope This Month',
];
const smTags = ['Bees', 'Forests', 'Insects', 'Russia', 'Traditions'];
const smFoot = ['About Us', 'Contact Us', 'Advertise', 'Subscription Services', 'Newsletters', 'Terms of Use', 'Privacy Policy', 'RSS'];
const smLeadCap = 'A tree hive in the Shulgan-Tash reserve, carved into a pine more than 60 years ago.';
const smBio =
  'Nadia Petrosyan is a science writer based in Tbilisi who covers ecology, agriculture and the people who work the land. Her ' +
  'work has appeared in Nature and Scientific American.';
const smHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Forest Beekeepers Who Climb Trees to Find Wild Honeybees | Smithsonian</title>
<meta name="description" content="In the Bashkir highlands, families keep bees in hollows carved into living pines">
<meta property="og:type" content="article"><meta name="category" content="Science">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${smTitle}",
"author":{"@type":"Person","name":"Nadia Petrosyan"},"datePublished":"2025-10-21","publisher":{"@type":"Organization","name":"Smithsonian Magazine"}}</script>
<script async src="https://cdn.jwplayer.example/libraries/smithsonian.js"></script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || []; var smithsonian = {section: "science", issue: "November 2025"};</script>
</head><body class="article-page science">
<header class="site-header"><div class="top-bar"><a class="logo" href="/"><img src="/static/img/smithsonian-logo.svg" alt="Smithsonian Magazine"></a>
<div class="top-links"><a class="subscribe-btn" href="/subscribe">Subscribe</a><a class="donate-link" href="https://www.si.example/donate">Donate</a>
<button class="search-btn" aria-label="Search">Search</button></div></div>
<nav class="main-nav"><ul>${links(smNav, 'nav-item')}</ul></nav></header>
<div class="ad-container leaderboard" id="div-gpt-ad-top"><p class="ad-label">Advertisement</p></div>
<main class="main"><article class="article-main"><div class="article-header">
<p class="category"><a href="/science-nature/">Science</a> <span class="separator">|</span> <a href="/science-nature/ecology/">Ecology</a></p>
<p class="issue-label"><a href="/issue/november-2025/">Magazine</a></p>
<h1 class="headline">${smTitle}</h1><h2 class="subtitle">${smSubtitle}</h2>
<div class="author-and-date"><p class="author"><a href="/author/nadia-petrosyan/">Nadia Petrosyan</a></p>
<p class="pub-date"><time datetime="2025-10-21">October 21, 2025</time></p></div></div>
<figure class="main-image"><img src="https://th-thumbnailer.cdn-si-edu.example/bort-hive-lead.jpg" alt="A wooden board covers a hollow in a pine trunk">
<figcaption><span class="caption">${smLeadCap}</span> <span class="credit">Dmitri Orlov</span></figcaption></figure>
<div class="article-body articleLeft">
${smBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="section-head">${smH1}</h2>
${smBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="gallery-container" data-gallery-id="88213"><div class="slideshow" role="region" aria-roledescription="carousel" aria-label="Photo gallery">
<button class="slide-prev" aria-label="Previous">Previous</button><button class="slide-next" aria-label="Next">Next</button>
${smSlides
  .map(
    ([c, cr], i) => `<div class="slide${i === 0 ? ' active' : ''}" aria-hidden="${i === 0 ? 'false' : 'true'}">
<img src="https://th-thumbnailer.cdn-si-edu.example/bort-${i + 1}.jpg" alt="">
<div class="slide-count">${i + 1} / ${smSlides.length}</div><div class="caption">${c}</div><div class="credit">${cr}</div></div>`,
  )
  .join('\n')}</div></div>
<div class="ad-container in-article" id="div-gpt-ad-mid"><p class="ad-label">Advertisement</p></div>
<h2 class="section-head">${smH2}</h2>
${smBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="recommended-videos"><h2 class="recommended-videos-title">Recommended Videos</h2>
<div id="jwplayer-rec" class="jwplayer jw-state-idle" aria-label="Video Player"><div class="jw-title"><div class="jw-title-primary">${smVideos[0]}</div></div>
<div class="jw-display-icon-container" role="button" aria-label="Play">Play</div></div>
<ul class="jw-playlist">${links(smVideos.slice(1), 'jw-playlist-item')}</ul></div>
<div class="issue-promo"><img src="/static/img/covers/november-2025.jpg" alt="November 2025 cover">
<p>This article is a selection from the November 2025 issue of Smithsonian magazine</p><a class="button" href="/subscribe">Subscribe now</a></div>
<div class="tag-list"><span class="filed-under">Filed Under:</span> ${smTags.map((t) => `<a href="/tag/${t.toLowerCase()}/">${t}</a>`).join(', ')}</div>
<div class="author-bio"><p class="author-name"><a href="/author/nadia-petrosyan/">Nadia Petrosyan</a> |
<a class="read-more" href="/author/nadia-petrosyan/">READ MORE</a></p>
<p class="bio">${smBio}</p></div>
<p class="affiliate-note"><em>A Note to our Readers: Smithsonian magazine takes part in affiliate link advertising programs. If you buy an item through these
links, we receive a commission.</em></p></article>
<aside class="sidebar"><div class="newsletter-box"><h3>Get the latest Science stories in your inbox.</h3>
<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>
<div class="most-popular"><h3>Most Popular</h3><ol>${links(smPopular, 'popular-item')}</ol></div></aside></main>
<footer class="site-footer"><ul>${links(smFoot)}</ul>
<p class="copyright">© 2025 Smithsonian Magazine</p><a class="privacy-choices" href="/privacy-choices">Your Privacy Choices</a></footer>
</body></html>`;
const smithsonianFeature: TestPage = {
  html: smHtml,
  name: 'heldout23-smithsonian-feature',
  kind: 'news',
  // the subtitle (an h2 under the headline) is body, as a dek is; the two section heads are the headings; "Nadia Petrosyan"
  // (byline and bio) and the date are bylines; the category line, the "Magazine" label, the lead caption, the gallery (its
  // arrows, counters, captions and credits), "Recommended Videos" with its player and playlist, the issue promo, "Filed Under"
  // with its tags, the bio's "READ MORE" and text, the affiliate note, newsletter box, "Most Popular", ads, header, nav and
  // footer are furniture; the credit "Dmitri Orlov" and "Science" (nav, category) are listed once
  title: smTitle,
  headings: [smH1, smH2],
  body: [smSubtitle, ...texts(smBody1), ...texts(smBody2), ...texts(smBody3)],
  bylines: ['Nadia Petrosyan', 'October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Donate', 'Search', ...smNav, 'Advertisement', 'Ecology', 'Magazine', smLeadCap, 'Dmitri Orlov', 'Previous', 'Next',
    ...smSlides.map(([c]) => c), '1 / 4', 'Courtesy of the University of Ufa', 'Recommended Videos', ...smVideos, 'Play',
    'This article is a selection from the November 2025 issue of Smithsonian magazine', 'Subscribe now', 'Filed Under:',
    // ("Bees" is a word of the body: out of the furniture since batch 23 became training in session 14, as earlier batches leave such words out)
    ...smTags.filter((t) => t !== 'Bees'),
    'READ MORE', smBio, 'A Note to our Readers: Smithsonian magazine takes part in affiliate link advertising programs.',
    'Get the latest Science stories in your inbox.', 'Sign Up', 'Most Popular', ...smPopular, ...smFoot, '© 2025 Smithsonian Magazine',
    'Your Privacy Choices',
  ],
};

export const HELDOUT23_C: readonly TestPage[] = [smithsonianFeature, wiredReview];

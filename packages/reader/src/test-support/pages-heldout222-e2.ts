import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 222, file e2: a PBS KIDS for Parents article (the PBS universal nav bar with "Donate" and the station
 * localization prompt, the PBS KIDS for Parents header and topic nav, the topic eyebrow and age tags, the author line,
 * the article with a "Try This!" activity box and an episode-tie-in "Watch & Play" card, share links, "Related Articles",
 * the newsletter sign-up, the funding credit and footer).
 */
const pkTitle = 'Helping Kids Wait Their Turn';
const pkP1 = [
  'Waiting is hard, especially for young children. When your preschooler grabs a toy from a friend or can’t stand in line at the ' +
    'water fountain, it isn’t because they are being naughty. The parts of the brain that help us pause and manage big feelings ' +
    'are still developing, and they keep developing well into the teenage years.',
  'The good news is that waiting is a skill, and like any skill it gets stronger with practice. Here are some ways to build it ' +
    'into your everyday routines.',
];
const pkH = ['Make waiting visible', 'Give them something to do', 'Notice and name it', 'Try This!'];
const pkP2 = [
  'Time is hard for young children to understand. “Five more minutes” means very little to a four-year-old. Using a sand timer, ' +
    'a kitchen timer or even a song can help children see how long they have to wait. “When the song is over, it’s your turn on ' +
    'the swing” is much easier to follow than “in a minute.”',
];
const pkP3 = [
  'Waiting with nothing to do is hard even for grown-ups. Help your child find a way to fill the time: singing a song, counting ' +
    'the red cars that go by, or playing “I Spy.” You can also teach a simple strategy, like squeezing their hands together and ' +
    'letting go, or taking three slow “balloon breaths.”',
];
const pkP4 = [
  'When you see your child waiting patiently, even for a short time, let them know. Be specific: “You waited for your sister to ' +
    'finish her turn on the slide, even though you really wanted to go. That was hard, and you did it!”',
  'Naming the feeling helps too. “It’s frustrating to wait, isn’t it?” shows your child that their feelings make sense, even ' +
    'when they still have to wait.',
];
const pkTry = [
  'Play a game of “Freeze Dance” together.',
  'Put on some music and dance. When the music stops, everyone freezes.',
  'Wait a little longer each time before starting the music again.',
  'Take turns being the one who stops the music.',
];
const pkNav = ['Learn & Grow', 'Play & Learn', 'Health & Wellness', 'Parenting Tips', 'Watch & Play', 'Newsletters'];
const pkUniversal = ['PBS', 'Shows', 'Live TV', 'Donate', 'Sign In'];
const pkAges = ['Age 3', 'Age 4', 'Age 5'];
const pkWatch = ['Watch & Play', 'In this episode of Pip and the Puddle Parade, Pip practices waiting for her turn at the bakery.', 'Watch the episode'];
const pkShare = ['Share', 'Pin', 'Email', 'Print'];
const pkRelated = ['Big Feelings: Helping Kids Cope with Frustration', 'Taking Turns Games for Preschoolers', 'Why Routines Matter'];
const pkNews = ['Get parenting tips in your inbox', 'Sign up for the PBS KIDS for Parents newsletter.', 'Email Address', 'Submit'];
const pkFund = 'PBS KIDS for Parents is made possible in part by a grant from the Halvorsen Family Foundation and by viewers like you.';
const pkFoot = ['About PBS KIDS', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Accessibility', '© 2025 Public Broadcasting Service (PBS)'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Helping Kids Wait Their Turn | PBS KIDS for Parents</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Simple ways to help preschoolers practice waiting.">
<meta property="og:title" content="${pkTitle}"><meta property="og:site_name" content="PBS KIDS for Parents">
<link rel="canonical" href="https://www.pbs.example/parents/thrive/helping-kids-wait-their-turn">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${pkTitle}","author":{"@type":"Person","name":"Lorna Achebe, Ph.D."},
"publisher":{"@type":"Organization","name":"PBS KIDS for Parents"}}</script>
<script src="https://www.pbs.example/static/js/pbs-universal-nav.js" defer></script></head>
<body class="parents article"><div id="pbs-universal-nav" class="universal-nav" role="navigation"
aria-label="PBS"><ul>${links(pkUniversal, 'universal-nav__item')}</ul>
<div class="localization-prompt" hidden><p>Your local PBS station is WKPB.</p><button>Change Station</button></div></div>
<header class="parents-header"><a class="parents-header__logo" href="/parents">PBS KIDS for Parents</a><nav class="parents-nav" aria-label="Topics">
<ul>${links(pkNav, 'parents-nav__item')}</ul></nav><button class="parents-header__search" aria-label="Search">Search</button></header>
<main id="main"><article class="article-page"><header class="article-page__header"><a class="article-page__eyebrow"
href="/parents/learn-grow/social-emotional">Social-Emotional Learning</a>
<h1 class="article-page__title">${pkTitle}</h1><p class="article-page__byline">by Lorna Achebe, Ph.D.</p>
<ul class="article-page__ages">${pkAges.map((a) => `<li class="age-tag">${a}</li>`).join('')}</ul>
<ul class="share-links">${pkShare.map((s) => `<li><a href="#" class="share-links__${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></header>
<figure class="article-page__image"><img src="https://image.pbs.example/parents/kids-waiting.jpg" alt="Two children taking turns on a slide"></figure>
<div class="article-page__body rich-text">${ps(pkP1)}
<h2>${pkH[0]}</h2>${ps(pkP2)}
<h2>${pkH[1]}</h2>${ps(pkP3)}
<aside class="watch-and-play-card"><p class="watch-and-play-card__label">${pkWatch[0]}</p><p>${pkWatch[1]}</p><a
href="/kids/pip/video-12">${pkWatch[2]}</a></aside>
<h2>${pkH[2]}</h2>${ps(pkP4)}
<div class="activity-box"><h2>${pkH[3]}</h2><ul>${pkTry.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<footer class="article-page__footer"><p class="article-page__bio">Lorna Achebe, Ph.D., is a child development specialist and former preschool
teacher.</p></footer></article>
<section class="related-articles"><h2>Related Articles</h2><ul>${links(pkRelated)}</ul></section>
<section class="newsletter-signup"><h2>${pkNews[0]}</h2><p>${pkNews[1]}</p><form><label for="nl">${pkNews[2]}</label><input id="nl" type="email">
<button type="submit">${pkNews[3]}</button></form></section></main>
<footer class="parents-footer"><p class="funding-credit">${pkFund}</p><ul>${links(pkFoot.slice(0, 5))}</ul><p>${pkFoot[5]}</p></footer></body></html>`;
export const pbsArticle: TestPage = {
  html: pkHtml,
  name: 'heldout222-pbskids-parents-docs',
  kind: 'docs',
  // the "Try This!" activity box is part of the article (its h2 is a heading, its items body); the "Watch & Play" episode
  // card inside the body, the eyebrow, age tags, share links, bio and funding credit are furniture
  title: pkTitle,
  headings: pkH,
  body: texts([...pkP1, ...pkP2, ...pkP3, ...pkP4, ...pkTry]),
  bylines: ['by Lorna Achebe, Ph.D.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pkUniversal, 'Your local PBS station is WKPB.', 'Change Station', 'PBS KIDS for Parents', ...pkNav, 'Search', 'Social-Emotional Learning',
    ...pkAges, ...pkShare, pkWatch[1] ?? '', pkWatch[2] ?? '', 'Lorna Achebe, Ph.D., is a child development specialist and former preschool teacher.',
    'Related Articles', ...pkRelated, ...pkNews, pkFund, ...pkFoot,
  ],
};

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout561-kit.js';

/**
 * Held-out batch 561, file c: a long court-interpreting blog post on Ghost with the Casper theme (figure with caption, members
 * sign-up box, "read more" cards).
 */
const gTitle = 'A day in court: what the interpreter is actually doing';
const gExcerpt = 'People see someone standing next to the witness and talking quietly. Here is what fills the other seven hours.';
const gIntro = [
  j(
    'When friends ask what I do, I say I interpret in court, and they picture the moment a witness gives evidence: me at their',
    'shoulder, turning Spanish into English for the jury. That moment matters, but it is perhaps an hour of a seven-hour day.',
    'The rest of the job is less visible, and it is the part that decides whether the hour in the witness box goes well.',
  ),
];
const gS1H = 'Before the doors open';
const gS1 = [
  j(
    'I arrive forty-five minutes before the listing. The first stop is the usher, who tells me which courtroom, which defendant',
    'and whether anything has changed overnight. Then I look for counsel. A two-minute conversation with the defence barrister',
    'is worth more than an hour of reading, because it tells me what the case turns on: a phone message, a knife, a word that',
    'was or was not said in a car park.',
  ),
  j(
    'If there are documents in the bundle that will be read aloud, I ask to see them. Sight translation of a police statement,',
    'cold, in front of a jury, is the closest thing this job has to walking a tightrope. Ten minutes with the paper beforehand',
    'turns it into an ordinary task.',
  ),
];
const gS2H = 'Swearing in';
const gS2 = [
  j(
    'Interpreters take their own oath or affirmation, separate from the witness. I promise to interpret well and faithfully,',
    'and that promise is the whole ethic of the job in one sentence. Faithfully means I do not tidy up. If a witness swears,',
    'hesitates, contradicts himself or answers a different question from the one he was asked, the jury hears exactly that.',
  ),
  j(
    'New barristers sometimes look at me when a witness gives a strange answer, as if I might have made a mistake. Usually the',
    'answer was strange in Spanish too. If I did make a mistake, I say so, at once, in the first person plural of the court:',
    '“Your Honour, the interpreter wishes to correct an interpretation.”',
  ),
];
const gS3H = 'Consecutive or whispered?';
const gS3 = [
  j(
    'When a witness gives evidence, I work consecutively: they speak, stop, and I render what they said. I take notes in a',
    'shorthand of my own, mostly arrows, circles and the first letters of names. Good counsel learn to ask short questions',
    'and to wait. Bad counsel ask three questions in one breath and then look annoyed when the witness answers only the last.',
  ),
  j(
    'For the rest of the day, while the defendant sits in the dock and listens to other witnesses, I interpret simultaneously,',
    'in a low voice or through a portable headset. This is chuchotage, whispered interpreting, and it is exhausting in a way',
    'that is hard to explain. You are listening to English, speaking Spanish and monitoring the room all at once, for hours.',
  ),
];
const gQuote = j('The defendant has the right to understand his own trial. Not the gist of it. All of it, including the parts that bore', 'everyone else.');
const gS4H = 'When the witness speaks';
const gS4 = [
  j(
    'Register is the hardest thing to keep. A nervous witness from a small town in the mountains speaks one kind of Spanish;',
    'a confident businessman from the capital speaks another. If I turn both into the same neutral courtroom English, I have',
    'taken something from the jury. So I try to keep the short sentences short, the rambling ones rambling, and the rude ones',
    'rude, even when the judge winces.',
  ),
  j(
    'Sometimes a word has no clean equivalent. I do not explain it on my own initiative. I tell the court there is a problem',
    'with a term, and the judge decides whether I may explain it, or whether counsel should ask the witness to describe what',
    'they meant. The interpreter is not a witness, and must never become one.',
  ),
];
const gS5H = 'Breaks, and why we need them';
const gS5 = [
  j(
    'Research on conference interpreters has shown for decades that accuracy drops after about thirty minutes of continuous',
    'simultaneous work. Courts are slowly catching up. On a long trial we now work in pairs, changing every half hour, and',
    'the second interpreter is not resting: they sit next to me, write down numbers and names, and catch what I miss.',
  ),
  j(
    'On days when I work alone, I ask the judge at the start for a short break every hour. Most judges agree at once. A few',
    'need it explained, and I explain it the same way each time: the break is not for me, it is for the accuracy of the record.',
  ),
];
const gS6H = 'What I wish lawyers knew';
const gS6 = [
  'Speak to the witness, not to me. Say “Where were you on the night of the ninth?”, not “Ask him where he was.”',
  'Send me the indictment and any key documents the day before, even if they are only in English.',
  'One question at a time, and let the witness finish before you start the next one.',
  'If you plan to play a recording, warn me. Interpreting audio of poor quality in open court needs preparation.',
  'Do not chat with me about the case during the breaks. I have to stay neutral, and be seen to stay neutral.',
];
const gS7H = 'After the verdict';
const gS7 = [
  j(
    'When the jury returns, I stand in the dock beside the defendant and interpret the verdict. Whatever it is, I say it in',
    'the same even voice. Then, if the judge passes sentence, I interpret the sentencing remarks, which can last twenty',
    'minutes and include everything the judge has thought about the case.',
  ),
  j(
    'And then it is over. I sign the timesheet, hand back my pass and walk to the station. I am often asked whether it is hard',
    'to leave the stories behind. It is, sometimes. But the job is to carry words across, not to carry the people, and the',
    'next listing is at ten tomorrow.',
  ),
];
const gRead: readonly (readonly [string, string, string])[] = [
  ['Sight translation: my ten-minute checklist', 'Jan 20, 2026', '5 min read'],
  ['Why I stopped working without a partner', 'Nov 3, 2025', '4 min read'],
  ['Note-taking for consecutive: arrows, circles and coffee', 'Sep 14, 2025', '7 min read'],
];
const gNav = ['Home', 'About', 'Court interpreting', 'Training', 'Contact'];
const gCard = ([t, d, m]: readonly [string, string, string]): string => `<article class="post-card post tag-court-interpreting">
<a class="post-card-image-link" href="/${t.slice(0, 12)}/"><img class="post-card-image" src="/content/images/size/w600/2026/card.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.slice(0, 12)}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Court interpreting</span></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-01-20">${d}</time><span class="post-card-meta-length">${m}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2a1c9e3b">
<link rel="canonical" href="https://boothandbench.example/a-day-in-court/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Booth and the Bench"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-04T08:12:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Booth and the Bench"},
"author":{"@type":"Person","name":"Inés Barahona"},"headline":"${gTitle}","datePublished":"2026-03-04T08:12:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://boothandbench.example/"
data-key="3c1f0a9e2d" data-api="https://boothandbench.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-court-interpreting is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://boothandbench.example">The Booth and the Bench</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-court-interpreting">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/court-interpreting/">Court
interpreting</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ines/" class="author-avatar" aria-label="Read more of Inés Barahona"><img class="author-profile-image" src="/content/images/2025/ines.jpg"
alt="Inés Barahona"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Inés Barahona</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-04">Mar 4, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 8 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/courtroom.jpg 300w, /content/images/size/w1000/2026/03/courtroom.jpg 1000w"
src="/content/images/size/w2000/2026/03/courtroom.jpg" alt="An empty courtroom with wooden benches"><figcaption><span
style="white-space: pre-wrap;">Court 3 before
the morning listing. Photo by the author.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gIntro)}
<h2 id="before-the-doors-open">${gS1H}</h2>${ps(gS1)}
<h2 id="swearing-in">${gS2H}</h2>${ps(gS2)}
<h2 id="consecutive-or-whispered">${gS3H}</h2>${ps(gS3)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="when-the-witness-speaks">${gS4H}</h2>${ps(gS4)}
<h2 id="breaks-and-why-we-need-them">${gS5H}</h2>${ps(gS5)}
<h2 id="what-i-wish-lawyers-knew">${gS6H}</h2><ul>${lis(gS6)}</ul>
<h2 id="after-the-verdict">${gS7H}</h2>${ps(gS7)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Booth and the Bench</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://boothandbench.example">The Booth and the Bench</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'RSS'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8f2a1c9e3b"></script><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://boothandbench.example/" data-api="https://boothandbench.example/ghost/api/content/" data-post-id="65e5a2f1"></script></body>
</html>`;
const ghost: TestPage = {
  name: 'heldout561-ghost-court-interpreter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gS1H, gS2H, gS3H, gS4H, gS5H, gS6H, gS7H],
  body: texts([gExcerpt, ...gIntro, ...gS1, ...gS2, ...gS3, gQuote, ...gS4, ...gS5, ...gS6, ...gS7]),
  bylines: ['Inés Barahona', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Booth and the Bench', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', '8 min read',
    'Court 3 before the morning listing. Photo by the author.',
    'Sign up for The Booth and the Bench', 'Enter your email', ...gRead.flat(), 'The Booth and the Bench © 2026', 'Sign up', 'RSS', 'Powered by Ghost',
  ],
};

export const HELDOUT561_C: readonly TestPage[] = [ghost];

import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 120, file d2: a story on a Ukrainian English-language outlet's Ghost site built on the Kyiv Independent's
 * template (the gh-head with the menu, "Become a member" and "Sign in", the primary tag, title and excerpt, the author list with
 * the date and reading time, the feature image caption with "(Photo: ...)" credit, gh-content with "Read also:" lines and a
 * membership callout card between paragraphs, h2 section headings, the "Note from the author" callout card closing the content,
 * tags, the author card, the "Ukraine Daily" newsletter form, "Most popular", the footer and the hidden Ghost portal texts).
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const kiTitle = 'In Pryvilne, children go back to school underground';
const kiExcerpt = paras(`The frontline city has built three schools below ground, with classrooms, a gym and a cafeteria, so that students
can study in person for the first time since 2022.`);
const kiP1 = paras(`PRYVILNE, Zaporizhzhia Oblast – At 8:15 a.m., a line of children in winter coats walks down a concrete ramp into what
looks like the entrance of an underground car park. At the bottom, behind two steel blast doors, is a brightly lit corridor lined
with drawings, coat hooks and a poster of the Ukrainian alphabet.

This is School No. 4, one of three underground schools that opened in Pryvilne this academic year. For most of the 640 students who
study here in two shifts, it is the first time they have sat in a classroom with their classmates since Russia’s full-scale invasion
began.`);
const kiH1 = 'Three years of online lessons';
const kiP2 = paras(`Pryvilne lies about 30 kilometers from the front line and is regularly hit by drones and guided bombs. Since 2022,
local schools have taught almost entirely online, with students joining lessons from basements and shelters, often on their
parents’ phones.

“You could see what it was doing to them,” said the school’s principal, Oksana Hrytsenko. “Children stopped talking. Some could
not read aloud in front of others. A screen is not a school.”

The city council decided in 2023 to build schools below ground after parents petitioned for in-person classes. Each one took about
nine months to build and cost around 90 million hryvnias, paid for by the state budget and a grant from an international donor.`);
const kiH2 = 'Built to withstand a direct hit';
const kiP3 = paras(`The schools are designed to withstand a strike by a large aerial bomb, with reinforced concrete roofs more than a
meter thick and backup generators and water supplies that can keep them running for several days without power.

Inside, there is little to remind students that they are underground, apart from the lack of windows. Ventilation systems keep the
air fresh, and daylight lamps in the ceilings change color through the day.

When air raid sirens sound, lessons simply continue. “Before, an alarm meant everyone stopped and ran to a shelter,” said
Hrytsenko. “Now the shelter is the school.”

Teachers say the change in the students has been obvious. Maryna Levchuk, who teaches fourth grade, said attendance was close to
100% and that children who had struggled online were catching up. “They are noisy, they argue, they make friends,” she said. “That
is how it should be.”

The city plans to open a fourth underground school in the autumn, along with an underground kindergarten. Officials say there are
still about 1,200 children in Pryvilne who study only online.`);
const kiNav = ['News', 'Analysis', 'Opinion', 'Investigations', 'Business', 'Culture', 'Podcasts', 'Events'];
const kiCaption = 'Students attend a lesson at an underground school in Pryvilne, Zaporizhzhia Oblast, on March 3, 2025. (Photo: Artem Holub)';
const kiRead = [
  'Read also: Ukraine’s teachers are burning out after three years of war',
  'Read also: How frontline towns are keeping hospitals running through blackouts',
];
const kiMember = [
  'We’ve been covering Ukraine since day one. Help us keep going.',
  'The Dnipro Independent is funded by its readers. Join our community and support independent journalism.',
  'Become a member',
];
const kiNote = [
  'Note from the author:',
  'Hi, this is Daria. I reported this story from Pryvilne, where I spent two days with students and teachers. Stories like this take time to produce.',
  'If you value our reporting, consider supporting us by becoming a member.',
  'Support us',
];
const kiTags = ['Ukraine', 'Education', 'Zaporizhzhia Oblast', 'Children'];
const kiBio = 'Daria Kovalchuk is a reporter at The Dnipro Independent covering social issues and life near the front line.';
const kiNews = ['Ukraine Daily', 'Get the day’s news from Ukraine in your inbox every morning.', 'Your email address', 'Subscribe'];
const kiPopular = [
  'Most popular',
  'Explainer: What Ukraine’s new mobilization law means',
  'Drone strike damages power plant in Kharkiv Oblast',
  'Ukrainian startups raise record funding in 2024',
];
const kiFoot = ['About us', 'Our team', 'Become a member', 'Jobs', 'Advertise', 'Privacy policy', 'Contact us'];
const kiPortal = ['Sign in to The Dnipro Independent', 'Email', 'Continue', 'Don’t have an account? Sign up'];
const kiPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const kiReadP = (t: string): string => {
  const [label, link] = t.split(': ');
  return `<p><strong>${label}:</strong> <a href="https://dniproindependent.example/${(link ?? '').length}/">${link}</a></p>`;
};
const kiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>In Pryvilne, children go back to school underground</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c2b1e9a01">
<meta name="description" content="${kiExcerpt[0]}"><link rel="canonical" href="https://dniproindependent.example/pryvilne-underground-schools/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Dnipro Independent">
<meta property="og:type" content="article"><meta property="og:title" content="${kiTitle}">
<meta property="article:published_time" content="2025-03-12T14:47:33.000Z">
<meta property="article:tag" content="Ukraine"><meta property="article:tag" content="Education"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Dnipro Independent"},
"author":{"@type":"Person","name":"Daria Kovalchuk"},"headline":"${kiTitle}","datePublished":"2025-03-12T14:47:33.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="The Dnipro Independent" href="https://dniproindependent.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true" data-ghost="https://dniproindependent.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-ukraine tag-education tag-zaporizhzhia-oblast tag-children tag-hash-feature"><div class="gh-viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://dniproindependent.example">
<img src="/content/images/2024/01/logo.svg" alt="The Dnipro Independent"></a><button class="gh-burger" aria-label="Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(kiNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Become a member</a></div></div></header>
<main id="gh-main" class="gh-main"><article class="gh-article post tag-ukraine tag-education"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="/tag/ukraine/">Ukraine</a><h1 class="gh-article-title is-title">${kiTitle}</h1>
<p class="gh-article-excerpt is-body">${kiExcerpt[0]}</p>
<div class="gh-article-meta"><div class="gh-article-author-image"><a href="/author/daria-kovalchuk/"><img class="author-profile-image"
src="/content/images/size/w160/2024/05/kovalchuk.jpg" alt="Daria Kovalchuk"></a></div><div class="gh-article-meta-wrapper">
<h4 class="gh-article-author-name"><a href="/author/daria-kovalchuk/">Daria Kovalchuk</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2025-03-12">March 12, 2025 4:47 PM</time><span class="gh-article-meta-length">
<span class="bull">—</span> 4 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/size/w1200/2025/03/pryvilne-school.jpg" alt="Children sit at desks in a windowless classroom">
<figcaption>${kiCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${kiPs(kiP1)}
${kiReadP(kiRead[0] ?? '')}
<h2 id="three-years-of-online-lessons">${kiH1}</h2>
${kiPs(kiP2.slice(0, 2))}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💙</div><div class="kg-callout-text"><b><strong
style="white-space: pre-wrap;">${kiMember[0]}</strong></b><br>${kiMember[1]}<br><a href="https://dniproindependent.example/membership/">${kiMember[2]}</a>
</div></div>
${kiPs(kiP2.slice(2))}
<h2 id="built-to-withstand-a-direct-hit">${kiH2}</h2>
${kiPs(kiP3.slice(0, 3))}
${kiReadP(kiRead[1] ?? '')}
${kiPs(kiP3.slice(3))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text"><b><strong>${kiNote[0]}</strong></b><br><br>${kiNote[1]}<br><br>
${kiNote[2]}<br><br><a href="https://dniproindependent.example/membership/">${kiNote[3]}</a></div></div>
</section>
<footer class="gh-article-footer gh-canvas">
<div class="gh-article-tags">${kiTags.map((t) => `<a class="gh-article-tag-link" href="/tag/${t}/">${t}</a>`).join('\n')}
</div><section class="gh-author-card"><a href="/author/daria-kovalchuk/"><img src="/content/images/2024/05/kovalchuk.jpg" alt="Daria Kovalchuk"></a>
<div class="gh-author-card-content"><h3 class="gh-author-card-name"><a href="/author/daria-kovalchuk/">Daria Kovalchuk</a></h3>
<p class="gh-author-card-bio">${kiBio}</p><a class="gh-author-card-more" href="/author/daria-kovalchuk/">Read more</a></div></section></footer></article>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">${kiNews[0]}</h2><p class="gh-cta-description">${kiNews[1]}</p>
<form data-members-form="subscribe" data-members-newsletter="ukraine-daily"><label class="visually-hidden" for="cta-email">${kiNews[2]}</label>
<input id="cta-email" data-members-email type="email" placeholder="Your email address" required><button type="submit">${kiNews[3]}</button></form></div>
</section>
<section class="gh-popular gh-outer"><h2 class="gh-popular-title">${kiPopular[0]}</h2><ol>${links(kiPopular.slice(1), 'gh-card')}</ol></section></main>
<footer class="gh-foot outer"><div class="gh-foot-inner inner"><nav class="gh-foot-menu"><ul class="nav">${links(kiFoot)}</ul></nav>
<div class="gh-copyright">The Dnipro Independent © 2025</div></div></footer></div>
<div id="ghost-portal-root" style="display:none"><div class="gh-portal-popup-container"><h1>${kiPortal[0]}</h1><label>${kiPortal[1]}</label>
<button>${kiPortal[2]}</button><p>${kiPortal[3]}</p></div></div>
<script src="/assets/built/source.js?v=7c2b1e9a01"></script></body></html>`;
export const kyivIndependentStory: TestPage = {
  html: kiHtml,
  name: 'heldout120-kyivindependent-news',
  kind: 'news',
  // the excerpt is body, the dateline opens the first paragraph (body); "Read also:" lines and both callout cards inside
  // gh-content (the membership pitch and the "Note from the author") are furniture
  title: kiTitle,
  headings: [kiH1, kiH2],
  body: texts([...kiExcerpt, ...kiP1, ...kiP2, ...kiP3]),
  bylines: ['Daria Kovalchuk', 'March 12, 2025 4:47 PM', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kiNav, 'Sign in', 'Become a member', 'Ukraine', kiCaption, ...kiRead, ...kiMember.slice(0, 2), ...kiNote, ...kiTags.slice(1), kiBio, 'Read more',
    ...kiNews, ...kiPopular, ...kiFoot.filter((t) => t !== 'Become a member'), 'The Dnipro Independent © 2025', ...kiPortal,
  ],
};

import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 120, file e2: an article on an online magazine built on Slate's Clay template (the header with sections,
 * "Sign In" and the membership button, the rubric, hed and dek, "By" byline, dateline, the share tools with "Comment", the top
 * image caption and credit, slate-paragraph grafs with data-word-count, "Advertisement" labels between grafs, an inline
 * newsletter sign-up, the membership pitch after the text, "More From" recirculation, the comments button, the footer and
 * the consent banner).
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const slTitle = 'I Tried to Quit My Family Group Chat for a Month. It Did Not Go Well.';
const slDek = paras(`What 31 days without 400 daily messages taught me about how my relatives actually talk to one another.`);
const slBody = paras(`The family group chat was created in 2019 by my aunt Rosalind, who named it “Okonjo Fam 🌻” and then, as far as I can
tell, never read it again. Everyone else did. By last year it had 23 members across four time zones, and on a normal day it produced
somewhere between 150 and 400 messages, most of them before I woke up.

It was, in theory, a wonderful thing. My cousins posted photos of their children. My uncle shared the weather in Lagos with the
regularity of a government agency. When my grandmother went into the hospital, we found out within minutes and coordinated visits
without a single phone call.

It was also, in practice, a low-grade source of dread. I would open my phone in the morning to find a 90-message argument about
whether a particular politician was a crook, whether it was rude to bring store-bought dessert to a funeral, or whether my cousin
Chidi had really run a marathon or just posted a photo near the finish line. I felt obligated to read every message, and guilty
when I did not reply.

So in January, I muted it. Not left, which would have been noticed and discussed at length, but muted, with the notifications off and
the chat archived where I could not see it. I told my mother, who agreed to pass along anything important. My plan was to see
whether I felt calmer, and whether anyone would notice I was gone.

The first week was wonderful. I read books in the morning. I did not know anything about anyone’s dessert choices. My screen time
dropped by almost an hour a day.

The second week, I started to realize how much I was missing. My mother’s idea of “anything important” turned out to be very narrow.
She told me my cousin was pregnant, but not that she had announced it with a video of her toddler holding a sign, which everyone
else had watched and discussed and which I had to pretend, at a birthday dinner, to have seen.

By the third week, I noticed something else. When I talked to relatives one on one, on the phone or in person, the conversations
were better. Without the chat as a running commentary, they asked me questions. I asked them questions. My uncle told me a long story
about his first job that I had never heard, because in the chat he only ever posted the weather.

By the end of the month I had concluded that the group chat was neither the problem nor the solution. It is very good at
spreading news quickly and very bad at conversation. It rewards whoever types fastest and replies first, which in my family means
the people with the strongest opinions and the earliest alarm clocks.

I have unmuted it now. But I read it differently. I skim, I react to the baby photos, and I ignore the arguments. When something
matters, I call. My aunt Rosalind, it turns out, had the right idea all along.`);
const slNav = ['News & Politics', 'Culture', 'Technology', 'Business', 'Human Interest', 'Podcasts', 'Commentary'];
const slShare = ['Share', 'Tweet', 'Email', 'Comment'];
const slCaption = 'A phone buzzes with notifications on a kitchen table.';
const slCredit = 'Photo illustration by Slant. Photo by Unsplash.';
const slInline = ['Sign up for Slant’s evening newsletter.', 'Email address:', 'Sign Up'];
const slPlus = ['Slant is covering the stories that matter to you.', 'Join Slant Plus to support our work. Your first month is only $1.', 'Join Slant Plus'];
const slMore = [
  'More From Human Interest',
  'Help! My Neighbor Keeps Parking in Front of My House.',
  'The Rise of the Solo Vacation',
  'Why Nobody Answers the Phone Anymore',
];
const slFoot = ['About Us', 'Work With Us', 'Contact', 'Pitch Guidelines', 'Send Us Tips', 'Corrections', 'Commenting', 'Advertise', 'Privacy Policy', 'Terms'];
const slCopy = 'Slant is published by The Slant Group, an Arden Holdings Company. All contents © 2025 The Slant Group LLC. All rights reserved.';
const slConsent = ['We use cookies to personalize content and ads and to analyze our traffic.', 'Accept', 'Manage Preferences'];
let slN = 0;
const slGraf = (p: string): string => {
  slN++;
  return `<p class="slate-paragraph slate-graf" data-word-count="${p.split(' ').length}"
data-uri="slant.example/_components/slate-paragraph/instances/cm82q${slN}x1000@published">${p}</p>`;
};
const slAd = `<div class="slate-ad slate-ad--inline" data-uri="slant.example/_components/ad/instances/inline@published">
<div class="slate-ad__label">Advertisement</div><div class="slate-ad__slot" id="div-gpt-ad-inline"></div></div>`;
const slHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Family group chat: I tried quitting mine for a month.</title><meta name="description" content="${slDek[0]}">
<meta property="og:title" content="${slTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Slant Magazine">
<meta name="author" content="Adaeze Okonjo"><link rel="canonical" href="https://slant.example/life/2025/03/family-group-chat-muted-one-month.html">
<link rel="stylesheet" href="https://slant.example/css/article.c3e11.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${slTitle}","datePublished":"2025-03-12T05:50:00.000Z",
"author":[{"@type":"Person","name":"Adaeze Okonjo","url":"https://slant.example/author/adaeze-okonjo"}],"publisher":{"@type":"Organization",
"name":"Slant"}}</script>
<script>window.SLATE_CONFIG={"rubric":"Human Interest","wordCount":612,"isPlus":false};</script>
<script src="https://slant.example/js/article.c3e11.js" defer></script></head>
<body class="article-page human-interest"><header class="site-header" data-uri="slant.example/_components/site-header/instances/default@published">
<a class="site-header__logo" href="/"><span class="sr-only">Slant</span></a><nav class="site-header__nav"><ul>${links(slNav, 'site-header__section')}</ul></nav>
<div class="site-header__account"><a class="site-header__signin" href="/account/signin">Sign In</a>
<a class="site-header__plus" href="/plus">Slant Plus</a></div></header>
<main><article class="article" data-uri="slant.example/_components/article/instances/cm82qz1@published">
<header class="article__header"><div class="article__rubric"><a class="article__rubric-link" href="/human-interest">Human Interest</a></div>
<h1 class="article__hed">${slTitle}</h1><h2 class="article__dek">${slDek[0]}</h2>
<div class="article__byline"><span class="article__byline-by">By</span> <a class="article__byline-author" href="/author/adaeze-okonjo">Adaeze Okonjo</a></div>
<div class="article__dateline"><time class="article__pub-date" datetime="2025-03-12T05:50:00.000Z">March 12, 2025 1:50 AM</time></div>
<div class="social-share">${slShare
  .map((t) => `<button class="social-share__button social-share__button--${t.toLowerCase()}"><span class="social-share__label">${t}</span></button>`)
  .join('\n')}</div></header>
<figure class="article__top-image"><img src="https://compote.slant.example/images/3f2a1c.jpeg?crop=1560x1040" alt="A phone on a table">
<figcaption class="image__meta"><span class="image__caption">${slCaption}</span> <span class="image__credit">${slCredit}</span></figcaption></figure>
<div class="article__content">
${slBody.slice(0, 3).map(slGraf).join('\n')}
${slAd}
${slBody.slice(3, 5).map(slGraf).join('\n')}
<div class="newsletter-signup newsletter-signup--inline"><p class="newsletter-signup__title">${slInline[0]}</p>
<form><label class="newsletter-signup__label">${slInline[1]}</label><input type="email"><button>${slInline[2]}</button></form></div>
${slBody.slice(5, 7).map(slGraf).join('\n')}
${slAd}
${slBody.slice(7).map(slGraf).join('\n')}
</div>
<div class="slate-plus-pitch"><p class="slate-plus-pitch__hed">${slPlus[0]}</p><p>${slPlus[1]}</p><a class="button" href="/plus">${slPlus[2]}</a></div>
<div class="article__comments"><button class="comments-button">Comments</button></div></article>
<section class="recirc"><h2 class="recirc__title">${slMore[0]}</h2><ul>${links(slMore.slice(1), 'recirc__item')}</ul></section></main>
<footer class="site-footer"><ul>${links(slFoot, 'site-footer__link')}</ul><p class="site-footer__copyright">${slCopy}</p></footer>
<div class="consent-banner" role="dialog"><p>${slConsent[0]}</p><button>${slConsent[1]}</button><button>${slConsent[2]}</button></div>
</body></html>`;
export const slateArticle: TestPage = {
  html: slHtml,
  name: 'heldout120-slate-news',
  kind: 'news',
  // the dek is body; the inline newsletter sign-up and the membership pitch are furniture
  title: slTitle,
  headings: [],
  body: texts([...slDek, ...slBody]),
  bylines: ['By Adaeze Okonjo', 'March 12, 2025 1:50 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slant', ...slNav, 'Sign In', 'Slant Plus', ...slShare, slCaption, slCredit, 'Advertisement', ...slInline, ...slPlus, 'Comments',
    ...slMore, ...slFoot, slCopy, ...slConsent,
  ],
};

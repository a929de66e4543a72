import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file d2: a story from The 19th on its WordPress theme (the donation banner at the top, the header
 * with section nav, "Newsletters", "Events" and "Donate", the hidden mobile menu, the category kicker, headline, dek,
 * "By" line with the reporter's beat and the published date, the "Share" and "Republish" buttons, the lead image caption
 * and credit, the mid-article newsletter box, a "Read Next" link card between paragraphs, the author bio box, "Related
 * Stories", the closing "Support The 19th" appeal, the hidden Creative Commons republish dialog whose textarea repeats
 * the article HTML, and the footer).
 */
const ntTitle = 'States are raising pay for child care workers. Now they have to find the money to keep doing it';
const ntDek = 'Three states have used new payroll taxes to lift wages for a workforce that is almost entirely women. Providers say the raises are working.';
const ntSrc = `
@@image

For nine years, Latasha Morrow earned $13.50 an hour caring for toddlers at a child care center in Pine Hollow, a job she
loved and could barely afford to keep. This summer, her pay rose to $19.25.

"I stopped picking up weekend shifts at the grocery store," said Morrow, 38, who has two children of her own. "For the first
time, this feels like a career and not a favor I'm doing for everybody."

Morrow's raise came from a program her state launched in January, funded by a 0.15 percent payroll tax on employers with
more than 50 workers. Two other states have passed similar measures in the past 18 months, making them the first to set
aside a dedicated, permanent source of money for child care wages rather than relying on one-time grants.

@@newsletter

The child care workforce is about 94 percent women, and about 40 percent are women of color, according to federal labor
data. Median pay nationally is just over $14 an hour, lower than for many retail and fast-food jobs, and turnover is high.
When pandemic-era federal relief money ran out in 2024, many centers cut staff or closed classrooms.

## What the raises have changed

Early numbers suggest the state programs are helping. In Morrow's state, the share of child care teachers who left their
jobs within a year fell from 37 percent to 22 percent, according to a report released this month by the state's early
learning department. Centers that had closed classrooms for lack of staff reopened 412 of them.

"We've gone from having a waiting list of families to having a waiting list of teachers," said Consuela Ibarra, who runs
three centers in the state's capital. "I have never been able to say that before."

@@readnext

Advocates say the programs also matter for the mothers who rely on child care to work. Economists at the Bayfield Policy
Center estimated that each reopened classroom allowed about nine parents, most of them mothers, to return to work or work
more hours.

## The fight over who pays

The payroll taxes have drawn opposition from business groups, who argue that employers should not shoulder the cost of a
public good. In one state, a ballot measure to repeal the tax is collecting signatures for next year.

"Nobody is against child care workers earning more," said Grant Lowell of the state's chamber of commerce. "The question is
whether a hardware store with 60 employees should be paying for it."

Supporters counter that employers benefit directly when parents can find care. State Sen. Adaeze Nwosu, who sponsored the
law in Morrow's state, said she expected the repeal effort to fail. "Businesses told us for years they couldn't hire because
workers couldn't find child care," she said. "This is the answer to that problem."

For Morrow, the debate feels distant. Her center hired two new teachers in August, and her own classroom is fully staffed
for the first time in three years. "The kids can tell," she said. "They see the same faces every morning now."
`;
const ntBlocks = parse(ntSrc);
const ntGold = gold(ntBlocks);
const ntBanner = ['The 19th is a nonprofit newsroom. Your gift helps keep our reporting free for everyone.', 'Give today'];
const ntNav = ['Politics', 'Economy', 'Health', 'Education', 'Climate', 'LGBTQ+', 'Justice'];
const ntTop = ['Newsletters', 'Events', 'About'];
const ntCaption = 'Latasha Morrow reads to toddlers at the child care center where she works in Pine Hollow.';
const ntCredit = '(Selena Huang for The 19th)';
const ntNews = ['Get The 19th’s daily newsletter', 'Stay up to date on the news that matters to women and LGBTQ+ people.', 'Email address', 'Sign up'];
const ntReadNext = 'Child care centers are closing classrooms as relief money dries up';
const ntBio = 'Rachel Ostrander is the economy reporter at The 19th, covering work, care and family finances.';
const ntRelated = [
  'Why more women are leaving the workforce to care for aging parents',
  'The child tax credit expired. Here’s what happened to families next',
  'Home health aides unionize in three more states',
];
const ntSupport = ['Support The 19th’s independent journalism', 'Our reporting is free to read and republish, thanks to readers like you.', 'Donate'];
const ntModal = [
  'Republish this story',
  'This work is licensed under a Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License.',
  'Copy to clipboard',
  'Close',
];
const ntFoot = ['About Us', 'Our Team', 'Careers', 'Contact', 'Republishing Guidelines', 'Privacy Policy', 'Terms of Use'];
const ntFootNote = 'The 19th is a registered 501(c)(3) nonprofit organization.';
const ntEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ntArticleHtml = render(ntBlocks, {});
const ntHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ntTitle} - The 19th</title>
<meta name="description" content="${ntDek}"><meta property="og:type" content="article"><meta property="og:title" content="${ntTitle}">
<meta property="og:site_name" content="The 19th"><meta property="article:published_time" content="2025-10-14T10:00:00+00:00">
<meta name="author" content="Rachel Ostrander"><link rel="canonical" href="https://19thnews.example/2025/10/states-child-care-workers-pay-payroll-tax/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${ntTitle}",
"datePublished":"2025-10-14T10:00:00+00:00","author":{"@type":"Person","name":"Rachel Ostrander"},"publisher":{"@id":"https://19thnews.example/#organization"}},
{"@type":"Organization","@id":"https://19thnews.example/#organization","name":"The 19th"}]}</script>
<link rel="stylesheet" id="the19th-style-css" href="https://19thnews.example/wp-content/themes/the19th/dist/styles/main.css?ver=3.2.0" media="all">
<script id="republish-js-extra">var republishData={"postId":"81234","ajaxUrl":"https://19thnews.example/wp-admin/admin-ajax.php"};</script></head>
<body class="post-template-default single single-post postid-81234 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="donate-banner" role="region" aria-label="Donation banner"><p>${ntBanner[0]}</p><a class="btn" href="/donate/">${ntBanner[1]}</a>
<button class="donate-banner__close" aria-label="Close banner"></button></div>
<header class="site-header"><a class="site-logo" href="/"><span class="screen-reader-text">The 19th</span><svg aria-hidden="true"></svg></a>
<nav class="primary-nav" aria-label="Primary"><ul>${links(ntNav, 'menu-item')}</ul></nav>
<ul class="utility-nav">${links(ntTop, 'menu-item')}</ul><a class="btn btn--donate" href="/donate/">Donate</a>
<button class="menu-toggle" aria-controls="mobile-menu" aria-expanded="false">Menu</button>
<nav id="mobile-menu" class="mobile-nav" hidden><ul>${links(ntNav, 'menu-item')}${links(ntTop, 'menu-item')}</ul></nav></header>
<main id="content" class="site-main"><article class="article post-81234 post type-post status-publish">
<header class="article__header"><div class="article__kicker"><a href="/category/economy/">Economy</a></div>
<h1 class="article__title">${ntTitle}</h1><p class="article__dek">${ntDek}</p>
<div class="article__meta"><div class="byline">By <a href="/author/rachel-ostrander/" rel="author">Rachel Ostrander</a>
<span class="byline__role">Economy Reporter</span></div>
<time class="article__date" datetime="2025-10-14T10:00:00+00:00">Published October 14, 2025, 5:00 a.m. CDT</time>
</div><div class="article__actions"><button class="share-button" aria-haspopup="true">Share</button>
<button class="republish-button" data-toggle="republish-modal">Republish</button></div></header>
<div class="article__content entry-content">
${render(
  ntBlocks,
  {},
  {
    image: `<figure class="wp-block-image size-large"><img src="https://19thnews.example/wp-content/uploads/2025/10/morrow-1024x683.jpg" alt=""
width="1024" height="683"><figcaption class="wp-element-caption">${ntCaption} <span class="credit">${ntCredit}</span></figcaption></figure>`,
    newsletter: `<div class="newsletter-embed"><h3 class="newsletter-embed__title">${ntNews[0]}</h3><p>${ntNews[1]}</p><form class="newsletter-embed__form">
<label class="screen-reader-text" for="nl-e">${ntNews[2]}</label><input id="nl-e" type="email" placeholder="Email address">
<button type="submit">${ntNews[3]}</button></form></div>`,
    readnext: `<div class="wp-block-the19th-related">
<span class="related__label">Read Next:</span> <a href="/2025/06/child-care-centers-closing/">${ntReadNext}</a></div>`,
  },
)}
</div>
<footer class="article__footer"><div class="author-bio"><img src="/ostrander.jpg" alt=""><div><h3 class="author-bio__name">Rachel Ostrander</h3>
<p class="author-bio__text">${ntBio}</p></div></div></footer></article>
<section class="related-stories"><h2 class="related-stories__title">Related Stories</h2><ul>${links(ntRelated, 'related-stories__item')}</ul></section>
<section class="support-box"><h2>${ntSupport[0]}</h2><p>${ntSupport[1]}</p><a class="btn" href="/donate/">${ntSupport[2]}</a></section></main>
<div id="republish-modal" class="republish-modal" role="dialog" aria-modal="true" hidden><div class="republish-modal__inner">
<h2>${ntModal[0]}</h2><p>${ntModal[1]}</p><textarea readonly rows="12">${ntEsc(`<h1>${ntTitle}</h1>\n${ntArticleHtml}`)}</textarea>
<button class="republish-modal__copy">${ntModal[2]}</button><button class="republish-modal__close">${ntModal[3]}</button></div></div>
<footer class="site-footer"><ul class="footer-nav">${links(ntFoot)}</ul><p>${ntFootNote}</p><p>© 2025 The 19th News</p></footer>
<script src="https://19thnews.example/wp-content/themes/the19th/dist/scripts/main.js?ver=3.2.0" id="the19th-main-js"></script></body></html>`;
export const the19th: TestPage = {
  name: 'heldout148-the19th-news',
  kind: 'news',
  html: ntHtml,
  // the dek is body; the republish dialog's textarea repeats the article HTML and is in neither list
  title: ntTitle,
  headings: ntGold.headings,
  body: [ntDek, ...ntGold.body],
  bylines: ['By Rachel Ostrander', 'Economy Reporter', 'Published October 14, 2025, 5:00 a.m. CDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ntBanner, ...ntNav, ...ntTop, 'Donate', 'Menu', 'Share', 'Republish', ntCaption, ntCredit, ...ntNews, 'Read Next:',
    ntReadNext, ntBio, 'Related Stories', ...ntRelated, ...ntSupport.slice(0, 2), ...ntModal, ...ntFoot, ntFootNote, '© 2025 The 19th News',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';
import { hindustanTimes } from './pages-heldout36-a2.js';

/**
 * Held-out batch 36, file a: a Kyiv Independent news story on its Ghost theme (Ghost generator meta, Portal script, the war
 * ticker bar, header nav with "Become a member", tag kicker, "Author:" and "Edited by:" lines, date and reading time, the
 * feature image with a "(Photo: …)" caption, a Ghost bookmark card to an earlier story and an image card inside the content,
 * the "Note from the author" membership box, tag list, share row, "Most popular" rail, newsletter box and footer). The
 * Hindustan Times story of this file is in pages-heldout36-a2.ts.
 */
const kiTitle = 'Kharkiv opens its third underground school as Russian glide bombs keep classrooms shut';
const kiBody1 = [
  'Kharkiv opened its third underground school on Jan. 19, a reinforced concrete building dug eight meters below a park in the ' +
    'Saltivka district that will let around 1,100 children attend lessons in person for the first time in almost four years.',
  'The city, which lies about 30 kilometers from the Russian border, has kept its surface schools closed since February 2022. ' +
    'Most pupils have studied online ever since, often from corridors and basements during air raid alerts, and teachers say ' +
    'the gaps are now visible in every year group.',
  '“We have children in the fourth grade who have never sat at a desk next to another child,” said Olena Hrytsenko, who heads ' +
    'the city’s education department. “You cannot fix that with a laptop.”',
];
const kiBody2 = [
  'The new building has 24 classrooms, a small gym, a canteen and two separate exits, and it can shelter up to 1,500 people if ' +
    'the area is hit. Lessons run in two shifts, so pupils from six nearby schools take turns: one week underground, one week ' +
    'online.',
  'Construction took 11 months and cost Hr 310 million (about $7.4 million), according to the city council. Around a third of ' +
    'the money came from the state budget, and the rest from the city and a group of foreign donors, including two municipal ' +
    'partnerships in Poland and the Czech Republic.',
  'Parents queued outside the entrance for the first morning shift, some of them filming the stairs on their phones. Maksym ' +
    'Voloshyn, whose daughter is in the second grade, said she had asked every night for a week whether there would be a ' +
    'real blackboard.',
];
const kiBody3 = [
  'The first two underground schools, opened in 2023 and 2024, are already full, and the waiting lists are longer than the ' +
    'number of places, Hrytsenko said. The city plans to open a fourth one, under a stadium in the Kholodna Hora district, ' +
    'before the next school year begins in September.',
  'Russian forces have intensified attacks on Kharkiv since the start of the winter, using glide bombs and Shahed-type drones ' +
    'against residential areas and energy facilities. Air raid alerts in the city lasted a combined 212 hours in December alone, ' +
    'according to regional authorities.',
  'Teachers at the new school have been trained to continue lessons during alerts, since the building itself is the shelter. ' +
    '“For the first time, an alert does not mean the lesson is over,” said Iryna Movchan, the school’s director. “We just ' +
    'close the doors and carry on with the fractions.”',
];
const kiBookmark = [
  'Kharkiv’s metro school marks a year of lessons below the city',
  'Around 2,000 pupils now study in classrooms built inside five metro stations, the first such project in Ukraine.',
  'The Kyiv Independent',
  'Ivan Hrebeniuk',
];
const kiCaption = 'Pupils walk down to a classroom of the new underground school in Kharkiv, Ukraine, on Jan. 19, 2026.';
const kiCredit = '(Photo: Petro Zadorozhnyi / The Kyiv Independent)';
const kiCaption2 = 'A gym built eight meters below ground at the school. (Photo: Petro Zadorozhnyi / The Kyiv Independent)';
const kiNav = ['Ukraine War', 'Business', 'Opinion', 'Investigations', 'Culture', 'Podcasts', 'Video', 'Events'];
const kiTicker = 'Ukraine war latest: Zelensky meets European defense ministers in Kyiv as talks on air defense deliveries continue';
const kiNote = [
  'Hi, this is Halyna Petrenko. I wrote the story you just read.',
  'Our reporters spend weeks in front-line cities like Kharkiv to tell you what the war means for the people who live there. ' +
    'We do it without a billionaire owner or a government grant: the Kyiv Independent is funded by its readers.',
  'If you value this work, please consider joining our community of members.',
];
const kiTags = ['Kharkiv', 'Education', 'Russian attacks', 'Children'];
const kiPopular = [
  'Ukraine’s Parliament passes 2026 defense procurement reform in second reading',
  'Explainer: How Ukraine’s new mobile air defense groups hunt drones at night',
  'Ukrainian farmers brace for a second season of mined fields in Kherson Oblast',
  'Opinion: Europe’s ammunition promise is a test it can still pass',
];
const kiFoot = ['About us', 'Our team', 'Jobs', 'Contact us', 'Advertise', 'Privacy policy', 'Terms of use', 'Editorial standards'];
const kiPhotoCard = (src: string, cap: string): string =>
  `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/${src}" class="kg-image" alt="" loading="lazy" ` +
  `width="2000" height="1333" srcset="/content/images/size/w600/2026/01/${src} 600w, /content/images/size/w1000/2026/01/${src} 1000w" ` +
  `sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">${cap}</span></figcaption></figure>`;
const kiHtml = `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>${kiTitle}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a7d1e04c2">
    <meta name="description" content="The school, eight meters below a park in Saltivka, lets 1,100 children study in person.">
    <link rel="canonical" href="https://kyivindependent.com/kharkiv-opens-its-third-underground-school/">
    <meta property="og:site_name" content="The Kyiv Independent">
    <meta property="og:type" content="article">
    <meta property="article:tag" content="Kharkiv">
    <script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {"@type": "Organization", "name": "The Kyiv Independent", "url": "https://kyivindependent.com/"},
    "author": {"@type": "Person", "name": "Halyna Petrenko", "url": "https://kyivindependent.com/author/halyna-petrenko/"},
    "headline": "${kiTitle}",
    "datePublished": "2026-01-19T14:32:10.000Z",
    "dateModified": "2026-01-19T16:05:44.000Z",
    "keywords": "Kharkiv, Education, Russian attacks, Children"
}
    </script>
    <meta name="generator" content="Ghost 5.96">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://kyivindependent.com/"
      data-key="3f0b6c1d2e8a9b7c4d5e6f7a81" data-api="https://kyiv-independent.ghost.io/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}.gh-post-upgrade-cta{display:flex}</style>
    <style>:root {--ghost-accent-color: #ffd200;}</style>
</head>
<body class="post-template tag-ukraine tag-kharkiv tag-education tag-hash-ki-free">
<div class="site">
    <div class="ticker" data-ticker>
        <a class="ticker__link" href="/news-feed/">${kiTicker}</a>
    </div>
    <header class="header js-header">
        <div class="header__inner container">
            <a class="header__logo" href="https://kyivindependent.com">
            <svg role="img" aria-labelledby="logo-title"><title id="logo-title">The Kyiv Independent</title></svg></a>
            <nav class="header__nav">
                <ul class="nav">
                    ${links(kiNav, 'nav-item')}
                </ul>
            </nav>
            <div class="header__actions">
                <a class="header__search" href="#/search" aria-label="Search"></a>
                <a class="button button--secondary" href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="button button--primary" href="/membership/">Become a member</a>
            </div>
        </div>
    </header>
    <main class="main" id="site-main">
        <article class="post post--article tag-kharkiv">
            <header class="post__header container container--narrow">
                <a class="post__tag" href="/tag/ukraine/">Ukraine</a>
                <h1 class="post__title">${kiTitle}</h1>
                <div class="post__meta">
                    <div class="post__authors"><span class="post__meta-label">Author:</span>
                        <a class="post__author" href="/author/halyna-petrenko/">Halyna Petrenko</a></div>
                    <div class="post__editors"><span class="post__meta-label">Edited by:</span>
                        <a class="post__author" href="/author/marta-soloviy/">Marta Soloviy</a></div>
                    <div class="post__date"><time datetime="2026-01-19">January 19, 2026 4:32 PM</time>
                        <span class="post__reading-time">4 min read</span></div>
                </div>
            </header>
            <figure class="post__feature container container--wide">
                <img srcset="/content/images/size/w600/2026/01/kharkiv-school-1.jpg 600w, /content/images/size/w1200/2026/01/kharkiv-school-1.jpg 1200w"
                    src="/content/images/size/w1200/2026/01/kharkiv-school-1.jpg" alt="${kiCaption}">
                <figcaption class="post__feature-caption">${kiCaption} ${kiCredit}</figcaption>
            </figure>
            <div class="post__content gh-content container container--narrow">
                ${kiBody1.map((p) => `<p>${p}</p>`).join('')}<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container"
 href="https://kyivindependent.com/kharkivs-metro-school-marks-a-year/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">${kiBookmark[0]}</div>
<div class="kg-bookmark-description">${kiBookmark[1]}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon"
 src="/content/images/icon/ki-icon-2.png" alt="">
<span class="kg-bookmark-author">${kiBookmark[2]}</span><span class="kg-bookmark-publisher">${kiBookmark[3]}</span>
</div></div>
<div class="kg-bookmark-thumbnail"><img src="/content/images/thumbnail/metro-school.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>
                ${kiBody2.map((p) => `<p>${p}</p>`).join('')}${kiPhotoCard('kharkiv-school-gym.jpg', kiCaption2)}${kiBody3.map((p) => `<p>${p}</p>`).join('')}
            </div>
            <section class="post__note container container--narrow">
                <div class="note">
                    <h3 class="note__title">Note from the author:</h3>
                    ${kiNote.map((p) => `<p>${p}</p>`).join('\n                    ')}
                    <a class="button button--primary" href="/membership/?utm_source=article-note">Become a member</a>
                    <a class="note__link" href="/support-us/">Other ways to support us</a>
                </div>
            </section>
            <footer class="post__footer container container--narrow">
                <ul class="post__tags">${kiTags.map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}</ul>
                <div class="share"><span class="share__label">Share this article</span>
                    <a href="https://www.facebook.com/sharer.php?u=" aria-label="Facebook"></a><a href="https://x.com/intent/tweet?url=" aria-label="X"></a>
                    <button class="share__copy js-copy">Copy link</button></div>
            </footer>
        </article>
        <aside class="popular container">
            <h2 class="popular__title">Most popular</h2>
            <ol class="popular__list">${links(kiPopular, 'popular__item')}</ol>
        </aside>
        <section class="newsletter container">
            <h2 class="newsletter__title">Ukraine Daily</h2>
            <p class="newsletter__text">Get the most important news from Ukraine in your inbox every weekday morning.</p>
            <form data-members-form="subscribe"><input data-members-email type="email" placeholder="Your email address" required>
                <button class="button button--primary" type="submit">Subscribe</button>
                <p class="newsletter__success">Great! Check your inbox and click the link to confirm your subscription.</p></form>
        </section>
    </main>
    <footer class="footer">
        <div class="footer__inner container">
            <p class="footer__tagline">Ukraine’s independent English-language media outlet.</p>
            <ul class="footer__nav">${links(kiFoot)}</ul>
            <p class="footer__copyright">© 2026 The Kyiv Independent. All rights reserved.</p>
        </div>
    </footer>
</div>
<script src="/assets/built/main.min.js?v=8a7d1e04c2"></script>
</body>
</html>`;
const kyivIndependent: TestPage = {
  html: kiHtml,
  name: 'heldout36-kyiv-independent',
  kind: 'news',
  // the story has no subheads; author and editor names and the date are the bylines (the "Author:" and "Edited by:" labels
  // in neither); the reading time, the "Ukraine" kicker, the war ticker, both captions with their photo credit, the Ghost
  // bookmark card inside the content (a link card to an earlier story), the "Note from the author" membership box (a
  // fundraising pitch in the author's voice, not the story), tags, share row, "Most popular", newsletter, header and footer
  // are furniture; the tags "Kharkiv", "Education" and "Children" are words of the body: left out
  title: kiTitle,
  headings: [],
  body: [...texts(kiBody1), ...texts(kiBody2), ...texts(kiBody3)],
  bylines: ['Halyna Petrenko', 'Marta Soloviy', 'January 19, 2026 4:32 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    kiTicker, ...kiNav, 'Sign in', 'Ukraine', 'Become a member', '4 min read', kiCaption, kiCredit, ...kiBookmark, kiCaption2,
    'Note from the author:', ...kiNote, 'Other ways to support us', 'Russian attacks', 'Share this article', 'Copy link',
    'Most popular', ...kiPopular, 'Ukraine Daily', 'Get the most important news from Ukraine in your inbox every weekday morning.', 'Subscribe',
    'Great! Check your inbox and click the link to confirm your subscription.', 'Ukraine’s independent English-language media outlet.', ...kiFoot,
    '© 2026 The Kyiv Independent. All rights reserved.',
  ],
};

export const HELDOUT36_A: readonly TestPage[] = [kyivIndependent, hindustanTimes];
